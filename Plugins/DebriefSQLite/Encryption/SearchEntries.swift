import DebriefKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What search scans in an encrypted store: each answer's step key and its folded text
/// (`SearchText.fold` of `searchableText`), length-prefixed, sealed per debrief.
///
/// Folding when saving keeps a search to decrypting and a byte search per answer; the
/// snippet is cut from the answer itself, loaded only for the hits.
enum SearchEntries {
    static func encode(_ debrief: Debrief) -> Data {
        var data = Data()
        for key in debrief.answers.keys.sorted() {
            guard let answer = debrief.answers[key] else { continue }
            append(Data(key.rawValue.utf8), to: &data)
            append(Data(SearchText.fold(answer.searchableText).utf8), to: &data)
        }
        return data
    }

    /// The key of the first answer (in step order) whose folded text holds every one of `words`.
    static func firstMatch(in data: Data, words: [Data]) -> StepKey? {
        data.withUnsafeBytes { bytes -> StepKey? in
            var offset = 0
            while let key = field(bytes, &offset), let text = field(bytes, &offset) {
                if words.allSatisfy({ word in word.withUnsafeBytes { holds(text, $0) } }) {
                    return StepKey(rawValue: String(decoding: key, as: UTF8.self))
                }
            }
            return nil
        }
    }

    private static func append(_ field: Data, to data: inout Data) {
        withUnsafeBytes(of: UInt32(field.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(field)
    }

    private static func field(_ bytes: UnsafeRawBufferPointer, _ offset: inout Int) -> UnsafeRawBufferPointer? {
        guard offset + 4 <= bytes.count else { return nil }
        let length = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        guard offset + 4 + length <= bytes.count else { return nil }
        defer { offset += 4 + length }
        return UnsafeRawBufferPointer(rebasing: bytes[(offset + 4)..<(offset + 4 + length)])
    }

    private static func holds(_ haystack: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
        guard needle.count > 0 else { return true }
        guard haystack.count >= needle.count, let base = haystack.baseAddress, let word = needle.baseAddress else { return false }
        // memchr finds each candidate first byte, memcmp checks the rest (glibc's memmem is a GNU extension).
        let first = Int32(needle[0]), last = haystack.count - needle.count
        var start = 0
        while start <= last, let found = memchr(base + start, first, last - start + 1) {
            if memcmp(found, word, needle.count) == 0 { return true }
            start = base.distance(to: UnsafeRawPointer(found)) + 1
        }
        return false
    }
}
