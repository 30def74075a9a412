import DebriefKit
import Foundation
import Testing

/// `show --format`, `report`, `insights`, `email` and `plans` on the real binary.
@Suite struct ReportCommandTests {
    typealias Workspace = StorageCommandTests.Workspace

    static func finished() throws -> (Workspace, String) {
        let workspace = try Workspace()
        #expect(try workspace.debrief(input: NaturalDebrief.input).status == 0)
        let id = try #require(workspace.debrief("list").out.split(separator: " ").first.map(String.init))
        return (workspace, id)
    }

    @Test func showRendersEveryFormatAndRefusesAnUnknownOne() throws {
        let (workspace, id) = try Self.finished()
        let text = try workspace.debrief("show", id)
        #expect(text.status == 0 && text.out.contains("Product Designer at Acme Café") && !text.out.contains("\u{1B}["))
        #expect(try workspace.debrief("show", id, "--format", "markdown").out.contains("# Product Designer at Acme Café"))
        let json = try workspace.debrief("show", id, "--format", "json").out
        #expect(json.contains("\"format\" : \"debrief-archive\"") || json.contains("\"format\": \"debrief-archive\""), "\(json.prefix(300))")
        let file = workspace.folder + "/one.html"
        let html = try workspace.debrief("show", id, "--format", "html", "--output", file)
        #expect(html.status == 0 && html.err.contains("Wrote"))
        let page = String(decoding: FileManager.default.contents(atPath: file) ?? Data(), as: UTF8.self)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("Acme Café"))
        let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
        let bad = try workspace.debrief("show", id, "--format", "pdf")
        #expect(bad.status != 0 && bad.err.contains("text, markdown, json, html"), "\(bad.err)")
    }

    @Test func reportAndInsightsCoverEveryDebrief() throws {
        let (workspace, _) = try Self.finished()
        let report = try workspace.debrief("report", "--format", "markdown")
        #expect(report.status == 0 && report.out.contains("## Patterns"), "\(report.out.prefix(400))")
        let archive = try DebriefJSON.decoder().decode(DebriefArchive.self, from: Data(workspace.debrief("report", "--format", "json").out.utf8))
        #expect(archive.debriefs.count == 1 && !archive.debriefs[0].transcript.isEmpty, "the JSON report is the full, importable archive")
        let insights = try workspace.debrief("insights")
        #expect(insights.out.contains("Researched the company: something to work on in 1 of 1"), "\(insights.out)")
        let json = try DebriefJSON.decoder().decode([Insight].self, from: Data(workspace.debrief("insights", "--format", "json").out.utf8))
        #expect(json.contains { $0.id.contains("research") && $0.count == 1 })
        let empty = try Workspace()
        #expect(try empty.debrief("insights").err.contains("No debriefs yet"))
    }

    @Test func emailIsReadyToPasteAndNeverAsksWhy() throws {
        let (workspace, id) = try Self.finished()
        let email = try workspace.debrief("email", id, "--from", "Alex")
        #expect(email.out.hasPrefix("Subject: Thank you — Product Designer interview\n\nDear Sam,"))
        #expect(email.out.contains("One moment has stayed with me: the question about research ops."))
        #expect(email.out.contains("Best regards,\nAlex") && !email.out.lowercased().contains("why"))
    }

    @Test func plansListAndMarkDone() throws {
        let (workspace, _) = try Self.finished()
        let plans = try workspace.debrief("plans")
        #expect(plans.out.hasPrefix("1. Next time, if they ask about conflict, I will tell the release story  [by "), "\(plans.out)")
        let done = try workspace.debrief("plans", "done", "1")
        #expect(done.status == 0 && done.out.contains("Marked done"))
        #expect(try workspace.debrief("plans").out.contains("[done "))
        let missing = try workspace.debrief("plans", "done", "7")
        #expect(missing.status != 0 && !missing.err.isEmpty)
    }

    @Test func practiceAsksTheDueCardsAndRemembersTheGrades() throws {
        let (workspace, _) = try Self.finished()
        let round = try workspace.debrief("practice", input: "release story\ngood\nresearch\neasy\nthe STAR\ngood\n")
        #expect(round.status == 0 && round.out.contains("3 cards to practise"), "\(round.out)")
        #expect(round.out.contains("Your last answer:\nI'd tell the release story, with the numbers."))
        #expect(round.out.contains("Done for today: 3 reviews"))
        let next = try workspace.debrief("practice", input: "")
        #expect(next.out.contains("Nothing to practise today"), "graded cards wait for their next day: \(next.out)")
        let permissions = try FileManager.default.attributesOfItem(atPath: workspace.folder + "/store/practice.sqlite")[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
    }

    /// A backup is everything: on a new machine, `plans` and `practice` carry on where they were.
    @Test func exportThenImportOnANewMachineKeepsPlansAndPractice() throws {
        let (old, _) = try Self.finished()
        _ = try old.debrief("plans", "done", "1")
        _ = try old.debrief("practice", "--limit", "1", input: "release story\ngood\n")
        let backup = old.folder + "/backup.json"
        #expect(try old.debrief("export", "--output", backup).status == 0)

        let new = try Workspace()
        let imported = try new.debrief("import", backup)
        #expect(imported.status == 0 && imported.err.contains("Imported 1 debrief.") && imported.err.contains("Added 3 practice cards."),
                "\(imported.err)")
        #expect(try new.debrief("plans").out == old.debrief("plans").out)
        let oldRound = try old.debrief("practice", input: "")
        let newRound = try new.debrief("practice", input: "")
        #expect(newRound.out == oldRound.out && newRound.out.contains("2 cards to practise"), "the practised card waits, the others are due:\n\(newRound.out)")
    }
}
