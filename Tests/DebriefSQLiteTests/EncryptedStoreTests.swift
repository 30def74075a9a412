@testable import DebriefSQLite
import DebriefKit
import DebriefTesting
import Foundation
import Testing

/// The encrypted store keeps the same contracts as the plain one, and seals what it writes.
@Suite struct EncryptedStoreTests {
    /// One key and envelope for every store here: scrypt takes about half a second per wrap.
    static let key = DataKey.random()
    static let envelope = try! KeyEnvelope.wrap(key, passphrase: Data("test passphrase".utf8))

    static func store(in folder: TemporaryFolder) throws -> EncryptedStore {
        try EncryptedStore(path: folder.file("\(UUID().uuidString).sqlite"), key: key, envelope: envelope)
    }

    @Test func passesStoreConformance() async throws {
        let folder = try TemporaryFolder()
        await StoreConformance { try Self.store(in: folder) }.run()
    }

    @Test func passesPracticeStoreConformance() async throws {
        let folder = try TemporaryFolder()
        await PracticeStoreConformance { try Self.store(in: folder) }.run()
    }

    @Test func opensWithItsPassphraseOnlyAndIsToldApartByItsHeader() async throws {
        let folder = try TemporaryFolder()
        let store = try Self.store(in: folder)
        _ = try await store.save(StoreConformance.sample(), expectedRevision: 0)
        try store.close()
        #expect(EncryptedStore.isEncrypted(at: store.path))
        #expect(throws: WrongPassphrase.self) { try EncryptedStore(path: store.path, passphrase: Data("nope".utf8)) }
        let reopened = try EncryptedStore(path: store.path, passphrase: Data("test passphrase".utf8), readOnly: true)
        #expect(try await reopened.list(.all).count == 1)
        #expect(throws: DebriefError.self) { try SQLiteStore(path: store.path) }
    }
}
