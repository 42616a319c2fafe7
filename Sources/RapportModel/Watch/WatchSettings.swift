/// How long is too long, for the watch list: from config.toml's `[watch]`.
public struct WatchSettings: Hashable, Sendable {
    /// An account with no two-way contact (mail from them, a call, a meeting, a visit) for this
    /// many days is on the list.
    public var noContactDays: Int = 30
    /// Customer mail still unanswered after this many days is on the list.
    public var unansweredDays: Int = 3
    /// A score this many points lower than 14 days before is on the list.
    public var scoreDrop: Int = 10

    public init(noContactDays: Int = 30, unansweredDays: Int = 3, scoreDrop: Int = 10) {
        self.noContactDays = noContactDays
        self.unansweredDays = unansweredDays
        self.scoreDrop = scoreDrop
    }

    public static let standard = WatchSettings()

    /// The settings' names in `[watch]`, with what each may be.
    public static let keys = ["no-contact-days", "unanswered-days", "score-drop"]

    /// Sets the setting named `key`; the problem with `value` when it is out of range, or with the
    /// name when there is no such setting; nil when set.
    public mutating func set(_ key: String, _ value: Int) -> String? {
        switch key {
        case "no-contact-days", "unanswered-days":
            guard (1...3650).contains(value) else { return "must be a whole number of days from 1 to 3650" }
            if key == "no-contact-days" { noContactDays = value } else { unansweredDays = value }
        case "score-drop":
            guard (1...100).contains(value) else { return "must be a whole number of points from 1 to 100" }
            scoreDrop = value
        default:
            return "unknown setting (\(Self.keys.joined(separator: ", ")))"
        }
        return nil
    }
}
