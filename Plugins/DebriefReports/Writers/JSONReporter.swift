public import DebriefKit
import Foundation

/// Renders a report as the versioned ``DebriefArchive`` JSON document, plus its insights.
///
/// The document is an archive (`"format": "debrief-archive"`), so `debrief import` reads a
/// JSON report back; `insights` and `generatedAt` are extra keys that archive readers ignore.
///
/// ```swift
/// let json = try JSONReporter().render(Report(debriefs: all, insights: insights, generatedAt: .now))
/// ```
public struct JSONReporter: Reporter {
    /// The format name: `json`.
    public let format = "json"
    /// Saved reports end in `.json`.
    public let fileExtension = "json"
    /// Indented, for people; compact otherwise. Keys are sorted either way.
    public var pretty: Bool

    /// The archive keeps every transcript, so `debrief import` loses nothing.
    public var readsTranscripts: Bool { true }

    /// Indented output by default.
    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    /// The whole document for `report`.
    public func render(_ report: Report) throws -> String {
        let data = try DebriefJSON.encoder(pretty: pretty).encode(Document(report: report))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The archive's keys and the report's, in one object.
    private struct Document: Encodable {
        var report: Report

        private enum Keys: String, CodingKey { case insights, generatedAt }

        func encode(to encoder: any Encoder) throws {
            try DebriefArchive(debriefs: report.debriefs).encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(report.insights, forKey: .insights)
            try container.encode(report.generatedAt, forKey: .generatedAt)
        }
    }
}
