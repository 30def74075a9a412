import DebriefKit

// The word lists and small rules behind the hints about the action and the result,
// kept apart so they can be read in one place.
extension STARCoach {
    static let firstPersonPlural: Set<String> = ["we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves"]

    /// Words for people who, with "and I", make a group: "my team and I", "she and I".
    static let groups: Set<String> = ["team", "colleague", "colleagues", "manager", "boss", "partner", "coworker", "lead", "friend",
                                      "he", "she", "they"]

    /// The words of `sentence` with a group told with "I" read as "we": "my team and I" →
    /// "our team and we", "I and my colleague" → "we and our colleague". A list of steps
    /// ("… with my manager, and I called") is left as it is.
    static func asTeam(in sentence: String) -> [String] {
        sentence.split(whereSeparator: { ",;:".contains($0) }).flatMap { asTeam(Prose.words(in: String($0))) }
    }

    private static func asTeam(_ words: [String]) -> [String] {
        let word: (Int) -> String = { words.indices.contains($0) ? words[$0] : "" }
        return words.indices.map { index in
            switch words[index] {
            case "i" where word(index - 1) == "and" && groups.contains(word(index - 2)),
                 "i" where word(index + 1) == "and" && word(index + 2) == "my" && groups.contains(word(index + 3)):
                "we"
            case "my" where groups.contains(word(index + 1)) && (word(index + 2) == "and" || word(index - 2) == "i"):
                "our"
            default:
                words[index]
            }
        }
    }

    /// Verbs after "I" that hide what was done: "I helped", "I was involved".
    static let weakVerbPhrases = ["helped", "assisted", "was involved", "got involved", "supported", "participated",
                                  "was part of", "took part", "contributed", "worked on"]

    /// Softening words, matched as phrases.
    static let hedges = ["i think", "maybe", "kind of", "sort of", "i guess", "perhaps", "probably", "i suppose", "i believe",
                         "i feel like", "more or less", "somewhat"]
    /// Words before "kind of" or "sort of" that make it a noun ("the kind of problem"), not a hedge.
    static let determiners: Set<String> = ["the", "a", "what", "this", "that", "any", "every", "some", "which", "same", "one"]

    /// Words after "I" that are not something done: modals, states, opinions, habits.
    static let notActions: Set<String> = ["would", "think", "thought", "guess", "was", "am", "feel", "felt", "could", "might",
                                          "should", "will", "can", "may", "believe", "hope", "hoped", "want", "wanted", "wish",
                                          "know", "knew", "suppose", "usually", "normally", "don't", "didn't", "always",
                                          "helped", "assisted", "supported", "participated", "contributed", "worked", "tend",
                                          "try", "generally", "typically"]

    /// Words that may sit between "I" and the verb: "I then called", "I quickly drafted".
    static let fillers: Set<String> = ["then", "also", "first", "next", "finally", "later", "personally", "immediately", "just",
                                       "quickly", "carefully", "still"]

    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                           "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                           "eighty", "ninety", "hundred",
                                           "thousand", "million", "billion", "half", "halved", "double", "doubled", "twice",
                                           "triple", "tripled", "percent", "dozen", "dozens", "hundreds", "thousands", "zero",
                                           "once", "third", "thirds", "quarter", "quarters", "fifth", "tenth", "cent"]
    /// Verbs of a change that "by a …" measures: "rose by a grade".
    static let changes: Set<String> = ["rose", "fell", "grew", "went", "improved", "increased", "decreased", "dropped", "moved", "jumped"]
    /// Spans of time that measure a result when counted with "a": "a week early", "within a day".
    static let timeUnits: Set<String> = ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year"]

    /// Results that say there is none yet, on their own or nearly ("Nothing yet.", "Still ongoing").
    static let nonAnswerWords: Set<String> = ["na", "n", "a", "none", "nothing", "unknown", "tbd", "tba", "idk", "pending",
                                              "ongoing", "unclear", "yet", "still", "waiting", "really", "sure", "not", "no",
                                              "result", "results", "outcome", "so", "far", "clear"]
    /// Phrases that say there is no result, in a short result ("No result yet, the project is still running").
    static let nonAnswerPhrases = ["n a", "tbd", "tba", "idk", "not sure", "don't know", "dont know", "do not know", "no idea", "no result", "no results",
                                   "no outcome", "not yet", "nothing yet", "still waiting", "still ongoing", "still running",
                                   "still in progress", "in progress", "too early", "don't remember", "can't remember",
                                   "cannot remember", "not finished", "no news", "haven't heard", "have not heard",
                                   "not applicable", "nothing happened", "not known", "no answer", "no decision", "waiting for",
                                   "awaiting", "not decided", "undecided", "no word"]

    /// Irregular past forms of verbs a story's steps use; regular ones end in "-ed".
    static let irregularPast: Set<String> = [
        "wrote", "rewrote", "built", "rebuilt", "ran", "met", "took", "made", "led", "set", "sent", "spoke", "told", "found",
        "brought", "bought", "gave", "got", "held", "kept", "left", "put", "saw", "sold", "spent", "stood", "taught", "won",
        "drew", "chose", "began", "broke", "caught", "cut", "drove", "fought", "flew", "hit", "knew", "laid", "lost", "paid",
        "rang", "shut", "split", "struck", "threw", "understood", "did", "went", "came", "became", "sat", "read", "fed", "sped",
        "thought", "felt", "heard", "sought", "dealt", "meant", "rose", "fell", "grew", "forgot", "undertook",
    ]
    /// Past forms that say what was, rather than a step: they show a story is told in the past.
    static let pastStates: Set<String> = ["was", "were", "had", "did", "could"]
    /// Words ending in "-ed" that are not verbs.
    static let notPast: Set<String> = ["indeed", "hundred", "speed", "proceed", "exceed", "succeed", "need", "feed", "seed", "bed", "red", "shed"]

    /// Words that join clauses, where a list of your steps may continue: "…, and rewrote".
    static let connectors: Set<String> = ["and", "but", "so"]

    static func isPast(_ word: String) -> Bool {
        irregularPast.contains(word) || (word.hasSuffix("ed") && word.count >= 5 && !notPast.contains(word))
    }

    /// The index of the verb after the subject at `index`, past "then", "quickly" and the like.
    static func verbIndex(after index: Int, in words: [String]) -> Int? {
        var next = index + 1
        while next < words.count, fillers.contains(words[next]) || (words[next].hasSuffix("ly") && words[next].count > 3) {
            next += 1
        }
        return next < words.count ? next : nil
    }

    /// Verbs a learner of English may put after "I was" for a step: "I was check every invoice".
    static let baseVerbs: Set<String> = ["prepare", "check", "make", "send", "call", "write", "talk", "ask", "organise", "organize",
                                         "plan", "create", "build", "fix", "test", "review", "contact", "meet", "explain", "train",
                                         "collect", "analyse", "analyze", "update", "change", "move", "book", "order", "manage",
                                         "lead", "start", "finish", "find", "give", "show", "decide", "propose", "teach"]

    /// Clauses with you as the subject of a concrete verb: "I called", "I then rewrote",
    /// and, in a learner's English, "I was check".
    static func actionClauses(in words: [String]) -> Int {
        words.indices.filter { index in
            guard words[index] == "i", let verb = verbIndex(after: index, in: words) else { return false }
            let learner = words[verb] == "was" && verb + 1 < words.count && baseVerbs.contains(words[verb + 1])
            // "I worked through the tutorials" is a step; "I worked on it", "I worked there" are not.
            let worked = words[verb] == "worked" && ["through", "out", "late", "overtime", "with"].contains(words.dropFirst(verb + 1).first ?? "")
            return learner || worked || !notActions.contains(words[verb])
        }.count
    }

    /// Steps you took in `sentence`: each "I <verb>" clause, each further verb that shares
    /// that "I" across a list ("I raised it, showed the numbers, and proposed a test" is
    /// three), and a sentence that starts with a past verb, as in notes ("Called the client.").
    static func actionSteps(in sentence: String) -> Int {
        var steps = 0
        var subjectIsMe = false
        for (position, clause) in clauses(of: sentence).enumerated() {
            let own = actionClauses(in: clause)
            let verb = clause.first { !fillers.contains($0) }
            if own > 0 {
                steps += own
                subjectIsMe = true
            } else if let verb, isPast(verb), subjectIsMe || position == 0 {
                steps += 1
                subjectIsMe = true
            } else {
                subjectIsMe = false
            }
        }
        return steps
    }

    /// The words of `sentence`, cut at commas, semicolons, colons and joining words.
    private static func clauses(of sentence: String) -> [[String]] {
        sentence.split(whereSeparator: { ",;:".contains($0) }).flatMap { part in
            Prose.words(in: String(part)).split(whereSeparator: connectors.contains).map(Array.init)
        }
    }

    /// The weak verb after an "I" in `sentence`, as written there ("helped"); nil when there is none.
    static func weakVerb(in sentence: Example.Sentence) -> String? {
        let words = sentence.words
        let found = words.indices.lazy.compactMap { index -> String? in
            guard words[index] == "i", let verb = verbIndex(after: index, in: words) else { return nil }
            return weakVerbPhrases.first { Prose.phrase($0, startsAt: verb, in: words) }
        }.first
        return found.map(sentence.asWritten)
    }

    /// The first hedge in `words`, skipping "kind of" and "sort of" used as nouns ("the kind of bug").
    static func hedge(in words: [String]) -> String? {
        hedges.first { hedge in
            words.indices.contains { start in
                Prose.phrase(hedge, startsAt: start, in: words)
                    && !(hedge.hasSuffix(" of") && start > 0 && determiners.contains(words[start - 1]))
            }
        }
    }

    /// Whether a result has something to count: a number, or a before-and-after ("went from … to …").
    static func isMeasured(_ words: [String]) -> Bool {
        words.indices.contains { index in
            let word = words[index]
            if word.contains(where: \.isNumber) || numberWords.contains(word) { return true }
            if ["a", "an"].contains(word), index + 1 < words.count, timeUnits.contains(words[index + 1]) { return true }
            // "Went up by a full grade", "fell by a band": one step of a scale is a count.
            if word == "by", index > 0, index + 1 < words.count, ["a", "an", "one"].contains(words[index + 1]),
               ["up", "down"].contains(words[index - 1]) || isPast(words[index - 1]) || changes.contains(words[index - 1]) { return true }
            if word == "from", index > 0, isPast(words[index - 1]) || ["down", "up"].contains(words[index - 1]) {
                return words[(index + 1)...].prefix(8).contains("to")
            }
            return false
        }
    }

    /// Whether a result's words say there is no result yet: blank, or a short "not sure",
    /// "No result yet.", "n/a", "still ongoing".
    static func saysNoResult(_ words: [String]) -> Bool {
        if words.isEmpty { return true }
        if words.contains(where: { $0.contains(where: \.isNumber) }) { return false }
        if words.count <= 3, words.allSatisfy(nonAnswerWords.contains) { return true }
        return words.count <= 12 && Prose.firstPhrase(nonAnswerPhrases, in: words) != nil
    }
}
