import RapportModel

/// The calendar pane's commands: the view it shows, and moving its cursor by day, week and
/// month, to today or to a typed date.
extension Command {
    static let focusCalendar = Command("focus-calendar", "Focus the calendar pane", group: .panes, keys: [.char("3")]) {
        state, _ in Dashboard.focus(&state, .calendar)
    }
    static let cycleCalendarView = Command("calendar-view", "Show the agenda, the week grid or the month grid (cycles; :view week)",
                                           group: .calendar, keys: [.char("v")], scope: .view(.calendar),
                                           argument: .choice(CalendarMode.self), hint: "view", hintOrder: 3,
                                           aliases: ["view"]) { state, argument in
        guard let argument else { return CalendarFeature.setMode(&state, state.calendar.mode.next) }
        return CalendarFeature.setMode(&state, CalendarMode(rawValue: argument) ?? state.calendar.mode)
    }
    static let previousDay = Command("previous-day", "Move the calendar back a day", group: .calendar,
                                     keys: [.char("h"), .left], scope: .view(.calendar)) { state, _ in
        CalendarFeature.go(&state, to: state.calendarDay.adding(days: -1))
    }
    static let nextDay = Command("next-day", "Move the calendar on a day", group: .calendar,
                                 keys: [.char("l"), .right], scope: .view(.calendar)) { state, _ in
        CalendarFeature.go(&state, to: state.calendarDay.adding(days: 1))
    }
    static let previousWeek = Command("previous-week", "Move the calendar back a week", group: .calendar,
                                      keys: [.char("[")], scope: .view(.calendar)) { state, _ in
        CalendarFeature.go(&state, to: state.calendarDay.adding(days: -7))
    }
    static let nextWeek = Command("next-week", "Move the calendar on a week", group: .calendar,
                                  keys: [.char("]")], scope: .view(.calendar)) { state, _ in
        CalendarFeature.go(&state, to: state.calendarDay.adding(days: 7))
    }
    static let previousMonth = Command("previous-month", "Move the calendar back a month", group: .calendar,
                                       keys: [.char("{")], scope: .view(.calendar)) { state, _ in
        CalendarFeature.go(&state, to: state.calendarDay.addingMonths(-1))
    }
    static let nextMonth = Command("next-month", "Move the calendar on a month", group: .calendar,
                                   keys: [.char("}")], scope: .view(.calendar)) { state, _ in
        CalendarFeature.go(&state, to: state.calendarDay.addingMonths(1))
    }
    static let calendarToday = Command("calendar-today", "Move the calendar to today", group: .calendar,
                                       keys: [.char("t")], scope: .view(.calendar), aliases: ["today"]) { state, _ in
        CalendarFeature.go(&state, to: nil)
    }
    static let gotoDate = Command("goto-date", "Move the calendar to a date: fri, +2w, 2027-01-15", group: .calendar,
                                  keys: [.char("g")], scope: .view(.calendar),
                                  argument: .text("DATE", suggestions: ["today", "mon", "fri", "+1w", "+1m", "eom"]),
                                  aliases: ["goto"]) { state, argument in
        guard let argument else {
            state.modal = .prompt(Prompt(purpose: .gotoDate))
            return []
        }
        return CalendarFeature.goto(&state, Prompt(purpose: .gotoDate, text: argument))
    }
    static let exportCalendar = Command("export-calendar", "Export every meeting as one .ics file (:export-calendar [FILE])",
                                        group: .calendar, argument: .text("FILE"), aliases: ["export-ics"]) { state, argument in
        [.calendarFile(.export(path: argument.flatMap { $0.isEmpty ? nil : $0 }), by: state.user)]
    }
    static let calendarSync = Command("calendar-sync", "Sync the meetings with a vdir folder, as khal reads it (:calendar-sync DIR)",
                                      group: .calendar, argument: .text("DIR", required: true), aliases: ["sync"]) { state, argument in
        guard let folder = argument, !folder.isEmpty else { return Dispatcher.refuse(&state, "calendar-sync needs DIR") }
        return [.calendarFile(.sync(folder: folder), by: state.user)]
    }
    static let newMeeting = Command("new-meeting", "New meeting on the cursor's day: title, project, time, zone, repeats, sales welcome",
                                    group: .calendar, keys: [.char("n")], scope: .view(.calendar)) { state, _ in
        [.loadFormData(.meeting(.new(day: state.calendarDay)))]
    }
    static let calendarSales = Command("calendar-sales", "Only the meetings sales may join (★), or all again (:filter sales, :filter all)",
                                       group: .calendar, keys: [.char("S")], scope: .view(.calendar)) {
        state, _ in CalendarFeature.setSalesOnly(&state, !state.calendar.salesOnly)
    }
}

extension CalendarFeature {
    /// `:filter sales` or `:filter all` with the calendar in front filters it; anything else
    /// (or another pane in front) is the punch list's filter: nil.
    static func filter(_ state: inout AppState, argument: String?) -> [Effect]? {
        guard state.focus == .calendar, state.routes.isEmpty, let argument else { return nil }
        switch argument.trimmingCharacters(in: .whitespaces).lowercased() {
        case "sales", "★": return setSalesOnly(&state, true)
        case "all", "none", "off", "": return setSalesOnly(&state, false)
        default: return nil
        }
    }

    /// The prompt's date, or the prompt kept open with why it was refused.
    static func goto(_ state: inout AppState, _ prompt: Prompt) -> [Effect] {
        do {
            let day = try DateExpression.parse(prompt.editor.text, today: state.today)
            state.modal = nil
            return go(&state, to: day)
        } catch {
            var again = prompt
            again.error = "\(error)"
            state.modal = .prompt(again)
            return []
        }
    }
}

extension LocalDate {
    /// The same day `months` away, clamped to that month's last day (Jan 31 + 1 month is Feb 28).
    func addingMonths(_ months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        return LocalDate(year: y, month: m, day: min(day, LocalDate.daysIn(month: m, year: y)))
    }
}
