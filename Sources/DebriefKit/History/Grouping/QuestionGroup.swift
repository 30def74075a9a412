/// Questions that ask the same thing, with where each was asked.
public struct QuestionGroup<Source: Hashable & Sendable>: Sendable {
    /// The first wording seen; it stands for the group.
    public let representative: String
    /// Every distinct wording, in the order first seen.
    public private(set) var wordings: [String]
    /// One entry per occurrence.
    public private(set) var sources: [Source]

    init(_ question: String, source: Source) {
        representative = question
        wordings = [question]
        sources = [source]
    }

    mutating func add(_ question: String, source: Source) {
        if !wordings.contains(question) { wordings.append(question) }
        sources.append(source)
    }

    /// How many times a question of this group was noted.
    public var count: Int { sources.count }
}
