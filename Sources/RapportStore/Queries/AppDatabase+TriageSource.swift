import RapportModel

/// The store answers everything the triage UI asks; the methods live with their subjects.
extension AppDatabase: TriageSource {}
