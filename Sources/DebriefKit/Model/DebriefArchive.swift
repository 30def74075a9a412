/// The versioned document that holds many debriefs: export, import and JSON reports.
///
/// Version 2 adds the practice deck (`practice`), so a backup holds everything; plans and
/// their status live in the debriefs. Version 1 archives still read.
///
/// ```json
/// {"format": "debrief-archive", "version": 2, "debriefs": [ … ], "practice": {"cards": […], "reviews": […]}}
/// ```
public struct DebriefArchive: Codable, Sendable, Equatable {
    /// The value of `format` that marks a Debrief archive.
    public static let formatName = "debrief-archive"
    /// The archive version this build writes.
    public static let currentVersion = 2

    /// Always ``formatName``.
    public var format: String
    /// The archive version it was written with.
    public var version: Int
    /// Every debrief, with its transcript.
    public var debriefs: [Debrief]
    /// The practice deck; nil in a version 1 archive, and in reports, which carry none.
    public var practice: PracticeBackup?

    /// An archive of the current version.
    public init(debriefs: [Debrief], practice: PracticeBackup? = nil) {
        self.format = DebriefArchive.formatName
        self.version = DebriefArchive.currentVersion
        self.debriefs = debriefs
        self.practice = practice
    }
}

extension DebriefArchive {
    private enum CodingKeys: String, CodingKey { case format, version, debriefs, practice }

    /// Refuses documents that are not Debrief archives, or from a newer version.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        (format, version) = try Self.header(c)
        debriefs = try c.decode([Debrief].self, forKey: .debriefs)
        practice = try c.decodeIfPresent(PracticeBackup.self, forKey: .practice)
    }

    /// The header of an archive: what a reader checks before trusting the rest.
    public struct Header: Decodable, Sendable {
        /// Always ``DebriefArchive/formatName``.
        public var format: String
        /// A version this build reads.
        public var version: Int

        public init(from decoder: any Decoder) throws {
            (format, version) = try DebriefArchive.header(try decoder.container(keyedBy: CodingKeys.self))
        }
    }

    /// Refuses a document that is not an archive, or is of a version this build can't read.
    private static func header(_ c: KeyedDecodingContainer<CodingKeys>) throws -> (String, Int) {
        let format = try c.decode(String.self, forKey: .format)
        guard format == formatName else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c, debugDescription:
                "Expected \"format\": \"\(formatName)\", found \"\(format)\".")
        }
        guard let version = try? c.decode(Int.self, forKey: .version), (1...currentVersion).contains(version) else {
            let written = (try? c.decode(Double.self, forKey: .version)).map { "\($0)" } ?? "given"
            throw DecodingError.dataCorruptedError(forKey: .version, in: c, debugDescription:
                "Archive version \(written) is not one this Debrief reads (1 to \(currentVersion)); a newer Debrief may have written it.")
        }
        return (format, version)
    }
}
