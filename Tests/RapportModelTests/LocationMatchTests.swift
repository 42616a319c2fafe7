import Testing
import RapportModel

/// A typed `@location` among a project's locations: exact, ambiguous (listing the candidates), or new.
struct LocationMatchTests {
    let known: [(id: Int64, path: String)] = [
        (1, "HQ / Floor 3 / Board Room"), (2, "HQ / Floor 4 / Huddle 1"), (3, "Annex / Floor 1 / Huddle 1"), (4, "HQ"),
    ]

    @Test func aWholePathOrTheEndOfOnePathIsExact() {
        #expect(LocationPath.classify("board room", among: known) == .exact(id: 1, path: "HQ / Floor 3 / Board Room"))
        #expect(LocationPath.classify("hq/floor 4/ huddle 1", among: known) == .exact(id: 2, path: "HQ / Floor 4 / Huddle 1"))
        #expect(LocationPath.classify("HQ", among: known) == .exact(id: 4, path: "HQ"))
    }

    @Test func anEndOfSeveralPathsListsThemAndNoneIsNew() {
        #expect(LocationPath.classify("Huddle 1", among: known)
                == .ambiguous(["Annex / Floor 1 / Huddle 1", "HQ / Floor 4 / Huddle 1"]))
        #expect(LocationPath.classify(" Lobby ", among: known) == .new(path: "Lobby"))
        #expect(LocationPath.classify(" / ", among: known) == .none)
    }

    @Test func renamingAParentMovesWhatIsUnderIt() {
        #expect(LocationPath.renamed("HQ / Floor 3 / Board Room", from: "hq / floor 3", to: "HQ / Level 3")
                == "HQ / Level 3 / Board Room")
        #expect(LocationPath.renamed("HQ / Floor 30 / Lab", from: "HQ / Floor 3", to: "HQ / Level 3") == nil)
        #expect(LocationPath.normalized("HQ/Floor 3 /  Board Room") == "HQ / Floor 3 / Board Room")
    }
}
