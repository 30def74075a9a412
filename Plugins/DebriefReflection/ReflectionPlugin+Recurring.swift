import DebriefKit

// Questions that keep coming back: when a hard question listed today was hard in earlier
// debriefs too, the coach says so once and offers to work on it now.
extension ReflectionPlugin {
    static let struggledList = DebriefSteps.Reflect.struggledList

    /// Said and asked right after the hard questions are listed.
    static let returningSteps: [Step] = [
        Say("reflect.returning", Wording { recurringNote(in: $0.debrief, history: $0.history) })
            .when(.returningQuestion(in: struggledList)),
        Ask(DebriefSteps.Reflect.returningOffer, Wording { recurringOffer(in: $0.debrief, history: $0.history) },
            .choice(recurringChoices))
            .when(.returningQuestion(in: struggledList))
            .reacting(recurringReply),
    ]

    /// The answers to `reflect.returning.offer`: the STAR chapter opens for the first.
    static let recurringChoices = ["star example", "practice first", "not now"]

    /// Today's hard question that came up most often before (the first listed on a tie), with
    /// how many times it has been hard now, this time included.
    static func returning(in debrief: Debrief, history: DebriefHistory) -> (question: String, times: Int)? {
        guard case .list(let items)? = debrief[struggledList] else { return nil }
        let counted = items.map { (question: $0, times: history.timesHard($0) + 1) }
        guard let best = counted.max(by: { $0.times < $1.times }), best.times > 1 else { return nil }
        return counted.first { $0.times == best.times }
    }

    static func recurringNote(in debrief: Debrief, history: DebriefHistory) -> String {
        guard let (question, times) = returning(in: debrief, history: history) else { return "" }
        return "“\(question)”: this is the \(ordinal(times)) time a question like this was hard. That's worth knowing — it comes up for you, so one answer ready in advance will carry into every interview that asks it."
    }

    static func recurringOffer(in debrief: Debrief, history: DebriefHistory) -> String {
        let question = returning(in: debrief, history: history)?.question ?? ""
        let improve = history.lastSTARQuestion.map { last in
            var grouper = QuestionGrouper<Int>()
            grouper.add(last, source: 0)
            return grouper.group(of: question) != nil
        } ?? false
        let star = improve ? "improve the STAR example you started for it" : "build a STAR example for it"
        return "Would you like to work on it? 1 \(star) now, 2 put it at the front of your practice deck, 3 not now."
    }

    static let recurringReply = Reaction(id: DebriefSteps.Reflect.returningOffer) { input in
        switch input.value {
        case .choice("star example"): "Good — we'll build it after the last question of this part. When it asks which question, pick this one."
        case .choice("practice first"): "Done: `debrief practice` will ask it first."
        default: nil
        }
    }

    static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    /// "third"; past ten, "11th", "21st".
    static func ordinal(_ n: Int) -> String {
        if ordinals.indices.contains(n - 1) { return ordinals[n - 1] }
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }
}
