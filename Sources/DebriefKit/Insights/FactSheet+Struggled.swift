extension FactSheet {
    /// The hard questions these debriefs noted, grouped when worded differently (``QuestionGrouper``,
    /// Jaccard similarity of at least `threshold`), most frequent first; ties keep the order first seen.
    ///
    /// Shared by the recurring-question insight and the reports that phrase it, so both count alike.
    public func struggledGroups(threshold: Double = 0.5) -> [QuestionGroup<DebriefID>] {
        var grouper = QuestionGrouper<DebriefID>(threshold: threshold)
        for fact in facts {
            for question in fact.struggled {
                grouper.add(question, source: fact.id)
            }
        }
        return grouper.groups.enumerated()
            .sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }
            .map(\.element)
    }
}
