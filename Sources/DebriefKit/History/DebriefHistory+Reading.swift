import Foundation

extension DebriefHistory {
    /// The history of `debriefs` as seen from debrief `current` (left out; nil for none).
    ///
    /// A plan counts as open until it is marked done or dropped, whatever its date. A plan
    /// that `current` itself followed up stays in its list, so a debrief paused halfway
    /// through its follow-ups finds the same plans in the same places when it resumes.
    public init(debriefs: [Debrief], excluding current: DebriefID?, keys: Keys = .default) {
        let earlier = Self.chronological(debriefs.filter { $0.id != current })
        var openPlans: [OpenPlan] = []
        var plansDone = 0
        var grouper = QuestionGrouper<Int>()
        var moods: [Int] = []
        var stages: [String] = []
        var lastSTARQuestion: String?
        for debrief in earlier {
            for plan in Self.plans(in: debrief, keys: keys) {
                let followedUpHere = current.map { debrief.answers[keys.followUp(by: $0, item: plan.item)] != nil } ?? false
                let done = debrief.answers[StepKey(keys.planDone, item: plan.item)] != nil
                let dropped = debrief.answers[StepKey(keys.planDropped, item: plan.item)] != nil
                if done, !followedUpHere { plansDone += 1 }
                if followedUpHere || !(done || dropped) { openPlans.append(plan) }
            }
            if case .list(let items)? = debrief[keys.struggledList] {
                for item in items where !item.isEmpty { grouper.add(item, source: 0) }
            }
            if case .scale(let mood)? = debrief[keys.feelings] { moods.append(mood) }
            if let stage = debrief.interview.stage, !stage.isEmpty { stages.append(stage) }
            if case .text(let question)? = debrief[keys.starQuestion], !question.isEmpty { lastSTARQuestion = question }
        }
        self.init(count: earlier.count, openPlans: openPlans, plansDone: plansDone,
                  hardQuestions: grouper.groups.map { HardQuestion(question: $0.representative, count: $0.count) },
                  moods: moods, stages: stages, lastSTARQuestion: lastSTARQuestion)
    }

    /// The plans a debrief made, numbered from 1 across its plan steps.
    static func plans(in debrief: Debrief, keys: Keys) -> [OpenPlan] {
        var found: [OpenPlan] = []
        for step in keys.plans {
            let texts: [String] = switch debrief[step] {
            case .text(let text)?: [text]
            case .list(let items)?: items
            default: []
            }
            let written = texts.filter { !$0.isEmpty }
            for (offset, text) in written.enumerated() {
                let perItem = written.count > 1 ? day(debrief.answers[StepKey("\(step).date", item: offset + 1)]) : nil
                found.append(OpenPlan(debriefID: debrief.id, item: found.count + 1, text: text,
                                      due: perItem ?? day(debrief.answers[StepKey("\(step).date")]),
                                      company: debrief.interview.company, day: Self.day(of: debrief)))
            }
        }
        return found
    }

    private static func day(_ answer: Answer?) -> DayDate? {
        if case .date(let day)? = answer?.value { day } else { nil }
    }

    /// The interview's day, or the debrief's first day (in UTC) when none was given.
    static func day(of debrief: Debrief) -> DayDate {
        debrief.interview.date ?? DayDate(debrief.createdAt, in: utc)
    }

    /// Oldest interview first; ties by creation time, then id. Days are worked out once each:
    /// a calendar conversion inside the comparator would dominate at thousands of debriefs.
    static func chronological(_ debriefs: [Debrief]) -> [Debrief] {
        let days = debriefs.map(day(of:))
        return debriefs.indices.sorted { a, b in
            (days[a], debriefs[a].createdAt, debriefs[a].id) < (days[b], debriefs[b].createdAt, debriefs[b].id)
        }.map { debriefs[$0] }
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        return calendar
    }()
}
