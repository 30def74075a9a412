import DebriefKit
import DebriefReports
import Testing

@Suite struct FeedbackEmailTests {
    let composer = FeedbackEmailComposer()

    @Test func specificAndPolite() {
        let email = composer.compose(for: Samples.debrief(), interviewerName: "Dana", senderName: "Sam")
        #expect(email.text == """
        Subject: Thank you, and a request for feedback (Product Designer)

        Dear Dana,

        Thank you for taking the time to interview me for the Product Designer role at Acme & Co. I appreciated learning more about the team and the work.

        One moment has stayed with me: we sketched the onboarding flow together.

        I know the process has moved on, and I would be grateful for any brief feedback: what is one thing I could strengthen to be a stronger candidate for a role like this?

        Even a line or two would help me a great deal. Thank you again, and I hope our paths cross in the future.

        Best regards,
        Sam

        """)
    }

    @Test func readsTheInterviewerFromTheDebrief() {
        #expect(composer.compose(for: Samples.debrief()).body.hasPrefix("Dear Dana,\n"))
    }

    @Test func asksWhatToStrengthenNeverWhy() {
        for debrief in [Samples.debrief(), Debrief(id: DebriefID(rawValue: "empty"), createdAt: Samples.now)] {
            let text = composer.compose(for: debrief).text.lowercased()
            #expect(text.contains("strengthen"))
            #expect(!text.contains("why"))
            #expect(!text.contains("reject"))
        }
    }

    @Test func worksWithoutDetails() {
        let email = composer.compose(role: nil, company: "  ", interviewerName: nil, moment: nil, senderName: nil)
        #expect(email.subject == "Thank you, and a request for feedback")
        #expect(email.body.hasPrefix("Hello,\n\nThank you for taking the time to interview me for the role."))
        #expect(!email.body.contains("moment"))
        #expect(email.body.hasSuffix("Best regards,\n[Your name]\n"))
    }

    @Test func momentKeepsItsOwnPunctuationAndLosesControlCharacters() {
        let email = composer.compose(role: "Analyst", company: nil, interviewerName: "Lee\u{1B}[2J", moment: "the whiteboard exercise!",
                                     senderName: "Sam")
        #expect(email.body.contains("One moment has stayed with me: the whiteboard exercise!\n"))
        #expect(email.body.hasPrefix("Dear Lee,"))
        #expect(email.body.contains("for the Analyst role."))
    }
}
