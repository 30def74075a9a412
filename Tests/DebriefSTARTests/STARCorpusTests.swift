import DebriefKit
@testable import DebriefSTAR
import Testing

/// The coach against the labelled corpus: how often it gives exactly the hints a good
/// coach would, per answer. The agreement is printed so a change that moves it is seen.
@Suite("STAR corpus")
struct STARCorpusTests {
    let coach = STARCoach()

    @Test func theCoachAgreesWithTheLabelsOnAtLeastNineInTen() {
        let corpus = STARCase.corpus
        let misses = corpus.compactMap { example -> String? in
            let given = Set(coach.hints(for: example.answer, question: example.question).map(\.kind))
            guard given != example.expected else { return nil }
            return "  \(example.name): labelled \(Self.names(example.expected)), coach gave \(Self.names(given))"
        }
        print("STAR corpus: \(corpus.count - misses.count)/\(corpus.count) agree")
        misses.forEach { print($0) }
        #expect(Double(corpus.count - misses.count) >= 0.9 * Double(corpus.count), "\(misses.joined(separator: "\n"))")
    }

    @Test func theCorpusIsLargeVariedAndLabelledWithAtMostThreeHints() {
        let corpus = STARCase.corpus
        #expect(corpus.count >= 60)
        #expect(Set(corpus.map(\.name)).count == corpus.count, "names are unique")
        #expect(corpus.filter(\.expected.isEmpty).count >= 15, "good stories, so silence is tested too")
        #expect(Set(corpus.flatMap(\.expected)) == Set(STARHint.Kind.allCases))
        #expect(corpus.allSatisfy { $0.expected.count <= 3 })
    }

    @Test("every hint quotes a sentence of the answer", arguments: STARCase.corpus)
    func evidence(_ example: STARCase) {
        for hint in coach.hints(for: example.answer, question: example.question) {
            let quote = hint.evidence.hasSuffix("…") ? String(hint.evidence.dropLast()) : hint.evidence
            #expect(example.answer.text(of: hint.part).contains(quote), "\(hint.kind): “\(hint.evidence)” is not in the \(hint.part) part")
        }
    }

    private static func names(_ kinds: Set<STARHint.Kind>) -> String {
        kinds.isEmpty ? "none" : STARHint.Kind.allCases.filter(kinds.contains).map(\.rawValue).joined(separator: ", ")
    }
}
