/// How a practice attempt went, in the four words the practice prompt offers.
///
/// Mapped to SM-2's 0-5 response quality (Woźniak, 1990) as follows; the mapping matters
/// because SM-2 treats qualities below 3 as a lapse and below 4 as "repeat today":
///
/// | Grade | Quality | SM-2's meaning |
/// | --- | --- | --- |
/// | again | 1 | incorrect response; the correct one remembered (on seeing your last answer) |
/// | hard | 3 | correct response recalled with serious difficulty |
/// | good | 4 | correct response after a hesitation |
/// | easy | 5 | perfect response |
public enum PracticeGrade: String, Sendable, Hashable, Codable, CaseIterable {
    case again, hard, good, easy

    /// The SM-2 response quality, 0-5.
    public var quality: Int {
        switch self {
        case .again: 1
        case .hard: 3
        case .good: 4
        case .easy: 5
        }
    }
}
