import RapportModel
import Testing
@testable import RapportUI

struct DayLanesTests {
    @Test func meetingsApartShareOneLane() {
        let lanes = DayLanes([(540, 600), (600, 660), (700, 720)])
        #expect(lanes.placements.map(\.lane) == [0, 0, 0])
        #expect(lanes.placements.map(\.lanes) == [1, 1, 1])
    }

    @Test func overlappingMeetingsSplitTheColumn() {
        // 09:00–10:00 and 09:30–10:30 overlap; 11:00 stands alone.
        let lanes = DayLanes([(540, 600), (570, 630), (660, 720)])
        #expect(lanes.placements == [.init(index: 0, lane: 0, lanes: 2), .init(index: 1, lane: 1, lanes: 2),
                                     .init(index: 2, lane: 0, lanes: 1)])
    }

    @Test func aChainOfOverlapsIsOneGroupAndReusesFreedLanes() {
        // A overlaps B, B overlaps C, A ends before C: two lanes, C back in A's.
        let lanes = DayLanes([(540, 600), (580, 700), (620, 680)])
        #expect(lanes.placements.map(\.lane) == [0, 1, 0])
        #expect(lanes.placements.map(\.lanes) == [2, 2, 2])
    }

    @Test func placementsKeepTheListOrderWhateverTheStarts() {
        let lanes = DayLanes([(600, 660), (540, 620)])
        #expect(lanes.placements == [.init(index: 0, lane: 1, lanes: 2), .init(index: 1, lane: 0, lanes: 2)])
    }

    @Test func aMeetingOfNoLengthStillTakesAPlace() {
        let lanes = DayLanes([(540, 540), (540, 600)])
        #expect(lanes.placements.map(\.lanes) == [2, 2])
    }
}

struct WeekGridHoursTests {
    @Test func workingHoursAtTheFinestStepThatFits() {
        // 08:00–18:00 in 20 rows: half hours, with the spare rows split around the day.
        #expect(WeekGrid.hours([], rows: 20) == (first: 480, step: 30))
        #expect(WeekGrid.hours([], rows: 10) == (first: 480, step: 60))
    }

    @Test func earlyAndLateMeetingsWidenTheHours() {
        // 06:30 to 21:15 needs 06:00–22:00: 16 hours in 8 rows is two hours a row.
        #expect(WeekGrid.hours([(390, 450), (1200, 1275)], rows: 8) == (first: 360, step: 120))
    }

    @Test func neverPastMidnight() {
        let hours = WeekGrid.hours([(1380, 1440)], rows: 30)
        #expect(hours.first + 30 * hours.step >= 1440 || hours.first == 0)
        #expect(hours.first >= 0)
    }
}

struct AddingMonthsTests {
    @Test func clampsToTheMonthsLastDay() {
        #expect(LocalDate(year: 2027, month: 1, day: 31).addingMonths(1) == LocalDate(year: 2027, month: 2, day: 28))
        #expect(LocalDate(year: 2028, month: 1, day: 31).addingMonths(1) == LocalDate(year: 2028, month: 2, day: 29))
    }

    @Test func crossesYearsBothWays() {
        #expect(LocalDate(year: 2026, month: 12, day: 2).addingMonths(1) == LocalDate(year: 2027, month: 1, day: 2))
        #expect(LocalDate(year: 2026, month: 1, day: 15).addingMonths(-1) == LocalDate(year: 2025, month: 12, day: 15))
        #expect(LocalDate(year: 2026, month: 3, day: 15).addingMonths(-15) == LocalDate(year: 2024, month: 12, day: 15))
    }
}
