import Foundation

/// A fresh folder under the system's temporary directory, removed with everything in it when
/// the value is released; each test gets its own, so tests can run in parallel.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("rapport-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder (which need not exist yet).
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The bytes and modification time of a file, to show it was left untouched.
struct FileSnapshot: Equatable {
    let bytes: Data
    let modified: Date

    init(path: String) throws {
        bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
    }
}
