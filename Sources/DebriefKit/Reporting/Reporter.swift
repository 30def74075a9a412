public import Foundation

/// Renders debriefs into one output format (text, Markdown, JSON, HTML, …).
///
/// Reporters are pure: they get everything in a ``Report`` and return the document as a
/// string; writing it somewhere is the host's job.
public protocol Reporter: Sendable {
    /// The name used on the command line: `markdown`, `html`.
    var format: String { get }
    /// The file extension for saved reports, without a dot.
    var fileExtension: String { get }
    /// Whether the document shows transcripts; the host loads them only for reporters that do
    /// (an archive-style JSON report), as they are the largest part of a debrief.
    var readsTranscripts: Bool { get }
    /// The document; throws when `report` cannot be rendered in this format.
    func render(_ report: Report) throws -> String
}

extension Reporter {
    public var readsTranscripts: Bool { false }
}

/// Everything a reporter may show.
public struct Report: Sendable {
    /// One debrief for `show`, or many for `report`.
    public var debriefs: [Debrief]
    /// Patterns across ``debriefs``; empty for a single debrief.
    public var insights: [Insight]
    /// The flow, so a reporter can show each question's wording.
    public var flow: Flow?
    /// When the report was made (from the host's clock).
    public var generatedAt: Date
    /// Which step ids hold which part of a debrief, for reporters that show the parts they know
    /// (the five questions, plans, the STAR example); ``StepMap/default`` for the built-in flow.
    public var steps: StepMap

    /// A report over `debriefs`, read through `steps`.
    public init(debriefs: [Debrief], insights: [Insight] = [], flow: Flow? = nil, generatedAt: Date, steps: StepMap = .default) {
        self.debriefs = debriefs
        self.insights = insights
        self.flow = flow
        self.generatedAt = generatedAt
        self.steps = steps
    }
}

/// A pattern found across debriefs, with the evidence behind it.
public struct Insight: Sendable, Hashable, Codable, Identifiable {
    /// Stable, e.g. `questions.research.notYes`.
    public var id: String
    /// A short headline.
    public var title: String
    /// One or two sentences, framed as something to work on, never as a verdict.
    public var detail: String
    /// How many times the pattern occurred.
    public var count: Int
    /// The debriefs behind it.
    public var debriefIDs: [DebriefID]

    /// An insight with its evidence.
    public init(id: String, title: String, detail: String, count: Int, debriefIDs: [DebriefID]) {
        self.id = id
        self.title = title
        self.detail = detail
        self.count = count
        self.debriefIDs = debriefIDs
    }
}

/// Finds patterns across debriefs.
public protocol InsightProvider: Sendable {
    func insights(from debriefs: [Debrief]) -> [Insight]
}
