import DebriefKit

/// One piece of a report, before it is written in a format.
///
/// ``ReportLayout`` decides what the text and Markdown reports say, once; each writer only
/// decides how it looks. The HTML page arranges the same insights and charts for a first
/// screen (`HTMLPage`) and writes each debrief from the same ``DebriefSections``.
enum ReportBlock: Sendable {
    /// A title; level 1 is the report's, 2 a debrief's or a part's, 3 a section's.
    case heading(level: Int, text: String)
    case paragraph(String)
    /// Labelled values, e.g. "Stage reached: final round". Values may span lines.
    case fields([Field])
    /// A bulleted list.
    case items([String])
    /// A pattern found across debriefs.
    case insight(Insight)
    /// How often each reflective question was not answered as hoped.
    case tallies([QuestionTally])
    /// Values over time; only formats that draw charts show it.
    case timeline(Chart)

    struct Field: Sendable {
        var label: String
        var value: String
    }

    /// A timeline to draw, with the names of its values (1-5, or stage names).
    struct Chart: Sendable {
        var title: String
        var timeline: Timeline
        /// The name of each value from `range.lowerBound`, for the axis.
        var valueNames: [String]
        var range: ClosedRange<Int>
    }
}
