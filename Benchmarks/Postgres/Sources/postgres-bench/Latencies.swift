import Foundation

/// Wall times of repeated runs of one operation, in milliseconds.
struct Latencies {
    var milliseconds: [Double] = []

    /// Times `runs` calls of `body` after `warmup` untimed ones.
    static func measure(runs: Int, warmup: Int = 3, _ body: () async throws -> Void) async throws -> Latencies {
        for _ in 0..<warmup { try await body() }
        var latencies = Latencies()
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let start = clock.now
            try await body()
            latencies.record(clock.now - start)
        }
        return latencies
    }

    mutating func record(_ duration: Duration) {
        milliseconds.append(Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15)
    }

    /// The value below which `fraction` of the runs fall (nearest rank).
    func percentile(_ fraction: Double) -> Double {
        let sorted = milliseconds.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted[min(sorted.count - 1, max(0, Int((fraction * Double(sorted.count)).rounded(.up)) - 1))]
    }

    var p50: Double { percentile(0.5) }
    var p99: Double { percentile(0.99) }

    /// "p50 / p99" to two significant decimals.
    var cell: String { "\(Self.format(p50)) / \(Self.format(p99))" }

    static func format(_ milliseconds: Double) -> String {
        milliseconds < 10 ? String(format: "%.2f", milliseconds) : String(format: "%.1f", milliseconds)
    }
}
