import DebriefKit
import Testing

/// One answer holds at most ``AnswerLimit/characters``: a pasted log is refused at once,
/// with a reason that says what to do, and the lines before it are kept.
@Suite struct AnswerLimitTests {
    static let huge = String(repeating: "a", count: 10_000_000)
    static let hugeList = Array(repeating: "item", count: 2_000_000).joined(separator: ";")

    static func reason(_ prompt: any Prompt, _ lines: [String]) -> String? {
        PromptTableTests.reason(PromptTableTests.run(prompt, lines))
    }

    @Test(arguments: [
        ("text", PromptTableTests.run(.text(), [huge])), ("list", PromptTableTests.run(.list(), [hugeList])),
        ("choice", PromptTableTests.run(.choice(["a", "b"], allowsOther: true), [huge])),
        ("scale", PromptTableTests.run(.scale(), [huge])), ("star", PromptTableTests.run(.star, [huge])),
    ])
    func everyPromptRefusesTenMegabytesWithTheLimit(name: String, outcome: PromptOutcome) throws {
        let reason = try #require(PromptTableTests.reason(outcome), "\(name)")
        #expect(reason == "That's more than 20,000 characters, the most one answer can hold. Keep the main points and send it again (for long text, /edit opens your editor).")
    }

    @Test func aListGatheredLineByLineKeepsItsEarlierLines() throws {
        let reason = try #require(Self.reason(.list(), ["one", "two", Self.huge]))
        #expect(reason.hasSuffix("Your earlier lines are kept."))
    }

    @Test func theLimitCountsCharactersNotBytes() {
        let accents = String(repeating: "é", count: AnswerLimit.characters)
        #expect(AnswerLimit.refusal([accents]) == nil, "20,000 two-byte characters fit")
        #expect(AnswerLimit.refusal([accents, "x"]) != nil, "the line break between lines counts too")
        #expect(PromptTableTests.run(.text(maxLength: AnswerLimit.characters), [accents]) == .accepted(.text(accents)))
    }

    /// A line editor keeps ``AnswerLimit/lineBytes`` of a long line; what it keeps is still refused.
    @Test func aLineCutToTheEditorsLengthIsStillRefused() {
        let cut = String(decoding: Array(String(repeating: "😅", count: 2 * AnswerLimit.characters).utf8.prefix(AnswerLimit.lineBytes)), as: UTF8.self)
        #expect(AnswerLimit.refusal(["/" + cut.dropFirst()]) != nil)
    }

    @Test func displayableTextKeepsNoControlsEscapesOrOverrides() {
        #expect(TextNormaliser.displayable("Hi\u{1B}]0;pwned\u{7}\u{1B}[2J there") == "Hi there")
        #expect(TextNormaliser.displayable("a\u{1B}P1$r\u{1B}\\b\u{9B}c\u{85}d") == "abcd", "DCS up to ST, and C1 controls")
        #expect(TextNormaliser.displayable("evil\u{202E}gnp.exe\u{2066}") == "evilgnp.exe")
        #expect(TextNormaliser.displayable("two\nlines\tand a tab") == "two\nlines and a tab")
        #expect(TextNormaliser.displayable("café — 😅") == "café — 😅")
    }

    @Test func typedAnswersLoseBidiOverridesToo() {
        #expect(TextNormaliser.normalise("Acme\u{202E}oC") == "AcmeoC")
    }
}
