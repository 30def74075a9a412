import DebriefKit
import Foundation

/// Nine finished debriefs over three months, as someone might have them: two interviews on the
/// same day (one got further than the other), a hard question that keeps coming back, plans
/// done and open, and a company name with an ampersand. Imported into a real store for the
/// HTML report's browser check.
enum ReportStore {
    struct Row {
        var company: String
        var role: String
        var day: String
        var stage: String
        var feeling: Int
        var answers: [YesPartlyNo]
        var struggled: [String]
        var plan: String
        var planDone: Bool
    }

    static let rows: [Row] = [
        Row(company: "Northwind", role: "UX Designer", day: "2026-09-02", stage: "phone screen", feeling: 2,
            answers: [.partly, .no, .yes, .partly, .no], struggled: ["Tell me about a conflict with a colleague"],
            plan: "If they ask about conflict, I will tell the launch story", planDone: true),
        Row(company: "Globex", role: "Product Designer", day: "2026-09-16", stage: "first interview", feeling: 2,
            answers: [.yes, .partly, .yes, .yes, .partly], struggled: ["What is your biggest weakness?"],
            plan: "If I blank on a question, I will ask for a moment", planDone: true),
        Row(company: "Initech", role: "Designer", day: "2026-09-30", stage: "phone screen", feeling: 1,
            answers: [.partly, .no, .yes, .no, .no], struggled: ["Describe a conflict you had with a colleague."],
            plan: "If they ask about salary, I will give my researched range", planDone: false),
        Row(company: "Umbrella", role: "Senior Designer", day: "2026-10-14", stage: "task or assessment", feeling: 3,
            answers: [.yes, .yes, .yes, .partly, .yes], struggled: [],
            plan: "If the task is vague, I will ask what good looks like", planDone: true),
        Row(company: "Hooli", role: "Product Designer", day: "2026-10-28", stage: "first interview", feeling: 3,
            answers: [.yes, .partly, .yes, .yes, .yes], struggled: ["Tell me about a time you had conflicts with colleagues?"],
            plan: "If I am nervous at the start, I will slow my first answer down", planDone: false),
        Row(company: "Stark Industries", role: "Interaction Designer", day: "2026-10-28", stage: "second interview", feeling: 4,
            answers: [.yes, .yes, .yes, .yes, .partly], struggled: [],
            plan: "If they ask why this company, I will name their onboarding research", planDone: false),
        Row(company: "Wayne Enterprises", role: "Product Designer", day: "2026-11-10", stage: "second interview", feeling: 3,
            answers: [.yes, .yes, .partly, .yes, .yes], struggled: ["How do you handle disagreement with engineers?"],
            plan: "If they ask about metrics, I will bring the checkout numbers", planDone: false),
        Row(company: "Soylent", role: "Lead Designer", day: "2026-11-17", stage: "task or assessment", feeling: 4,
            answers: [.yes, .yes, .yes, .partly, .yes], struggled: [],
            plan: "If the brief changes, I will restate it before I start", planDone: false),
        Row(company: "Acme & Co", role: "Product Designer", day: "2026-11-24", stage: "final round", feeling: 4,
            answers: [.yes, .yes, .yes, .yes, .yes], struggled: [],
            plan: "If they ask about leadership, I will tell the workshop story", planDone: false),
    ]

    static let questions = ["reflect.prepared", "reflect.research", "reflect.why", "reflect.questions", "reflect.examples"]

    static func debriefs() -> [Debrief] {
        rows.enumerated().map { offset, row in
            let day = DayDate(iso: row.day)!
            // Debriefed at noon the day after the interview.
            let created = Date(timeIntervalSince1970: Double(DayDate(year: 1970, month: 1, day: 1)!.days(to: day) + 1) * 86_400 + 43_200 + Double(offset))
            var debrief = Debrief(id: .random(), createdAt: created,
                                  interview: Interview(company: row.company, role: row.role, date: day, stage: row.stage, outcome: "rejected"))
            var answers: [(String, AnswerValue)] = [
                ("context.company", .text(row.company)), ("context.role", .text(row.role)), ("context.date", .date(day)),
                ("context.stage", .choice(row.stage)), ("context.outcome", .choice("rejected")), ("feelings.now", .scale(row.feeling)),
            ]
            answers += zip(questions, row.answers).map { ($0, .yesPartlyNo($1)) }
            if !row.struggled.isEmpty { answers.append(("reflect.struggled.list", .list(row.struggled))) }
            answers += [("wins.list", .list(["Kept calm in the portfolio review"])), ("wins.fit", .scale(offset == 2 ? 2 : 4)),
                        ("move.plan", .text(row.plan)), ("move.plan.date", .date(day.adding(days: 14)))]
            if row.planDone { answers.append(("move.plan.done#1", .date(day.adding(days: 10)))) }
            for (index, (key, value)) in answers.enumerated() {
                let step = StepKey(rawValue: key)
                debrief.answers[step] = Answer(value: value, raw: value.display, answeredAt: created.addingTimeInterval(Double(index)))
                debrief.trail.append(step)
            }
            debrief.status = .completed(at: created.addingTimeInterval(600))
            debrief.updatedAt = created.addingTimeInterval(600)
            return debrief
        }
    }
}
