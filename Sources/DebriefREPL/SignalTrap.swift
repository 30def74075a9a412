import DebriefKit
import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGTERM and SIGHUP into a calm exit that never cuts a save short.
///
/// The signals are ignored at the process level and delivered to a dispatch queue, so a
/// blocked read is not interrupted and libedit's own handlers never run. While a turn is
/// being saved (``guarding(_:)``), a signal waits until the save is done; otherwise the
/// `leave` action runs at once, after the ``TemporaryFiles`` are removed. SIGINT is ignored
/// when a line editor turns Ctrl-C into "drop this line"; without one (a pipe), it leaves like SIGTERM.
final class SignalTrap: Sendable {
    private struct State {
        var busy = false
        var pending: Int32?
        var id: DebriefID?
    }

    private let state = Mutex(State())
    private let leave: @Sendable (Int32, DebriefID?) -> Never
    /// Kept so the sources stay alive for the life of the trap.
    private let sources: Mutex<[any DispatchSourceSignal]>

    /// Installs the trap; `leave` gets the signal and the open debrief's id, and must exit.
    init(interruptLeaves: Bool, leave: @escaping @Sendable (Int32, DebriefID?) -> Never) {
        self.leave = leave
        let queue = DispatchQueue(label: "debrief.signals")
        signal(SIGINT, SIG_IGN)
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGTERM, SIGHUP] + (interruptLeaves ? [SIGINT] : []) {
            signal(number, SIG_IGN)
            sources.append(DispatchSource.makeSignalSource(signal: number, queue: queue))
        }
        self.sources = Mutex(sources)
        self.sources.withLock { sources in
            for source in sources {
                let number = Int32(source.handle)
                source.setEventHandler { [weak self] in self?.received(number) }
                source.resume()
            }
        }
    }

    /// The debrief being answered, named in the farewell.
    var debriefID: DebriefID? {
        get { state.withLock { $0.id } }
        set { state.withLock { $0.id = newValue } }
    }

    /// Runs `body` (a turn and its save); a signal that arrives meanwhile is acted on after it.
    func guarding<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        state.withLock { $0.busy = true }
        do {
            let result = try await body()
            finished()
            return result
        } catch {
            finished()
            throw error
        }
    }

    private func finished() {
        let (pending, id) = state.withLock { state in
            state.busy = false
            return (state.pending, state.id)
        }
        if let pending { leaving(pending, id) }
    }

    private func received(_ number: Int32) {
        let (now, id) = state.withLock { state in
            state.pending = number
            return (!state.busy, state.id)
        }
        if now { leaving(number, id) }
    }

    private func leaving(_ number: Int32, _ id: DebriefID?) -> Never {
        TemporaryFiles.removeAll()
        leave(number, id)
    }
}
