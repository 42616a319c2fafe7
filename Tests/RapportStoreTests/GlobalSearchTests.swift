import Foundation
import GRDB
import Testing
import RapportModel
@testable import RapportStore

/// The global search: one index over every kind of record, kept by triggers, ranked by kind.
struct GlobalSearchTests {
    let utc = TimeZone(identifier: "UTC")!

    /// A customer "Brookline Schools" with a contact, a project, an item, a meeting with notes,
    /// intel, a note and a mail, each naming something the tests look for.
    func fixture() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        try db.write { db in
            try db.execute(sql: Self.fixtureRows)
        }
        return db
    }

    static let fixtureRows = """
                INSERT INTO customer (id, name, domains, regions) VALUES (1, 'Brookline Schools', 'brookline.k12.ma.us', 'Boston');
                INSERT INTO customer (id, name) VALUES (2, 'Acme Hotels');
                INSERT INTO contact (id, customer_id, name, title, emails, department, role)
                    VALUES (10, 1, 'Dana Okafor', 'IT director', 'dana@brookline.k12.ma.us', 'it-network', 'champion');
                INSERT INTO project (id, customer_id, code, name, stage) VALUES (20, 1, 'BRK-001', 'Auditorium refit', 'punch');
                INSERT INTO punch_item (id, project_id, number, title, detail, created_at, updated_at)
                    VALUES (30, 20, 1, 'Projector flickers', 'Seen at Brookline during the assembly', '2026-03-01', '2026-03-01');
                INSERT INTO meeting (id, project_id, uid, title, starts_at, ends_at, tzid, agenda)
                    VALUES (40, 20, 'm-40', 'Weekly site walk', '2026-03-02 14:00:00.000', '2026-03-02 15:00:00.000', 'UTC', 'acoustics');
                INSERT INTO meeting_note (id, meeting_id, occurs_at, minutes, updated_at)
                    VALUES (50, 40, '2026-03-09 14:00:00.000', 'Okafor asked for a second microphone', '2026-03-09');
                INSERT INTO intel (id, customer_id, category, text, captured_by, at)
                    VALUES (60, 1, 'politics', 'The superintendent favours the Brookline bid', 'sam', '2026-03-01');
                INSERT INTO interaction (id, customer_id, kind, at, subject, body)
                    VALUES (70, 2, 'note', '2026-03-03', 'Call notes', 'They mentioned Brookline as a reference');
                INSERT INTO interaction (id, customer_id, kind, at, subject, body)
                    VALUES (71, 2, 'email-in', '2026-03-04', 'Quote for the lobby', 'Please send the microphone quote');
                """

    func kinds(_ db: AppDatabase, _ text: String) throws -> [SearchKind] {
        try db.search(text, limit: 50, timeZone: utc).map(\.kind)
    }

    @Test func theCustomerComesBeforeTheRecordsThatMentionIt() throws {
        // Given a customer whose name other records mention
        let db = try fixture()
        // When searching for part of the name
        let hits = try db.search("brook", limit: 50, timeZone: utc)
        // Then the customer is first, and every record naming it is found, by prefix
        #expect(hits.first?.kind == .customer)
        #expect(Set(hits.map(\.kind)) == [.customer, .contact, .punch, .intel, .note])
        #expect(hits.first?.title.matches == ["Brook"])
    }

    @Test func everyWordMustBeginAWord() throws {
        let db = try fixture()
        #expect(try kinds(db, "dana oka") == [.contact])
        #expect(try kinds(db, "oka") == [.contact, .minutes])
        // A word inside another word is not a match: "line" does not find Brookline
        #expect(try kinds(db, "line").isEmpty)
        // Case, accents and punctuation do not matter; typed operators are words
        #expect(try kinds(db, "BRK-001") == [.project])
        #expect(try kinds(db, "NEAR AND").isEmpty)
        #expect(try kinds(db, "  ").isEmpty)
    }

    @Test func matchesAreMarkedInTheTitleAndTheSnippet() throws {
        let db = try fixture()
        let hit = try #require(try db.search("projector assembly", limit: 5, timeZone: utc).first)
        #expect(hit.kind == .punch)
        #expect(hit.title.runs == [.init("Projector", matched: true), .init(" flickers", matched: false)])
        #expect(hit.snippet.matches == ["assembly"])
        #expect(hit.context == "BRK-001#1 · open")
        #expect(hit.target == .punchItem(id: 30))
    }

    @Test func eachKindOpensItsView() throws {
        let db = try fixture()
        let contact = try #require(try db.search("dana", limit: 5, timeZone: utc).first)
        #expect(contact.target == .customer(id: 1, contactId: 10))
        #expect(contact.context == "IT director · Brookline Schools")
        let minutes = try #require(try db.search("microphone second", limit: 5, timeZone: utc).first)
        #expect(minutes.kind == .minutes)
        guard case .meeting(let entry) = minutes.target else { Issue.record("minutes open \(minutes.target)"); return }
        #expect(entry.meetingId == 40 && entry.occurrence == utcDate("2026-03-09T14:00:00Z"))
        #expect(try kinds(db, "quote lobby") == [.mail])
        #expect(try db.search("reference", limit: 5, timeZone: utc).first?.target == .customer(id: 2, contactId: nil))
    }

    @Test func theTriggersKeepTheIndexCurrent() throws {
        // Given the fixture
        let db = try fixture()
        // When records are renamed, their kinds change and rows go
        try db.write { db in
            try db.execute(sql: """
                UPDATE customer SET name = 'Newton Schools' WHERE id = 1;
                UPDATE interaction SET kind = 'email-out' WHERE id = 70;
                DELETE FROM punch_item WHERE id = 30;
                UPDATE meeting SET title = 'Fortnightly walk' WHERE id = 40;
                """)
        }
        // Then the index follows each
        #expect(try kinds(db, "newton") == [.customer])
        #expect(try db.search("schools", limit: 5, timeZone: utc).map(\.title.plain) == ["Newton Schools"])
        #expect(try kinds(db, "reference") == [.mail])
        #expect(try kinds(db, "projector").isEmpty)
        #expect(try kinds(db, "fortnightly") == [.meeting, .minutes])
        // And the index holds one document per row, no more
        let documents = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM search_index") }
        #expect(documents == 2 + 1 + 1 + 1 + 1 + 1 + 2)
    }

    @Test func aFileMadeBeforeTheIndexIsFilledStepByStepAndStaysRightThroughEditsMeanwhile() throws {
        // Given the fixture written before v16-search-index, then opened by this build
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        try AppDatabase.migrator.migrate(queue, upTo: "v15-awaiting-mail-index")
        try queue.write { try $0.execute(sql: Self.fixtureRows) }
        let db = try AppDatabase(writer: queue, path: nil)
        // Then the migration left the index empty, every row waiting: nothing is found yet
        let before = try db.searchIndexProgress()
        #expect(before.done == 0 && before.total > 0 && !before.isComplete)
        #expect(try kinds(db, "brook").isEmpty)
        // When, before the build gets there, a row is renamed, one deleted and one added
        try db.write { db in
            try db.execute(sql: """
                UPDATE customer SET name = 'Newton Schools' WHERE id = 1;
                DELETE FROM punch_item WHERE id = 30;
                INSERT INTO contact (id, customer_id, name, department, role) VALUES (11, 2, 'Nell Newcomer', 'end-user', 'user');
                """)
        }
        // Then the new row is found at once (past the range the build reads), the others wait for it
        #expect(try kinds(db, "newcomer") == [.contact])
        #expect(try kinds(db, "newton").isEmpty)
        // When the index is built two ids at a time
        var percents: [Int] = []
        while true {
            let progress = try db.write { try SearchIndexBuild.step($0, rows: 2) }
            percents.append(progress.percent)
            if progress.isComplete { break }
        }
        // Then it took several steps, each further on, and the rows read are as they are now
        #expect(percents.count > 3 && percents == percents.sorted() && percents.last == 100)
        #expect(try kinds(db, "newton") == [.customer])
        #expect(try kinds(db, "projector").isEmpty)
        #expect(try kinds(db, "newcomer") == [.contact])
        #expect(try kinds(db, "dana") == [.contact])
        // And after it the triggers keep the index: an edit and a delete show at once
        try db.write { db in
            try db.execute(sql: "UPDATE contact SET name = 'Dana Oduya' WHERE id = 10; DELETE FROM intel WHERE id = 60")
        }
        #expect(try kinds(db, "oduya") == [.contact])
        #expect(try kinds(db, "okafor") == [.minutes])
        #expect(try kinds(db, "superintendent").isEmpty)
        let documents = try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM search_index") }
        #expect(documents == 2 + 2 + 1 + 1 + 1 + 2)
        #expect(try db.buildSearchIndex().isComplete)
    }

    @Test func theSeedFillsTheIndexOnceAtItsEnd() throws {
        // Given a seeded small data set
        let db = try AppDatabase.inMemory()
        _ = try DemoDataGenerator(size: .s, seed: 1, now: Date(timeIntervalSince1970: 1_795_770_000), timeZone: utc).generate(into: db)
        // Then the index is complete and holds one document per record that makes one
        #expect(try db.searchIndexProgress().isComplete)
        let counts = try db.read { db in
            [try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM search_index")!,
             try Int.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM customer) + (SELECT COUNT(*) FROM contact) + (SELECT COUNT(*) FROM project)
                     + (SELECT COUNT(*) FROM punch_item) + (SELECT COUNT(*) FROM meeting) + (SELECT COUNT(*) FROM intel)
                     + (SELECT COUNT(*) FROM interaction)
                     + (SELECT COUNT(*) FROM meeting_note WHERE agenda <> '' OR minutes <> '')
                """)!]
        }
        #expect(counts[0] == counts[1] && counts[0] > 1_000)
        // And a contact is found by the start of its name
        let name = try #require(try db.read { try String.fetchOne($0, sql: "SELECT name FROM contact ORDER BY id LIMIT 1") })
        let hits = try db.search(String(name.prefix(4)), limit: 50, timeZone: utc)
        #expect(hits.contains { $0.kind == .contact && $0.title.plain == name })
    }

    @Test func namesOutrankMentionsOfTheSameWord() throws {
        // Given a contact called Microphone (!) and mail and minutes about microphones
        let db = try fixture()
        try db.write { db in
            try db.execute(sql: """
                INSERT INTO contact (customer_id, name, department, role) VALUES (2, 'Mia Microphone', 'end-user', 'user')
                """)
        }
        // Then the contact comes first, then the minutes, then the mail
        #expect(try kinds(db, "micro") == [.contact, .minutes, .mail])
    }
}

private func utcDate(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
