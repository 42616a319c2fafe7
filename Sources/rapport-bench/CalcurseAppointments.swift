import Foundation
import RapportModel

/// A calcurse data folder with `count` one-off appointments, spread over the year around `now`
/// (the side by side's "calcurse on 10,000 appointments"), made once and reused.
enum CalcurseAppointments {
    static func folder(count: Int, now: Date, home: String) -> String? {
        let folder = home + "/calcurse-\(count)"
        let apts = folder + "/apts"
        if FileManager.default.fileExists(atPath: apts) { return folder }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let utc = TimeZone(identifier: "UTC")!
        let today = LocalDate(now, in: utc)
        var rng = TriageScenarios.SplitMix(state: 11)
        var lines: [String] = []
        lines.reserveCapacity(count)
        func mdy(_ d: LocalDate) -> String { String(format: "%02d/%02d/%04d", d.month, d.day, d.year) }
        for i in 0..<count {
            let day = mdy(today.adding(days: Int(rng.next() % 365) - 182))
            let start = 7 * 60 + Int(rng.next() % 40) * 15, length = [30, 45, 60, 90][Int(rng.next() % 4)]
            let end = start + length
            lines.append(String(format: "%@ @ %02d:%02d -> %@ @ %02d:%02d |Site meeting %d", day, start / 60, start % 60,
                                day, end / 60, end % 60, i + 1))
        }
        guard (try? (lines.joined(separator: "\n") + "\n").write(toFile: apts, atomically: true, encoding: .utf8)) != nil
        else { return nil }
        return folder
    }
}
