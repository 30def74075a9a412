import EmbeddedCoach
import Foundation

// embedding ANSWERS.json [--format markdown|text]
let arguments = Array(CommandLine.arguments.dropFirst())
guard let path = arguments.first, !path.hasPrefix("-") else {
    FileHandle.standardError.write(Data("usage: embedding ANSWERS.json [--format markdown|text]\n".utf8))
    exit(2)
}
let format = arguments.firstIndex(of: "--format").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } ?? "markdown"

do {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
    }
    let summary = try await EmbeddedCoach().run(answers: EmbeddedCoach.answers(fromJSON: data), format: format)
    FileHandle.standardOutput.write(Data(summary.utf8))
} catch {
    FileHandle.standardError.write(Data("embedding: \(error)\n".utf8))
    exit(1)
}
