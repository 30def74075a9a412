import DebriefKit
import DebriefSQLite
import Foundation
import Testing

/// `debrief list` prints a page at a time: every debrief once, newest first, across pages.
@Suite struct ListStreamingTests {
    @Test func listCrossesPagesWithEveryDebriefOnceNewestFirst() throws {
        let workspace = try StorageCommandTests.Workspace()
        let start = Date(timeIntervalSince1970: 1_795_687_200)
        let debriefs = (0..<260).map { index in
            var debrief = Debrief(id: DebriefID(rawValue: String(format: "%08x-list", index * 7_919)), createdAt: start,
                                  interview: Interview(company: index.isMultiple(of: 2) ? "Acme" : "Globex", role: "Designer"))
            debrief.updatedAt = start.addingTimeInterval(Double(index) * 60)
            return debrief
        }
        let store = try SQLiteStore(path: workspace.store)
        _ = try store.insert(debriefs)
        try store.close()

        let all = try workspace.debrief("list")
        let newestFirst = debriefs.reversed().map(\.id.short)
        #expect(all.status == 0)
        #expect(all.out.split(separator: "\n").map { String($0.prefix(8)) } == newestFirst)
        let limited = try workspace.debrief("list", "--limit", "150")
        #expect(limited.out.split(separator: "\n").map { String($0.prefix(8)) } == Array(newestFirst.prefix(150)))
        let acme = try workspace.debrief("list", "--company", "acme")
        #expect(acme.out.split(separator: "\n").count == 130)
    }
}
