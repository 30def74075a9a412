/// One session's hold on a debrief, so that two windows never answer the same debrief.
///
/// A store hands out claims through ``DebriefStore/claim(_:)``. The claim lasts as long as
/// this value: dropping the last reference releases it, and a store shared between
/// processes must also free it when its process ends however it ends (a crash, `kill -9`),
/// so no one holds a debrief forever.
///
/// ```swift
/// guard let claim = try await store.claim(id) else { /* open in another window */ }
/// // … answer questions; `claim` goes out of scope when done.
/// ```
public final class DebriefClaim: Sendable {
    /// The debrief held.
    public let id: DebriefID
    private let onRelease: @Sendable () -> Void

    /// A claim on `id`; `release` runs once, when the claim is dropped.
    public init(_ id: DebriefID, release: @escaping @Sendable () -> Void = {}) {
        self.id = id
        self.onRelease = release
    }

    deinit {
        onRelease()
    }
}
