import Foundation

/// The harness's output: a table for people, JSON for machines.
struct Report: Encodable {
    var dataSet: String
    var results: [Measurement]
    var notes: [String]
    /// Peak resident memory of the rapport process drawing the first frame.
    var appPeakMiB: Double?
    var harnessPeakMiB: Double
    var quick: Bool

    static let memoryTargetMiB = 50.0

    func text() -> String {
        var lines = ["Rapport benchmarks on the \(dataSet) set (times in ms)" + (quick ? " — quick run, targets apply to l" : ""), ""]
        lines.append(pad("scenario", 40) + pad("p50", 10, right: true) + pad("p99", 10, right: true)
                     + pad("max", 10, right: true) + pad("target", 10, right: true) + "  ")
        for r in results {
            let verdict = r.met.map { $0 ? "ok" : "MISSED" } ?? ""
            lines.append(pad(r.name, 40) + pad(format(r.p50), 10, right: true) + pad(format(r.p99), 10, right: true)
                         + pad(format(r.max), 10, right: true) + pad(r.target.map { "≤ " + format($0) } ?? "–", 10, right: true)
                         + "  " + verdict)
        }
        lines.append("")
        if let app = appPeakMiB {
            lines.append("peak memory, rapport first frame: \(format(app)) MiB (target ≤ \(format(Self.memoryTargetMiB)))"
                         + (app <= Self.memoryTargetMiB ? "  ok" : "  MISSED"))
        }
        lines.append("peak memory, this harness: \(format(harnessPeakMiB)) MiB")
        lines += notes.map { "note: \($0)" }
        let missed = results.filter { $0.met == false }.map(\.name)
        lines.append(missed.isEmpty ? "all targets met" : "targets missed: \(missed.joined(separator: ", "))")
        return lines.joined(separator: "\n")
    }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }

    private func format(_ ms: Double) -> String { String(format: ms < 10 ? "%.2f" : "%.1f", ms) }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return right ? gap + text : text + gap
    }
}
