import DebriefSQLite
import Foundation

/// A one-line progress bar on standard error, for long exports and imports.
///
/// Drawn only when standard error is a terminal and there are at least ``threshold``
/// debriefs, so pipes, logs and quick runs stay clean.
struct ProgressBar {
    /// Fewer debriefs than this finish too fast to need a bar.
    static let threshold = 1_000
    let label: String

    /// Redraws the bar; ends the line when done.
    func update(_ progress: ArchiveProgress) {
        guard Console.stderrIsTerminal, progress.total >= Self.threshold else { return }
        let width = 30
        let filled = Int(progress.fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let end = progress.done == progress.total ? "\n" : ""
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(progress.done)/\(progress.total)\(end)".utf8))
    }
}
