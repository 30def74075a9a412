import DebriefKit
#if Postgres
import DebriefPostgres
#endif

extension StoreOptions {
    /// The PostgreSQL store at `address`; refused with what to do when this build has no PostgreSQL support.
    static func openPostgres(_ address: String, variables: [String: String]) throws -> any DebriefStore {
        #if Postgres
        return PostgresStore(location: try PostgresLocation(address, environment: variables))
        #else
        throw DebriefError(.storage, "This debrief was built without PostgreSQL support, so it can't open a postgresql:// store.",
                           recovery: "Build it with `swift build --traits Postgres` (see Documentation/Postgres.md), or use a store file.")
        #endif
    }
}
