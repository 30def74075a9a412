public import DebriefKit

/// One practice round as a pure conversation: the REPL (or any host) sends lines, shows
/// the messages, and saves the reviews it is handed, the way ``Conversation`` drives a debrief.
///
/// For each due card: ask the question; after the person tries (typed, or said aloud and
/// Enter), show their last answer; ask how it went (again, hard, good, easy or 1-4) and
/// schedule it with ``SM2``. A card graded again or hard comes back before the round ends
/// (SM-2's same-day repeat). `/stop` ends the round early; reviews already handed over stay.
///
/// ```swift
/// var round = PracticeRound(cards: try await store.due(on: today, limit: 20), on: today)
/// show(round.start())
/// while !round.isFinished, let line = readLine() {
///     let turn = round.send(line)
///     if let card = turn.card, let review = turn.review { try await store.record(review, card: card) }
///     show(turn.messages)
/// }
/// ```
public struct PracticeRound: Sendable {
    /// What a line did: messages to show, and a review to save when a card was graded.
    public struct Turn: Sendable {
        /// What to show, in order.
        public var messages: [Message]
        /// The card with its new schedule, when this line graded it.
        public var card: PracticeCard?
        /// The review to save with ``card``.
        public var review: PracticeReview?
    }

    private enum Phase: Sendable {
        case trying
        case grading(attempt: String?)
        case finished
    }

    /// The day reviews are recorded on.
    public let day: DayDate
    /// Cards still to ask, the current one first.
    public private(set) var queue: [PracticeCard]
    /// How many gradings this round has handed over.
    public private(set) var reviews = 0
    private var phase: Phase = .trying
    /// The coach answers a self-verdict in a practice attempt once a round, as in a debrief.
    private var repliedToSelfTalk = false

    /// A round over `cards` (usually ``PracticeStore/due(on:limit:)``), reviewed on `day`.
    public init(cards: [PracticeCard], on day: DayDate) {
        self.queue = cards
        self.day = day
    }

    /// Whether the round is over.
    public var isFinished: Bool {
        if case .finished = phase { true } else { false }
    }

    /// The opening messages and the first question.
    public mutating func start() -> [Message] {
        guard !queue.isEmpty else {
            phase = .finished
            return [Message(.coach, "Nothing to practise today. Cards come from the questions you found hard and your STAR examples; new ones appear after a debrief.")]
        }
        let count = queue.count
        return [Message(.status, "\(count) \(count == 1 ? "card" : "cards") to practise. Answer out loud or type it, then press Enter. /stop ends the round.")]
            + question()
    }

    /// Handles one line: an attempt, a grade, or `/stop`.
    public mutating func send(_ line: String) -> Turn {
        let text = TextNormaliser.normalise(line)
        if TextNormaliser.folded(text) == "/stop" || TextNormaliser.folded(text) == "/quit" {
            phase = .finished
            return Turn(messages: [Message(.status, stopped)])
        }
        switch phase {
        case .finished:
            return Turn(messages: [Message(.status, "This round is over. Start a new one to practise again.")])
        case .trying:
            phase = .grading(attempt: text.isEmpty ? nil : text)
            let last = queue[0].lastAnswer.map { "Your last answer:\n\(SelfTalk.replayable($0))" }
                ?? "You had no answer noted for this one yet; what you just tried is a start."
            var messages = [Message(.coach, last), Message(.question, "How did it go? again, hard, good or easy")]
            if !repliedToSelfTalk, let verdict = SelfTalk.verdict(in: text) {
                repliedToSelfTalk = true
                messages.insert(Message(.coach, SelfTalk.reply(to: verdict.kind)), at: 0)
            }
            return Turn(messages: messages)
        case .grading(let attempt):
            guard let grade = Self.grade(text) else {
                return Turn(messages: [Message(.reason, "Type again, hard, good or easy (or 1 to 4).")])
            }
            let (card, review) = queue.removeFirst().reviewed(grade, attempt: attempt, on: day)
            reviews += 1
            var messages = [Message(.status, grade.quality < 4
                ? "Noted. It comes back once more before this round ends."
                : "Noted. Next time: \(card.schedule.due.iso).")]
            if card.schedule.repeatOn == day { queue.append(card) }
            phase = .trying
            if queue.isEmpty {
                phase = .finished
                messages.append(Message(.coach, "Done for today: \(reviews) \(reviews == 1 ? "review" : "reviews"). Each one makes the next interview a little easier."))
            } else {
                messages += question()
            }
            return Turn(messages: messages, card: card, review: review)
        }
    }

    private var stopped: String {
        "Stopped. \(reviews) \(reviews == 1 ? "review" : "reviews") saved; the rest wait for next time."
    }

    private func question() -> [Message] {
        let card = queue[0]
        let kind = card.kind == .starExample ? "Tell this example again, in STAR form" : "A question that was hard"
        return [Message(.question, "\(kind):\n“\(card.question)”")]
    }

    /// again/hard/good/easy, a unique prefix of one, or 1-4.
    static func grade(_ text: String) -> PracticeGrade? {
        let folded = TextNormaliser.folded(text)
        if let number = Int(folded), (1...4).contains(number) { return PracticeGrade.allCases[number - 1] }
        guard !folded.isEmpty else { return nil }
        let matches = PracticeGrade.allCases.filter { $0.rawValue.hasPrefix(folded) }
        return matches.count == 1 ? matches[0] : nil
    }
}
