/// A titled group of steps: the unit that plugins contribute and that configs reorder.
///
/// Bump ``version`` when you change a chapter's steps: a debrief started under the old
/// version is told so when it resumes, and keeps its answers.
///
/// ```swift
/// Chapter("wins", title: "What went well", version: 1) {
///     Ask("wins.list", "Name one or two things that went well.", .list())
/// }
/// ```
public struct Chapter: Sendable {
    public let id: String
    public var title: String
    public var version: Int
    public var steps: [Step]

    public init(_ id: String, title: String, version: Int = 1, @StepBuilder steps: () -> [Step]) {
        self.init(id: id, title: title, version: version, steps: steps())
    }

    public init(id: String, title: String, version: Int = 1, steps: [Step]) {
        self.id = id
        self.title = title
        self.version = version
        self.steps = steps
    }
}
