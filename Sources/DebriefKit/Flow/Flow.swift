/// The ordered chapters of a debrief, and the rules for walking them.
///
/// A flow is a value; the ``Conversation`` walks it. ``problems`` lists mistakes a
/// plugin author can make (duplicate ids, conditions on unknown steps), and
/// ``DebriefSession`` refuses a flow that has any.
public struct Flow: Sendable {
    public private(set) var chapters: [Chapter]
    /// Every step with its chapter, in order.
    let entries: [Entry]
    let indexByID: [String: Int]

    struct Entry: Sendable {
        let chapter: Chapter
        let step: Step
    }

    public init(_ chapters: [Chapter]) {
        self.chapters = chapters
        var entries: [Entry] = []
        var index: [String: Int] = [:]
        for chapter in chapters {
            for step in chapter.steps {
                if index[step.id] == nil { index[step.id] = entries.count }
                entries.append(Entry(chapter: chapter, step: step))
            }
        }
        self.entries = entries
        self.indexByID = index
    }

    public init(@ChapterBuilder _ chapters: () -> [Chapter]) {
        self.init(chapters())
    }

    /// The chapters of `plugins` in order, with `configuration` applied.
    public init(plugins: [any DebriefPlugin], configuration: FlowConfiguration = FlowConfiguration()) {
        self.init(plugins.flatMap(\.chapters).arranged(by: configuration))
    }

    /// The step with this id.
    public func step(_ id: String) -> Step? {
        indexByID[id].map { entries[$0].step }
    }

    /// The chapter that holds the step with this id.
    public func chapter(of stepID: String) -> Chapter? {
        indexByID[stepID].map { entries[$0].chapter }
    }

    /// Every step id, for placeholders and validation.
    public var stepIDs: Set<String> { Set(indexByID.keys) }

    /// Mistakes in the flow's definition, described for the author; empty when it is sound.
    public var problems: [String] {
        var found: [String] = []
        var seenChapters = Set<String>()
        for chapter in chapters where !seenChapters.insert(chapter.id).inserted {
            found.append("Chapter id \"\(chapter.id)\" is used twice; give each chapter its own id.")
        }
        var seen = Set<String>()
        for (position, entry) in entries.enumerated() {
            let step = entry.step
            if step.id.isEmpty || step.id.contains("#") {
                found.append("Step \"\(step.id)\" in chapter \"\(entry.chapter.id)\": an id must be non-empty and must not contain #.")
            }
            if !seen.insert(step.id).inserted {
                found.append("Step id \"\(step.id)\" is used twice; answers are stored by id, so each must be unique.")
            }
            let reads = (step.condition?.stepIDs ?? []) + (step.repeatsOver.map { [$0] } ?? [])
            for id in reads {
                guard let other = indexByID[id] else {
                    found.append("Step \"\(step.id)\" depends on \"\(id)\", which is not a step in this flow.")
                    continue
                }
                if other >= position {
                    found.append("Step \"\(step.id)\" depends on \"\(id)\", which comes later; a step can only depend on earlier answers.")
                }
            }
            if let list = step.repeatsOver, let other = self.step(list), !(other.prompt is ListPrompt) {
                found.append("Step \"\(step.id)\" repeats over \"\(list)\", which is not a list question.")
            }
        }
        return found
    }
}

/// Builds a flow from chapters.
@resultBuilder
public enum ChapterBuilder {
    public static func buildExpression(_ chapter: Chapter) -> [Chapter] { [chapter] }
    public static func buildExpression(_ chapters: [Chapter]) -> [Chapter] { chapters }
    public static func buildBlock(_ parts: [Chapter]...) -> [Chapter] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Chapter]?) -> [Chapter] { part ?? [] }
    public static func buildEither(first part: [Chapter]) -> [Chapter] { part }
    public static func buildEither(second part: [Chapter]) -> [Chapter] { part }
    public static func buildArray(_ parts: [[Chapter]]) -> [Chapter] { parts.flatMap { $0 } }
}

extension [Chapter] {
    /// Applies a configuration: places anchored chapters (``Chapter/after``), drops disabled
    /// chapters, moves the named ones first.
    public func arranged(by configuration: FlowConfiguration) -> [Chapter] {
        let kept = anchored().filter { !configuration.disabled.contains($0.id) }
        let first = configuration.order.compactMap { id in kept.first { $0.id == id } }
        let firstIDs = Set(first.map(\.id))
        return first + kept.filter { !firstIDs.contains($0.id) }
    }
}

extension [Chapter] {
    /// Moves each chapter whose ``Chapter/after`` names a chapter in the list to just behind it
    /// (behind chapters already placed there, so plugin order is kept). Chapters whose anchor
    /// is missing keep their place; anchors that form a cycle leave those chapters at the end.
    public func anchored() -> [Chapter] {
        let ids = Set(map(\.id))
        var placed = filter { chapter in !(chapter.after.map(ids.contains) ?? false) }
        var pending = filter { chapter in chapter.after.map(ids.contains) ?? false }
        while !pending.isEmpty {
            let waiting = pending.count
            pending.removeAll { chapter in
                guard let anchor = placed.lastIndex(where: { $0.id == chapter.after }) else { return false }
                var index = anchor + 1
                while index < placed.count, placed[index].after == chapter.after { index += 1 }
                placed.insert(chapter, at: index)
                return true
            }
            if pending.count == waiting { return placed + pending }
        }
        return placed
    }
}
