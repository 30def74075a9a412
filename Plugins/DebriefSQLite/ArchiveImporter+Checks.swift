public import DebriefKit
import Foundation

extension ArchiveImporter {
    /// Checks one debrief of an archive, the `index`th, as if it had been typed.
    ///
    /// An id that is not a UUID is refused (nothing is imported): ids name debriefs on the
    /// command line and in file names, so `""` or `../../etc/passwd` must never be stored.
    /// Text is cleaned rather than refused, so a backup made by an older version still
    /// imports: the interview's one-line fields lose line breaks and control characters
    /// (``DebriefKit/Interview/oneLine(_:)``), answers lose control characters and escape
    /// sequences as typed lines do (``DebriefKit/TextNormaliser``). Returns the debrief to
    /// store, and the fields that cleaning changed.
    public static func checked(_ original: Debrief, at index: Int, from source: String) throws -> (debrief: Debrief, changed: [String]) {
        guard let uuid = UUID(uuidString: original.id.rawValue) else {
            throw unreadable(source, "debrief [\(index)] has the id \(TextNormaliser.quoted(original.id.rawValue)), which is not a UUID.")
        }
        var debrief = original
        debrief.id = DebriefID(rawValue: uuid.uuidString.lowercased())
        debrief.interview = original.interview.oneLine
        for (key, answer) in original.answers {
            debrief.answers[key]?.value = Self.typed(answer.value)
        }
        return (debrief, Self.changedFields(original, debrief))
    }

    /// Every debrief of an archive checked by ``checked(_:at:from:)``, with the fields cleaned per debrief.
    public static func checked(_ debriefs: [Debrief], from source: String) throws -> (debriefs: [Debrief], cleaned: [DebriefID: [String]]) {
        var cleaned: [DebriefID: [String]] = [:]
        let clean = try debriefs.enumerated().map { index, original in
            let (debrief, changed) = try checked(original, at: index, from: source)
            if !changed.isEmpty { cleaned[debrief.id] = changed }
            return debrief
        }
        return (clean, cleaned)
    }

    /// An answer's text as the prompts would have kept it.
    private static func typed(_ value: AnswerValue) -> AnswerValue {
        let clean = TextNormaliser.normalise
        return switch value {
        case .text(let text): .text(clean(text))
        case .choice(let text): .choice(clean(text))
        case .list(let items): .list(items.map(clean))
        case .star(let star): .star(STARAnswer(situation: clean(star.situation), task: clean(star.task),
                                               action: clean(star.action), result: clean(star.result)))
        case .yesPartlyNo, .scale, .date, .skipped: value
        }
    }

    /// The names of the fields cleaning changed: `role`, `company`, … and answer step ids.
    private static func changedFields(_ before: Debrief, _ after: Debrief) -> [String] {
        let interview: [(String, KeyPath<Interview, String?>)] = [("company", \.company), ("role", \.role), ("stage", \.stage), ("outcome", \.outcome)]
        let fields = interview.filter { before.interview[keyPath: $0.1] != after.interview[keyPath: $0.1] }.map(\.0)
        let answers = before.answers.keys.filter { before.answers[$0]?.value != after.answers[$0]?.value }.map(\.rawValue).sorted()
        return fields + answers
    }
}
