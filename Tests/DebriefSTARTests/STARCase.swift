import DebriefKit
import DebriefSTAR
import Testing

/// One example answer for the coach, with the exact hints it must get.
struct STARCase: CustomTestStringConvertible, Sendable {
    let name: String
    let question: String
    let answer: STARAnswer
    let expected: Set<STARHint.Kind>

    init(_ name: String, question: String, situation: String, task: String, action: String, result: String, expected: Set<STARHint.Kind>) {
        self.name = name
        self.question = question
        self.answer = STARAnswer(situation: situation, task: task, action: action, result: result)
        self.expected = expected
    }

    var testDescription: String { name }
}

extension STARCase {
    /// Small examples, each made to show one rule (or how two meet); every kind of hint is
    /// triggered by at least one of them. The varied set is ``corpus``.
    static let all: [STARCase] = written + [tooLong]

    /// Over 450 words: the process example told five times over, so only its length is off.
    static let tooLong: STARCase = {
        let base = written.first { $0.name == "goodProcess" }!.answer
        func five(_ text: String) -> String { Array(repeating: text, count: 5).joined(separator: " ") }
        return STARCase("tooLong", question: "Describe a time you improved a process.", situation: five(base.situation),
                        task: five(base.task), action: five(base.action), result: five(base.result), expected: [.tooLong])
    }()

    static let written: [STARCase] = [
        STARCase("goodConflict", question: "Tell me about a time you disagreed with a colleague.",
                 situation: "In my last job at a logistics start-up, two team leads disagreed about whether to delay a release. The product lead wanted to ship on Friday, and the support lead wanted another week of testing.",
                 task: "As the engineer who owned the release, I had to find a plan both leads could accept before Thursday.",
                 action: "I met each lead separately and wrote down their main worry. I pulled the bug reports from the last three releases and showed that most issues came from one module. I proposed shipping on Friday with that module switched off, and I set up a rollback script so support could undo it in minutes.",
                 result: "The release went out on time, support tickets fell by 30% in the first month, and both leads used the same approach for the next release. I learned to bring data to a disagreement early, before positions harden.",
                 expected: []),
        STARCase("goodFailure", question: "Tell me about a time you failed.",
                 situation: "At a marketing agency, I ran the launch email for a client's spring sale.",
                 task: "My job was to send the campaign to 40,000 subscribers on the Monday morning.",
                 action: "I built the email, I tested it on three devices, and I scheduled it. On Monday I noticed the discount code was wrong, so I paused the send after 2,000 emails, I fixed the code, and I wrote a short apology for the first group. I then called the client to explain what had happened before they heard it elsewhere.",
                 result: "The corrected email reached the other 38,000 people within an hour and the sale beat its target by 12%. Since then I use a checklist with a second reviewer for every send, and I have not had a wrong code again.",
                 expected: []),
        STARCase("goodProcess", question: "Describe a time you improved a process.",
                 situation: "Our finance team closed the books each month with a spreadsheet that five people edited by hand.",
                 task: "I was asked to cut the time the close took without adding staff.",
                 action: "I mapped every step of the close with the team and timed each one. I found that reconciling bank statements took two full days, so I wrote a script that matched most transactions automatically. I trained the team on the script, I kept the old sheet as a fallback for one month, and I reviewed the mismatches with the controller each week.",
                 result: "The close went from eight working days to five, and the team stopped working weekends at month end.",
                 expected: []),
        STARCase("ownership", question: "Describe a time you improved a process.",
                 situation: "Our warehouse team kept missing delivery slots because the picking lists were printed once a day.",
                 task: "I was the shift lead, and the goal was to stop the missed slots before the holiday peak.",
                 action: "I called the software vendor, I rewrote the picking rules with them, and I booked a trial week. Then we met every morning, we compared the lists with the orders, we adjusted the rules together, and our team agreed the new process as a group before we rolled it out.",
                 result: "Missed slots dropped from twelve a week to two within a month, and the new lists are still in use.",
                 expected: [.ownership]),
        STARCase("hypotheticalWould", question: "Tell me about a time you disagreed with a colleague.",
                 situation: "Disagreements with colleagues come up in every team I have worked in.",
                 task: "The aim in those moments is to keep the work moving and the relationship intact.",
                 action: "I would first listen to their side without interrupting. I would then look for the facts we both accept and suggest a small test. If that failed, I would ask our manager to decide, and I would make sure to follow the decision either way.",
                 result: "Usually this means the disagreement is settled within a day or two. I have learned that most conflicts are about missing information.",
                 expected: [.hypothetical]),
        STARCase("habitInSituationOnly", question: "Describe a time you improved a process.",
                 situation: "Our design team usually released new screens once a month, and reviews happened only at the end.",
                 task: "I wanted to find problems earlier so that the monthly release stopped slipping.",
                 action: "I set up a fifteen-minute review every Tuesday and invited one engineer and one designer. I wrote a short template for the review notes, and I shared the notes in the team channel the same day. I tracked how many issues each review caught.",
                 result: "Over the next quarter the release slipped once instead of every month, and the reviews caught 23 issues before they reached testing.",
                 expected: []),
        STARCase("weakVerbs", question: "Describe a time you improved a process.",
                 situation: "Our customer support queue had grown to over 900 open tickets after a product change.",
                 task: "I was one of four agents asked to bring the queue down before the end of the quarter.",
                 action: "I helped the team lead sort the tickets by topic. I then wrote five answer templates for the most common questions, I trained two new agents on them, and I built a daily report of the queue size so everyone could see progress.",
                 result: "The queue fell to 150 tickets in six weeks, and the templates are now part of onboarding.",
                 expected: [.weakVerbs]),
        STARCase("wasInvolved", question: "Describe a time you improved a process.",
                 situation: "A hospital ward I worked on wanted to reduce the time patients waited for discharge.",
                 task: "As a staff nurse, my part was to improve how discharge paperwork was prepared.",
                 action: "I was involved in the early planning meetings. I drafted a checklist for the paperwork, I tested it with three patients on the night shift, and I changed the order of two steps after the test.",
                 result: "Average waiting time for discharge fell from four hours to just under two.",
                 expected: [.weakVerbs]),
        STARCase("fewActions", question: "Describe a time you improved a process.",
                 situation: "Our small online shop sent orders with a courier that often lost parcels, and complaints were rising each week.",
                 task: "I ran operations, so choosing a better courier was my responsibility, with a budget that could not grow.",
                 action: "I compared four couriers on price, tracking and their loss rates over the last year, using reviews from other shop owners as well as their own figures. After a month on a trial contract, the new courier became our default for all domestic orders.",
                 result: "Lost parcels went from about ten a month to one, and the complaints stopped within the quarter.",
                 expected: [.fewActions]),
        STARCase("resultNotAnswered", question: "Describe a time you improved a process.",
                 situation: "Our sales team entered leads in three different tools, and nobody trusted the numbers in the weekly report.",
                 task: "I was asked to bring the leads into one place before the new sales year started.",
                 action: "I listed every field the three tools used and agreed a single set with the sales director. I wrote an import script, I ran it on a copy first, and I fixed the duplicates it found by hand. I then switched off the two old tools and I trained the team on the remaining one.",
                 result: "n/a",
                 expected: [.noResult]),
        STARCase("resultNotSure", question: "Describe a time you improved a process.",
                 situation: "At a charity, volunteers signed up on paper forms that were often lost before anyone typed them in.",
                 task: "My task was to make sign-ups reach the coordinator on the same day.",
                 action: "I built a short online form and I tested it with six volunteers. I printed a QR code for each event table, and I set the form to email the coordinator every new sign-up. I also kept paper forms as a backup for people without phones.",
                 result: "Not sure.",
                 expected: [.noResult]),
        STARCase("resultWithoutNumber", question: "Describe a time you improved a process.",
                 situation: "A client of our agency complained that our monthly reports were too long to read.",
                 task: "As the account manager, I had to make the reports useful again before the contract renewal.",
                 action: "I asked the client which three questions they wanted each report to answer. I rebuilt the template around those questions, I moved the detailed tables to an appendix, and I walked the client through the first new report on a call.",
                 result: "The client said the reports were finally useful, and they renewed the contract for another year.",
                 expected: [.resultWithoutNumber]),
        STARCase("balance", question: "Describe a time you improved a process.",
                 situation: "I joined a regional bank's operations department in the middle of a difficult migration from an old core banking system to a new cloud platform, which had already been delayed twice and was being watched closely by the board, the regulator and several large corporate clients. The department had lost its two most experienced analysts that spring, morale was low, and the remaining staff were working long hours to keep daily reconciliations running on both systems at once.",
                 task: "My manager asked me to take over the reconciliation workstream, which meant making sure that every account balance on the new platform matched the old system to the cent before each weekly cut-over checkpoint, and reporting any gaps to the programme board.",
                 action: "I automated the balance comparison. I split the accounts by product. I reported gaps daily.",
                 result: "Every checkpoint after that passed with 0 unexplained gaps.",
                 expected: [.balance]),
        STARCase("tooShort", question: "Describe a time you improved a process.",
                 situation: "The client moved our launch forward.",
                 task: "I owned the fix.",
                 action: "I rebuilt the plan. I called the client. I moved two people onto testing.",
                 result: "We shipped 2 weeks late, with no open bugs.",
                 expected: [.tooShort]),
        STARCase("hedging", question: "Describe a time you improved a process.",
                 situation: "Our mobile app had a sign-up flow with seven screens, and many people gave up halfway through.",
                 task: "As the product designer, I was asked to raise the number of people who finished signing up.",
                 action: "I watched recordings of thirty sign-ups to see where people stopped. I cut the flow to three screens, I moved the optional questions to after sign-up, and I ran an A/B test for two weeks.",
                 result: "Completed sign-ups rose by 18%, which I think was the biggest jump the team had seen that year.",
                 expected: [.hedging]),
        STARCase("hedgingKindOf", question: "Describe a time you improved a process.",
                 situation: "Our office moved to a hybrid schedule, and meeting rooms were double-booked most mornings.",
                 task: "I was kind of the person everyone asked about rooms, so I took on fixing the booking problem.",
                 action: "I collected a month of booking data from the calendar system. I set a rule that unused bookings were released after fifteen minutes, I added screens outside each room, and I sent a short guide to all staff.",
                 result: "Double bookings fell from about twenty a week to three.",
                 expected: [.hedging]),
        STARCase("noLearning", question: "Tell me about a time you failed.",
                 situation: "In my first sales job I was responsible for a renewal with our largest client.",
                 task: "I had to get the renewal signed before the end of the financial year.",
                 action: "I prepared the pricing proposal and I sent it to the client two weeks before the deadline. I followed up by email twice, and I arranged a call with their buyer, who told me they had already chosen a cheaper supplier.",
                 result: "We lost the account, which was worth about 15% of the team's revenue that year.",
                 expected: [.noLearning]),
        STARCase("conflictWithLearning", question: "Describe a conflict with your manager.",
                 situation: "My manager and I disagreed about how much time to give a junior colleague to learn a new tool before she took on client work.",
                 task: "I was her mentor, so I needed to agree a plan with my manager that worked for the client and for her.",
                 action: "I asked my manager for thirty minutes to talk it through. I brought the training plan, I showed which parts she had already finished, and I suggested she start with one small client while finishing the rest. I offered to review her work daily for two weeks.",
                 result: "My manager agreed, and she handled the client well; after two weeks she took on two more. It taught me to bring a concrete plan to a disagreement rather than just an opinion.",
                 expected: []),
        STARCase("ownershipInSituationOnly", question: "Describe a time you improved a process.",
                 situation: "We were a team of six, and we shared one test server that we kept breaking with each other's changes.",
                 task: "I wanted us to stop losing afternoons to a broken test server.",
                 action: "I wrote a script that gave each developer their own test environment in a container. I documented how to use it in one page, I showed it at the Monday stand-up, and I helped two colleagues set it up on their machines.",
                 result: "Within a month the shared server was retired, and the team stopped losing roughly 4 hours a week to broken builds.",
                 expected: [.weakVerbs]),
        STARCase("manyHints", question: "Tell me about a time you failed.",
                 situation: "We had a project.",
                 task: "We needed to finish it, I guess.",
                 action: "We helped the client and we worked on it together.",
                 result: "Not sure.",
                 expected: [.noResult, .ownership, .noLearning]),
        STARCase("numberWord", question: "Describe a time you improved a process.",
                 situation: "Our recruitment team took weeks to reply to applicants, and candidates often accepted other offers first.",
                 task: "As the recruiting coordinator, I set out to shorten the time from application to first reply.",
                 action: "I mapped each step from application to reply and timed them. I set up an automatic acknowledgement email, I created a shared calendar for interview slots, and I agreed with managers that they would review new applications every Tuesday.",
                 result: "The time to first reply was halved, and fewer candidates dropped out before interview.",
                 expected: []),
        STARCase("wouldLikeIsNotHypothetical", question: "Describe a time you improved a process.",
                 situation: "Our team's code reviews took days, and pull requests piled up before every release.",
                 task: "I was asked by my lead to make reviews faster without lowering the bar.",
                 action: "I measured how long each review waited and found that most waited for one senior engineer. I set up a rota so two people could approve, I wrote a checklist for reviewers, and I added a reminder bot for reviews waiting more than a day.",
                 result: "Review time fell from three days to under one, and I would like to try the same rota with the design team next.",
                 expected: []),
    ]
}
