import RapportModel

/// The store answers the triage calls; the UI and CLI may depend on the protocol alone.
extension AppDatabase: TriageStore {}
