import DebriefKit
import Foundation

// Plain stdin/stdout wiring of one session; the REPL replaces this.
let session = try DebriefSession(flow: Flow([Demo.chapter]), store: InMemoryStore())

func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

func show(_ messages: [Message]) {
    for message in messages { write(message.text + "\n") }
}

do {
    show(try await session.start())
    while await session.outcome == .continuing {
        if let state = await session.promptState { write("\(state.progress) › ") }
        guard let line = readLine(strippingNewline: true) else {
            write("\nInput ended before the debrief was complete.\n")
            exit(1)
        }
        show(try await session.send(line))
    }
} catch {
    FileHandle.standardError.write(Data("debrief: \(error)\n".utf8))
    exit(1)
}
