/// A typed answer, as a prompt parsed it.
///
/// Encoded as `{"type": "scale", "value": 3}`; the `type` names are part of the
/// versioned JSON shape (see ``Debrief``).
public enum AnswerValue: Hashable, Sendable {
    case text(String)
    case yesPartlyNo(YesPartlyNo)
    case scale(Int)
    case date(DayDate)
    case choice(String)
    case list([String])
    case star(STARAnswer)
    /// The person chose to skip the question (`/skip`).
    case skipped

    /// A short human-readable form, used in placeholders, reviews and summaries.
    public var display: String {
        switch self {
        case .text(let text): text
        case .yesPartlyNo(let value): value.rawValue
        case .scale(let value): "\(value)/5"
        case .date(let day): day.iso
        case .choice(let value): value
        case .list(let items): items.joined(separator: "; ")
        case .star(let star): star.parts.map { "\($0.name): \($0.text)" }.joined(separator: " | ")
        case .skipped: "(skipped)"
        }
    }

    /// All free text the answer holds, for search and for the self-talk check (``Answer/typedText``).
    public var searchableText: String {
        switch self {
        case .text(let text): text
        case .list(let items): items.joined(separator: "\n")
        case .star(let star): [star.situation, star.task, star.action, star.result].joined(separator: "\n")
        case .choice(let value): value
        case .yesPartlyNo, .scale, .date, .skipped: ""
        }
    }

    /// Whether the person skipped the question.
    public var isSkipped: Bool { self == .skipped }
}

extension AnswerValue: Codable {
    private enum CodingKeys: String, CodingKey { case type, value }
    private enum Kind: String, Codable { case text, yesPartlyNo, scale, date, choice, list, star, skipped }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .type) {
        case .text: self = .text(try container.decode(String.self, forKey: .value))
        case .yesPartlyNo: self = .yesPartlyNo(try container.decode(YesPartlyNo.self, forKey: .value))
        case .scale: self = .scale(try container.decode(Int.self, forKey: .value))
        case .date: self = .date(try container.decode(DayDate.self, forKey: .value))
        case .choice: self = .choice(try container.decode(String.self, forKey: .value))
        case .list: self = .list(try container.decode([String].self, forKey: .value))
        case .star: self = .star(try container.decode(STARAnswer.self, forKey: .value))
        case .skipped: self = .skipped
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let v): try container.encode(Kind.text, forKey: .type); try container.encode(v, forKey: .value)
        case .yesPartlyNo(let v): try container.encode(Kind.yesPartlyNo, forKey: .type); try container.encode(v, forKey: .value)
        case .scale(let v): try container.encode(Kind.scale, forKey: .type); try container.encode(v, forKey: .value)
        case .date(let v): try container.encode(Kind.date, forKey: .type); try container.encode(v, forKey: .value)
        case .choice(let v): try container.encode(Kind.choice, forKey: .type); try container.encode(v, forKey: .value)
        case .list(let v): try container.encode(Kind.list, forKey: .type); try container.encode(v, forKey: .value)
        case .star(let v): try container.encode(Kind.star, forKey: .type); try container.encode(v, forKey: .value)
        case .skipped: try container.encode(Kind.skipped, forKey: .type)
        }
    }
}
