import DebriefKit

// What kind of story an example tells: one real time or a habit, a setback or not, and
// whether it says what was learned. Word lists first, then the small rules that read them.
extension STARCoach {
    /// Phrases that tell what you would do or usually do, rather than what you did.
    static let imaginedPhrases = ["i would", "we would", "i tend to", "i try to", "i always", "i normally", "i usually",
                                  "i generally", "i typically", "i will", "i'll", "what i do is", "my approach is"]
    /// Habit words: an action with them, and no past step, is a habit, not an episode.
    static let habitWords = ["usually", "normally", "typically", "generally", "in general", "as a rule", "whenever",
                             "every time", "each time"]
    /// Words after "would" or "I'd" that make it a wish or a look back, not a habit.
    static let notImagined: Set<String> = ["like", "love", "have", "been", "already", "never", "just", "prefer", "say"]

    /// Words of a learning: "I learned", "the lesson", "I realised". Read where a story ends,
    /// in the result and the last sentence of the action (earlier in the action, "I realised
    /// the forecast was wrong" is a discovery), and read generously: a learning missed costs
    /// an unneeded hint, one misread costs nothing.
    static let learningRoots = ["learn", "lesson", "realis", "realiz", "takeaway", "taught", "hindsight", "reflect"]
    static let learningPhrases = ["showed me", "reminded me", "made me", "next time", "since then", "ever since", "from then on",
                                  "from now on", "differently", "these days", "going forward", "looking back", "in future",
                                  "in the future", "would have", "should have", "could have", "if i did it again", "took from",
                                  "take from", "took away", "take away", "never again", "understood that", "know now", "now know",
                                  "do it again", "did it again"]
    /// What you do now or would do, told after the story: a learning in the result, a habit
    /// in the action.
    static let newHabits = ["i always", "i never", "i make sure", "before every", "before each", "every time i", "i would", "i'd"]

    /// Question words of a setback or a disagreement, matched as word starts.
    static let setbackRoots = ["fail", "mistake", "conflict", "disagre", "setback", "wrong", "argument", "argue", "critici",
                               "error", "clash", "tension", "regret", "complain", "angry", "upset", "unhappy", "frustrat",
                               "disappoint", "pushback", "blame", "furious", "hostile", "slip", "delay", "struggl", "underperform"]
    /// Question words that would start too many others ("mission", "message"), matched whole.
    static let setbackQuestionWords: Set<String> = ["miss", "missed", "lost", "lose", "losing", "mess", "messed"]
    /// Words that start like a setback but are not one: "conflicting priorities".
    static let notSetbacks: Set<String> = ["conflicting"]
    /// Words before "conflict" that make it a clash of dates or files, not of people.
    static let thingClashes: Set<String> = ["scheduling", "schedule", "merge", "calendar", "booking", "diary", "timetable", "version"]
    /// The same kind of words in the situation and the task, where words like "error",
    /// "complaints" or "failed" (a card reader) also describe everyday work, so only these
    /// whole words count.
    static let setbackWords: Set<String> = ["mistake", "conflict", "slipped",
                                            "disagree", "disagreed", "disagreement", "disagreements", "setback", "argument",
                                            "argued", "clash", "clashed", "blamed", "criticised", "criticized", "criticism",
                                            "regret", "regretted"]
    /// Phrases of something that went wrong, read in the question, the situation and the task.
    static let setbackPhrases = [
        "went wrong", "go wrong", "gone wrong", "got it wrong", "i was wrong", "did not go well", "didn't go well",
        "not go well", "not going well", "went badly", "go badly", "gone badly", "did not go as planned",
        "didn't go as planned", "not go as planned", "not go to plan", "didn't go to plan", "did not work", "didn't work",
        "fell apart", "fell through", "backfired", "went sideways", "went south", "missed the deadline", "missed a deadline",
        "missed our deadline", "missed my deadline", "missed the target", "behind schedule", "over budget", "lost the client",
        "lost the account", "lost the deal", "lost a client", "lost a customer", "lost the customer", "lost a deal", "my fault",
        "messed up", "dropped the ball", "let down", "negative feedback", "critical feedback", "tough feedback",
        "i failed", "we failed", "failed to", "my failure", "our failure", "a failure", "project failed", "launch failed",
        "plan failed", "pitch failed", "bid failed", "campaign failed",
    ]
    /// A hard time with a person: "a difficult stakeholder", "an angry customer".
    static let hardFeelings: Set<String> = ["difficult", "demanding", "angry", "upset", "unhappy", "frustrated", "furious",
                                            "hostile", "rude", "annoyed", "challenging", "tough", "irate", "aggressive"]
    static let people: Set<String> = ["customer", "customers", "client", "clients", "stakeholder", "stakeholders", "colleague",
                                      "colleagues", "coworker", "worker", "manager", "boss", "person", "people", "member",
                                      "teammate", "user", "users", "patient", "patients", "parent", "parents", "supplier",
                                      "vendor", "partner", "director", "lead", "conversation", "guest", "guests", "caller",
                                      "student", "students", "buyer"]
    /// Words that turn a setback word around: "no conflict", "never failed".
    static let negations: Set<String> = ["no", "not", "never", "without", "nothing", "zero", "didn't", "don't", "doesn't",
                                         "wasn't", "weren't", "hardly"]

    /// Whether a sentence tells what you would do or usually do ("I would listen first",
    /// "When a colleague disagrees, I listen"), not counting wishes and looks back
    /// ("I would like to…", "I would have asked sooner").
    static func isImagined(_ words: [String]) -> Bool {
        let habit = words.indices.contains { index in
            imaginedPhrases.contains { Prose.phrase($0, startsAt: index, in: words) }
                && !(index + 2 < words.count && words[index + 1] == "would" && notImagined.contains(words[index + 2]))
        }
        let contracted = words.indices.contains { index in
            words[index] == "i'd" && index + 1 < words.count && !notImagined.contains(words[index + 1]) && !isPast(words[index + 1])
        }
        let general = Prose.firstPhrase(habitWords, in: words) != nil
        let ifOrWhen = ["when", "whenever", "if"].contains(words.first ?? "") && words.contains("i")
            && !words.contains { isPast($0) || pastStates.contains($0) }
        return habit || contracted || general || ifOrWhen
    }

    /// Whether a sentence tells a step that happened: "I called", "we shipped", or a past
    /// verb first, as in notes ("Called the client.").
    static func tellsWhatHappened(_ words: [String]) -> Bool {
        if let first = words.first, isPast(first) { return true }
        return words.indices.contains { index in
            guard ["i", "we"].contains(words[index]), let verb = verbIndex(after: index, in: words) else { return false }
            return isPast(words[verb]) || pastStates.contains(words[verb])
        }
    }

    /// Whether a sentence looks back: "I learned", "next time", "in hindsight", "If I had to
    /// do it again".
    static func reflects(_ words: [String]) -> Bool {
        words.contains { word in learningRoots.contains { word.hasPrefix($0) } } || Prose.firstPhrase(learningPhrases, in: words) != nil
    }

    /// Whether a result sentence says what was learned, or what you do or would do now ("Now,
    /// before every release, I run the tests"; in the result, "I would…" is a lesson, not a habit).
    static func showsLearning(_ words: [String]) -> Bool {
        reflects(words) || Prose.firstPhrase(newHabits, in: words) != nil || Prose.firstPhrase(["now i", "i now"], in: words) != nil
    }

    /// Whether the words tell of a setback or a disagreement. `broad` reads any word that
    /// starts like one (for a question); otherwise only whole setback words count.
    static func tellsSetback(_ words: [String], broad: Bool) -> Bool {
        let word = words.indices.contains { index in
            let word = words[index]
            let hit = setbackWords.contains(word)
                || broad && !notSetbacks.contains(word) && (setbackQuestionWords.contains(word) || setbackRoots.contains { word.hasPrefix($0) })
            return hit && words[max(0, index - 3)..<index].allSatisfy { !negations.contains($0) }
                && !(index > 0 && thingClashes.contains(words[index - 1]))
        }
        // "An angry customer", "the director was openly hostile".
        let person = words.indices.contains { index in
            hardFeelings.contains(words[index])
                && (words[(index + 1)...].prefix(2).contains(where: people.contains) || words[max(0, index - 3)..<index].contains(where: people.contains))
        }
        return word || person || Prose.firstPhrase(setbackPhrases, in: words) != nil
    }
}
