import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// The line under *Repeats* while a meeting is typed: the next occurrences from the day, time
/// and zone above, or why the rule does not read, before any save.
struct MeetingRuleNoteTests {
    func note(_ repeats: String, on: String = "2026-12-01", at: String = "10:00", zone: String = "Europe/Berlin") -> String? {
        MeetingRuleNote.note(Form(title: "Meeting", fields: [
            .init(id: "on", label: "On", text: on, kind: .date),
            .init(id: "at", label: "At", text: at),
            .init(id: "zone", label: "Time zone", text: zone),
            .init(id: "repeats", label: "Repeats", text: repeats),
        ]))
    }

    @Test func aWordShowsTheNextOccurrencesAndTheRuleItStandsFor() {
        #expect(note("weekly") == "next Tue 01 Dec 10:00, Tue 08 Dec, Tue 15 Dec, … · FREQ=WEEKLY")
        #expect(note("FREQ=MONTHLY;BYDAY=-1FR", on: "2026-12-25") == "next Fri 25 Dec 10:00, Fri 29 Jan 2027, Fri 26 Feb 2027, …")
        // The day typed is the first occurrence even off the rule (DTSTART in RFC 5545): shown, so it is seen.
        #expect(note("FREQ=MONTHLY;BYDAY=-1FR") == "next Tue 01 Dec 10:00, Fri 25 Dec, Fri 29 Jan 2027, …")
        #expect(note("none") == nil)
    }

    @Test func aRuleThatDoesNotReadSaysWhyAsTheSaveWould() {
        guard case .failure(let refusal) = RuleShorthand.rrule(from: "FREQ=WEEKLY;BYDAY=XX") else { Issue.record("read"); return }
        #expect(note("FREQ=WEEKLY;BYDAY=XX") == "⚠ " + refusal.message)
        #expect(note("sometimes")?.hasPrefix("⚠ write none, daily") == true)
    }

    @Test func theWallClockTimeHoldsAcrossDaylightSavingAndTheEndIsShown() {
        // New York moves its clocks on 8 March 2026; the stand-up stays at 09:00 there.
        #expect(note("FREQ=DAILY;COUNT=3", on: "2026-03-07", at: "09:00", zone: "America/New_York")
                == "next Sat 07 Mar 09:00, Sun 08 Mar, Mon 09 Mar")
        // A Windows zone name reads as its IANA zone.
        #expect(note("FREQ=DAILY;COUNT=2", on: "2026-03-07", at: "09:00", zone: "Eastern Standard Time")
                == "next Sat 07 Mar 09:00, Sun 08 Mar")
    }

    @Test func aRareRuleIsLookedForYearsAheadAndAllDayShowsDates() {
        #expect(note("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=3", on: "2028-02-29", at: "all day")
                == "next Tue 29 Feb, Sun 29 Feb 2032, Fri 29 Feb 2036")
    }

    @Test func aDayOrTimeNotYetReadableLeavesTheRuleAlone() {
        #expect(note("weekly", at: "10") == "the next dates show once On and At read · FREQ=WEEKLY")
        #expect(note("FREQ=WEEKLY", on: "fri") == "the next dates show once On and At read")
    }
}
