import DebriefInsights
import DebriefKit
import DebriefReports
import Foundation

// Times insights (and the practice deck and the HTML report) over generated debriefs.
// Usage: insights-benchmark [N …]   (default: 10000 100000). Prints one line per N and step;
// each step runs three times and the fastest run is reported, to skip warm-up noise.

func fastest(of runs: Int = 3, _ work: () throws -> Int) rethrows -> (Duration, Int) {
    var best = Duration.seconds(1_000_000)
    var result = 0
    for _ in 0..<runs {
        let clock = ContinuousClock()
        let start = clock.now
        result = try work()
        best = min(best, clock.now - start)
    }
    return (best, result)
}

/// CPU time of the whole process (all threads, user + system): on a busy machine this shows
/// the work done, where wall-clock time also counts waiting for a core.
func cpuTime() -> Duration {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
}

func milliseconds(_ duration: Duration) -> String {
    let ms = Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    return String(format: "%8.1f ms", ms)
}

let counts = CommandLine.arguments.dropFirst().compactMap(Int.init)
let now = Date(timeIntervalSince1970: 1_795_687_200)
for count in counts.isEmpty ? [10_000, 100_000] : counts {
    let (generate, _) = fastest(of: 1) { SampleDebriefs.make(count: count).count }
    // A store lists newest first: start from that order, so the chronological sort is measured too.
    let debriefs = Array(SampleDebriefs.make(count: count).reversed())
    let cpuBefore = cpuTime()
    let (insights, found) = fastest { Insights.compute(from: debriefs).count }
    let insightsCPU = (cpuTime() - cpuBefore) / 3
    let (deck, cards) = fastest { PracticeDeck.cards(from: debriefs, addedOn: DayDate(year: 2026, month: 11, day: 26)!).count }
    let (html, bytes) = try fastest(of: 1) { try HTMLReporter().render(Report(debriefs: debriefs, generatedAt: now)).utf8.count }
    let ordered = debriefs.chronological()
    for provider in Insights.providers() {
        let (time, n) = fastest { provider.insights(from: ordered).count }
        print("  \(String(describing: type(of: provider))): \(milliseconds(time)) (\(n))")
    }
    let (sort, _) = fastest { debriefs.chronological().count }
    print("  chronological sort: \(milliseconds(sort))")
    print("\(count) debriefs: generate \(milliseconds(generate)) | insights \(milliseconds(insights)) (CPU \(milliseconds(insightsCPU)) per run; \(found) insights)"
          + " | practice deck \(milliseconds(deck)) (\(cards) cards) | HTML report \(milliseconds(html)) (\(bytes / 1_000_000) MB)")
}
