import Foundation
import Testing

/// Compares a screen (its text, then its styles) with `__Snapshots__/NAME.txt` beside this folder.
///
/// A missing file is written and the test fails, so a snapshot never passes unseen; set
/// `RAPPORT_RECORD=1` to rewrite them all after a deliberate change, then read the diff.
func assertSnapshot(_ shot: Shot, named name: String, filePath: String = #filePath,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    // The text, then the style layer under a rule: a lost selection changes the file.
    let lines = shot.lines + ["", "── styles " + String(repeating: "─", count: 30)] + StyleLayer.lines(shot.canvas)
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent("\(name).txt")
    let actual = lines.joined(separator: "\n") + "\n"
    let record = ProcessInfo.processInfo.environment["RAPPORT_RECORD"] == "1"
    guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(name); check it and run again", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDiff = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        Issue.record("""
            Snapshot \(name) differs at line \(firstDiff + 1)
            expected: \(firstDiff < e.count ? String(e[firstDiff]) : "<none>")
            actual:   \(firstDiff < a.count ? String(a[firstDiff]) : "<none>")
            --- actual screen ---
            \(actual)
            """, sourceLocation: sourceLocation)
    }
}
