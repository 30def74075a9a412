public import Foundation
public import DebriefKit

/// Adds the debriefs of an archive (as written by ``ArchiveExporter``) to a ``SQLiteStore``,
/// and its practice deck to a ``DebriefKit/PracticeStore``.
///
/// The archive streams: it is read a chunk at a time and each debrief is decoded, checked
/// and written as it comes, so a file of any size takes the memory of one debrief. All or
/// nothing: every debrief is written in one transaction, which a bad file or a failure
/// half-way rolls back. Debriefs already in the store, by id, are skipped and keep their
/// stored version; imported ones keep their revision, so export → import → export gives the
/// same document. The deck follows once the debriefs are in: cards already held keep theirs.
///
/// ```swift
/// let report = try await ArchiveImporter(store: store, practice: deck).import(contentsOf: path)
/// print("\(report.imported) imported, \(report.skipped) already there")
/// ```
public struct ArchiveImporter: Sendable {
    public let store: SQLiteStore
    /// Where the archive's practice deck goes; nil leaves it out.
    public let practice: (any PracticeStore)?

    public init(store: SQLiteStore, practice: (any PracticeStore)? = nil) {
        self.store = store
        self.practice = practice
    }

    /// Imports the archive in the file at `path`.
    public func `import`(contentsOf path: String, progress: (ArchiveProgress) -> Void = { _ in }) async throws -> ImportReport {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw DebriefError(.invalidData, "\(path) is a folder, not an archive.", recovery: "Give the path of a file written by `debrief export`.")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DebriefError(.invalidData, "Debrief can't read \(path).", recovery: "Check the path and that the file is readable.")
        }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        return try await `import`(ArchiveReader(handle), from: path, size: size, progress: progress)
    }

    /// Reads and checks a whole archive in memory, for importing into another kind of store.
    ///
    /// Throws a ``DebriefKit/DebriefError`` with code `invalidData` that says where the
    /// document is wrong; `source` names the file in that message.
    public static func validate(_ data: Data, from source: String) throws -> DebriefArchive {
        do {
            return try DebriefJSON.decoder().decode(DebriefArchive.self, from: data)
        } catch let error as DecodingError {
            throw unreadable(source, describe(error))
        }
    }

    /// Imports an archive held in memory; `source` names it in messages.
    public func `import`(_ data: Data, from source: String, progress: (ArchiveProgress) -> Void = { _ in }) async throws -> ImportReport {
        try await `import`(ArchiveReader(data), from: source, size: data.count, progress: progress)
    }

    private func `import`(_ reader: ArchiveReader, from source: String, size: Int,
                          progress: (ArchiveProgress) -> Void) async throws -> ImportReport {
        var deck: PracticeBackup?
        var (report, cleaned) = try store.insert(documents: { add in
            var reading = Reading(source: source)
            let members: [String: Data]
            do {
                members = try reader.read(progress: { progress(ArchiveProgress(done: $0, total: size)) }) { element in
                    if let debrief = try reading.debrief(from: element) { try add(debrief, element) }
                }
            } catch let error as ArchiveReader.Malformed {
                throw Self.unreadable(source, "it is not valid JSON, or not an archive's object (\(error)).")
            } catch let error as DebriefError {
                throw error
            } catch {
                throw DebriefError(.invalidData, "\(source) could not be read: \(error.localizedDescription).", recovery: "Nothing was imported.")
            }
            // The header often comes last (export writes it last): it is checked before any
            // element's own error, since a newer version explains why elements don't read.
            let header = try Self.header(of: members, from: source)
            guard members["debriefs"] != nil else { throw Self.unreadable(source, "\"debriefs\" is missing at the top level.") }
            if let failure = reading.failure { throw failure }
            if header.version >= 2, let practice = members["practice"] {
                deck = try DebriefJSON.decoder().decode(PracticeBackup.self, from: practice)
            }
            return reading.cleaned
        })
        report.cleaned = cleaned
        if let deck, let practice {
            report.practiceCards = try await practice.restore(deck)
        }
        return report
    }

    /// The archive's `format` and `version`, checked.
    private static func header(of members: [String: Data], from source: String) throws -> DebriefArchive.Header {
        var object = Data("{".utf8)
        for name in ["format", "version"] {
            guard let value = members[name] else { throw unreadable(source, "\"\(name)\" is missing at the top level.") }
            object += Data("\"\(name)\":".utf8) + value + Data(name == "format" ? ",".utf8 : "}".utf8)
        }
        do {
            return try DebriefJSON.decoder().decode(DebriefArchive.Header.self, from: object)
        } catch let error as DecodingError {
            throw unreadable(source, describe(error))
        }
    }

    /// What reading an archive has found so far.
    private struct Reading {
        let source: String
        let decoder = DebriefJSON.decoder()
        var index = 0
        /// The first element that didn't decode; reading goes on to find the header.
        var failure: DebriefError?
        var cleaned: [DebriefID: [String]] = [:]

        /// The next element as a checked debrief, or nil once an element has failed.
        mutating func debrief(from element: Data) throws -> Debrief? {
            defer { index += 1 }
            guard failure == nil else { return nil }
            do {
                let (debrief, changed) = try ArchiveImporter.checked(decoder.decode(Debrief.self, from: element),
                                                                     at: index, from: source)
                if !changed.isEmpty { cleaned[debrief.id] = changed }
                return debrief
            } catch let error as DecodingError {
                failure = ArchiveImporter.unreadable(source, ArchiveImporter.describe(error, under: "debriefs[\(index)]"))
                return nil
            }
        }
    }

    /// The refusal of an archive: where it is wrong, and that nothing was imported.
    static func unreadable(_ source: String, _ reason: String) -> DebriefError {
        DebriefError(.invalidData, "\(source) is not a Debrief archive we can read: \(reason)",
                     recovery: "Nothing was imported. Use a file written by `debrief export`.")
    }

    /// A decoding error in a sentence: what is wrong and where in the document, under `parent`.
    static func describe(_ error: DecodingError, under parent: String? = nil) -> String {
        func place(_ path: [any CodingKey]) -> String {
            let steps = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            let whole = ([parent].compactMap { $0 } + steps).joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
            return whole.isEmpty ? "the top level" : whole
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return parent.map { "\($0) is not valid JSON." } ?? "it is not valid JSON."
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
