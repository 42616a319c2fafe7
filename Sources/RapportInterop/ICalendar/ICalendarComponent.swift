import Foundation

/// A `BEGIN:NAME` … `END:NAME` block with its properties and nested blocks.
struct ICalendarComponent {
    var name: String
    var properties: [ContentLine] = []
    var components: [ICalendarComponent] = []
    /// The line of its BEGIN.
    var line: Int

    func property(_ name: String) -> ContentLine? { properties.first { $0.name == name } }
    func properties(_ name: String) -> [ContentLine] { properties.filter { $0.name == name } }
    func components(_ name: String) -> [ICalendarComponent] { components.filter { $0.name == name } }

    /// Deeper nesting than any calendar needs is refused rather than followed.
    static let maximumDepth = 8

    /// The VCALENDAR blocks of a file; anything outside them, an END that does not match its
    /// BEGIN, or a block left open is refused with the line.
    static func parse(_ data: Data) throws(ICalendarError) -> [ICalendarComponent] {
        var stack: [ICalendarComponent] = []
        var calendars: [ICalendarComponent] = []
        var lastLine = 0
        for (text, line) in try ICalendarLines.unfold(data) {
            lastLine = line
            let content = try ContentLine(parsing: Substring(text), line: line)
            switch content.name {
            case "BEGIN":
                let name = content.value.uppercased()
                guard !name.isEmpty else { throw ICalendarError(line: line, reason: "BEGIN without a component name") }
                if stack.isEmpty, name != "VCALENDAR" {
                    throw ICalendarError(line: line, reason: "BEGIN:\(content.value) outside a VCALENDAR")
                }
                guard stack.count < maximumDepth else {
                    throw ICalendarError(line: line, reason: "components nested deeper than \(maximumDepth)")
                }
                stack.append(ICalendarComponent(name: name, line: line))
            case "END":
                let name = content.value.uppercased()
                guard let open = stack.last else { throw ICalendarError(line: line, reason: "END:\(content.value) without a BEGIN") }
                guard open.name == name else {
                    throw ICalendarError(line: line, reason: "END:\(content.value) closes BEGIN:\(open.name) of line \(open.line)")
                }
                let done = stack.removeLast()
                if stack.isEmpty { calendars.append(done) } else { stack[stack.count - 1].components.append(done) }
            default:
                guard !stack.isEmpty else {
                    throw ICalendarError(line: line, reason: "\(content.name) outside a VCALENDAR")
                }
                stack[stack.count - 1].properties.append(content)
            }
        }
        if let open = stack.last {
            throw ICalendarError(line: max(lastLine, open.line), reason: "BEGIN:\(open.name) of line \(open.line) is never closed")
        }
        guard !calendars.isEmpty else { throw ICalendarError(line: 1, reason: "no VCALENDAR in the file") }
        return calendars
    }
}
