import Foundation

/// A time zone's UTC offsets over a span of years, as a table of transitions.
///
/// Turning a wall-clock time into an instant asks the zone for offsets three times; on Linux
/// each ask costs most of a microsecond, so ten years of 10,000 weekly series would spend
/// seconds there. The table is read from Foundation once per zone (a few transitions a year)
/// and shared; lookups in time order walk it with a cursor and cost a few comparisons.
public struct ZoneOffsets: Sendable {
    /// Instants (seconds since 1970) at which `offsets[i + 1]` takes over from `offsets[i]`.
    private let changes: [Int]
    /// Seconds east of UTC: `offsets[0]` before the first change, `offsets[i + 1]` from `changes[i]` on.
    private let offsets: [Int]
    /// Instants the table was read for; outside it the zone is asked directly.
    let covered: Range<Int>
    private let zone: TimeZone
    private var cursor = 0

    init(zone: TimeZone, covering span: Range<Int>) {
        self.zone = zone
        covered = span
        var changes: [Int] = [], offsets = [zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(span.lowerBound)))]
        var at = Date(timeIntervalSince1970: TimeInterval(span.lowerBound))
        while let next = zone.nextDaylightSavingTimeTransition(after: at), next.timeIntervalSince1970 < Double(span.upperBound) {
            let offset = zone.secondsFromGMT(for: next)
            if offset != offsets.last { changes.append(Int(next.timeIntervalSince1970)); offsets.append(offset) }
            at = next
        }
        self.changes = changes
        self.offsets = offsets
    }

    /// The shared table for `zone` covering `span` (instants), read once and widened as asked.
    public static func shared(_ zone: TimeZone, covering span: Range<Date>) -> ZoneOffsets {
        let lo = Int(span.lowerBound.timeIntervalSince1970.rounded(.down)), hi = Int(span.upperBound.timeIntervalSince1970.rounded(.up))
        return cache.table(zone, lo..<max(lo + 1, hi))
    }

    /// Seconds east of UTC at `instant` (seconds since 1970).
    public mutating func offset(at instant: Int) -> Int {
        guard covered.contains(instant) else {
            return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        }
        // Walk from where the last lookup ended: expansion asks in time order.
        while cursor < changes.count, instant >= changes[cursor] { cursor += 1 }
        while cursor > 0, instant < changes[cursor - 1] { cursor -= 1 }
        return offsets[cursor]
    }

    /// The instant of a wall-clock time (seconds since 1970 as if the zone were UTC).
    ///
    /// RFC 5545 §3.3.5: a time that happens twice (clocks go back) is the first of the two; a
    /// time that does not exist (clocks go forward) is read with the offset before the gap, so
    /// 02:30 on the spring-forward night is 03:30 in the new offset.
    public mutating func instant(local: Int) -> Int {
        // Fast path: the offset found last time, well inside its span (no change within a day).
        let guess = local - offsets[cursor]
        if covered.contains(guess), cursor == 0 || guess >= changes[cursor - 1] + 86_400,
           cursor == changes.count || guess < changes[cursor] - 86_400 {
            return guess
        }
        // The offsets a day either side; they differ only when a change is near.
        let before = offset(at: local - 86_400), after = offset(at: local + 86_400)
        if before == after { return local - before }
        let early = local - before
        if offset(at: early) == before { return early }
        let late = local - after
        if offset(at: late) == after { return late }
        return early  // in the gap
    }

    private static let cache = Cache()

    /// Tables by zone identifier, widened in whole decades so neighbouring asks hit.
    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var tables: [String: ZoneOffsets] = [:]
        private static let decade = 10 * 365 * 86_400

        func table(_ zone: TimeZone, _ span: Range<Int>) -> ZoneOffsets {
            lock.lock()
            defer { lock.unlock() }
            if let table = tables[zone.identifier], table.covered.lowerBound <= span.lowerBound,
               span.upperBound <= table.covered.upperBound {
                return table
            }
            let old = tables[zone.identifier]?.covered
            let lo = (min(span.lowerBound, old?.lowerBound ?? .max) - 86_400 * 2).floorDivided(by: Self.decade) * Self.decade
            let hi = ((max(span.upperBound, old?.upperBound ?? .min) + 86_400 * 2).floorDivided(by: Self.decade) + 1) * Self.decade
            let table = ZoneOffsets(zone: zone, covering: lo..<hi)
            tables[zone.identifier] = table
            return table
        }
    }
}
