/// The progress counter (`[4/28]`): honest from the first question to the last.
///
/// The total counts the questions that apply now, and also the direct follow-ups that may
/// still open: a step whose condition reads an answer not given yet, to a question that
/// applies now (a yes/partly/no's follow-up, a plan's date), counted once even if it repeats
/// per list item. So the total starts near a typical run's length instead of growing by a
/// third as branches open, and shrinks a little when one closes. A prompt of several parts
/// (a STAR example: situation, task, action, result) counts each part, so the counter moves
/// as they are typed.
extension Conversation {
    /// The 1-based position of `cursor` and the expected number of answers, parts included.
    func progress(at cursor: Cursor, in d: Debrief) -> (position: Int, total: Int) {
        let expected = expectedQuestions(in: d)
        let position = order(cursor.step)
        let before = expected.filter { order($0) < position }.reduce(0) { $0 + parts(of: $1) }
        let here = min(cursor.draft.count, parts(of: cursor.step) - 1) + 1
        let total = expected.reduce(0) { $0 + parts(of: $1) }
        return (before + here, max(before + here, total))
    }

    /// The questions that apply now, with the direct follow-ups that may still open, in flow order.
    func expectedQuestions(in d: Debrief) -> [StepKey] {
        let applicable = sequence(in: d).filter { flow.step($0.stepID)?.asks == true }
        let applicableIDs = Set(applicable.map(\.stepID))
        let pending = flow.entries.map(\.step).filter { step in
            guard step.asks, !applicableIDs.contains(step.id) else { return false }
            let reads = (step.condition?.stepIDs ?? []) + (step.repeatsOver.map { [$0] } ?? [])
            let open = reads.filter { d.answers[StepKey(rawValue: $0)] == nil }
            // Any open read that will be asked may open it: `.any` conditions (a chapter
            // reached two ways) count as soon as one way applies.
            return open.contains(where: applicableIDs.contains)
        }
        let keys = applicable + pending.map { StepKey($0.id, item: $0.repeatsOver == nil ? nil : 1) }
        return keys.sorted { order($0) < order($1) }
    }

    private func parts(of key: StepKey) -> Int {
        max(1, flow.step(key.stepID)?.prompt?.parts ?? 1)
    }
}
