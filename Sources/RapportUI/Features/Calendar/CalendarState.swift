import Foundation
import RapportModel

/// How the calendar pane lays out its meetings; `v` cycles them.
public enum CalendarMode: String, CaseIterable, Sendable {
    /// The next 14 days as a list, a day's meetings under its date.
    case agenda
    /// Seven days side by side with hours down the left, meetings drawn as blocks.
    case week
    /// The month as a grid of days with a count of meetings on each.
    case month

    var next: CalendarMode {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// The calendar pane's state: the mode, the day the cursor is on, and the meetings loaded.
///
/// In the agenda `list` holds the 14 days from the cursor's day; in the week and month grids it
/// holds the cursor's day alone (the meetings `j`/`k` walk), and `span` the whole week or month.
public struct CalendarState: Equatable, Sendable {
    public var mode = CalendarMode.agenda
    /// The day the cursor is on; nil follows today, also across midnight.
    public var cursor: LocalDate?
    public var list = ListState<AgendaEntry>()
    /// What the week or month grid draws; nil until loaded (and in the agenda).
    public var span: CalendarSpan?
    /// Only the meetings sales may join (`:filter sales`, `s`), in every mode and count.
    public var salesOnly = false
    public init() {}
}

/// The meetings of a week or a month grid: how many on each day, and in the week grid the
/// meetings themselves (at most `limit` a day, the rest counted).
public struct CalendarSpan: Equatable, Sendable {
    public var first: LocalDate
    public var days: Int
    /// Occurrences that overlap each day, indexed from `first`.
    public var counts: [Int]
    /// The week grid's meetings by start; empty for a month.
    public var entries: [AgendaEntry]

    public init(first: LocalDate, days: Int, counts: [Int], entries: [AgendaEntry]) {
        self.first = first
        self.days = days
        self.counts = counts
        self.entries = entries
    }

    public func count(on day: LocalDate) -> Int {
        let i = first.days(until: day)
        return i >= 0 && i < counts.count ? counts[i] : 0
    }
}

/// Whole days from `first`: what a week or month grid covers.
public struct DayRange: Equatable, Sendable {
    public var first: LocalDate
    public var days: Int
}

extension AppState {
    /// The day the calendar's cursor is on.
    public var calendarDay: LocalDate { calendar.cursor ?? today }

    /// The window of the calendar's list: 14 days from the cursor's day in the agenda, the
    /// cursor's day alone in the grids.
    public var agendaWindow: Range<Date> {
        let first = calendarDay
        let days = calendar.mode == .agenda ? Self.agendaDays : 1
        return first.startOfDay(in: timeZone)..<first.adding(days: days).startOfDay(in: timeZone)
    }

    /// The days the week or month grid covers: Monday to Sunday of the cursor's week, or the
    /// whole weeks that hold the cursor's month; nil in the agenda.
    public var calendarSpanDays: DayRange? {
        let day = calendarDay
        switch calendar.mode {
        case .agenda:
            return nil
        case .week:
            return DayRange(first: day.adding(days: 1 - day.isoWeekday), days: 7)
        case .month:
            let first = LocalDate(year: day.year, month: day.month, day: 1)
            let last = LocalDate(year: day.year, month: day.month, day: LocalDate.daysIn(month: day.month, year: day.year))
            let monday = first.adding(days: 1 - first.isoWeekday)
            let sunday = last.adding(days: 7 - last.isoWeekday)
            return DayRange(first: monday, days: monday.days(until: sunday) + 1)
        }
    }
}
