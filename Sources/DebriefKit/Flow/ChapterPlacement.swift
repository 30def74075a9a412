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

extension ChapterPlacement {
    /// The chapter id this placement is relative to; nil for ``end``.
    public var anchor: String? {
        switch self {
        case .end: nil
        case .before(let id), .after(let id), .replacing(let id): id
        }
    }
}

extension [Chapter] {
    /// Applies every chapter's placement: unplaced chapters keep their order, placed ones go
    /// next to their anchor (which may itself be a placed chapter). Chapters placed after the
    /// same anchor keep their plugin order. A chapter whose anchor is missing goes at the end.
    public func placed() -> [Chapter] {
        var result = filter { $0.placement == .end }
        var pending = filter { $0.placement != .end }
        while !pending.isEmpty {
            let waiting = pending.count
            pending.removeAll { chapter in
                guard let index = result.firstIndex(where: { $0.id == chapter.placement.anchor }) else { return false }
                switch chapter.placement {
                case .before:
                    result.insert(chapter, at: index)
                case .after:
                    var position = index + 1
                    while position < result.count, result[position].placement == chapter.placement { position += 1 }
                    result.insert(chapter, at: position)
                case .replacing:
                    result[index] = chapter
                case .end:
                    result.append(chapter)
                }
                return true
            }
            if pending.count == waiting { break }
        }
        return result + pending
    }
}
