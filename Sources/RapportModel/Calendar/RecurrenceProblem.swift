import Foundation

/// Why part of a series could not be read, in words the agenda shows beside the meeting's mark.
public struct RecurrenceProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The RRULE was refused.
        case rule(RecurrenceError)
        /// The TZID names no zone this machine knows (IANA, or Windows via `TimeZoneName`).
        case timeZone(String)
    }

    public var kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    /// "unsupported recurrence rule part 'BYWEEKNO=20'", "unknown time zone 'Foo/Bar'".
    public var description: String {
        switch kind {
        case .rule(let error): return error.description
        case .timeZone(let tzid): return "unknown time zone '\(tzid)'"
        }
    }
}

extension Recurrence {
    /// A series as stored or imported, with what could not be read about it.
    public struct Reading: Sendable {
        public var recurrence: Recurrence
        /// Nil when the whole series was read.
        public var problem: RecurrenceProblem?
    }

    /// Reads a series from its stored fields, never dropping it.
    ///
    /// When the zone or the rule cannot be read, the series is kept as its first occurrence
    /// alone (DTSTART, an instant already): that one is certain, while expanding in a guessed
    /// zone or with a part ignored would show meetings at times or on days they are not. The
    /// agenda shows it with a mark and `problem.description` as the reason.
    public static func reading(start: Date, end: Date, tzid: String, rrule: String?, exdates: Set<Date> = [],
                               rdates: Set<Date> = [], overridden: Set<Date> = []) -> Reading {
        let duration = end.timeIntervalSince(start)
        let utc = TimeZone(identifier: "UTC")!
        guard let zone = TimeZoneName.zone(for: tzid) else {
            return Reading(recurrence: Recurrence(start: start, duration: duration, timeZone: utc, rule: nil),
                           problem: RecurrenceProblem(.timeZone(tzid)))
        }
        var rule: RecurrenceRule?
        if let rrule {
            do throws(RecurrenceError) {
                rule = try RecurrenceRule(parsing: rrule)
            } catch {
                return Reading(recurrence: Recurrence(start: start, duration: duration, timeZone: zone, rule: nil),
                               problem: RecurrenceProblem(.rule(error)))
            }
        }
        return Reading(recurrence: Recurrence(start: start, duration: duration, timeZone: zone, rule: rule, exdates: exdates,
                                              rdates: rdates, overridden: overridden),
                       problem: nil)
    }
}
