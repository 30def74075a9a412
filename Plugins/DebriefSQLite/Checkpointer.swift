import Foundation
import GRDB

/// Copies committed pages from the WAL into the database file in the background, when
/// the store is quiet.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses its threshold, so one
/// save in a few dozen paid for copying and syncing the whole WAL. Here the store turns it
/// off. Once ``interval`` commits have piled up, a passive checkpoint runs on a connection
/// of its own on a background queue, after ``idle`` without a commit: a person typing leaves
/// that gap after every save, so the copy and its `fsync` never compete with the next save.
///
/// A steady stream of saves (a host writing non-stop) never leaves that gap, and a passive
/// checkpoint never catches up with it: SQLite only starts the WAL over once every frame has
/// been copied, so the WAL grew by every save (60 KB each, to 2.5 GB in a benchmark). Every
/// ``limit`` commits the checkpoint therefore truncates: it holds new saves back while it
/// copies the rest and empties the WAL, one short wait in hundreds of saves.
final class Checkpointer: @unchecked Sendable {
    /// Commits before a checkpoint is due.
    static let interval = 100
    /// Commits after which a checkpoint runs without waiting for a quiet moment, and
    /// empties the WAL, which stays under about 12 MB (a turn's save writes 12 pages).
    static let limit = 250

    private let path: String
    private let configuration: Configuration
    /// How long the store must go without a commit before a due checkpoint runs.
    private let idle: DispatchTimeInterval
    /// Serialises all the state below; nothing else touches it.
    private let queue = DispatchQueue(label: "Debrief.checkpoint", qos: .utility)
    private var commits = 0
    /// The checkpoint waiting for a quiet moment; a new commit replaces it.
    private var pending: DispatchWorkItem?
    private var connection: DatabaseQueue?
    private var closed = false
    private var runs = 0

    /// The checkpoint's own connection gives up after a short wait for readers of the WAL
    /// (another window exporting, say): a truncating checkpoint holds saves back meanwhile.
    init(path: String, configuration: Configuration, idle: DispatchTimeInterval = .milliseconds(250)) {
        self.path = path
        var configuration = configuration
        configuration.busyMode = .timeout(0.05)
        self.configuration = configuration
        self.idle = idle
    }

    /// Counts `weight` commits, and checkpoints once enough have piled up and the store is quiet.
    func noteCommit(weight: Int = 1) {
        queue.async { [self] in
            commits += weight
            pending?.cancel()
            pending = nil
            guard commits >= Self.interval, !closed else { return }
            if commits >= Self.limit {
                checkpoint(.truncate)
            } else {
                let work = DispatchWorkItem { [self] in checkpoint(.passive) }
                pending = work
                queue.asyncAfter(deadline: .now() + idle, execute: work)
            }
        }
    }

    /// Checkpoints run so far, once every commit noted before has been counted.
    var completedRuns: Int {
        queue.sync { runs }
    }

    /// Waits for a checkpoint under way, then stops: no connection is opened after this.
    func close() {
        queue.sync {
            closed = true
            pending?.cancel()
            pending = nil
            try? connection?.close()
            connection = nil
        }
    }

    /// Runs on `queue`.
    private func checkpoint(_ mode: Database.CheckpointMode) {
        guard !closed else { return }
        commits = 0
        pending = nil
        do {
            if connection == nil { connection = try DatabaseQueue(path: path, configuration: configuration) }
            _ = try connection?.inDatabase { db in
                // When readers keep the WAL busy, copy what can be copied; the WAL empties next time.
                do { try db.checkpoint(mode) } catch { if mode != .passive { try db.checkpoint(.passive) } }
            }
            runs += 1
        } catch {
            // A failed checkpoint loses nothing: the pages stay in the WAL for the next one.
        }
    }
}
