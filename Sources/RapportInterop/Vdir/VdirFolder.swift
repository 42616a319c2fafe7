import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A vdir (the folder convention khal and vdirsyncer use): one `.ics` file per item; files
/// starting with a dot are not items (temporary files live there).
public struct VdirFolder {
    public let path: String

    public struct Entry: Equatable {
        public var name: String
        public var mtime: Double
        public var size: Int
    }

    public init(path: String) {
        self.path = path
    }

    /// The `.ics` files with their modification times and sizes (one stat each, no reading).
    public func entries() throws -> [Entry] {
        guard let dir = opendir(path) else { throw VdirError(path: path, reason: String(cString: strerror(errno))) }
        defer { closedir(dir) }
        var result: [Entry] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard !name.hasPrefix("."), name.hasSuffix(".ics") else { continue }
            var info = stat()
            guard stat(path + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            result.append(Entry(name: name, mtime: Self.seconds(info.st_mtim), size: Int(info.st_size)))
        }
        return result.sorted { $0.name < $1.name }
    }

    public func read(_ name: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path + "/" + name) else {
            throw VdirError(path: path + "/" + name, reason: "cannot read the file")
        }
        return data
    }

    /// Writes the file atomically: a temporary file in the folder, synced, then renamed over
    /// the name, so khal or vdirsyncer never read half an event. Returns its new stat.
    public func write(_ data: Data, to name: String) throws -> Entry {
        let final = path + "/" + name
        let temporary = path + "/.\(name).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw VdirError(path: temporary, reason: String(cString: strerror(errno))) }
        var ok = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok, rename(temporary, final) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw VdirError(path: final, reason: reason)
        }
        var info = stat()
        guard stat(final, &info) == 0 else { throw VdirError(path: final, reason: String(cString: strerror(errno))) }
        return Entry(name: name, mtime: Self.seconds(info.st_mtim), size: Int(info.st_size))
    }

    public func remove(_ name: String) throws {
        guard unlink(path + "/" + name) == 0 || errno == ENOENT else {
            throw VdirError(path: path + "/" + name, reason: String(cString: strerror(errno)))
        }
    }

    static func seconds(_ t: timespec) -> Double { Double(t.tv_sec) + Double(t.tv_nsec) / 1e9 }

    /// A file name for a UID: its letters, digits and `-_.@` kept, the rest `_`, so it stays in the folder.
    public static func fileName(uid: String) -> String {
        var name = String(uid.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.@".contains($0)) ? $0 : "_" })
        while name.hasPrefix(".") { name = "_" + name.dropFirst() }
        if name.isEmpty { name = "event" }
        return String(name.prefix(200)) + ".ics"
    }
}

public struct VdirError: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}
