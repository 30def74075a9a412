/// One if-then plan from a debrief ("next time, if …, I will …"), with its date and done state.
public struct Plan: Sendable, Hashable, Codable, Identifiable {
    /// Its place in ``PlanBook/plans``, from 1: what `debrief plans done N` takes.
    public var number: Int
    /// The debrief it came from.
    public var debriefID: DebriefID
    /// The interview it came from: "Designer at Acme".
    public var interviewTitle: String
    /// Its place among the debrief's plans, from 1.
    public var item: Int
    /// The plan as written: "If …, I will …".
    public var text: String
    /// When the person meant to act on it.
    public var due: DayDate?
    /// When it was marked done; nil while open.
    public var doneOn: DayDate?

    /// Creates a plan; ``PlanBook`` makes them from debriefs.
    public init(number: Int, debriefID: DebriefID, interviewTitle: String, item: Int, text: String,
                due: DayDate?, doneOn: DayDate?) {
        self.number = number
        self.debriefID = debriefID
        self.interviewTitle = interviewTitle
        self.item = item
        self.text = text
        self.due = due
        self.doneOn = doneOn
    }

    /// Stable across listings: `<debrief id>#<item>`.
    public var id: String { "\(debriefID.rawValue)#\(item)" }

    /// Whether it was marked done.
    public var isDone: Bool { doneOn != nil }
}
