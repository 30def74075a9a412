import DebriefKit
import DebriefSQLite
import DebriefTesting
import Foundation
import Testing

@Suite struct SQLiteStoreConformanceTests {
    @Test func passesStoreConformance() async throws {
        let folder = try TemporaryFolder()
        await StoreConformance { try SQLiteStore(path: folder.file("\(UUID().uuidString).sqlite")) }.run()
    }
}
