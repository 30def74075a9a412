public import DebriefKit

/// What an export wrote: how many debriefs, and which it left out because their stored
/// document is damaged (not valid JSON), so the archive stays readable.
public struct ArchiveExportReport: Sendable, Equatable {
    /// Debriefs written to the archive.
    public var exported = 0
    /// Debriefs left out, in id order; the caller must tell the person (the archive lacks them).
    public var damaged: [DebriefID] = []

    public init(exported: Int = 0, damaged: [DebriefID] = []) {
        self.exported = exported
        self.damaged = damaged
    }
}
