/// Draws the whole screen for a state: the one view function, used by the terminal and by
/// `rapport render` alike, so both show exactly the same thing.
public enum Screen {
    public static func render(_ state: AppState, theme: Theme) -> Canvas {
        var canvas = Canvas(size: state.size)
        canvas.fill(canvas.bounds, style: theme[.text])
        let layout = state.layout
        if layout.isTooSmall {
            TooSmallNotice(size: state.size).render(into: &canvas, theme: theme)
            return canvas
        }
        TopBar(state: state).render(into: &canvas, area: layout.topBar, theme: theme)
        ProjectsPane(state: state).render(into: &canvas, area: layout.frame(.projects), theme: theme)
        PunchPane(state: state).render(into: &canvas, area: layout.frame(.punch), theme: theme)
        CalendarPane(state: state).render(into: &canvas, area: layout.frame(.calendar), theme: theme)
        TemperaturePane(state: state).render(into: &canvas, area: layout.frame(.temperature), theme: theme)
        let body = Rect(x: 0, y: 1, width: state.size.columns, height: state.size.rows - 2)
        if state.isFirstRun, state.overlay == nil {
            FirstRunNotice().render(into: &canvas, area: body, theme: theme)
        }
        switch state.overlay {
        case .help(let top): HelpOverlay(state: state, top: top).render(into: &canvas, area: body, theme: theme)
        case .detail(let pane): DetailOverlay(state: state, pane: pane).render(into: &canvas, area: body, theme: theme)
        case let .punchDetail(detail, top):
            PunchDetailOverlay(detail: detail, top: top, timeZone: state.timeZone).render(into: &canvas, area: body, theme: theme)
        case let .projectDetail(detail, selected):
            ProjectDetailOverlay(detail: detail, selected: selected).render(into: &canvas, area: body, theme: theme)
        case nil: break
        }
        if case .form(let edit) = state.mode {
            FormView(form: edit.form).render(into: &canvas, area: body, theme: theme)
        }
        if case .normal = state.mode {
            StatusBar(state: state).render(into: &canvas, area: layout.statusBar, theme: theme)
        } else {
            InputBar(state: state).render(into: &canvas, area: layout.statusBar, theme: theme)
        }
        return canvas
    }
}
