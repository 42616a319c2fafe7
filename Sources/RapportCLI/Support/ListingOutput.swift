import Foundation

/// Bytes on their way out: kept in a buffer and written to a descriptor each 64 KiB, so a
/// listing streams in constant memory; without a descriptor they are kept, for tests and
/// `output()` (the text a command prints).
final class ListingOutput {
    private(set) var bytes: [UInt8] = []
    private let descriptor: Int32?
    static let flushSize = 1 << 16

    init(descriptor: Int32? = nil) {
        self.descriptor = descriptor
        bytes.reserveCapacity(descriptor == nil ? 1 << 12 : Self.flushSize + 1 << 12)
    }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        if descriptor != nil, bytes.count >= Self.flushSize { flush() }
    }

    func write(byte: UInt8) { bytes.append(byte) }

    /// Writes what is buffered to the descriptor (all of it, across short writes).
    func flush() {
        guard let descriptor else { return }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + done, $0.count - done) }
            if n <= 0 { break }  // a closed pipe: the rest has nowhere to go
            done += n
        }
        bytes.removeAll(keepingCapacity: true)
    }

    /// What was written, as text (no descriptor).
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
