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
        // The code is data (a CSV may set it to `../escaped`): it names a file, never a path.
        let path = (folder as NSString).appendingPathComponent("\(OutputFile.safeName(code))-punch.\(format.rawValue)")
        do { try OutputFile.write(text, to: path) } catch let error as CLIError {
            throw AppError.writeFailed(reason: error.message)
        }
        return path
    }
}
