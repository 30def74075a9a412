import DebriefKit
import Foundation
import Yams

/// Reads typed values out of a composed YAML tree and records every problem with its
/// position, so one validation run reports all mistakes in a file.
///
/// A plugin file is untrusted: text comes back safe to print, numbers only within the
/// range the caller names, and after ``maxErrors`` problems the rest are counted, not
/// described, so a file of ten thousand mistakes costs no more than one of fifty.
final class YAMLReader {
    /// Problems described in full; a person fixes the first few and runs validation again.
    static let maxErrors = 50

    let file: String
    private var errors: [YAMLPluginError] = []
    /// Problems found past ``maxErrors``.
    private var unreported = 0

    init(file: String) {
        self.file = file
    }

    /// Records a problem at `node`; the message is only worked out while it will be shown.
    func fail(_ node: Node?, _ message: @autoclosure () -> String) {
        guard errors.count < Self.maxErrors else {
            unreported += 1
            return
        }
        let mark = node?.mark
        errors.append(YAMLPluginError(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, message: message()))
    }

    /// Problems found so far, described or not.
    var problems: Int { errors.count + unreported }

    /// Every problem, with a last line counting those not described.
    var report: YAMLPluginErrors {
        guard unreported > 0 else { return YAMLPluginErrors(errors) }
        let more = YAMLPluginError(file: file, line: 0, column: 0,
                                   message: "and \(unreported) more problems; fix these first, then validate again")
        return YAMLPluginErrors(errors + [more])
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

    /// Text, with escape sequences and control characters removed: plugin text reaches the terminal.
    func string(_ node: Node, what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            fail(node, "expected \(what) as text, found \(describe(node))")
            return nil
        }
        let text = TextNormaliser.displayable(scalar.string)
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            fail(node, "\(what) is empty; write some text")
            return nil
        }
        return text
    }

    /// A whole number in `range`; anything else, however large, is a problem and not a crash later.
    func int(_ node: Node, what: String, in range: ClosedRange<Int>) -> Int? {
        let bounds = "from \(range.lowerBound) to \(range.upperBound)"
        guard case .scalar(let scalar) = node, scalar.string.wholeMatch(of: /[+-]?[0-9]+/) != nil else {
            fail(node, "expected \(what) as a whole number \(bounds), found \(describe(node))")
            return nil
        }
        guard let value = Int(scalar.string), range.contains(value) else {
            fail(node, "\(what) is \(scalar.string.prefix(40)); it must be \(bounds)")
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

    /// Nodes in the tree under `node`, counting stops past `limit`: an alias is counted each
    /// time it is used, so this is the size a reader of the tree would walk.
    func size(of node: Node, upTo limit: Int) -> Int {
        var count = 0
        var pending = [node]
        while let next = pending.popLast(), count <= limit {
            count += 1
            switch next {
            case .mapping(let mapping): pending += mapping.values
            case .sequence(let sequence): pending += sequence
            case .scalar, .alias: break
            }
        }
        return count
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "\"\(TextNormaliser.displayable(String(scalar.string.prefix(40))))\""
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
