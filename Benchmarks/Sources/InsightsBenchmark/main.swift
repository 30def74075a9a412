import DebriefInsights
import DebriefKit
import DebriefReports
import Foundation

// Times insights (and the practice deck and the HTML report) over generated debriefs, each
// beside a baseline in the same run, so the ratio holds on a faster or a busier machine:
// insights and the deck against one pass that reads every answer of every debrief (the least
// any analysis must do), the HTML report against encoding the same debriefs as JSON.
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

/// Touches every answer of every debrief once: the floor for anything that reads them all.
func readEveryAnswer(_ debriefs: [Debrief]) -> Int {
    debriefs.reduce(0) { total, debrief in
        debrief.answers.values.reduce(total) { $0 + $1.value.searchableText.utf8.count }
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// How many times the baseline's time the work took.
func ratio(_ work: Duration, _ baseline: Duration) -> String {
    String(format: "%.1f×", seconds(work) / max(1e-9, seconds(baseline)))
}

func milliseconds(_ duration: Duration) -> String {
    String(format: "%8.1f ms", seconds(duration) * 1_000)
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
    let (read, _) = fastest { readEveryAnswer(debriefs) }
    let (json, _) = try fastest(of: 1) { try DebriefJSON.encoder().encode(DebriefArchive(debriefs: debriefs)).count }
    let ordered = debriefs.chronological()
    for provider in Insights.providers() {
        let (time, n) = fastest { provider.insights(from: ordered).count }
        print("  \(String(describing: type(of: provider))): \(milliseconds(time)) (\(n))")
    }
    let (sort, _) = fastest { debriefs.chronological().count }
    print("  chronological sort: \(milliseconds(sort))")
    print("\(count) debriefs: generate \(milliseconds(generate)) | insights \(milliseconds(insights)) (CPU \(milliseconds(insightsCPU)) per run; \(found) insights)"
          + " | practice deck \(milliseconds(deck)) (\(cards) cards) | HTML report \(milliseconds(html)) (\(bytes / 1_000_000) MB)")
    print("  baselines: read every answer \(milliseconds(read)) → insights \(ratio(insights, read)), deck \(ratio(deck, read));"
          + " JSON-encode all \(milliseconds(json)) → HTML report \(ratio(html, json))")
}
