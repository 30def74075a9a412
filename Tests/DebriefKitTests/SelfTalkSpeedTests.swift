import DebriefKit
import Foundation
import Testing

/// How long the self-talk rules take over the labelled corpus, as replays use them: every
/// sentence alone, and the ordinary sentences joined into longer answers (most replayed text
/// has no verdict in it). Prints the time; asserts only what the replays must show.
/// `swift test --filter SelfTalkSpeedTests`
@Suite("Self-talk speed")
struct SelfTalkSpeedTests {
    @Test func replaysOfTheCorpus() {
        let answers = SelfTalkCorpus.verdicts + SelfTalkCorpus.ordinary
            + stride(from: 0, to: SelfTalkCorpus.ordinary.count, by: 4).map { SelfTalkCorpus.ordinary[$0..<min($0 + 4, SelfTalkCorpus.ordinary.count)].joined(separator: " ") }
        let rounds = 50
        let clock = ContinuousClock()
        var replayed: [String] = []
        let cpuBefore = Self.threadCPUSeconds()
        let elapsed = clock.measure {
            for _ in 0..<rounds { replayed = answers.map(SelfTalk.replayable) }
        }
        // CPU time of this thread: on a shared, busy machine the wall clock mostly measures the others.
        let cpu = Self.threadCPUSeconds() - cpuBefore
        let count = rounds * answers.count
        print("self-talk replay: \(count) answers, \(Int(cpu * 1000)) ms of CPU (\(Int(cpu * 1e6 / Double(count))) µs each), \(elapsed) on the wall clock")
        // A replay is the answer as typed exactly when it holds no verdict.
        for (answer, replay) in zip(answers, replayed) {
            #expect((replay == answer) == (SelfTalk.verdict(in: answer) == nil), "\(answer)")
        }
    }

    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
