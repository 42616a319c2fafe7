import Foundation
import RapportModel

/// Checks on the database file made before SQLite touches it.
enum DatabaseFile {
    static let sqliteMagic = Array("SQLite format 3\u{0}".utf8)

    /// Creates the file with mode 0600 when missing and `creates` (SQLite gives its -wal and -shm
    /// files the same mode), and its folder when missing; refuses a file that is not SQLite.
    /// Without `creates`, a missing folder or file is an error and nothing is made.
    static func prepare(path: String, creates: Bool = true) throws {
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw AppError.isAFolder(path: path)
        }
        if !folder.isEmpty, !manager.fileExists(atPath: folder) {
            guard creates else { throw AppError.noSuchFolder(path: path, folder: folder) }
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
            } catch {
                throw AppError.cannotOpen(path: path, reason: "cannot create folder \(folder)")
            }
        }
        if !manager.fileExists(atPath: path) {
            guard creates else { throw AppError.noDatabase(path: path) }
            let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
            guard fd >= 0 else {
                throw AppError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            close(fd)
            return
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw AppError.cannotOpen(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: sqliteMagic.count)) ?? Data()
        if !head.isEmpty, Array(head) != sqliteMagic {
            throw AppError.notADatabase(path: path)
        }
    }

    /// True when the file has any bytes (an empty file is a new database).
    ///
    /// `stat(2)` directly: `FileManager.attributesOfItem` cost 1.5 M instructions at start.
    static func hasContent(path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return info.st_size > 0
    }

    /// True when the file's header says WAL (bytes 18 and 19, the read and write versions, are 2).
    static func isInWALMode(path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 20)
        guard read(fd, &header, 20) == 20, Array(header[0..<16]) == sqliteMagic else { return false }
        return header[18] == 2 && header[19] == 2
    }

    /// True when both the file and its folder may be written (SQLite makes `-wal` and `-shm`
    /// beside the file). Mode bits count as well as `access(2)`, so a file or folder made
    /// read-only is treated so even for root, who may write anything.
    static func isWritable(path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return [path, folder.isEmpty ? "." : folder].allSatisfy { item in
            var info = stat()
            guard stat(item, &info) == 0 else { return false }
            return access(item, W_OK) == 0 && info.st_mode & 0o222 != 0
        }
    }
}
