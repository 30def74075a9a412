import _CryptoExtras
import Crypto
import DebriefKit
public import Foundation

/// The passphrase-wrapped data key of an encrypted store or archive, with what is needed to
/// unwrap it: the KDF, its parameters and salt.
///
/// scrypt (memory-hard: 2^17 rounds × block size 8 is 128 MiB) turns the passphrase into a
/// key-encryption key, which opens the AES-GCM box holding the random 256-bit data key. So a
/// wrong passphrase fails the box's tag check and is told at once, and changing the
/// passphrase re-wraps one key instead of re-encrypting every field.
public struct KeyEnvelope: Codable, Sendable, Equatable {
    /// The format of the envelope and of everything sealed with its key; 1 today.
    public var version: Int
    /// "scrypt".
    public var kdf: String
    /// scrypt's N (a power of two), r and p.
    public var rounds: Int
    public var blockSize: Int
    public var parallelism: Int
    /// 16 random bytes.
    public var salt: Data
    /// The data key, sealed (AES-GCM: nonce, ciphertext, tag) with the key-encryption key.
    public var wrappedKey: Data

    /// What every new envelope uses: OWASP's scrypt minimum (N = 2^17, r = 8, p = 1).
    static let defaultRounds = 1 << 17
    static let defaultBlockSize = 8

    /// Binds the wrapped key to its purpose, so no other box opens as a key.
    private static let context = Data("debrief data key v1".utf8)

    /// Wraps `key` with a key derived from `passphrase` and a new salt.
    static func wrap(_ key: DataKey, passphrase: Data) throws -> KeyEnvelope {
        var envelope = KeyEnvelope(version: 1, kdf: "scrypt", rounds: defaultRounds, blockSize: defaultBlockSize, parallelism: 1,
                                   salt: Data(SymmetricKey(size: .init(bitCount: 128)).withUnsafeBytes { Array($0) }),
                                   wrappedKey: Data())
        let sealed = try AES.GCM.seal(key.bytes, using: try envelope.keyEncryptionKey(passphrase), authenticating: context)
        envelope.wrappedKey = sealed.combined ?? Data()
        return envelope
    }

    /// The data key, or ``WrongPassphrase`` when `passphrase` doesn't open it.
    func unwrap(passphrase: Data, for place: String) throws -> DataKey {
        guard version == 1, kdf == "scrypt" else {
            throw DebriefError.undecryptable(place, reason: "it uses encryption format \(version) (\(kdf)), which this Debrief doesn't know")
        }
        let kek = try keyEncryptionKey(passphrase)
        do {
            let bytes = try AES.GCM.open(try AES.GCM.SealedBox(combined: wrappedKey), using: kek, authenticating: Self.context)
            return DataKey(bytes: bytes)
        } catch {
            throw WrongPassphrase(place: place)
        }
    }

    private func keyEncryptionKey(_ passphrase: Data) throws -> SymmetricKey {
        guard rounds > 1, rounds.nonzeroBitCount == 1, (1...64).contains(blockSize), (1...16).contains(parallelism) else {
            throw DebriefError.undecryptable("the key", reason: "its scrypt parameters are out of range")
        }
        return try KDF.Scrypt.deriveKey(from: passphrase, salt: salt, outputByteCount: 32, rounds: rounds,
                                        blockSize: blockSize, parallelism: parallelism)
    }
}

/// The passphrase given doesn't open an encrypted store or archive; nothing was changed.
public struct WrongPassphrase: Error, CustomStringConvertible, Sendable {
    /// The store or archive.
    public let place: String
    public var description: String {
        "That passphrase doesn't open \(place). Nothing was changed; try again (with DEBRIEF_PASSPHRASE_FILE, check the file holds the right one)."
    }
}

extension DebriefError {
    /// An encrypted store or archive this Debrief can't read: damaged, or from a newer format.
    static func undecryptable(_ place: String, reason: String) -> DebriefError {
        DebriefError(.storage, "Debrief can't decrypt \(place): \(reason).",
                     recovery: "It was left untouched. Restore a backup, or update Debrief if a newer one wrote it.")
    }
}
