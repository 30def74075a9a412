import DebriefKit

// Sentences and glyphs that more than one writer uses, so every format says the same.

extension QuestionTally {
    /// "partly 1 · no 2 · of 5 answered", or "not answered yet".
    var summary: String {
        guard answered > 0 else { return "not answered yet" }
        return "partly \(partly) · \(question.opposite.rawValue) \(opposite) · of \(answered) answered"
    }
}

extension Insight {
    /// "Count 3 · based on 3 debriefs: 0a1b2c3d, …" with at most `limit` short ids; "Count 0" alone.
    func basedOn(limit: Int = 8) -> String {
        guard !debriefIDs.isEmpty else { return "Count \(count)" }
        let shown = debriefIDs.prefix(limit).map(\.short).joined(separator: ", ")
        let more = debriefIDs.count > limit ? " and \(debriefIDs.count - limit) more" : ""
        return "Count \(count) · based on \(debriefIDs.count) \(debriefIDs.count == 1 ? "debrief" : "debriefs"): \(shown)\(more)"
    }
}

extension ReportBlock.Chart {
    /// At most `limit` values, oldest first: consecutive points averaged into buckets, so a
    /// chart of 100,000 debriefs stays small and still shows the shape.
    func sampled(limit: Int) -> [Double] {
        let values = timeline.points.map { Double($0.value) }
        guard values.count > limit, limit > 0 else { return values }
        return (0..<limit).map { bucket in
            let from = bucket * values.count / limit
            let to = (bucket + 1) * values.count / limit
            return values[from..<to].reduce(0, +) / Double(to - from)
        }
    }

    /// A one-line chart for text formats: "▁▃▅█", oldest first.
    var sparkline: String {
        let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let span = Double(max(1, range.upperBound - range.lowerBound))
        return String(sampled(limit: 60).map { value in
            let position = (value - Double(range.lowerBound)) / span
            return bars[min(bars.count - 1, max(0, Int((position * Double(bars.count - 1)).rounded())))]
        })
    }

    /// "oldest 2024-01-01 → newest 2024-12-30, 50 debriefs", or nil when empty.
    var caption: String? {
        guard let first = timeline.points.first, let last = timeline.points.last else { return nil }
        let count = timeline.points.count
        return "oldest \(first.day.iso) → newest \(last.day.iso), \(count) \(count == 1 ? "debrief" : "debriefs")"
    }
}
