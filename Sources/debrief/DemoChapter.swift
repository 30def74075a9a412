import DebriefKit

/// A short chapter so `debrief` runs end to end before the full reflection flow lands.
enum Demo {
    static let chapter = Chapter("demo", title: "Quick debrief", version: 1) {
        Say("demo.welcome", "It's disappointing when an interview doesn't lead to an offer. Let's take a few minutes to learn from it — your answers are saved as you go.")
        Ask("demo.company", "Which company was it?", .text()).records(.company)
        Ask("demo.date", "When was the interview?", .date(.past)).records(.date)
        Ask("demo.feeling", "How are you feeling about it now, from 1 (very low) to 5 (fine)?", .scale(low: "very low", high: "fine"))
        Ask("demo.prepared", "Did you prepare as much as you wanted to?", .yesPartlyNo)
        Ask("demo.gaps", "What would you prepare differently next time?", .text())
            .when(.answer("demo.prepared", isNot: "yes"))
        Say("demo.close", "Thank you. Each interview is a step closer to the right job.")
    }
}
