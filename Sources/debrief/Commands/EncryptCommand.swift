import ArgumentParser
import DebriefKit
import DebriefSQLite
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `debrief encrypt`: seals the store (and its practice deck) under a passphrase, in place.
struct EncryptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encrypt",
        abstract: "Encrypt your debriefs with a passphrase (asked with echo off, or read from $DEBRIEF_PASSPHRASE_FILE).",
        discussion: """
        Every answer, transcript, plan and practice card is sealed with AES-GCM under a key that only your passphrase \
        unlocks; from then on every command asks for it. The store is converted in place: if anything stops it halfway, \
        you keep the old store or the new one, whole. Without the passphrase your debriefs can't be read, by anyone.
        """)

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let variables = ProcessInfo.processInfo.environment
        let path = try storeOptions.file(in: variables)
        let passphrase = try Passphrase.new(fileVariable: "DEBRIEF_PASSPHRASE_FILE", variables)
        let count = try await StoreConversion.encrypt(path, passphrase: passphrase, step: Self.faultInjection(variables))
        Console.note("Encrypted \(count) debrief\(count == 1 ? "" : "s") in \(path). Keep the passphrase safe: without it they can't be read.")
    }

    /// For the crash tests: `DEBRIEF_TEST_KILL_AT=N` kills the process (SIGKILL, as `kill -9`)
    /// when a conversion reaches its Nth step (``StoreConversion/Step``).
    static func faultInjection(_ variables: [String: String]) -> (StoreConversion.Step) -> Void {
        guard let target = variables["DEBRIEF_TEST_KILL_AT"].flatMap(Int.init) else { return { _ in } }
        return { step in if step.rawValue == target { kill(getpid(), SIGKILL) } }
    }
}
