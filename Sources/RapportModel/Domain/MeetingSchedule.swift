import Foundation

/// A meeting's occurrences as far as its rule and zone can be read, and what could not be.
///
/// A meeting Rapport cannot fully read is still shown: an unknown zone is read as UTC (the
/// stored start is an instant, so the first occurrence is right), and a rule with parts it
/// does not understand is expanded without them (or, without a readable FREQ, as its first
/// occurrence alone). `problem` says which, so the calendar can mark those occurrences.
public struct MeetingSchedule: Sendable {
    public var recurrence: Recurrence
    /// Extra starts (RDATE), outside the rule.
    public var rdates: [Date]
    /// What could not be read; nil when the whole series was.
    public var problem: ScheduleProblem?

    public init(start: Date, end: Date, tzid: String, rrule: String?, exdates: Set<Date> = [], rdates: [Date] = []) {
        let zone = Self.zone(tzid)
        let rule = rrule.map(Self.rule)
        self.init(recurrence: Recurrence(start: start, duration: end.timeIntervalSince(start), timeZone: zone.zone,
                                         rule: rule?.rule, exdates: exdates),
                  rdates: rdates, problem: rule?.problem ?? zone.problem)
    }

    /// A schedule from parts already read (by `zone(_:)` and `rule(_:)`, which callers may cache).
    public init(recurrence: Recurrence, rdates: [Date], problem: ScheduleProblem?) {
        self.recurrence = recurrence
        self.rdates = rdates.sorted()
        self.problem = problem
    }

    /// The zone `tzid` names, else UTC with the problem.
    public static func zone(_ tzid: String) -> (zone: TimeZone, problem: ScheduleProblem?) {
        if let known = TimeZoneName.zone(for: tzid) { return (known, nil) }
        return (TimeZone(identifier: "UTC")!, .unknownZone(tzid))
    }

    /// The rule `text` says, else its readable part with the problem.
    public static func rule(_ text: String) -> (rule: RecurrenceRule?, problem: ScheduleProblem?) {
        do {
            return (try RecurrenceRule(parsing: text), nil)
        } catch {
            return (readablePart(of: text), .unreadableRule(rule: text, reason: "\(error)"))
        }
    }

    /// Starts of the occurrences (rule and RDATEs, less EXDATEs) that overlap `window`, in order.
    public func occurrences(overlapping window: Range<Date>) -> [Date] {
        var starts = recurrence.occurrences(overlapping: window)
        let duration = recurrence.duration
        let extra = rdates.filter {
            $0 < window.upperBound && $0 + max(duration, 0.001) > window.lowerBound && !recurrence.exdates.contains($0)
        }
        guard !extra.isEmpty else { return starts }
        starts.append(contentsOf: extra)
        return Array(Set(starts)).sorted()
    }

    /// When the last occurrence ends, or nil when the series never ends.
    public var lastEndsAt: Date? {
        guard let end = recurrence.seriesEnd() else { return nil }
        guard let last = rdates.last else { return end }
        return max(end, last + recurrence.duration)
    }

    /// The rule without the parts that stop it from being read: each part kept only if FREQ
    /// with that part alone reads, and the whole then read again; nil when FREQ itself fails.
    static func readablePart(of text: String) -> RecurrenceRule? {
        let parts = text.split(separator: ";").map(String.init)
        guard let freq = parts.first(where: { $0.uppercased().hasPrefix("FREQ=") }),
              (try? RecurrenceRule(parsing: freq)) != nil else { return nil }
        let kept = parts.filter { $0 != freq && (try? RecurrenceRule(parsing: freq + ";" + $0)) != nil }
        return (try? RecurrenceRule(parsing: ([freq] + kept).joined(separator: ";")))
            ?? (try? RecurrenceRule(parsing: freq))
    }
}

/// Why a meeting is shown only as far as Rapport could read it.
public enum ScheduleProblem: Hashable, Sendable, CustomStringConvertible {
    case unknownZone(String)
    case unreadableRule(rule: String, reason: String)

    public var description: String {
        switch self {
        case .unknownZone(let tzid): return "unknown time zone '\(tzid)', shown in UTC"
        case .unreadableRule(_, let reason): return "recurrence not fully read: \(reason)"
        }
    }
}
