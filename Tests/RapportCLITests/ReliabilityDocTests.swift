import Foundation
import Testing

/// `docs/reliability.md` names the test behind each promise; every name it gives is a real test.
struct ReliabilityDocTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func everyTestTheDocNamesExists() throws {
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/reliability.md"), encoding: .utf8)
        var sources = ""
        let tests = Self.root.appendingPathComponent("Tests")
        for case let file as URL in FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil)!
        where file.pathExtension == "swift" {
            sources += try String(contentsOf: file, encoding: .utf8)
        }
        // `SuiteTests`, `SuiteTests.testName`, and `…testName` (same suite as the name before it)
        let names = doc.matches(of: /`(…|[A-Z][A-Za-z]+Tests)(\.[a-zA-Z]+)?`|`…([a-zA-Z]+)`/)
        #expect(names.count > 30)
        for match in names {
            let whole = String(match.output.0).trimmingCharacters(in: CharacterSet(charactersIn: "`…"))
            let parts = whole.split(separator: ".").map(String.init)
            if parts.count == 2 || !(parts.first?.hasSuffix("Tests") ?? false) {
                let function = parts.last!
                let found = sources.contains("func \(function)(")  // a Bool, so a failure does not print every test file
                #expect(found, "docs/reliability.md names \(whole), which is no test")
            }
            if let suite = parts.first, suite.hasSuffix("Tests") {
                let found = sources.contains("struct \(suite)")
                #expect(found, "docs/reliability.md names the suite \(suite), which does not exist")
            }
        }
    }
}
