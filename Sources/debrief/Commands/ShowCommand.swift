import ArgumentParser
import DebriefKit
import DebriefSQLite

/// `debrief show ID`: one debrief's answers, or its full JSON.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one debrief.",
        discussion: "The id can be shortened to its first few characters, as long as only one debrief starts with them.")

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var target: DebriefIDArgument

    @Option(help: "text for people; json for the whole debrief, transcript included.")
    var format: OutputFormat = .text

    func run() async throws {
        let debrief = try await storeOptions.open().resolve(target.id)
        switch format {
        case .json: try Console.json(debrief)
        case .text: Console.out(Self.text(debrief))
        }
    }

    /// The interview, the status and every answer in the order it was given.
    static func text(_ debrief: Debrief) -> String {
        let interview = debrief.interview
        var lines = [interview.title, "id \(debrief.id.rawValue)"]
        let details = [("Interview", interview.date?.iso), ("Stage", interview.stage), ("Outcome", interview.outcome)]
        lines += details.compactMap { label, value in value.map { "\(label): \($0)" } }
        switch debrief.status {
        case .completed(let at): lines.append("Completed \(Console.timestamp(at))")
        case .inProgress: lines.append("In progress, last saved \(Console.timestamp(debrief.updatedAt))")
        }
        let ordered = debrief.trail.filter { debrief.answers[$0] != nil }
        let rest = debrief.answers.keys.filter { !ordered.contains($0) }.sorted()
        if !ordered.isEmpty || !rest.isEmpty { lines.append("") }
        for key in ordered + rest {
            if let answer = debrief.answers[key] { lines.append("\(key.rawValue): \(answer.value.display)") }
        }
        return lines.joined(separator: "\n")
    }
}
