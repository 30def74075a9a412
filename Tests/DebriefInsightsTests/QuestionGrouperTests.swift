import DebriefInsights
import DebriefKit
import Testing

@Suite struct QuestionGrouperTests {
    @Test func tokensDropFramingAndEndings() {
        #expect(QuestionTokens.tokens(of: "Tell me about a time you handled conflicts") == ["handl", "conflict"])
        #expect(QuestionTokens.tokens(of: "How would you HANDLE a conflict?") == ["handl", "conflict"])
        #expect(QuestionTokens.tokens(of: "Why would you?") == ["why", "would", "you"], "only stop words: keep them")
        #expect(QuestionTokens.tokens(of: "Café culture") == ["cafe", "cultur"])
    }

    @Test func asciiAndUnicodeQuestionsGiveTheSameTokens() {
        // Plain ASCII takes a byte-level path; the same words with an accent take Unicode's.
        #expect(QuestionTokens.tokens(of: "Pricing: the Q3 launch-plan, revisited!") == QuestionTokens.tokens(of: "Pricing: the Q3 launch-plan, révisited!"))
        #expect(QuestionTokens.tokens(of: "Handled 2 outages_at once") == ["handl", "2", "outag", "once"], "\"at\" is a stop word")
        #expect(QuestionTokens.tokens(of: "résumé gaps") == ["resum", "gaps"], "four letters keep their ending")
    }

    @Test func groupsDifferentWordings() {
        var grouper = QuestionGrouper<Int>()
        grouper.add("Tell me about a conflict with a colleague", source: 1)
        grouper.add("Describe a conflict you had with colleagues.", source: 2)
        grouper.add("What is your biggest weakness?", source: 2)
        grouper.add("What's your greatest weakness?", source: 3)
        #expect(grouper.groups.count == 3, "biggest vs greatest weakness share 1 of 4 tokens: below 0.5")
        #expect(grouper.groups[0].sources == [1, 2])
        #expect(grouper.groups[0].wordings.count == 2)
    }

    @Test func thresholdDecides() {
        // {salary, expectation} vs {salary, expectation, range}: Jaccard 2/3.
        var strict = QuestionGrouper<Int>(threshold: 0.7)
        var loose = QuestionGrouper<Int>(threshold: 0.6)
        for (offset, question) in ["What are your salary expectations?", "Salary expectations and range?"].enumerated() {
            strict.add(question, source: offset)
            loose.add(question, source: offset)
        }
        #expect(strict.groups.count == 2)
        #expect(loose.groups.count == 1)
    }

    @Test func commonTokensStopFindingCandidates() {
        var grouper = QuestionGrouper<Int>(threshold: 0.5, commonTokenLimit: 2)
        for n in 0..<3 { grouper.add("team topic\(n)", source: n) }
        // "team" is in three groups now, over the limit; "team topic9" has no other candidate.
        grouper.add("team topic9 extra", source: 9)
        #expect(grouper.groups.count == 4)
        grouper.add("team topic1", source: 10)
        #expect(grouper.groups[1].sources == [1, 10], "an exact wording still joins its group")
    }
}
