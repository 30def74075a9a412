/// What the coach says for a step: fixed text with `{placeholders}`, or text computed
/// from the debrief (a summary).
///
/// Placeholders name a step id (`{context.company}`), an interview field (`{company}`,
/// `{role}`, `{date}`, `{stage}`, `{outcome}`) or `{item}`, the list item a repeated step
/// is about. A fallback after `|` is used when there is no answer: `{company|the company}`.
/// Unknown placeholders stay as typed, so a typo shows instead of vanishing.
public struct Wording: Sendable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    private let render: @Sendable (WordingContext) -> String
    /// The template, when the wording is one; for docs, validation and tooling.
    public let template: String?

    /// Text with `{placeholders}`.
    public init(_ template: String) {
        self.template = template
        self.render = { Wording.fill(template, with: $0) }
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Text computed when it is shown, e.g. a summary of every answer.
    public init(_ compute: @escaping @Sendable (WordingContext) -> String) {
        self.template = nil
        self.render = compute
    }

    /// The text to show now.
    public func text(in context: WordingContext) -> String { render(context) }

    /// A `{name|fallback}` placeholder in a template.
    public struct Placeholder: Sendable, Hashable {
        /// A step id, `item`, or an interview field.
        public var name: String
        /// Used when there is no answer.
        public var fallback: String?
    }

    /// The placeholders a template uses, in order: for validating plugins before they run.
    public static func placeholders(in template: String) -> [Placeholder] {
        tokens(in: template).map { Placeholder(name: $0.name, fallback: $0.fallback) }
    }

    static func fill(_ template: String, with context: WordingContext) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let body = rest[rest.index(after: open)..<close]
            let parts = body.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            if let value = context.value(for: name) {
                out += value
            } else if parts.count == 2 {
                out += parts[1]
            } else if context.knows(name) {
                out += "…"
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    static func tokens(in template: String) -> [(name: String, fallback: String?)] {
        var found: [(String, String?)] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let parts = rest[rest.index(after: open)..<close].split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            found.append((String(parts[0]), parts.count == 2 ? String(parts[1]) : nil))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}

/// What a ``Wording`` can read: the debrief so far and, for a repeated step, its item.
public struct WordingContext: Sendable {
    /// The debrief so far.
    public var debrief: Debrief
    /// The list item a repeated step is about.
    public var item: String?
    /// Every step id in the flow, so an unanswered step renders as "…", not as a typo.
    public var knownStepIDs: Set<String>
    /// The flow being walked, when there is one: a summary reads other plugins' steps (their
    /// labels, how their answers show) from it.
    public var flow: Flow?
    /// What is remembered of earlier debriefs, for wordings that bring up the past.
    public var history: DebriefHistory

    /// A context for rendering wording.
    public init(debrief: Debrief, item: String? = nil, knownStepIDs: Set<String> = [], flow: Flow? = nil,
                history: DebriefHistory = .empty) {
        self.debrief = debrief
        self.item = item
        self.knownStepIDs = knownStepIDs
        self.flow = flow
        self.history = history
    }

    /// The text a placeholder stands for, or nil when there is no (non-skipped) answer.
    public func value(for name: String) -> String? {
        if name == "item" { return item }
        if let field = InterviewField(rawValue: name) {
            let interview = debrief.interview
            switch field {
            case .company: return interview.company
            case .role: return interview.role
            case .date: return interview.date?.iso
            case .stage: return interview.stage
            case .outcome: return interview.outcome
            }
        }
        guard let value = debrief.answers[StepKey(rawValue: name)]?.value, !value.isSkipped else { return nil }
        return value.display
    }

    func knows(_ name: String) -> Bool {
        name == "item" || InterviewField(rawValue: name) != nil || knownStepIDs.contains(StepKey(rawValue: name).stepID)
    }
}
