import DebriefKit
import Foundation

/// An insight as a card: why it is shown, a headline, a sentence or two, and the interviews it
/// rests on behind a disclosure (title and date, each a link to that interview in full).
struct InsightCards {
    /// Past this many, the evidence list says how many more.
    static let listed = 12
    private var debriefs: [DebriefID: Debrief] = [:]

    init(debriefs: [Debrief]) {
        for debrief in debriefs { self.debriefs[debrief.id] = debrief }
    }

    /// A card; `first` for one of the three worth reading first.
    func card(_ highlight: ReportHighlights.Highlight, first: Bool, level: Int) -> String {
        var html = "<article class=\"card \(Self.className(highlight.kind))\"><p class=\"kind\">\(highlight.kind.label(first: first))</p>"
            + "<h\(level)>\(HTMLText.escape(highlight.title))</h\(level)>"
        if !highlight.detail.isEmpty { html += "<p>\(HTMLText.multiline(highlight.detail))</p>" }
        return html + evidence(highlight.evidence) + "</article>"
    }

    /// The card's class, which gives it its colour.
    private static func className(_ kind: ReportHighlights.Kind) -> String {
        switch kind {
        case .goingWell: "going-well"
        case .practise: "practise"
        case .nextStep: "next-step"
        case .noticed: "noticed"
        }
    }

    /// "Based on 3 interviews", opening to their titles and dates.
    private func evidence(_ ids: [DebriefID]) -> String {
        let known = ids.compactMap { debriefs[$0] }
        guard !known.isEmpty else { return "" }
        let items = known.prefix(Self.listed).map { debrief in
            "<li><a href=\"#\(Self.anchor(debrief.id))\">\(HTMLText.escape(debrief.interview.title))</a>"
                + " <span class=\"day\">\(debrief.day.spoken)</span></li>"
        }.joined()
        let more = known.count > Self.listed ? "<li>and \(known.count - Self.listed) more</li>" : ""
        let noun = known.count == 1 ? "interview" : "interviews"
        return "<details class=\"evidence\"><summary>Based on \(known.count) \(noun)</summary><ul>\(items)\(more)</ul></details>"
    }

    /// The id of a debrief's article: `d-` and the id's letters, digits and dashes.
    static func anchor(_ id: DebriefID) -> String {
        "d-" + String(id.rawValue.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-") }.map(Character.init))
    }
}
