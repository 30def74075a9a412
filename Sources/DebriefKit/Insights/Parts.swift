import Foundation

/// Results written by index from several threads, read once all are done.
final class Parts<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[Element]]

    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    subscript(index: Int) -> [Element] {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var all: [[Element]] { lock.withLock { slots } }
}
