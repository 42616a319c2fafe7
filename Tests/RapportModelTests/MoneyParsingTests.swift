import Testing
import RapportModel

/// Amounts as people type them, into whole cents.
struct MoneyParsingTests {
    @Test(arguments: [("12500", 1_250_000), ("12,500.00", 1_250_000), ("$12,500.5", 1_250_050), ("-3.25", -325),
                      ("0.07", 7), ("1,234,567", 123_456_700)] as [(String, Int64)])
    func reads(_ text: String, _ cents: Int64) throws {
        #expect(try Money.cents(parsing: text) == cents)
    }

    @Test(arguments: ["", "12,50", "1,2345", "1.234", "ten", "$", "12.5.0", "１２"])
    func refuses(_ text: String) {
        #expect(throws: Money.ParseError(text: text)) { try Money.cents(parsing: text) }
    }

    @Test func roundTripsWithTheSpelling() throws {
        #expect(try Money.cents(parsing: Money.text(cents: 1_250_050)) == 1_250_050)
    }
}
