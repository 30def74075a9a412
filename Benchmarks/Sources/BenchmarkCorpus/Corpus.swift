public import DebriefKit
public import Foundation

/// Seeded, deterministic debriefs that look like real ones: a dozen answers of every
/// kind, a transcript of about forty events, companies and words drawn from fixed lists.
public struct Corpus {
    public static let companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises",
                            "Soylent", "Cyberdyne", "Tyrell", "Wonka", "Gringotts", "Monsters Inc", "Aperture", "Black Mesa"]
    public static let roles = ["Designer", "Product Manager", "Backend Engineer", "Data Analyst", "Support Lead", "Recruiter"]
    public static let words = ["team", "deadline", "customer", "stakeholder", "prototype", "budget", "conflict", "launch", "metrics",
                        "research", "feedback", "roadmap", "migration", "onboarding", "outage", "hiring", "pricing", "résumé",
                        "negotiation", "mentoring", "presentation", "interview", "salary", "portfolio", "strategy", "ownership"]

    private var generator: Xorshift64Star
    /// The instant the first debrief was created; each next one an hour later.
    public let start = Date(timeIntervalSince1970: 1_700_000_000)

    public init(seed: UInt64) {
        generator = Xorshift64Star(seed: seed)
    }

    /// 4,096 made-up rarer words ("bakodu", "tesimo", …): one word in five comes from here,
    /// so a search for one of them matches a few hundred debriefs per 100,000, like a real name would.
    public static let rareWords: [String] = {
        let consonants = Array("bdfgklmnprstvz"), vowels = Array("aeiou")
        return (0..<4096).map { number in
            var syllables = "", rest = number
            for _ in 0..<3 {
                syllables.append(consonants[rest % consonants.count])
                rest /= consonants.count
                syllables.append(vowels[rest % vowels.count])
                rest /= vowels.count
            }
            return syllables
        }
    }()

    /// `count` words: four in five from ``words``, one in five from ``rareWords``.
    public mutating func sentence(_ count: Int) -> String {
        (0..<count).map { _ in
            generator.next() % 5 == 0 ? pick(Self.rareWords) : pick(Self.words)
        }.joined(separator: " ")
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[Int(generator.next() % UInt64(items.count))]
    }

    /// The debrief number `index`: completed, except every tenth.
    public mutating func debrief(_ index: Int) -> Debrief {
        let created = start.addingTimeInterval(Double(index) * 3600)
        let company = pick(Self.companies)
        var debrief = Debrief(id: DebriefID(rawValue: String(format: "%08x-bench-%07d", index &* 2_654_435_761 % 0xFFFF_FFFF, index)),
                              createdAt: created,
                              interview: Interview(company: company, role: pick(Self.roles),
                                                   date: DayDate(created.addingTimeInterval(-86_400), in: Calendar(identifier: .gregorian)),
                                                   stage: pick(["phone screen", "technical", "final round"]), outcome: "rejected"))
        let values: [(String, AnswerValue)] = [
            ("context.company", .text(company)),
            ("feelings.now", .scale(Int(generator.next() % 5) + 1)),
            ("reflect.prepared", .yesPartlyNo(pick([.yes, .partly, .no]))),
            ("reflect.prepared.gaps", .text(sentence(12))),
            ("reflect.research", .yesPartlyNo(pick([.yes, .partly, .no]))),
            ("reflect.research.helped", .text(sentence(10))),
            ("reflect.why", .text(sentence(20))),
            ("reflect.struggled.list", .list([sentence(6), sentence(5)])),
            ("reflect.struggled.now#1", .text(sentence(25))),
            ("reflect.struggled.now#2", .text(sentence(25))),
            ("star.example", .star(STARAnswer(situation: sentence(15), task: sentence(10), action: sentence(30), result: sentence(12)))),
            ("wins.list", .list([sentence(8), sentence(8)])),
            ("move.plan", .text(sentence(18))),
        ]
        for (offset, (key, value)) in values.enumerated() {
            let at = created.addingTimeInterval(Double(offset) * 30)
            debrief.log(.asked(step: StepKey(rawValue: key), text: "Question about \(key)?"), at: at)
            record(key, value, at: at, in: &debrief)
        }
        debrief.chapterVersions = ["context": 1, "feelings": 1, "reflect": 1, "star": 1, "wins": 1, "move": 1]
        debrief.updatedAt = created.addingTimeInterval(Double(values.count) * 30)
        debrief.status = index % 10 == 9 ? .inProgress(Cursor(step: StepKey("move.feedback"))) : .completed(at: debrief.updatedAt)
        debrief.revision = values.count + 1
        return debrief
    }

    /// Stores one answer and logs it, as the engine does after an accepted line.
    public func record(_ key: String, _ value: AnswerValue, at time: Date, in debrief: inout Debrief) {
        let step = StepKey(rawValue: key)
        debrief.answers[step] = Answer(value: value, raw: value.display, answeredAt: time)
        debrief.trail.append(step)
        debrief.log(.answered(step: step, raw: value.display), at: time)
        debrief.updatedAt = time
    }
}

/// xorshift64*: a tiny seeded generator, so every run builds the same corpus.
public struct Xorshift64Star: RandomNumberGenerator {
    private var state: UInt64

    /// Any seed but zero works; zero is replaced by a fixed odd constant.
    public init(seed: UInt64) {
        state = seed == 0 ? 0x2545_F491_4F6C_DD1D : seed
    }

    public mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}
