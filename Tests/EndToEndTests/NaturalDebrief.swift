/// A whole debrief through the built-in flow, answered the way people write: "kinda",
/// "not really", "last tuesday", a `;` list, a pasted STAR example, non-ASCII text.
enum NaturalDebrief {
    static let lines = [
        "Acme Café", "Product Designer", "last tuesday", "final round", "rejected", "3",
        "kinda", "portfolio walk-through; salary research",
        "not really", "Talking to someone on the design team first",
        "yes",
        "partly", "Tell me about a conflict; Why should we hire you? 面接",
        "I'd tell the release story, with the numbers.", "Because I pair research with shipping — zürich-style 🚀",
        "yes", "no",
        "no", "1",
        "Situation: Two leads disagreed about a release. Task: I owned the release plan. Action: I met each lead, I pulled the bug data, I proposed shipping with one module switched off. Result: We shipped on time and tickets fell 30%.",
        "keep",
        "I stayed calm; good rapport with the panel", "4", "A small team that ships weekly — I liked that.",
        "Next time, if they ask about conflict, I will tell the release story", "next friday", "",
        "yes", "Sam", "the question about research ops",
    ]

    /// The lines as standard input.
    static var input: String { lines.joined(separator: "\n") + "\n" }
}
