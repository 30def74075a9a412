import DebriefKit
import Foundation
import DebriefReflection
import Testing

@Suite("Feedback email")
struct FeedbackEmailTests {
    let interview = Interview(company: "Acme", role: "UX Researcher", stage: "final round", outcome: "rejected")

    @Test func namesTheRoleAndCompanyAndAsksWhatToStrengthen() {
        let email = FeedbackEmail(interview: interview, recipient: "Priya", sender: "Alex")
        #expect(email.subject == "Thank you — UX Researcher interview")
        #expect(email.body.hasPrefix("Dear Priya,\n\nThank you for the chance to interview for the UX Researcher role at Acme, and for letting me know your decision."))
        #expect(email.body.contains("what I could strengthen"))
        #expect(email.body.hasSuffix("Best regards,\nAlex"))
        #expect(email.text.hasPrefix("Subject: Thank you — UX Researcher interview\n\nDear Priya,"))
    }

    @Test(arguments: ["rejected", "role closed", "withdrew", "no reply"])
    func neverAsksWhy(_ outcome: String) {
        var interview = interview
        interview.outcome = outcome
        let text = FeedbackEmail(interview: interview).text.lowercased()
        #expect(!text.contains("why"))
        #expect(!text.contains("reason"))
    }

    @Test func mentionsOneMomentWhenGiven() {
        let email = FeedbackEmail(interview: interview, moment: "  the  question about\u{7} research ops ")
        #expect(email.body.contains("learning more about the work.\n\nOne moment has stayed with me: the question about research ops.\n\nI'm keen"))
        #expect(!FeedbackEmail(interview: interview, moment: "   ").body.contains("One moment"))
    }

    @Test func fillsGapsPolitely() {
        let email = FeedbackEmail(interview: Interview())
        #expect(email.subject == "Thank you for the interview")
        #expect(email.body.hasPrefix("Hello,\n\nThank you for the chance to interview for the role. I enjoyed"))
        #expect(email.body.hasSuffix("[Your name]"))
        var closed = interview
        closed.outcome = "role closed"
        #expect(FeedbackEmail(interview: closed).body.contains("for letting me know the role has closed"))
    }

    @Test func readsTheRecipientFromTheDebrief() {
        var debrief = Debrief(id: DebriefID(rawValue: "d"), createdAt: .init(timeIntervalSince1970: 0), interview: interview)
        debrief.answers[StepKey("move.feedback.to")] = Answer(value: .text("Sam Okafor"), raw: "Sam Okafor", answeredAt: debrief.createdAt)
        #expect(FeedbackEmail(for: debrief).body.hasPrefix("Dear Sam Okafor,"))
        debrief.answers[StepKey("move.feedback.to")] = Answer(value: .skipped, raw: "", answeredAt: debrief.createdAt)
        #expect(FeedbackEmail(for: debrief).body.hasPrefix("Hello,"))
    }

    @Test func aStoredRoleWithALineBreakCannotAddAHeader() {
        let email = FeedbackEmail(interview: Interview(company: "Acme\r\nCc: x@example.com", role: "Designer\nBcc: evil@example.com\u{202E}"))
        let lines = email.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Subject: Thank you — Designer Bcc: evil@example.com interview" && lines[1].isEmpty, "\(email.text)")
        #expect(!lines.contains { $0.hasPrefix("Bcc:") || $0.hasPrefix("Cc:") })
    }

    @Test func anAnswerOverTwoLinesFillsAOneLineInterviewField() {
        var interview = Interview()
        interview.record(.text("Designer\nBcc: evil@example.com"), as: .role)
        #expect(interview.role == "Designer Bcc: evil@example.com")
    }
}
