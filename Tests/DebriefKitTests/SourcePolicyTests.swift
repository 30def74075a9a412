import Foundation
import Testing

/// The core stays free of I/O, so it can run in any host and be tested by transcripts.
@Suite struct SourcePolicyTests {
    static let forbidden = ["FileManager", "FileHandle", "print(", "readLine(", "ProcessInfo", "Date()", "fopen(", "URLSession"]

    @Test func debriefKitDoesNoIO() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources/DebriefKit")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 20)
        var offences: [String] = []
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                for word in Self.forbidden where line.contains(word) {
                    if word == "Date()" && file.lastPathComponent == "DebriefClock.swift" { continue }
                    offences.append("\(file.lastPathComponent):\(number + 1): \(word)")
                }
            }
        }
        #expect(offences.isEmpty, "DebriefKit must not do I/O or read the clock itself: \(offences)")
    }
}
