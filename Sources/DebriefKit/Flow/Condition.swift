/// When a step applies, decided from earlier answers and from what the coach remembers of
/// earlier debriefs (``DebriefHistory``).
///
/// A skipped or missing answer matches nothing, so a follow-up to a skipped question
/// is not asked. Combine with ``all(_:)``, ``any(_:)`` and ``not(_:)``.
///
/// ```swift
/// Ask("reflect.gaps", "What was missing?", .text())
///     .when(.answer("reflect.prepared", isNot: "yes"))
/// Ask("plans.check", "Did last time's plan help?", .yesPartlyNo)
///     .when(.openPlans())
/// ```
public struct Condition: Sendable {
    private let test: @Sendable (Debrief, DebriefHistory) -> Bool
    /// The step ids this condition reads, for flow validation.
    public let stepIDs: [String]
    /// A short description, e.g. `reflect.prepared is not yes`, shown by tooling.
    public let summary: String

    /// A custom condition; list the steps it reads in `reads`.
    public init(_ summary: String, reads: [String], _ test: @escaping @Sendable (Debrief) -> Bool) {
        self.init(summary, reads: reads, remembering: { debrief, _ in test(debrief) })
    }

    /// A custom condition that also reads the history of earlier debriefs.
    public init(_ summary: String, reads: [String], remembering test: @escaping @Sendable (Debrief, DebriefHistory) -> Bool) {
        self.summary = summary
        self.stepIDs = reads
        self.test = test
    }

    /// Whether the condition holds for this debrief, with no earlier debriefs remembered.
    public func holds(for debrief: Debrief) -> Bool { test(debrief, .empty) }

    /// Whether the condition holds for this debrief, given what is remembered of earlier ones.
    public func holds(for debrief: Debrief, history: DebriefHistory) -> Bool { test(debrief, history) }

    /// The step's answer equals `value`: compared as numbers for a scale, case-insensitively otherwise.
    public static func answer(_ stepID: String, is value: String) -> Condition {
        Condition("\(stepID) is \(value)", reads: [stepID]) { answered($0, stepID).map { matches($0, value) } ?? false }
    }

    /// The step was answered (not skipped) with something other than `value`.
    public static func answer(_ stepID: String, isNot value: String) -> Condition {
        Condition("\(stepID) is not \(value)", reads: [stepID]) { answered($0, stepID).map { !matches($0, value) } ?? false }
    }

    /// The step's answer is one of `values`.
    public static func answer(_ stepID: String, in values: [String]) -> Condition {
        Condition("\(stepID) in \(values)", reads: [stepID]) { debrief in
            answered(debrief, stepID).map { value in values.contains { matches(value, $0) } } ?? false
        }
    }

    /// A scale answer below `bound`.
    public static func answer(_ stepID: String, lessThan bound: Int) -> Condition {
        Condition("\(stepID) < \(bound)", reads: [stepID]) { number(answered($0, stepID)).map { $0 < bound } ?? false }
    }

    /// A scale answer above `bound`.
    public static func answer(_ stepID: String, greaterThan bound: Int) -> Condition {
        Condition("\(stepID) > \(bound)", reads: [stepID]) { number(answered($0, stepID)).map { $0 > bound } ?? false }
    }

    /// The step has a non-skipped answer.
    public static func answered(_ stepID: String) -> Condition {
        Condition("\(stepID) answered", reads: [stepID]) { answered($0, stepID) != nil }
    }

    /// Holds when `condition` does not.
    public static func not(_ condition: Condition) -> Condition {
        Condition("not (\(condition.summary))", reads: condition.stepIDs) { !condition.test($0, $1) }
    }

    /// Holds when every condition does.
    public static func all(_ conditions: [Condition]) -> Condition {
        Condition(conditions.map(\.summary).joined(separator: " and "), reads: conditions.flatMap(\.stepIDs)) { debrief, history in
            conditions.allSatisfy { $0.test(debrief, history) }
        }
    }

    /// Holds when at least one condition does.
    public static func any(_ conditions: [Condition]) -> Condition {
        Condition(conditions.map(\.summary).joined(separator: " or "), reads: conditions.flatMap(\.stepIDs)) { debrief, history in
            conditions.contains { $0.test(debrief, history) }
        }
    }

    // MARK: - What earlier debriefs left

    /// At least `count` plans from earlier debriefs are still open (``DebriefHistory/openPlans``).
    public static func openPlans(atLeast count: Int = 1) -> Condition {
        Condition("at least \(count) open plan(s) from earlier debriefs", reads: []) { $1.openPlans.count >= count }
    }

    /// There is no earlier debrief: the person's first.
    public static var firstDebrief: Condition {
        Condition("first debrief", reads: []) { $1.isEmpty }
    }

    /// An item of the list answer to `listStepID` asks the same thing as a question found hard
    /// in an earlier debrief (grouped as insights group them).
    public static func returningQuestion(in listStepID: String) -> Condition {
        Condition("a question in \(listStepID) was hard before", reads: [listStepID]) { debrief, history in
            guard case .list(let items)? = answered(debrief, listStepID) else { return false }
            return items.contains { history.timesHard($0) > 0 }
        }
    }

    private static func answered(_ debrief: Debrief, _ stepID: String) -> AnswerValue? {
        guard let value = debrief.answers[StepKey(stepID)]?.value, !value.isSkipped else { return nil }
        return value
    }

    private static func number(_ value: AnswerValue?) -> Int? {
        if case .scale(let n)? = value { return n }
        return value.flatMap { Int($0.display) }
    }

    private static func matches(_ value: AnswerValue, _ expected: String) -> Bool {
        if case .scale(let n) = value { return Int(expected) == n }
        return value.display.lowercased() == expected.lowercased()
    }
}
