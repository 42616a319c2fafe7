import Foundation
import RapportModel

/// Reads the records of a file against its column map: one draft per record, or the problems
/// that stop it, each named by file, line and the field as the file names it.
struct PunchRowReader {
    let map: PunchColumnMap
    let file: String
    let dateOrder: DateOrder?
    let keepUnknown: Bool
    /// Words of a weak category column (a tool's `Type`) that are no category: kept as `other`.
    private(set) var otherCategories: [String] = []

    init(map: PunchColumnMap, file: String, dateOrder: DateOrder?, keepUnknown: Bool) {
        self.map = map
        self.file = file
        self.dateOrder = dateOrder
        self.keepUnknown = keepUnknown
    }

    /// The record's row, or its first problem.
    mutating func read(_ record: CSVRecord) -> Result<PunchImportRow, PunchImportError> {
        let cells = Cells(record: record, map: map)
        func problem(_ field: PunchColumn, _ reason: String) -> PunchImportError {
            .badCell(file: file, line: record.line, field: map.name(of: field), reason: reason)
        }
        func value<Value>(_ field: PunchColumn, _ parse: (String) -> Result<Value?, PunchCSV.CellProblem>)
            throws(PunchImportError) -> Value? {
            switch parse(cells[field]) {
            case .success(let value): return value
            case .failure(let reason): throw problem(field, reason.reason)
            }
        }
        do throws(PunchImportError) {
            let title = cells[.title]
            guard !title.isEmpty else { throw problem(.title, "empty; every item needs a title") }
            let defaults = PunchDraft(title: title)
            // The model's limits, checked here too so the message names the column as the file does.
            let detail = self.detail(cells)
            for (column, field) in [(PunchColumn.title, PunchField.title), (.location, .location),
                                    (.assignee, .assignee), (.ballInCourt, .ballInCourt)] {
                guard let limit = PunchLimits.limit(of: field) else { continue }
                let length = cells[column].unicodeScalars.count
                if length > limit { throw problem(column, "\(length) characters long; at most \(limit) are allowed") }
            }
            if let limit = PunchLimits.limit(of: .detail), detail.unicodeScalars.count > limit {
                throw problem(.detail, "\(detail.unicodeScalars.count) characters long; at most \(limit) are allowed")
            }
            let status = cells[.status]
            let category = try category(cells[.category], line: record.line)
            let draft = PunchDraft(
                title: title,
                detail: detail,
                location: PunchCSV.location(cells[.location]),
                category: category ?? defaults.category,
                priority: try value(.priority, PunchCSV.priority) ?? PunchCSV.fieldwirePriority(status) ?? defaults.priority,
                status: try value(.status, PunchCSV.status) ?? defaults.status,
                assignee: cells[.assignee],
                dueOn: try value(.due, due),
                blocksAcceptance: try value(.blocksAcceptance, PunchCSV.yesNo) ?? defaults.blocksAcceptance,
                ballInCourt: PunchCSV.ballInCourt(cells[.ballInCourt]) ?? defaults.ballInCourt,
                source: try value(.source, PunchCSV.source) ?? defaults.source,
                number: try value(.number, PunchCSV.number))
            let external = PunchExternalFields(
                reference: cells[.reference], costCode: cells[.costCode], costImpact: cells.joined(.costImpact, "; "),
                scheduleImpact: cells.joined(.scheduleImpact, "; "), createdBy: cells[.createdBy])
            return .success(PunchImportRow(line: record.line, draft: draft, external: external))
        } catch {
            return .failure(error)
        }
    }

    private func due(_ cell: String) -> Result<LocalDate?, PunchCSV.CellProblem> {
        guard !cell.isEmpty else { return .success(nil) }
        guard let date = ImportDate.read(cell) else { return .failure(.init("'\(cell)' \(ImportDate.expected)")) }
        return date.resolved(cell, order: dateOrder).map { $0 }
    }

    /// A category column with a tool's weak name (`Type`) takes words that are no category as `other`.
    private mutating func category(_ cell: String, line: Int) throws(PunchImportError) -> PunchCategory? {
        switch PunchCSV.category(cell) {
        case .success(let category): return category
        case .failure(let reason):
            guard map.isWeak(.category) else {
                throw .badCell(file: file, line: line, field: map.name(of: .category), reason: reason.reason)
            }
            if !otherCategories.contains(cell) { otherCategories.append(cell) }
            return .other
        }
    }

    /// The detail columns in file order, the first as written and the others labelled with their
    /// header; then, with `--keep-unknown`, the unused columns, labelled.
    private func detail(_ cells: Cells) -> String {
        var parts = cells.labelled(.detail)
        if keepUnknown {
            for column in map.columns where column.isUnused {
                let value = cells.raw(column.position)
                if !value.isEmpty { parts.append("\(column.header): \(value)") }
            }
        }
        return parts.joined(separator: "\n")
    }
}

/// A record's cells by field, trimmed, line breaks as `\n`.
private struct Cells {
    let record: CSVRecord
    let map: PunchColumnMap

    /// The first column's cell of `field`; "" when the file has no such column.
    subscript(field: PunchColumn) -> String {
        guard let position = map.positions[field]?.first else { return "" }
        return raw(position)
    }

    func raw(_ position: Int) -> String {
        let cell = record[field: position]
        // Pure Swift: Foundation's trimming and replacing bridge through NSString, per cell.
        guard cell.utf8.contains(13) else { return cell.trimmed }
        return String(cell.split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
            .map { $0 == "\r" ? "\n" : $0 }).trimmed
    }

    /// Every non-empty cell of a merged field, the first column's bare, later ones `Header: value`.
    func labelled(_ field: PunchColumn) -> [String] {
        let positions = map.positions[field] ?? []
        return positions.enumerated().compactMap { index, position in
            let value = raw(position)
            guard !value.isEmpty else { return nil }
            guard index > 0, let header = map.columns.first(where: { $0.position == position })?.header else { return value }
            return "\(header): \(value)"
        }
    }

    func joined(_ field: PunchColumn, _ separator: String) -> String {
        labelled(field).joined(separator: separator)
    }
}
