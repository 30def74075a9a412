import ArgumentParser
import DebriefKit
import Foundation

/// `--company`, `--since`, `--until`, `--outcome` and `--stage`, shared by `list`, `search`,
/// `report`, `insights` and `export`: they narrow the debriefs read, and combine (all must hold).
///
/// Days are typed as in a debrief ("last monday", "3 weeks ago", "1 nov", 2026-11-01); an
/// outcome is read like the outcome question reads it ("2", "ghosted", "no reply").
struct FilterOptions: ParsableArguments {
    @Option(help: "Only debriefs whose company contains this text (case and accents ignored).")
    var company: String?

    @Option(help: ArgumentHelp("Only interviews on or after this day: 2026-11-01, \"1 nov\", \"last monday\", \"3 weeks ago\". A debrief with no interview date counts from the day it was started.",
                               valueName: "day"))
    var since: String?

    @Option(help: ArgumentHelp("Only interviews on or before this day (written as for --since).", valueName: "day"))
    var until: String?

    @Option(help: ArgumentHelp("Only interviews that ended this way: rejected, no reply, role closed or withdrew.", valueName: "outcome"))
    var outcome: String?

    @Option(help: ArgumentHelp("Only interviews whose stage contains this text, e.g. \"final\" or \"phone screen\".", valueName: "stage"))
    var stage: String?

    func validate() throws {
        let filter = try interview()
        if let since = filter.since, let until = filter.until, since > until {
            throw ValidationError("--since \(since.iso) is after --until \(until.iso), so nothing could match. Swap them, or pick an earlier --since.")
        }
    }

    /// Whether any filter was given.
    var isFiltering: Bool { company != nil || since != nil || until != nil || outcome != nil || stage != nil }

    /// The debriefs these options select, with `status` and `limit` where the command has them.
    func query(status: DebriefStatus.Name? = nil, limit: Int? = nil) throws -> DebriefQuery {
        DebriefQuery(company: company, status: status, interview: try interview(), limit: limit)
    }

    /// The filter on the interview, with days read relative to `today`.
    func interview(today: DayDate = DayDate(Date(), in: .current)) throws -> InterviewFilter {
        InterviewFilter(since: try since.map { try Self.day($0, option: "--since", today: today) },
                        until: try until.map { try Self.day($0, option: "--until", today: today) },
                        outcome: try outcome.map(Self.outcome), stage: stage)
    }

    /// A day as the REPL's date questions read it.
    static func day(_ text: String, option: String, today: DayDate) throws -> DayDate {
        switch DatePrompt(.any).parse([text], in: PromptContext(today: today)) {
        case .value(let day): return day
        case .reject(let reason), .more(let reason): throw ValidationError("\(option): \(reason)")
        }
    }

    /// The outcome named as the flow's outcome question names it; text as typed when the
    /// flow asks it in the person's own words.
    static func outcome(_ text: String) throws -> String {
        let steps = PluginOptions.quietFlow().chapters.flatMap(\.steps)
        guard let choices = steps.first(where: { $0.records == .outcome })?.prompt as? ChoicePrompt, !choices.allowsOther else { return text }
        if case .value(let outcome) = choices.parse([text], in: PromptContext(today: DayDate(Date(), in: .current))) { return outcome }
        throw ValidationError("--outcome: \(TextNormaliser.quoted(text)) isn't an outcome Debrief knows. Use one of: \(choices.options.joined(separator: ", ")).")
    }
}
