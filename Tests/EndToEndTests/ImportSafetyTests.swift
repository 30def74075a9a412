import DebriefKit
import Foundation
import Testing

/// Ids, imported text and damaged debriefs, through the real binary.
@Suite struct ImportSafetyTests {
    typealias Workspace = StorageCommandTests.Workspace

    @Test func anIdNeedsFourCharacters() throws {
        let workspace = try Workspace()
        _ = try workspace.debrief(input: NaturalDebrief.input)
        for id in ["", "a", "abc"] {
            let refused = try workspace.debrief("delete", id, "--yes")
            #expect(refused.status != 0 && refused.err.contains("at least 4 characters"), "\(refused.err)")
        }
        #expect(try workspace.debrief("list").out.contains("Acme"), "nothing was deleted")
    }

    @Test func importRefusesIdsThatAreNotUUIDs() throws {
        let workspace = try Workspace()
        let file = workspace.folder + "/hostile.json"
        var debrief = Debrief(id: DebriefID(rawValue: "../../etc/passwd"), createdAt: Date())
        debrief.interview.company = "Evil"
        try DebriefJSON.encoder().encode(DebriefArchive(debriefs: [debrief])).write(to: URL(fileURLWithPath: file))
        let refused = try workspace.debrief("import", file)
        #expect(refused.status == 1 && refused.err.contains("not a UUID") && refused.err.contains("Nothing was imported"), "\(refused.err)")
        #expect(try workspace.debrief("list").err.contains("No debriefs yet"))
    }

    @Test func aRoleTypedOverTwoLinesOrImportedWithALineBreakStaysOneLine() throws {
        let workspace = try Workspace()
        _ = try workspace.debrief(input: "Acme\nDesigner\\\nBcc: evil@example.com\n")
        let file = workspace.folder + "/old.json"
        var imported = Debrief(id: .random(), createdAt: Date())
        imported.interview = Interview(company: "Globex\u{202E}lmth.exe", role: "Designer\r\nBcc: evil@example.com")
        try DebriefJSON.encoder().encode(DebriefArchive(debriefs: [imported])).write(to: URL(fileURLWithPath: file))
        let importing = try workspace.debrief("import", file)
        #expect(importing.status == 0 && importing.err.contains("Debrief \(imported.id.short): removed line breaks"), "\(importing.err)")

        let list = try workspace.debrief("list")
        let rows = list.out.split(separator: "\n")
        #expect(rows.count == 2 && rows.allSatisfy { $0.contains("Designer Bcc: evil@example.com") }, "\(list.out)")
        #expect(!list.out.unicodeScalars.contains("\u{202E}"))
        for row in rows {
            let email = try workspace.debrief("email", String(row.prefix(8)))
            #expect(!email.out.split(separator: "\n").contains { $0.hasPrefix("Bcc:") }, "\(email.out)")
        }
    }

    @Test func aNegativeLimitGetsARangeMessage() throws {
        let refused = try Workspace().debrief("list", "--limit", "-1")
        #expect(refused.status != 0 && refused.err.contains("1 or more") && !refused.err.contains("Missing value"), "\(refused.err)")
    }

    @Test func aDamagedDebriefIsNamedByShowAndLeftOutOfTheExport() throws {
        let workspace = try Workspace()
        _ = try workspace.debrief(input: NaturalDebrief.input)
        _ = try workspace.debrief(input: "Globex\n")
        let rows = try workspace.debrief("list").out.split(separator: "\n")
        let damaged = try #require(rows.first { $0.contains("Acme") }.map { String($0.prefix(8)) })
        // Break the stored JSON in place, keeping the record's length: `"interview":` becomes `"interview"!`.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: workspace.store))
        let key = Data(#""interview":{"company":"Acme"#.utf8)
        let found = try #require(bytes.range(of: key), "the document is in the main file")
        bytes[found.lowerBound + 11] = UInt8(ascii: "!")
        try bytes.write(to: URL(fileURLWithPath: workspace.store))

        let shown = try workspace.debrief("show", damaged)
        #expect(shown.status == 1 && shown.err.contains("\(damaged)") && shown.err.contains("damaged")
                && shown.err.contains("debrief delete") && !shown.err.contains("DecodingError"), "\(shown.err)")
        let file = workspace.folder + "/backup.json"
        let export = try workspace.debrief("export", "-o", file)
        #expect(export.status == 1 && export.err.contains(damaged) && export.err.contains("Exported 1 debrief"), "\(export.err)")
        let archive = try DebriefJSON.decoder().decode(DebriefArchive.self, from: try #require(FileManager.default.contents(atPath: file)))
        #expect(archive.debriefs.map(\.interview.company) == ["Globex"])
        let stdout = try workspace.debrief("export")
        #expect(stdout.status == 1 && (try? DebriefJSON.decoder().decode(DebriefArchive.self, from: Data(stdout.out.utf8))) != nil)
        #expect(try workspace.debrief("delete", damaged, "--yes").status == 0, "a damaged debrief can be deleted")
    }
}
