import Foundation
import Testing

/// A screen kept as text beside the tests (`__Snapshots__/NAME.txt`): compared exactly, or
/// written when missing or when `RAPPORT_RECORD=1` (then the test fails, so a recording is read
/// before it is trusted).
enum TextSnapshot {
    static func check(_ actual: String, named name: String, filePath: String = #filePath,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("__Snapshots__/\(name).txt")
        if ProcessInfo.processInfo.environment["RAPPORT_RECORD"] == "1" || !FileManager.default.fileExists(atPath: file.path) {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(file.lastPathComponent); check it and run again", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == (try String(contentsOf: file, encoding: .utf8)), sourceLocation: sourceLocation)
    }
}
