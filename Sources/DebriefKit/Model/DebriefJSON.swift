public import Foundation

/// The encoder and decoder settings of Debrief's JSON shapes, shared so every
/// store, exporter and reporter writes the same document.
public enum DebriefJSON {
    /// ISO 8601 dates with fractional seconds, sorted keys: stable, diffable output.
    ///
    /// Dates are written to the nearest millisecond, so decoding and encoding again gives
    /// the same text (export → import → export is stable).
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISOMilliseconds.string(date) ?? millisecond(date).formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
        }
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Reads what ``encoder(pretty:)`` writes, and ISO 8601 dates without fractions.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = ISOMilliseconds.date(text) { return date }
            if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
            if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return date }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected an ISO 8601 date, found \"\(text)\".")
        }
        return decoder
    }

    /// The middle of the millisecond nearest to `date`: the formatter truncates, so aiming at
    /// the middle prints the nearest millisecond even when parsing left `.635` as `.63499…`.
    private static func millisecond(_ date: Date) -> Date {
        let milliseconds = (date.timeIntervalSinceReferenceDate * 1000).rounded()
        return Date(timeIntervalSinceReferenceDate: (milliseconds + 0.5) / 1000)
    }
}
