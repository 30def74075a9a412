import DebriefInsights
import DebriefKit
import DebriefTesting
import Foundation

/// The fixed debriefs and clock of the reporter tests: the same bytes on every run.
enum Samples {
    static let clock = FixedClock()
    static var now: Date { clock.now() }
    static let interviewDay = DayDate(year: 2026, month: 11, day: 24)!

    /// One completed debrief touching every section, plus an answer the step map does not know.
    static func debrief(company: String = "Acme & Co", role: String = "Product Designer",
                        extra: [String: AnswerValue] = [:]) -> Debrief {
        var debrief = Debrief(id: DebriefID(rawValue: "3f2a9c1e-sample"), createdAt: now,
                              interview: Interview(company: company, role: role, date: interviewDay, stage: "final round", outcome: "rejected"))
        var answers: [(String, AnswerValue)] = [
            ("context.company", .text(company)),
            ("context.role", .text(role)),
            ("context.date", .date(interviewDay)),
            ("context.stage", .choice("final round")),
            ("context.outcome", .choice("rejected")),
            ("feelings.now", .scale(2)),
            ("reflect.prepared", .yesPartlyNo(.partly)),
            ("reflect.prepared.gaps", .text("Pricing questions, and the case study's numbers")),
            ("reflect.research", .yesPartlyNo(.no)),
            ("reflect.why", .yesPartlyNo(.yes)),
            ("reflect.questions", .yesPartlyNo(.partly)),
            ("reflect.struggled.list", .list(["Tell me about a conflict", "Why do you want to work here?"])),
            ("reflect.struggled.now#1", .text("I'd tell the launch story: we disagreed, I listened first,\nthen we agreed a plan.")),
            ("reflect.struggled.now#2", .skipped),
            ("reflect.examples", .yesPartlyNo(.no)),
            ("star.question", .text("Tell me about a time you led without authority")),
            ("star.example", .star(STARAnswer(situation: "Our launch slipped by a month", task: "Get design and engineering aligned",
                                              action: "I ran three short workshops and wrote the decision log",
                                              result: "We shipped"))),
            ("star.next.1", .choice("result")),
            ("star.revise.1", .star(STARAnswer(situation: "Our launch slipped by a month", task: "Get design and engineering aligned",
                                               action: "I ran three short workshops and wrote the decision log",
                                               result: "We shipped 2 weeks later with 30% fewer bugs"))),
            ("wins.list", .list(["Clear portfolio walkthrough", "Good rapport with the panel"])),
            ("wins.fit", .scale(4)),
            ("wins.fit.note", .text("I still want design roles with research time")),
            ("move.plan", .text("If they ask about salary, I will give my researched range")),
            ("move.plan.date", .date(DayDate(year: 2026, month: 12, day: 5)!)),
            ("move.plan2", .text("If I blank on a question, I will ask for a moment")),
            ("move.plan.done#2", .date(DayDate(year: 2026, month: 11, day: 25)!)),
            ("move.feedback", .yesPartlyNo(.yes)),
            ("move.feedback.to", .text("Dana")),
            ("move.feedback.moment", .text("we sketched the onboarding flow together")),
            ("custom.energy", .choice("tired but hopeful")),
        ]
        answers += extra.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        for (offset, (key, value)) in answers.enumerated() {
            let stepKey = StepKey(rawValue: key)
            debrief.answers[stepKey] = Answer(value: value, raw: value.display, answeredAt: now.addingTimeInterval(Double(offset)))
            debrief.trail.append(stepKey)
        }
        debrief.status = .completed(at: now)
        debrief.updatedAt = now
        return debrief
    }

    /// The sample plus three generated debriefs, with their insights: a `report`.
    static func manyReport() -> Report {
        let debriefs = [debrief()] + SampleDebriefs.make(count: 3, start: DayDate(year: 2026, month: 9, day: 1)!)
        return Report(debriefs: debriefs, insights: Insights.compute(from: debriefs), generatedAt: now)
    }

    /// The sample alone: a `show`.
    static func singleReport() -> Report {
        Report(debriefs: [debrief()], generatedAt: now)
    }
}
