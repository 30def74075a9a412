import ArgumentParser
import DebriefKit
import DebriefSQLite
import Foundation

/// `debrief decrypt`: turns an encrypted store back into a plain one, in place.
struct DecryptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decrypt",
        abstract: "Remove the encryption from your debriefs (asks for the passphrase).",
        discussion: "The store is converted in place: if anything stops it halfway, you keep the encrypted store or the plain one, whole.")

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let variables = ProcessInfo.processInfo.environment
        let path = try storeOptions.file(in: variables)
        guard EncryptedStore.isEncrypted(at: path) else {
            throw DebriefError(.misuse, "\(path) is not encrypted.", recovery: "Nothing to do.")
        }
        let passphrase = try Passphrase.current(for: path, variables)
        do {
            let count = try await StoreConversion.decrypt(path, passphrase: passphrase, step: EncryptCommand.faultInjection(variables))
            Console.note("Decrypted \(count) debrief\(count == 1 ? "" : "s") in \(path); it is a plain store again.")
        } catch {
            throw Passphrase.ending(error)
        }
    }
}
