import Foundation

/// One beat of the conversation: a question with a prompt, or something the coach says.
///
/// Build steps with ``Ask(_:_:_:)`` and ``Say(_:_:)`` inside a ``Chapter``, then refine
/// them with modifiers:
///
/// ```swift
/// Ask("reflect.struggled.now", "How would you answer “{item}” now?", .text())
///     .forEach("reflect.struggled.list")
/// ```
public struct Step: Sendable {
    /// Stable across versions: answers are stored under it (`chapter.name` by convention).
    public let id: String
    /// The question, or what the coach says.
    public var wording: Wording
    /// Nil for a step that only speaks and moves on.
    public var prompt: (any Prompt)?
    /// Asked only when this holds; nil means always.
    public var condition: Condition?
    /// Said after an accepted answer.
    public var reactions: [Reaction]
    /// The id of a list step: this step is asked once per item, with `{item}` filled in.
    public var repeatsOver: String?
    /// The interview field this answer fills in, if any.
    public var records: InterviewField?
    /// Extra guidance for `/help` on this step.
    public var help: String?
    /// Whether the engine reads the typed answer for self-talk (see ``SelfTalk``); true unless
    /// the step asks for a name or a fact, where "Nothing Ltd" is just a name.
    public var listensForSelfTalk: Bool
    /// A short name for the answer in summaries, `show` and reports ("Energy for the search");
    /// nil to derive one from the question (see ``label(in:)``). Set it with ``labelled(_:)``.
    public var label: String?

    /// A step; usually written with `Ask` or `Say`.
    public init(id: String, wording: Wording, prompt: (any Prompt)?) {
        self.id = id
        self.wording = wording
        self.prompt = prompt
        self.condition = nil
        self.reactions = []
        self.repeatsOver = nil
        self.records = nil
        self.help = nil
        self.listensForSelfTalk = true
        self.label = nil
    }

    /// Whether the person answers this step (false for ``Say(_:_:)`` steps).
    public var asks: Bool { prompt != nil }

    /// Asked only when `condition` holds.
    public func when(_ condition: Condition) -> Step {
        var copy = self
        copy.condition = copy.condition.map { .all([$0, condition]) } ?? condition
        return copy
    }

    /// Adds reactions to the accepted answer.
    public func reacting(_ reactions: Reaction...) -> Step {
        var copy = self
        copy.reactions += reactions
        return copy
    }

    /// Asked once for each item of the list answer to `listStepID`.
    public func forEach(_ listStepID: String) -> Step {
        var copy = self
        copy.repeatsOver = listStepID
        return copy
    }

    /// Fills in a field of the ``Interview`` from this answer.
    public func records(_ field: InterviewField) -> Step {
        var copy = self
        copy.records = field
        return copy
    }

    /// Leaves this step's answer out of the self-talk check: for names and facts, not reflections.
    public func withoutSelfTalk() -> Step {
        var copy = self
        copy.listensForSelfTalk = false
        return copy
    }

    /// Names the answer in summaries and reports: "Energy for the search". Placeholders are
    /// filled as in questions: "Behavioural: {item}".
    public func labelled(_ label: String) -> Step {
        var copy = self
        copy.label = label
        return copy
    }

    /// The name a person sees next to this step's answer: ``label``, or else the first words
    /// of the question (its first clause, at most six words) with placeholders filled in.
    /// Never the step id, and never a question's list of options.
    public func label(in context: WordingContext) -> String {
        if let label { return Wording(label).text(in: context) }
        return Self.shortLabel(wording.text(in: context))
    }

    /// The label of the answer stored at `key` in `debrief`, `{item}` filled for a repeated step.
    public func label(for key: StepKey, in debrief: Debrief, flow: Flow? = nil) -> String {
        var item: String?
        if let list = repeatsOver, let index = key.item, case .list(let items)? = debrief[list], items.indices.contains(index - 1) {
            item = items[index - 1]
        }
        return label(in: WordingContext(debrief: debrief, item: item, knownStepIDs: flow?.stepIDs ?? [], flow: flow))
    }

    /// The first clause of `question`, at most six words: "How far did you get? 1 phone screen, …"
    /// becomes "How far did you get".
    static func shortLabel(_ question: String) -> String {
        let stops: [String] = ["?", "!", ":", ";", ". ", ", ", " — ", " – ", " (", "\n"]
        var clause = Substring(question)
        for stop in stops {
            if let range = clause.range(of: stop), range.lowerBound > clause.startIndex { clause = clause[..<range.lowerBound] }
        }
        let words = clause.split(whereSeparator: \.isWhitespace)
        let trimmed = words.prefix(6).joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
        if trimmed.isEmpty { return "Your answer" }
        return words.count > 6 ? trimmed + "…" : trimmed
    }

    /// A stored answer as a person reads it; the prompt decides (a 1–10 scale shows as 8/10).
    public func display(_ value: AnswerValue) -> String {
        prompt?.display(value) ?? value.display
    }

    /// Guidance shown by `/help` while this step is asked.
    public func help(_ text: String) -> Step {
        var copy = self
        copy.help = text
        return copy
    }
}

/// A question: the person's answer goes through `prompt` and is stored under `id`.
public func Ask(_ id: String, _ question: Wording, _ prompt: any Prompt) -> Step {
    Step(id: id, wording: question, prompt: prompt)
}

/// Something the coach says before moving on; nothing is asked or stored.
public func Say(_ id: String, _ text: Wording) -> Step {
    Step(id: id, wording: text, prompt: nil)
}
