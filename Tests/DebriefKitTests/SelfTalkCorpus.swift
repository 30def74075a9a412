/// Sentences written for this project, labelled by hand: true for a self-verdict, false for
/// ordinary reflection. Both sides use the same risky words (always, never, nobody, everyone,
/// nothing, fault, useless), so the corpus tests the rules, not a word list.
enum SelfTalkCorpus {
    static let verdicts: [String] = [
        // Labels
        "I'm useless.", "partly, I'm useless at interviews", "I am such an idiot.", "What a failure I am.",
        "I'm a complete fraud and they saw it.", "I am very bad person for interviews", "I'm pathetic at this.",
        "Honestly I'm just stupid.", "I feel like such a loser.", "I'm worthless when it comes to interviews.",
        "no, I'm hopeless at interviews", "I'm not good enough for a job like this.", "I am loser.",
        "I'm the worst candidate they saw.", "I'm so dumb.", "I feel stupid.", "I am incompetent.",
        "I really am a terrible candidate.", "I'm bad at interviewing.", "Such an idiot.", "I'm an impostor.",
        "I suck at interviews.", "I hate myself for this.", "I'm terrible at everything.", "I am failure in interviews",
        "kinda, I'm rubbish at this", "I don't think I'm good enough.", "I'm not cut out for this.",
        "I told myself I'm a failure.", "I keep telling myself I'm useless.", "I am so bad at this.",
        "I'm a disgrace.", "I'll always be a failure.", "I'm no good at interviews.", "I'm unemployable.",
        // Predictions
        "I'll never get a job.", "Nobody will ever hire me.", "I'm never going to be good enough.",
        "never I will get job", "No one wants to hire someone like me.", "I'll never find work in this field.",
        "They will never hire me.", "I don't think I'll ever get a job.", "I never get past the first round.",
        "I can't get a job.", "I'll be unemployed forever.", "No company will ever take me.",
        "I'm never going to get hired.", "I will never make it.", "I can never do anything right.",
        "I never make it past the phone screen.", "Nobody wants me.", "I'm going to be stuck forever.",
        "no, and I'll never learn", "I doubt I'll ever land a role.", "I can't do this anymore.",
        "I will never be a designer.", "yes but no one will hire me anyway", "I won't ever get an offer.",
        "I'd never be good enough for them.", "I never get the job.", "No employer will want me.",
        "I'm going to fail forever.", "I won't find a job.", "I never do well in interviews.",
        // Blame
        "It's all my fault.", "I ruin every interview I get.", "I mess everything up.", "I always screw it up.",
        "always I am failing interviews", "Everything is my fault.", "It's my fault.", "all is my fault",
        "I keep failing.", "I always mess up.", "I get everything wrong.", "I make always mistakes.",
        "I always say the wrong thing.", "I blame myself.", "It was entirely my fault.", "I fail every single time.",
        "I wreck every chance I get.", "partly, I blew it like I always do", "I always make mistakes.",
        "I keep making mistakes.", "It was all my fault we lost the client.", "I always choke.",
        "I ruin everything.", "I sabotage every opportunity.", "I keep messing up.",
    ]

    static let ordinary: [String] = [
        // The same words about other people or things
        "Nobody owned onboarding content, so I took it on.", "Everyone on the panel was friendly",
        "Nothing in the job post mentioned on-call", "Nobody is perfect.", "No one gets every job.",
        "Everyone was nervous in the waiting room.", "Everything about the office felt calm.",
        "The interviewer never looked up from his laptop.", "They always ask about salary in the first call.",
        "Nothing went wrong with the demo.", "The process was a mess.", "The take-home task was useless as a test.",
        "Their hiring manager said the role was closed.", "Nobody replied to my follow-up.",
        "The panel always runs late, the recruiter said.", "It was a terrible line, the call kept dropping.",
        "The questions were stupid, honestly.", "Nobody told me there would be a case study.",
        "Everybody gets rejected sometimes.", "No one on the team had used Kafka.",
        // Habits and first times
        "I always prepare three stories", "I'd never heard of it", "I never skip the research step.",
        "I always ask about the team.", "I had never used their product before.", "I'd never been asked that.",
        "I always bring printed copies.", "I never thought I'd reach the final round.", "I've never done a case study.",
        "I always send a thank-you note.", "I never get nervous on video calls.", "I always forget to ask about salary.",
        "I'll never forget how kind the recruiter was.", "I'll never make that mistake again.",
        "I've never been to their office.", "I always take notes during the interview.",
        "I always prepare too many slides, so now I cap it at five.", "Every interview teaches me something.",
        "I never know what to read about a company.", "Everything I prepared came up.",
        // Specific mistakes owned
        "It was my fault the deploy failed, so I wrote a checklist", "I failed the coding test.",
        "I messed up the intro, so I rehearsed it twice this week.", "I was nervous and rushed the first answer.",
        "I forgot the name of their product.", "I didn't research the company enough.",
        "I messed up the salary question.", "I blew the system design part.", "I made a mistake in the SQL query.",
        "I was too vague about my role in the project.", "I could have prepared better.",
        "I messed up the intro every time, so now I rehearse it.", "I should have asked more questions.",
        "I ran out of time on the last question.", "It was my fault we missed the deadline, and I set up weekly check-ins after.",
        "I talked too long about the migration.", "I got the second question wrong.",
        // Negation, quotes and other people's words
        "I don't think I'm useless.", "my friend said I'm not a failure", "I'm not stupid, I was tired.",
        "the recruiter said 'nobody gets it right first time'", "My mentor told me “you'll never know until you try”.",
        "I know I'm not a failure.", "It doesn't mean I'm useless.", "It wasn't my fault the call dropped.",
        "He said “I always mess this up” about his own first interview.", "I'm not bad at this, just rusty.",
        "It's not all my fault.", "I don't always mess up.", "My brother says I'm an idiot for applying, but I'm glad I did.",
        "I'm no stranger to rejection.",
        // Plain, hopeful or neutral
        "I am very nervous for interviews", "always I am preparing one story", "I am good person for the team",
        "I'm bad at SQL joins, so I'm taking a course.", "I feel bad about it.", "I feel terrible today.",
        "I was a bad fit for their culture.", "I'm disappointed.", "I'm tired.", "I'm glad I applied.",
        "I'll get the next one.", "I will find the right role.", "I'm going to keep applying.",
        "I'll be fine.", "I'll always be grateful for the practice.", "I never give up.",
        "I'm bad at remembering names, so I write them down.", "I'm still learning how to tell my stories.",
        "I got the interview, which was a win.", "I stayed calm.", "I learned what they ask.",
        "I can't wait for the next one.", "I can't get the hang of Kubernetes yet.", "I won't get this job, but that's fine.",
        "What a great team.", "What a day.", "I'm the first in my family to apply for a role like this.",
        "I was the only candidate with a portfolio.", "Nobody can prepare for everything.",
        "I'm hopeful about the next one.", "I was terrible in the whiteboard part.", "I felt awful after the call.",
    ]
}
