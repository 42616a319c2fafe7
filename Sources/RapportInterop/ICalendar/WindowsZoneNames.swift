import RapportModel

/// Windows time zone names (as Outlook and Exchange write TZIDs) to IANA zones: the recurrence
/// engine's CLDR map (`TimeZoneName`), so the reader and the agenda agree on every name.
enum WindowsZoneNames {
    static func ianaZone(windowsName name: String) -> String? { TimeZoneName.iana(forWindows: name) }
}
