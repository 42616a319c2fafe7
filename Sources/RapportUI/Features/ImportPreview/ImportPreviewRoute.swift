import Foundation
import RapportModel

extension ViewID {
    public static let importPreview = ViewID(rawValue: "import")
}

/// `:import FILE` shows what the import would do before anything is written: how each column
/// was understood, the rows added and updated, the problems that stop it. `Enter` imports
/// (one transaction, one undo step); `Esc` goes back with nothing written.
struct ImportPreviewRoute: RouteView, Equatable {
    static let registration = ViewRegistration(id: .importPreview, title: "Import preview", commands: [.importFile, .confirmImport])

    let preview: PunchImportPreview
    let path: String
    let projectId: Int64
    var top = 0

    var id: ViewID { .importPreview }

    mutating func move(_ motion: ListMotion) { top = TextBox.scroll(top, motion) }

    func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let action = preview.canImport
            ? RouteTitle.note(.confirmImport, "imports \(preview.rows) rows", state)
            : " · cannot import: the problems below must be fixed"
        let lines = preview.lines.map { TextBox.Line($0, $0.lowercased().contains("line ") ? .statusError : .overlay) }
        TextBox(title: "Import \(preview.file)\(action)\(RouteTitle.backNote(state))", lines: lines, width: 110, top: top)
            .render(into: &canvas, area: area, theme: theme)
    }

    /// The preview came back: show it on the stack.
    static func loaded(_ state: inout AppState, _ preview: PunchImportPreview, path: String, projectId: Int64) {
        Dispatcher.push(&state, ImportPreviewRoute(preview: preview, path: path, projectId: projectId))
    }
}

extension Command {
    static let importFile = Command("import", "Import a file: a punch list (CSV or .xlsx; Procore, ACC, Fieldwire) into the project after a preview, or a calendar (.ics)",
                                    group: .list, argument: .text("FILE", required: true)) { state, argument in
        guard let path = argument, !path.isEmpty else { return Dispatcher.refuse(&state, "import needs FILE") }
        if path.lowercased().hasSuffix(".ics") { return [.calendarFile(.importFile(path: path), by: state.user)] }
        guard let projectId = state.punch.projectId else { return Dispatcher.refuse(&state, "Select a project to import into") }
        return [.previewImport(path: path, projectId: projectId)]
    }
    static let confirmImport = Command("confirm-import", "Import the file as the preview shows it (one undo step)",
                                       group: .list, keys: [.enter], scope: .view(.importPreview)) { state, _ in
        guard let route = state.route(ImportPreviewRoute.self) else { return [] }
        guard route.preview.canImport else {
            return Dispatcher.refuse(&state, "Nothing imported: \(route.preview.problems.count) problems in \(route.preview.file)")
        }
        state.routes.removeAll { $0.id == .importPreview }
        return [.write(.importFile(path: route.path, projectId: route.projectId), by: state.user)]
    }
}
