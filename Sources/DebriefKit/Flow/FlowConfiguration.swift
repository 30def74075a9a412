/// A person's choices about the flow: which chapters come first, which are off.
///
/// Loaded by the host (the CLI reads `config.yaml`); the core only applies it.
public struct FlowConfiguration: Sendable, Equatable, Codable {
    /// Chapter ids to put first, in this order; chapters not named keep their place after them.
    public var order: [String]
    /// Chapter ids to leave out.
    public var disabled: Set<String>

    /// A configuration; the default changes nothing.
    public init(order: [String] = [], disabled: Set<String> = []) {
        self.order = order
        self.disabled = disabled
    }
}
