import DebriefKit

/// The report's three charts as figures: a title, one sentence that says what the chart shows
/// (the chart's description for screen readers), the chart, and its numbers in a table behind a
/// disclosure, for anyone who can't or would rather not read a chart.
struct ChartFigure {
    var series: ReportSeries
    var steps: StepMap
    var titles: [DebriefID: String]

    /// Feelings, stage reached and the five questions, in that order.
    var all: [String] { [feelings, stages, questions] }

    var feelings: String {
        let series = ChartSeries(self.series.feelings, titles: titles)
        let title = "How you felt right after (1–5)"
        guard let last = series.days.last, let recent = last.entries.last else {
            return figure(title: title, id: "feelings", summary: "Nothing yet: no debrief rated how it felt.", chart: nil, table: nil)
        }
        let values = series.days.flatMap { $0.entries.map(\.value) }
        var summary = "\(recent.value)/5 on \(last.day.spoken)."
        if series.count > 1, let low = values.min(), let high = values.max() {
            summary = "Most recently \(recent.value)/5, on \(last.day.spoken); across \(series.count) interviews, from \(low)/5 to \(high)/5."
        }
        let scale = SVGChart.Scale(range: 1...5, names: ["1", "2", "3", "4", "5"])
        let chart = SVGChart.line(series, title: title, scale: scale, summaryID: "feelings-summary") { value, count in
            count > 1 ? "\(value) ×\(count)" : "\(value)"
        }
        return figure(title: title, id: "feelings", summary: summary, chart: chart,
                      table: table(series, heading: "Feeling") { "\($0)/5" })
    }

    var stages: String {
        let series = ChartSeries(self.series.stages, titles: titles)
        let title = "How far each interview got"
        let reached = series.days.flatMap { $0.entries.map(\.value) }
        guard let last = series.days.last?.entries.last, let low = reached.min(), let high = reached.max() else {
            return figure(title: title, id: "stages", summary: "Nothing yet: no debrief named a stage this report knows.", chart: nil, table: nil)
        }
        let name = { (value: Int) in steps.stages.indices.contains(value) ? steps.stages[value] : String(value) }
        let furthest = reached.filter { $0 == high }.count
        var summary = "The \(name(high)), in \(furthest) of \(series.count)."
        if series.count > 1 {
            summary = "Furthest: the \(name(high)), in \(furthest) of \(series.count) interviews; the latest reached the \(name(last.value))."
        }
        // From the earliest stage reached to one past the furthest: the chart shows the way ahead, not every stage there is.
        let range = low...min(max(high + 1, low + 1), max(high, steps.stages.count - 1))
        let scale = SVGChart.Scale(range: range, names: range.map(name))
        let chart = SVGChart.line(series, title: title, scale: scale, summaryID: "stages-summary") { _, count in
            count > 1 ? "×\(count)" : nil
        }
        return figure(title: title, id: "stages", summary: summary, chart: chart, table: table(series, heading: "Stage", value: name))
    }

    var questions: String {
        let tallies = series.tallies
        let title = "The five questions: how often each went as you hoped"
        let answered = tallies.filter { $0.answered > 0 }
        func share(_ tally: QuestionTally) -> Double { Double(tally.answered - tally.toWorkOn) / Double(tally.answered) }
        guard let best = answered.max(by: { share($0) < share($1) }), let least = answered.min(by: { share($0) < share($1) }) else {
            return figure(title: title, id: "questions", summary: "Nothing yet: no debrief answered the five questions.", chart: nil, table: nil)
        }
        func phrase(_ tally: QuestionTally) -> String { "\(tally.question.topic) (\(tally.answered - tally.toWorkOn) of \(tally.answered))" }
        let summary = share(best) == share(least)
            ? "Each question went as hoped about as often as the others."
            : "As hoped most often: \(phrase(best)); least often: \(phrase(least))."
        let chart = SVGChart.tallies(tallies, title: title, summaryID: "questions-summary")
        let rows = tallies.map { tally in
            "<tr><th scope=\"row\">\(HTMLText.escape(tally.question.topic))</th><td class=\"r\">\(tally.answered - tally.toWorkOn)</td>"
                + "<td class=\"r\">\(tally.partly)</td><td class=\"r\">\(tally.opposite)</td><td class=\"r\">\(tally.answered)</td></tr>"
        }.joined()
        let table = "<table><thead><tr><th scope=\"col\">Question</th><th scope=\"col\" class=\"r\">As hoped</th><th scope=\"col\" class=\"r\">Partly</th>"
            + "<th scope=\"col\" class=\"r\">Other way</th><th scope=\"col\" class=\"r\">Of</th></tr></thead><tbody>\(rows)</tbody></table>"
        return figure(title: title, id: "questions", summary: summary, chart: chart, table: table)
    }

    private func figure(title: String, id: String, summary: String, chart: String?, table: String?) -> String {
        var html = "<figure class=\"chart-card\"><figcaption><span class=\"chart-title\">\(HTMLText.escape(title))</span> "
            + "<span class=\"summary\" id=\"\(id)-summary\">\(HTMLText.escape(summary))</span></figcaption>"
        if let chart { html += chart }
        if let table { html += "<details class=\"numbers\"><summary>The numbers</summary>\(table)</details>" }
        return html + "</figure>"
    }

    /// One row per interview: its date, its title and its value.
    private func table(_ series: ChartSeries, heading: String, value: (Int) -> String) -> String {
        let rows = series.days.flatMap { day in
            day.entries.map { entry in
                "<tr><td class=\"n\">\(day.day.spoken)</td><td>\(HTMLText.escape(entry.title))</td><td class=\"r\">\(HTMLText.escape(value(entry.value)))</td></tr>"
            }
        }.joined()
        return "<table><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Interview</th><th scope=\"col\" class=\"r\">\(heading)</th></tr></thead>"
            + "<tbody>\(rows)</tbody></table>"
    }
}
