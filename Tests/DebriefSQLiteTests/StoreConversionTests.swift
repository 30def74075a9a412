import DebriefKit
import DebriefSQLite
import DebriefTesting
import Foundation
import Testing

/// `StoreConversion` moves the debriefs and the practice deck into an encrypted store and back.
@Suite struct StoreConversionTests {
    @Test func encryptThenDecryptKeepsDebriefsAndTheDeck() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("debriefs.sqlite")
        let practicePath = SQLitePracticeStore.path(besideStore: path)
        let plain = try SQLiteStore(path: path)
        let debrief = try await plain.save(StoreConformance.sample(), expectedRevision: 0)
        try plain.close()
        let practice = try SQLitePracticeStore(path: practicePath)
        let day = DayDate(year: 2026, month: 11, day: 26)!
        let card = PracticeCard(id: "\(debrief.id.rawValue)/reflect.struggled.now#1", kind: .struggledQuestion, debriefID: debrief.id,
                                question: "Tell me about a conflict", lastAnswer: "I listened first.", schedule: .new(on: day))
        _ = try await practice.merge([card])
        let (reviewed, review) = card.reviewed(.good, attempt: "the release story", on: day)
        try await practice.record(review, card: reviewed)
        let deck = try await practice.backup()
        try practice.close()

        let passphrase = Data("a long passphrase".utf8)
        #expect(try await StoreConversion.encrypt(path, passphrase: passphrase) == 1)
        #expect(EncryptedStore.isEncrypted(at: path))
        #expect(!FileManager.default.fileExists(atPath: practicePath), "the deck moved into the encrypted store")
        let encrypted = try EncryptedStore(path: path, passphrase: passphrase)
        #expect(try await encrypted.load(debrief.id) == debrief)
        #expect(try await encrypted.backup() == deck)
        try encrypted.close()

        #expect(try await StoreConversion.decrypt(path, passphrase: passphrase) == 1)
        #expect(!EncryptedStore.isEncrypted(at: path))
        #expect(try await SQLiteStore(path: path).load(debrief.id) == debrief)
        #expect(try await SQLitePracticeStore(path: practicePath).backup() == deck)
        let left = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(!left.contains { $0.contains(".converting") }, "\(left)")
    }

    @Test func aWrongPassphraseIsRefusedBeforeAnythingChanges() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("debriefs.sqlite")
        try SQLiteStore(path: path).close()
        _ = try await StoreConversion.encrypt(path, passphrase: Data("right".utf8))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        await #expect(throws: WrongPassphrase.self) { try await StoreConversion.decrypt(path, passphrase: Data("wrong".utf8)) }
        await #expect(throws: WrongPassphrase.self) {
            try await StoreConversion.changePassphrase(path, from: Data("wrong".utf8), to: Data("new".utf8))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        try await StoreConversion.changePassphrase(path, from: Data("right".utf8), to: Data("new".utf8))
        #expect(throws: WrongPassphrase.self) { try EncryptedStore(path: path, passphrase: Data("right".utf8)) }
        #expect(try EncryptedStore(path: path, passphrase: Data("new".utf8)).path == path)
    }
}
