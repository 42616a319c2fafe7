import Foundation
import Testing
@testable import RapportModel

/// The fast timestamp writes what Foundation's formatter writes.
@Suite struct UTCTimestampTests {
    @Test(arguments: [0.0, 1_796_288_400, 1_796_288_400.999, 86_399, 86_400, -1, -86_400, -86_401,
                      951_782_400 /* 2000-02-29 */, 4_102_444_799 /* 2099-12-31T23:59:59 */, 1_709_164_800.5])
    func matchesISO8601DateFormatter(seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(UTCTimestamp.text(date) == ISO8601DateFormatter().string(from: date))
    }
}
