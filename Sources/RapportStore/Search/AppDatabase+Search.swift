import Foundation
import GRDB
import RapportModel

extension AppDatabase: SearchSource {
    /// One step of the index's build (`SearchIndexBuild`), in its own short transaction.
    public func buildSearchIndex() throws -> SearchIndexProgress {
        guard !isReadOnly else { return try searchIndexProgress() }
        return try write { db in try SearchIndexBuild.step(db, rows: SearchIndexBuild.stepRows) }
    }

    /// Builds whatever is left of the index, in one transaction (`rapport search`, the benchmarks).
    public func completeSearchIndex() throws {
        guard !isReadOnly, !(try searchIndexProgress().isComplete) else { return }
        _ = try write { db in try SearchIndexBuild.step(db, rows: .max) }
    }

    public func searchIndexProgress() throws -> SearchIndexProgress {
        try read { db in try SearchIndexBuild.progress(db) }
    }

    /// The best `limit` documents of the search index for `text`, each with what it belongs to.
    ///
    /// Each kind gives its newest `candidatesPerKind` matches (a rowid range read backwards,
    /// which stops there, however many records match), so a kind of few records (customers)
    /// is never crowded out by one of many (mail), and a common word costs no more than a rare
    /// one. The candidates are ranked by `SearchScore` (bm25's frequency and length parts,
    /// the headline weighing more) times the kind's weight.
    public func search(_ text: String, limit: Int, timeZone: TimeZone) throws -> [SearchHit] {
        let query = SearchQuery(text)
        guard !query.isEmpty, limit > 0 else { return [] }
        return try read { db in
            var candidates: [Candidate] = []
            let statement = try db.cachedStatement(sql: """
                SELECT rowid, highlight(search_index, 0, char(2), char(3)), highlight(search_index, 1, char(2), char(3))
                FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?
                ORDER BY rowid DESC LIMIT ?
                """)
            for kind in SearchKind.allCases {
                let rows = try Row.fetchCursor(statement, arguments: [query.matchExpression, kind.code << 40,
                                                                      ((kind.code + 1) << 40) - 1, Self.candidatesPerKind])
                while let row = try rows.next() {
                    let title: String = row[1] ?? "", body: String = row[2] ?? ""
                    candidates.append(Candidate(rowid: row[0], kind: kind, title: title, body: body,
                                                titleCounts: MarkedText.counts(marked: title),
                                                bodyCounts: MarkedText.counts(marked: body)))
                }
            }
            // Ranked on the marked text's counts of matches and words alone: the runs (and
            // their narrowing to the typed starts) are made for the hits shown, as a common
            // word marks hundreds of candidates.
            let n = Double(max(1, candidates.count))
            let scoring = SearchScore(averageTitle: Double(candidates.reduce(0) { $0 + $1.titleCounts.words }) / n,
                                      averageBody: Double(candidates.reduce(0) { $0 + $1.bodyCounts.words }) / n)
            let ranked = candidates.map { ($0, scoring.score(title: $0.titleCounts, body: $0.bodyCounts, kind: $0.kind)) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.rowid > $1.0.rowid }
            return try ranked.prefix(limit).compactMap { candidate, score in
                let id = candidate.rowid & ((1 << 40) - 1)
                guard let (context, target) = try Self.place(db, candidate.kind, id, timeZone) else { return nil }
                let (title, body) = (MarkedText(marked: candidate.title), MarkedText(marked: candidate.body))
                // A body with no match in it only repeats itself: the headline says enough.
                let snippet = body.matches.isEmpty ? MarkedText(runs: []) : body.excerpt(width: 90).narrowed(to: query.words)
                return SearchHit(kind: candidate.kind, id: id, title: title.narrowed(to: query.words), snippet: snippet,
                                 context: context, target: target, score: score)
            }
        }
    }

    /// A match before ranking: its headline and body as `highlight()` marked them, and their counts.
    private struct Candidate {
        var rowid: Int64
        var kind: SearchKind
        var title: String
        var body: String
        var titleCounts: MarkedText.Counts
        var bodyCounts: MarkedText.Counts
    }

    /// Matches of each kind ranked per search: enough that the best of a kind is among them
    /// for all but the commonest words, few enough to rank in a frame.
    static let candidatesPerKind = 60

    /// Where a hit belongs (for its row) and what opens it; nil for a row gone since it was indexed.
    private static func place(_ db: Database, _ kind: SearchKind, _ id: Int64, _ zone: TimeZone) throws -> (String, SearchTarget)? {
        switch kind {
        case .customer:
            guard let regions = try String.fetchOne(db.cachedStatement(sql: "SELECT regions FROM customer WHERE id = ?"), arguments: [id]) else { return nil }
            return (regions, .customer(id: id, contactId: nil))
        case .contact:
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT c.customer_id, u.name, c.title FROM contact c JOIN customer u ON u.id = c.customer_id WHERE c.id = ?
                """), arguments: [id]) else { return nil }
            let title: String = row[2]
            return (title.isEmpty ? row[1] : "\(title) · \(row[1] as String)", .customer(id: row[0], contactId: id))
        case .project:
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT u.name, p.stage FROM project p JOIN customer u ON u.id = p.customer_id WHERE p.id = ?
                """), arguments: [id]) else { return nil }
            return ("\(row[0] as String) · \(row[1] as String)", .project(id: id))
        case .punch:
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT p.code, i.number, i.status FROM punch_item i JOIN project p ON p.id = i.project_id WHERE i.id = ?
                """), arguments: [id]) else { return nil }
            return ("\(row[0] as String)#\(row[1] as Int64) · \(row[2] as String)", .punchItem(id: id))
        case .meeting, .minutes:
            return try meetingPlace(db, kind, id, zone)
        case .intel, .note, .mail:
            let table = kind == .intel ? "intel" : "interaction"
            let at = kind == .intel ? "x.category" : "x.kind"
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT x.customer_id, u.name, \(at), x.at FROM \(table) x JOIN customer u ON u.id = x.customer_id WHERE x.id = ?
                """), arguments: [id]) else { return nil }
            let day = (row[3] as Date?).map { LocalDate($0, in: zone).iso } ?? ""
            return ("\(row[1] as String) · \(row[2] as String) \(day)", .customer(id: row[0], contactId: nil))
        }
    }

    /// A meeting opens at its own start (an override at the occurrence it replaced); minutes at
    /// the occurrence they were written for.
    private static func meetingPlace(_ db: Database, _ kind: SearchKind, _ id: Int64, _ zone: TimeZone) throws -> (String, SearchTarget)? {
        let noteStart: Date?
        let meetingId: Int64
        if kind == .minutes {
            guard let note = try Row.fetchOne(db.cachedStatement(sql: "SELECT meeting_id, occurs_at FROM meeting_note WHERE id = ?"), arguments: [id]) else { return nil }
            meetingId = note[0]
            noteStart = note[1]
        } else {
            meetingId = id
            noteStart = nil
        }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT m.title, m.starts_at, m.ends_at, m.location, m.sales_welcome, m.series_id, m.recurrence_id, m.all_day,
                   p.code, u.name
            FROM meeting m LEFT JOIN project p ON p.id = m.project_id
            LEFT JOIN customer u ON u.id = COALESCE(m.customer_id, p.customer_id)
            WHERE m.id = ?
            """), arguments: [meetingId]) else { return nil }
        let start: Date = row["starts_at"], end: Date = row["ends_at"]
        let occurrence = noteStart ?? (row["recurrence_id"] as Date?) ?? start
        let entry = AgendaEntry(meetingId: meetingId, title: row["title"], start: occurrence,
                                end: occurrence.addingTimeInterval(end.timeIntervalSince(start)),
                                projectCode: row["code"], customerName: row["name"], location: row["location"],
                                salesWelcome: row["sales_welcome"], seriesId: row["series_id"] ?? meetingId,
                                occurrence: occurrence, allDay: row["all_day"])
        let day = LocalDate(occurrence, in: zone).iso
        let place = [row["code"] as String?, row["name"] as String?].compactMap { $0 }.joined(separator: " · ")
        return ((place.isEmpty ? "" : place + " · ") + day, .meeting(entry))
    }
}
