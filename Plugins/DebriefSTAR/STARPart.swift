public import DebriefKit

/// One of the four parts of a STAR example.
///
/// Used to say where a hint's evidence comes from and which part a person revises.
///
/// ```swift
/// let revised = example.replacing(.action, with: "I rewrote the plan and I called the client.")
/// ```
public enum STARPart: String, CaseIterable, Codable, Sendable {
    case situation, task, action, result

    /// "Situation", for headings.
    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

extension STARAnswer {
    /// The text of one part.
    public func text(of part: STARPart) -> String {
        switch part {
        case .situation: situation
        case .task: task
        case .action: action
        case .result: result
        }
    }

    /// A copy with one part replaced, for a revision.
    public func replacing(_ part: STARPart, with text: String) -> STARAnswer {
        var copy = self
        switch part {
        case .situation: copy.situation = text
        case .task: copy.task = text
        case .action: copy.action = text
        case .result: copy.result = text
        }
        return copy
    }
}
