import DebriefKit

/// The values over time and the five questions' tallies of a report's debriefs, read once and
/// shared by the words (``ReportHighlights``) and the HTML charts.
struct ReportSeries: Sendable {
    var feelings: Timeline
    var stages: Timeline
    var tallies: [QuestionTally]

    init(_ debriefs: [Debrief], steps: StepMap) {
        feelings = Timeline.feelings(debriefs, steps: steps)
        stages = Timeline.stages(debriefs, steps: steps)
        tallies = QuestionTally.tally(debriefs, steps: steps)
    }
}
