import Foundation
import Testing
@testable import RapportModel

/// `zeroPadded` writes what `String(format: "%0Nd")` writes, which it replaced on the start path.
@Suite struct ZeroPaddedTests {
    @Test(arguments: [(0, 2), (7, 2), (42, 2), (123, 2), (2026, 4), (99, 4), (-5, 4), (-12345, 3), (5, 0), (1_000_000, 6)])
    func writesWhatPrintfWrites(value: Int, width: Int) {
        #expect(value.zeroPadded(width) == String(format: "%0\(width)d", value))
    }

    @Test func anIsoDayAndATimestampKeepTheirShape() {
        #expect(LocalDate(year: 987, month: 3, day: 4).iso == "0987-03-04")
        #expect(UTCTimestamp.text(Date(timeIntervalSince1970: 1_796_288_645)) == "2026-12-03T09:04:05Z")
    }
}
