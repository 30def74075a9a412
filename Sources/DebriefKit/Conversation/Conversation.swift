public import Foundation

/// The conversation engine: given a flow, a debrief and one line, the messages to show
/// and the updated debrief.
///
/// Pure and synchronous: no I/O, no clock of its own (`now` is passed in), so the same
/// input always gives the same output and every behaviour can be tested with scripted
/// transcripts. Commands (`/help`, `/back`, `/skip`, `/repeat`, `/status`, `/review`,
/// `/pause`, `/quit`) are handled before the current step sees the line; a line that
/// starts with `//` is an answer that starts with `/`.
///
/// ```swift
/// let conversation = Conversation(flow: flow, calendar: .current)
/// var turn = conversation.start(Debrief(id: .random(), createdAt: now), at: now)
/// turn = conversation.handle("Acme", in: turn.debrief, at: now)
/// ```
public struct Conversation: Sendable {
    /// The chapters this engine walks.
    public let flow: Flow
    /// Turns instants into days for date answers ("yesterday").
    public let calendar: Calendar
    /// What is remembered of earlier debriefs; conditions and wordings can read it.
    public let history: DebriefHistory

    /// The commands the engine understands, with what they do.
    public static let commands: [(name: String, summary: String)] = [
        ("/help", "what you can type here"),
        ("/back", "go back to the previous question"),
        ("/skip", "leave this question and move on"),
        ("/repeat", "show the question again"),
        ("/status", "where you are and what's saved"),
        ("/review", "see your answers; /review N changes answer N"),
        ("/pause", "stop for now; everything is saved"),
        ("/quit", "stop for now; everything is saved"),
    ]

    /// An engine over `flow`; `calendar` decides what "yesterday" means, and `history` is what
    /// the coach remembers of earlier debriefs (``DebriefStore/history(excluding:)``).
    public init(flow: Flow, calendar: Calendar, history: DebriefHistory = .empty) {
        self.flow = flow
        self.calendar = calendar
        self.history = history
    }

    /// The same engine, remembering `history`.
    public func remembering(_ history: DebriefHistory) -> Conversation {
        Conversation(flow: flow, calendar: calendar, history: history)
    }

    /// Opens a new debrief at its first question, or resumes a saved one at its cursor; a
    /// finished one opens on its numbered answers, to change any of them or add a plan,
    /// and is complete again when the person types done.
    public func start(_ debrief: Debrief, at now: Date) -> Turn {
        var d = debrief
        var messages: [Message] = []
        if d.isFinished || isReopened(d) {
            return reopen(d, at: now)
        }
        if d.transcript.isEmpty {
            for chapter in flow.chapters { d.chapterVersions[chapter.id] = chapter.version }
            d.updatedAt = now
            return advance(from: nil, in: d, at: now, saying: messages)
        }
        let changed = flow.chapters.filter { chapter in
            d.chapterVersions[chapter.id].map { $0 != chapter.version } ?? false
        }
        for chapter in flow.chapters { d.chapterVersions[chapter.id] = chapter.version }
        var cursorValid = d.cursor.map { isApplicable($0.step, in: d) } ?? false
        if !changed.isEmpty {
            let names = changed.map { "“\($0.title)”" }.joined(separator: ", ")
            messages.append(Message(.status, "Since you started, \(names) changed. Your answers are kept; anything new is asked where it fits."))
            cursorValid = false
        }
        messages.append(Message(.coach, "Welcome back. Let's pick up where you left off."))
        d.updatedAt = now
        guard cursorValid, let cursor = d.cursor else {
            d.status = .inProgress(Cursor(step: StepKey("")))
            return advance(toFirstOpenIn: d, at: now, saying: messages)
        }
        return ask(cursor.step, in: d, at: now, saying: messages)
    }

    /// Handles one line typed by the person. When the line settles an earlier plan (a
    /// ``PlanStatusPrompt``), the turn carries its ``Turn/planReviews`` for the host to save.
    public func handle(_ line: String, in debrief: Debrief, at now: Date) -> Turn {
        var turn = respond(to: line, in: debrief, at: now)
        turn.planReviews = planReviews(from: debrief, to: turn.debrief, at: now)
        return turn
    }

    private func respond(to line: String, in debrief: Debrief, at now: Date) -> Turn {
        var d = debrief
        if d.cursor?.step == Self.reviewList { return reviewing(line, in: d, at: now) }
        guard let cursor = d.cursor, flow.step(cursor.step.stepID) != nil else {
            if d.isFinished {
                return Turn(messages: [Message(.status, "This debrief is already complete.")], debrief: d, outcome: .completed)
            }
            return start(d, at: now)
        }
        d.updatedAt = now
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let isCommand = trimmed.hasPrefix("/") && !trimmed.hasPrefix("//")
        if let sentence = cursor.rewording, !isCommand || ["/skip", "/s"].contains(trimmed.lowercased()) {
            return reword(sentence, as: isCommand ? "" : trimmed, cursor: cursor, in: d, at: now)
        }
        if isCommand {
            return command(trimmed, cursor: cursor, in: d, at: now)
        }
        let text = trimmed.hasPrefix("//") ? String(trimmed.dropFirst()) : line
        return answer(text, cursor: cursor, in: d, at: now)
    }

    /// The current question's input line: progress, chapter, kept answer.
    public func promptState(for debrief: Debrief) -> PromptState? {
        guard let cursor = debrief.cursor, let entry = flow.indexByID[cursor.step.stepID].map({ flow.entries[$0] }) else { return nil }
        let (position, total) = progress(at: cursor, in: debrief)
        let kept = debrief.answers[cursor.step].flatMap { $0.value.isSkipped ? nil : $0.value.display }
        return PromptState(position: position, total: total, chapterTitle: entry.chapter.title,
                           step: cursor.step, isGathering: !cursor.draft.isEmpty, keptAnswer: kept)
    }

    /// Completion candidates: command names after `/`, otherwise the current question's choices.
    public func completions(for prefix: String, in debrief: Debrief) -> [String] {
        if prefix.hasPrefix("/") {
            return Self.commands.map(\.name).filter { $0.hasPrefix(prefix.lowercased()) }
        }
        guard let cursor = debrief.cursor, let prompt = flow.step(cursor.step.stepID)?.prompt else { return [] }
        return prompt.completions(for: prefix)
    }

    // MARK: - Answers

    private func answer(_ line: String, cursor: Cursor, in debrief: Debrief, at now: Date) -> Turn {
        var d = debrief
        guard let step = flow.step(cursor.step.stepID), let prompt = step.prompt else {
            return advance(from: cursor.step, in: d, at: now, saying: [])
        }
        let key = cursor.step
        if cursor.draft.isEmpty, line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
           let kept = d.answers[key], !kept.value.isSkipped {
            d.log(.answered(step: key, raw: kept.raw), at: now)
            return advance(from: key, in: d, at: now, saying: [Message(.hint, "Kept your earlier answer.")])
        }
        let lines = cursor.draft + [line]
        switch prompt.evaluate(lines, in: PromptContext(today: DayDate(now, in: calendar), debrief: d)) {
        case .needsMore(let ask):
            var next = cursor
            next.draft = lines
            d.status = .inProgress(next)
            return Turn(messages: [Message(.question, ask)], debrief: d, outcome: .continuing)
        case .rejected(let reason):
            var next = cursor
            next.attempts += 1
            d.status = .inProgress(next)
            d.log(.rejected(step: key, raw: line, reason: reason), at: now)
            var messages = [Message(.reason, reason)]
            if next.attempts >= 3 {
                messages.append(Message(.hint, "If this one isn't working, type /skip to move on — you can come back to it with /review."))
            }
            return Turn(messages: messages, debrief: d, outcome: .continuing)
        case .accepted(let value):
            let raw = lines.joined(separator: "\n")
            let messages = record(value, raw: raw, for: key, step: step, in: &d, at: now)
            if d.cursor?.rewording != nil { return ask(key, in: d, at: now, saying: messages) }
            return advance(from: key, in: d, at: now, saying: messages)
        }
    }

    /// Stores an answer (or a skip), fills the interview, logs it and runs reactions; or, when
    /// the typed words hold a self-verdict, answers it instead and sets the cursor to invite a
    /// fairer wording (``Cursor/rewording``).
    func record(_ value: AnswerValue, raw: String, for key: StepKey, step: Step, in d: inout Debrief, at now: Date) -> [Message] {
        let answer = Answer(value: value, raw: raw, answeredAt: now)
        d.answers[key] = answer
        if let field = step.records { d.interview.record(value, as: field) }
        d.trail.removeAll { $0 == key }
        d.trail.append(key)
        d.log(.answered(step: key, raw: raw), at: now)
        guard !value.isSkipped, let chapter = flow.chapter(of: key.stepID) else { return [] }
        if step.listensForSelfTalk, let verdict = selfVerdict(in: answer, chapter: chapter.id, of: d) {
            let reply = SelfTalk.reply(to: verdict.kind)
            d.log(.said(text: reply, source: "selftalk@\(chapter.id)"), at: now)
            if let cursor = d.cursor {
                d.status = .inProgress(Cursor(step: cursor.step, returnTo: cursor.returnTo, rewording: verdict.sentence))
            }
            return [Message(.coach, reply)]
        }
        var messages: [Message] = []
        for reaction in step.reactions {
            let source = "reaction:\(reaction.id)@\(chapter.id)"
            if reaction.oncePerChapter, d.transcript.contains(where: { $0.kind.source == source }) { continue }
            guard let text = reaction.response(to: ReactionInput(step: key, value: value, debrief: d)) else { continue }
            messages.append(Message(.coach, text))
            d.log(.said(text: text, source: source), at: now)
        }
        return messages
    }

    /// The self-verdict the coach answers in `answer`: none if the coach already answered one in
    /// this chapter, or already invited a fairer wording of that very sentence.
    func selfVerdict(in answer: Answer, chapter: String, of d: Debrief) -> SelfVerdict? {
        guard !d.transcript.contains(where: { $0.kind.source == "selftalk@\(chapter)" }) else { return nil }
        return SelfTalk.verdicts(in: answer.typedText).first { verdict in
            let invitation = SelfTalk.invitation(for: verdict.sentence)
            return !d.transcript.contains { if case .asked(_, invitation) = $0.kind { true } else { false } }
        }
    }

    /// Takes the line after the invitation: a fairer wording of `sentence`, or a keep.
    func reword(_ sentence: String, as line: String, cursor: Cursor, in debrief: Debrief, at now: Date) -> Turn {
        var d = debrief
        let key = cursor.step
        var next = cursor
        next.rewording = nil
        d.status = .inProgress(next)
        guard !SelfTalk.keeps(line), let answer = d.answers[key] else {
            d.log(.said(text: SelfTalk.kept, source: "selftalk.kept"), at: now)
            return advance(from: key, in: d, at: now, saying: [Message(.hint, SelfTalk.kept)])
        }
        let fairer = answer.rewording(sentence, as: line)
        d.answers[key] = fairer
        if let field = flow.step(key.stepID)?.records { d.interview.record(fairer.value, as: field) }
        d.log(.answered(step: key, raw: fairer.raw), at: now)
        return advance(from: key, in: d, at: now, saying: [Message(.coach, SelfTalk.thanks)])
    }

    // MARK: - Moving through the flow

    /// Moves past `key` (or to the start): says any statements on the way, then asks the
    /// next open question, or completes the debrief.
    func advance(from key: StepKey?, in debrief: Debrief, at now: Date, saying messages: [Message]) -> Turn {
        var d = debrief
        var messages = messages
        if d.cursor?.returnTo == Self.reviewList { return afterChange(in: d, at: now, saying: messages) }
        if let returnTo = d.cursor?.returnTo, isApplicable(returnTo, in: d) {
            return ask(returnTo, in: d, at: now, saying: messages)
        }
        if d.cursor?.returnTo != nil {
            return advance(toFirstOpenIn: d, at: now, saying: messages)
        }
        var next = self.next(after: key, in: d)
        while let current = next, let step = flow.step(current.stepID), !step.asks {
            let text = step.wording.text(in: wordingContext(for: current, in: d))
            messages.append(Message(.coach, text))
            d.log(.said(text: text, source: current.rawValue), at: now)
            next = self.next(after: current, in: d)
        }
        guard let question = next else { return complete(d, at: now, saying: messages) }
        return ask(question, in: d, at: now, saying: messages)
    }

    /// Asks the first question that has no answer yet; used when the cursor no longer fits the flow.
    func advance(toFirstOpenIn debrief: Debrief, at now: Date, saying messages: [Message]) -> Turn {
        let open = sequence(in: debrief).first { key in
            flow.step(key.stepID)?.asks == true && debrief.answers[key] == nil
        }
        guard let open else { return complete(debrief, at: now, saying: messages) }
        return ask(open, in: debrief, at: now, saying: messages)
    }

    /// Places the cursor on `key` and shows its question (and the kept answer, if any).
    func ask(_ key: StepKey, in debrief: Debrief, at now: Date, saying messages: [Message]) -> Turn {
        var d = debrief
        var messages = messages
        let previous = d.cursor
        let returnTo = previous?.step == key ? previous?.returnTo : nil
        let draft = previous?.step == key ? previous?.draft ?? [] : []
        let rewording = previous?.step == key ? previous?.rewording : nil
        d.status = .inProgress(Cursor(step: key, draft: draft, returnTo: returnTo, rewording: rewording))
        messages += question(for: key, in: d)
        d.log(.asked(step: key, text: messages.last { $0.kind == .question }?.text ?? ""), at: now)
        return Turn(messages: messages, debrief: d, outcome: .continuing)
    }

    /// The question for `key`, with the kept answer or the multi-line progress under it.
    func question(for key: StepKey, in d: Debrief) -> [Message] {
        guard let step = flow.step(key.stepID) else { return [] }
        if d.cursor?.step == key, let sentence = d.cursor?.rewording {
            return [Message(.question, SelfTalk.invitation(for: sentence))]
        }
        var messages = [Message(.question, step.wording.text(in: wordingContext(for: key, in: d)))]
        if let draft = d.cursor?.draft, !draft.isEmpty,
           case .needsMore(let ask)? = step.prompt?.evaluate(draft, in: PromptContext(today: DayDate(d.updatedAt, in: calendar), debrief: d)) {
            messages.append(Message(.hint, "You've started this one. \(ask)"))
        } else if let kept = d.answers[key], !kept.value.isSkipped {
            messages.append(Message(.hint, "Your earlier answer: \(TextNormaliser.quoted(kept.value.display, limit: 200)). Press Enter to keep it, or type a new one."))
        }
        return messages
    }

    func complete(_ debrief: Debrief, at now: Date, saying messages: [Message]) -> Turn {
        var d = debrief
        d.status = .completed(at: now)
        d.log(.said(text: "completed", source: "engine"), at: now)
        return Turn(messages: messages + [Message(.status, "That's the whole debrief — it's complete and saved.")], debrief: d, outcome: .completed)
    }

    // MARK: - The flow as it applies to one debrief

    /// Every step key that applies now, in flow order: conditions evaluated, repeated steps expanded.
    func sequence(in d: Debrief) -> [StepKey] {
        var keys: [StepKey] = []
        for entry in flow.entries {
            let step = entry.step
            if let condition = step.condition, !condition.holds(for: d, history: history) { continue }
            if let list = step.repeatsOver {
                guard case .list(let items)? = d.answers[StepKey(list)]?.value else { continue }
                keys += items.indices.map { StepKey(step.id, item: $0 + 1) }
            } else {
                keys.append(StepKey(step.id))
            }
        }
        return keys
    }

    func isApplicable(_ key: StepKey, in d: Debrief) -> Bool {
        flow.step(key.stepID)?.asks == true && sequence(in: d).contains(key)
    }

    /// Flow position of a key: the step's index, then the item.
    func order(_ key: StepKey) -> (Int, Int) {
        (flow.indexByID[key.stepID] ?? -1, key.item ?? 0)
    }

    /// The next step after `key` that still needs the person: a statement, or a question
    /// without an answer. Answered questions are passed over, so after `/back` or a
    /// changed branch the conversation returns to where it was.
    func next(after key: StepKey?, in d: Debrief) -> StepKey? {
        let position = key.map(order) ?? (-1, 0)
        return sequence(in: d).first { candidate in
            order(candidate) > position && (flow.step(candidate.stepID)?.asks == false || d.answers[candidate] == nil)
        }
    }

    func wordingContext(for key: StepKey, in d: Debrief) -> WordingContext {
        var item: String?
        if let index = key.item, let list = flow.step(key.stepID)?.repeatsOver,
           case .list(let items)? = d.answers[StepKey(list)]?.value, items.indices.contains(index - 1) {
            item = items[index - 1]
        }
        return WordingContext(debrief: d, item: item, knownStepIDs: flow.stepIDs, flow: flow, history: history)
    }
}

extension Debrief {
    /// Whether every step is done.
    public var isFinished: Bool { status.isCompleted }
}

extension TranscriptEvent.Kind {
    /// The source of a `said` event, nil for other kinds.
    var source: String? {
        if case .said(_, let source) = self { source } else { nil }
    }
}

