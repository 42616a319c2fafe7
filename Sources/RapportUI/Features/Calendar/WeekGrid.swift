import Foundation
import RapportModel

/// Monday to Sunday of the cursor's week side by side, hours down the left, each meeting a block
/// from its start to its end; meetings that overlap share their day's column in lanes.
struct WeekGrid {
    let state: AppState

    /// Minutes a grid row may stand for, smallest first: the finest that fits the hours shown.
    static let rowMinutes = [15, 30, 60, 120, 180, 240, 360]

    /// The day whose column holds (x, y), its name or its hours, for a click; nil on the hour labels.
    static func day(atX x: Int, y: Int, area: Rect, state: AppState) -> LocalDate? {
        guard area.height >= 2, area.width >= 9, let days = state.calendarSpanDays, area.contains(x: x, y: y) else { return nil }
        let labelWidth = area.width >= 5 + 7 * 6 ? 5 : 2
        guard x >= area.x + labelWidth else { return nil }
        let column = (x - area.x - labelWidth) / max(1, (area.width - labelWidth) / 7)
        return column < 7 ? days.first.adding(days: column) : nil
    }

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        guard area.height >= 2, area.width >= 9, let days = state.calendarSpanDays else { return }
        let zone = state.timeZone
        let labelWidth = area.width >= 5 + 7 * 6 ? 5 : 2
        let columnWidth = (area.width - labelWidth) / 7
        let contentWidth = max(1, columnWidth - 1)
        let available = area.height - 1
        let entries = state.calendar.span?.entries ?? []

        // Each day's meetings as minutes of that day, clipped to it.
        var byDay = Array(repeating: [(entry: AgendaEntry, start: Int, end: Int)](), count: 7)
        for entry in entries {
            for i in 0..<7 {
                let day = days.first.adding(days: i)
                let start = TimeText.minutes(of: entry.start, from: day, zone)
                let end = TimeText.minutes(of: entry.end, from: day, zone)
                guard end > 0 || (start == 0 && end == 0), start < 1440 else { continue }
                byDay[i].append((entry, max(0, start), min(1440, max(end, start))))
            }
        }
        let (first, step) = Self.hours(byDay.flatMap { $0.map { ($0.start, $0.end) } }, rows: available)

        // Rows past midnight are left empty.
        let rows = min(available, (1440 - first) / step)
        for row in 0..<rows {
            let minute = first + row * step
            guard minute % 60 == 0 || step > 60 else { continue }
            let label = labelWidth == 5 ? (minute / 60).zeroPadded(2) + ":" + (minute % 60).zeroPadded(2) : (minute / 60).zeroPadded(2)
            canvas.put(label, x: area.x, y: area.y + 1 + row, maxWidth: labelWidth, style: theme[.dim])
        }
        let selected = state.calendar.list.selectedRow
        let focused = state.focus == .calendar
        for i in 0..<7 {
            let day = days.first.adding(days: i)
            let x = area.x + labelWidth + i * columnWidth + 1
            let name = contentWidth >= 6 ? TimeText.weekdayDay(day)
                : contentWidth >= 5 ? String(LocalDate.weekdayShortNames[day.isoWeekday - 1].prefix(2)) + " " + day.day.zeroPadded(2)
                : contentWidth >= 3 ? String(LocalDate.weekdayShortNames[day.isoWeekday - 1].prefix(1)) + day.day.zeroPadded(2)
                : String(day.day)
            let headerRole: ThemeRole = day == state.calendarDay ? (focused ? .selection : .selectionUnfocused)
                : day == state.today ? .today : .header
            canvas.put(name, x: x, y: area.y, maxWidth: contentWidth, style: theme[headerRole])

            let meetings = byDay[i]
            let lanes = DayLanes(meetings.map { ($0.start, $0.end) })
            var hidden = max(0, (state.calendar.span?.count(on: day) ?? 0) - meetings.count)
            for placement in lanes.placements {
                let laneWidth = max(1, contentWidth / placement.lanes)
                guard placement.lane * laneWidth < contentWidth else {
                    hidden += 1
                    continue
                }
                let last = placement.lane == placement.lanes - 1
                let width = last ? contentWidth - placement.lane * laneWidth : max(1, laneWidth - (laneWidth > 2 ? 1 : 0))
                let meeting = meetings[placement.index]
                let top = max(0, min(rows - 1, (meeting.start - first).floorDiv(step)))
                let bottom = max(top, min(rows - 1, (meeting.end - first + step - 1).floorDiv(step) - 1))
                let block = Rect(x: x + placement.lane * laneWidth, y: area.y + 1 + top, width: width, height: bottom - top + 1)
                let isSelected = selected.map { $0.meetingId == meeting.entry.meetingId && $0.start == meeting.entry.start } == true
                let style = theme[isSelected ? (focused ? .selection : .selectionUnfocused) : .event]
                canvas.fill(block, style: style)
                canvas.put((meeting.entry.salesWelcome ? "★" : "") + meeting.entry.title, x: block.x, y: block.y,
                           maxWidth: block.width, style: style)
                // The start time under the title, on the day it starts (not where it runs on past midnight).
                if block.height > 1, block.width >= 5, meeting.entry.start >= day.startOfDay(in: zone) {
                    canvas.put(TimeText.hourMinute(meeting.entry.start, zone), x: block.x, y: block.y + 1,
                               maxWidth: block.width, style: style)
                }
            }
            if hidden > 0 {
                canvas.put("+\(hidden)", x: x, y: area.maxY - 1, maxWidth: contentWidth, style: theme[.dim])
            }
        }
    }

    /// The first minute shown and the minutes a row stands for: 08:00–18:00 at least, widened to
    /// the week's meetings, at the finest step that fits `rows`; spare rows show later hours.
    static func hours(_ spans: [(Int, Int)], rows: Int) -> (first: Int, step: Int) {
        var lo = 8 * 60, hi = 18 * 60
        for (start, end) in spans {
            lo = min(lo, start / 60 * 60)
            hi = max(hi, (end + 59) / 60 * 60)
        }
        let step = rowMinutes.first { rows * $0 >= hi - lo } ?? rowMinutes.last!
        // Spare rows go half before and half after the meetings, on whole hours.
        let spare = rows * step - (hi - lo)
        let first = max(0, min(lo - spare / 2, 1440 - rows * step))
        return (first / 60 * 60, step)
    }
}
