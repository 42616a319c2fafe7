/// A view's entry in the app: its id (nil for the global commands), the title help shows for
/// its section of keys, and the commands it owns. Adding a view is its folder plus one line in
/// `ViewRegistry.all`.
public struct ViewRegistration: Sendable {
    public let id: ViewID?
    public let title: String
    public let commands: [Command]

    public init(id: ViewID?, title: String, commands: [Command]) {
        self.id = id
        self.title = title
        self.commands = commands
    }
}

/// Every view and modal that owns commands, in the order help lists them.
public enum ViewRegistry {
    public static let all: [ViewRegistration] = [
        GlobalCommands.registration,
        Dashboard.registration,
        ProjectsFeature.registration,
        PunchFeature.registration,
        CalendarFeature.registration,
        TemperatureFeature.registration,
        PunchDetailRoute.registration,
        ProjectDetailRoute.registration,
        MeetingDetailRoute.registration,
        CustomerDetailRoute.registration,
        ImportPreviewRoute.registration,
        MessagesRoute.registration,
        FormCommands.registration,
        OpportunitiesRoute.registration,
        EditorCommands.registration,
    ]

    /// The names a `[keys.NAME]` config section may use: every view and modal.
    public static var scopeNames: [String: CommandScope] {
        var names: [String: CommandScope] = ["detail": .detailViews]
        for registration in all { if let id = registration.id { names[id.rawValue] = .view(id) } }
        for modal in [ModalID.help, .commandLine, .prompt, .filter, .form] { names[modal.rawValue] = .modal(modal) }
        return names
    }
}
