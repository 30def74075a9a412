public import DebriefKit

/// What an import did: how many debriefs it added and how many it left alone.
public struct ImportReport: Sendable, Equatable {
    /// Debriefs added to the store.
    public var imported = 0
    /// Debriefs already in the store (by id), left as they were.
    public var skipped = 0
    /// Debriefs whose text was cleaned on the way in (line breaks in one-line fields, control
    /// characters), with the fields that changed.
    public var cleaned: [DebriefID: [String]] = [:]
    /// Practice cards added from the archive's deck.
    public var practiceCards = 0

    /// A report of an import that added `imported` debriefs and skipped `skipped`.
    public init(imported: Int = 0, skipped: Int = 0, cleaned: [DebriefID: [String]] = [:]) {
        self.imported = imported
        self.skipped = skipped
        self.cleaned = cleaned
    }

    /// Every debrief the archive held.
    public var total: Int { imported + skipped }
}
