// The words the self-talk rules look for. Each list is small and named for its role in a rule,
// so a reader can see why a sentence was (or was not) read as a verdict.
extension SelfTalk {
    /// "I", as the subject of a sentence.
    static let subjects: Set<String> = ["i", "i'm", "i've", "i'll", "i'd"]
    /// Links a subject to a label: "I am", "I feel", "I must be".
    static let copulas: Set<String> = ["am", "was", "feel", "felt", "be", "been", "become", "became", "is", "seem", "being", "sound",
                                        "sounded", "look", "looked", "seemed"]
    /// Words that may stand between the subject and the label: "I'm just such a…".
    static let fillers: Set<String> = [
        "a", "an", "the", "so", "such", "just", "really", "very", "completely", "totally", "utterly", "truly", "absolutely",
        "pretty", "quite", "literally", "basically", "simply", "honestly", "clearly", "obviously", "probably", "must",
        "like", "complete", "total", "absolute", "actual", "always", "still", "kind", "of", "bit", "too", "also",
        "biggest", "most", "will", "going", "to", "seriously", "definitely", "officially", "apparently", "walking", "utter", "massive", "huge", "giant",
    ]
    /// Labels harsh enough to be a verdict whatever follows: "I'm useless at interviews".
    static let harshLabels: Set<String> = [
        "useless", "stupid", "idiot", "failure", "worthless", "pathetic", "loser", "fraud", "incompetent", "dumb",
        "moron", "imbecile", "joke", "disaster", "disgrace", "embarrassment", "unemployable", "unhireable",
        "unhirable", "impostor", "imposter", "clown", "worst", "stupidest", "dumbest", "disappointment", "letdown",
        "let-down", "mess", "wreck", "dunce", "fake", "phony", "phoney", "fool", "nobody", "unlovable", "unlikeable",
        "unlikable", "unworthy", "inferior", "defective", "inept", "talentless", "burden", "weakest", "screwup", "fuckup", "coward",
    ]
    /// Labels that are a verdict only about you as a whole ("I'm terrible", "a bad candidate",
    /// "bad at interviews"), not about one skill ("bad at SQL") or a feeling ("I feel bad").
    static let plainLabels: Set<String> = [
        "bad", "terrible", "awful", "rubbish", "crap", "crappy", "horrible", "hopeless", "weak", "inadequate",
        "lousy", "shit", "garbage", "trash", "dreadful", "thick", "dim", "slow", "boring", "forgettable", "awkward", "weird", "clueless", "broken",
    ]
    /// Names called on their own, with no subject: "Idiot.", "total moron".
    static let insults: Set<String> = ["idiot", "moron", "loser", "fool", "imbecile", "clown", "dunce", "failure", "fraud", "coward"]
    /// Words that end like a role ("-er", "-or", "-ist") but are not one: "a bad answer".
    static let notRoles: Set<String> = [
        "answer", "letter", "paper", "number", "order", "error", "matter", "other", "water", "power", "colour", "color",
        "feeling", "start", "moment", "comment", "document", "event", "content", "point", "list", "test", "first",
        "winter", "summer", "corner", "border", "chapter", "register", "manner", "never", "after", "later", "better",
        "worse", "under", "over", "river", "weather", "temper", "monitor", "factor", "sector", "mirror", "part", "accent",
        "percent", "talent", "fit", "whatever", "however", "together", "rather", "either", "neither", "whether",
    ]
    /// Phrases that are a label in themselves.
    static let labelPhrases: [[String]] = [["not", "good", "enough"], ["no", "good"], ["good", "for", "nothing"], ["waste", "of"]]
    /// Phrases that become a verdict when negated: "I'm not cut out for this".
    static let deniedStrengths: [[String]] = [
        ["good", "enough"], ["smart", "enough"], ["clever", "enough"], ["cut", "out"], ["good", "at", "anything"],
        ["good", "at", "this"], ["good", "at", "interviews"], ["good", "at", "interviewing"], ["employable"],
        ["hireable"], ["hirable"], ["any", "good"], ["worth", "hiring"], ["capable"], ["good", "at", "anything"],
        ["enough", "good"], ["enough", "smart"], ["made", "for"], ["meant", "for"], ["built", "for"], ["worth"], ["interview", "material"], ["material"], ["talented"], ["smart"], ["clever"], ["intelligent"], ["bright"],
    ]
    /// Words that make a plain label global: "a bad fit for any job".
    static let anything: Set<String> = ["any", "every", "anything", "everything", "anyone", "anywhere", "anybody"]
    /// Other people as a subject: "nothing ever surprises them" is about them.
    static let others: Set<String> = ["they", "them", "their", "he", "she", "his", "her", "we", "our"]
    /// Nouns that make a plain label about the whole person: "a bad candidate".
    static let personNouns: Set<String> = [
        "person", "candidate", "employee", "engineer", "developer", "designer", "manager", "worker", "interviewee",
        "applicant", "professional", "communicator", "speaker", "human", "one", "people", "at", "in", "for", "with",
    ]
    /// What "at …" or "in …" may name for a plain label to be about you as a whole.
    static let wholeDomains: Set<String> = [
        "interviews", "interviewing", "interview", "everything", "anything", "this", "life", "jobs", "job", "work",
        "things", "talking", "people", "it", "all", "job-hunting", "hunting", "applying", "careers", "career",
    ]
    /// Verbs of a global outcome: "I'll never get…", "I'll never be…".
    static let outcomes: Set<String> = [
        "get", "gets", "find", "land", "pass", "make", "succeed", "win", "be", "become", "work", "manage",
        "learn", "improve", "amount", "hired", "change", "do", "progress", "move", "achieve", "getting", "finding", "landing",
        "measure", "belong", "compete",
    ]
    /// What may follow "get" for it to be an outcome: "get a job", "get past the first round".
    static let gettable: Set<String> = [
        "a", "an", "the", "any", "past", "through", "anywhere", "hired", "picked", "chosen", "selected", "offers",
        "offer", "job", "jobs", "it", "in", "far", "there", "callbacks", "anything", "employed", "better", "work", "one", "out",
    ]
    /// Verbs whose "never" means a first time, not a verdict: "I'd never heard of it".
    static let firstTimes: Set<String> = [
        "heard", "seen", "used", "tried", "done", "met", "worked", "encountered", "thought", "considered", "known",
        "learned", "learnt", "touched", "studied", "come", "been", "had", "asked", "expected", "imagined", "made",
        "gotten", "got", "found", "felt", "realised", "realized", "noticed", "forget", "regret", "stop",
    ]
    /// Words that mark a modal or future: a prediction needs one ("I'll never…"), unless it is a present habit.
    static let futures: Set<String> = [
        "will", "i'll", "going", "can", "can't", "could", "would", "i'd", "shall", "won't", "might", "couldn't", "wouldn't",
    ]
    /// Present-tense outcomes that, with "never", are a verdict as they stand: "I never get past the screen".
    static let habitualOutcomes: Set<String> = ["get", "land", "pass", "succeed", "win", "make", "do", "getting", "finding", "landing"]
    /// The people who could hire you, and verbs for doing so: "nobody will ever hire me".
    static let noOne: Set<String> = ["nobody", "noone", "nobody's"]
    static let hiring: Set<String> = [
        "hire", "hires", "hiring", "hired", "want", "wants", "wanted", "take", "takes", "pick", "picks", "choose",
        "chooses", "employ", "employs", "need", "needs", "accept", "accepts", "give", "gives", "select", "selects",
    ]
    /// Endings that make a prediction about the future you: "I'll be unemployed forever".
    static let bleakFutures: Set<String> = ["unemployed", "jobless", "stuck", "rejected", "fail", "failing", "lose", "struggle", "alone",
                                            "reject", "rejects", "ignored", "overlooked", "passed"]
    /// What all you touch turns into: "…turns to dust", "…goes wrong".
    static let ruins: Set<String> = ["dust", "ashes", "ruin", "ruins", "wrong", "bad", "shit", "crap", "failure", "mess", "nothing"]
    /// Words that add nothing specific after a label: "I'm rubbish anyway".
    static let asides: Set<String> = ["anyway", "anyways", "honestly", "lol", "though", "tbh", "really", "again", "too", "haha", "ha",
                                      "mate", "apparently", "obviously", "clearly", "lmao", "ugh", "man", "now"]
    /// Verbs of failing, for blanket self-blame: "I ruin every interview".
    static let failures: Set<String> = [
        "ruin", "ruins", "ruined", "ruining", "mess", "messes", "messed", "messing", "screw", "screws", "screwed",
        "screwing", "wreck", "wrecked", "blow", "blew", "blown", "fail", "fails", "failing", "failed", "sabotage", "sabotaged",
        "bomb", "bombed", "botch", "botched", "choke", "choked", "choking", "fuck", "fucked", "fucking", "spoil",
        "spoiled", "spoilt", "destroy", "destroyed", "disaster", "disasters", "disappoint", "disappoints", "disappointed", "let", "letting", "lets",
        "embarrass", "embarrassed", "humiliate", "humiliated",
    ]
    /// Failing in the present tense, which tells a habit: "I fail", "I mess it up".
    static let presentFailures: Set<String> = [
        "fail", "ruin", "mess", "screw", "blow", "choke", "bomb", "botch", "sabotage", "disappoint", "wreck", "spoil", "destroy",
    ]
    /// Words that make a failure blanket: "always", "every", "everything".
    static let blankets: Set<String> = ["always", "every", "everything", "each", "constantly", "keep", "keeps", "kept", "all", "forever"]
    /// Words that make a failure blanket from anywhere in the sentence: "I blew it, as usual".
    static let habitually: Set<String> = ["usual", "usually", "typical", "classic", "per"]
    /// Words that make blame blanket: "all my fault".
    static let wholeBlame: Set<String> = ["all", "entirely", "completely", "totally", "whole", "100%", "everything", "always"]
    /// The words a prediction starts from: "never", "nobody", "won't", "you'll"…; the rule reads
    /// the clause around one of these only.
    static let predictionWords: Set<String> = noOne.union([
        "ever", "never", "anyone", "anybody", "no", "nothing", "you", "you'll", "you're", "won't", "can't", "not", "always", "who", "die",
        "forever", "rest",
    ])
    /// The words the whole-person rule starts from: "everything about me", "I hate who I am".
    static let wholePersonWords: Set<String> = [
        "everything", "hate", "despise", "loathe", "ashamed", "disgusted", "sick", "problem", "strengths", "talent", "talents",
        "skills", "value", "nothing",
    ]
    /// Everyone, for a comparison with the whole field: "worse than every other candidate".
    static let everyone: Set<String> = ["everyone", "everybody", "anyone", "anybody", "all", "every", "any"]

    /// Every word a rule can start from: a sentence with none of them is ordinary, and most
    /// replayed sentences are, so this one look-up per word spares them the rules. Each rule
    /// returns only at one of these (a label word, "never", "fault", a verb of failing…), so
    /// the answer is the same with or without it (the corpus tests check that).
    static let triggers: Set<String> = {
        var words = harshLabels.union(plainLabels).union(insults).union(failures).union(noOne)
        words.formUnion(labelPhrases.compactMap(\.first))
        words.formUnion(deniedStrengths.compactMap(\.first))
        words.formUnion([
            "suck", "stink", "hate", "despise", "loathe", "ashamed", "disgusted", "sick", "problem", "strengths", "talent",
            "talents", "skills", "value", "nothing", "everything", "better", "worse", "wrong", "broken", "let", "lost",
            "ever", "anyone", "anybody", "no", "you", "you'll", "you're", "never", "won't", "can't", "not", "always", "forever",
            "rest", "fault", "blame", "on", "mistakes", "deserve", "deserved", "deserves", "who", "die", "touch",
        ])
        return words
    }()

    /// Words that turn a statement around: "not", "never", anything ending in n't.
    static func negates(_ word: String) -> Bool {
        word == "not" || word == "never" || word == "no" || word.hasSuffix("n't") || word == "hardly"
    }
    /// Verbs of thinking that carry a negation to the clause after them: "I don't think I'm…".
    static let cognition: Set<String> = ["think", "believe", "mean", "means", "say", "saying", "feel", "agree", "reckon", "suppose", "make", "makes"]
    /// Verbs that report what someone else said or thinks: "my friend said…".
    static let reporting: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "telling", "thinks", "thought", "believes", "believed",
        "reckons", "reckoned", "wrote", "writes", "mentioned", "called", "calls", "joked", "joke", "asked", "asks", "saying",
    ]
    /// Words that start a new clause: a subject's reach ends there.
    static let connectors: Set<String> = [",", "but", "so", "because", "although", "though", "while", "whereas", "when", "if", "and", "or", "then", "since", "after", "which", "until"]
    /// Verbs of doing something about it, after "so I …" or "now I …": owning a mistake, not a verdict.
    static let remedies: Set<String> = [
        "wrote", "write", "made", "make", "started", "start", "built", "build", "set", "added", "add", "asked", "ask",
        "practise", "practised", "practice", "practiced", "prepared", "prepare", "fixed", "fix", "created", "create",
        "learned", "learnt", "took", "changed", "change", "use", "used", "plan", "planned", "rehearse", "rehearsed",
        "booked", "book", "read", "reviewed", "review", "apologised", "apologized", "documented", "followed",
        "checked", "check", "now", "scripted", "script", "recorded", "record", "keep", "bring", "brought", "put",
        "will", "i'll", "going", "need", "worked", "work", "try", "tried", "talked", "talk", "spoke", "owned",
    ]
}
