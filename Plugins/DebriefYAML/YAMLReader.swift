import Foundation
import Yams

/// Reads typed values out of a composed YAML tree and records every problem with its
/// position, so one validation run reports all mistakes in a file.
final class YAMLReader {
    let file: String
    private(set) var errors: [YAMLPluginError] = []

    init(file: String) {
        self.file = file
    }

    func fail(_ node: Node?, _ message: String) {
        let mark = node?.mark
        errors.append(YAMLPluginError(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, message: message))
    }

    /// The pairs of a mapping; reports a non-mapping, duplicate keys and keys not in `allowed`.
    func mapping(_ node: Node, allowed: [String], what: String) -> [String: (key: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            fail(node, "expected \(what) as a mapping of keys and values, found \(describe(node))")
            return nil
        }
        var pairs: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                fail(key, "expected a plain key in \(what)")
                continue
            }
            if pairs[name] != nil {
                fail(key, "the key \"\(name)\" appears twice in \(what); keep one")
                continue
            }
            if !allowed.contains(name) {
                fail(key, "unknown key \"\(name)\" in \(what)\(suggestion(for: name, from: allowed)); allowed keys: \(allowed.joined(separator: ", "))")
                continue
            }
            pairs[name] = (key, value)
        }
        return pairs
    }

    func string(_ node: Node, what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            fail(node, "expected \(what) as text, found \(describe(node))")
            return nil
        }
        let text = scalar.string
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            fail(node, "\(what) is empty; write some text")
            return nil
        }
        return text
    }

    func int(_ node: Node, what: String) -> Int? {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            fail(node, "expected \(what) as a whole number, found \(describe(node))")
            return nil
        }
        return value
    }

    func bool(_ node: Node, what: String) -> Bool? {
        guard case .scalar(let scalar) = node, let value = Bool(scalar.string.lowercased()) ?? ["yes": true, "no": false][scalar.string.lowercased()] else {
            fail(node, "expected \(what) as true or false, found \(describe(node))")
            return nil
        }
        return value
    }

    func strings(_ node: Node, what: String) -> [String]? {
        guard case .sequence(let sequence) = node else {
            fail(node, "expected \(what) as a list (- item, or [a, b]), found \(describe(node))")
            return nil
        }
        let values = sequence.compactMap { string($0, what: "an item of \(what)") }
        return values.count == sequence.count ? values : nil
    }

    func oneOf(_ node: Node, _ choices: [String], what: String) -> String? {
        guard let text = string(node, what: what) else { return nil }
        guard choices.contains(text) else {
            fail(node, "\"\(text)\" is not a valid \(what)\(suggestion(for: text, from: choices)); use one of: \(choices.joined(separator: ", "))")
            return nil
        }
        return text
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "\"\(scalar.string.prefix(40))\""
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// `; did you mean "type"?` when a close match exists.
    func suggestion(for word: String, from candidates: [String]) -> String {
        let best = candidates.map { ($0, Self.distance(word.lowercased(), $0)) }.min { $0.1 < $1.1 }
        guard let (candidate, distance) = best, distance <= max(2, candidate.count / 3), distance < word.count else { return "" }
        return "; did you mean \"\(candidate)\"?"
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
