/// Where a plugin's chapter goes in the flow, relative to other plugins' chapters.
///
/// A custom "technical round" chapter belongs after the reflection, not at the very end;
/// a replacement for the built-in STAR chapter should take its place.
public enum ChapterPlacement: Sendable, Hashable, Codable {
    /// After every chapter placed so far (the default).
    case end
    /// Just before the chapter with this id.
    case before(String)
    /// Just after the chapter with this id.
    case after(String)
    /// In place of the chapter with this id, which is dropped.
    case replacing(String)
}

extension [Chapter] {
    /// Applies every chapter's placement: unplaced chapters keep their order, placed ones
    /// go next to their anchor. A chapter whose anchor is missing goes at the end.
    public func placed() -> [Chapter] {
        var result = filter { $0.placement == .end }
        for chapter in self where chapter.placement != .end {
            switch chapter.placement {
            case .end:
                break
            case .before(let anchor):
                result.insert(chapter, at: result.firstIndex { $0.id == anchor } ?? result.endIndex)
            case .after(let anchor):
                result.insert(chapter, at: result.firstIndex { $0.id == anchor }.map { $0 + 1 } ?? result.endIndex)
            case .replacing(let anchor):
                if let index = result.firstIndex(where: { $0.id == anchor }) {
                    result[index] = chapter
                } else {
                    result.append(chapter)
                }
            }
        }
        return result
    }
}
