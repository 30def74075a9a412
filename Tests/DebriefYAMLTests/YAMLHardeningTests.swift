import DebriefKit
import DebriefYAML
import Foundation
import Testing

/// A plugin file is untrusted input: what it shows is safe to print, and no file, however
/// large or odd, makes validation slow or the program fail.
@Suite struct YAMLHardeningTests {
    static let parser = YAMLErrorTests.parser
    static let hostile = "\u{1B}]0;pwned\u{7}\u{1B}[2J\u{202E}"

    static func plugin(title: String, steps: String) -> String {
        "id: x\ntitle: \"\(title)\"\nsteps:\n\(steps)"
    }

    static func isPrintable(_ text: String) -> Bool {
        !text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) }
    }

    @Test func everyStringAPluginShowsIsSafeToPrint() throws {
        let h = #"\e]0;pwned\a\e[2J\u202E"#
        let yaml = Self.plugin(title: "Tech\(h)nical", steps: """
              - id: x.a
                ask: "Which\(h) one?"
                help: "Pick\(h) one"
                type: choice
                options: ["red\(h)", "blue"]
              - id: x.b
                say: "Noted\(h)."
              - id: x.c
                ask: "How\(h)?"
                type: scale
                low: "low\(h)"
                high: "high"
                reactions:
                  - say: "Well\(h) done"

            """)
        let plugin = try Self.parser.parse(yaml, file: "p.yaml")
        let steps = plugin.chapter.steps
        let choice = try #require(steps[0].prompt as? ChoicePrompt)
        let scale = try #require(steps[2].prompt as? ScalePrompt)
        let shown = [plugin.chapter.title, steps[0].help ?? "", scale.labels?.low ?? ""] + choice.options
            + steps.compactMap(\.wording.template)
        #expect(shown.allSatisfy(Self.isPrintable), "\(shown)")
        #expect(plugin.chapter.title == "Technical")
        #expect(choice.options == ["red", "blue"])
        let debrief = Debrief(id: .random(), createdAt: Date(timeIntervalSince1970: 0))
        let said = steps[2].reactions.compactMap { $0.response(to: ReactionInput(step: StepKey("x.c"), value: .scale(3), debrief: debrief)) }
        #expect(said == ["Well done"])
    }

    @Test func anErrorQuotingThePluginIsSafeToPrint() {
        let yaml = #"id: x\#ntitle: T\#nsteps:\#n  - id: "a b\e]0;pwned\a\e[2J\u202E"\#n    ask: Q?\#n"#
        #expect(throws: YAMLPluginErrors.self) { try Self.parser.parse(yaml, file: "p\(Self.hostile).yaml") }
        do {
            _ = try Self.parser.parse(yaml, file: "p\(Self.hostile).yaml")
        } catch {
            #expect(Self.isPrintable(error.description), "\(error.description.debugDescription)")
            #expect(error.description.hasPrefix("p.yaml:4:9: error: the step id \"a b\""), "\(error.description.debugDescription)")
        }
    }

    /// Every step refers to the one before it: a reference check that scans all earlier
    /// steps made this 35 s at every start.
    @Test(.timeLimit(.minutes(1))) func tenThousandStepsValidate() throws {
        var yaml = "id: big\ntitle: Big\nsteps:\n  - id: big.s0\n    ask: First?\n"
        for index in 1..<10_000 {
            yaml += "  - id: big.s\(index)\n    ask: \"After {big.s\(index - 1)}?\"\n    when: { step: big.s\(index - 1), answered: true }\n"
        }
        let plugin = try Self.parser.parse(yaml, file: "big.yaml")
        #expect(plugin.chapter.steps.count == 10_000)
    }

    /// Ten thousand mistakes are counted, not each described with a suggestion.
    @Test func aFileOfManyMistakesReportsTheFirstFiftyAndCountsTheRest() {
        var yaml = "id: x\ntitle: T\nsteps:\n"
        for index in 0..<10_000 { yaml += "  - id: x.s\(index)\n    ask: \"{nowhere\(index)}\"\n" }
        do {
            _ = try Self.parser.parse(yaml, file: "p.yaml")
            Issue.record("a file of mistakes loaded")
        } catch {
            #expect(error.errors.count == 51)
            #expect(error.errors.last?.description == "p.yaml: error: and 9950 more problems; fix these first, then validate again")
        }
    }

    /// Aliases let a few lines describe a condition of millions of parts.
    @Test func aConditionBuiltFromAliasesIsRefused() throws {
        var yaml = "id: x\ntitle: T\nsteps:\n  - id: x.a\n    ask: Q?\n  - id: x.b\n    ask: R?\n    when:\n      all:\n"
        yaml += "        - &c0 { step: x.a, answered: true }\n"
        for level in 1...20 { yaml += "        - &c\(level) { all: [*c\(level - 1), *c\(level - 1)] }\n" }
        do {
            _ = try Self.parser.parse(yaml, file: "p.yaml")
            Issue.record("a condition of a million parts loaded")
        } catch {
            #expect(error.description == "p.yaml:9:7: error: this condition has more than 200 parts; split the question into simpler steps")
        }
    }

    /// `plugins validate` and loading at start share one path, so they refuse the same files.
    @Test func loadingFilesRefusesABuiltInChapterID() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yaml-hardening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("reflect.yaml").path
        try Data("id: reflect\ntitle: T\nsteps:\n  - id: mine.a\n    ask: Q?\n".utf8).write(to: URL(fileURLWithPath: file))
        let found = YAMLPluginDirectory.load(files: [file], builtIn: YAMLSamplesTests.builtIn)
        #expect(found.plugins.isEmpty)
        #expect(found.failures.map(\.description) == ["\(file):1:5: error: the id \"reflect\" is already taken by a built-in chapter or a plugin loaded before this one; give this plugin its own id"])
    }
}
