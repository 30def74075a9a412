import Foundation

/// Yes, partly or no, understood the way people actually say it.
///
/// "yep", "kinda", "not really", "sort of", "yes and no" all work. An answer that starts
/// with one of these ("kind of, I read their website") counts too; the whole line is
/// kept in the answer's raw text.
public struct YesPartlyNoPrompt: Prompt {
    /// This question's own words for yes: "behavioural" for "Was it a behavioural question?".
    public let yesWords: [String]
    /// This question's own words for no: "technical" for the same question.
    public let noWords: [String]

    /// A yes/partly/no question; `yes` and `no` add words that answer this question in particular.
    public init(yes: [String] = [], no: [String] = []) {
        yesWords = yes
        noWords = no
    }

    /// Phrases by meaning; longer phrases are tried first so "not really" beats "not".
    static let phrases: [(String, YesPartlyNo)] = {
        let yes = ["yes", "y", "yep", "yeah", "yea", "yup", "ya", "sure", "definitely", "absolutely", "of course",
                   "i did", "i was", "i do", "certainly", "totally", "100%", "very much", "ja", "oui", "si", "sí"]
        let partly = ["partly", "partially", "p", "part", "kinda", "kind of", "sort of", "sorta", "somewhat", "a bit",
                      "a little", "some", "in part", "half", "more or less", "so so", "so-so", "mostly", "not fully",
                      "not completely", "not entirely", "yes and no", "a little bit", "to some extent", "meh", "ish", "maybe"]
        let no = ["no", "n", "nope", "nah", "not really", "not at all", "no way", "never", "i didn't", "i did not",
                  "i wasn't", "i was not", "didn't", "did not", "not much", "hardly", "barely", "nein", "non"]
        let all = yes.map { ($0, YesPartlyNo.yes) } + partly.map { ($0, .partly) } + no.map { ($0, .no) }
        return all.sorted { $0.0.count > $1.0.count }
    }()

    public func parse(_ lines: [String], in context: PromptContext) -> Parsed<YesPartlyNo> {
        let line = lines.last ?? ""
        let own = yesWords.map { (TextNormaliser.folded($0), YesPartlyNo.yes) } + noWords.map { (TextNormaliser.folded($0), YesPartlyNo.no) }
        if let meaning = Self.first(own, in: line) ?? Self.meaning(of: line) { return .value(meaning) }
        if TextNormaliser.folded(line).isEmpty {
            return .reject("Answer yes, partly or no — whichever is closest is fine.")
        }
        let examples = (yesWords.prefix(1) + noWords.prefix(1)).map { "“\($0)”" }
        let choices = examples.isEmpty ? "one of those words" : "yes, partly, no, " + examples.joined(separator: " or ")
        return .reject("I couldn't tell if \(TextNormaliser.quoted(line)) means yes, partly or no. Start your answer with \(choices) — you can add detail after it.")
    }

    /// What a line means on its own ("yep" → yes, "not really" → no), or nil: for yes/no
    /// questions a front end asks outside a flow, so they understand the same words.
    public static func meaning(of line: String) -> YesPartlyNo? {
        first(phrases, in: line)
    }

    /// The meaning of the first of `phrases` (folded) that is the whole line or starts it.
    private static func first(_ phrases: [(String, YesPartlyNo)], in line: String) -> YesPartlyNo? {
        let text = TextNormaliser.folded(TextNormaliser.normalise(line)).replacingOccurrences(of: "-", with: " ")
        return phrases.first { text == $0.0 || text.hasPrefix($0.0 + " ") }?.1
    }

    public func answer(for value: YesPartlyNo) -> AnswerValue { .yesPartlyNo(value) }

    public var hint: String? { "Answer yes, partly or no (\"kinda\" and \"not really\" work too)." }

    public func completions(for prefix: String) -> [String] {
        completing(prefix, from: YesPartlyNo.allCases.map(\.rawValue))
    }
}
