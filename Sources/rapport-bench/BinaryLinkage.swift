import Foundation

/// How the `rapport` binary under test was linked, since a start is measured with it: the
/// Swift runtime as shared libraries costs ≈ 5 ms before `main`, a position-independent
/// binary ≈ 2 ms more (the loader's relocations); the README's release build has neither.
struct BinaryLinkage {
    var sharedSwiftRuntime: Bool
    var positionIndependent: Bool

    /// Read from the ELF header (its type) and the dynamic strings near the file's start (the
    /// libraries it needs); nil when the file is no ELF binary.
    init?(path: String) {
        guard let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        guard let head = try? file.read(upToCount: 4 << 20), head.count > 18,
              head.prefix(4) == Data([0x7F, 0x45, 0x4C, 0x46]) else { return nil }
        positionIndependent = head[16] == 3  // e_type: ET_DYN is a PIE, ET_EXEC is not
        sharedSwiftRuntime = head.range(of: Data("libswiftCore.so".utf8)) != nil
    }

    /// A line for the report; nil when the binary is linked as the README builds it.
    var note: String? {
        var how: [String] = []
        if sharedSwiftRuntime { how.append("loads the Swift runtime as shared libraries") }
        if positionIndependent { how.append("is position-independent") }
        guard !how.isEmpty else { return nil }
        return "this rapport binary " + how.joined(separator: " and ")
            + ", so its start is slower than the release build's: swift build -c release --static-swift-stdlib --product rapport"
    }
}
