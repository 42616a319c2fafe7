import RapportModel

/// The punch pane's commands: triage on the marked items (else the selected one), and how the
/// list is filtered, sorted, grouped and exported.
extension Command {
    static let focusPunch = Command("focus-punch", "Focus the punch list pane", group: .panes, keys: [.char("2")]) {
        state, _ in Dashboard.focus(&state, .punch)
    }
    static let addItem = Command("add-item", "Add a punch item: title @location !1 due:fri +video =assignee",
                                 group: .triage, keys: [.char("a")], argument: .text("QUICK-ADD LINE"), hint: "add",
                                 hintOrder: 4, aliases: ["add"]) { state, argument in
        PunchTriage.add(&state, line: argument)
    }
    static let editItem = Command("edit-item", "Edit every field of the selected item", group: .triage,
                                  keys: [.char("e")], scope: .view(.punch), aliases: ["edit"]) { state, _ in
        PunchTriage.edit(&state)
    }
    static let toggleMark = Command("toggle-mark", "Mark the item for a bulk change, or unmark it", group: .triage,
                                    keys: [.char(" ")], scope: .view(.punch), aliases: ["mark"]) { state, _ in
        PunchTriage.toggleMark(&state)
    }
    static let advanceStatus = Command("advance-status", "Advance status: open → in progress → ready → closed",
                                       group: .triage, keys: [.char(">")], scope: .view(.punch), hint: "advance",
                                       hintOrder: 5, aliases: ["advance"]) { state, _ in
        PunchTriage.change(&state, .advance)
    }
    static let stepBackStatus = Command("step-back-status", "Step status back (from ready it is a rejection)",
                                        group: .triage, keys: [.char("<")], scope: .view(.punch),
                                        aliases: ["reject", "back-status"]) { state, _ in
        PunchTriage.change(&state, .stepBack)
    }
    static let cyclePriority = Command("cycle-priority", "Cycle priority P1 → P2 → P3", group: .triage,
                                       keys: [.char("p")], scope: .view(.punch), aliases: ["priority"]) { state, _ in
        PunchTriage.change(&state, .cyclePriority)
    }
    static let setDue = Command("set-due", "Set the due date: today, fri, +3d, +2w, 2026-12-03, none", group: .triage,
                                keys: [.char("d")], scope: .view(.punch),
                                argument: .text("DATE", suggestions: ["today", "tomorrow", "mon", "tue", "wed", "thu",
                                                                      "fri", "+1w", "none"]),
                                aliases: ["due"]) { state, argument in
        PunchTriage.ask(&state, .due, argument: argument)
    }
    static let assign = Command("assign", "Assign the item to someone", group: .triage, keys: [.char("=")],
                                scope: .view(.punch), argument: .text("NAME")) { state, argument in
        PunchTriage.ask(&state, .assign, argument: argument)
    }
    static let setLocation = Command("set-location", "Set the item's location", group: .triage, keys: [.char("@")],
                                     scope: .view(.punch), argument: .text("LOCATION"), aliases: ["location"]) {
        state, argument in PunchTriage.ask(&state, .location, argument: argument)
    }
    static let voidItem = Command("void-item", "Void the item (off the list, not closed)", group: .triage,
                                  keys: [.char("x")], scope: .view(.punch), aliases: ["void"]) { state, _ in
        PunchTriage.change(&state, .void)
    }
    static let disputeItem = Command("dispute-item", "Put the item in dispute (by the customer, or us: …) with a note",
                                     group: .triage, keys: [.char("!")], scope: .view(.punch),
                                     argument: .text("[us:|customer:] NOTE"), aliases: ["dispute"]) { state, argument in
        PunchTriage.ask(&state, .dispute, argument: argument)
    }
    static let filter = Command("filter", "Filter as you type: words, status:open @room assignee:dana !1 overdue blocking",
                                group: .list, keys: [.char("/")], argument: .text("FILTER"), hint: "filter",
                                hintOrder: 6) { state, argument in
        CalendarFeature.filter(&state, argument: argument) ?? PunchListView.filter(&state, argument: argument)
    }
    static let sort = Command("sort", "Sort by status, priority, due, location or number (cycles; :sort due)",
                              group: .list, keys: [.char("s")], scope: .view(.punch), argument: .choice(PunchSort.self)) {
        state, argument in PunchListView.sort(&state, argument: argument)
    }
    static let group = Command("group", "Group by location or category, with counts (cycles; :group location)",
                               group: .list, keys: [.char("z")], scope: .view(.punch),
                               argument: .choice(PunchGrouping.self)) { state, argument in
        PunchListView.group(&state, argument: argument)
    }
    static let export = Command("export", "Export the punch list to a file (:export md or :export csv)", group: .list,
                                argument: .choice(ExportFormat.self)) { state, argument in
        PunchListView.export(&state, argument: argument)
    }
}
