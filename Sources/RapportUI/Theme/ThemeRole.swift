/// The named looks that views ask for; a theme file gives each one a style. Views name a role,
/// never a colour, so every theme (and `NO_COLOR`) reaches every element of every view.
public enum ThemeRole: String, CaseIterable, Sendable {
    case text, dim, border, borderFocused = "border-focused", title, titleFocused = "title-focused"
    case header, selection, selectionUnfocused = "selection-unfocused"
    case overdue, urgent, topBar = "top-bar", statusBar = "status-bar", statusKey = "status-key"
    case statusError = "status-error", hot, warm, cool, cold, salesWelcome = "sales-welcome"
    case overlay, overlayTitle = "overlay-title"
    /// Today in the calendar grids, and a meeting drawn as a block in the week grid.
    case today, event
    /// The selected line of a list inside a box (a detail view, an overlay).
    case highlight
    /// The mark (●) of a punch item marked for a bulk change.
    case marked

    /// What the role is for, as docs/themes.md lists it.
    public var help: String {
        switch self {
        case .text: return "ordinary text, and the screen's background"
        case .dim: return "secondary text: customers, locations, closed items, hints"
        case .border: return "the box of a pane that does not have the focus"
        case .borderFocused: return "the box of the focused pane or overlay"
        case .title: return "a pane's title in its top edge"
        case .titleFocused: return "the focused pane's title"
        case .header: return "column headers and section headings"
        case .selection: return "the selected row of the focused list"
        case .selectionUnfocused: return "the selected row of a list without the focus"
        case .overdue: return "overdue dates and money, blocked milestones, caps"
        case .urgent: return "P1 items, reviews due, warnings"
        case .topBar: return "the top line"
        case .statusBar: return "the status line"
        case .statusKey: return "a key named in the status line's hints"
        case .statusError: return "an error on the status line or in a form"
        case .hot: return "a hot customer (score 75 and over)"
        case .warm: return "a warm customer (50-74)"
        case .cool: return "a cool customer (30-49)"
        case .cold: return "a cold customer (under 30)"
        case .salesWelcome: return "meetings sales may drop into (★)"
        case .overlay: return "text in detail views, forms and overlays"
        case .overlayTitle: return "labels and headings in overlays, the focused form field's label"
        case .today: return "today in the calendar"
        case .event: return "a meeting block in the week grid"
        case .highlight: return "the selected line inside a detail view or overlay"
        case .marked: return "the mark of a punch item marked for a bulk change"
        }
    }
}
