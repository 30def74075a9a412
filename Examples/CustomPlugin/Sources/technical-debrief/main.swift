import DebriefKit
import DebriefREPL
import DebriefSQLite
import Foundation
import TechnicalInterview

// The technical-round chapter as its own chat REPL: the same line editor, rendering and
// signals as `debrief`, over a store in the current folder.
let variables = ProcessInfo.processInfo.environment
let path = FileManager.default.currentDirectoryPath + "/technical-debriefs.sqlite"
do {
    let session = try DebriefSession(plugins: [TechnicalInterviewPlugin(placement: .end)], store: SQLiteStore.sqlite(at: path))
    let repl = REPL(session: session, terminal: .current(variables: variables),
                    resumeCommand: { _ in "technical-debrief (answers are kept in \(path))" })
    defer { repl.restoreTerminal() }
    repl.greet()
    let exit = try await repl.run(try await session.start())
    if exit.status != 0 { Foundation.exit(exit.status) }
} catch {
    FileHandle.standardError.write(Data("technical-debrief: \(error)\n".utf8))
    exit(1)
}
