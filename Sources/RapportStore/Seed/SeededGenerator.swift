/// A small deterministic random number generator: xoshiro256** seeded through SplitMix64.
///
/// Demo and benchmark data must come out the same on every machine and every Swift release,
/// so the bounded integers, doubles and shuffles below are computed here rather than by the
/// standard library, whose algorithms for `Int.random(in:using:)` or `shuffled(using:)` are
/// not promised to stay the same. Only integer arithmetic and exact floating-point
/// operations are used.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator for `seed`; different `stream`s of one seed give independent sequences, so
    /// one part of the data can change without reshuffling the others.
    init(seed: UInt64, stream: UInt64 = 0) {
        var mix = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        state = (Self.splitMix(&mix), Self.splitMix(&mix), Self.splitMix(&mix), Self.splitMix(&mix))
    }

    private static func splitMix(_ x: inout UInt64) -> UInt64 {
        x &+= 0x9E37_79B9_7F4A_7C15
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        let result = rotl(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotl(state.3, 45)
        return result
    }

    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    // MARK: - Draws

    /// A uniform integer below `bound` (Lemire's multiply-and-reject, so no modulo bias).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        let n = UInt64(bound)
        var product = next().multipliedFullWidth(by: n)
        if product.low < n {
            let threshold = (0 &- n) % n
            while product.low < threshold { product = next().multipliedFullWidth(by: n) }
        }
        return Int(product.high)
    }

    /// A uniform integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform double in [0, 1) with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform double in `range`.
    mutating func double(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index drawn with the given (non-negative, not all zero) weights.
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var x = unit() * total
        for (i, w) in weights.enumerated() {
            if x < w { return i }
            x -= w
        }
        return weights.lastIndex { $0 > 0 } ?? 0
    }

    /// A Fisher–Yates shuffle driven by this generator.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }

    /// `count` distinct elements of `items` (all of them when it has fewer), in random order.
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var copy = items
        let k = min(count, copy.count)
        for i in 0..<k { copy.swapAt(i, i + below(copy.count - i)) }
        return Array(copy.prefix(k))
    }
}
