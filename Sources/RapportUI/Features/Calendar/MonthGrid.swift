import Foundation
import RapportModel

/// The cursor's month as whole weeks, Monday first: each day with its number, how many meetings
/// it holds and, as the cell has room, the first of them; today and the cursor's day stand out,
/// days of other months are dim.
struct MonthGrid {
    let state: AppState

    /// The most lines a day's cell takes: its number and the meetings a month loads a day.
    static let maxCellHeight = 1 + CalendarFeature.monthDayLimit

    /// The day whose cell holds (x, y), for a click; nil on the weekday names or off the grid.
    static func day(atX x: Int, y: Int, area: Rect, state: AppState) -> LocalDate? {
        guard area.height >= 2, area.width >= 14, let days = state.calendarSpanDays,
              area.contains(x: x, y: y), y > area.y else { return nil }
        let weeks = days.days / 7
        let column = (x - area.x) / (area.width / 7)
        let week = (y - area.y - 1) / max(1, (area.height - 1) / max(1, weeks))
        guard column < 7, week < weeks else { return nil }
        return days.first.adding(days: week * 7 + column)
    }

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        guard area.height >= 2, area.width >= 14, let days = state.calendarSpanDays else { return }
        let weeks = days.days / 7
        let columnWidth = area.width / 7
        let contentWidth = max(1, columnWidth - 1)
        let cellHeight = max(1, (area.height - 1) / max(1, weeks))
        let month = state.calendarDay.month
        let focused = state.focus == .calendar
        let zone = state.timeZone
        for d in 0..<7 {
            let name = LocalDate.weekdayShortNames[d]
            canvas.put(contentWidth >= 3 ? name : String(name.prefix(contentWidth)), x: area.x + d * columnWidth + 1,
                       y: area.y, maxWidth: contentWidth, style: theme[.header])
        }
        let entries = state.calendar.span?.entries ?? []
        for w in 0..<weeks {
            for d in 0..<7 {
                let day = days.first.adding(days: w * 7 + d)
                let x = area.x + d * columnWidth + 1, y = area.y + 1 + w * cellHeight
                guard y < area.maxY else { continue }
                let role: ThemeRole = day == state.calendarDay ? (focused ? .selection : .selectionUnfocused)
                    : day == state.today ? .today : day.month != month ? .dim : .text
                let style = theme[role]
                canvas.fill(Rect(x: x, y: y, width: contentWidth, height: 1), style: style)
                canvas.put(day.day < 10 ? " \(day.day)" : "\(day.day)", x: x, y: y, maxWidth: contentWidth, style: style)
                let count = state.calendar.span?.count(on: day) ?? 0
                guard count > 0 else { continue }
                let countText = count > 99 && contentWidth < 6 ? "99+" : contentWidth >= 9 ? "\(count) mtg" : "\(count)"
                if contentWidth >= 3 + countText.count {
                    canvas.put(countText, x: x + contentWidth - countText.count, y: y, maxWidth: countText.count,
                               style: role == .text ? theme[.header] : style)
                } else if role == .text || role == .dim {
                    // No room for the count: the number itself says the day has meetings.
                    canvas.put(day.day < 10 ? " \(day.day)" : "\(day.day)", x: x, y: y, maxWidth: contentWidth, style: theme[.header])
                }
                // As many of the day's meetings as the cell has lines, the last line saying how many more.
                let lines = min(cellHeight - 1, area.maxY - y - 1)
                guard lines > 0 else { continue }
                let (dayStart, dayEnd) = (day.startOfDay(in: zone), day.adding(days: 1).startOfDay(in: zone))
                let dayEntries = entries.filter { $0.start < dayEnd && $0.end > dayStart }
                // "+N more" needs a line of its own only where it says more than the count above.
                let shown = count > lines && lines >= 3 ? lines - 1 : lines
                for (i, entry) in dayEntries.prefix(shown).enumerated() {
                    let time = contentWidth >= 12 ? TimeText.hourMinute(entry.start, zone) + " " : ""
                    canvas.put(time + (entry.salesWelcome ? "★" : "") + entry.title, x: x, y: y + 1 + i,
                               maxWidth: contentWidth, style: theme[day.month != month ? .dim : .text])
                }
                if count > shown, lines >= 3 {
                    canvas.put("+\(count - min(shown, dayEntries.count)) more", x: x, y: y + 1 + min(shown, dayEntries.count),
                               maxWidth: contentWidth, style: theme[.dim])
                }
            }
        }
    }
}
