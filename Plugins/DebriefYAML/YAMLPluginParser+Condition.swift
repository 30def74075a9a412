import DebriefKit
import Yams

extension YAMLPluginParser {
    /// Reads a whole `when:`, refusing one too large to read or to check at every step.
    func readBoundedCondition(_ node: Node, step: String, scope: StepScope, reader: YAMLReader) -> Condition? {
        guard reader.size(of: node, upTo: Self.maxConditionSize) <= Self.maxConditionSize else {
            reader.fail(node, "this condition has more than \(Self.maxConditionSize) parts; split the question into simpler steps")
            return nil
        }
        return readCondition(node, step: step, scope: scope, reader: reader)
    }

    /// Reads `when:`: a comparison on one earlier step, what earlier debriefs left (`history`),
    /// or `all`/`any`/`not` of conditions.
    ///
    /// ```yaml
    /// when: { step: reflect.prepared, not: "yes" }
    /// when: { any: [ { step: mood, less-than: 3 }, { step: stage, in: [final round] } ] }
    /// when: { history: open-plans }
    /// ```
    func readCondition(_ node: Node, step: String, scope: StepScope, reader: YAMLReader) -> Condition? {
        guard let pairs = reader.mapping(node, allowed: Self.conditionKeys + ["history"], what: "a condition") else { return nil }
        if let history = pairs["history"] { return readHistory(history, node: node, pairs: pairs.count, scope: scope, reader: reader) }
        guard let target = pairs["step"] else { return readCombination(pairs, node: node, step: step, scope: scope, reader: reader) }
        guard let id = reader.string(target.value, what: "the step the condition reads") else { return nil }
        guard scope.all.contains(id) else {
            reader.fail(target.value, reference(id, from: step, scope: scope) + reader.suggestion(for: id, from: scope.all.sorted()))
            return nil
        }
        let tests = pairs.keys.filter { $0 != "step" }
        guard tests.count == 1, let test = tests.first, let pair = pairs[test] else {
            reader.fail(node, "a condition on \"\(id)\" needs exactly one test: equals, not, in, less-than, greater-than or answered")
            return nil
        }
        let prompt = scope.earlier[id] ?? nil
        switch test {
        case "equals", "not":
            guard let value = reader.string(pair.value, what: "the value to compare") else { return nil }
            checkValue(value, node: pair.value, against: prompt, reader: reader)
            return test == "equals" ? .answer(id, is: value) : .answer(id, isNot: value)
        case "in":
            guard let values = reader.strings(pair.value, what: "the values") else { return nil }
            values.forEach { checkValue($0, node: pair.value, against: prompt, reader: reader) }
            return .answer(id, in: values)
        case "less-than", "greater-than":
            guard let bound = reader.int(pair.value, what: test, in: Self.scaleBounds) else { return nil }
            if let prompt, !(prompt is ScalePrompt) {
                reader.fail(pair.key, "\(test) compares numbers, but \"\(id)\" is not a scale question")
            }
            return test == "less-than" ? .answer(id, lessThan: bound) : .answer(id, greaterThan: bound)
        case "answered":
            guard let wanted = reader.bool(pair.value, what: "answered") else { return nil }
            return wanted ? .answered(id) : .not(.answered(id))
        default:
            reader.fail(pair.key, "\"\(test)\" combines conditions and cannot sit next to `step`; nest it instead")
            return nil
        }
    }

    /// The `history:` tests, by name: what the coach remembers of earlier debriefs.
    static let historyTests = ["open-plans", "first-debrief", "returning-question"]

    /// The step whose hard questions `returning-question` compares with earlier debriefs'.
    static let struggledList = DebriefHistory.Keys.default.struggledList

    /// Reads `{ history: open-plans }`, `{ history: first-debrief }` or `{ history: returning-question }`.
    private func readHistory(_ pair: (key: Node, value: Node), node: Node, pairs: Int, scope: StepScope,
                             reader: YAMLReader) -> Condition? {
        guard pairs == 1 else {
            reader.fail(node, "`history` stands alone in a condition; combine it with others using all, any or not")
            return nil
        }
        guard let name = reader.string(pair.value, what: "what the history should show") else { return nil }
        switch name {
        case "open-plans": return .openPlans()
        case "first-debrief": return .firstDebrief
        case "returning-question":
            guard scope.all.contains(Self.struggledList) else {
                reader.fail(pair.value, "returning-question compares the hard questions of \"\(Self.struggledList)\", which no plugin asks; load the reflection plugin too")
                return nil
            }
            return .returningQuestion(in: Self.struggledList)
        default:
            reader.fail(pair.value, "\"\(name)\" is not something the history can show; use one of \(Self.historyTests.joined(separator: ", "))"
                        + reader.suggestion(for: name, from: Self.historyTests))
            return nil
        }
    }

    private func readCombination(_ pairs: [String: (key: Node, value: Node)], node: Node, step: String, scope: StepScope,
                                 reader: YAMLReader) -> Condition? {
        guard pairs.count == 1, let (name, pair) = pairs.first, ["all", "any", "not"].contains(name) else {
            reader.fail(node, "a condition needs `step:` with one test (e.g. `{ step: mood, less-than: 3 }`), or one of all, any, not")
            return nil
        }
        if name == "not" {
            return readCondition(pair.value, step: step, scope: scope, reader: reader).map { .not($0) }
        }
        guard case .sequence(let items) = pair.value, !items.isEmpty else {
            reader.fail(pair.value, "`\(name)` takes a list of conditions")
            return nil
        }
        let parts = items.compactMap { readCondition($0, step: step, scope: scope, reader: reader) }
        guard parts.count == items.count else { return nil }
        return name == "all" ? .all(parts) : .any(parts)
    }

    /// A compared value must be one the question can produce, or the condition never holds.
    private func checkValue(_ value: String, node: Node, against prompt: (any Prompt)?, reader: YAMLReader) {
        if prompt is YesPartlyNoPrompt, YesPartlyNo(rawValue: value.lowercased()) == nil {
            reader.fail(node, "\"\(value)\" can never be the answer to a yes-partly-no question; compare with yes, partly or no")
        } else if let choice = prompt as? ChoicePrompt, !choice.allowsOther,
                  !choice.options.contains(where: { $0.lowercased() == value.lowercased() }) {
            reader.fail(node, "\"\(value)\" is not one of the options (\(choice.options.joined(separator: ", ")))")
        } else if let scale = prompt as? ScalePrompt, !(Int(value).map(scale.range.contains) ?? false) {
            reader.fail(node, "\"\(value)\" is not on the scale \(scale.range.lowerBound)–\(scale.range.upperBound)")
        }
    }
}
