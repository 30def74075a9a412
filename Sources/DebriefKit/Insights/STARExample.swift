/// A behavioural example from a debrief: where it is stored, as first told and as last revised.
public struct STARExample: Sendable, Hashable {
    /// The step key of the first version; practice cards are named after it.
    public var key: StepKey
    /// The example as first told.
    public var first: STARAnswer
    /// The latest revision, or ``first`` when it was never revised.
    public var latest: STARAnswer
    /// Where ``latest`` is stored, when it is a revision.
    public var latestKey: StepKey?
}
