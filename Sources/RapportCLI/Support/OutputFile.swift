import Foundation
import RapportModel

/// Writes the files Rapport makes (exports, backups), failing with a message that says what is
/// wrong with the path rather than a Foundation error code.
enum OutputFile {
    /// Writes `text` to `path` atomically (a reader never sees half a file).
    static func write(_ text: String, to path: String) throws {
        try check(path)
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw CLIError("\(TerminalSafe.line(path)): cannot write the file: \(reason(error))")
        }
    }

    /// Refuses a path that is a folder, whose folder is missing, or where the user may not write.
    static func check(_ path: String) throws {
        let shown = TerminalSafe.line(path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw CLIError("\(shown) is a folder; give a file name, e.g. \(shown)/export.csv")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let parent = folder.isEmpty ? "." : folder
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIError("\(shown): the folder \(TerminalSafe.line(parent)) does not exist")
        }
        guard access(parent, W_OK) == 0 else {
            throw CLIError("\(shown): cannot write in the folder \(TerminalSafe.line(parent)): \(String(cString: strerror(errno)))")
        }
    }

    /// A file name made from `name` (a project code) that stays inside its folder: no `/`, no
    /// leading dot, no control characters; `../escaped` becomes `__escaped`.
    static func safeName(_ name: String) -> String {
        let kept = String(name.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
        let dots = kept.prefix { $0 == "." }.count
        let out = String(repeating: "_", count: dots) + kept.dropFirst(dots)
        return out.isEmpty ? "project" : out
    }

    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix = underlying, posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
        return (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
