import Foundation
import Testing
@testable import RapportModel

@Suite struct RecurrenceRuleTests {
    @Test(arguments: [
        ("FREQ=DAILY", RecurrenceRule(frequency: .daily)),
        ("FREQ=DAILY;INTERVAL=3", RecurrenceRule(frequency: .daily, interval: 3)),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10",
         RecurrenceRule(frequency: .weekly, interval: 2, byDay: [1, 3], count: 10)),
        ("FREQ=WEEKLY;BYDAY=WE,MO", RecurrenceRule(frequency: .weekly, byDay: [1, 3])),  // any order
        ("FREQ=WEEKLY;BYDAY=MO,WE,MO", RecurrenceRule(frequency: .weekly, byDay: [1, 3])),  // said twice, meant once
        ("COUNT=4;FREQ=MONTHLY", RecurrenceRule(frequency: .monthly, count: 4)),  // parts in any order
        ("freq=weekly;byday=fr", RecurrenceRule(frequency: .weekly, byDay: [5])),  // any case
        ("FREQ=WEEKLY;WKST=MO;BYDAY=SU", RecurrenceRule(frequency: .weekly, byDay: [7])),
        ("FREQ=DAILY;", RecurrenceRule(frequency: .daily)),  // trailing separator
        ("FREQ=DAILY;UNTIL=20260331T170000Z",
         RecurrenceRule(frequency: .daily, until: utc("2026-03-31T17:00:00Z"))),
        // A date-only UNTIL includes that whole (UTC) day.
        ("FREQ=WEEKLY;UNTIL=20260331", RecurrenceRule(frequency: .weekly, until: utc("2026-03-31T23:59:59Z"))),
    ])
    func parsesTheRulesMeetingsUse(text: String, expected: RecurrenceRule) throws {
        #expect(try RecurrenceRule(parsing: text) == expected)
    }

    @Test(arguments: [
        "FREQ=DAILY",
        "FREQ=DAILY;INTERVAL=3;COUNT=7",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10",
        "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261231T235959Z",
        "FREQ=MONTHLY;INTERVAL=6",
    ])
    func canonicalTextRoundTrips(text: String) throws {
        // Given a rule as RFC 5545 text, when parsed and written back out
        let rule = try RecurrenceRule(parsing: text)
        // Then the text is the same, so an exported calendar says what was imported
        #expect(rule.text == text)
        #expect(try RecurrenceRule(parsing: rule.text) == rule)
    }

    @Test func anyParsedRuleSurvivesItsOwnText() throws {
        for text in ["freq=weekly;byday=we,mo", "COUNT=4;FREQ=MONTHLY", "FREQ=WEEKLY;UNTIL=20260331", "FREQ=DAILY;WKST=MO"] {
            let rule = try RecurrenceRule(parsing: text)
            #expect(try RecurrenceRule(parsing: rule.text) == rule, "\(text) → \(rule.text)")
        }
    }

    @Test(arguments: [
        ("FREQ=YEARLY", "FREQ=YEARLY"),
        ("FREQ=HOURLY", "FREQ=HOURLY"),
        ("FREQ=MONTHLY;BYMONTHDAY=31", "BYMONTHDAY=31"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1", "BYSETPOS=-1"),
        ("FREQ=MONTHLY;BYDAY=1MO", "BYDAY=1MO"),  // "first Monday": not supported
        ("FREQ=WEEKLY;BYDAY=XX", "BYDAY=XX"),
        ("FREQ=DAILY;BYHOUR=9", "BYHOUR=9"),
        ("FREQ=WEEKLY;WKST=SU;BYDAY=MO", "WKST=SU"),  // would change which weeks INTERVAL=2 picks
        ("FREQ=WEEKLY;X-ACME=1", "X-ACME=1"),
        // BYDAY is only expanded for WEEKLY; on DAILY it would be a filter ("every weekday"),
        // on MONTHLY "every Monday of the month". Ignoring it would book the weekends.
        ("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "BYDAY=MO,TU,WE,TH,FR"),
        ("BYDAY=MO;FREQ=MONTHLY", "BYDAY=MO"),
    ])
    func refusesPartsItCannotHonour(text: String, part: String) {
        // Given a rule with a part the expansion would silently ignore
        // When it is parsed
        // Then it is refused, naming the part, rather than putting meetings on the wrong days
        #expect(throws: RecurrenceError.unsupported(part)) { try RecurrenceRule(parsing: text) }
    }

    @Test(arguments: [
        "", "FREQ", "FREQ=", "INTERVAL=2", "WEEKLY",
        "FREQ=DAILY;INTERVAL=0", "FREQ=DAILY;INTERVAL=-1", "FREQ=DAILY;INTERVAL=two",
        "FREQ=DAILY;COUNT=0", "FREQ=DAILY;COUNT=", "FREQ=DAILY;COUNT=1.5",
        "FREQ=DAILY;UNTIL=tomorrow", "FREQ=DAILY;UNTIL=20260230", "FREQ=DAILY;UNTIL=2026033",
        "FREQ=DAILY;UNTIL=20260331T1200Z",
        "FREQ=DAILY;UNTIL=20260331T250000Z",  // hour 25
        "FREQ=DAILY;UNTIL=20260331T126000Z",  // minute 60
        "FREQ=DAILY;UNTIL=20260331T12000½Z",  // a non-ASCII digit
        "FREQ=DAILY;UNTIL=٢٠٢٦٠٣٣١",  // Arabic-Indic digits
    ])
    func refusesMalformedRules(text: String) {
        #expect {
            try RecurrenceRule(parsing: text)
        } throws: { error in
            guard let error = error as? RecurrenceError, case .malformed = error else { return false }
            return true
        }
    }

    @Test func errorsNameTheOffendingPart() {
        #expect(RecurrenceError.unsupported("BYMONTHDAY=31").description
            == "unsupported recurrence rule part 'BYMONTHDAY=31'")
        #expect(RecurrenceError.malformed("COUNT=0").description == "malformed recurrence rule part 'COUNT=0'")
    }
}
