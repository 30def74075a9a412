import DebriefKit

// The word lists and small rules behind the hints, kept apart so they can be read in one place.
extension STARCoach {
    static let firstPersonPlural: Set<String> = ["we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves"]

    /// Habits in the first person: a hypothetical anywhere in the example.
    static let hypotheticalPhrases = ["i would", "we would", "i'd usually", "i tend to", "i try to", "i always", "i normally", "i usually"]

    /// Habit adverbs: hypothetical in the task, action or result (the situation may describe how a team usually worked).
    static let habitWords = ["usually", "normally", "typically", "generally", "in general"]

    static let weakVerbPhrases = ["helped", "assisted", "was involved", "were involved", "got involved", "supported",
                                  "participated", "was part of", "took part", "contributed"]

    static let hedges = ["i think", "maybe", "kind of", "sort of", "i guess", "perhaps", "probably", "i suppose", "i believe"]

    /// Results that say there is no result.
    static let nonAnswers: Set<String> = ["n a", "na", "none", "nothing", "not sure", "don't know", "dont know", "i don't know",
                                          "no idea", "unknown", "tbd", "no result", "not yet", "nothing yet", "idk"]

    /// Words after "I" that are not something done: modals, states, opinions.
    static let notActions: Set<String> = ["would", "think", "thought", "guess", "was", "am", "feel", "felt", "could", "might",
                                          "should", "will", "can", "may", "believe", "hope", "hoped", "want", "wanted", "wish",
                                          "know", "knew", "suppose", "usually", "normally", "don't", "didn't", "always",
                                          "helped", "assisted", "supported", "participated", "contributed"]

    /// Words that may sit between "I" and the verb: "I then called", "I quickly drafted".
    static let fillers: Set<String> = ["then", "also", "first", "next", "finally", "later", "personally", "immediately", "just"]

    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
                                           "thousand", "million", "billion", "half", "halved", "double", "doubled", "twice",
                                           "triple", "tripled", "percent", "dozen", "dozens", "hundreds", "thousands"]

    /// Question words that mark a failure or conflict question, matched as word starts.
    static let setbackRoots = ["fail", "mistake", "conflict", "disagree", "setback", "wrong", "argument", "argue", "critici",
                               "error", "clash", "tension", "regret", "difficult"]

    static let learningRoots = ["learn", "lesson", "realis", "realiz"]
    static let learningPhrases = ["taught me", "next time", "since then", "from then on", "differently", "now i", "these days",
                                  "going forward"]

    /// Clauses with you as the subject of a concrete verb: "I called", "I then rewrote".
    static func actionClauses(in words: [String]) -> Int {
        words.indices.filter { index in
            guard words[index] == "i" else { return false }
            var next = index + 1
            while next < words.count, fillers.contains(words[next]) || (words[next].hasSuffix("ly") && words[next].count > 3) {
                next += 1
            }
            return next < words.count && !notActions.contains(words[next])
        }.count
    }

    /// Words that join clauses, where a list of your steps may continue: "…, and rewrote".
    static let connectors: Set<String> = ["and", "but", "so"]
    /// Irregular past forms of verbs a story's steps use; regular ones end in "-ed".
    static let irregularPast: Set<String> = [
        "wrote", "rewrote", "built", "rebuilt", "ran", "met", "took", "made", "led", "set", "sent", "spoke", "told", "found",
        "brought", "bought", "gave", "got", "held", "kept", "left", "put", "saw", "sold", "spent", "stood", "taught", "won",
        "drew", "chose", "began", "broke", "caught", "cut", "drove", "fought", "flew", "hit", "knew", "laid", "lost", "paid",
        "rang", "shut", "split", "struck", "threw", "understood", "did", "went", "came", "became", "sat", "read", "fed", "sped",
    ]
    /// Words ending in "-ed" that are not verbs.
    static let notPast: Set<String> = ["indeed", "hundred", "speed", "proceed", "exceed", "succeed"]

    /// Steps you took in `sentence`: each "I <verb>" clause, and each further verb that shares
    /// that "I" across a list ("I raised it, showed the numbers, and proposed a test" is three).
    static func actionSteps(in sentence: String) -> Int {
        var steps = 0
        var subjectIsMe = false
        for clause in clauses(of: sentence) {
            let own = actionClauses(in: clause)
            if own > 0 {
                steps += own
                subjectIsMe = true
            } else if subjectIsMe, let verb = clause.first(where: { !fillers.contains($0) }), isPast(verb) {
                steps += 1
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

    private static func isPast(_ word: String) -> Bool {
        irregularPast.contains(word) || (word.hasSuffix("ed") && word.count >= 5 && !notPast.contains(word))
    }

    /// The words with "would like" and "would love" joined, so a wish for next time is not read as a habit.
    static func withoutWishes(_ words: [String]) -> [String] {
        var kept: [String] = []
        for word in words {
            if (word == "like" || word == "love"), kept.last == "would" { kept[kept.count - 1] = "would-\(word)" } else { kept.append(word) }
        }
        return kept
    }

    static func isNumber(_ word: String) -> Bool {
        word.contains(where: \.isNumber) || numberWords.contains(word)
    }

    static func asksAboutSetback(_ words: [String]) -> Bool {
        words.contains { word in setbackRoots.contains { word.hasPrefix($0) } }
    }

    static func showsLearning(_ words: [String]) -> Bool {
        words.contains { word in learningRoots.contains { word.hasPrefix($0) } } || Prose.firstPhrase(learningPhrases, in: words) != nil
    }

    /// An example split into sentences, each with its part and words.
    struct Example {
        struct Sentence {
            let part: STARPart
            let text: String
            let words: [String]
        }

        let sentences: [Sentence]

        init(_ answer: STARAnswer) {
            sentences = STARPart.allCases.flatMap { part in
                Prose.sentences(in: answer.text(of: part)).map { Sentence(part: part, text: $0, words: Prose.words(in: $0)) }
            }
        }

        var wordCount: Int { sentences.reduce(0) { $0 + $1.words.count } }

        func sentences(in part: STARPart) -> [Sentence] { sentences.filter { $0.part == part } }

        func words(in part: STARPart) -> [String] { sentences(in: part).flatMap(\.words) }

        /// The first sentence, in `parts`, whose words satisfy `test`.
        func first(in parts: [STARPart], where test: ([String]) -> Bool) -> Sentence? {
            sentences.first { parts.contains($0.part) && test($0.words) }
        }
    }
}
