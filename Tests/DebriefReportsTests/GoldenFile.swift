import Foundation
import Testing

/// Compares output with a file under `Golden/`. Set `DEBRIEF_RECORD_GOLDEN=1` to rewrite
/// the files after an intended change (then review the diff); a missing file is written
/// and the test fails once, so it is never passed silently.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ output: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["DEBRIEF_RECORD_GOLDEN"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try output.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Wrote golden file \(name); review it and run the tests again.", sourceLocation: sourceLocation)
            return
        }
        #expect(output == expected, "output differs from Golden/\(name)", sourceLocation: sourceLocation)
    }
}
