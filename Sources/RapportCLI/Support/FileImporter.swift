import Foundation
import RapportInterop
import RapportModel
import RapportStore

/// `rapport punch import` and the dashboard's `:import FILE`: a file read into a plan, shown,
/// then imported in one transaction.
struct FileImporter: PunchFileImporting {
    let database: AppDatabase

    func preview(path: String, projectId: Int64, mappings: [String] = [], dateOrder: String? = nil,
                 keepUnknown: Bool = false, sheet: String? = nil) throws -> PunchImportPreview {
        let plan = try self.plan(path, mappings: mappings, dateOrder: dateOrder, keepUnknown: keepUnknown, sheet: sheet)
        let existing = try database.punchNumbers(projectId: projectId)
        let (added, updated) = plan.outcome(existing: existing)
        return PunchImportPreview(
            file: plan.file, kind: plan.kind.rawValue,
            columns: plan.columns.map { .init(header: $0.header, meaning: $0.explanation, isUnused: $0.isUnused) },
            notes: plan.notes, rows: plan.rows.count, added: added, updated: updated,
            problems: plan.problems.map(\.description), lines: plan.report(existing: existing))
    }

    func commit(path: String, projectId: Int64, mappings: [String] = [], dateOrder: String? = nil,
                keepUnknown: Bool = false, sheet: String? = nil, by who: String, at: Date) throws -> PunchImportResult {
        let plan = try self.plan(path, mappings: mappings, dateOrder: dateOrder, keepUnknown: keepUnknown, sheet: sheet)
        if let first = plan.problems.first { throw Self.appError(first, file: plan.file) }
        return try database.importPunchRows(projectId: projectId, rows: plan.rows.map { ($0.line, $0.draft, $0.external) },
                                            fields: plan.fields, file: path, by: who, at: at)
    }

    /// The file read and planned; a file that cannot be read at all, or options that are not
    /// understood, throw `AppError`.
    func plan(_ path: String, mappings: [String], dateOrder: String?, keepUnknown: Bool,
              sheet: String?) throws -> PunchImportPlan {
        let name = (path as NSString).lastPathComponent
        var options = PunchImportOptions(keepUnknown: keepUnknown, sheet: sheet)
        for text in mappings {
            switch PunchImportOptions.Mapping.parse(text) {
            case .success(let mapping): options.mapping.append(mapping)
            case .failure(let error): throw AppError.importFailed(file: name, line: 1, reason: error.description)
            }
        }
        if let dateOrder {
            guard let order = DateOrder(rawValue: dateOrder.lowercased()) else {
                throw AppError.importFailed(file: name, line: 1, reason: "date order '\(dateOrder)': use mdy or dmy")
            }
            options.dateOrder = order
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AppError.cannotOpen(path: path, reason: "cannot read the file")
        }
        do {
            return try PunchImporter.plan(data, fileName: name, options: options)
        } catch {
            throw Self.appError(error, file: name)
        }
    }

    /// A refusal as the UI's error table has it; the message keeps the file, line and field.
    static func appError(_ error: PunchImportError, file: String) -> AppError {
        let prefix = error.line.map { "\(file), line \($0)" } ?? file
        var reason = error.description
        for lead in [prefix + ", field ", prefix + ": ", prefix + ", "] where reason.hasPrefix(lead) {
            reason = (lead.hasSuffix("field ") ? "field " : "") + String(reason.dropFirst(lead.count))
            break
        }
        return .importFailed(file: file, line: error.line ?? 1, reason: reason)
    }
}
