/// What becomes of an earlier plan when a later debrief follows it up.
public enum PlanStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Tried, and finished with: the plan is marked done.
    case done
    /// Kept open for the next interview.
    case carriedForward = "carry forward"
    /// No longer wanted: the plan is closed without being done.
    case dropped = "drop"
}
