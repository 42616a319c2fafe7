/// Draws the whole screen for a state: the one view function, used by the terminal and by
/// `rapport render` alike, so both show exactly the same thing. The dashboard first, then the
/// detail views of the navigation stack (only the top one shows), then the modal.
public enum Screen {
    public static func render(_ state: AppState, theme: Theme) -> Canvas {
        var canvas = Canvas(size: state.size)
        canvas.fill(canvas.bounds, style: theme[.text])
        let layout = state.layout
        if layout.isTooSmall {
            TooSmallNotice(size: state.size, quitKey: state.keymap.keys(for: .quit, in: [.global]).first)
                .render(into: &canvas, theme: theme)
            return canvas
        }
        TopBar(state: state).render(into: &canvas, area: layout.topBar, theme: theme)
        Dashboard.render(state, into: &canvas, theme: theme)
        let body = layout.body
        if state.isFirstRun, state.routes.isEmpty, state.modal == nil {
            FirstRunNotice(state: state).render(into: &canvas, area: body, theme: theme)
        }
        // Without box lines a view drawn over the panes would run into them, and a screen reader
        // would read both as one line: in that look whatever is on top has the body to itself.
        if theme.isScreenReader, state.topRoute != nil { canvas.fill(body, style: theme[.text]) }
        state.topRoute?.view.render(state, into: &canvas, area: body, theme: theme)
        if theme.isScreenReader, state.modal?.coversBody == true { canvas.fill(body, style: theme[.text]) }
        switch state.modal {
        case .help(let top):
            HelpOverlay(state: state, top: top).render(into: &canvas, area: body, theme: theme)
        case .form(let edit):
            let notice = edit.refusal.map { (text: "Not saved: \($0)", isError: true) }
                ?? (edit.pending ? (text: "Saving…", isError: false) : nil)
            FormView(form: edit.form, keys: FormKeys(keymap: state.keymap), width: edit.isRecord ? 76 : 64,
                     notice: notice).render(into: &canvas, area: body, theme: theme)
        case .commandLine(let line):
            CommandPaletteView(state: state, line: line).render(into: &canvas, above: layout.statusBar, theme: theme)
        case .search(let search):
            SearchView(state: state, search: search).render(into: &canvas, area: body, theme: theme)
        case .prompt, .filter, nil:
            break
        }
        bottomBar(state, into: &canvas, theme: theme)
        return canvas
    }

    private static func bottomBar(_ state: AppState, into canvas: inout Canvas, theme: Theme) {
        let area = state.layout.statusBar
        if let modal = state.modal, modal.isTyping, !isForm(modal) {
            InputBar(state: state).render(into: &canvas, area: area, theme: theme)
        } else {
            StatusBar(state: state, announce: theme.isScreenReader ? canvas.focusTitle : nil)
                .render(into: &canvas, area: area, theme: theme)
        }
        canvas.showsFocus = theme.isScreenReader
    }

    /// The same screen as `render(state, theme:)`, drawn from `previous` (the last frame, in the
    /// same theme) when only the focused pane can have changed: a key that moves in a list or a
    /// filter letter redraws that pane (with the punch pane, for a move among projects) and the
    /// two bars, not all four panes (drawing every pane was 70 % of a punch-list key's CPU).
    public static func render(_ state: AppState, theme: Theme, after previous: (state: AppState, canvas: Canvas)?) -> Canvas {
        guard let previous, previous.canvas.size == state.size else { return render(state, theme: theme) }
        if onlyRouteOpened(from: previous.state, to: state) { return render(state, theme: theme, over: previous.canvas) }
        guard let panes = onlyFocusedPaneChanged(from: previous.state, to: state) else { return render(state, theme: theme) }
        let layout = state.layout
        // The focused pane is among those drawn again and marks the focus anew.
        return redraw(state, theme: theme, on: previous.canvas, clearing: panes.map(layout.frame), keepsFocus: false) { canvas in
            for pane in panes { Dashboard.pane(pane)?.render(state, &canvas, layout.frame(pane), theme) }
        }
    }

    /// A detail view opened over the bare dashboard, drawn over the dashboard's last frame: the
    /// panes under it are as they were, so only the bars and the view are drawn (drawing the four
    /// panes again was a third of opening a punch item).
    private static func render(_ state: AppState, theme: Theme, over dashboard: Canvas) -> Canvas {
        // The panes' focus stays marked, as a whole frame marks it before the view draws over them.
        redraw(state, theme: theme, on: dashboard, clearing: [], keepsFocus: true) { canvas in
            if theme.isScreenReader { canvas.fill(state.layout.body, style: theme[.text]) }
            state.topRoute?.view.render(state, into: &canvas, area: state.layout.body, theme: theme)
        }
    }

    /// The last frame with the two bars drawn again and `areas` cleared for `middle`, which
    /// draws what changed between the bars.
    private static func redraw(_ state: AppState, theme: Theme, on previous: Canvas, clearing areas: [Rect], keepsFocus: Bool,
                               middle: (inout Canvas) -> Void) -> Canvas {
        var canvas = previous
        canvas.cursor = nil
        if !keepsFocus {
            canvas.focus = nil
            canvas.focusTitle = nil
        }
        let layout = state.layout
        for area in [layout.topBar, layout.statusBar] + areas { canvas.fill(area, style: theme[.text]) }
        TopBar(state: state).render(into: &canvas, area: layout.topBar, theme: theme)
        middle(&canvas)
        bottomBar(state, into: &canvas, theme: theme)
        return canvas
    }

    /// Whether `new` is `old`, a bare dashboard, with one detail view opened over it and
    /// perhaps another message on the status line: the panes draw only their own state, never
    /// the routes, so `old`'s frame still shows them.
    static func onlyRouteOpened(from old: AppState, to new: AppState) -> Bool {
        guard old.routes.isEmpty, old.modal == nil, !old.layout.isTooSmall, !old.isFirstRun,
              new.routes.count == 1, new.modal == nil, old.size == new.size else { return false }
        var carried = old
        carried.routes = new.routes
        carried.message = new.message
        carried.busy = new.busy
        return carried == new
    }

    /// The panes whose drawing can differ between the two states, when that is only the
    /// focused one (and the punch pane with the projects, whose selection is its project), or
    /// the two the focus moved between: both
    /// show the bare dashboard (no view, box or first-run notice over it, the same size and
    /// zoom), and `old` with those panes' own state (and a status-line prompt) taken from `new`
    /// is `new`. Nil when anything else differs.
    static func onlyFocusedPaneChanged(from old: AppState, to new: AppState) -> [ViewID]? {
        // Only the prompts that live on the status line; any other modal (a box, the search
        // over the body, one added later) draws the whole screen.
        func onTheStatusLine(_ modal: Modal?) -> Bool {
            switch modal {
            case nil, .prompt, .filter: return true
            default: return false
            }
        }
        func bare(_ s: AppState) -> Bool {
            s.routes.isEmpty && !s.layout.isTooSmall && !s.isFirstRun && onTheStatusLine(s.modal)
        }
        guard bare(old), bare(new), old.size == new.size, old.zoomed == new.zoomed,
              new.zoomed == nil || new.zoomed == new.focus else { return nil }
        var carried = old
        carried.modal = new.modal
        if old.focus != new.focus {
            // The focus moved and nothing else: the two panes' borders and titles change.
            carried.focus = new.focus
            guard new.zoomed == nil, Dashboard.pane(old.focus) != nil, Dashboard.pane(new.focus) != nil,
                  carried == new else { return nil }
            return [old.focus, new.focus]
        }
        let panes: [ViewID]
        switch new.focus {
        case .projects:
            carried.projects = new.projects
            carried.punch = new.punch
            panes = [.projects, .punch]
        case .punch:
            carried.punch = new.punch
            panes = [.punch]
        case .calendar:
            carried.calendar = new.calendar
            panes = [.calendar]
        case .temperature:
            carried.temperature.list = new.temperature.list
            carried.temperature.watch = new.temperature.watch
            panes = [.temperature]
        default: return nil
        }
        guard new.zoomed == nil || panes == [new.focus] else { return nil }
        return carried == new ? panes : nil
    }

    static func isForm(_ modal: Modal) -> Bool {
        if case .form = modal { return true }
        return false
    }
}

/// The form's keys as its hint line names them, from the form's keymap layer.
struct FormKeys {
    var next: String, save: String, cancel: String, editor: String

    /// The keys of `keymap` (the defaults unless given) in the form's layer.
    init(keymap: Keymap = .standard) {
        func first(_ command: Command) -> String {
            keymap.keys(for: command, in: [.modal(.form)]).first?.description ?? "–"
        }
        next = first(.nextField)
        save = first(.saveForm)
        cancel = first(.cancelForm)
        editor = first(.editInEditor)
    }
}

extension Modal {
    /// Drawn as a box over the panes (help, a form, the palette), not on the status line alone.
    var coversBody: Bool {
        switch self {
        case .help, .form, .commandLine: return true
        default: return false  // the prompt and the filter live on the status line
        }
    }
}
