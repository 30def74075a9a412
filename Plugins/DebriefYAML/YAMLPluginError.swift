import DebriefKit

/// One problem in a YAML plugin file, with where it is and what was expected.
///
/// Printed the way compilers do, so editors can jump to it:
/// `technical.yaml:7:11: error: unknown key "tpye" in a step; did you mean "type"?`
public struct YAMLPluginError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as the person named it.
    public var file: String
    /// 1-based line, 0 when the problem is the whole file.
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int
    /// What is wrong and what would be right.
    public var message: String

    /// A problem at a position.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// The compiler-style line, safe to print: the file name and the message may quote the plugin.
    public var description: String {
        let file = TextNormaliser.displayable(file), message = TextNormaliser.displayable(message)
        return line > 0 ? "\(file):\(line):\(column): error: \(message)" : "\(file): error: \(message)"
    }
}

/// Every problem found in one file: validation reports them all at once.
public struct YAMLPluginErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var errors: [YAMLPluginError]

    /// A list of problems.
    public init(_ errors: [YAMLPluginError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
