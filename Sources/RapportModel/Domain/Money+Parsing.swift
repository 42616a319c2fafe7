extension Money {
    /// Why a typed amount is not money.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let text: String
        public init(text: String) { self.text = text }
        public var description: String { "'\(text)' is not an amount; write it as 12500, 12,500.00 or $12,500.50" }
    }

    /// Reads an amount as people type it, into cents: `12500`, `12,500.00`, `$12,500.5`, `-3.25`.
    /// Commas group thousands; at most two decimals, since money is kept in whole cents.
    public static func cents(parsing text: String) throws(ParseError) -> Int64 {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        let negative = rest.first == "-"
        if negative { rest = rest.dropFirst() }
        if rest.first == "$" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholePart = parts.first, !wholePart.isEmpty else { throw ParseError(text: text) }
        let groups = wholePart.split(separator: ",", omittingEmptySubsequences: false)
        // Commas must group thousands: 12,500 but not 1,25,00.
        guard groups.dropFirst().allSatisfy({ $0.count == 3 }), let first = groups.first, !first.isEmpty,
              groups.count == 1 || first.count <= 3 else { throw ParseError(text: text) }
        let digits = groups.joined()
        guard digits.allSatisfy(\.isASCII), digits.count <= 15, let whole = Int64(digits) else { throw ParseError(text: text) }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let f = parts[1]
            guard (1...2).contains(f.count), f.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int64(f) else {
                throw ParseError(text: text)
            }
            fraction = f.count == 1 ? n * 10 : n
        }
        let cents = whole * 100 + fraction
        return negative ? -cents : cents
    }
}
