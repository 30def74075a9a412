import DebriefKit
@testable import DebriefREPL
import Testing

@Suite struct MessageRendererTests {
    let state = PromptState(position: 4, total: 18, chapterTitle: "Reflect", step: StepKey("reflect.research"),
                            isGathering: false, keptAnswer: nil)

    @Test func withoutColourThereIsNoEscapeSequence() {
        let renderer = MessageRenderer(colour: false, width: 80)
        let text = renderer.render([Message(.coach, "Thank you."), Message(.question, "Which company was it?"),
                                    Message(.hint, "Type a name."), Message(.reason, "Too long."), Message(.status, "Saved.")])
        #expect(!text.contains("\u{1B}"))
        #expect(text == "\nThank you.\n\nWhich company was it?\nType a name.\nToo long.\nSaved.\n")
        #expect(renderer.prompt(state) == "[4/18] › ")
        #expect(!renderer.banner.contains("\u{1B}"))
    }

    @Test func withColourQuestionsAreBoldAndThePromptMarksItsEscapes() {
        let renderer = MessageRenderer(colour: true, width: 80)
        #expect(renderer.render(Message(.question, "Which company?")) == "\n\u{1B}[1mWhich company?\u{1B}[0m\n")
        #expect(renderer.render(Message(.coach, "Thanks.")) == "\nThanks.\n")
        let prompt = renderer.prompt(state)
        #expect(prompt.contains("\u{1}\u{1B}[2m\u{1}"))
        #expect(LineEditorPrompt.visible(prompt) == "\u{1B}[2m[4/18]\u{1B}[0m › ")
    }

    /// Plugin and stored text may hold escape sequences; only the renderer's own styling reaches the terminal.
    @Test func messageTextNeverCarriesItsOwnControlCharacters() {
        let hostile = "Why\u{1B}]0;pwned\u{7}\u{1B}[2J not\u{202E}?\u{8}"
        #expect(MessageRenderer(colour: false, width: 80).render(Message(.question, hostile)) == "\nWhy not?\n")
        #expect(MessageRenderer(colour: true, width: 80).render(Message(.question, hostile)) == "\n\u{1B}[1mWhy not?\u{1B}[0m\n")
    }

    @Test func wrapsToTheWidth() {
        let renderer = MessageRenderer(colour: false, width: 20)
        #expect(renderer.render(Message(.coach, "Each interview is a step closer to the right job.")) == "\nEach interview is a\nstep closer to the\nright job.\n")
    }

    @Test func theBannerSaysWhatHowLongHelpAndSaving() {
        let banner = MessageRenderer(colour: false, width: 200).banner
        for words in ["interview", "fifteen minutes", "/help", "saved as you go"] {
            #expect(banner.contains(words))
        }
    }

    @Test func theContinuationPromptLinesUpWithTheProgress() {
        #expect(MessageRenderer(colour: false, width: 80).continuationPrompt(state) == "       … ")
    }

    @Test func helpGainsTheREPLsOwnCommands() {
        let help = REPL.withOwnHelp([Message(.coach, "Commands:\n  /help     what you can type here"), Message(.hint, "Type a name.")])
        #expect(help[0].text.hasSuffix("\n  /edit     write a longer answer in your editor ($VISUAL or $EDITOR)"))
        #expect(help.count == 3)
        #expect(help[2].text.contains("\\"))
    }
}
