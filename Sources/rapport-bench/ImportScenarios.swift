import Foundation
import RapportInterop
import RapportModel
import RapportStore

/// Imports as a firm receives them: a general contractor's Procore template as CSV and a
/// customer's .xlsx workbook, each read, planned and written in one transaction, then undone.
@MainActor
enum ImportScenarios {
    static let code = "0-IMPORT"

    static func all(database: AppDatabase, now: Date, rows count: Int) throws -> [Scenario] {
        let projectId = try project(database: database)
        let rows = TriageScenarios.generatedRows(count, seed: 11).enumerated().map { index, row in
            var row = row
            row.external = PunchExternalFields(reference: index % 3 == 0 ? "RFI-\(index)" : "", costCode: "27-4100",
                                               costImpact: index % 5 == 0 ? "Yes" : "No", scheduleImpact: "No",
                                               createdBy: "Dana Whitfield")
            return row
        }
        let procore = Data(PunchProcore.export(rows).utf8)
        let workbook = try PunchXLSX.export(rows)
        return [
            scenario("import a \(count.formatted())-row Procore template CSV", procore, file: "procore.csv",
                     database: database, projectId: projectId, now: now),
            scenario("import a \(count.formatted())-row .xlsx workbook", workbook, file: "punch.xlsx",
                     database: database, projectId: projectId, now: now),
        ]
    }

    /// Each run imports into an empty project (the last run's import is undone untimed first), so
    /// every row adds an item.
    private static func scenario(_ name: String, _ data: Data, file: String, database: AppDatabase, projectId: Int64,
                                 now: Date) -> Scenario {
        var imported = false
        return Scenario(name: name, targetMilliseconds: 2_000, iterations: 3, warmup: 1,
                        prepare: {
                            if imported { _ = try database.undo(by: "bench", at: now) }
                            imported = true
                        },
                        body: {
                            let plan = try PunchImporter.plan(data, fileName: file)
                            guard plan.problems.isEmpty else { throw plan.problems[0] }
                            _ = try database.importPunchRows(projectId: projectId,
                                                             rows: plan.rows.map { ($0.line, $0.draft, $0.external) },
                                                             fields: plan.fields, file: file, by: "bench", at: now)
                        })
    }

    private static func project(database: AppDatabase) throws -> Int64 {
        if let id = try? database.projectId(code: code) { return id }
        let customer = try database.projects(offset: 0, limit: 1).first?.customerId ?? 1
        return try database.insertAll { ins in
            try ins.insert(Project(customerId: customer, code: code, name: "Imports (bench)", stage: .punch)).id!
        }
    }
}
