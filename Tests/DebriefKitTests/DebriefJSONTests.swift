import DebriefKit
import DebriefTesting
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

    /// Dates are read and written without Foundation's ISO 8601 style (six to eleven
    /// microseconds a date), so they must give exactly what that style gives: the same text,
    /// and the same instant to the last bit, from 1970 to 9999, leap days and year ends included.
    @Test func datesMatchFoundationsISO8601StyleExactly() throws {
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        var random = SeededGenerator(seed: 14)
        let edges: [Double] = [0, 0.0005, 951_782_400.999, 951_868_799.9996, 1_798_761_599.999_4, 253_402_300_799.999]
        for seconds in edges + (0..<2_000).map({ _ in Double.random(in: 0..<253_402_300_800, using: &random) }) {
            let date = Date(timeIntervalSince1970: seconds)
            let nearest = Date(timeIntervalSinceReferenceDate: ((date.timeIntervalSinceReferenceDate * 1000).rounded() + 0.5) / 1000)
            let text = "\"" + nearest.formatted(style) + "\""
            #expect(String(decoding: try DebriefJSON.encoder().encode(date), as: UTF8.self) == text)
            let read = try DebriefJSON.decoder().decode(Date.self, from: Data(text.utf8))
            #expect(read.timeIntervalSinceReferenceDate.bitPattern == (try Date(nearest.formatted(style), strategy: style)).timeIntervalSinceReferenceDate.bitPattern)
        }
    }

    /// Dates in other shapes, and before 1970, still read and write as Foundation has them.
    @Test(arguments: ["1969-07-20T20:17:40.000Z", "2026-11-26T20:28:26Z", "2026-11-26T20:28:26.5Z", "1969-12-31T23:59:59.999Z"])
    func otherDatesStillRead(text: String) throws {
        let read = try DebriefJSON.decoder().decode(Date.self, from: Data("\"\(text)\"".utf8))
        let expected = try (try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))) ?? Date(text, strategy: Date.ISO8601FormatStyle())
        #expect(read == expected)
        let written = String(decoding: try DebriefJSON.encoder().encode(read), as: UTF8.self)
        #expect(try DebriefJSON.decoder().decode(Date.self, from: Data(written.utf8)) == read)
    }
}
