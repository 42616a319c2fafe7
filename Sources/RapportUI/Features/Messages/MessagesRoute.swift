import Foundation
import RapportModel

extension ViewID {
    public static let messages = ViewID(rawValue: "messages")
}

/// `:messages`: this session's messages and errors with their times, the newest at the
/// bottom, as vim's `:messages` keeps what flashed past on the status line.
struct MessagesRoute: RouteView, Equatable {
    static let registration = ViewRegistration(id: .messages, title: "Messages", commands: [.showMessages])

    /// Lines scrolled up from the newest: 0 shows the last page.
    var fromBottom = 0

    var id: ViewID { .messages }

    func lines(_ state: AppState) -> [TextBox.Line] {
        guard !state.messageLog.isEmpty else { return [TextBox.Line("No messages yet this session.", .dim)] }
        return state.messageLog.map { logged in
            let time = TimeText.hourMinute(logged.at, state.timeZone)
            let severity = logged.message.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            return TextBox.Line("\(time)  \(severity) \(logged.message.text)", logged.message.isError ? .statusError : .overlay)
        }
    }

    mutating func move(_ motion: ListMotion) {
        switch motion {
        case .rows(let n): fromBottom -= n
        case .pages(let n): fromBottom -= n * 10
        case .first: fromBottom = AppState.messageLogLimit
        case .last: fromBottom = 0
        }
        fromBottom = max(0, min(AppState.messageLogLimit, fromBottom))
    }

    func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let lines = lines(state)
        // The box is at most the area's height; TextBox clamps a top past the end to the last page.
        let visible = max(1, min(lines.count, area.height - 2))
        TextBox(title: "Messages" + RouteTitle.backNote(state), lines: lines, width: 100,
                top: max(0, lines.count - visible - fromBottom)).render(into: &canvas, area: area, theme: theme)
    }
}

extension Command {
    static let showMessages = Command("messages", "Show this session's messages and errors, with their times",
                                      group: .general, keys: [.char("M")], aliases: ["log"]) { state, _ in
        Dispatcher.push(&state, MessagesRoute())
        return []
    }
}
