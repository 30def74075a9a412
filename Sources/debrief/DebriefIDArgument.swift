import ArgumentParser
import DebriefKit

/// The `ID` argument of the commands that act on one debrief; a unique prefix of at least
/// ``shortest`` characters is enough (an empty one would be the start of every id).
struct DebriefIDArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The debrief's id, or its first 4 or more characters if only one debrief starts with them (see `debrief list`).",
                                 valueName: "id"))
    var id: String

    /// The fewest characters of an id that are taken as its start.
    static let shortest = DebriefID.shortestPrefix

    func validate() throws {
        guard id.count >= Self.shortest else {
            throw ValidationError("An id needs at least \(Self.shortest) characters, such as the 8 that `debrief list` shows; \(TextNormaliser.quoted(TextNormaliser.displayable(id))) is too short to pick one debrief.")
        }
    }

    /// The summary of the one debrief whose id starts with ``id``; it reads only the list row,
    /// so it works even when the debrief's document is damaged.
    func summary(in store: some DebriefStore) async throws -> DebriefSummary {
        let matches = try await store.list(DebriefQuery(idPrefix: id.lowercased(), limit: 2))
        guard let first = matches.first else { throw DebriefError.notFound(id) }
        guard matches.count == 1 else {
            throw DebriefError(.ambiguous, "More than one debrief starts with \"\(id)\".", recovery: "Type more characters of the id.")
        }
        return first
    }

    /// The one debrief whose id starts with ``id``; a damaged one is named with what to do.
    func debrief(in store: some DebriefStore) async throws -> Debrief {
        let summary = try await summary(in: store)
        do {
            guard let debrief = try await store.load(summary.id) else { throw DebriefError.notFound(id) }
            return debrief
        } catch let error as DebriefError where error.code == .invalidData {
            throw DebriefError(.invalidData, "Debrief \(summary.id.short) (\(Console.oneLine(summary.interview.title))) is damaged: its saved document can't be read.",
                               recovery: "`debrief export` saves all the others. Remove this one with `debrief delete \(summary.id.short)`, "
                                + "then bring it back from an older backup with `debrief import` if you have one.")
        }
    }
}
