import DebriefKit
import Foundation

/// Decides what a report says, as ``ReportBlock``s, for one debrief or many.
///
/// A single debrief (`show`) gets its title and its sections. Many (`report`) get an
/// overview, the insights, the answers to the five questions across debriefs, charts of
/// feelings and stages over time, then every debrief, oldest first.
struct ReportLayout: Sendable {
    var steps: StepMap

    func blocks(for report: Report) -> [ReportBlock] {
        let debriefs = report.debriefs.chronological()
        guard debriefs.count != 1 else {
            let debrief = debriefs[0]
            return [.heading(level: 1, text: debrief.interview.title)]
                + insightBlocks(report.insights)
                + DebriefSections(debrief: debrief, steps: steps, flow: report.flow).blocks(level: 2)
        }
        var blocks: [ReportBlock] = [.heading(level: 1, text: "Your debriefs")]
        blocks.append(.paragraph(overview(debriefs, generatedAt: report.generatedAt)))
        blocks += insightBlocks(report.insights)
        guard !debriefs.isEmpty else { return blocks }
        blocks.append(.heading(level: 2, text: "Across your debriefs"))
        blocks.append(.tallies(QuestionTally.tally(debriefs, steps: steps)))
        blocks.append(.timeline(.init(title: "How you felt right after", timeline: Timeline.feelings(debriefs, steps: steps),
                                      valueNames: ["1", "2", "3", "4", "5"], range: 1...5)))
        blocks.append(.timeline(.init(title: "Stage reached", timeline: Timeline.stages(debriefs, steps: steps),
                                      valueNames: steps.stages, range: 0...max(0, steps.stages.count - 1))))
        for debrief in debriefs {
            blocks.append(.heading(level: 2, text: debrief.interview.title))
            blocks += DebriefSections(debrief: debrief, steps: steps, flow: report.flow).blocks(level: 3)
        }
        return blocks
    }

    private func overview(_ debriefs: [Debrief], generatedAt: Date) -> String {
        let made = "Made on \(DayDate(utc: generatedAt).iso)."
        guard let first = debriefs.first, let last = debriefs.last else {
            return "No debriefs yet. \(made) After your first debrief, this report shows what you noticed."
        }
        return "\(debriefs.count) debriefs, from \(first.day.iso) to \(last.day.iso). \(made)"
    }

    private func insightBlocks(_ insights: [Insight]) -> [ReportBlock] {
        guard !insights.isEmpty else { return [] }
        var sentences = StockSentences()
        return [.heading(level: 2, text: "Patterns")] + insights.map { insight in
            var insight = insight
            insight.detail = sentences.fresh(insight.detail)
            return .insight(insight)
        }
    }

}
