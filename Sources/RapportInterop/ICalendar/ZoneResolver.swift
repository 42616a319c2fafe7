import Foundation

/// Finds the IANA zone a TZID means: the name itself, a Windows name, an IANA name behind a
/// vendor prefix (`/mozilla.org/20050126_1/America/New_York`), or the zone whose offsets match
/// the file's VTIMEZONE. A TZID none of these finds is kept as written and read as UTC (the
/// agenda marks it); with a VTIMEZONE, at its standard offset.
struct ZoneResolver {
    /// The offsets each VTIMEZONE of the file declares: its standard and (if any) daylight offset,
    /// and a month daylight time is in force.
    struct Declared {
        var standard: Int
        var daylight: Int?
        var daylightMonth: Int?
    }

    private var declared: [String: Declared] = [:]
    private var cache: [String: (zone: TimeZone, tzid: String)] = [:]

    init(timezones: [ICalendarComponent]) {
        for block in timezones {
            guard let tzid = block.property("TZID")?.value else { continue }
            func offset(_ c: ICalendarComponent) -> Int? { c.property("TZOFFSETTO").flatMap { Self.offset($0.value) } }
            // The latest observance of each kind is the one in force now.
            func latest(_ name: String) -> ICalendarComponent? {
                block.components(name).max { ($0.property("DTSTART")?.value ?? "") < ($1.property("DTSTART")?.value ?? "") }
            }
            let standard = latest("STANDARD").flatMap(offset)
            let daylight = latest("DAYLIGHT").flatMap(offset)
            guard let base = standard ?? daylight else { continue }
            var month: Int?
            if let start = latest("DAYLIGHT")?.property("DTSTART")?.value, start.count >= 6,
               let from = Int(start.dropFirst(4).prefix(2)) {
                // Daylight time starts that month; two months on it is surely still in force.
                month = (from + 1) % 12 + 1
            }
            declared[tzid] = Declared(standard: base, daylight: standard == nil ? nil : daylight, daylightMonth: month)
        }
    }

    /// The zone to read times in, and the TZID to store.
    mutating func resolve(_ tzid: String) -> (zone: TimeZone, tzid: String) {
        if let known = cache[tzid] { return known }
        let found = find(tzid)
        cache[tzid] = found
        return found
    }

    private func find(_ tzid: String) -> (zone: TimeZone, tzid: String) {
        if let zone = TimeZone(identifier: tzid), tzid.contains("/") || tzid == "UTC" { return (zone, tzid) }
        if let name = WindowsZoneNames.ianaZone(windowsName: tzid), let zone = TimeZone(identifier: name) {
            return (zone, name)
        }
        let parts = tzid.split(separator: "/")
        for n in [3, 2] where parts.count > n {
            let name = parts.suffix(n).joined(separator: "/")
            if let zone = TimeZone(identifier: name) { return (zone, name) }
        }
        if let zone = TimeZone(identifier: tzid) { return (zone, zone.identifier) }
        if let declared = declared[tzid] {
            if let match = Self.match(declared) { return (match, match.identifier) }
            return (TimeZone(secondsFromGMT: declared.standard) ?? TimeZone(identifier: "UTC")!, tzid)
        }
        return (TimeZone(identifier: "UTC")!, tzid)
    }

    /// Zones tried first, so a common offset pair finds the zone most people mean.
    static let preferred = [
        "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
        "America/Anchorage", "Pacific/Honolulu", "America/Halifax", "Europe/London", "Europe/Berlin",
        "Europe/Helsinki", "Europe/Moscow", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo",
        "Australia/Brisbane", "Australia/Sydney", "Australia/Adelaide", "Australia/Perth", "Pacific/Auckland",
        "America/Sao_Paulo", "Africa/Johannesburg", "UTC",
    ]

    /// An IANA zone whose offsets this year are the declared ones, in and out of daylight time.
    static func match(_ declared: Declared) -> TimeZone? {
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        let daylightMonth = declared.daylightMonth ?? 7
        let standardMonth = (daylightMonth + 5) % 12 + 1
        func at(_ month: Int) -> Date {
            ICalendarClock.midnightUTC(.init(year: year, month: month, day: 15, hour: 0, minute: 0, second: 0, utc: true))
        }
        let names = preferred + TimeZone.knownTimeZoneIdentifiers.sorted()
        for name in names {
            guard let zone = TimeZone(identifier: name) else { continue }
            guard zone.secondsFromGMT(for: at(standardMonth)) == declared.standard else { continue }
            if zone.secondsFromGMT(for: at(daylightMonth)) == (declared.daylight ?? declared.standard) { return zone }
        }
        return nil
    }

    /// `-0500`, `+0530`, `+013045` in seconds.
    static func offset(_ text: String) -> Int? {
        let b = Array(text.utf8)
        guard b.count == 5 || b.count == 7, b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-"),
              b.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let n = b.dropFirst().map { Int($0 - 0x30) }
        var seconds = (n[0] * 10 + n[1]) * 3600 + (n[2] * 10 + n[3]) * 60
        if n.count == 6 { seconds += n[4] * 10 + n[5] }
        return b[0] == UInt8(ascii: "-") ? -seconds : seconds
    }
}
