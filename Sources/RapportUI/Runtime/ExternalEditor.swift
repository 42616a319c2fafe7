import Foundation

/// What came back from `$EDITOR`.
public enum EditorOutcome: Equatable, Sendable {
    case edited(String)
    /// The editor could not be run, or failed: why, for the status line.
    case failed(String)
}

/// The user's editor, as git finds and runs it: `$VISUAL`, else `$EDITOR`, through `sh -c`, so
/// a value with arguments (`code --wait`, `emacsclient -t`) works; the text goes in a temporary
/// file that is read back when the editor exits with status 0.
struct ExternalEditor {
    let environment: [String: String]

    /// The command to run, or nil when neither variable is set.
    var command: String? {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return nil
    }

    /// Edits `text` in a file named for `name` (so the editor's title says what it is).
    func edit(_ text: String, name: String) -> EditorOutcome {
        guard let command else { return .failed("no $VISUAL or $EDITOR set") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-\(UUID().uuidString)")
        let slug = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let file = folder.appendingPathComponent("\(String(slug)).md")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            // A final newline, as editors write one; it is taken off again below.
            try Data((text.isEmpty ? "" : text + "\n").utf8).write(to: file)
        } catch {
            return .failed("could not write a file for the editor: \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // "$@" after the command, as git runs `$EDITOR "$@"`: the path is never split or expanded.
        process.arguments = ["-c", command + " \"$@\"", command, file.path]
        process.environment = environment
        do {
            try process.run()
        } catch {
            return .failed("could not run \(command): \(error.localizedDescription)")
        }
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0: break
        // The shell's "not found" and "not executable".
        case 127, 126: return .failed("could not run \(command)")
        case let status: return .failed("\(command) exited with status \(status); the text is as it was")
        }
        guard let data = try? Data(contentsOf: file), let edited = String(data: data, encoding: .utf8) else {
            return .failed("the editor left no readable UTF-8 text")
        }
        var result = edited.replacingOccurrences(of: "\r\n", with: "\n")
        while result.hasSuffix("\n") { result.removeLast() }
        return .edited(result)
    }
}
