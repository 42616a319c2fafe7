import Foundation
import RapportModel
import RapportStore
import RapportUI

/// The dashboard's `:export`: writes `CODE-punch.md` or `.csv` into the current folder.
struct FileExporter: PunchExporter {
    let database: AppDatabase
    let folder: String

    func export(projectId: Int64, format: ExportFormat, on day: LocalDate) throws -> String {
        let text = try PunchFiles.export(database: database, projectId: projectId, format: format, today: day)
        let code = try database.projectDetail(projectId: projectId).project.code
        let path = (folder as NSString).appendingPathComponent("\(code)-punch.\(format.rawValue)")
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw AppError.cannotOpen(path: path, reason: error.localizedDescription)
        }
        return path
    }
}
