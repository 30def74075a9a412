/// Where an answer belongs: a step id, plus the item number for a step repeated over a list.
///
/// Written as `reflect.struggled.now#2` (items count from 1). This string is the key of
/// ``Debrief/answers`` in the JSON shape.
public struct StepKey: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The id of the step.
    public var stepID: String
    /// The 1-based item of the list this repetition is about, or nil for a plain step.
    public var item: Int?

    /// The key of a step, or of one item of a repeated step.
    ///
    /// Without an item, `"id#N"` is read as item N of `id`, as ``init(rawValue:)`` reads it, so
    /// two keys that are written the same are the same key (a debrief's answers are stored by
    /// the written form).
    public init(_ stepID: String, item: Int? = nil) {
        if item == nil, let (id, n) = Self.split(stepID) {
            self.stepID = id
            self.item = n
        } else {
            self.stepID = stepID
            self.item = item
        }
    }

    /// Parses `id` or `id#N`.
    public init(rawValue: String) {
        self.init(rawValue, item: nil)
    }

    /// `id#N` (N ≥ 1) as its id and N; nil for a plain id.
    private static func split(_ rawValue: String) -> (String, Int)? {
        guard let hash = rawValue.lastIndex(of: "#"), let n = Int(rawValue[rawValue.index(after: hash)...]), n > 0 else { return nil }
        return (String(rawValue[..<hash]), n)
    }

    public var rawValue: String { item.map { "\(stepID)#\($0)" } ?? stepID }
    public var description: String { rawValue }

    public static func < (lhs: StepKey, rhs: StepKey) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
