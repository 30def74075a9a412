import DebriefKit
import DebriefTesting
import Foundation
import Testing

/// Random and hostile input never crashes a prompt: every line gives a value, a reason,
/// or a request for more.
@Suite struct PropertyTests {
    static let prompts: [(String, any Prompt)] = [
        ("text", TextPrompt()), ("optional text", TextPrompt(optional: true)), ("yes/partly/no", YesPartlyNoPrompt()),
        ("scale", ScalePrompt()), ("past date", DatePrompt(.past)), ("future date", DatePrompt(.future)),
        ("choice", ChoicePrompt(["phone screen", "final round"], allowsOther: false)), ("list", ListPrompt()), ("star", STARPrompt()),
    ]

    @Test(arguments: prompts.map(\.0))
    func tenThousandRandomLinesNeverCrash(name: String) {
        let prompt = Self.prompts.first { $0.0 == name }!.1
        var generator = SeededGenerator(seed: 0xDEB1EF)
        let context = PromptContext(today: DayDate(year: 2026, month: 11, day: 26)!)
        for index in 0..<10_000 {
            let line = RandomLine.make(using: &generator, long: index % 1000 == 0)
            let lines = index.isMultiple(of: 7) ? [RandomLine.make(using: &generator, long: false), line] : [line]
            switch prompt.evaluate(lines, in: context) {
            case .accepted(let value):
                #expect(!value.display.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "control characters reached a value")
            case .rejected(let reason):
                #expect(!reason.isEmpty)
                #expect(reason.count < 600, "a reason must stay readable, even for a huge line")
            case .needsMore(let ask):
                #expect(!ask.isEmpty)
            }
        }
    }

    @Test func aHundredKilobyteLineIsRefusedWithTheLimit() {
        let line = String(repeating: "ab cd ", count: 17_000)
        let outcome = TextPrompt().evaluate([line], in: PromptContext(today: DayDate(year: 2026, month: 1, day: 1)!))
        guard case .rejected(let reason) = outcome else {
            Issue.record("expected a reason, got \(outcome)")
            return
        }
        #expect(reason.contains("more than 20,000 characters"))
    }
}


/// Lines a terminal, a paste or a bad pipe can deliver.
enum RandomLine {
    static let pieces = ["yes", "no", "kinda", "3", "3/5", "five", "yesterday", "last tuesday", "in 2 weeks", "24 nov",
                         "2026-02-29", "1", "final", ";", "Situation:", "Task:", "Action:", "Result:", "/", "//", "{item}",
                         "\u{1B}[A", "\u{1B}", "\u{0}", "\u{7F}", "\t", "\r", "\n", "\u{FFFD}", "é", "e\u{301}", "😅", "面接",
                         "\u{200B}", "\u{202E}", "-", "0", "99999999999999999999", "   ", "ö", "👩‍👩‍👧"]

    static func make<G: RandomNumberGenerator>(using generator: inout G, long: Bool) -> String {
        if long { return String(repeating: pieces.randomElement(using: &generator)!, count: 100_000 / 4) }
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:
            return ""
        case 1:
            // Arbitrary scalars, including controls and private use; lone surrogates arrive replaced (U+FFFD).
            let count = Int.random(in: 0...40, using: &generator)
            return String(String.UnicodeScalarView((0..<count).map { _ in
                Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &generator)) ?? "\u{FFFD}"
            }))
        case 2:
            return String(repeating: " ", count: Int.random(in: 1...50, using: &generator))
        default:
            let count = Int.random(in: 1...8, using: &generator)
            return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: Bool.random(using: &generator) ? " " : "")
        }
    }
}
