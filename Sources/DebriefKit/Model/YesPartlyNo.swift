/// The answer to a reflective yes/no question, with room for "partly".
///
/// Most honest answers to "did you prepare?" are "sort of"; a plain Bool would
/// force people to round up or down.
public enum YesPartlyNo: String, Codable, Sendable, CaseIterable {
    case yes, partly, no
}
