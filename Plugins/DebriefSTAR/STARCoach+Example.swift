import DebriefKit
import Foundation

extension STARCoach {
    /// An example split into sentences, each with its part and words, and what the checks
    /// ask of it more than once.
    struct Example {
        struct Sentence {
            let part: STARPart
            let text: String
            let words: [String]

            /// `phrase` as the person wrote it in this sentence ("I think", not "i think").
            func asWritten(_ phrase: String) -> String {
                text.range(of: phrase, options: .caseInsensitive).map { String(text[$0]) } ?? phrase
            }
        }

        let sentences: [Sentence]

        init(_ answer: STARAnswer) {
            sentences = STARPart.allCases.flatMap { part in
                Prose.sentences(in: answer.text(of: part)).map { Sentence(part: part, text: $0, words: Prose.words(in: $0)) }
            }
        }

        var wordCount: Int { sentences.reduce(0) { $0 + $1.words.count } }

        func sentences(in part: STARPart) -> [Sentence] { sentences.filter { $0.part == part } }

        func words(in part: STARPart) -> [String] { sentences(in: part).flatMap(\.words) }

        /// Whether the result says how it ended, rather than "n/a" or "No result yet."
        var hasResult: Bool { !STARCoach.saysNoResult(words(in: .result)) }

        /// The steps of yours the action tells.
        var actionSteps: Int { sentences(in: .action).reduce(0) { $0 + STARCoach.actionSteps(in: $1.text) } }

        /// The sentence that says what was learned, where a story ends: the last such sentence
        /// of the result, or else the last sentence of the action when it looks back.
        var learning: Sentence? {
            sentences(in: .result).last { STARCoach.showsLearning($0.words) }
                ?? sentences(in: .action).last.flatMap { STARCoach.reflects($0.words) ? $0 : nil }
        }

        /// Whether the question, the situation or the task tells of a setback or a disagreement.
        func isSetback(question: String?) -> Bool {
            STARCoach.tellsSetback(Prose.words(in: question ?? ""), broad: true)
                || [STARPart.situation, .task].contains { sentences(in: $0).contains { STARCoach.tellsSetback($0.words, broad: false) } }
        }
    }
}
