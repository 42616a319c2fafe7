import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// The site tree with its facts, `@room` resolution, and the assumptions register.
@Suite struct SiteAndAssumptionTests {
    let f: ContractFixture
    init() throws { f = try ContractFixture() }
    var pm: String { ContractFixture.pm }

    @Test func theTreeShowsImpliedParentsAndFacts() throws {
        let hall = try #require(try f.db.locationTree(projectId: f.project).first { $0.name == "Hall A" }?.id)
        _ = try f.db.setLocationFact(locationId: hall, key: "Mount height", value: "2.4 m", verified: false, by: pm,
                                     at: ContractFixture.at(1))
        let tree = try f.db.locationTree(projectId: f.project)
        #expect(tree.map { String(repeating: "  ", count: $0.depth) + $0.name + ($0.id == nil ? " *" : "") } == [
            "Main *", "  Level 1 *", "    Hall A", "    Hall B", "  Level 2 *", "    Control Room",
        ])
        #expect(tree[2].unverifiedFacts == 1)
        let verified = try f.db.setLocationFact(locationId: hall, key: "mount height", value: "2.6 m", verified: true, by: pm,
                                                at: ContractFixture.at(2))
        #expect(verified.value.facts.map { "\($0.key)=\($0.value) \($0.verified)" } == ["Mount height=2.6 m true"])
        let removed = try f.db.setLocationFact(locationId: hall, key: "Mount height", value: nil, verified: false, by: pm,
                                               at: ContractFixture.at(3))
        #expect(removed.value.facts.isEmpty)
        #expect(removed.label == "remove Mount height from Main / Level 1 / Hall A (CUO-0001)")
    }

    @Test func renamingAFloorMovesItsRooms() throws {
        let level = try f.db.addLocation(projectId: f.project, path: "main/level 1", by: pm, at: ContractFixture.at(1))
        #expect(level.value.location.path == "main / level 1")
        let renamed = try f.db.renameLocation(locationId: level.value.location.id!, to: "Main / Ground", by: pm,
                                              at: ContractFixture.at(2))
        #expect(renamed.value.moved.count == 2)
        #expect(try f.db.locationTree(projectId: f.project).compactMap { $0.id == nil ? nil : $0.path } == [
            "Main / Ground", "Main / Ground / Hall A", "Main / Ground / Hall B", "Main / Level 2 / Control Room",
        ])
        #expect(throws: AppError.duplicateLocation(path: "Main / Ground / Hall B")) {
            try f.db.addLocation(projectId: f.project, path: "main / ground / hall b", by: pm, at: ContractFixture.at(3))
        }
        _ = try f.db.undo(by: pm, at: ContractFixture.at(4))
        #expect(try f.db.classifyLocation(projectId: f.project, text: "level 1 / hall a")
                == .exact(id: try f.db.locationTree(projectId: f.project).first { $0.name == "Hall A" }!.id!,
                          path: "Main / Level 1 / Hall A"))
    }

    @Test func aTypedRoomIsExactAmbiguousOrNew() throws {
        _ = try f.db.addLocation(projectId: f.project, path: "Annex / Hall A", by: pm, at: ContractFixture.at(1))
        #expect(try f.db.classifyLocation(projectId: f.project, text: "hall a")
                == .ambiguous(["Annex / Hall A", "Main / Level 1 / Hall A"]))
        #expect(try f.db.classifyLocation(projectId: f.project, text: "Lobby") == .new(path: "Lobby"))
        guard case .exact(_, let path) = try f.db.classifyLocation(projectId: f.project, text: "control room") else {
            Issue.record("control room should match")
            return
        }
        #expect(path == "Main / Level 2 / Control Room")
    }

    @Test func dueAssumptionsStandOutAndAnInvalidOneRaisesAPunchItem() throws {
        let ceiling = try f.db.addAssumption(projectId: f.project, AssumptionDraft(text: "Ceiling is drop tile", owner: "pat",
                                                                                   reviewOn: LocalDate(year: 2026, month: 3, day: 1)),
                                             by: pm, at: ContractFixture.at(1))
        _ = try f.db.addAssumption(projectId: f.project, AssumptionDraft(text: "Network drops exist", owner: "kim",
                                                                         reviewOn: LocalDate(year: 2026, month: 4, day: 1)),
                                   by: pm, at: ContractFixture.at(2))
        #expect(try f.db.assumptionsDue(today: ContractFixture.today).map(\.assumption.text) == ["Ceiling is drop tile"])
        #expect(try f.db.projects(offset: 0, limit: 10, today: ContractFixture.today).first?.assumptionsDue == 1)
        #expect(try f.db.assumptions(projectId: f.project, today: ContractFixture.today).map(\.isDue) == [true, false])
        // When it is found invalid, raising a blocking punch item
        let reviewed = try f.db.reviewAssumption(
            assumptionId: ceiling.value.id!, .invalidate(changes: "Hard lid: access panels needed", raise: .punchItem(blocksAcceptance: true)),
            on: ContractFixture.today, by: "dana", at: ContractFixture.at(3))
        #expect(reviewed.label == "invalidate assumption of CUO-0001")
        let item = try #require(reviewed.value.punchItem)
        #expect(item.title == "Assumption invalid: Ceiling is drop tile")
        #expect(item.detail == "Hard lid: access panels needed")
        #expect(reviewed.value.assumption.punchItemId == item.id)
        #expect(reviewed.touched.contains(.punch(projectId: f.project)))
        #expect(try f.db.assumptionsDue(today: ContractFixture.today).isEmpty)
        // And undo takes back the review and the item together
        _ = try f.db.undo(by: "dana", at: ContractFixture.at(4))
        #expect(try f.db.assumptionsDue(today: ContractFixture.today).count == 1)
        #expect(try f.db.punchTotal(projectId: f.project) == 0)
    }

    @Test func anInvalidAssumptionCanRaiseAChangeNote() throws {
        let a = try f.db.addAssumption(projectId: f.project, AssumptionDraft(text: "Owner supplies displays", owner: "ana"),
                                       by: pm, at: ContractFixture.at(1))
        let reviewed = try f.db.reviewAssumption(assumptionId: a.value.id!,
                                                 .invalidate(changes: "We supply 4 displays: +$12,000", raise: .changeNote),
                                                 on: ContractFixture.today, by: pm, at: ContractFixture.at(2))
        let note = try f.db.read { db in
            try Row.fetchOne(db, sql: "SELECT kind, subject, body FROM interaction WHERE id = ?",
                             arguments: [reviewed.value.changeNoteId])
        }
        #expect(note?["kind"] == "note")
        #expect(note?["subject"] == "Change note (CUO-0001): Owner supplies displays")
        #expect(note?["body"] == "We supply 4 displays: +$12,000")
    }
}
