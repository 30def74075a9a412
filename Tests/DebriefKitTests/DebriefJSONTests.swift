import DebriefKit
import Foundation
import Testing

@Suite struct DebriefJSONTests {
    /// Decoding then encoding a date gives back the same text, for every millisecond.
    @Test func datesSurviveDecodeAndEncode() throws {
        for millisecond in 0..<1000 {
            let text = "\"2026-11-26T20:28:26." + String(millisecond + 1000).dropFirst() + "Z\""
            let date = try DebriefJSON.decoder().decode(Date.self, from: Data(text.utf8))
            #expect(String(decoding: try DebriefJSON.encoder().encode(date), as: UTF8.self) == text)
        }
    }

    @Test func datesAreWrittenToTheNearestMillisecond() throws {
        let date = Date(timeIntervalSince1970: 1_795_687_200.6357)
        #expect(String(decoding: try DebriefJSON.encoder().encode(date), as: UTF8.self) == "\"2026-11-26T10:00:00.636Z\"")
    }
}
