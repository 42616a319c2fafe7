/// A firm that buys projects.
public struct Customer: Identifiable, Hashable, Codable, Sendable {
    public enum Trajectory: String, Codable, Sendable, CaseIterable { case expanding, stable, shrinking }

    public var id: Int64?
    public var name: String
    /// E-mail domains that identify the customer's people, comma separated.
    public var domains: String
    public var regions: String
    public var trajectory: Trajectory
    /// When the customer was archived (kept, out of the pickers); nil while active (v8).
    public var archivedOn: LocalDate?

    public init(id: Int64? = nil, name: String, domains: String = "", regions: String = "",
                trajectory: Trajectory = .stable, archivedOn: LocalDate? = nil) {
        self.id = id
        self.name = name
        self.domains = domains
        self.regions = regions
        self.trajectory = trajectory
        self.archivedOn = archivedOn
    }
}
