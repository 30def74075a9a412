/// ``StepMap/stageRank(_:)`` with the stage names folded once and each answer's rank
/// remembered: stages repeat, and folding text allocates.
struct StageRanks {
    private let folded: [String]
    private var known: [String: Int?] = [:]

    init(_ stages: [String]) {
        folded = stages.map { $0.lowercased() }
    }

    mutating func rank(_ stage: String?) -> Int? {
        guard let stage else { return nil }
        if let rank = known[stage] { return rank }
        let text = stage.lowercased()
        let rank = folded.firstIndex(of: text) ?? folded.lastIndex { text.contains($0) }
        known[stage] = rank
        return rank
    }
}
