#if Postgres
import DebriefKit
import Foundation

/// A debrief as the store's rows: the debrief row, whose JSON document leaves out the answers
/// and the transcript; one row per answer, with its JSON and its folded words for search; and
/// one row per transcript event.
struct PostgresRecord: Sendable {
    let debrief: Debrief
    /// The debrief's JSON without answers and transcript.
    let document: String
    /// Each answer's JSON, by step.
    let answers: [String: String]
    /// Every answer's searchable words, folded as ``DebriefKit/SearchText`` folds them, one answer
    /// a line: the debrief's own `words`, which rule it in or out of a search before its answers are read.
    let words: String

    init(_ debrief: Debrief) throws {
        var bare = debrief
        bare.answers = [:]
        bare.transcript = []
        let encoder = DebriefJSON.encoder()
        self.debrief = debrief
        self.document = String(decoding: try encoder.encode(bare), as: UTF8.self)
        self.answers = try Dictionary(uniqueKeysWithValues: debrief.answers.map { key, answer in
            (key.rawValue, String(decoding: try encoder.encode(answer), as: UTF8.self))
        })
        self.words = debrief.answers.values.map { Self.folded($0) }.joined(separator: "\n")
    }

    /// An answer's searchable words, folded, for `to_tsvector('simple', …)`.
    static func folded(_ answer: Answer) -> String {
        SearchText.words(answer.searchableText).joined(separator: " ")
    }

    var id: String { debrief.id.rawValue }

    /// Adds the answer rows whose JSON differs from `stored` to `columns`.
    func changedAnswers(from stored: [String: String], into columns: inout AnswerColumns) {
        for (step, json) in answers.sorted(by: { $0.key < $1.key }) where stored[step] != json {
            guard let answer = debrief.answers[StepKey(rawValue: step)] else { continue }
            columns.debriefIDs.append(id)
            columns.steps.append(step)
            columns.json.append(json)
            columns.text.append(answer.searchableText)
            columns.folded.append(Self.folded(answer))
            columns.raw.append(answer.raw)
            columns.answeredAt.append(answer.answeredAt.timeIntervalSince1970)
        }
    }

    /// Adds the transcript events after `storedLast` to `columns`.
    func events(after storedLast: Int, into columns: inout EventColumns) throws {
        let encoder = DebriefJSON.encoder()
        for event in debrief.transcript where event.id > storedLast {
            let body = String(decoding: try encoder.encode(event), as: UTF8.self)
            columns.debriefIDs.append(id)
            columns.seq.append(event.id)
            columns.at.append(event.at.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
            columns.kind.append(event.kind.name)
            columns.step.append(event.kind.step?.rawValue ?? "")
            columns.body.append(body)
        }
    }

    /// Rebuilds a debrief from its document, its answers' JSON and its events' JSON.
    static func debrief(document: String, steps: [String], answers: [String], events: [String]) throws -> Debrief {
        do {
            let decoder = DebriefJSON.decoder()
            var debrief = try decoder.decode(Debrief.self, from: Data(document.utf8))
            for (step, json) in zip(steps, answers) {
                debrief.answers[StepKey(rawValue: step)] = try answer(json, decoder: decoder)
            }
            if !events.isEmpty {
                debrief.transcript = try decoder.decode([TranscriptEvent].self, from: Data(("[" + events.joined(separator: ",") + "]").utf8))
            }
            return debrief
        } catch {
            throw damaged
        }
    }

    /// One answer from its row's JSON.
    static func answer(_ json: String, decoder: JSONDecoder) throws -> Answer {
        do {
            return try decoder.decode(Answer.self, from: Data(json.utf8))
        } catch {
            throw damaged
        }
    }

    private static var damaged: DebriefError {
        DebriefError(.invalidData, "A saved debrief is damaged, so Debrief can't read it.",
                     recovery: "Update Debrief if a newer version wrote it; otherwise `debrief export` saves the others, and you can delete this one.")
    }
}

/// Answer rows as columns, bound as arrays in one INSERT (`unnest`).
struct AnswerColumns: Sendable {
    var debriefIDs: [String] = []
    var steps: [String] = []
    var json: [String] = []
    var text: [String] = []
    /// The searchable text's words, folded as ``DebriefKit/SearchText`` folds them, for `to_tsvector`.
    var folded: [String] = []
    var raw: [String] = []
    var answeredAt: [Double] = []
}

/// Transcript events as columns, bound as arrays in one INSERT (`unnest`).
struct EventColumns: Sendable {
    var debriefIDs: [String] = []
    var seq: [Int] = []
    var at: [String] = []
    var kind: [String] = []
    /// The step an event is about; empty when none.
    var step: [String] = []
    var body: [String] = []
}

extension TranscriptEvent.Kind {
    /// The case's name, for the `kind` column.
    var name: String {
        switch self {
        case .asked: "asked"
        case .answered: "answered"
        case .rejected: "rejected"
        case .command: "command"
        case .said: "said"
        }
    }

    /// The step the event is about, if any.
    var step: StepKey? {
        switch self {
        case .asked(let step, _), .answered(let step, _), .rejected(let step, _, _): step
        case .command, .said: nil
        }
    }
}
#endif
