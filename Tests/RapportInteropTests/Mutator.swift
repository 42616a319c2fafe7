import Foundation

/// Mutates seed inputs as a hostile or broken file would be: truncated, bytes flipped, huge
/// lines, deep nesting of quotes, invalid UTF-8, NUL bytes. Deterministic for a seed, so a
/// failing input can be reproduced from the test's message.
struct Mutator {
    var random: SplitMix64

    /// How many inputs a fuzz test runs: a bounded number in CI, many more with `RAPPORT_SOAK=1`.
    static func iterations(_ bounded: Int) -> Int {
        let soak = ProcessInfo.processInfo.environment["RAPPORT_SOAK"] ?? ""
        return soak.isEmpty || soak == "0" ? bounded : bounded * 100
    }

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// The most a huge line or a nesting adds: tens of KB in CI, a few MB when soaking.
    static let large = iterations(1) > 1 ? 200_000 : 4_000

    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(random.next() % UInt64(n)) }

    /// One to four mutations of `seed`.
    mutating func mutate(_ seed: [UInt8]) -> [UInt8] {
        var bytes = seed
        for _ in 0..<(1 + below(4)) { bytes = once(bytes) }
        return bytes
    }

    private static let hostile: [[UInt8]] = [
        [0x00], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xEF, 0xBB, 0xBF],
        [0x22], [0x22, 0x22], [0x2C], [0x3B], [0x09], [0x0D], [0x0A], [0x0D, 0x0A], [0x1B, 0x5B, 0x32, 0x4A],
        Array("\u{202E}".utf8), Array("@".utf8), Array("!".utf8), Array("due:".utf8), Array("status:".utf8),
        Array("=".utf8), Array("+".utf8), Array(":".utf8), Array("\\".utf8),
    ]

    private mutating func once(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        switch below(8) {
        case 0:  // truncate
            bytes = Array(bytes.prefix(below(bytes.count + 1)))
        case 1:  // flip a byte
            if !bytes.isEmpty { bytes[below(bytes.count)] ^= UInt8(1 << below(8)) }
        case 2:  // insert something a parser cares about
            bytes.insert(contentsOf: Self.hostile[below(Self.hostile.count)], at: below(bytes.count + 1))
        case 3:  // delete a run
            if !bytes.isEmpty {
                let start = below(bytes.count)
                bytes.removeSubrange(start..<min(bytes.count, start + 1 + below(16)))
            }
        case 4:  // a huge line: a slice repeated
            if !bytes.isEmpty {
                let start = below(bytes.count)
                let slice = bytes[start..<min(bytes.count, start + 1 + below(16))]
                let times = 500 + below(Self.large)
                bytes.insert(contentsOf: Array([[UInt8]](repeating: Array(slice), count: times).joined()), at: start)
            }
        case 5:  // deep nesting: thousands of quotes or brackets
            let open: UInt8 = [0x22, 0x28, 0x5B, 0x7B][below(4)]
            bytes.insert(contentsOf: [UInt8](repeating: open, count: 500 + below(Self.large)), at: below(bytes.count + 1))
        case 6:  // NUL bytes
            bytes.insert(contentsOf: [UInt8](repeating: 0, count: 1 + below(8)), at: below(bytes.count + 1))
        default:  // swap two halves
            let cut = below(bytes.count + 1)
            bytes = Array(bytes[cut...] + bytes[..<cut])
        }
        return bytes
    }
}
