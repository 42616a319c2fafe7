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
            try db.execute(sql: """
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
                """)
        }
        return db
    }

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
