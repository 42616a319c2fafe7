import Foundation
import GRDB
import Testing
@testable import RapportCLI

/// `rapport search`, run in process: it builds what is left of the index first, then prints the hits.
@Suite(.serialized)
struct SearchCommandTests {
    let folder = NSTemporaryDirectory() + "rapport-search-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try RapportCommand.Init.parse([db]).run()
        // A customer and a contact written while their tables' ids up to 100 wait for the
        // index's build, as in a file made before the index.
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO search_index_pending (source, first_id, next_id, last_id) VALUES ('customer', 1, 1, 100), ('contact', 1, 1, 100);
                INSERT INTO customer (id, name, domains, regions) VALUES (1, 'Brookline Schools', 'brookline.k12.ma.us', 'Boston');
                INSERT INTO contact (id, customer_id, name, title, emails, department, role)
                    VALUES (10, 1, 'Dana Okafor', 'IT director', 'dana@brookline.k12.ma.us', 'it-network', 'champion');
                """)
        }
        try queue.close()
    }

    func search(_ arguments: [String]) throws -> String {
        try RapportCommand.SearchCommand.parse(["--db", db] + arguments).output()
    }

    @Test func theFirstSearchBuildsTheIndexAndFindsByThePrefix() throws {
        // Nothing was indexed: the search builds the index first, then finds the contact
        let text = try search(["dana", "oka"])
        #expect(text == """
            contact  [Dana] [Oka]for  (IT director · Brookline Schools)
                     IT director [dana]@brookline.k12.ma.us  it-network champion

            """)
        let json = try search(["brook", "--format", "json", "--limit", "1"])
        #expect(json.contains("\"kind\" : \"customer\"") && json.contains("\"title\" : \"Brookline Schools\""))
        let queue = try DatabaseQueue(path: db)
        let pending = try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM search_index_pending WHERE next_id <= last_id") }
        #expect(pending == 0)
    }

    @Test func nothingFoundSaysSo() throws {
        #expect(try search(["zebra"]) == "Nothing matches zebra.\n")
    }
}
