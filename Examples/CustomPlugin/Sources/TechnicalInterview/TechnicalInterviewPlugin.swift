public import DebriefKit

/// A chapter for technical rounds, written in Swift against DebriefKit's public API:
/// what kind of exercise it was, where you got stuck, and what to practise; with a report
/// format (`technical`) and an insight that any host reading `PluginSet` uses.
///
/// ```swift
/// let session = try DebriefSession(plugins: [.technicalInterview], store: InMemoryStore())
/// ```
public struct TechnicalInterviewPlugin: DebriefPlugin {
    public let id = "technical-interview"
    public let version = "1.0.0"

    /// The plugin; place its chapter with `placement` (after the reflection by default).
    public init(placement: ChapterPlacement = .after("reflect")) {
        self.placement = placement
    }

    private let placement: ChapterPlacement

    public var chapters: [Chapter] {
        [Chapter("technical", title: "Technical round", version: 1) {
            Ask("technical.had-round", "Was there a technical part — live coding, system design or a take-home?", .yesPartlyNo)
            Ask("technical.format", "What kind of exercise was it?",
                .choice(["live coding", "system design", "take-home", "whiteboard"], allowsOther: true))
                .when(.answer("technical.had-round", isNot: "no"))
            Ask("technical.confidence", "How confident did you feel while solving it, from 1 (lost) to 5 (in my element)?",
                .scale(low: "lost", high: "in my element"))
                .when(.answer("technical.had-round", isNot: "no"))
                .reacting(Self.lowConfidence)
            Ask("technical.stuck", "Where did you get stuck? Separate the moments with ;, or press Enter if nowhere.", .list(minimum: 0))
                .when(.answer("technical.had-round", isNot: "no"))
            Ask("technical.practice", "What would you practise so that “{item}” goes better next time?", .text())
                .forEach("technical.stuck")
                .help("Small and concrete works best: “two graph problems a week”, not “get better at algorithms”.")
            Say("technical.close", Wording { context in
                let stuck = context.debrief["technical.stuck"]
                if case .list(let items)? = stuck, !items.isEmpty {
                    return "You have \(items.count == 1 ? "one thing" : "\(items.count) things") to practise. Technical skill grows with reps, and every round gives you more."
                }
                return "Thanks. Technical skill grows with reps, and every round gives you more."
            })
        }.placed(placement)]
    }

    /// The `technical` report format.
    public var reporters: [any Reporter] { [TechnicalRoundsReporter()] }

    /// How often a technical round had a stuck moment.
    public var insightProviders: [any InsightProvider] { [StuckMomentsInsights()] }

    /// Says something kind when confidence was low, at most once in the chapter.
    static let lowConfidence = Reaction(id: "technical.low-confidence", oncePerChapter: true) { input in
        guard case .scale(let level) = input.value, level <= 2 else { return nil }
        return "Technical rounds are built to find the edge of what you know. Reaching it is expected — it isn't a verdict on you."
    }
}

extension DebriefPlugin where Self == TechnicalInterviewPlugin {
    /// The technical-round chapter, placed after the reflection.
    public static var technicalInterview: TechnicalInterviewPlugin { TechnicalInterviewPlugin() }
}
