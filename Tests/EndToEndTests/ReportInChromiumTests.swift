import DebriefKit
import Foundation
import Testing

/// `debrief report --format html` from a real SQLite store, opened in headless Chromium: screenshots
/// at a desktop and a phone width, and an accessibility check run inside the browser in light and
/// dark mode (every chart has a text alternative; every text passes WCAG AA contrast).
///
/// Chromium is required: CI installs Debian's `chromium` (.ci/run). Set `DEBRIEF_CHROMIUM` to use
/// another binary, and `DEBRIEF_REPORT_SHOTS` to a folder to keep the screenshots and the report.
@Suite(.serialized) struct ReportInChromiumTests {
    typealias Workspace = StorageCommandTests.Workspace

    @Test func theReportRendersReadablyAndAccessiblyInChromium() throws {
        let chromium = try Chromium()
        let workspace = try Workspace()
        let archive = workspace.folder + "/debriefs.json"
        try DebriefJSON.encoder().encode(DebriefArchive(debriefs: ReportStore.debriefs())).write(to: URL(fileURLWithPath: archive))
        let imported = try workspace.debrief("import", archive)
        #expect(imported.status == 0, "\(imported.err)")
        let page = workspace.folder + "/report.html"
        let report = try workspace.debrief("report", "--format", "html", "--output", page)
        #expect(report.status == 0, "\(report.err)")
        let html = String(decoding: FileManager.default.contents(atPath: page) ?? Data(), as: UTF8.self)
        #expect(html.contains("Acme &amp; Co") && !html.contains("<script"), "the report is the store's, with no scripts")

        let keep = ProcessInfo.processInfo.environment["DEBRIEF_REPORT_SHOTS"]
        for width in [1200, 400] {
            let shot = workspace.folder + "/report-\(width).png"
            try chromium.run(["--hide-scrollbars", "--window-size=\(width),2000", "--screenshot=\(shot)", "file://" + page], in: workspace.folder)
            let png = try #require(FileManager.default.contents(atPath: shot), "Chromium wrote no screenshot at \(width) px")
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
            #expect(PNGSize(png) == PNGSize(width: width, height: 2000), "the screenshot is \(width)×2000")
            #expect(png.count > 40_000, "a \(width) px screenshot of a full page is more than a blank one (\(png.count) bytes)")
            if let keep { try? FileManager.default.copyItem(atPath: shot, toPath: keep + "/report-\(width).png") }
        }
        if let keep { try? FileManager.default.copyItem(atPath: page, toPath: keep + "/report.html") }

        // Light on a phone, dark on a wide screen.
        for (dark, width) in [(false, 400), (true, 1200)] {
            let result = try AccessibilityCheck.run(on: html, dark: dark, width: width, chromium: chromium, in: workspace.folder)
            #expect(result.dark == dark, "Chromium was asked for \(dark ? "dark" : "light") mode")
            #expect(result.charts == 3, "feelings, stages and the five questions")
            #expect(result.texts > 100 && result.marks > 10, "the check looked at the page: \(result.texts) texts, \(result.marks) marks")
            #expect(result.failures.isEmpty, "\(dark ? "dark" : "light"): \(result.failures.joined(separator: "\n"))")
        }
    }

    /// The check is not a formality: faint text, a bare chart and a page too wide for a phone fail it.
    @Test func theCheckFindsFaintTextAndAChartWithoutWords() throws {
        let chromium = try Chromium()
        let workspace = try Workspace()
        let page = "<!DOCTYPE html><html><body style=\"background:#fff\"><p style=\"color:#bbb\">Made on a grey day</p><div style=\"width:900px\">Wide</div>"
            + "<figure><svg viewBox=\"0 0 10 10\"><rect class=\"bar\" width=\"10\" height=\"10\" style=\"fill:#eee\"/></svg></figure></body></html>"
        let result = try AccessibilityCheck.run(on: page, dark: false, width: 400, chromium: chromium, in: workspace.folder)
        let failures = result.failures.joined(separator: "\n")
        #expect(failures.contains("text contrast") && failures.contains("Made on a grey day"), "\(failures)")
        #expect(failures.contains("chart without role=\"img\"") && failures.contains("chart without a data table"), "\(failures)")
        #expect(failures.contains("chart mark contrast") && failures.contains("scrolls sideways"), "\(failures)")
    }
}

/// The width and height in a PNG's header.
struct PNGSize: Equatable {
    var width: Int
    var height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    init?(_ data: Data) {
        guard data.count > 24 else { return nil }
        let bytes = [UInt8](data.prefix(24))
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = int(16)
        height = int(20)
    }
}

/// Headless Chromium, found on the PATH (Debian's `chromium`) or at `DEBRIEF_CHROMIUM`.
struct Chromium {
    let path: String

    struct Missing: Error, CustomStringConvertible {
        let description = "Headless Chromium is needed to check the HTML report, and none was found. Install it "
            + "(sudo apt-get install -y chromium; .ci/run does this in CI) or set DEBRIEF_CHROMIUM to a Chromium binary."
    }

    init() throws {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [environment["DEBRIEF_CHROMIUM"]].compactMap { $0 }
            + ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"]
        guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else { throw Missing() }
        path = found
    }

    /// Runs Chromium headless with `arguments` and a throwaway profile under `folder`; its standard output.
    @discardableResult
    func run(_ arguments: [String], in folder: String, timeout: TimeInterval = 300) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--user-data-dir=\(folder)/chromium-profile"] + arguments
        process.environment = ["HOME": folder, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let out = folder + "/chromium.out"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: out)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("Chromium did not finish within \(Int(timeout)) s: \(arguments)")
        }
        process.waitUntilExit()
        return String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self)
    }
}
