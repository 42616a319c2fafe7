/// The commands that work everywhere: movement (which goes to whatever is on top), opening and
/// going back, help, the `:` line, undo and redo, quitting.
enum GlobalCommands {
    static let registration = ViewRegistration(id: nil, title: "Everywhere", commands: [
        .moveDown, .moveUp, .pageDown, .pageUp, .moveFirst, .moveLast, .openDetail, .back, .closeView,
        .undo, .redo, .commandLine, .help, .quit, .copyReference, .copyMarkdown, .search,
        .switchTheme,
    ])
}

extension Command {
    static let moveDown = Command("move-down", "Move down one row", group: .navigation, keys: [.char("j"), .down]) {
        state, _ in Dispatcher.move(&state, .rows(1))
    }
    static let moveUp = Command("move-up", "Move up one row", group: .navigation, keys: [.char("k"), .up]) {
        state, _ in Dispatcher.move(&state, .rows(-1))
    }
    static let pageDown = Command("page-down", "Move down one page", group: .navigation, keys: [.pageDown]) {
        state, _ in Dispatcher.move(&state, .pages(1))
    }
    static let pageUp = Command("page-up", "Move up one page", group: .navigation, keys: [.pageUp, .ctrl("b")]) {
        state, _ in Dispatcher.move(&state, .pages(-1))
    }
    static let moveFirst = Command("move-first", "Jump to the first row", group: .navigation, keys: [.char("g"), .home]) {
        state, _ in Dispatcher.move(&state, .first)
    }
    static let moveLast = Command("move-last", "Jump to the last row", group: .navigation, keys: [.char("G"), .end]) {
        state, _ in Dispatcher.move(&state, .last)
    }
    static let openDetail = Command("open-detail", "Open the selected row (a project opens its punch list)",
                                    group: .navigation, keys: [.enter], hint: "open", hintOrder: 3) { state, _ in
        Dashboard.open(&state)
    }
    static let back = Command("back", "Go back: close the detail view, else clear marks, then the filter, then focus",
                              group: .navigation, keys: [.escape]) { state, _ in
        Dispatcher.back(&state)
    }
    static let closeView = Command("close-view", "Close the detail view on top and go back to what was under it",
                                   group: .views, keys: [.char("q")], scope: .detailViews, aliases: ["close"]) { state, _ in
        Dispatcher.popRoute(&state)
    }
    static let undo = Command("undo", "Undo your last change (bulk changes are one step)", group: .triage,
                              keys: [.char("u")], hint: "undo", hintOrder: 7) { state, _ in
        [.write(.undo, by: state.user)]
    }
    static let redo = Command("redo", "Redo what you undid", group: .triage, keys: [.ctrl("r")]) { state, _ in
        [.write(.redo, by: state.user)]
    }
    static let commandLine = Command("command-line", "Run a command: type part of its name or help, ↑/↓ choose, Tab completes; empty shows recent ones",
                                     group: .general, keys: [.char(":")], hint: "cmd", hintOrder: 8) { state, _ in
        state.modal = .commandLine(CommandLineState())
        return []
    }
    static let help = Command("help", "Show or hide this help", group: .general, keys: [.char("?")], hint: "help", hintOrder: 0) { state, _ in
        state.modal = .help(top: 0)
        return []
    }
    static let quit = Command("quit", "Quit Rapport", group: .general, keys: [.char("q"), .ctrl("c")], hint: "quit", hintOrder: 1,
                              aliases: ["q"]) { state, _ in
        state.shouldQuit = true
        return []
    }
}
