/// A part of the data a write changed, so the UI reloads what is stale and nothing else.
public enum DataArea: Hashable, Sendable {
    /// The project's punch items: the list, its counts and groups, the items' details.
    case punch(projectId: Int64)
    /// The projects list: stages and open item counts.
    case projects
    /// The project itself as its detail shows it: stage and fields.
    case project(projectId: Int64)
    /// The project's milestones and what blocks their acceptance (punch to cash).
    case milestones(projectId: Int64)
    /// Customer temperatures: the temperature pane and the projects' temperature column.
    case temperatures
    /// The customers list and pickers (names, archived or not).
    case customers
    /// One customer's view: its fields, contacts, projects and money.
    case customer(customerId: Int64)
    /// The project's site tree and the facts about its locations.
    case locations(projectId: Int64)
    /// The project's assumptions register (and the due counts of the projects list).
    case assumptions(projectId: Int64)
    /// Meetings: the calendar, meeting details, their notes and action items.
    case calendar

    /// What a change to punch items stales: the list, the open counts, the milestones they
    /// block, and the temperatures (punch health is a signal).
    public static func punchItems(of projectId: Int64) -> Set<DataArea> {
        [.punch(projectId: projectId), .projects, .milestones(projectId: projectId), .temperatures]
    }

    /// What a write to `record` of the project stales.
    public static func areas(_ record: RecordKind, projectId: Int64) -> Set<DataArea> {
        switch record {
        case .punchItem: return punchItems(of: projectId)
        // Items show their location's path; the site tree shows it too.
        case .location, .locationFact: return [.punch(projectId: projectId), .locations(projectId: projectId)]
        case .project: return [.projects, .project(projectId: projectId)]
        // Acceptance and payment feed the money signal of the temperature.
        case .milestone, .milestonePayment: return [.milestones(projectId: projectId), .temperatures]
        case .assumption: return [.assumptions(projectId: projectId), .projects]
        // Records of a customer, not of a project: `customerAreas` says what they stale.
        case .customer, .contact, .opportunity, .interaction, .intel: return []
        case .meeting, .attendee, .meetingNote, .actionItem: return [.calendar]
        }
    }

    /// What a write to `record` of the customer stales.
    public static func customerAreas(_ record: RecordKind, customerId: Int64) -> Set<DataArea> {
        switch record {
        case .customer: return [.customers, .customer(customerId: customerId), .projects, .temperatures]
        // The coverage signal counts active contacts and the champion.
        case .contact: return [.customer(customerId: customerId), .temperatures]
        case .opportunity: return [.customer(customerId: customerId)]
        // A logged note's tone is a signal; intel due for review is on the watch list.
        case .interaction, .intel: return [.customer(customerId: customerId), .temperatures]
        default: return []
        }
    }
}
