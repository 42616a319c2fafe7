extension Int {
    /// The number in decimal, zeros in front to make `width` digits: `String(format: "%0Nd")`
    /// without Foundation's format machinery, which costs ≈ 20,000 instructions a call on Linux
    /// (and a million the first time, on the first frame's path).
    public func zeroPadded(_ width: Int) -> String {
        if self < 0 { return "-" + (-self).zeroPadded(width - 1) }
        let digits = String(self)
        return digits.utf8.count >= width ? digits : String(repeating: "0", count: width - digits.utf8.count) + digits
    }
}
