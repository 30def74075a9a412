public import DebriefKit
import Foundation

/// Generates completed debriefs with known, documented patterns: for tests of insights and
/// for benchmarks at 10,000 or 100,000 debriefs.
///
/// Debrief `i` (from 0) has id `000000-sample` with i in the first six digits (so short ids
/// differ), an interview 7·i days after `start`, completed the next day, and:
///
/// | Answer | Pattern |
/// | --- | --- |
/// | `reflect.prepared` | yes when i is even, otherwise partly |
/// | `reflect.research` | no when i % 3 == 0, partly when i % 3 == 1, otherwise yes |
/// | `reflect.why` | yes |
/// | `reflect.questions` | no when i % 4 == 0, otherwise yes |
/// | `reflect.examples` | skipped when i % 5 == 0, otherwise yes |
/// | `reflect.struggled.list` | when i % 4 == 0: one of three wordings of a conflict question (i / 4 % 3), plus "What is your biggest weakness?" when i % 8 == 0 |
/// | `feelings.now` | i % 5 + 1 |
/// | stage | `StepMap.default.stages[1 + i % 4]` (phone screen, first interview, task or assessment, second interview) |
/// | `wins.fit` | 2 when i % 6 == 0, otherwise 4 |
/// | `move.plan`, `move.plan.date` | one plan, dated 14 days after the interview, marked done (`move.plan.done#1`) when i is even |
/// | a STAR answer (`star.example`) | when i % 10 == 0 |
///
/// ```swift
/// let insights = Insights.compute(from: SampleDebriefs.make(count: 100_000))
/// ```
public enum SampleDebriefs {
    /// The three wordings of the recurring conflict question.
    public static let conflictWordings = [
        "Tell me about a conflict with a colleague",
        "Describe a conflict you had with a colleague.",
        "Tell me about a time you had conflicts with colleagues?",
    ]

    /// `count` debriefs following the documented patterns.
    public static func make(count: Int, start: DayDate = DayDate(year: 2024, month: 1, day: 1)!) -> [Debrief] {
        (0..<max(0, count)).map { debrief($0, start: start) }
    }

    /// Debrief number `i`.
    public static func debrief(_ i: Int, start: DayDate) -> Debrief {
        let day = start.adding(days: 7 * i)
        // Noon UTC on the day after the interview.
        let created = Date(timeIntervalSince1970: Double(DayDate(year: 1970, month: 1, day: 1)!.days(to: day) + 1) * 86_400 + 43_200)
        let digits = String(i)
        let id = DebriefID(rawValue: String(repeating: "0", count: max(0, 6 - digits.count)) + digits + "-sample")
        var debrief = Debrief(id: id, createdAt: created,
                              interview: Interview(company: "Company \(i % 7)", role: "Role \(i % 3)", date: day,
                                                   stage: StepMap.default.stages[1 + i % 4], outcome: "rejected"))
        var answers: [(String, AnswerValue)] = [
            (DebriefSteps.Reflect.prepared, .yesPartlyNo(i.isMultiple(of: 2) ? .yes : .partly)),
            (DebriefSteps.Reflect.research, .yesPartlyNo([.no, .partly, .yes][i % 3])),
            (DebriefSteps.Reflect.why, .yesPartlyNo(.yes)),
            (DebriefSteps.Reflect.questions, .yesPartlyNo(i.isMultiple(of: 4) ? .no : .yes)),
            (DebriefSteps.Reflect.examples, i.isMultiple(of: 5) ? .skipped : .yesPartlyNo(.yes)),
            (DebriefSteps.Feelings.now, .scale(i % 5 + 1)),
            (DebriefSteps.Wins.fit, .scale(i.isMultiple(of: 6) ? 2 : 4)),
            (DebriefSteps.Move.plan, .text("If they ask about conflict, I will tell the launch story")),
            (DebriefSteps.Move.planDate, .date(day.adding(days: 14))),
        ]
        if i.isMultiple(of: 4) {
            var struggled = [conflictWordings[i / 4 % 3]]
            if i.isMultiple(of: 8) { struggled.append("What is your biggest weakness?") }
            answers.append((DebriefSteps.Reflect.struggledList, .list(struggled)))
            answers.append((StepKey(DebriefSteps.Reflect.struggledNow, item: 1).rawValue, .text("I would describe how we agreed on a plan.")))
        }
        if i.isMultiple(of: 2) { answers.append((StepKey(DebriefSteps.Move.planDone, item: 1).rawValue, .date(day.adding(days: 10)))) }
        if i.isMultiple(of: 10) {
            answers.append((DebriefSteps.STAR.example, .star(STARAnswer(situation: "A launch slipped", task: "Own the recovery",
                                                              action: "I re-planned the work", result: "Shipped two weeks later"))))
        }
        for (key, value) in answers {
            debrief.answers[StepKey(rawValue: key)] = Answer(value: value, raw: value.display, answeredAt: created)
            debrief.trail.append(StepKey(rawValue: key))
        }
        debrief.status = .completed(at: created)
        return debrief
    }
}
