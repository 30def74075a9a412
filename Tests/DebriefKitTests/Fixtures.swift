import DebriefKit
import DebriefTesting
import Foundation

/// A small flow that uses every prompt type, a condition, a repetition and a reaction.
enum Fixtures {
    static let intro = Chapter("intro", title: "Intro", version: 1) {
        Say("intro.hello", "Hello — this is a test flow.")
        Ask("intro.company", "Which company?", .text()).records(.company)
        Ask("intro.date", "When was it?", .date(.past)).records(.date)
        Ask("intro.feeling", "How do you feel, 1-5?", .scale())
            .reacting(.when(.answer("intro.feeling", lessThan: 3), id: "low", say: "That sounds hard."))
    }

    static let reflect = Chapter("reflect", title: "Reflect", version: 1) {
        Ask("reflect.prepared", "Did you prepare for {company|the interview}?", .yesPartlyNo)
        Ask("reflect.gaps", "What was missing?", .text())
            .when(.answer("reflect.prepared", isNot: "yes"))
        Ask("reflect.stage", "Which stage did you reach?", .choice(["phone screen", "technical", "final round"]))
        Ask("reflect.struggled", "Which questions were hard?", .list())
        Ask("reflect.now", "How would you answer “{item}” now?", .text())
            .forEach("reflect.struggled")
        Ask("reflect.star", "Tell me about a time…", .star)
        Say("reflect.bye", "Thanks, {company}.")
    }

    static var flow: Flow { Flow([intro, reflect]) }

    /// Answers that take `flow` from the first question to the end (prepared: "no").
    static let fullRun = ["Acme", "yesterday", "4", "no", "more practice", "2", "conflict; weakness", "calmly", "honestly",
                          "S", "T", "A", "R"]

    static func tester(flow: Flow = flow, store: any DebriefStore = InMemoryStore()) async throws -> ConversationTester {
        try await ConversationTester(flow: flow, store: store)
    }
}
