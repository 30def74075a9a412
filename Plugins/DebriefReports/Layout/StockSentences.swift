import DebriefKit

/// Keeps a report from saying the same stock sentence twice: the first time a sentence is
/// written it stays, later copies are dropped. Fed in reading order, so the copy that stays is
/// the one a person meets first.
struct StockSentences {
    private var said = Set<String>()

    /// `text` without the sentences already said; empty when every sentence was.
    mutating func fresh(_ text: String) -> String {
        TextNormaliser.sentences(in: text).filter { said.insert($0).inserted }.joined(separator: " ")
    }
}
