import DebriefKit
import DebriefTesting
import DebriefYAML
import Foundation
import Testing

/// Random and mutated YAML never crashes the loader: every input gives a plugin or errors
/// with positions inside the text.
@Suite struct YAMLFuzzTests {
    static let seeds: [String] = ["technical-interview.yaml", "salary-conversation.yaml", "panel-interview.yaml"].map {
        (try? String(contentsOfFile: "\(YAMLSamplesTests.examples)/\($0)", encoding: .utf8)) ?? ""
    } + [YAMLPluginTemplate.starter(name: "fuzz")]

    static let fragments = ["\t", ":", " ", "- ", "{", "}", "[", "]", "\"", "'", "&a", "*a", "!!int", "#", "\n", "? ", "|", ">",
                            "when: {step: x}", "type: choice", "- id: z\n  ask: q", "\u{0}", "é", "😅", "~", "null", "0x1F"]

    @Test func mutatedSamplesNeverCrash() {
        var generator = SeededGenerator(seed: 42)
        var loaded = 0
        for round in 0..<3000 {
            var lines = Self.seeds[round % Self.seeds.count].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<Int.random(in: 1...4, using: &generator) where !lines.isEmpty {
                let index = Int.random(in: 0..<lines.count, using: &generator)
                switch Int.random(in: 0..<5, using: &generator) {
                case 0: lines.remove(at: index)
                case 1: lines.insert(lines[index], at: index)
                case 2: lines.swapAt(index, Int.random(in: 0..<lines.count, using: &generator))
                case 3:
                    var line = lines[index]
                    let at = line.index(line.startIndex, offsetBy: Int.random(in: 0...line.count, using: &generator))
                    line.insert(contentsOf: Self.fragments.randomElement(using: &generator)!, at: at)
                    lines[index] = line
                default: lines[index] = String(lines[index].dropFirst(Int.random(in: 0...4, using: &generator)))
                }
            }
            let text = lines.joined(separator: "\n")
            do {
                _ = try YAMLPluginParser(knownStepIDs: ["reflect.prepared"], knownChapterIDs: ["reflect", "move", "context"]).parse(text, file: "f.yaml")
                loaded += 1
            } catch {
                #expect(!error.errors.isEmpty)
                #expect(error.errors.allSatisfy { $0.line <= lines.count + 1 && !$0.message.isEmpty })
            }
        }
        #expect(loaded > 0, "some mutations are harmless and must still load")
    }

    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let length = Int.random(in: 0...200, using: &generator)
            let text = String((0..<length).map { _ in
                Character(Unicode.Scalar(UInt32.random(in: 0x09...0x7E, using: &generator)) ?? " ")
            })
            do {
                _ = try YAMLPluginParser().parse(text, file: "r.yaml")
                Issue.record("random text should never be a valid plugin: \(text)")
            } catch {
                #expect(!error.errors.isEmpty)
            }
        }
    }
}

