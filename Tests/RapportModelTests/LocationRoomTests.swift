import Foundation
import Testing
@testable import RapportModel

/// `Location.room` trims by hand what `CharacterSet.whitespaces` would: it must agree.
@Suite struct LocationRoomTests {
    @Test(arguments: [
        "HQ / Floor 3 / Board Room", "HQ/Lobby", "Warehouse", "", "   ", "a/", "/", " / ",
        "Site\t/\tTrailer\t", "HQ / Floor 3 / Salle de réunion ", "Tower\u{00A0}/\u{2003}Café\u{3000}",
        "HQ / Floor 3 / Board Room\n", "East / 会議室 ", "North / e\u{0301} ",
    ])
    func theRoomIsTheLastPartTrimmedAsFoundationTrimsIt(path: String) {
        let expected = path.split(separator: "/").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? path
        #expect(Location(projectId: 1, path: path).room == expected)
    }
}
