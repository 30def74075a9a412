// The rules over one sentence. Each rule finds a first-person subject and a predicate (a label,
// a global prediction, blanket blame), then the exceptions decide: negation ("I'm not useless"),
// someone else's words ("my friend said…"), and owning a specific mistake with what was done
// about it ("…so I wrote a checklist").
extension SelfTalk {
    /// The kind of verdict in one sentence, or nil for ordinary reflection.
    static func kind(of words: [String]) -> SelfVerdict.Kind? {
        guard words.contains(where: triggers.contains) else { return nil }
        if let at = label(in: words), !reported(at, in: words), !past(at, in: words), !(ownsASkill(at, in: words) && remedied(after: at, in: words)) { return .label }
        if let at = prediction(in: words), !reported(at, in: words), !past(at, in: words) { return .prediction }
        if let at = blame(in: words) ?? deserved(in: words) ?? touchOfRuin(in: words), !reported(at, in: words), !past(at, in: words), !remedied(after: at, in: words) { return .blame }
        return nil
    }

    // MARK: Labels

    /// Whether a label at `at` is about one skill ("useless at remembering dates"), which with
    /// what is done about it ("…so I keep a calendar") is owning a weakness, not a verdict.
    static func ownsASkill(_ at: Int, in words: [String]) -> Bool {
        guard ["at", "with"].contains(words.dropFirst(at + 1).first ?? "") else { return false }
        let domain = words.dropFirst(at + 2).first { !["the", "my", "a", "an"].contains($0) } ?? ""
        return !wholeDomains.contains(domain)
    }

    /// "I'm useless", "I am very bad person for interviews", "what a failure I am", "I'm not good enough".
    static func label(in typed: [String]) -> Int? {
        // A question asks it the other way round: "why am I so useless?" reads as "I am so useless".
        var words = typed
        for i in words.indices.dropLast() where (words[i] == "am" || words[i] == "was") && words[i + 1] == "i" { words.swapAt(i, i + 1) }
        for s in words.indices where subjects.contains(words[s]) || words[s] == "me" && ["is", "being"].contains(words.dropFirst(s + 1).first ?? "")
            || words[s] == "being" && (s == 0 || ["for", "of", "about", "by"].contains(words[s - 1]))
            || (words[s] == "life" || words[s] == "career") && words[max(0, s - 2)..<s].contains("my")
            || words[s] == "me" && words.dropFirst(s + 1).first == "," {
            if words[s] == "i'll" || words[s] == "i'd" || words[s] == "i've" {
                guard words.dropFirst(s + 1).prefix(3).contains(where: { $0 == "be" || $0 == "been" }) else { continue }
            }
            // "Me, completely incompetent as usual": the comma stands for "I am".
            var i = words[s] == "me" && words.dropFirst(s + 1).first == "," ? s + 2 : s + 1
            var sawCopula = words[s] == "i'm" || words[s] != "i"
            var feeling = false
            while i < words.count, copulas.contains(words[i]) || fillers.contains(words[i]) || negates(words[i]) && !startsPhrase(at: i, in: words)
                    || words[i] == "and" && i > s + 1 && fillers.contains(words[i - 1]) && fillers.contains(words.dropFirst(i + 1).first ?? "") {  // "a complete and utter…"
                if copulas.contains(words[i]) { sawCopula = true; feeling = feeling || words[i] == "feel" || words[i] == "felt" }
                i += 1
            }
            if words[s] == "i", i < words.count, words[i] == "suck" || words[i] == "stink" {
                if wholeSelf(after: i, in: words, present: true) { return i }
                continue
            }
            if words[s] == "i", i + 1 < words.count, words[i] == "hate", words[i + 1] == "myself" { return i }
            guard sawCopula, i < words.count else { continue }
            let before = words[clauseStart(s, in: words)..<s]
            let negated = words[s..<i].contains(where: negates) || before.contains(where: negates) && before.contains(where: cognition.contains)
            if deniedStrengths.contains(where: { words.dropFirst(i).starts(with: $0) }) { if negated { return i }; continue }
            if negated || feeling && momentary(words[i...]) { continue }
            if words[i - 1] == "a" || words[i - 1] == "the", [["weak", "link"], ["let", "down"], ["lost", "cause"], ["hopeless", "case"], ["lost", "case"], ["screw", "up"], ["fuck", "up"]].contains(where: { words.dropFirst(i).starts(with: $0) }) { return i }
            // "I'm boring and forgettable": each of two joined labels is read.
            for at in [i, i + 2] where at == i || at < words.count && ["and", ","].contains(words[i + 1]) {
                if harshLabels.contains(words[at]) || labelPhrases.contains(where: { words.dropFirst(at).starts(with: $0) }) { return at }
                if plainLabels.contains(words[at]) {
                    let present = !feeling && words[s..<i].contains { $0 == "i'm" || $0 == "am" || $0 == "be" || $0 == "being" }
                    if wholeSelf(after: at, in: words, present: present) { return at }
                    // "…hopeless at selling myself and always will be": said as lasting, it is the person.
                    if [["always", "will", "be"], ["always", "have", "been"], ["always", "been"], ["forever"]]
                        .contains(where: { tail in words.indices.contains { words.dropFirst($0).starts(with: tail) } }) { return at }
                }
            }
        }
        return exclaimed(in: words) ?? addressed(in: words) ?? wrongWithMe(in: words) ?? outclassed(in: words) ?? wholePerson(in: words)
    }

    /// Talking to yourself as "you": "you idiot, you blew it", "you're useless". Only the
    /// harsh labels count, so "you're not alone" or "you're bad at guessing salaries" do not.
    private static func addressed(in words: [String]) -> Int? {
        for (s, word) in words.enumerated() where word == "you" || word == "you're" {
            var i = s + 1
            if word == "you", words.dropFirst(i).first == "are" { i += 1 }
            while i < words.count, fillers.contains(words[i]) { i += 1 }
            if i < words.count, harshLabels.contains(words[i]) { return i }
        }
        return nil
    }

    /// "What's wrong with me?", "something is wrong with me": the whole person as the fault.
    /// "Nothing is wrong with me" is the opposite.
    private static func wrongWithMe(in words: [String]) -> Int? {
        for i in words.indices where (words[i] == "wrong" || words[i] == "broken") && ["with", "in"].contains(words.dropFirst(i + 1).first ?? "")
            && words.dropFirst(i + 2).first == "me" {
            let before = words[clauseStart(i, in: words)..<i]
            if before.contains(where: { negates($0) || $0 == "nothing" || $0 == "nothing's" }) { continue }
            if before.contains(where: { ["what", "what's", "something", "something's", "seriously"].contains($0) }) { return i }
        }
        return nil
    }

    /// "Everything about me is wrong", "I hate who I am", "I have no strengths", "I'm the problem":
    /// the whole person as the thing that is wrong.
    static func wholePerson(in words: [String]) -> Int? {
        for i in words.indices where wholePersonWords.contains(words[i]) {
            let rest = words.dropFirst(i + 1)
            if words[i] == "everything", rest.starts(with: ["about", "me"]),
               rest.dropFirst(2).prefix(3).contains(where: { ["wrong", "bad", "off", "problem"].contains($0) || harshLabels.contains($0) }) { return i }
            if ["hate", "despise", "loathe"].contains(words[i]), rest.starts(with: ["who", "i", "am"]) || rest.starts(with: ["who", "i'm"])
                || rest.starts(with: ["being", "me"]) { return i }
            if ["ashamed", "disgusted", "sick"].contains(words[i]), ["of", "with", "by"].contains(rest.first ?? ""), rest.dropFirst().first == "myself" { return i }
            if words[i] == "problem", i >= 2, words[i - 1] == "the", ["i'm", "am"].contains(words[i - 2]), rest.isEmpty || rest.first == "here" { return i }
            if ["strengths", "talent", "talents", "skills", "value"].contains(words[i]), rest.isEmpty || rest.starts(with: ["at", "all"]),
               words[max(0, i - 4)..<i].contains(where: subjects.contains), ["any", "no"].contains(words[i - 1]) { return i }
            if words[i] == "nothing", rest.starts(with: ["to", "offer"]), words[max(0, i - 3)..<i].contains(where: subjects.contains) { return i }
        }
        return nil
    }

    /// "Everyone is better than me": the whole field over the whole person. One named other
    /// ("the other candidate was better than me") is a fair comparison.
    private static func outclassed(in words: [String]) -> Int? {
        for i in words.indices where words[i] == "better" && words.dropFirst(i + 1).starts(with: ["than", "me"]) {
            if words[clauseStart(i, in: words)..<i].contains(where: everyone.contains) { return i }
        }
        // "I'm worse than every other candidate".
        for i in words.indices where words[i] == "worse" && words.dropFirst(i + 1).first == "than" && everyone.contains(words.dropFirst(i + 2).first ?? "") {
            if words[clauseStart(i, in: words)..<i].contains(where: subjects.contains) { return i }
        }
        return nil
    }

    /// Whether a feeling is bounded to a moment: "I felt like an idiot for a minute".
    private static func momentary(_ rest: ArraySlice<String>) -> Bool {
        rest.indices.contains { i in
            rest[i] == "for" && ["a", "one"].contains(rest.dropFirst(i - rest.startIndex + 1).first ?? "")
                && ["moment", "minute", "second", "bit", "while"].contains(rest.dropFirst(i - rest.startIndex + 2).first ?? "")
        } || rest.contains("briefly") || rest.contains("moment")
    }

    /// Whether a label phrase that starts with "not" or "no" begins at `i` ("not good enough").
    private static func startsPhrase(at i: Int, in words: [String]) -> Bool {
        labelPhrases.contains { words.dropFirst(i).starts(with: $0) }
    }

    /// Whether a plain label at `i` is about the whole person: nothing specific after it (in the
    /// present tense), a person ("a bad candidate"), or a whole domain ("at interviews", "at this").
    private static func wholeSelf(after i: Int, in words: [String], present: Bool) -> Bool {
        let rest = Array(words.dropFirst(i + 1).prefix { !connectors.contains($0) || $0 == "at" }.filter { !asides.contains($0) })
        guard let next = rest.first else { return present }
        if ["person", "candidate", "employee", "engineer", "developer", "designer", "manager", "worker", "interviewee",
            "applicant", "professional", "communicator", "speaker", "human"].contains(next) || isRole(next) { return true }
        // "A bad fit for any job": a fit for one team is fair, for every job it is the person.
        if ["fit", "match", "choice", "hire"].contains(next) { return rest.contains(where: anything.contains) }
        guard ["at", "in", "for", "with"].contains(next) else { return false }
        let domain = rest.dropFirst().first { !["the", "my", "a", "an", "job", "all"].contains($0) } ?? rest.dropFirst().first ?? ""
        return wholeDomains.contains(domain) && !(rest.dropFirst().first.map { ["the", "that"].contains($0) } ?? false)
    }

    /// A word for a person by what they do: "interviewer", "analyst", "teacher", "accountant".
    private static func isRole(_ word: String) -> Bool {
        word.count > 4 && ["er", "or", "ist", "ian", "ant", "ent"].contains { word.hasSuffix($0) } && !notRoles.contains(word)
    }

    /// "What a failure (I am)", "such an idiot", "stupid me" said without a subject.
    private static func exclaimed(in words: [String]) -> Int? {
        for (i, word) in words.enumerated() where word == "what" || word == "such" {
            guard i + 2 < words.count, words[i + 1] == "a" || words[i + 1] == "an", harshLabels.contains(words[i + 2]),
                  !["disaster", "joke", "disgrace", "embarrassment", "worst"].contains(words[i + 2]) else { continue }
            let after = words.dropFirst(i + 3).first
            if after == nil || after == "i" || after == "i'm" || after == "," || after == "i've" { return i + 2 }
        }
        if words.count >= 2, harshLabels.contains(words[0]), words[1] == "me" { return 0 }
        // "Stupid, stupid me."
        if words.count >= 2, words.last == "me", harshLabels.contains(words[words.count - 2]) { return words.count - 2 }
        // A name called on its own: "Idiot.", "total moron".
        if let last = words.last, insults.contains(last), words.dropLast().allSatisfy(fillers.contains) { return words.count - 1 }
        return nil
    }

    // MARK: Predictions

    /// "I'll never get a job", "nobody will ever hire me", "never I will get job", "I don't think I'll ever find work".
    static func prediction(in words: [String]) -> Int? {
        for (n, word) in words.enumerated() where predictionWords.contains(word) {
            let clause = clause(around: n, in: words)
            let span = words[clause]
            let mine = span.contains(where: subjects.contains)
            if word == "ever", span[..<n].contains("who"), noOneHires(in: span) { return n }  // "who would ever hire me?"
            if ["anyone", "anybody"].contains(word), span[..<n].contains("why"), noOneHires(in: span) { return n }  // "why would anyone hire me?"
            if word == "who", ["would", "will", "could", "wants", "want"].contains(words.dropFirst(n + 1).first ?? ""), noOneHires(in: span) { return n }  // "who would want me?"
            if word == "no", noHope(at: n, in: words) { return n }  // "there's no hope for me"
            if word == "nothing", words.dropFirst(n + 1).first == "ever", !span.contains(where: others.contains) { return n }  // "nothing ever works out"
            if ["you", "you'll", "you're"].contains(word), !span.contains("if"), !span.contains("unless"),  // "you're never going to get hired"
               let never = span[n...].prefix(4).firstIndex(of: "never"), span[n..<never].allSatisfy({ ["you", "you'll", "you're", "will", "are"].contains($0) }),
               let verb = outcome(after: never, in: words, clause: clause), globalObject(after: verb, in: words) { return n }
            if word == "never" || word == "ever" && span[..<n].contains(where: { negates($0) || $0 == "doubt" }) {
                if span[n...].contains("again") || span.contains("before") || span.contains("until") { continue }
                if noOneHires(in: span) { return n }
                guard mine, let verb = outcome(after: n, in: words, clause: clause) else { continue }
                let modal = span.contains(where: futures.contains)
                if modal || habitualOutcomes.contains(words[verb]) { return n }
            } else if noOne.contains(word) || word == "no" && ["one", "company", "employer", "recruiter", "body"].contains(words.dropFirst(n + 1).first ?? "") {
                if noOneHires(in: span) { return n }
            } else if mine, word == "die", bleakFutures.contains(words.dropFirst(n + 1).first ?? "") || ["broke", "poor"].contains(words.dropFirst(n + 1).first ?? "") {
                return n  // "I will die unemployed"
            } else if mine, word == "won't" || word == "can't" || word == "not" && span.contains("going")
                        || word == "not" && words.dropFirst(n + 1).starts(with: ["able", "to"]) {  // "I am not able to do anything right"
                if let verb = outcome(after: n, in: words, clause: clause), globalObject(after: verb, in: words) { return n }
            } else if mine, word == "always" || word == "forever" || word == "rest" && words.dropFirst(n + 1).starts(with: ["of", "my", "life"]),
                      span.contains(where: futures.contains),
                      span.contains(where: bleakFutures.contains) {
                return n
            }
        }
        return nil
    }

    /// The first outcome verb within a few words after `n` in the clause ("never going to be").
    private static func outcome(after n: Int, in words: [String], clause: Range<Int>) -> Int? {
        let window = (n + 1)..<min(clause.upperBound, n + 6)
        for i in window {
            if firstTimes.contains(words[i]) && i == n + 1 { return nil }
            guard outcomes.contains(words[i]) else { continue }
            if words[i] == "get" || words[i] == "gets" || words[i] == "getting" { return gettable.contains(words.dropFirst(i + 1).first ?? "") ? i : nil }
            if words[i] == "do" { return words.dropFirst(i + 1).prefix(2).contains { ["anything", "nothing", "it", "this", "well", "interviews"].contains($0) } ? i : nil }
            if words[i] == "make" { return words.dropFirst(i + 1).first == "it" ? i : nil }
            // "I'll never find a job", not "I can never find parking".
            if words[i] == "find" || words[i] == "finding" {
                return words.dropFirst(i + 1).prefix(2).contains { ["job", "jobs", "work", "employment", "role", "position", "career", "anything", "one"].contains($0) } ? i : nil
            }
            if words[i] == "work" { return ["in", "as", "anywhere", "there"].contains(words.dropFirst(i + 1).first ?? "") ? i : nil }
            return i
        }
        return nil
    }

    /// "No hope for me", "no future for someone like me", "no chance for people like me".
    private static func noHope(at n: Int, in words: [String]) -> Bool {
        guard ["hope", "future", "chance", "way", "place"].contains(words.dropFirst(n + 1).first ?? "") else { return false }
        let rest = words.dropFirst(n + 2).prefix(4)
        return rest.first == "for" && rest.contains("me")
    }

    /// Whether "won't get…" or "can't find…" names something global: a job, hired, anywhere.
    private static func globalObject(after verb: Int, in words: [String]) -> Bool {
        let rest = Array(words.dropFirst(verb + 1).prefix(3))
        if words[verb] == "do" { return rest.contains("anything") || rest.contains("nothing") || rest.starts(with: ["this", "anymore"]) || rest.first == "interviews" }
        if ["amount", "measure"].contains(words[verb]) { return true }
        return rest.first.map { ["hired", "anywhere", "anything", "employed", "work"].contains($0) } == true
            || rest.starts(with: ["a", "job"]) || rest.starts(with: ["any", "job"]) || rest.starts(with: ["a", "career"])
            || rest.starts(with: ["good", "enough"]) || rest.starts(with: ["an", "offer"]) || rest.starts(with: ["job"])
    }

    /// "Nobody will ever hire me", "no company wants someone like me", "they'll never hire me".
    private static func noOneHires(in span: ArraySlice<String>) -> Bool {
        guard let verb = span.firstIndex(where: hiring.contains) else { return false }
        let objects = span[verb...].prefix(8)
        // "…a guy with gaps in his CV like me": "like me" is the person however far it comes.
        let likeMe = span[verb...].indices.contains { span[$0] == "like" && span.index(after: $0) < span.endIndex && span[span.index(after: $0)] == "me" }
        return objects.contains("me") || likeMe && !(span[verb] == "give" || span[verb] == "gives") || objects.contains("chance") && objects.contains("me")
    }

    // MARK: Blame

    /// "Everything I touch turns to dust": all you do, gone wrong.
    static func touchOfRuin(in words: [String]) -> Int? {
        for i in words.indices where (words[i] == "everything" || words[i] == "anything") && words.dropFirst(i + 1).first == "i"
            && ["touch", "do", "try", "start"].contains(words.dropFirst(i + 2).first ?? "") {
            if words.dropFirst(i + 3).contains(where: { ruins.contains($0) || failures.contains($0) }) { return i }
        }
        return nil
    }

    /// "I deserve to be rejected", "I deserved it": the no as something earned by who you are.
    static func deserved(in words: [String]) -> Int? {
        for i in words.indices where ["deserve", "deserved", "deserves"].contains(words[i]) {
            guard words[max(0, i - 3)..<i].contains(where: subjects.contains), !words[clauseStart(i, in: words)..<i].contains(where: negates) else { continue }
            let rest = Array(words.dropFirst(i + 1).prefix(4))
            if rest.first.map({ ["it", "this", "nothing", "rejection", "that"].contains($0) }) == true && rest.count <= 2 { return i }
            if rest.starts(with: ["to"]), rest.contains(where: { bleakFutures.contains($0) || failures.contains($0) || $0 == "fail" }) { return i }
        }
        return nil
    }

    /// "It's all my fault", "I ruin every interview", "I always screw it up", "I get everything wrong".
    static func blame(in words: [String]) -> Int? {
        for (f, word) in words.enumerated() where word == "fault" || word == "blame" {
            let clause = clause(around: f, in: words)
            let span = words[clause]
            // "It's not my fault" turns it around; "…my fault we didn't get there" does not.
            if words[clause.lowerBound..<f].contains(where: negates) { continue }
            let mine = word == "fault" ? words[max(clause.lowerBound, f - 2)..<f].contains("my")
                : span[..<f].contains { $0 == "i" || $0 == "i'm" } || span.dropFirst(f - clause.lowerBound + 1).first == "myself"
            guard mine else { continue }
            let whole = span.contains(where: wholeBlame.contains) || span.first == "everything"
            let specific = words.dropFirst(f + 1).prefix { !connectors.contains($0) || $0 == "that" }
                .contains { !["myself", "for", "entirely", "really", "honestly", "again"].contains($0) }
            if whole || !specific { return f }
        }
        // "It's all on me", "that's entirely on me"; "that one's on me" owns one thing.
        for i in words.indices where words[i] == "on" && words.dropFirst(i + 1).first == "me" && i > 0 && wholeBlame.contains(words[i - 1]) {
            if words[clauseStart(i, in: words)..<i].contains(where: { ["it's", "that's", "it", "that", "this", "everything", "everything's"].contains($0) }) { return i }
        }
        // "made a fool of myself" fails like "messed up": blanket only with "as usual" and the like.
        for (v, word) in words.enumerated() where failures.contains(word) || word == "wrong" || word == "mistakes"
            || word == "fool" && words.dropFirst(v + 1).starts(with: ["of", "myself"]) {
            let clause = clause(around: v, in: words)
            let span = words[clause]
            if word == "mistakes", !span.contains(where: { $0.hasPrefix("mak") || $0 == "made" }) { continue }
            if word == "wrong", !span[..<v].contains(where: { ["get", "got", "say", "do", "does", "did", "getting", "doing", "saying", "go", "goes"].contains($0) }) { continue }
            // "It's always me who messes it up": "me who" is the subject too.
            // "I always, always screw up": a subject before a comma that only repeats a blanket word.
            let earlier = words[..<span.startIndex].lastIndex(where: subjects.contains)
                .flatMap { s in words[(s + 1)..<v].allSatisfy { blankets.contains($0) || fillers.contains($0) || $0 == "," } ? s : nil }
            guard let s = span.indices.first(where: { subjects.contains(words[$0]) || words[$0] == "me" && ["who", "that"].contains(words.dropFirst($0 + 1).first ?? "") }) ?? earlier
            else { continue }
            if words[min(s, v)..<max(s, v)].contains(where: negates) { continue }
            // "I disappoint everyone", "I let everybody down": failing all the people around you.
            if ["everyone", "everybody"].contains(words.dropFirst(v + 1).first ?? "") { return v }
            // "No matter what I do, I fail", "I mess it up": the present tense tells a habit, not one time.
            if presentFailures.contains(word), v > 0, words[v - 1] == "i" || ["just", "always", "only", "still", "basically"].contains(words[v - 1]) && v > 1 && words[v - 2] == "i",
               words.dropFirst(v + 1).first != "to", !span.contains(where: { $0 == "if" || $0 == "unless" || negates($0) || futures.contains($0) }) { return v }
            if span.contains(where: blankets.contains) || words.contains(where: habitually.contains)
                || span.contains("again") && span.filter({ $0 == "again" }).count > 1 { return v }
        }
        return nil
    }

    /// A short sentence that turns the one before into a habit: "I always do.", "As usual.", "Story of my life."
    static func habitTail(_ words: [String]) -> Bool {
        words.count <= 5 && [["i", "always", "do"], ["always", "do"], ["as", "always"], ["as", "usual"], ["like", "always"],
                             ["every", "time"], ["every", "single", "time"], ["story", "of", "my", "life"], ["typical"], ["classic", "me"]]
            .contains { tail in words.indices.contains { words.dropFirst($0).starts(with: tail) } }
    }

    /// Whether the person says they failed, in their own words: "I choked", "I blew it".
    static func failed(_ words: [String]) -> Bool {
        words.indices.contains { i in
            failures.contains(words[i]) && words[max(0, i - 3)..<i].contains(where: subjects.contains) && !words[max(0, i - 3)..<i].contains(where: negates)
        }
    }

    // MARK: Exceptions

    /// Whether the words at `at` are someone else's, reported: "my friend said I'm…", "they told me…".
    /// "I told myself I'm useless" and "I think I'm useless" are still the person's own.
    static func reported(_ at: Int, in words: [String]) -> Bool {
        guard let verb = words[..<at].lastIndex(where: reporting.contains) else { return false }
        // "Nothing good to say about myself, I'm…" is not a report; "she used to say I'm…" is.
        if verb > 0, words[verb - 1] == "to", verb < 2 || words[verb - 2] != "used" { return false }
        let speaker = words[max(0, verb - 3)..<verb]
        return !speaker.contains { subjects.contains($0) || $0 == "myself" }
    }

    /// Whether the words at `at` are a past view, told as past: "I used to think I was worthless".
    static func past(_ at: Int, in words: [String]) -> Bool {
        let before = words[..<at]
        return before.indices.contains { before[$0] == "used" && words.indices.contains($0 + 1) && words[$0 + 1] == "to" }
    }

    /// Whether the sentence goes on to what was done about it: "…, so I wrote a checklist".
    static func remedied(after at: Int, in words: [String]) -> Bool {
        let rest = Array(words.dropFirst(at + 1))
        for (i, word) in rest.enumerated() where subjects.contains(word) || word == "we" {
            guard rest[..<i].contains(where: connectors.contains) || rest[..<i].contains("now") else { continue }
            let next = rest.dropFirst(i + 1).prefix(2)
            if next.contains(where: remedies.contains) && !next.contains("never") || word == "i'll" && !next.contains("never") { return true }
        }
        return rest.contains("lesson") || rest.starts(with: [",", "lesson"])
    }

    /// The words of the clause around `i`: from the connector before it to the one after.
    static func clause(around i: Int, in words: [String]) -> Range<Int> {
        let start = clauseStart(i, in: words)
        let end = words.dropFirst(i + 1).firstIndex(where: { $0 == "," || $0 == "but" || $0 == "so" || $0 == "because" || $0 == "though" || $0 == "although" }) ?? words.count
        return start..<end
    }

    /// Where the clause around `i` starts: after the last ",", "but", "so", "because" before it.
    static func clauseStart(_ i: Int, in words: [String]) -> Int {
        (words[..<i].lastIndex { $0 == "," || $0 == "but" || $0 == "so" || $0 == "because" || $0 == "though" || $0 == "although" }).map { $0 + 1 } ?? 0
    }
}
