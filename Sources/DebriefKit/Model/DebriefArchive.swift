/// The versioned document that holds many debriefs: export, import and JSON reports.
///
/// ```json
/// {"format": "debrief-archive", "version": 1, "debriefs": [ … ]}
/// ```
public struct DebriefArchive: Codable, Sendable, Equatable {
    /// The value of `format` that marks a Debrief archive.
    public static let formatName = "debrief-archive"
    /// The archive version this build writes.
    public static let currentVersion = 1

    /// Always ``formatName``.
    public var format: String
    /// The archive version it was written with.
    public var version: Int
    /// Every debrief, with its transcript.
    public var debriefs: [Debrief]

    /// An archive of the current version.
    public init(debriefs: [Debrief]) {
        self.format = DebriefArchive.formatName
        self.version = DebriefArchive.currentVersion
        self.debriefs = debriefs
    }
}

extension DebriefArchive {
    private enum CodingKeys: String, CodingKey { case format, version, debriefs }

    /// Refuses documents that are not Debrief archives, or from a newer version.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let format = try c.decode(String.self, forKey: .format)
        guard format == DebriefArchive.formatName else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c, debugDescription:
                "Expected \"format\": \"\(DebriefArchive.formatName)\", found \"\(format)\".")
        }
        let version = try c.decode(Int.self, forKey: .version)
        guard (1...DebriefArchive.currentVersion).contains(version) else {
            throw DecodingError.dataCorruptedError(forKey: .version, in: c, debugDescription:
                "Archive version \(version) is not supported; this Debrief reads version \(DebriefArchive.currentVersion).")
        }
        self.format = format
        self.version = version
        self.debriefs = try c.decode([Debrief].self, forKey: .debriefs)
    }
}
