import Foundation

/// What a sales rep reads before dropping into a meeting: the customer's mood and why, what
/// management cares about, what blocks acceptance and the money it holds, what was learned
/// lately, who will be there, and what was said last time.
public struct DropInBrief: Hashable, Sendable {
    /// One person expected, as sales sees them.
    public struct Person: Hashable, Sendable {
        public var name: String
        public var email: String
        public var response: Attendee.Status
        /// From the contact record, when the attendee is a known contact.
        public var department: Contact.Department?
        public var role: Contact.Role?
        public var influence: Int?
        /// One of the firm's sales reps (the project's or an attendee with the firm's sales role).
        public var isSales: Bool

        public init(name: String, email: String, response: Attendee.Status, department: Contact.Department? = nil,
                    role: Contact.Role? = nil, influence: Int? = nil, isSales: Bool = false) {
            self.name = name
            self.email = email
            self.response = response
            self.department = department
            self.role = role
            self.influence = influence
            self.isSales = isSales
        }
    }

    /// An open item that blocks acceptance.
    public struct Blocker: Hashable, Sendable {
        public var ref: String
        public var title: String
        public var priority: Priority
        public var status: PunchStatus

        public init(ref: String, title: String, priority: Priority, status: PunchStatus) {
            self.ref = ref
            self.title = title
            self.priority = priority
            self.status = status
        }
    }

    public var meetingId: Int64
    public var title: String
    public var occurrence: Date
    public var customerId: Int64?
    public var customerName: String?
    public var projectCode: String?
    /// Now and its 14-day trend; nil for a meeting without customer.
    public var temperature: CustomerTemperature?
    /// The project's management concerns (speed, look and feel, budget …).
    public var concerns: [String]
    /// Open items blocking acceptance, P1 first; `blockerCount` counts them all.
    public var blockers: [Blocker]
    public var blockerCount: Int
    /// What the milestones awaiting acceptance hold, in cents.
    public var heldCents: Int64
    /// Intel captured in the last 30 days, newest first.
    public var recentIntel: [Intel]
    public var people: [Person]
    /// The latest earlier occurrence with minutes, and what was said; nil and empty when none.
    public var lastMinutesAt: Date?
    public var lastMinutes: String

    public init(meetingId: Int64, title: String, occurrence: Date, customerId: Int64?, customerName: String?,
                projectCode: String?, temperature: CustomerTemperature?, concerns: [String], blockers: [Blocker],
                blockerCount: Int, heldCents: Int64, recentIntel: [Intel], people: [Person],
                lastMinutesAt: Date?, lastMinutes: String) {
        self.meetingId = meetingId
        self.title = title
        self.occurrence = occurrence
        self.customerId = customerId
        self.customerName = customerName
        self.projectCode = projectCode
        self.temperature = temperature
        self.concerns = concerns
        self.blockers = blockers
        self.blockerCount = blockerCount
        self.heldCents = heldCents
        self.recentIntel = recentIntel
        self.people = people
        self.lastMinutesAt = lastMinutesAt
        self.lastMinutes = lastMinutes
    }
}
