import DebriefKit
import Foundation
import Yams

extension YAMLPluginParser {
    /// Reads one step, checking its references against the steps before it.
    func readStep(_ node: Node, scope: inout StepScope, reader: YAMLReader) -> Step? {
        let before = reader.problems
        guard let pairs = reader.mapping(node, allowed: Self.stepKeys, what: "a step") else { return nil }
        guard let idNode = pairs["id"]?.value else {
            reader.fail(node, "this step has no id; add `id: chapter.name`, unique in the flow")
            return nil
        }
        guard let id = reader.string(idNode, what: "the step id") else { return nil }
        if id.contains("#") || id.contains(where: \.isWhitespace) || id.contains("{") {
            reader.fail(idNode, "the step id \"\(id)\" must not contain spaces, # or braces; use letters, digits, '.', '-' or '_'")
        }
        if scope.all.contains(id) {
            reader.fail(idNode, "the step id \"\(id)\" is already used; answers are stored by id, so each must be unique")
        }
        let text: Wording?
        var prompt: (any Prompt)?
        switch (pairs["ask"], pairs["say"]) {
        case (let ask?, nil):
            text = reader.string(ask.value, what: "the question").map { Wording($0) }
            prompt = readPrompt(pairs, node: node, reader: reader)
        case (nil, let say?):
            text = reader.string(say.value, what: "the text to say").map { Wording($0) }
            for key in ["type", "optional", "options", "for-each", "records", "reactions", "label"] {
                if let pair = pairs[key] { reader.fail(pair.key, "a `say` step only speaks; \"\(key)\" belongs to an `ask` step") }
            }
        case (nil, nil):
            reader.fail(node, "step \"\(id)\" needs `ask:` (a question) or `say:` (something the coach says)")
            text = nil
        case (_?, let say?):
            reader.fail(say.key, "step \"\(id)\" has both `ask` and `say`; use one per step")
            text = nil
        }
        if let template = text?.template { checkPlaceholders(template, node: pairs["ask"]?.value ?? pairs["say"]?.value, step: id, scope: scope,
                                                             hasItem: pairs["for-each"] != nil, reader: reader) }
        var step = Step(id: id, wording: text ?? "", prompt: prompt)
        if let pair = pairs["when"] { step.condition = readBoundedCondition(pair.value, step: id, scope: scope, reader: reader) }
        if let pair = pairs["for-each"], let list = reader.string(pair.value, what: "the list step to repeat over") {
            if let listPrompt = scope.earlier[list], !(listPrompt is ListPrompt) {
                reader.fail(pair.value, "\"\(list)\" is not a list question; for-each repeats over the items of a `type: list` step")
            } else if !scope.all.contains(list) {
                reader.fail(pair.value, reference(list, from: id, scope: scope))
            }
            step.repeatsOver = list
        }
        if let pair = pairs["help"] { step.help = reader.string(pair.value, what: "the help text") }
        if let pair = pairs["label"], let label = reader.string(pair.value, what: "the label") {
            let trimmed = label.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.count > 60 || trimmed.contains(where: \.isNewline) {
                reader.fail(pair.value, "a label is the short name shown next to the answer in summaries and reports: one line, 1 to 60 characters, like \"Energy for the search\"")
            } else {
                step.label = trimmed
            }
        }
        if let pair = pairs["records"], let field = reader.oneOf(pair.value, InterviewField.allCases.map(\.rawValue), what: "interview field") {
            step.records = InterviewField(rawValue: field)
        }
        // Known before its reactions, which may test this step's own answer.
        scope.add(id, prompt: prompt)
        if let pair = pairs["reactions"] {
            step.reactions = readReactions(pair.value, step: id, scope: scope, reader: reader)
        }
        return reader.problems == before ? step : nil
    }

    private func readPrompt(_ pairs: [String: (key: Node, value: Node)], node: Node, reader: YAMLReader) -> (any Prompt)? {
        let type = pairs["type"].flatMap { reader.oneOf($0.value, Self.types, what: "type") } ?? "text"
        let uses: [String: [String]] = [
            "text": ["optional", "max-length"], "scale": ["min", "max", "low", "high"], "date": ["direction"],
            "choice": ["options", "allow-other"], "list": ["optional", "min-items", "max-items"],
        ]
        for key in uses.values.flatMap({ $0 }) where pairs[key] != nil && !(uses[type] ?? []).contains(key) {
            reader.fail(pairs[key]!.key, "\"\(key)\" does not apply to a \(type) question")
        }
        func int(_ key: String, in range: ClosedRange<Int>) -> Int? { pairs[key].flatMap { reader.int($0.value, what: key, in: range) } }
        func bool(_ key: String) -> Bool? { pairs[key].flatMap { reader.bool($0.value, what: key) } }
        func text(_ key: String) -> String? { pairs[key].flatMap { reader.string($0.value, what: key) } }
        switch type {
        case "yes-partly-no": return YesPartlyNoPrompt()
        case "star": return STARPrompt()
        case "scale":
            guard let low = pairs["min"] == nil ? 1 : int("min", in: Self.scaleBounds),
                  let high = pairs["max"] == nil ? 5 : int("max", in: Self.scaleBounds) else { return nil }
            guard low < high, high - low <= 20 else {
                reader.fail(pairs["max"]?.value ?? node, "a scale needs min below max (at most 20 apart), like min: 1 and max: 5")
                return nil
            }
            if (pairs["low"] == nil) != (pairs["high"] == nil) {
                reader.fail(pairs["low"]?.key ?? pairs["high"]!.key, "give both `low` and `high` labels, or neither")
            }
            return ScalePrompt(low...high, low: text("low"), high: text("high"))
        case "date":
            let direction = pairs["direction"].flatMap { reader.oneOf($0.value, ["past", "future", "any"], what: "direction") }
            return DatePrompt(direction.flatMap(DatePrompt.Direction.init(rawValue:)) ?? .any)
        case "choice":
            guard let pair = pairs["options"] else {
                reader.fail(node, "a choice question needs `options:`, a list of at least two answers")
                return nil
            }
            guard let options = reader.strings(pair.value, what: "options") else { return nil }
            if options.count < 2 { reader.fail(pair.value, "a choice needs at least two options") }
            if Set(options.map { $0.lowercased() }).count != options.count { reader.fail(pair.value, "the options repeat; list each once") }
            return ChoicePrompt(options, allowsOther: bool("allow-other") ?? false)
        case "list":
            let minimum = int("min-items", in: Self.itemCounts) ?? (bool("optional") == true ? 0 : 1)
            let maximum = int("max-items", in: Self.itemCounts) ?? 20
            guard maximum >= max(minimum, 1) else {
                reader.fail(pairs["max-items"]?.value ?? node, "max-items must be at least 1 and at least min-items")
                return nil
            }
            return ListPrompt(minimum: minimum, maximum: maximum)
        default:
            guard let length = pairs["max-length"] == nil ? 4000 : int("max-length", in: 1...AnswerLimit.characters) else { return nil }
            return TextPrompt(optional: bool("optional") ?? false, maxLength: length)
        }
    }

    private func readReactions(_ node: Node, step: String, scope: StepScope, reader: YAMLReader) -> [Reaction] {
        guard case .sequence(let items) = node else {
            reader.fail(node, "expected reactions as a list, each with `say:` and usually `when:`")
            return []
        }
        return items.enumerated().compactMap { index, item in
            guard let pairs = reader.mapping(item, allowed: ["when", "say", "once-per-chapter"], what: "a reaction") else { return nil }
            guard let sayPair = pairs["say"], let text = reader.string(sayPair.value, what: "the reaction's text") else {
                if pairs["say"] == nil { reader.fail(item, "a reaction needs `say:`, the words to show") }
                return nil
            }
            checkPlaceholders(text, node: sayPair.value, step: step, scope: scope, hasItem: false, reader: reader)
            let condition = pairs["when"].flatMap { readBoundedCondition($0.value, step: step, scope: scope, reader: reader) }
            let once = pairs["once-per-chapter"].flatMap { reader.bool($0.value, what: "once-per-chapter") } ?? false
            let wording = Wording(text)
            return Reaction(id: "\(step).\(index + 1)", oncePerChapter: once) { input in
                guard condition?.holds(for: input.debrief) ?? true else { return nil }
                return wording.text(in: WordingContext(debrief: input.debrief))
            }
        }
    }

    private func checkPlaceholders(_ template: String, node: Node?, step: String, scope: StepScope, hasItem: Bool, reader: YAMLReader) {
        for placeholder in Wording.placeholders(in: template) {
            let name = placeholder.name
            if name == "item" {
                if !hasItem { reader.fail(node, "{item} only works in a step with `for-each`") }
                continue
            }
            if InterviewField(rawValue: name) != nil || placeholder.fallback != nil && scope.all.contains(name) { continue }
            if !scope.all.contains(StepKey(rawValue: name).stepID) {
                reader.fail(node, "the placeholder {\(name)} names no earlier step\(reader.suggestion(for: name, from: scope.all.sorted())); use a step id defined above, {item}, or an interview field (company, role, date, stage, outcome)")
            }
        }
    }

    func reference(_ id: String, from step: String, scope: StepScope) -> String {
        id == step
            ? "step \"\(step)\" depends on itself; a step can only depend on earlier answers"
            : "step \"\(step)\" depends on \"\(id)\", which is not defined before it; a step can only depend on earlier steps (a later one would make a cycle)"
    }
}
