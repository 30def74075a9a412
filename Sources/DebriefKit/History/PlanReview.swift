public import Foundation

/// A later debrief's word on an earlier plan: its new status and one line on how it went.
///
/// The engine returns reviews with a turn (``Turn/planReviews``); ``DebriefSession`` saves
/// each into the debrief that made the plan with ``applied(to:at:keys:)``, through the store
/// and its revision check. Embedders that drive a ``Conversation`` directly do the same.
public struct PlanReview: Sendable, Hashable {
    /// The plan, as the history listed it.
    public var plan: DebriefHistory.OpenPlan
    /// What becomes of it.
    public var status: PlanStatus
    /// How it went, in the person's words.
    public var note: String?
    /// The debrief that followed it up.
    public var reviewedIn: DebriefID
    /// The day of the follow-up: a done or dropped plan is marked with it.
    public var day: DayDate

    /// A review of `plan`.
    public init(plan: DebriefHistory.OpenPlan, status: PlanStatus, note: String?, reviewedIn: DebriefID, day: DayDate) {
        self.plan = plan
        self.status = status
        self.note = note
        self.reviewedIn = reviewedIn
        self.day = day
    }

    /// `debrief` (the one that made the plan) with this review recorded: the follow-up record,
    /// and the plan marked done or dropped. A status given earlier by the same follow-up is
    /// replaced, so changing the answer with `/review` changes the plan too. Unchanged when
    /// `debrief` is not the plan's.
    public func applied(to debrief: Debrief, at time: Date, keys: DebriefHistory.Keys = .default) -> Debrief {
        guard debrief.id == plan.debriefID else { return debrief }
        var updated = debrief
        let record = keys.followUp(by: reviewedIn, item: plan.item)
        let done = StepKey(keys.planDone, item: plan.item)
        let dropped = StepKey(keys.planDropped, item: plan.item)
        if case .choice(let earlier)? = debrief.answers[record]?.value, let before = PlanStatus(rawValue: earlier) {
            if before == .done { updated.answers[done] = nil }
            if before == .dropped { updated.answers[dropped] = nil }
        }
        updated.answers[record] = Answer(value: .choice(status.rawValue), raw: note ?? "", answeredAt: time)
        switch status {
        case .done where updated.answers[done] == nil:
            updated.answers[done] = Answer(value: .date(day), raw: "done", answeredAt: time)
        case .dropped where updated.answers[dropped] == nil:
            updated.answers[dropped] = Answer(value: .date(day), raw: "dropped", answeredAt: time)
        default:
            break
        }
        guard updated.answers != debrief.answers else { return debrief }
        updated.log(.command("plan \(plan.item): \(status.rawValue), in debrief \(reviewedIn.short)"), at: time)
        updated.updatedAt = time
        return updated
    }
}
