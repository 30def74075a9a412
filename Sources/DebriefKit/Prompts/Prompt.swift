/// Turns what a person typed into a typed answer, or into a specific reason.
///
/// Every prompt runs the same fixed pipeline, ``Prompt/evaluate(_:in:)``:
/// 1. **normalise** each line (``normalise(_:)``: by default strip control characters and
///    terminal escape sequences, compose Unicode, trim), then
/// 2. **parse** the normalised lines into a ``Value`` or a reason (``parse(_:in:)``), then
/// 3. **validate** the value against the prompt's rules (``validate(_:)``).
///
/// A reason is shown instead of re-asking the whole question, so it should say exactly
/// what was wrong and what would work: "6 is outside 1–5; pick a number from 1 to 5".
///
/// Most prompts read one line. Prompts that gather several (a list, a STAR example)
/// return ``Parsed/more(_:)`` with the next thing to ask; the engine keeps the lines
/// so far in the debrief's cursor, so a pause never loses them.
///
/// ```swift
/// struct YearPrompt: Prompt {
///     func parse(_ lines: [String], in context: PromptContext) -> Parsed<Int> {
///         guard let year = Int(lines.last ?? "") else { return .reject("Type a year, like 2024.") }
///         return .value(year)
///     }
///     func answer(for year: Int) -> AnswerValue { .text(String(year)) }
/// }
/// ```
public protocol Prompt: Sendable {
    /// The parsed form before it becomes an ``AnswerValue``.
    associatedtype Value: Sendable

    /// Step 1: cleans one raw line. The default is ``TextNormaliser/normalise(_:)``.
    func normalise(_ line: String) -> String

    /// Step 2: reads the normalised lines typed for this question (usually one).
    func parse(_ lines: [String], in context: PromptContext) -> Parsed<Value>

    /// Step 3: checks a parsed value; returns a reason to refuse it, or nil. Defaults to nil.
    func validate(_ value: Value) -> String?

    /// The stored form of a value.
    func answer(for value: Value) -> AnswerValue

    /// One line saying what kind of answer fits, shown by `/help` and after a failed try.
    var hint: String? { get }

    /// Completion candidates for what has been typed so far (Tab in the REPL).
    func completions(for prefix: String) -> [String]

    /// A stored answer as a person reads it in a summary or a review. Defaults to
    /// ``AnswerValue/display``; a prompt overrides it when the value alone is not enough
    /// (a 1–10 scale shows as 8/10).
    func display(_ value: AnswerValue) -> String

    /// How many lines of parts an answer has, for the progress counter: 1 by default, 4 for
    /// a STAR example (situation, task, action, result).
    var parts: Int { get }
}

/// The result of parsing: a value, a reason to refuse, or a request for more lines.
public enum Parsed<Value: Sendable>: Sendable {
    case value(Value)
    case reject(String)
    /// Accept the lines so far and ask for more with this text.
    case more(String)
}

/// What a prompt may know besides the input: today's date, for relative dates, and the
/// debrief so far, for prompts whose options come from earlier answers ("pick one of the
/// questions you listed").
public struct PromptContext: Sendable {
    /// Today in the person's calendar.
    public var today: DayDate
    /// The debrief as it stands before this answer; nil when a prompt is evaluated on its own.
    public var debrief: Debrief?

    /// A context for a day, and the debrief so far when the engine evaluates.
    public init(today: DayDate, debrief: Debrief? = nil) {
        self.today = today
        self.debrief = debrief
    }
}

/// The outcome of the whole pipeline, no longer generic, for the engine.
public enum PromptOutcome: Hashable, Sendable {
    case accepted(AnswerValue)
    case rejected(reason: String)
    case needsMore(ask: String)
}

extension Prompt {
    public func normalise(_ line: String) -> String { TextNormaliser.normalise(line) }
    public func validate(_ value: Value) -> String? { nil }
    public var hint: String? { nil }
    public func completions(for prefix: String) -> [String] { [] }
    public func display(_ value: AnswerValue) -> String { value.display }
    public var parts: Int { 1 }

    /// Runs the fixed pipeline over the raw lines: normalise, parse, validate. An answer over
    /// ``AnswerLimit/characters`` is refused first, before any of them.
    public func evaluate(_ rawLines: [String], in context: PromptContext) -> PromptOutcome {
        if let reason = AnswerLimit.refusal(rawLines) { return .rejected(reason: reason) }
        switch parse(rawLines.map(normalise), in: context) {
        case .reject(let reason): return .rejected(reason: reason)
        case .more(let ask): return .needsMore(ask: ask)
        case .value(let value):
            if let reason = validate(value) { return .rejected(reason: reason) }
            return .accepted(answer(for: value))
        }
    }
}

extension Prompt {
    /// Candidates from `options` that start with `prefix`, ignoring case.
    public func completing(_ prefix: String, from options: [String]) -> [String] {
        let lowered = prefix.lowercased()
        return options.filter { $0.lowercased().hasPrefix(lowered) }
    }
}
