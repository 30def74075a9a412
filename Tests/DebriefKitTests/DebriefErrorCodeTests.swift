import DebriefKit
import Testing

/// `DebriefError.Code` can grow without breaking callers, and still matches like the enum it was.
@Suite struct DebriefErrorCodeTests {
    @Test func aCodeMatchesByCasePattern() {
        let error = DebriefError.busy(DebriefID(rawValue: "3f2a9c"))
        let matched: String = switch error.code {
        case .conflict: "conflict"
        case .busy: "busy"
        default: "other"
        }
        #expect(matched == "busy")
        if case .busy = error.code {} else { Issue.record("`if case .busy` no longer matches") }
    }

    @Test func theNamesStayWhatTheyWere() {
        let codes: [DebriefError.Code] = [.conflict, .busy, .notFound, .ambiguous, .storage, .invalidData, .invalidFlow, .misuse]
        #expect(codes.map(\.rawValue) == ["conflict", "busy", "notFound", "ambiguous", "storage", "invalidData", "invalidFlow", "misuse"])
        #expect(Set(codes).count == codes.count)
    }

    @Test func aCodeFromElsewhereIsItsOwn() {
        let quota = DebriefError.Code(rawValue: "quota")
        let error = DebriefError(quota, "This account has used its space.", recovery: "Delete an old debrief or ask for more.")
        #expect(error.code == quota && error.code != .storage)
        #expect(error.code.description == "quota")
    }
}
