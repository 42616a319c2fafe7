import Foundation
import RapportModel
import RapportStore

/// Calendar expansion: ten years of 10,000 recurring series expanded in memory (against
/// calcurse on the same series, when it is installed), and the week and month windows the
/// calendar views read from the `l` set.
@MainActor
enum CalendarScenarios {
    static let years = 10

    static func all(database: AppDatabase, dataSet: String, now: Date, zone: TimeZone, iterations n: Int, series count: Int,
                    calcurse compare: Bool) -> [Scenario] {
        let series = generated(count, from: now)
        let window = now..<(now + TimeInterval(years * 365 * 86_400))
        let occurrences = agenda(series, window).count
        var scenarios = [
            Scenario(name: "calendar: \(years)-year agenda of \(count.formatted()) series, \(occurrences.formatted()) occurrences",
                     targetMilliseconds: 500, iterations: max(3, n / 40), warmup: 1) {
                _ = agenda(series, window)
            },
            // The week and month the views show, read from the expanded occurrence table: the
            // agenda's count and first screenful, and a month grid's count for each of 42 days.
            Scenario(name: "calendar: 7-day agenda, count + first page (\(dataSet) set)", targetMilliseconds: 10, iterations: n) {
                _ = try database.agendaCount(from: now, to: now + 7 * 86_400, timeZone: zone)
                _ = try database.agenda(from: now, to: now + 7 * 86_400, timeZone: zone, offset: 0, limit: 120)
            },
            // The month grid's 42 day counts in one grouped query, as the pane loads them.
            Scenario(name: "calendar: month view, 42 day counts in one query (\(dataSet) set)", targetMilliseconds: 16, iterations: n) {
                _ = try database.agendaDayCounts(first: LocalDate(now, in: zone).adding(days: -28), days: 42, timeZone: zone,
                                                 salesOnly: false)
            },
            Scenario(name: "calendar: month view, sales only (\(dataSet) set)", targetMilliseconds: 16, iterations: n) {
                _ = try database.agendaDayCounts(first: LocalDate(now, in: zone).adding(days: -28), days: 42, timeZone: zone,
                                                 salesOnly: true)
            },
            // The week grid: 7 day counts, and each day's meetings (40 at most) as the pane reads them.
            Scenario(name: "calendar: week view, counts + 7 days of meetings (\(dataSet) set)", targetMilliseconds: 16, iterations: n) {
                let monday = LocalDate(now, in: zone)
                let counts = try database.agendaDayCounts(first: monday, days: 7, timeZone: zone, salesOnly: false)
                for day in 0..<7 where counts[day] > 0 {
                    _ = try database.agenda(from: monday.adding(days: day).startOfDay(in: zone),
                                            to: monday.adding(days: day + 1).startOfDay(in: zone), timeZone: zone, offset: 0, limit: 40)
                }
            },
            Scenario(name: "calendar: 7-day agenda, every entry (\(dataSet) set)", targetMilliseconds: nil, iterations: max(3, n / 10)) {
                _ = try database.agenda(from: now, to: now + 7 * 86_400, timeZone: zone)
            },
        ]
        if compare, let calcurse = Calcurse(series: series, from: now, days: years * 365) {
            scenarios.append(Scenario(name: "calendar: calcurse, the same \(years)-year agenda (for comparison)",
                                      targetMilliseconds: nil, iterations: 1, warmup: 0) {
                try calcurse.run()
            })
        }
        return scenarios
    }

    /// Every occurrence of every series in `window`, in time order, as the agenda lists them.
    ///
    /// Returned packed, as seconds since a week before the window << 20 | series index. Series
    /// are expanded in index order, so a stable radix sort on the seconds alone (two passes of
    /// 15 bits) leaves ties by series: no comparison sort of millions.
    static func agenda(_ series: [Recurrence], _ window: Range<Date>) -> [Int] {
        precondition(series.count < 1 << 20)
        let origin = window.lowerBound.timeIntervalSince1970 - 7 * 86_400  // room for ones in progress
        var keys: [Int] = []
        for (index, recurrence) in series.enumerated() {
            for start in recurrence.occurrences(overlapping: window) {
                keys.append(Int(start.timeIntervalSince1970 - origin) << 20 | index)
            }
        }
        var other = [Int](repeating: 0, count: keys.count)
        var firsts = [Int](repeating: 0, count: 1 << 15 + 1)
        for shift in [20, 35] {
            keys.withUnsafeBufferPointer { from in
                other.withUnsafeMutableBufferPointer { to in
                    firsts.withUnsafeMutableBufferPointer { firsts in
                        for i in firsts.indices { firsts[i] = 0 }
                        for key in from { firsts[(key >> shift) & (1 << 15 - 1) + 1] += 1 }
                        for digit in 0..<(1 << 15) { firsts[digit + 1] += firsts[digit] }
                        for key in from {
                            let digit = (key >> shift) & (1 << 15 - 1)
                            to[firsts[digit]] = key
                            firsts[digit] += 1
                        }
                    }
                }
            }
            swap(&keys, &other)
        }
        return keys
    }

    /// Series shaped like the seed's project meetings: of ten, six weekly, two fortnightly, one
    /// ending after a COUNT and one on an UNTIL date; all begun within the last half year, in
    /// the customers' zones, some with a cancelled week.
    static func generated(_ count: Int, from now: Date) -> [Recurrence] {
        let zones = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Berlin",
                     "Australia/Sydney", "Asia/Tokyo", "UTC"].map { TimeZone(identifier: $0)! }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { i in
            let zone = zones[i % zones.count]
            let day = LocalDate(now, in: zone).adding(days: -next(180))
            let hour = 8 + next(9), minute = [0, 15, 30, 45][next(4)]
            var offsets = ZoneOffsets.shared(zone, covering: now - 200 * 86_400..<now)
            let start = Date(timeIntervalSince1970: TimeInterval(offsets.instant(local: day.dayNumber * 86_400 + hour * 3600 + minute * 60)))
            let weekday = day.isoWeekday
            let rule: RecurrenceRule
            switch i % 10 {
            case 0...5: rule = RecurrenceRule(frequency: .weekly, byDay: [weekday])
            case 6, 7: rule = RecurrenceRule(frequency: .weekly, interval: 2, byDay: [weekday])
            case 8: rule = RecurrenceRule(frequency: .weekly, byDay: [weekday], count: 8 + next(200))
            default: rule = RecurrenceRule(frequency: .weekly, count: nil, until: .date(day.adding(days: 30 + next(3000))))
            }
            var exdates: Set<Date> = []
            if i % 7 == 2 { exdates.insert(start + TimeInterval(7 * 86_400 * (1 + next(20)))) }
            return Recurrence(start: start, duration: TimeInterval([30, 45, 60][next(3)] * 60), timeZone: zone, rule: rule,
                              exdates: exdates)
        }
    }
}

/// calcurse (a terminal calendar, `apt-get install calcurse`) given the same series as an
/// apts file, asked for the same days: `calcurse -Q --from … --days …`, output discarded.
///
/// calcurse has no zones, so each series is written at its wall-clock time and calcurse runs
/// in UTC; COUNT becomes the date of the last occurrence; a cancelled week an exception.
struct Calcurse {
    let executable: String
    let directory: URL
    let from: String
    let days: Int

    init?(series: [Recurrence], from now: Date, days: Int) {
        guard let path = ["/usr/bin/calcurse", "/usr/local/bin/calcurse"].first(where: FileManager.default.isExecutableFile)
        else { return nil }
        executable = path
        self.days = days
        let utc = TimeZone(identifier: "UTC")!
        func mdy(_ d: LocalDate) -> String { String(format: "%02d/%02d/%04d", d.month, d.day, d.year) }
        from = mdy(LocalDate(now, in: utc))
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-bench-calcurse")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var lines: [String] = []
        for (i, s) in series.enumerated() {
            guard let rule = s.rule else { continue }
            var offsets = ZoneOffsets.shared(s.timeZone, covering: s.start..<(s.start + 86_400))
            let t = Int(s.start.timeIntervalSince1970)
            let local = t + offsets.offset(at: t)
            let day = LocalDate(dayNumber: local / 86_400), minutes = local % 86_400 / 60
            let endLocal = local + Int(s.duration)
            let endDay = LocalDate(dayNumber: endLocal / 86_400), endMinutes = endLocal % 86_400 / 60
            var recur = "\(rule.interval)W"
            if let end = s.seriesEnd() { recur += " -> " + mdy(LocalDate(end, in: s.timeZone)) }
            for ex in s.exdates { recur += " !" + mdy(LocalDate(ex, in: s.timeZone)) }
            lines.append(String(format: "%@ @ %02d:%02d -> %@ @ %02d:%02d {%@} |Series %d", mdy(day), minutes / 60, minutes % 60,
                                mdy(endDay), endMinutes / 60, endMinutes % 60, recur, i))
        }
        guard (try? lines.joined(separator: "\n").appending("\n").write(to: directory.appendingPathComponent("apts"),
                                                                          atomically: true, encoding: .utf8)) != nil
        else { return nil }
    }

    func run() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-D", directory.path, "-Q", "--from", from, "--days", String(days)]
        process.environment = ["TZ": "UTC", "HOME": directory.path]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
    }
}
