import Crypto
import DebriefKit
import Foundation

/// The random 256-bit key that seals every field of an encrypted store with AES-GCM.
///
/// Each box is nonce (12 random bytes) ‖ ciphertext ‖ tag (16 bytes). The context (the table,
/// column and row id) is authenticated with it, so a box moved to another row or column fails
/// to open instead of showing someone else's words. Random nonces are safe for far more boxes
/// than a person's store holds (NIST's limit is 2^32 per key).
struct DataKey: Sendable {
    let key: SymmetricKey

    init(bytes: some ContiguousBytes) {
        key = SymmetricKey(data: bytes)
    }

    /// A new random key.
    static func random() -> DataKey {
        DataKey(bytes: SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
    }

    var bytes: Data { key.withUnsafeBytes { Data($0) } }

    func seal(_ plaintext: Data, context: String) throws -> Data {
        try AES.GCM.seal(plaintext, using: key, authenticating: Data(context.utf8)).combined ?? Data()
    }

    /// The plaintext of `box`; a damaged or misplaced box is a storage error naming `context`.
    func open(_ box: Data, context: String) throws -> Data {
        do {
            return try AES.GCM.open(try AES.GCM.SealedBox(combined: box), using: key, authenticating: Data(context.utf8))
        } catch {
            throw DebriefError.undecryptable(context, reason: "the sealed bytes are damaged")
        }
    }
}
