import Foundation

/// A temporary directory for one test, removed with it.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "rapport-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A small demo database made by `rapport seed`; returns its path.
    func seededDatabase() throws -> String {
        let path = url.appending(path: "rapport.sqlite").path
        let seed = try Subprocess.run(try RapportBinary.require(), ["seed", "--db", path, "--size", "s", "--seed", "1"],
                                      timeout: .seconds(120))
        guard seed.status == 0 else {
            throw Subprocess.Failure(description: "rapport seed failed (\(seed.status)):\n\(seed.output)")
        }
        return path
    }
}
