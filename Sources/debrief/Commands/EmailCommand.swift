import ArgumentParser
import DebriefKit
import DebriefReflection

/// `debrief email ID`: the feedback-request draft (or, after no reply, a polite follow-up), ready to paste.
struct EmailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "email",
        abstract: "Draft a polite email: asking what to strengthen, or, after no reply, whether there's news.",
        discussion: "After a no it asks what you could strengthen — never why. After no reply it asks whether there's news and says you're still interested. Edit it before you send it.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var target: DebriefIDArgument

    @Option(help: ArgumentHelp("Who it goes to (default: the name you gave in the debrief).", valueName: "name"))
    var to: String?

    @Option(help: ArgumentHelp("Your name, for the signature.", valueName: "name"))
    var from: String?

    @Option(help: ArgumentHelp("One moment from the interview to mention.", valueName: "text"))
    var moment: String?

    func run() async throws {
        let debrief = try await target.debrief(in: storeOptions.openForReading())
        Console.out(FeedbackEmail(for: debrief, recipient: to, sender: from, moment: moment).text)
    }
}
