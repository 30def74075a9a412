@testable import DebriefREPL
import Testing

@Suite struct TextWrapperTests {
    @Test func bulletsAndNumbersHangUnderTheirText() {
        #expect(TextWrapper.wrap("• A number: the result has none yet.", width: 20) == "• A number: the\n  result has none\n  yet.")
        #expect(TextWrapper.wrap("12. Which company was it then?", width: 18) == "12. Which company\n    was it then?")
        #expect(TextWrapper.wrap("  • indented bullet wraps here", width: 18) == "  • indented\n    bullet wraps\n    here")
    }

    @Test func wrapsWordsAtTheWidth() {
        #expect(TextWrapper.wrap("Each interview is a step closer.", width: 16) == "Each interview\nis a step\ncloser.")
    }

    @Test func keepsLineBreaksBlankLinesAndIndentation() {
        let text = "Commands:\n\n  /review   see your answers; /review N changes answer N"
        #expect(TextWrapper.wrap(text, width: 30) == "Commands:\n\n  /review see your answers;\n  /review N changes answer N")
    }

    @Test func leavesALongWordWhole() {
        #expect(TextWrapper.wrap("see https://example.com/a/very/long/path now", width: 12) == "see\nhttps://example.com/a/very/long/path\nnow")
    }

    @Test func countsWideCharactersAsTwoColumns() {
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("🚀") == 2)
        #expect(DisplayWidth.of("Café") == 4)
        #expect(TextWrapper.wrap("東京 大阪 名古屋", width: 10) == "東京 大阪\n名古屋")
    }
}
