/// What the debrief is about: one interview.
///
/// Filled from answers of steps that declare an ``InterviewField`` (the context chapter),
/// so that lists and reports do not need to know step ids.
public struct Interview: Hashable, Codable, Sendable {
    /// The company, as the person wrote it.
    public var company: String?
    /// The role applied for.
    public var role: String?
    /// The day of the (last) interview.
    public var date: DayDate?
    /// The furthest stage reached, e.g. "phone screen", "final round".
    public var stage: String?
    /// How it ended, e.g. "rejected", "no reply", "role closed", "withdrew".
    public var outcome: String?

    /// An interview; every field is optional.
    public init(company: String? = nil, role: String? = nil, date: DayDate? = nil, stage: String? = nil, outcome: String? = nil) {
        self.company = company
        self.role = role
        self.date = date
        self.stage = stage
        self.outcome = outcome
    }

    /// "Product Designer at Acme", or whichever parts are known.
    public var title: String {
        switch (role, company) {
        case let (role?, company?): "\(role) at \(company)"
        case let (role?, nil): role
        case let (nil, company?): company
        case (nil, nil): "Untitled interview"
        }
    }
}

/// A field of ``Interview`` that a step's answer fills in.
public enum InterviewField: String, Codable, Sendable, CaseIterable {
    case company, role, date, stage, outcome
}

extension Interview {
    /// Sets `field` from an answer; a skipped answer clears it. Every field is one line
    /// (see ``oneLine(_:)``): an answer typed over several lines keeps its words, not its breaks.
    public mutating func record(_ value: AnswerValue, as field: InterviewField) {
        let text: String? = value.isSkipped ? nil : Self.oneLine(value.display)
        switch field {
        case .company: company = text
        case .role: role = text
        case .stage: stage = text
        case .outcome: outcome = text
        case .date:
            if case .date(let day) = value { date = day } else { date = nil }
        }
    }
}

extension Interview {
    /// `text` as one line, nil when nothing is left: control characters and invisible format
    /// characters (bidi overrides such as U+202E, zero-width spaces) are dropped and every run
    /// of white space, line breaks included, becomes one space. A line break in a role would
    /// otherwise split a list row or start a new header in an email.
    public static func oneLine(_ text: String) -> String? {
        let kept = text.unicodeScalars.filter { scalar in
            switch scalar.properties.generalCategory {
            case .format: false
            case .control: scalar.properties.isWhitespace
            default: true
            }
        }
        let line = String(String.UnicodeScalarView(kept)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return line.isEmpty ? nil : line
    }

    /// The same interview with every text field made one line by ``oneLine(_:)``.
    public var oneLine: Interview {
        Interview(company: company.flatMap(Self.oneLine), role: role.flatMap(Self.oneLine), date: date,
                  stage: stage.flatMap(Self.oneLine), outcome: outcome.flatMap(Self.oneLine))
    }
}
