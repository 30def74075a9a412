public import DebriefKit

/// Notes on fit: where this kind of role felt less right, and what was said about it.
///
/// One insight, `fit.notes`, when fit was rated or noted; its count is the number of
/// debriefs that rated fit 2/5 or lower, or left a note.
public struct FitInsights: FactInsightProvider {
    /// A provider; read it through another table with ``DebriefKit/FactInsightProvider/reading(through:)``.
    public init() {}

    public func insights(from sheet: FactSheet) -> [Insight] {
        let facts = sheet.facts
        var rated = 0
        var low = 0
        var flagged: [DebriefID] = []
        var notes: [String] = []
        for fact in facts {
            let score = fact.fit
            let note = fact.fitNote
            let isLow = score.map { $0 <= 2 } ?? false
            if score != nil { rated += 1 }
            if isLow { low += 1 }
            if let note { notes.append(note) }
            if isLow || note != nil { flagged.append(fact.id) }
        }
        guard rated > 0 || !notes.isEmpty else { return [] }
        var parts: [String] = []
        if rated > 0 {
            parts.append(low == 0 ? "This kind of role still feels right in every debrief that rated it."
                : "This kind of role felt less right in \(low) of \(rated) \(rated == 1 ? "debrief" : "debriefs"). Fit works both ways; it can narrow where you apply.")
        }
        if !notes.isEmpty {
            let quoted = notes.suffix(3).map { "“\($0)”" }.joined(separator: "; ")
            let ended = notes.last?.last.map { ".!?…".contains($0) } ?? false
            parts.append("Your notes: " + quoted + (ended ? "" : "."))
        }
        return [Insight(id: "fit.notes", title: "Fit", detail: parts.joined(separator: " "), count: flagged.count, debriefIDs: flagged)]
    }
}
