import DebriefKit

extension Debrief {
    /// The lines the coach accepted as answers, in the order they were typed.
    var acceptedLines: [String] {
        transcript.compactMap { event in
            if case .answered(_, let raw) = event.kind { raw } else { nil }
        }
    }
}
