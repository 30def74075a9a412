import DebriefInsights
import DebriefKit
import Testing

/// SM-2 against the intervals its published rules give (Woźniak 1990).
@Suite struct SM2Tests {
    let start = DayDate(year: 2026, month: 1, day: 1)!

    /// Reviews on each due day with the same quality; returns the intervals and E-Factors.
    func run(_ qualities: [Int]) -> [(interval: Int, easiness: Double)] {
        var state = SM2.State.new(on: start)
        var out: [(Int, Double)] = []
        for quality in qualities {
            state = SM2.review(state, quality: quality, on: state.due)
            out.append((state.interval, state.easiness))
        }
        return out
    }

    @Test func qualityFourKeepsEasinessAndMultipliesBy2Point5() {
        // I(1)=1, I(2)=6, then ×2.5 rounded up: 15, 37.5→38, 95, 237.5→238.
        #expect(run([4, 4, 4, 4, 4, 4]).map(\.interval) == [1, 6, 15, 38, 95, 238])
        #expect(run([4, 4, 4]).allSatisfy { abs($0.easiness - 2.5) < 1e-9 })
    }

    @Test func qualityFiveRaisesEasinessBeforeTheNextInterval() {
        // EF: 2.6, 2.7, 2.8, 2.9; I(3) = ⌈6 × 2.7⌉ = 17, I(4) = ⌈17 × 2.8⌉ = ⌈47.6⌉ = 48.
        let result = run([5, 5, 5, 5])
        #expect(result.map(\.interval) == [1, 6, 17, 48])
        #expect(abs(result[3].easiness - 2.9) < 1e-9)
    }

    @Test func qualityThreeLowersEasinessToTheFloor() {
        // EF − 0.14 each time: 2.36, 2.22, 2.08, 1.94; I(3) = ⌈6 × 2.22⌉ = 14, I(4) = ⌈14 × 2.08⌉ = 30.
        let result = run([3, 3, 3, 3])
        #expect(result.map(\.interval) == [1, 6, 14, 30])
        #expect(abs(result[3].easiness - 1.94) < 1e-9)
        let long = run(Array(repeating: 3, count: 12))
        #expect(abs(long.last!.easiness - SM2.minimumEasiness) < 1e-9, "never below 1.3")
    }

    @Test func lapseRestartsWithoutChangingEasiness() {
        var state = SM2.State.new(on: start)
        for quality in [5, 4, 4] { state = SM2.review(state, quality: quality, on: state.due) }
        #expect(state.interval == 16) // ⌈6 × 2.6⌉
        let lapse = SM2.review(state, quality: 1, on: state.due)
        #expect(lapse.repetitions == 0)
        #expect(lapse.interval == 1)
        #expect(lapse.easiness == state.easiness, "step 6: without changing the E-Factor")
        #expect(lapse.due == state.due.adding(days: 1))
        // Next day, the sequence starts again: 1, then 6.
        let day1 = SM2.review(lapse, quality: 4, on: lapse.due)
        #expect(day1.interval == 1)
        #expect(SM2.review(day1, quality: 4, on: day1.due).interval == 6)
    }

    @Test func belowFourRepeatsTheSameDayWithoutRescheduling() {
        let first = SM2.review(.new(on: start), quality: PracticeGrade.hard.quality, on: start)
        #expect(first.repeatOn == start)
        #expect(first.isDue(on: start))
        #expect(first.due == start.adding(days: 1))
        let drill = SM2.review(first, quality: PracticeGrade.good.quality, on: start)
        #expect(drill.repeatOn == nil)
        #expect(!drill.isDue(on: start))
        #expect(drill.interval == first.interval && drill.easiness == first.easiness && drill.due == first.due)
    }

    @Test func gradesMapToQualities() {
        #expect(PracticeGrade.allCases.map(\.quality) == [1, 3, 4, 5])
    }
}
