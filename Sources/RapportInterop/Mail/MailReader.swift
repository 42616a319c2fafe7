import Foundation
import RapportModel

/// Reads the messages of mail stores as mailers and sync tools leave them: mbox files (mboxo
/// and mboxrd, e.g. Thunderbird folders and Google Takeout), Maildir trees (cur/new, Maildir++
/// ".Sub.Folder" and nested subfolders, as mbsync and offlineimap write them) and .eml files.
///
/// Nothing is ever written: Maildir files are not renamed, flagged or moved to cur/. Messages
/// are given one at a time in a fixed order (paths as given, folders sorted by name, mbox
/// messages in file order), so two runs see the same sequence.
public enum MailReader {
    /// Calls `each` with every message under `paths`; throws `AppError.unreadableMail` for a
    /// path that is missing or cannot be read, before reading anything of a later path.
    public static func read(_ paths: [String], each: (RawMail) throws -> Void) throws {
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw AppError.unreadableMail(path: path, reason: "no such file or folder")
            }
            if isFolder.boolValue {
                try readFolder(path, each: each)
            } else {
                try readFile(path, each: each)
            }
        }
    }

    // MARK: - Files

    /// An mbox when it starts with a "From " line, else one message (.eml).
    static func readFile(_ path: String, each: (RawMail) throws -> Void) throws {
        let bytes = try load(path)
        if MboxSplitter.isMbox(bytes) {
            try MboxSplitter.messages(bytes, file: path, each: each)
        } else {
            try each(RawMail(bytes: bytes, location: MailLocation(file: path), receivedAt: nil))
        }
    }

    static func load(_ path: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw AppError.unreadableMail(path: path, reason: FileManager.default.isReadableFile(atPath: path)
                                          ? "cannot open the file" : "permission denied")
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw AppError.unreadableMail(path: path, reason: "\(error.localizedDescription)")
        }
    }

    // MARK: - Folders

    /// A Maildir (a folder with cur/ or new/), its subfolders, and any mbox or .eml files in
    /// the tree; hidden files and tmp/ are left alone.
    static func readFolder(_ root: String, each: (RawMail) throws -> Void) throws {
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: root).sorted()
        } catch {
            throw AppError.unreadableMail(path: root, reason: "cannot list the folder")
        }
        let isMaildir = names.contains { ($0 == "cur" || $0 == "new") && isDirectory((root as NSString).appendingPathComponent($0)) }
        if isMaildir {
            for sub in ["cur", "new"] where names.contains(sub) {
                let folder = (root as NSString).appendingPathComponent(sub)
                let files = (try? manager.contentsOfDirectory(atPath: folder).sorted()) ?? []
                for name in files where !name.hasPrefix(".") {
                    let path = (folder as NSString).appendingPathComponent(name)
                    guard !isDirectory(path) else { continue }
                    let bytes = try load(path)
                    try each(RawMail(bytes: bytes, location: MailLocation(file: path), receivedAt: deliveredAt(name)))
                }
            }
        }
        for name in names {
            if isMaildir && (name == "cur" || name == "new" || name == "tmp") { continue }
            let path = (root as NSString).appendingPathComponent(name)
            if isDirectory(path) {
                // Maildir++ keeps subfolders as ".Sub.Folder" beside cur/new; other hidden folders are not mail.
                if name.hasPrefix(".") && !(isMaildir && name.count > 1 && name != "..") { continue }
                try readFolder(path, each: each)
            } else if !name.hasPrefix(".") {
                if name.lowercased().hasSuffix(".eml") {
                    try each(RawMail(bytes: try load(path), location: MailLocation(file: path), receivedAt: nil))
                } else if startsWithFromLine(path) {
                    try readFile(path, each: each)
                }
            }
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    private static func startsWithFromLine(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 5)) ?? Data()
        return head == Data("From ".utf8)
    }

    /// Maildir names start with the delivery time in seconds: "1733140000.M1P2.host:2,S".
    static func deliveredAt(_ name: String) -> Date? {
        let digits = name.prefix { $0.isNumber }
        guard digits.count >= 9, let seconds = Double(digits) else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }
}
