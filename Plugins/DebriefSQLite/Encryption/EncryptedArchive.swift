public import DebriefKit
public import Foundation

/// An archive of an encrypted store, sealed with the store's own scheme: the line
/// `debrief-encrypted-archive 1`, the ``KeyEnvelope`` as one line of JSON, then one AES-GCM
/// box holding the plain archive (`debrief export --plaintext` writes that one instead).
///
/// The envelope is the store's, so the store's passphrase opens the archive; `debrief import`
/// sees the first line and asks for it.
public enum EncryptedArchive {
    static let magic = Data("debrief-encrypted-archive 1\n".utf8)
    static let context = "archive"

    /// Whether the file at `path` starts as an encrypted archive does.
    public static func isEncrypted(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: magic.count)) == magic
    }

    /// The plain archive inside `data`, read from `source`; ``WrongPassphrase`` when
    /// `passphrase` doesn't open it.
    public static func open(_ data: Data, passphrase: Data, from source: String) throws -> Data {
        let rest = data.dropFirst(magic.count)
        guard data.prefix(magic.count) == magic, let newline = rest.firstIndex(of: UInt8(ascii: "\n")),
              let envelope = try? JSONDecoder().decode(KeyEnvelope.self, from: rest[..<newline]) else {
            throw DebriefError.undecryptable(source, reason: "it is not a whole encrypted archive")
        }
        let key = try envelope.unwrap(passphrase: passphrase, for: source)
        return try key.open(Data(rest[(newline + 1)...]), context: context)
    }
}

extension EncryptedStore {
    /// `archive` (a plain archive's bytes) sealed as an ``EncryptedArchive`` with this store's key.
    public func sealArchive(_ archive: Data) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var data = EncryptedArchive.magic
        data.append(try encoder.encode(envelope))
        data.append(UInt8(ascii: "\n"))
        data.append(try key.seal(archive, context: EncryptedArchive.context))
        return data
    }
}
