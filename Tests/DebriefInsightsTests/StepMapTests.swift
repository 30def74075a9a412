import DebriefInsights
import DebriefKit
import Testing

@Suite struct StepMapTests {
    @Test func stagesAreMatchedByNameThenByContainedName() {
        let steps = StepMap.default
        #expect(steps.stageRank("Phone screen") == 1)
        #expect(steps.stageRank("Final round (onsite)") == 5)
        #expect(steps.stageRank("a take-home task or assessment") == 3)
        #expect(steps.stageRank("coffee chat") == nil)
        #expect(steps.stageRank(nil) == nil)
    }

    @Test func defaultsNameTheFiveQuestionsInOrder() {
        #expect(StepMap.default.fiveQuestions.map(\.stepID) == ["reflect.prepared", "reflect.research", "reflect.why", "reflect.questions", "reflect.examples"])
        #expect(StepMap.default.fiveQuestions.allSatisfy { $0.hopedFor == .yes })
    }
}
