import DebriefKit
import DebriefYAML
import Foundation
import Testing

/// Malformed plugin files: each must give exactly this error, at exactly this place.
@Suite struct YAMLErrorTests {
    static let parser = YAMLPluginParser(knownStepIDs: YAMLSamplesTests.builtIn.stepIDs,
                                         knownChapterIDs: Set(YAMLSamplesTests.builtIn.chapters.map(\.id)))

    static let cases: [(name: String, yaml: String, errors: [String])] = [
        ("empty file", "", ["p.yaml: error: the file is empty; start from `debrief plugins new NAME` for a commented example"]),
        ("not yaml", "id: x\ntitle: [unclosed\n", ["p.yaml:3:1: error: this is not valid YAML: while parsing a flow sequence did not find expected ',' or ']'; check the indentation and quotes around this point"]),
        ("tab indentation", "id: x\ntitle: T\nsteps:\n\t- id: a\n", ["p.yaml:4:1: error: this is not valid YAML: while scanning for the next token found character that cannot start any token; check the indentation and quotes around this point"]),
        ("top is a list", "- id: x\n", ["p.yaml:1:1: error: expected the plugin as a mapping of keys and values, found a list"]),
        ("unknown top key", "id: x\ntitel: T\nsteps:\n  - id: a\n    ask: Q?\n", ["p.yaml:2:1: error: unknown key \"titel\" in the plugin; did you mean \"title\"?; allowed keys: id, title, version, description, placement, steps", "p.yaml:1:1: error: the plugin has no title; add `title: …`, shown as the chapter's name"]),
        ("missing id", "title: T\nsteps:\n  - id: a\n    ask: Q?\n", ["p.yaml:1:1: error: the plugin has no id; add `id: my-plugin`"]),
        ("bad plugin id", "id: My Plugin\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n", ["p.yaml:1:5: error: the plugin id \"My Plugin\" should use lowercase letters, digits, '.', '-' or '_' (like technical-round)"]),
        ("missing title", "id: x\nsteps:\n  - id: a\n    ask: Q?\n", ["p.yaml:1:1: error: the plugin has no title; add `title: …`, shown as the chapter's name"]),
        ("version not a number", "id: x\ntitle: T\nversion: one\nsteps:\n  - id: a\n    ask: Q?\n", ["p.yaml:3:10: error: expected the version as a whole number from 1 to 1000000000, found \"one\""]),
        ("version zero", "id: x\ntitle: T\nversion: 0\nsteps:\n  - id: a\n    ask: Q?\n", ["p.yaml:3:10: error: the version is 0; it must be from 1 to 1000000000"]),
        ("missing steps", "id: x\ntitle: T\n", ["p.yaml:1:1: error: the plugin has no steps; add `steps:` with at least one `- id: …` and `ask: …`"]),
        ("steps not a list", "id: x\ntitle: T\nsteps: hello\n", ["p.yaml:3:8: error: expected steps as a non-empty list of steps (each starting with `- id: …`)"]),
        ("empty steps", "id: x\ntitle: T\nsteps: []\n", ["p.yaml:3:8: error: expected steps as a non-empty list of steps (each starting with `- id: …`)"]),
        ("step not a mapping", "id: x\ntitle: T\nsteps:\n  - just text\n", ["p.yaml:4:5: error: expected a step as a mapping of keys and values, found \"just text\""]),
        ("step without id", "id: x\ntitle: T\nsteps:\n  - ask: Q?\n", ["p.yaml:4:5: error: this step has no id; add `id: chapter.name`, unique in the flow"]),
        ("step id with space", "id: x\ntitle: T\nsteps:\n  - id: a b\n    ask: Q?\n", ["p.yaml:4:9: error: the step id \"a b\" must not contain spaces, # or braces; use letters, digits, '.', '-' or '_'"]),
        ("duplicate step id", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n  - id: a\n    ask: Again?\n", ["p.yaml:6:9: error: the step id \"a\" is already used; answers are stored by id, so each must be unique"]),
        ("step id clashes with built-in", "id: x\ntitle: T\nsteps:\n  - id: reflect.prepared\n    ask: Q?\n", ["p.yaml:4:9: error: the step id \"reflect.prepared\" is already used; answers are stored by id, so each must be unique"]),
        ("neither ask nor say", "id: x\ntitle: T\nsteps:\n  - id: a\n    type: text\n", ["p.yaml:4:5: error: step \"a\" needs `ask:` (a question) or `say:` (something the coach says)"]),
        ("both ask and say", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    say: Hi\n", ["p.yaml:6:5: error: step \"a\" has both `ask` and `say`; use one per step"]),
        ("empty question", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: \"  \"\n", ["p.yaml:5:10: error: the question is empty; write some text"]),
        ("unknown type", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: yesno\n", ["p.yaml:6:11: error: \"yesno\" is not a valid type; use one of: text, yes-partly-no, scale, date, choice, list, star"]),
        ("unknown step key", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    optinal: true\n", ["p.yaml:6:5: error: unknown key \"optinal\" in a step; did you mean \"optional\"?; allowed keys: id, ask, say, type, optional, max-length, options, allow-other, min, max, low, high, direction, min-items, max-items, when, for-each, help, records, reactions, label"]),
        ("duplicate key", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    ask: Again?\n", ["p.yaml:5:5: error: the key \"ask\" appears twice in the same mapping; keep one"]),
        ("choice without options", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: choice\n", ["p.yaml:4:5: error: a choice question needs `options:`, a list of at least two answers"]),
        ("choice with one option", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: choice\n    options: [only]\n", ["p.yaml:7:14: error: a choice needs at least two options"]),
        ("options not a list", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: choice\n    options: a, b\n", ["p.yaml:7:14: error: expected options as a list (- item, or [a, b]), found \"a, b\""]),
        ("option key on text", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    options: [a, b]\n", ["p.yaml:6:5: error: \"options\" does not apply to a text question"]),
        ("scale min above max", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: scale\n    min: 5\n    max: 1\n", ["p.yaml:8:10: error: a scale needs min below max (at most 20 apart), like min: 1 and max: 5"]),
        ("scale one label", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: scale\n    low: bad\n", ["p.yaml:7:5: error: give both `low` and `high` labels, or neither"]),
        ("bad direction", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: date\n    direction: later\n", ["p.yaml:7:16: error: \"later\" is not a valid direction; use one of: past, future, any"]),
        ("optional not a bool", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    optional: perhaps\n", ["p.yaml:6:15: error: expected optional as true or false, found \"perhaps\""]),
        ("condition on unknown step", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    when: { step: nowhere, equals: yes }\n", ["p.yaml:6:19: error: step \"a\" depends on \"nowhere\", which is not defined before it; a step can only depend on earlier steps (a later one would make a cycle)"]),
        ("condition on itself", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: yes-partly-no\n    when: { step: a, equals: yes }\n", ["p.yaml:7:19: error: step \"a\" depends on itself; a step can only depend on earlier answers"]),
        ("condition on a later step (cycle)", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    when: { step: b, equals: yes }\n  - id: b\n    ask: R?\n    type: yes-partly-no\n    when: { step: a, answered: true }\n", ["p.yaml:6:19: error: step \"a\" depends on \"b\", which is not defined before it; a step can only depend on earlier steps (a later one would make a cycle)"]),
        ("condition with two tests", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: yes-partly-no\n  - id: b\n    ask: R?\n    when: { step: a, equals: yes, not: no }\n", ["p.yaml:9:11: error: a condition on \"a\" needs exactly one test: equals, not, in, less-than, greater-than or answered"]),
        ("condition value impossible", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: yes-partly-no\n  - id: b\n    ask: R?\n    when: { step: a, equals: maybe }\n", ["p.yaml:9:30: error: \"maybe\" can never be the answer to a yes-partly-no question; compare with yes, partly or no"]),
        ("less-than on yes/no", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: yes-partly-no\n  - id: b\n    ask: R?\n    when: { step: a, less-than: 3 }\n", ["p.yaml:9:22: error: less-than compares numbers, but \"a\" is not a scale question"]),
        ("condition without step", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n  - id: b\n    ask: R?\n    when: { equals: yes }\n", ["p.yaml:8:11: error: a condition needs `step:` with one test (e.g. `{ step: mood, less-than: 3 }`), or one of all, any, not"]),
        ("unknown condition key", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n  - id: b\n    ask: R?\n    when: { step: a, equal: yes }\n", ["p.yaml:8:22: error: unknown key \"equal\" in a condition; did you mean \"equals\"?; allowed keys: step, equals, not, in, less-than, greater-than, answered, all, any, history", "p.yaml:8:11: error: a condition on \"a\" needs exactly one test: equals, not, in, less-than, greater-than or answered"]),
        ("all not a list", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n  - id: b\n    ask: R?\n    when: { all: { step: a, answered: true } }\n", ["p.yaml:8:18: error: `all` takes a list of conditions"]),
        ("choice value not an option", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: choice\n    options: [red, blue]\n  - id: b\n    ask: R?\n    when: { step: a, equals: green }\n", ["p.yaml:10:30: error: \"green\" is not one of the options (red, blue)"]),
        ("for-each over a non-list", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n  - id: b\n    ask: \"{item}?\"\n    for-each: a\n", ["p.yaml:8:15: error: \"a\" is not a list question; for-each repeats over the items of a `type: list` step"]),
        ("for-each over unknown", "id: x\ntitle: T\nsteps:\n  - id: b\n    ask: \"{item}?\"\n    for-each: nowhere\n", ["p.yaml:6:15: error: step \"b\" depends on \"nowhere\", which is not defined before it; a step can only depend on earlier steps (a later one would make a cycle)"]),
        ("item without for-each", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: \"How about {item}?\"\n", ["p.yaml:5:10: error: {item} only works in a step with `for-each`"]),
        ("unknown placeholder", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n  - id: b\n    ask: \"You said {aa}\"\n", ["p.yaml:7:10: error: the placeholder {aa} names no earlier step; did you mean \"a\"?; use a step id defined above, {item}, or an interview field (company, role, date, stage, outcome)"]),
        ("say step with type", "id: x\ntitle: T\nsteps:\n  - id: a\n    say: Hello\n    type: text\n", ["p.yaml:6:5: error: a `say` step only speaks; \"type\" belongs to an `ask` step"]),
        ("bad records field", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    records: salary\n", ["p.yaml:6:14: error: \"salary\" is not a valid interview field; use one of: company, role, date, stage, outcome"]),
        ("reaction without say", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    reactions:\n      - when: { step: a, answered: true }\n", ["p.yaml:7:9: error: a reaction needs `say:`, the words to show"]),
        ("reactions not a list", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    reactions: well done\n", ["p.yaml:6:16: error: expected reactions as a list, each with `say:` and usually `when:`"]),
        ("placement unknown chapter", "id: x\ntitle: T\nplacement:\n  after: reflekt\nsteps:\n  - id: a\n    ask: Q?\n", ["p.yaml:4:10: error: there is no chapter \"reflekt\"; did you mean \"reflect\"?; chapters: context, move, reflect"]),
        ("placement two anchors", "id: x\ntitle: T\nplacement:\n  after: reflect\n  before: move\nsteps:\n  - id: a\n    ask: Q?\n", ["p.yaml:4:3: error: the placement takes exactly one of before, after or replaces, e.g. `after: reflect`"]),
        ("max-length zero", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    max-length: 0\n", ["p.yaml:6:17: error: max-length is 0; it must be from 1 to 20000"]),
        // Every number a plugin gives is checked for range, so none can overflow or exhaust anything later.
        ("scale bound that overflows", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: scale\n    min: -9223372036854775807\n", ["p.yaml:7:10: error: min is -9223372036854775807; it must be from -1000 to 1000"]),
        ("scale bound past Int", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: scale\n    max: 99999999999999999999\n", ["p.yaml:7:10: error: max is 99999999999999999999; it must be from -1000 to 1000"]),
        ("version as a float", "id: x\ntitle: T\nversion: 1e300\nsteps:\n  - id: a\n    ask: Q?\n", ["p.yaml:3:10: error: expected the version as a whole number from 1 to 1000000000, found \"1e300\""]),
        ("version too large", "id: x\ntitle: T\nversion: 9223372036854775807\nsteps:\n  - id: a\n    ask: Q?\n", ["p.yaml:3:10: error: the version is 9223372036854775807; it must be from 1 to 1000000000"]),
        ("max-length past the answer limit", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    max-length: 10000000\n", ["p.yaml:6:17: error: max-length is 10000000; it must be from 1 to 20000"]),
        ("max-items too many", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: list\n    max-items: 1000000\n", ["p.yaml:7:16: error: max-items is 1000000; it must be from 0 to 100"]),
        ("min-items negative", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: list\n    min-items: -5\n", ["p.yaml:7:16: error: min-items is -5; it must be from 0 to 100"]),
        ("condition bound out of range", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    type: scale\n  - id: b\n    ask: R?\n    when: { step: a, less-than: -9223372036854775808 }\n", ["p.yaml:9:33: error: less-than is -9223372036854775808; it must be from -1000 to 1000"]),
        ("plugin id of a built-in chapter", "id: reflect\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n", ["p.yaml:1:5: error: the id \"reflect\" is already taken by a built-in chapter or a plugin loaded before this one; give this plugin its own id"]),
        ("title over two lines", "id: x\ntitle: \"Two\\nlines\"\nsteps:\n  - id: a\n    ask: Q?\n", ["p.yaml:2:8: error: the title is shown on one line; write it without line breaks"]),
        ("label too long", "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n    label: How much energy do you have left for the search after this interview\n", ["p.yaml:6:12: error: a label is the short name shown next to the answer in summaries and reports: one line, 1 to 60 characters, like \"Energy for the search\""]),
        ("label on a say step", "id: x\ntitle: T\nsteps:\n  - id: a\n    say: Hi.\n    label: Greeting\n", ["p.yaml:6:5: error: a `say` step only speaks; \"label\" belongs to an `ask` step"]),
        ("step id with a line break", "id: x\ntitle: T\nsteps:\n  - id: \"a\\nb\"\n    ask: Q?\n", ["p.yaml:4:9: error: the step id \"a\nb\" must not contain spaces, # or braces; use letters, digits, '.', '-' or '_'"]),
    ]

    @Test func aLabelNamesTheAnswer() throws {
        let yaml = "id: x\ntitle: T\nsteps:\n  - id: x.energy\n    ask: How much energy do you have, from 1 to 10?\n    type: scale\n    max: 10\n    label: Energy for the search\n  - id: x.note\n    ask: Anything else?\n"
        let steps = try Self.parser.parse(yaml, file: "p.yaml").chapters[0].steps
        let context = WordingContext(debrief: Debrief(id: DebriefID(rawValue: "d"), createdAt: .init(timeIntervalSince1970: 0)))
        #expect(steps.map { $0.label(in: context) } == ["Energy for the search", "Anything else"])
        #expect(steps[0].display(.scale(8)) == "8/10")
    }

    @Test(arguments: cases.map(\.name))
    func aMalformedFileGivesTheExactErrorAndPosition(name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        #expect(throws: YAMLPluginErrors.self) { try Self.parser.parse(testCase.yaml, file: "p.yaml") }
        do {
            _ = try Self.parser.parse(testCase.yaml, file: "p.yaml")
        } catch {
            #expect(error.errors.map(\.description) == testCase.errors)
        }
    }
}
