import Foundation

/// Groups interview questions that are worded differently but ask the same thing.
///
/// Each question becomes a set of normalised tokens (``QuestionTokens``). A question joins
/// the existing group whose first question is most similar to it, when the Jaccard
/// similarity of the two token sets (shared tokens ÷ all distinct tokens) is at least
/// ``threshold``; otherwise it starts a new group. Candidate groups come from an inverted
/// index (token → groups), and a token in more than ``commonTokenLimit`` groups is no
/// longer looked up, so each question reads a bounded number of candidates: the work grows
/// with the number of questions, not with its square, and a wording seen before costs one lookup.
///
/// ```swift
/// var grouper = QuestionGrouper()
/// grouper.add("Tell me about a conflict with a colleague", source: 0)
/// grouper.add("Describe a conflict you had with colleagues", source: 1)
/// grouper.groups.count // 1
/// ```
public struct QuestionGrouper<Source: Hashable & Sendable>: Sendable {
    /// The least Jaccard similarity that makes two questions the same; 0.5 means at least
    /// half of their distinct meaningful words are shared.
    public let threshold: Double
    /// A token found in more groups than this stops being used to find candidates: it says
    /// too little about the question ("work", "team") and would make lookups slow.
    public let commonTokenLimit: Int
    /// The groups so far, in the order they were started.
    public private(set) var groups: [QuestionGroup<Source>] = []
    /// How many tokens each group's first question has: all a similarity needs besides the shared ones.
    private var representativeSizes: [Int] = []
    private var index: [String: [Int]] = [:]
    /// Groups by their first question's tokens, sorted and joined (tokens hold letters and digits only).
    private var exact: [String: Int] = [:]
    /// Scratch counts for ``bestGroup(for:)``, one per group.
    private var scratch: [Int32] = []

    /// A grouper with the given similarity threshold and common-token limit.
    public init(threshold: Double = 0.5, commonTokenLimit: Int = 128) {
        self.threshold = threshold
        self.commonTokenLimit = commonTokenLimit
    }

    /// Adds one occurrence of `question`, asked in `source` (a debrief id, for example).
    public mutating func add(_ question: String, source: Source) {
        let tokens = QuestionTokens.tokens(of: question)
        let key = tokens.sorted().joined(separator: " ")
        var counts = scratch
        scratch = []
        counts.append(contentsOf: repeatElement(0, count: groups.count - counts.count))
        let match = exact[key] ?? bestGroup(for: tokens, counts: &counts)
        scratch = counts
        if let group = match {
            groups[group].add(question, source: source)
            return
        }
        let group = groups.count
        groups.append(QuestionGroup(question, source: source))
        representativeSizes.append(tokens.count)
        exact[key] = group
        for token in tokens {
            index[token, default: []].append(group)
        }
    }

    /// The index in ``groups`` of the group `question` would join, or nil when it would start
    /// its own: the same test as ``add(_:source:)``, without adding. The coach uses it to tell
    /// whether a question listed today came up before.
    public func group(of question: String) -> Int? {
        let tokens = QuestionTokens.tokens(of: question)
        var counts = [Int32](repeating: 0, count: groups.count)
        return exact[tokens.sorted().joined(separator: " ")] ?? bestGroup(for: tokens, counts: &counts)
    }

    /// The most similar group at or above ``threshold``. Shared-token counts go in `counts`, one
    /// per group and zero between lookups: far cheaper than a dictionary per question; `touched`
    /// is where to read them back and clear them.
    private func bestGroup(for tokens: Set<String>, counts scratch: inout [Int32]) -> Int? {
        var touched: [Int] = []
        for token in tokens {
            guard let postings = index[token], postings.count <= commonTokenLimit else { continue }
            for group in postings {
                if scratch[group] == 0 { touched.append(group) }
                scratch[group] += 1
            }
        }
        var best: (group: Int, similarity: Double)?
        for group in touched {
            let common = Int(scratch[group])
            scratch[group] = 0
            let union = tokens.count + representativeSizes[group] - common
            let similarity = Double(common) / Double(union)
            guard similarity >= threshold else { continue }
            if let current = best, (current.similarity, -current.group) >= (similarity, -group) { continue }
            best = (group, similarity)
        }
        return best?.group
    }
}
