@testable import DebriefREPL
import Testing

@Suite struct TerminalEnvironmentTests {
    func terminal(_ input: Bool = true, _ output: Bool = true, _ variables: [String: String] = ["TERM": "xterm"]) -> TerminalEnvironment {
        TerminalEnvironment(inputIsTerminal: input, outputIsTerminal: output, variables: variables)
    }

    @Test func colourOnlyOnACapableTerminalWithoutNoColor() {
        #expect(terminal().usesColour)
        #expect(!terminal(true, false).usesColour)
        #expect(!terminal(true, true, ["TERM": "xterm", "NO_COLOR": "1"]).usesColour)
        #expect(terminal(true, true, ["TERM": "xterm", "NO_COLOR": ""]).usesColour)
        #expect(!terminal(true, true, ["TERM": "dumb"]).usesColour)
    }

    @Test func theLineEditorNeedsBothStreamsOnACapableTerminal() {
        #expect(terminal().isInteractive)
        #expect(!terminal(false, true).isInteractive)
        #expect(!terminal(true, false).isInteractive)
        #expect(!terminal(true, true, ["TERM": "dumb"]).isInteractive)
    }

    @Test func widthFallsBackToColumnsThenEighty() {
        #expect(terminal(false, false, ["COLUMNS": "120"]).width == 120)
        #expect(terminal(false, false, ["COLUMNS": "wide"]).width == 80)
        #expect(terminal(false, false, [:]).width == 80)
    }

    @Test func aUTF8CharacterTypeIsAlwaysFound() {
        #expect(UTF8Locale.ensure() != nil)
        #expect(UTF8Locale.isUTF8)
    }
}
