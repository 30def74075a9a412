public import Foundation

/// Which debriefs to list. Every filter is optional; results are newest update first.
public struct DebriefQuery: Sendable, Equatable {
    /// Matches companies containing this text, ignoring case.
    public var company: String?
    /// Only debriefs updated at or after this instant.
    public var since: Date?
    /// Only debriefs in this state.
    public var status: DebriefStatus.Name?
    /// Only debriefs whose interview passes this filter (day, outcome, stage).
    public var interview: InterviewFilter
    /// Only ids starting with this text.
    public var idPrefix: String?
    /// At most this many results.
    public var limit: Int?
    /// Skip this many results first (paging).
    public var offset: Int

    /// A query; no filter means everything.
    public init(company: String? = nil, since: Date? = nil, status: DebriefStatus.Name? = nil, interview: InterviewFilter = InterviewFilter(),
                idPrefix: String? = nil, limit: Int? = nil, offset: Int = 0) {
        self.company = company
        self.since = since
        self.status = status
        self.interview = interview
        self.idPrefix = idPrefix
        self.limit = limit
        self.offset = offset
    }

    /// Everything.
    public static let all = DebriefQuery()

    /// Whether a summary passes the filters (not limit and offset); stores can use it to check their own SQL.
    public func matches(_ summary: DebriefSummary) -> Bool {
        if let company, !(summary.interview.company ?? "").localizedCaseInsensitiveContains(company) { return false }
        if let since, summary.updatedAt < since { return false }
        if let status, summary.status != status { return false }
        if !interview.matches(summary.interview, createdAt: summary.createdAt) { return false }
        if let idPrefix, !summary.id.rawValue.hasPrefix(idPrefix.lowercased()) { return false }
        return true
    }
}

/// The light form of a debrief for lists: no answers, no transcript.
public struct DebriefSummary: Sendable, Hashable, Codable, Identifiable {
    /// The debrief.
    public var id: DebriefID
    /// What it is about.
    public var interview: Interview
    /// In progress or completed.
    public var status: DebriefStatus.Name
    /// When it was started.
    public var createdAt: Date
    /// When it last changed.
    public var updatedAt: Date
    /// Its stored revision.
    public var revision: Int

    /// A summary from its parts.
    public init(id: DebriefID, interview: Interview, status: DebriefStatus.Name, createdAt: Date, updatedAt: Date, revision: Int) {
        self.id = id
        self.interview = interview
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.revision = revision
    }

    /// The summary of a debrief.
    public init(_ debrief: Debrief) {
        self.init(id: debrief.id, interview: debrief.interview, status: debrief.status.name,
                  createdAt: debrief.createdAt, updatedAt: debrief.updatedAt, revision: debrief.revision)
    }
}

/// One search result: the debrief, the answer that matched, and a snippet around the match.
public struct SearchHit: Sendable, Hashable, Codable {
    /// The debrief.
    public var id: DebriefID
    /// The answer that matched.
    public var step: StepKey
    /// Text around the match.
    public var snippet: String

    /// A search hit.
    public init(id: DebriefID, step: StepKey, snippet: String) {
        self.id = id
        self.step = step
        self.snippet = snippet
    }
}
