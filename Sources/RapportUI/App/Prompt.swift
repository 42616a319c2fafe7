import RapportModel

/// A one-line question with its answer being typed and, after a bad answer, why it was refused.
public struct Prompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case quickAdd(projectId: Int64)
        case due(ids: [Int64])
        case assign(ids: [Int64])
        case location(ids: [Int64])
        case dispute(ids: [Int64])
        /// A date for the calendar's cursor.
        case gotoDate
    }

    public var purpose: Purpose
    public var editor: LineEditor
    public var error: String?
    /// Quick-add: a location the user was told is new; Enter with it again creates it.
    public var confirmedLocation: String?
    /// Quick-add: the project's location paths, for Tab after `@`.
    public var locations: [String] = []
    /// Quick-add: the line is being checked (its location looked up) before it is added.
    public var checking = false

    public init(purpose: Purpose, text: String = "", error: String? = nil) {
        self.purpose = purpose
        editor = LineEditor(text)
        self.error = error
    }

    public var label: String {
        switch purpose {
        case .quickAdd: return "Add"
        case .due(let ids): return ids.count > 1 ? "Due (\(ids.count) items)" : "Due"
        case .assign(let ids): return ids.count > 1 ? "Assign (\(ids.count) items)" : "Assign to"
        case .location(let ids): return ids.count > 1 ? "Location (\(ids.count) items)" : "Location"
        case .dispute(let ids): return ids.count > 1 ? "Dispute (\(ids.count) items)" : "Dispute"
        case .gotoDate: return "Go to"
        }
    }

    public var placeholder: String {
        switch purpose {
        case .quickAdd: return "HDMI handshake fails @Board Room !1 due:fri +video =dana"
        case .due: return "today, tomorrow, fri, +3d, +2w, 2026-12-03, or none"
        case .assign: return "a name; empty clears"
        case .location: return "Board Room, or HQ / Floor 3 / Board Room; empty clears"
        case .dispute: return "customer: why (or us: why) — who raises it, then the note"
        case .gotoDate: return "today, fri, +2w, -1m, eom, 2027-01-15"
        }
    }
}

/// The `:` line: what is typed, the palette row ↑/↓ chose, and the last completion.
public struct CommandLineState: Equatable, Sendable {
    public var editor = LineEditor()
    /// The palette row chosen with ↑/↓ (0 is the best, next to the line); nil while typing.
    public var selected: Int?
    public var error: String?

    public init() {}
}
