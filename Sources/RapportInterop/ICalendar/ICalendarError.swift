/// Why an iCalendar file was refused, and on which line (1-based, the physical line where the
/// content line began): nothing of a refused file is imported.
public struct ICalendarError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}
