#if Postgres
import DebriefKit
import DebriefPostgres
import DebriefTesting
import Testing

@Suite(.enabled(if: TestServer.isAvailable, TestServer.skipReason))
struct PostgresStoreConformanceTests {
    @Test func passesStoreConformance() async {
        await StoreConformance { try TestServer.freshStore() }.run()
    }

    @Test func passesPracticeStoreConformance() async {
        await PracticeStoreConformance { try TestServer.freshStore() }.run()
    }
}
#endif
