import DebriefKit

/// The insights of a report in the words a person would use after a hard week, and the three
/// worth reading first: something going well, one thing to practise, and the next step.
///
/// The built-in insights (by id) are phrased here from the debriefs themselves; any other
/// insight keeps its provider's title and detail. Every stock sentence is said once
/// (``StockSentences``), in reading order: the first three, then the rest.
struct ReportHighlights {
    /// Why a highlight is shown; its label heads the card.
    enum Kind: Sendable {
        case goingWell, practise, nextStep, noticed

        /// The card's label: the first three speak of one thing each, the rest of one more.
        func label(first: Bool) -> String {
            switch self {
            case .goingWell: first ? "Going well" : "Also going well"
            case .practise: first ? "One thing to practise" : "Worth practising"
            case .nextStep: first ? "Your next step" : "Next"
            case .noticed: "Also noticed"
            }
        }
    }

    /// One insight, phrased.
    struct Highlight: Sendable {
        var kind: Kind
        var title: String
        var detail: String
        /// The debriefs it rests on.
        var evidence: [DebriefID]
        /// Lower is worth reading sooner, within its kind.
        var rank: Int
        /// For one of the five questions: how it reads in a list of them ("preparing in 2 of 9").
        var question: String? = nil
    }

    /// The three to read first, in the order going well, practise, next step.
    var first: [Highlight]
    /// Everything else, in the providers' order.
    var rest: [Highlight]

    init(insights: [Insight], debriefs: [Debrief], series: ReportSeries, steps: StepMap) {
        let phrasing = Phrasing(insights: insights, debriefs: debriefs, series: series, steps: steps)
        var all = insights.map(phrasing.phrase)
        var first: [Highlight] = []
        for kind in [Kind.goingWell, .practise, .nextStep] {
            guard let best = all.indices.filter({ all[$0].kind == kind }).min(by: { all[$0].rank < all[$1].rank }) else { continue }
            first.append(all.remove(at: best))
        }
        while first.count < 3, let next = all.indices.min(by: { all[$0].rank < all[$1].rank }) {
            first.append(all.remove(at: next))
        }
        all = Self.mergingQuestions(all)
        var sentences = StockSentences()
        func said(_ highlight: Highlight) -> Highlight {
            var highlight = highlight
            highlight.detail = sentences.fresh(highlight.detail)
            return highlight
        }
        self.first = first.map(said)
        self.rest = all.map(said)
    }

    /// The five questions not shown first, as one card of those to practise and one of those
    /// that went as hoped, where the first of them was: five cards of "worth a little practice"
    /// would read like a school report.
    private static func mergingQuestions(_ highlights: [Highlight]) -> [Highlight] {
        var out: [Highlight] = []
        var merged: [Kind] = []
        for highlight in highlights {
            let kin = highlights.filter { $0.kind == highlight.kind && $0.question != nil }
            guard highlight.question != nil, kin.count > 1 else {
                out.append(highlight)
                continue
            }
            if !merged.contains(highlight.kind) {
                merged.append(highlight.kind)
                out.append(merge(kin))
            }
        }
        return out
    }

    private static func merge(_ questions: [Highlight]) -> Highlight {
        let listed = questions.sorted { $0.rank < $1.rank }.compactMap(\.question)
        let list = listed.dropLast().joined(separator: ", ") + " and " + listed[listed.count - 1]
        var seen = Set<DebriefID>()
        let evidence = questions.flatMap(\.evidence).filter { seen.insert($0).inserted }
        let rank = questions.map(\.rank).min() ?? 0
        guard questions[0].kind == .practise else {
            return Highlight(kind: questions[0].kind, title: "What went as you hoped, every time",
                             detail: list.prefix(1).uppercased() + list.dropFirst() + ".", evidence: evidence, rank: rank)
        }
        return Highlight(kind: .practise, title: "More to practise, when you're ready",
                         detail: "Partly, or not as you hoped: \(list). None of it is a verdict on you.", evidence: evidence, rank: rank)
    }
}

/// The words for each built-in insight, read from the debriefs rather than from the
/// providers' sentences, so the report can speak warmly and say each thing once.
private struct Phrasing {
    let steps: StepMap
    let feelings: Timeline
    let stages: Timeline
    let plans: PlanBook?
    let tallies: [QuestionTally]
    let struggled: [QuestionGroup<DebriefID>]

    /// Plans and hard questions are read only when an insight speaks of them.
    init(insights: [Insight], debriefs: [Debrief], series: ReportSeries, steps: StepMap) {
        self.steps = steps
        feelings = series.feelings
        stages = series.stages
        tallies = series.tallies
        plans = insights.contains { $0.id == "plans.open" } ? PlanBook(debriefs: debriefs, steps: steps) : nil
        struggled = insights.contains { $0.id.hasPrefix("struggled.") } ? FactSheet(debriefs, steps: steps).struggledGroups() : []
    }

    func phrase(_ insight: Insight) -> ReportHighlights.Highlight {
        let id = insight.id
        var phrased: ReportHighlights.Highlight?
        if id == "progress.stage" {
            phrased = stageProgress()
        } else if id == "feelings.trend" {
            phrased = feelingsTrend()
        } else if id == "plans.open" {
            phrased = openPlans()
        } else if id.hasPrefix("struggled."), let number = Int(id.dropFirst("struggled.".count)) {
            phrased = recurringQuestion(number)
        } else if id.hasPrefix("questions."), id.hasSuffix(".toWorkOn") {
            phrased = question(key: String(id.dropFirst("questions.".count).dropLast(".toWorkOn".count)))
        }
        if id == "fit.notes" {
            phrased = .init(kind: .noticed, title: "How the fit felt", detail: insight.detail, evidence: [], rank: 40)
        }
        var highlight = phrased ?? .init(kind: .noticed, title: insight.title, detail: insight.detail, evidence: [], rank: 50)
        highlight.evidence = insight.debriefIDs
        return highlight
    }

    private func stageProgress() -> ReportHighlights.Highlight? {
        guard let furthest = stages.points.map(\.value).max(), steps.stages.indices.contains(furthest) else { return nil }
        let name = steps.stages[furthest]
        let reached = stages.points.filter { $0.value == furthest }.count
        let times = "\(reached) of \(stages.points.count) \(stages.points.count == 1 ? "interview" : "interviews")"
        guard let trend = ChartSeries(stages).trend else {
            return .init(kind: .goingWell, title: "You got to the \(name)",
                         detail: "As you debrief more interviews, this shows how far each one gets.", evidence: [], rank: 30)
        }
        if trend.later > trend.earlier {
            return .init(kind: .goingWell, title: "You're getting further",
                         detail: "Your recent interviews went further than your first ones. Furthest so far: the \(name).",
                         evidence: [], rank: 0)
        }
        if trend.later == trend.earlier {
            return .init(kind: .goingWell, title: "You keep reaching the \(name)",
                         detail: "You got there in \(times). Getting there steadily is practice for the step after it.",
                         evidence: [], rank: 20)
        }
        return .init(kind: .noticed, title: "You have reached the \(name) before",
                     detail: "Recent interviews ended a little earlier than your first ones. Openings and markets shift; you have shown you can get to the \(name).",
                     evidence: [], rank: 40)
    }

    private func feelingsTrend() -> ReportHighlights.Highlight? {
        guard let last = feelings.points.last else { return nil }
        guard let trend = ChartSeries(feelings).trend else {
            return .init(kind: .noticed, title: "How you felt right after",
                         detail: "You felt \(last.value)/5. Next time, you'll see how it compares.", evidence: [], rank: 45)
        }
        let earlier = Self.tenths(trend.earlier), later = Self.tenths(trend.later)
        if trend.later > trend.earlier {
            return .init(kind: .goingWell, title: "A little lighter lately",
                         detail: "Right after the news you felt \(later)/5 on average lately, up from \(earlier)/5 at first. The debriefs may be helping.",
                         evidence: [], rank: 5)
        }
        if trend.later < trend.earlier {
            return .init(kind: .noticed, title: "It has felt heavier lately",
                         detail: "You felt \(later)/5 on average lately, down from \(earlier)/5 at first. A pause, a walk or a friend can help as much as practice.",
                         evidence: [], rank: 10)
        }
        return .init(kind: .noticed, title: "Your mood after interviews is steady",
                     detail: "About \(later)/5 on average, in your first debriefs and lately alike.", evidence: [], rank: 35)
    }

    private func openPlans() -> ReportHighlights.Highlight? {
        guard let plans, !plans.plans.isEmpty else { return nil }
        let done = plans.plans.count - plans.open.count
        guard let next = plans.open.first else {
            let all = plans.plans.count == 1 ? "Your plan is done." : "All \(plans.plans.count) of your plans are done."
            return .init(kind: .goingWell, title: "Every plan kept", detail: "\(all) Well kept.", evidence: [], rank: 8)
        }
        let text = SelfTalk.replayable(next.text)
        let ended = text.last.map { ".!?".contains($0) } == true
        let tally = done == 0 ? "It is your first plan to try." : "You've kept \(done) of \(plans.plans.count) plans so far."
        return .init(kind: .nextStep, title: "A plan for your next interview", detail: "“\(text)\(ended ? "" : ".")” \(tally)",
                     evidence: [], rank: 0)
    }

    private func recurringQuestion(_ number: Int) -> ReportHighlights.Highlight? {
        let recurring = struggled.filter { $0.count >= 2 }
        guard recurring.indices.contains(number - 1) else { return nil }
        let group = recurring[number - 1]
        let also = group.wordings.dropFirst().first.map { " Also asked as “\($0)”" + ($0.last.map { ".!?".contains($0) } == true ? "" : ".") } ?? ""
        return .init(kind: .practise, title: "“\(group.representative)” keeps coming up",
                     detail: "It came up \(group.count) times. It is in your practice deck, so you can walk in with an answer ready.\(also)",
                     evidence: [], rank: number)
    }

    private func question(key: String) -> ReportHighlights.Highlight? {
        guard let tally = tallies.first(where: { $0.question.key == key }), tally.answered > 0 else { return nil }
        let name = Self.activity[key] ?? tally.question.topic
        let of = "\(tally.answered) \(tally.answered == 1 ? "interview" : "interviews")"
        let lower = name.prefix(1).lowercased() + name.dropFirst()
        guard tally.toWorkOn > 0 else {
            return .init(kind: .goingWell, title: "\(name) went as you hoped",
                         detail: "\(name) went the way you wanted in all \(of) where you answered it.", evidence: [], rank: 15,
                         question: "\(lower) (\(of))")
        }
        let share = Double(tally.toWorkOn) / Double(tally.answered)
        return .init(kind: .practise, title: "\(name) is worth a little practice",
                     detail: "\(name) went only partly, or not as you hoped, in \(tally.toWorkOn) of \(of). It is something to practise, not a verdict on you.",
                     evidence: [], rank: 10 + Int((1 - share) * 100), question: "\(lower) in \(tally.toWorkOn) of \(tally.answered)")
    }

    /// One decimal, without locale: 2.5.
    private static func tenths(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// The built-in questions as things a person does.
    private static let activity = [
        "prepared": "Preparing",
        "research": "Researching the company",
        "why": "Saying why you wanted the job",
        "questions": "Answering questions your way",
        "examples": "Giving examples that land",
    ]
}
