import DebriefKit
import Foundation

extension REPL {
    /// One answer as the person gave it: possibly over several `\` lines or from `/edit`.
    enum Entry: Equatable {
        case answer(String)
        case cancelled
        case ended
    }

    /// Reads until a whole answer is there. Lines ending in `\` continue (joined with a
    /// newline); `/edit` hands the draft to the external editor; commands go to the
    /// persistent history, answers never do.
    func readAnswer(_ state: PromptState?) async -> Entry {
        let completer = await self.completer()
        var parts: [String] = []
        while true {
            let prompt = parts.isEmpty ? renderer.prompt(state) : renderer.continuationPrompt(state)
            switch await read(prompt, completer: completer) {
            case .cancelled:
                return .cancelled
            case .ended:
                return parts.isEmpty ? .ended : .answer(parts.joined(separator: "\n"))
            case .line(let line):
                editor.remember(line)
                if parts.isEmpty, let history { _ = try? history.record(line) }
                if line.trimmingCharacters(in: .whitespaces).lowercased() == "/edit" {
                    let draft = parts.isEmpty ? state?.keptAnswer ?? "" : parts.joined(separator: "\n")
                    if let text = await edit(draft) { return .answer(text) }
                } else if line.hasSuffix("\\") {
                    parts.append(String(line.dropLast()))
                } else {
                    return .answer((parts + [line]).joined(separator: "\n"))
                }
            }
        }
    }

    /// Tab candidates for the current question, from a snapshot of the session.
    private func completer() async -> Completer {
        let conversation = session.conversation
        let debrief = await session.debrief
        return { typed in
            let own = typed.hasPrefix("/") ? REPL.commands.map(\.name).filter { $0.hasPrefix(typed.lowercased()) } : []
            return (debrief.map { conversation.completions(for: typed, in: $0) } ?? []) + own
        }
    }

    /// Runs the external editor on `draft`; returns the text to send, or nil after saying why not.
    private func edit(_ draft: String) async -> String? {
        guard editor.isInteractive else {
            TerminalOutput.write(renderer.render(Message(.reason, "/edit needs a terminal. End a line with \\ to carry on typing on the next line instead.")))
            return nil
        }
        let externalEditor = self.externalEditor
        editor.restoreTerminal()
        let result = await onInputThread { Result { () throws(ExternalEditor.EditFailure) in try externalEditor.edit(draft) } }
        switch result {
        case .failure(let failure):
            TerminalOutput.write(renderer.render(Message(.reason, failure.description)))
            return nil
        case .success(let text) where text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty:
            TerminalOutput.write(renderer.render(Message(.reason, "The editor came back empty, so nothing was sent. Type your answer, or /edit to try again.")))
            return nil
        case .success(let text):
            TerminalOutput.write(renderer.render(Message(.hint, text)))
            return text.hasPrefix("/") && !text.hasPrefix("//") ? "/" + text : text
        }
    }
}
