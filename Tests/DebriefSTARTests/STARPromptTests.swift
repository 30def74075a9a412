import DebriefKit
import DebriefSTAR
import Testing

/// The paste and the part-by-part entry follow the same rules: an empty part is asked for,
/// and whatever text a part has ("No result yet.") is kept for the coach to read.
@Suite("STAR prompt: paste and parts alike")
struct STARPromptTests {
    let prompt = STARPrompt()
    let context = PromptContext(today: DayDate(year: 2026, month: 3, day: 2)!)

    func run(_ lines: [String]) -> PromptOutcome { prompt.evaluate(lines, in: context) }

    static let parts = ["Our launch slipped by a month.", "I had to get it back on track.", "I rebuilt the plan and I called the client."]

    @Test(arguments: ["Situation: \(parts[0]) Task: \(parts[1]) Action: \(parts[2]) Result:",
                      "Situation: \(parts[0]) Task: \(parts[1]) Action: \(parts[2])"])
    func aPasteWithoutAResultAsksForItLikeThePartsDo(_ paste: String) {
        guard case .needsMore(let ask) = run([paste]) else { Issue.record("a paste with no result was accepted"); return }
        #expect(ask.hasPrefix("The result part is empty. Result:"))
        #expect(run([paste, ""]) == run(Self.parts + [""]), "an empty line is refused the same way")
        guard case .rejected(let reason) = run(Self.parts + [""]) else { Issue.record("an empty result was accepted"); return }
        #expect(reason.hasPrefix("The result part is empty."))
        let filled = STARAnswer(situation: Self.parts[0], task: Self.parts[1], action: Self.parts[2], result: "Shipped 3 weeks late.")
        #expect(run([paste, "Shipped 3 weeks late."]) == .accepted(.star(filled)))
    }

    @Test func aPasteWithAnEmptyMiddlePartAsksForThatPart() {
        let paste = "Situation: \(Self.parts[0]) Task: Action: \(Self.parts[2]) Result: Shipped 3 weeks late."
        guard case .needsMore(let ask) = run([paste]) else { Issue.record("an empty task was accepted"); return }
        #expect(ask.hasPrefix("The task part is empty. Task:"))
        #expect(run([paste, Self.parts[1]]) == .accepted(.star(STARAnswer(
            situation: Self.parts[0], task: Self.parts[1], action: Self.parts[2], result: "Shipped 3 weeks late."))))
    }

    @Test(arguments: ["No result yet.", "not sure", "n/a"])
    func aResultThatSaysThereIsNoneIsKeptEitherWayAndTheCoachSaysSo(_ result: String) throws {
        let pasted = run(["Situation: \(Self.parts[0]) Task: \(Self.parts[1]) Action: \(Self.parts[2]) Result: \(result)"])
        #expect(pasted == run(Self.parts + [result]))
        guard case .accepted(.star(let answer)) = pasted else { Issue.record("“\(result)” was refused"); return }
        #expect(STARCoach().hints(for: answer).first?.kind == .noResult)
    }
}
