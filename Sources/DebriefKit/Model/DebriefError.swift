/// Every error Debrief reports: what happened and what to do about it.
///
/// Its ``code`` is a struct with static codes, so a new code is not a breaking change; match
/// on ``code``. The ``description`` is written for the person at the keyboard.
public struct DebriefError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable categories to branch on: a struct with static codes (as GRDB's `ResultCode`),
    /// so a new code is not a breaking change, while `case .busy` still matches:
    ///
    /// ```swift
    /// switch error.code {
    /// case .busy: showOpenElsewhere()
    /// case .conflict: reload()
    /// default: show(error)
    /// }
    /// ```
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The stable name: `busy`, `conflict`.
        public let rawValue: String

        /// A code named `rawValue`; the static codes below are the ones Debrief throws.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        public var description: String { rawValue }

        /// Someone else saved this debrief since it was loaded.
        public static let conflict = Code(rawValue: "conflict")
        /// Another session holds this debrief (see ``DebriefStore/claim(_:)``).
        public static let busy = Code(rawValue: "busy")
        /// No debrief with this id (or prefix).
        public static let notFound = Code(rawValue: "notFound")
        /// An id prefix matches more than one debrief.
        public static let ambiguous = Code(rawValue: "ambiguous")
        /// The store cannot be opened, read or written.
        public static let storage = Code(rawValue: "storage")
        /// A document or file is not in a shape Debrief understands.
        public static let invalidData = Code(rawValue: "invalidData")
        /// A flow or plugin is defined inconsistently.
        public static let invalidFlow = Code(rawValue: "invalidFlow")
        /// The session is used out of order (e.g. `send` before `start`).
        public static let misuse = Code(rawValue: "misuse")
    }

    /// The category to branch on.
    public let code: Code
    /// What happened, in a sentence.
    public let message: String
    /// What to do next, when there is something to do.
    public let recovery: String?

    /// An error with what happened and what to do. Both are made safe to print: an id or a
    /// file name typed with escape sequences in it is echoed without them.
    public init(_ code: Code, _ message: String, recovery: String? = nil) {
        self.code = code
        self.message = TextNormaliser.displayable(message)
        self.recovery = recovery.map(TextNormaliser.displayable)
    }

    public var description: String {
        recovery.map { "\(message) \($0)" } ?? message
    }

    /// A stale save: `expected` was read, the store holds `actual`.
    public static func conflict(_ id: DebriefID, expected: Int, actual: Int) -> DebriefError {
        DebriefError(.conflict, "Debrief \(id.short) was changed elsewhere (revision \(actual), this copy has \(expected)).",
                     recovery: "Reload it and try again.")
    }

    /// Another session holds `id`.
    public static func busy(_ id: DebriefID) -> DebriefError {
        DebriefError(.busy, "Debrief \(id.short) is open in another window.",
                     recovery: "Finish or pause it there first, then try again.")
    }

    /// No debrief matches `id`.
    public static func notFound(_ id: String) -> DebriefError {
        DebriefError(.notFound, "No debrief matches \"\(id)\".", recovery: "Run `debrief list` to see the ids.")
    }

    public static func == (lhs: DebriefError, rhs: DebriefError) -> Bool {
        lhs.code == rhs.code && lhs.message == rhs.message && lhs.recovery == rhs.recovery
    }
}
