import Testing
import RapportModel

/// Reviewing the assumptions register: due by date, confirmed, found invalid (saying what it changes), postponed.
struct AssumptionReviewTests {
    let today = LocalDate(year: 2026, month: 4, day: 10)
    let open = Assumption(id: 3, projectId: 1, text: "Ceiling is drop tile", owner: "pat",
                          reviewOn: LocalDate(year: 2026, month: 4, day: 10))

    @Test func anOpenAssumptionIsDueOnItsReviewDayAndAfter() {
        #expect(open.isDue(on: today))
        #expect(open.isDue(on: today.adding(days: 3)))
        #expect(!open.isDue(on: today.adding(days: -1)))
        var undated = open
        undated.reviewOn = nil
        #expect(!undated.isDue(on: today))
        var confirmed = open
        confirmed.status = .confirmed
        #expect(!confirmed.isDue(on: today))
    }

    @Test func aReviewRecordsWhoWhenAndWhat() throws {
        let confirmed = try AssumptionReview.confirm(note: "walked it").applied(to: open, by: "dana", on: today)
        #expect(confirmed == Assumption(id: 3, projectId: 1, text: "Ceiling is drop tile", owner: "pat",
                                        reviewOn: open.reviewOn, status: .confirmed, reviewedOn: today,
                                        reviewedBy: "dana", note: "walked it"))
        let invalid = try AssumptionReview.invalidate(changes: " Hard lid: needs access panels ", raise: .changeNote)
            .applied(to: open, by: "dana", on: today)
        #expect(invalid.status == .invalid)
        #expect(invalid.note == "Hard lid: needs access panels")
        let later = try AssumptionReview.postpone(until: today.adding(days: 14), note: "").applied(to: open, by: "dana", on: today)
        #expect(later.status == .open)
        #expect(later.reviewOn == LocalDate(year: 2026, month: 4, day: 24))
        #expect(!later.isDue(on: today))
    }

    @Test func anInvalidAssumptionMustSayWhatItChanges() {
        let error = #expect(throws: AppError.self) {
            try AssumptionReview.invalidate(changes: "  ", raise: .nothing).applied(to: open, by: "dana", on: today)
        }
        #expect(error?.description == "assumption 'Ceiling is drop tile': say what it changes (scope, schedule, cost …); "
                + "nothing was changed")
    }

    @Test func onlyOpenAssumptionsAreReviewedAndPostponingMovesForward() {
        var confirmed = open
        confirmed.status = .confirmed
        #expect(throws: AppError.assumptionRefused(
            text: "Ceiling is drop tile", reason: "it is confirmed already; set its status to open to review it again")) {
            try AssumptionReview.confirm(note: "").applied(to: confirmed, by: "dana", on: today)
        }
        #expect(throws: AppError.assumptionRefused(
            text: "Ceiling is drop tile", reason: "the new review day 2026-04-10 is not after today")) {
            try AssumptionReview.postpone(until: today, note: "").applied(to: open, by: "dana", on: today)
        }
    }
}
