import Foundation

extension Conversation {
    /// Handles a slash command; the current step never sees it.
    func command(_ text: String, cursor: Cursor, in debrief: Debrief, at now: Date) -> Turn {
        var d = debrief
        d.log(.command(text), at: now)
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        let name = words[0].lowercased()
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case "/help", "/?", "/h":
            return Turn(messages: help(for: cursor), debrief: d, outcome: .continuing)
        case "/repeat", "/r":
            return Turn(messages: question(for: cursor.step, in: d), debrief: d, outcome: .continuing)
        case "/skip", "/s":
            return skip(cursor, in: d, at: now)
        case "/back", "/b":
            guard cursor.returnTo != Self.reviewList else {
                setAside(cursor, in: &d, by: "/back", at: now)
                return afterChange(in: d, at: now, saying: [])
            }
            return back(from: cursor, in: d, at: now)
        case "/status":
            return Turn(messages: [status(cursor, in: d)], debrief: d, outcome: .continuing)
        case "/review":
            return review(argument, cursor: cursor, in: d, at: now)
        case "/pause", "/quit", "/exit", "/q", "/done":
            if cursor.returnTo == Self.reviewList { return finishReview(d, at: now) }
            guard name != "/done" else { break }
            let message = "Paused — everything you've written is saved. When you're ready, you'll pick up at this question."
            return Turn(messages: [Message(.status, message)], debrief: d, outcome: .paused)
        default:
            break
        }
        let known = Self.commands.map(\.name).filter { $0.hasPrefix(name) }
        let suggestion = known.count == 1 ? "Did you mean \(known[0])? " : ""
        let hint = "\(suggestion)Type /help to see the commands, or start with // to answer with a slash."
        return Turn(messages: [Message(.reason, "There's no \(TextNormaliser.quoted(name, limit: 20)) command. \(hint)")], debrief: d, outcome: .continuing)
    }

    private func help(for cursor: Cursor) -> [Message] {
        var lines = ["You can answer in your own words, or type a command:"]
        lines += Self.commands.map { "  \($0.name.padding(toLength: 9, withPad: " ", startingAt: 0)) \($0.summary)" }
        let step = flow.step(cursor.step.stepID)
        var messages = [Message(.coach, lines.joined(separator: "\n"))]
        if let help = step?.help { messages.append(Message(.hint, help)) }
        if let hint = step?.prompt?.hint { messages.append(Message(.hint, hint)) }
        return messages
    }

    private func skip(_ cursor: Cursor, in debrief: Debrief, at now: Date) -> Turn {
        var d = debrief
        guard let step = flow.step(cursor.step.stepID) else { return advance(from: cursor.step, in: d, at: now, saying: []) }
        let raw = cursor.draft.joined(separator: "\n")
        var messages = record(.skipped, raw: raw, for: cursor.step, step: step, in: &d, at: now)
        messages.insert(Message(.hint, "Skipped. You can come back to it with /review."), at: 0)
        return advance(from: cursor.step, in: d, at: now, saying: messages)
    }

    /// Goes to the answered step that comes just before the current one in the flow.
    private func back(from cursor: Cursor, in debrief: Debrief, at now: Date) -> Turn {
        var d = debrief
        let position = order(cursor.step)
        let applicable = Set(sequence(in: d))
        let previous = d.trail.filter { applicable.contains($0) && order($0) < position }.max { order($0) < order($1) }
        guard let previous else {
            return Turn(messages: [Message(.reason, "This is the first question — there's nothing before it.")], debrief: d, outcome: .continuing)
        }
        setAside(cursor, in: &d, by: "/back", at: now)
        d.status = .inProgress(Cursor(step: previous))
        return ask(previous, in: d, at: now, saying: [])
    }

    private func status(_ cursor: Cursor, in d: Debrief) -> Message {
        let state = promptState(for: d)
        let answered = d.answers.values.filter { !$0.value.isSkipped }.count
        let skipped = d.answers.values.count - answered
        var text = "You're on question \(state?.position ?? 1) of about \(state?.total ?? 1), in “\(state?.chapterTitle ?? "")”."
        text += " \(answered) answered\(skipped > 0 ? ", \(skipped) skipped" : ""). Everything is saved as you go."
        if d.interview.company != nil || d.interview.role != nil { text += " Debrief for \(d.interview.title)." }
        return Message(.status, text)
    }

    /// `/review` lists the answers; `/review N` asks answer N again, then returns here.
    private func review(_ argument: String, cursor: Cursor, in debrief: Debrief, at now: Date) -> Turn {
        var d = debrief
        let answered = answeredQuestions(in: d)
        if argument.isEmpty {
            guard !answered.isEmpty else {
                return Turn(messages: [Message(.status, "No answers yet — they'll appear here as you go.")], debrief: d, outcome: .continuing)
            }
            let footer = "Type /review N to change answer N; you'll come back here afterwards."
            return Turn(messages: reviewMessages(in: d, footer: footer), debrief: d, outcome: .continuing)
        }
        guard let n = Int(argument), answered.indices.contains(n - 1) else {
            let range = answered.isEmpty ? "there are no answers yet" : "pick 1 to \(answered.count)"
            return Turn(messages: [Message(.reason, "\(TextNormaliser.quoted(argument, limit: 20)) isn't an answer number; \(range). Type /review to see the list.")],
                        debrief: d, outcome: .continuing)
        }
        let target = answered[n - 1]
        if target != cursor.step { setAside(cursor, in: &d, by: "/review", at: now) }
        let returnTo = cursor.returnTo ?? cursor.step
        d.status = .inProgress(Cursor(step: target, returnTo: target == returnTo ? nil : returnTo))
        return ask(target, in: d, at: now, saying: [])
    }

    /// The questions answered (or skipped) so far, in flow order: what `/review` numbers.
    func answeredQuestions(in d: Debrief) -> [StepKey] {
        sequence(in: d).filter { d.answers[$0] != nil && flow.step($0.stepID)?.asks == true }
    }

    /// The numbered list of questions and answers, then `footer`.
    func reviewMessages(in d: Debrief, footer: String) -> [Message] {
        let lines = answeredQuestions(in: d).enumerated().map { index, key -> String in
            let step = flow.step(key.stepID)
            // The question up to its question mark: the options after it ("1 phone screen, …") are no label.
            let text = step.map { $0.wording.text(in: wordingContext(for: key, in: d)) } ?? key.rawValue
            let question = Self.question(in: text)
            let value = d.answers[key].map { step?.display($0.value) ?? $0.value.display } ?? ""
            return "\(index + 1). \(TextNormaliser.quoted(question, limit: 60).dropFirst().dropLast())\n   → \(TextNormaliser.quoted(value, limit: 120).dropFirst().dropLast())"
        }
        return [Message(.coach, (["Your answers so far:"] + lines).joined(separator: "\n")), Message(.hint, footer)]
    }

    /// `text` up to its first question mark outside “quotes”: "How would you answer “Why us?” now?"
    /// keeps its quoted question whole.
    static func question(in text: String) -> String {
        var quoted = false
        for index in text.indices {
            switch text[index] {
            case "“": quoted = true
            case "”": quoted = false
            case "?" where !quoted: return String(text[...index])
            default: continue
            }
        }
        return text
    }

    /// Keeps the lines of an unfinished list or STAR answer in the transcript when the person
    /// moves away from it, so nothing typed is lost even though the draft starts afresh.
    private func setAside(_ cursor: Cursor, in d: inout Debrief, by command: String, at now: Date) {
        guard !cursor.draft.isEmpty else { return }
        d.log(.rejected(step: cursor.step, raw: cursor.draft.joined(separator: "\n"), reason: "Left unfinished with \(command)."), at: now)
    }
}
