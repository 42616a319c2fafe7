/// Why an RRULE was refused, naming the part as written.
public enum RecurrenceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not valid RFC 5545 (`COUNT=0`, `BYMONTHDAY=32`, `BYWEEKNO` outside YEARLY).
    case malformed(String)
    /// Valid, but not something Rapport expands (`FREQ=HOURLY`, `X-…` parts); refused rather
    /// than ignored, because ignoring a part would put meetings on the wrong days.
    case unsupported(String)

    public var description: String {
        switch self {
        case .malformed(let part): return "malformed recurrence rule part '\(part)'"
        case .unsupported(let part): return "unsupported recurrence rule part '\(part)'"
        }
    }
}
