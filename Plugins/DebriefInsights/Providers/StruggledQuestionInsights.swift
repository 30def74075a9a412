public import DebriefKit

/// Hard interview questions that came back, grouped when worded differently.
///
/// Questions are grouped by ``QuestionGrouper`` (normalised tokens, Jaccard similarity of
/// at least ``threshold``). A group noted at least twice is an insight with id
/// `struggled.<n>` (n counts the groups from 1, most frequent first); its count is the
/// number of times noted and its debriefs are where. When nothing has recurred yet, one
/// insight, `struggled.collecting`, says how many were noted and what more will show.
public struct StruggledQuestionInsights: FactInsightProvider {
    /// The least Jaccard similarity that puts two wordings in one group.
    public var threshold: Double

    /// Groups questions at `threshold` (see ``QuestionGrouper``).
    public init(threshold: Double = 0.5) {
        self.threshold = threshold
    }

    public func insights(from sheet: FactSheet) -> [Insight] {
        let groups = sheet.struggledGroups(threshold: threshold)
        let recurring = groups.filter { $0.count >= 2 }
        guard recurring.isEmpty else {
            return recurring.enumerated().map { offset, group in
                let others = group.wordings.dropFirst().prefix(3).map { "“\($0)”" }
                let also = others.isEmpty ? "" : " Also asked as \(others.joined(separator: ", "))."
                return Insight(id: "struggled.\(offset + 1)", title: "“\(group.representative)” came up \(group.count) times",
                               detail: "A question worth a prepared answer: it is in your practice deck.\(also)",
                               count: group.count, debriefIDs: unique(group.sources))
            }
        }
        let total = groups.reduce(0) { $0 + $1.count }
        guard total > 0 else { return [] }
        let sources = unique(groups.flatMap(\.sources))
        return [Insight(id: "struggled.collecting", title: "\(total) hard \(total == 1 ? "question" : "questions") noted so far",
                        detail: "None has come up twice yet. When one returns in another interview, even worded differently, it shows here.",
                        count: total, debriefIDs: sources)]
    }

    private func unique(_ ids: [DebriefID]) -> [DebriefID] {
        var seen = Set<DebriefID>()
        return ids.filter { seen.insert($0).inserted }
    }
}
