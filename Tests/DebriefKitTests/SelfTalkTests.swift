import DebriefKit
import Foundation
import Testing

@Suite("Self-talk")
struct SelfTalkTests {
    /// The labelled corpus agrees with the classifier; the agreement is printed for Coaching.md.
    @Test func corpusAgreement() {
        let labelled = SelfTalkCorpus.verdicts.map { ($0, true) } + SelfTalkCorpus.ordinary.map { ($0, false) }
        let misses = labelled.filter { (SelfTalk.verdict(in: $0.0) != nil) != $0.1 }
        print("self-talk corpus: \(labelled.count - misses.count)/\(labelled.count) agree")
        for miss in misses { print("  disagrees (\(miss.1 ? "verdict" : "ordinary")): \(miss.0)") }
        #expect(labelled.count >= 150)
        #expect(Double(labelled.count - misses.count) >= 0.95 * Double(labelled.count))
    }

    @Test(arguments: [
        ("I'm useless.", SelfVerdict.Kind.label), ("Nobody will ever hire me.", .prediction), ("It's all my fault.", .blame),
    ])
    func kinds(_ text: String, _ kind: SelfVerdict.Kind) {
        #expect(SelfTalk.verdict(in: text)?.kind == kind)
    }

    @Test func findsTheSentenceAsTyped() {
        let verdict = SelfTalk.verdict(in: "The panel was kind. I ruin every interview I get. Anyway.")
        #expect(verdict?.sentence == "I ruin every interview I get.")
    }

    /// "I always do." makes the failure before it a habit; both sentences are the verdict, so a
    /// rewording replaces both and a replay leaves both out.
    @Test func aHabitInTheNextSentence() {
        #expect(SelfTalk.verdict(in: "The panel was kind. Of course I choked. I always do.")?.sentence == "Of course I choked. I always do.")
        #expect(SelfTalk.replayable("The panel was kind. Of course I choked. I always do.") == "The panel was kind.")
        #expect(SelfTalk.verdict(in: "I choked on the first question. I always do a warm-up now.") == nil)
    }

    @Test func replaysLeaveVerdictsOut() {
        #expect(SelfTalk.replayable("The panel was kind. I'm useless at interviews.") == "The panel was kind.")
        #expect(SelfTalk.replayable("I'm terrible at this and I'll never get a PM job") == SelfTalk.placeholder)
        #expect(SelfTalk.replayable("I stayed calm.") == "I stayed calm.")
    }

    @Test func rewordingKeepsTheRestOfTheAnswer() {
        let answer = Answer(value: .yesPartlyNo(.partly), raw: "partly, I'm useless at interviews", answeredAt: .distantPast)
        #expect(answer.typedText == "partly, I'm useless at interviews")
        let fairer = answer.rewording("I'm useless at interviews", as: "the portfolio part ran long")
        #expect(fairer.raw == "partly, the portfolio part ran long")
        #expect(fairer.value == .yesPartlyNo(.partly))
        let list = Answer(value: .list(["I stayed calm", "I'm an idiot"]), raw: "", answeredAt: .distantPast)
        #expect(list.rewording("I'm an idiot", as: "I blanked once").value == .list(["I stayed calm", "I blanked once"]))
    }

    @Test func keepWords() {
        #expect(SelfTalk.keeps(""))
        #expect(SelfTalk.keeps("Keep"))
        #expect(!SelfTalk.keeps("this time the salary question threw me"))
    }
}
