import DebriefKit
import Foundation

/// Escaping for HTML and SVG: every user string goes through ``escape(_:)``.
enum HTMLText {
    /// Replaces `& < > " '` with entities and drops control characters, so text can sit in
    /// element content and in quoted attributes alike.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in TextNormaliser.normalise(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Escaped, with line breaks kept as `<br>`.
    static func multiline(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\n", with: "<br>")
    }
}
