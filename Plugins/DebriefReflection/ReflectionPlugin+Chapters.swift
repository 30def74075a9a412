import DebriefKit

// The chapters, in conversation order. Coach lines are our own words on the article's ideas.
extension ReflectionPlugin {
    static let acknowledge = Chapter("ack", title: "Welcome") {
        Say("ack.welcome", "I'm sorry this one didn't work out. It's disappointing — more so when you really wanted it. Let's spend about fifteen minutes — around thirty short questions — turning it into something useful for next time. Your answers are saved as you go: /skip leaves a question, /pause stops for now, /help shows the rest.")
    }

    static let context = Chapter("context", title: "The interview") {
        Ask(DebriefSteps.Context.company, "Which company was the interview with?", .text(maxLength: 200, naming: "the company's name")).records(.company).withoutSelfTalk()
        Ask(DebriefSteps.Context.role, "What was the role?", .text(maxLength: 200, naming: "the role's title")).records(.role).withoutSelfTalk()
        Ask(DebriefSteps.Context.date, "When was your last interview with them?", .date(.past)).records(.date)
        Ask(DebriefSteps.Context.stage, "How far did you get? 1 phone screen, 2 first interview, 3 second interview, 4 final round, 5 task or assessment — or describe it.",
            .choice(stages, allowsOther: true)).records(.stage)
        Ask(DebriefSteps.Context.outcome, "How did the news come? 1 rejected, 2 no reply, 3 role closed, 4 withdrew.", .choice(outcomes, synonyms: outcomeWords)).records(.outcome)
    }

    static let stages = ["phone screen", "first interview", "second interview", "final round", "task or assessment"]
    static let outcomes = ["rejected", "no reply", "role closed", "withdrew"]
    /// How people say each outcome in their own words ("they ghosted me", "I pulled out").
    static let outcomeWords = [
        "rejected": ["rejection", "reject", "rejecting", "turned down", "turned me down", "said no", "not selected", "unsuccessful",
                     "didn't get it", "did not get it", "went with someone else", "another candidate"],
        "no reply": ["ghosted", "no response", "no answer", "no news", "never heard", "haven't heard", "have not heard",
                     "didn't hear", "heard nothing", "silence", "no word", "still waiting", "waiting"],
        "role closed": ["closed", "cancelled", "canceled", "hiring freeze", "filled internally", "on hold", "no longer open"],
        "withdrew": ["withdraw", "withdrawn", "pulled out", "dropped out", "backed out", "stepped back", "took another offer",
                     "accepted another offer"],
    ]

    static let feelings = Chapter("feelings", title: "How you're feeling") {
        Ask(DebriefSteps.Feelings.now, "How are you feeling about it right now, from 1 (very low) to 5 (fine)?", .scale(low: "very low", high: "fine"))
        Say("feelings.reframe", "That's a hard place to be, and it makes sense. A few things worth holding on to: an interview runs both ways — they were checking the fit, and so were you. A no says the fit wasn't right this time; it is not a verdict on you. For almost every opening, most people who apply don't get it, so you are far from alone in this.")
            .when(lowMood)
        Say("feelings.note", "One thing worth keeping in view, whatever the mood: a no from one company is not a verdict on you. For almost every opening, most people who apply don't get it — you're far from alone in this.")
            .when(.not(lowMood))
        Ask("feelings.friend", "If a friend told you this had just happened to them, what would you say to them?", .text())
            .when(lowMood)
            .reacting(mirror)
            .labelled("What you'd tell a friend")
        Say("feelings.pause", "There's no rush. If today isn't the day for the rest, type /pause — everything is saved, and tomorrow you'll pick up right here. Otherwise, let's carry on.")
            .when(lowMood)
    }

    static let lowMood = Condition.answer(DebriefSteps.Feelings.now, lessThan: 3)

    /// Turns the kind words for a friend back towards the person. When the answer holds a
    /// self-verdict the engine answers that instead, and step reactions stay quiet.
    static let mirror = Reaction(id: "feelings.mirror") { _ in
        "Try reading that back as if a friend had written it to you. It's just as true for you."
    }

    static let reflect = Chapter("reflect", title: "Looking back", version: 2) {
        Say("reflect.intro", "Now the useful part: five questions about the interview. The aim is to learn something for next time, not to go over it again and again — yes, partly and no are all fine answers.")
        Ask(DebriefSteps.Reflect.prepared, "Did you prepare as much as you wanted to?", .yesPartlyNo)
        Ask(DebriefSteps.Reflect.preparedGaps, "What was missing from your preparation? List the gaps — separate them with ; or put one per line.", .list())
            .when(notYes(DebriefSteps.Reflect.prepared))
            .labelled("Gaps in preparation")
        Ask(DebriefSteps.Reflect.research, "Did you research {company|the company} as much as you'd have liked?", .yesPartlyNo)
        Ask(DebriefSteps.Reflect.researchHelped, "What would have helped you know {company|them} better? A person to talk to, their reports, trying their product…", .text())
            .when(notYes(DebriefSteps.Reflect.research))
            .labelled("What would have helped the research")
        Ask(DebriefSteps.Reflect.why, "Were you clear — in your head and in the room — about why you wanted this job?", .yesPartlyNo)
        Ask(DebriefSteps.Reflect.whyDraft, "Let's draft it now: two sentences on why you want a role like {role|this one} — what draws you to the work, and what you'd bring to it.", .text())
            .when(notYes(DebriefSteps.Reflect.why))
            .labelled("Why this role, in two sentences")
        Ask(DebriefSteps.Reflect.questions, "Did you answer their questions the way you wanted to?", .yesPartlyNo)
        Ask(DebriefSteps.Reflect.struggledList, "Which questions were hard? Write them as you remember them — separate with ; or one per line.", .list())
            .when(notYes(DebriefSteps.Reflect.questions))
        returningSteps
        Ask(DebriefSteps.Reflect.struggledNow, "How would you answer “{item}” now? A few sentences are enough.", .text())
            .forEach(DebriefSteps.Reflect.struggledList).when(notYes(DebriefSteps.Reflect.questions))
        Ask(DebriefSteps.Reflect.struggledBehavioural, "Was “{item}” a behavioural question — one that asks about a time you did something?",
            .yesPartlyNo(yes: ["behavioural", "behavioral", "it was behavioural", "it was behavioral"],
                         no: ["technical", "it was technical", "a technical one", "hypothetical"]))
            .forEach(DebriefSteps.Reflect.struggledList).when(notYes(DebriefSteps.Reflect.questions))
            .labelled("Behavioural question: “{item}”")
        Ask(DebriefSteps.Reflect.examples, "When they asked for examples from your past, did your stories land the way you wanted?", .yesPartlyNo)
            .help("If not, the next chapter helps you shape one example in the STAR form: situation, task, action, result.")
    }

    /// The follow-up rule of the five questions: asked when the answer is partly or no (not when skipped).
    static func notYes(_ stepID: String) -> Condition {
        .answer(stepID, isNot: "yes")
    }

    static let wins = Chapter("wins", title: "What went well") {
        Ask(DebriefSteps.Wins.list, "What went well? Name at least one thing — a question you handled, something you learned about them, getting this far. Separate several with ;.", WinsPrompt())
            
        Say("wins.both", "Remember that an interview runs both ways: they were checking the fit, and so were you.")
            .when(.not(lowMood))
        Ask(DebriefSteps.Wins.fit, "Do you still want this kind of role? 1 (not really) to 5 (very much).", .scale(low: "not really", high: "very much"))
            .reacting(.when(.answer(DebriefSteps.Wins.fit, lessThan: 3), id: "wins.fit.low",
                            say: "That's worth knowing. Interviews show you what you don't want as well as what you do."))
        Ask(DebriefSteps.Wins.fitNote, "Anything you noticed about the fit — the team, the work, the pace? Press Enter to leave it.",
            .text(optional: true, maxLength: 1000))
            
    }

    static let move = Chapter("move", title: "Moving forward") {
        Say("move.intro", "Last part: one or two plans for next time. Plans that stick name the moment and the move: “next time, if …, I will …”.")
        Ask(DebriefSteps.Move.plan, "Your first plan — next time, if …, I will …", IfThenPrompt())
        Ask(DebriefSteps.Move.planDate, "By when will you have done it or tried it? (e.g. “next friday”, “in 2 weeks”)", .date(.future))
            .when(.answered(DebriefSteps.Move.plan))
        Ask(DebriefSteps.Move.plan2, "A second plan, if you have one — or press Enter to keep it to one.", IfThenPrompt(isOptional: true))
            .when(.answered(DebriefSteps.Move.plan))
        Ask(DebriefSteps.Move.plan2Date, "And by when for that one?", .date(.future))
            .when(.answered(DebriefSteps.Move.plan2))
        Ask(DebriefSteps.Move.feedback, "Would you like a short, polite email to ask {company|them} what you could strengthen? (yes or no)", .yesPartlyNo)
            .when(.not(noReply))
        Ask(DebriefSteps.Move.feedbackTo, "Who should it go to? A name, or press Enter for a general greeting.", .text(optional: true, maxLength: 200))
            .when(wantsEmail).withoutSelfTalk()
        Ask(DebriefSteps.Move.feedbackMoment, "Is there one moment from the interview worth mentioning — a question you enjoyed, something you learned about the team? Press Enter to leave it out.",
            .text(optional: true, maxLength: 300))
            .when(wantsEmail)
        Say("move.followup", Wording { followUpAdvice(role: $0.debrief.interview.role, id: $0.debrief.id) })
            .when(noReply)
        Say("move.summary", Wording { ReflectionSummary($0.debrief, flow: $0.flow).text })
        progress
        Say("move.close", "That's the debrief — thank you for taking the time. Each interview is practice for the one that says yes: you're a step closer than you were, and there are more openings ahead. Keep applying.")
    }

    static let noReply = Condition.answer(DebriefSteps.Context.outcome, is: "no reply")

    /// What to do after no reply, naming "the Backend Engineer role" (or "the role") and the
    /// command that drafts the email.
    static func followUpAdvice(role: String?, id: DebriefID) -> String {
        let role = role.map { "the \($0) role" } ?? "the role"
        return "Since you haven't heard back: one short, friendly follow-up is fine — about a week after the date they gave, or two weeks after the interview — asking the recruiter whether there's news on \(role) (`debrief email \(id.short)` drafts it for you). After that, let it rest and put the energy into your next application."
    }

    /// A feedback email is drafted when the news came and the person said yes (or partly).
    static let wantsEmail = Condition.all([.not(noReply), .answer(DebriefSteps.Move.feedback, in: ["yes", "partly"])])
}
