public import Foundation

extension SQLiteStore {
    /// Where debriefs live by default: `$XDG_DATA_HOME/debrief/debriefs.sqlite`,
    /// with `~/.local/share` when `XDG_DATA_HOME` is unset, empty or relative.
    ///
    /// ```swift
    /// let store = try SQLiteStore(path: SQLiteStore.defaultPath())
    /// ```
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = data
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".local/share")
        }
        return ((base as NSString).appendingPathComponent("debrief") as NSString).appendingPathComponent("debriefs.sqlite")
    }
}
