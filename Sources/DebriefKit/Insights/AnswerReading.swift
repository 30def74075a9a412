public import Foundation

/// A debrief, or the facts a store keeps of one (``DebriefKit/DebriefFacts``): whatever
/// insights, plans and the practice deck read answers from.
///
/// The readers below are written once for both, so a summary over a store's facts reads
/// exactly what it reads over the debriefs themselves.
public protocol AnswerReading {
    /// The debrief.
    var id: DebriefID { get }
    /// When it was started.
    var createdAt: Date { get }
    /// What it is about.
    var interview: Interview { get }
    /// The answer at `key`, when there is one (and it was read).
    func answerValue(at key: StepKey) -> AnswerValue?
    /// Every STAR answer (that was read), in any order.
    var starAnswers: [(key: StepKey, star: STARAnswer)] { get }
}

extension Debrief: AnswerReading {
    public func answerValue(at key: StepKey) -> AnswerValue? { answers[key]?.value }

    public var starAnswers: [(key: StepKey, star: STARAnswer)] {
        answers.compactMap { key, answer in if case .star(let star) = answer.value { (key, star) } else { nil } }
    }
}

extension DebriefFacts: AnswerReading {
    public func answerValue(at key: StepKey) -> AnswerValue? { answers[key] }

    public var starAnswers: [(key: StepKey, star: STARAnswer)] {
        answers.compactMap { key, value in if case .star(let star) = value { (key, star) } else { nil } }
    }
}

extension AnswerReading {
    /// The day the interview took place, or the day the debrief was started when no date was given.
    ///
    /// Charts and trends order debriefs by this day, so a debrief written a week late still
    /// lands where the interview happened.
    public var day: DayDate {
        interview.date ?? DayDate(utc: createdAt)
    }

    /// The yes/partly/no answer to `stepID`, or nil when it is missing, skipped or of another type.
    public func yesPartlyNo(_ stepID: String) -> YesPartlyNo? {
        if case .yesPartlyNo(let value)? = answerValue(at: StepKey(stepID)) { value } else { nil }
    }

    /// The 1-5 answer to `stepID`, or nil.
    public func scale(_ stepID: String) -> Int? {
        if case .scale(let value)? = answerValue(at: StepKey(stepID)) { value } else { nil }
    }

    /// The items of a list answer, or a text answer as one item; empty when missing or skipped.
    public func items(_ stepID: String) -> [String] {
        switch answerValue(at: StepKey(stepID)) {
        case .list(let items)?: items.filter { !$0.isEmpty }
        case .text(let text)? where !text.isEmpty: [text]
        default: []
        }
    }

    /// The text of a free-text (or choice) answer at `key`, or nil when missing, skipped or empty.
    public func text(_ key: StepKey) -> String? {
        switch answerValue(at: key) {
        case .text(let text)?, .choice(let text)?: text.isEmpty ? nil : text
        default: nil
        }
    }

    /// The date answer at `key`, or nil.
    public func date(_ key: StepKey) -> DayDate? {
        if case .date(let day)? = answerValue(at: key) { day } else { nil }
    }

    /// The STAR examples, in key order: ``StepMap/starExample`` with its revisions folded
    /// in (the highest-numbered revision is the latest), and every other STAR answer alone.
    public func starExamples(steps: StepMap) -> [STARExample] {
        var examples: [STARExample] = []
        var latestRevision: (round: Int, key: StepKey, star: STARAnswer)?
        for (key, star) in starAnswers {
            if key.stepID.hasPrefix(steps.starRevisionPrefix), let round = Int(key.stepID.dropFirst(steps.starRevisionPrefix.count)) {
                if round > latestRevision?.round ?? 0 { latestRevision = (round, key, star) }
            } else {
                examples.append(STARExample(key: key, first: star, latest: star, latestKey: nil))
            }
        }
        examples.sort { $0.key < $1.key }
        if let revision = latestRevision {
            if let index = examples.firstIndex(where: { $0.key == StepKey(steps.starExample) }) {
                examples[index].latest = revision.star
                examples[index].latestKey = revision.key
            } else {
                examples.append(STARExample(key: revision.key, first: revision.star, latest: revision.star, latestKey: nil))
            }
        }
        return examples
    }
}

extension Collection where Element: AnswerReading {
    /// Oldest interview first; ties by creation time, then id, so the order is stable.
    ///
    /// Returns the elements as they are when they are already in order (one linear check),
    /// so providers that each ask for this order pay for one sort between them.
    public func chronological() -> [Element] {
        let all = Array(self)
        // Keys are computed once: `day` may need a calendar, far too slow inside a comparator.
        let keys = all.map { (day: $0.day, created: $0.createdAt) }
        func before(_ a: Int, _ b: Int) -> Bool {
            if keys[a].day != keys[b].day { return keys[a].day < keys[b].day }
            if keys[a].created != keys[b].created { return keys[a].created < keys[b].created }
            return all[a].id < all[b].id
        }
        if all.indices.dropFirst().allSatisfy({ !before($0, $0 - 1) }) { return all }
        return all.indices.sorted(by: before).map { all[$0] }
    }
}
