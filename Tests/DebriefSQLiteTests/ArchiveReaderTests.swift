@testable import DebriefSQLite
import Foundation
import Testing

/// The archive's structure read a chunk at a time, whatever the chunk size and member order.
@Suite struct ArchiveReaderTests {
    static let document = #"""
        { "debriefs" : [ {"id":"a","text":"brace } and bracket ] in \"quotes\", comma"} ,{"id":"b","list":[1,[2,{}]]} ],
          "format":"debrief-archive", "version": 2 , "deck": {"cards": [{"q":"Why us?"}]} }
        """#

    @Test(arguments: [1, 2, 7, 4096]) func elementsAndMembersComeOutWhole(chunkSize: Int) throws {
        let (elements, members) = try read(Self.document, chunkSize: chunkSize)
        #expect(elements.map { $0.trimmingCharacters(in: .whitespaces) } == [
            #"{"id":"a","text":"brace } and bracket ] in \"quotes\", comma"}"#, #"{"id":"b","list":[1,[2,{}]]}"#,
        ])
        #expect(members.mapValues { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespaces) } == [
            "debriefs": "", "format": #""debrief-archive""#, "version": "2", "deck": #"{"cards": [{"q":"Why us?"}]}"#,
        ])
    }

    @Test func membersBeforeTheDebriefsAndAnEmptyList() throws {
        let (elements, members) = try read(#"{"format":"x","debriefs":[]}"#, chunkSize: 3)
        #expect(elements.isEmpty && members.keys.sorted() == ["debriefs", "format"])
    }

    @Test(arguments: [#"[1,2]"#, #"{"debriefs":[{"id":"a"}"#, "", #"{"a" 1}"#])
    func whatIsNotAnArchiveObjectIsRefused(text: String) {
        #expect(throws: ArchiveReader.Malformed.self) { try read(text, chunkSize: 4) }
    }

    private func read(_ text: String, chunkSize: Int) throws -> (elements: [String], members: [String: Data]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("archive-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var elements: [String] = []
        let members = try ArchiveReader(handle, chunkSize: chunkSize).read { elements.append(String(decoding: $0, as: UTF8.self)) }
        return (elements, members)
    }
}
