@testable import DebriefREPL
import Testing

@Suite struct CompletionTests {
    @Test func oneCandidateReplacesTheTypedText() {
        #expect(Completion(typed: "/he", candidates: ["/help"]) == .replace("/help"))
        #expect(Completion(typed: "Pa", candidates: ["yes", "partly", "no"]) == .replace("partly"))
    }

    @Test func severalExtendToTheirCommonStartThenList() {
        #expect(Completion(typed: "/re", candidates: ["/repeat", "/review"]) == .list(["/repeat", "/review"]))
        #expect(Completion(typed: "t", candidates: ["today", "tomorrow"]) == .replace("to"))
        #expect(Completion(typed: "to", candidates: ["today", "tomorrow"]) == .list(["today", "tomorrow"]))
    }

    @Test func nothingFitsMeansNone() {
        #expect(Completion(typed: "x", candidates: ["yes", "no"]) == .none)
        #expect(Completion(typed: "", candidates: []) == .none)
    }
}
