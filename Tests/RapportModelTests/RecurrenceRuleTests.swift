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
        // A date-only UNTIL is a date, a floating one a wall-clock time: both read in the series' zone.
        ("FREQ=WEEKLY;UNTIL=20260331", RecurrenceRule(frequency: .weekly, until: .date(date(2026, 3, 31)))),
        ("FREQ=WEEKLY;UNTIL=20260331T170000",
         RecurrenceRule(frequency: .weekly, until: .local(date(2026, 3, 31), secondsIntoDay: 17 * 3600))),
        ("FREQ=MONTHLY;BYDAY=2TU,-1FR,+1MO", RecurrenceRule(frequency: .monthly, byDay: [.init(2, ordinal: 2),
                                                                                        .init(5, ordinal: -1), .init(1, ordinal: 1)])),
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
         RecurrenceRule(frequency: .monthly, byDay: (1...5).map { .init($0) }, bySetPos: [-1])),
        ("FREQ=MONTHLY;BYMONTHDAY=-1,1,-1", RecurrenceRule(frequency: .monthly, byMonthDay: [-1, 1])),
        ("FREQ=YEARLY;BYWEEKNO=20,-1;BYDAY=MO;WKST=SU",
         RecurrenceRule(frequency: .yearly, byDay: [.init(1)], byWeekNo: [-1, 20], weekStart: 7)),
        ("FREQ=DAILY;BYHOUR=9,13;BYMINUTE=30", RecurrenceRule(frequency: .daily, byHour: [9, 13], byMinute: [30])),
        ("FREQ=YEARLY;BYYEARDAY=1,-1;BYMONTH=12,1", RecurrenceRule(frequency: .yearly, byYearDay: [-1, 1], byMonth: [1, 12])),
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
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=MONTHLY;INTERVAL=2;BYDAY=1SU,-1SU;COUNT=10",
        "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYMONTHDAY=2,3,4,5,6,7,8;BYDAY=TU",
        "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO;WKST=SU",
        "FREQ=YEARLY;BYYEARDAY=-1,1,100",
        "FREQ=DAILY;BYHOUR=9,16;BYMINUTE=0,20,40;BYSECOND=15",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU;COUNT=4",
        "FREQ=DAILY;UNTIL=20261231",
        "FREQ=DAILY;UNTIL=20261231T170000",
    ])
    func canonicalTextRoundTrips(text: String) throws {
        // Given a rule as RFC 5545 text, when parsed and written back out
        let rule = try RecurrenceRule(parsing: text)
        // Then the text is the same, so an exported calendar says what was imported
        #expect(rule.text == text)
        #expect(try RecurrenceRule(parsing: rule.text) == rule)
    }

    @Test(arguments: [
        ("freq=weekly;byday=we,mo", "FREQ=WEEKLY;BYDAY=MO,WE"),
        ("COUNT=4;FREQ=MONTHLY", "FREQ=MONTHLY;COUNT=4"),
        ("FREQ=DAILY;WKST=MO", "FREQ=DAILY"),  // the default is left out
        ("BYSETPOS=-1;BYDAY=FR,MO;FREQ=MONTHLY", "FREQ=MONTHLY;BYDAY=MO,FR;BYSETPOS=-1"),
        ("FREQ=MONTHLY;BYDAY=+2tu", "FREQ=MONTHLY;BYDAY=2TU"),
        ("FREQ=YEARLY;INTERVAL=1;BYMONTH=3,1", "FREQ=YEARLY;BYMONTH=1,3"),
    ])
    func anyParsedRuleIsWrittenInCanonicalForm(text: String, canonical: String) throws {
        let rule = try RecurrenceRule(parsing: text)
        #expect(rule.text == canonical)
        #expect(try RecurrenceRule(parsing: rule.text) == rule)
    }

    @Test(arguments: [
        ("FREQ=HOURLY", "FREQ=HOURLY"),
        ("FREQ=secondly;COUNT=3", "FREQ=secondly"),  // named as written
        ("FREQ=WEEKLY;X-ACME=1", "X-ACME=1"),
        ("RSCALE=CHINESE;FREQ=YEARLY", "RSCALE=CHINESE"),  // RFC 7529
        ("FREQ=MONTHLY;SKIP=FORWARD", "SKIP=FORWARD"),
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
        "FREQ=DAILY;UNTIL=2026-03-31", "FREQ=DAILY;UNTIL=20260331T120000+0100",
        "FREQ=FORTNIGHTLY", "FREQ=DAILY;FREQ=WEEKLY", "FREQ=DAILY;COUNT=2;COUNT=3",
        "FREQ=WEEKLY;BYDAY=XX", "FREQ=WEEKLY;BYDAY=", "FREQ=WEEKLY;BYDAY=MO,", "FREQ=MONTHLY;BYDAY=0MO",
        "FREQ=MONTHLY;BYDAY=6MO", "FREQ=YEARLY;BYDAY=54MO",
        "FREQ=WEEKLY;BYDAY=2TU",  // ordinals only in a month or year
        "FREQ=DAILY;BYDAY=-1FR", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=1MO",
        "FREQ=MONTHLY;BYMONTHDAY=32", "FREQ=MONTHLY;BYMONTHDAY=0", "FREQ=MONTHLY;BYMONTHDAY=-32",
        "FREQ=WEEKLY;BYMONTHDAY=1", "FREQ=MONTHLY;BYYEARDAY=1", "FREQ=MONTHLY;BYWEEKNO=1", "FREQ=YEARLY;BYWEEKNO=54",
        "FREQ=YEARLY;BYMONTH=13", "FREQ=YEARLY;BYMONTH=-1", "FREQ=DAILY;BYHOUR=24", "FREQ=DAILY;BYMINUTE=60",
        "FREQ=DAILY;BYSECOND=61", "FREQ=MONTHLY;BYSETPOS=1",  // BYSETPOS needs another BY part
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0", "FREQ=DAILY;WKST=XX",
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
        #expect(throws: RecurrenceError.malformed("byDay=2TU")) { try RecurrenceRule(parsing: "FREQ=WEEKLY;byDay=2TU") }
        #expect(throws: RecurrenceError.malformed("BYSETPOS=-1")) { try RecurrenceRule(parsing: "FREQ=MONTHLY;BYSETPOS=-1") }
        #expect(RecurrenceError.malformed("COUNT=0").description == "malformed recurrence rule part 'COUNT=0'")
    }
}
