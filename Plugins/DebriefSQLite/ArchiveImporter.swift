public import Foundation
public import DebriefKit

/// Adds the debriefs of an archive (as written by ``ArchiveExporter``) to a ``SQLiteStore``.
///
/// All or nothing: the whole document is read and checked first, then every new debrief
/// is written in one transaction, so a bad file or a failure half-way changes nothing.
/// Debriefs already in the store, by id, are skipped and keep their stored version;
/// imported ones keep their revision, so export → import → export gives the same document.
///
/// ```swift
/// let report = try ArchiveImporter(store: store).import(try Data(contentsOf: url), from: url.path)
/// print("\(report.imported) imported, \(report.skipped) already there")
/// ```
public struct ArchiveImporter: Sendable {
    public let store: SQLiteStore

    public init(store: SQLiteStore) {
        self.store = store
    }

    /// Reads and checks an archive without touching the store.
    ///
    /// Throws a ``DebriefKit/DebriefError`` with code `invalidData` that says where the
    /// document is wrong; `source` names the file in that message.
    public func validate(_ data: Data, from source: String) throws -> DebriefArchive {
        try Self.validate(data, from: source)
    }

    /// ``validate(_:from:)`` without a store, for importing into another kind of store.
    public static func validate(_ data: Data, from source: String) throws -> DebriefArchive {
        do {
            return try DebriefJSON.decoder().decode(DebriefArchive.self, from: data)
        } catch let error as DecodingError {
            throw DebriefError(.invalidData, "\(source) is not a Debrief archive we can read: \(Self.describe(error))",
                               recovery: "Nothing was imported. Use a file written by `debrief export`.")
        } catch {
            throw DebriefError(.invalidData, "\(source) could not be read: \(error).", recovery: "Nothing was imported.")
        }
    }

    /// Validates `data` and checks its debriefs as if typed (ids must be UUIDs; text is
    /// cleaned, and the report says where), then adds every debrief not yet stored, in one transaction.
    public func `import`(_ data: Data, from source: String, progress: (ArchiveProgress) -> Void = { _ in }) throws -> ImportReport {
        let archive = try validate(data, from: source)
        let (debriefs, cleaned) = try Self.checked(archive.debriefs, from: source)
        var report = try store.insert(debriefs, progress: progress)
        report.cleaned = cleaned
        return report
    }

    /// A decoding error in a sentence: what is wrong and where in the document.
    static func describe(_ error: DecodingError) -> String {
        func place(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "it is not valid JSON."
        case .dataCorrupted(let context):
            return "\(context.debugDescription) (at \(place(context.codingPath)))."
        case .keyNotFound(let key, let context):
            return "\"\(key.stringValue)\" is missing at \(place(context.codingPath))."
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.debugDescription) (at \(place(context.codingPath)))."
        @unknown default:
            return "\(error)."
        }
    }
}
