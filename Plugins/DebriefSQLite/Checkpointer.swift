import Foundation
import GRDB

/// Copies committed pages from the WAL into the database file in the background.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses its threshold, so one
/// save in a few dozen paid for copying and syncing the whole WAL. Here the store turns it
/// off and, every ``interval`` commits, runs a passive checkpoint on a connection of its own
/// on a background queue: it never blocks a save or a read, and skips pages still in use.
final class Checkpointer: @unchecked Sendable {
    /// Commits between two checkpoints: a few megabytes of WAL.
    static let interval = 100

    private let path: String
    private let configuration: Configuration
    /// Serialises all the state below; nothing else touches it.
    private let queue = DispatchQueue(label: "Debrief.checkpoint", qos: .utility)
    private var commits = 0
    private var connection: DatabaseQueue?
    private var closed = false

    init(path: String, configuration: Configuration) {
        self.path = path
        self.configuration = configuration
    }

    /// Counts `weight` commits, and checkpoints once enough have piled up.
    func noteCommit(weight: Int = 1) {
        queue.async { [self] in
            commits += weight
            guard commits >= Self.interval, !closed else { return }
            commits = 0
            // A failed checkpoint loses nothing: the pages stay in the WAL for the next one.
            try? checkpoint()
        }
    }

    /// Waits for a checkpoint under way, then stops: no connection is opened after this.
    func close() {
        queue.sync {
            closed = true
            try? connection?.close()
            connection = nil
        }
    }

    private func checkpoint() throws {
        if connection == nil { connection = try DatabaseQueue(path: path, configuration: configuration) }
        _ = try connection?.inDatabase { try $0.checkpoint(.passive) }
    }
}
