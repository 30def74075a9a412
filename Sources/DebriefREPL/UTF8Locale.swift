#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the C character type UTF-8 before libedit starts.
///
/// libedit converts keystrokes with the C library's multibyte functions; under `LANG=C`
/// or with no locale set they reject every non-ASCII byte, so "é" or "東京" would silently
/// vanish (and some versions crash on a terminal). Only `LC_CTYPE` changes: messages,
/// numbers and dates keep the person's locale.
enum UTF8Locale {
    /// Tries the person's own locale first, then locales that exist on most systems.
    static let candidates = ["", "C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// Sets a UTF-8 `LC_CTYPE`; returns its name, or nil when none is installed.
    @discardableResult
    static func ensure() -> String? {
        for name in candidates where setlocale(LC_CTYPE, name) != nil {
            if isUTF8 { return setlocale(LC_CTYPE, nil).map { String(cString: $0) } }
        }
        return nil
    }

    /// Whether the current `LC_CTYPE` encodes text as UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset).uppercased().filter { $0 != "-" } == "UTF8"
    }
}
