import Foundation
import Testing
import RapportModel
@testable import RapportStore

@Suite struct ProjectListTests {
    @Test func projectsAreListedByCodeWithTheirOpenPunchCounts() throws {
        // Given three projects, inserted out of code order, with items in every status
        let f = try PunchFixture()
        // When the projects pane loads its first page
        let rows = try f.db.projects(offset: 0, limit: 50)
        // Then projects come by code, each with its customer and the items still open
        // (open, in progress, ready; closed and void are not counted)
        #expect(rows.map(\.code) == ["ACME-01", "ACME-02", "GLX-01"])
        #expect(rows.map(\.openPunch) == [4, 0, 1])
        #expect(rows.map(\.customerName) == ["Acme Corp", "Acme Corp", "Globex"])
        #expect(rows.map(\.stage) == [.punch, .warranty, .install])
        #expect(rows.map(\.id) == [f.acme01, f.acme02, f.glx01])
        #expect(rows.map(\.name) == ["Boardroom refit", "Training rooms", "Lobby video wall"])
    }

    @Test(arguments: [
        (0, 2, ["ACME-01", "ACME-02"]),
        (2, 2, ["GLX-01"]),
        (1, 1, ["ACME-02"]),
        (3, 2, []),
        (0, 0, []),
    ])
    func projectsPage(offset: Int, limit: Int, codes: [String]) throws {
        // Given three projects, when a page is asked for, then it holds that slice of the code order
        let f = try PunchFixture()
        #expect(try f.db.projects(offset: offset, limit: limit).map(\.code) == codes)
    }

    @Test func theCountMatchesThePages() throws {
        let f = try PunchFixture()
        #expect(try f.db.projectCount() == 3)
        #expect(try AppDatabase.inMemory().projectCount() == 0)
    }

    @Test func openCountsFollowStatusChanges() throws {
        // Given ACME-02 with nothing open
        let f = try PunchFixture()
        // When a new item is added to it
        _ = try f.db.insertAll { ins in
            try ins.insert(PunchItem(projectId: f.acme02, number: 3, title: "Ceiling speaker rattles",
                                     createdAt: PunchFixture.now, updatedAt: PunchFixture.now))
        }
        // Then its line shows one open item and the others are unchanged
        #expect(try f.db.projects(offset: 0, limit: 3).map(\.openPunch) == [4, 1, 1])
    }
}
