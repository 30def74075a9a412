/// Escaping for HTML and SVG: every user string goes through ``escape(_:lineBreak:)``.
enum HTMLText {
    /// Replaces `& < > " '` with entities and drops control characters (C0 but newline,
    /// DEL and C1; a tab becomes a space), so text can sit in element content and in quoted
    /// attributes alike. Works on UTF-8 bytes: multi-byte characters never contain ASCII
    /// bytes, so they pass through untouched, and a report of 100,000 debriefs stays fast.
    /// Each newline is written as `lineBreak`.
    static func escape(_ text: String, lineBreak: String = "\n") -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            defer { previous = byte }
            switch byte {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "\""): out += Array("&quot;".utf8)
            case UInt8(ascii: "'"): out += Array("&#39;".utf8)
            case 0x09: out.append(0x20)
            case 0x0A: out += Array(lineBreak.utf8)
            case 0x00...0x1F, 0x7F: continue
            case 0x80...0x9F where previous == 0xC2: out.removeLast() // U+0080…U+009F
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Escaped, with line breaks kept as `<br>`.
    static func multiline(_ text: String) -> String {
        escape(text, lineBreak: "<br>")
    }
}
