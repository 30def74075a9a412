import DebriefKit

extension Debrief {
    /// Whether the person has written nothing here yet: no answer, no half-typed list, and no
    /// line of theirs in the transcript (commands such as /pause are not writing).
    ///
    /// `debrief` continues such a debrief, left at its first question, rather than asking
    /// whether to pick up an "Untitled interview".
    var isUntouched: Bool {
        guard answers.isEmpty, cursor?.draft.isEmpty ?? false else { return false }
        return transcript.allSatisfy { event in
            switch event.kind {
            case .asked, .said, .command: true
            case .answered, .rejected: false
            }
        }
    }
}
