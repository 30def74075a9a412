import DebriefKit
import Testing

@Suite("Chapter anchors")
struct ChapterAnchorTests {
    func chapter(_ id: String, after: String? = nil) -> Chapter {
        Chapter(id, title: id, after: after) { Ask("\(id).q", "?", .text()) }
    }

    @Test func anAnchoredChapterFollowsItsAnchor() {
        let chapters = [chapter("a"), chapter("b"), chapter("c"), chapter("x", after: "a"), chapter("y", after: "a")]
        #expect(chapters.anchored().map(\.id) == ["a", "x", "y", "b", "c"])
    }

    @Test func chainsAndMissingAnchorsAndCycles() {
        #expect([chapter("z", after: "x"), chapter("a"), chapter("x", after: "a"), chapter("b")].anchored().map(\.id) == ["a", "x", "z", "b"])
        #expect([chapter("a"), chapter("m", after: "missing"), chapter("b")].anchored().map(\.id) == ["a", "m", "b"])
        #expect([chapter("a"), chapter("p", after: "q"), chapter("q", after: "p")].anchored().map(\.id) == ["a", "p", "q"])
    }

    @Test func configurationAppliesAfterAnchors() {
        let flow = Flow([chapter("a"), chapter("b"), chapter("x", after: "a")].arranged(by: FlowConfiguration(order: ["b"], disabled: ["a"])))
        #expect(flow.chapters.map(\.id) == ["b", "x"])
    }
}
