import Foundation
import RapportModel

/// A capture form to open, with where it was opened from; its pickers (the customer's people)
/// are loaded first (`FormRequest.capture`).
public enum CaptureFormRequest: Equatable, Sendable {
    /// Log a note, call or visit; the contact preselected when opened on their row.
    case note(customerId: Int64, projectId: Int64?, contactId: Int64?)
    /// Capture intel; from a meeting view the meeting is its source. A meeting of a project
    /// alone names no customer: the project's is looked up. On a contact's row, they are the source.
    case intel(customerId: Int64?, projectId: Int64?, meetingId: Int64?, meetingTitle: String?, contactId: Int64? = nil)
    /// A new opportunity, or (with a row) edit it.
    case opportunity(customerId: Int64, OpportunityRow?)
    /// The won opportunity's project: the project form filled from the sale.
    case wonProject(Opportunity)

    func customerId(_ source: any RecordSource) throws -> Int64 {
        switch self {
        case .note(let id, _, _), .opportunity(let id, _): return id
        case .wonProject(let o): return o.customerId
        case let .intel(id, projectId, _, _, _):
            if let id { return id }
            guard let projectId else { throw AppError.invalidRecord(record: "intel", field: "customer", reason: "no customer") }
            return try source.projectRecord(projectId: projectId, today: LocalDate(year: 2000, month: 1, day: 1)).project.customerId
        }
    }
}

/// What a capture form picks from: the customer's name and the people still there.
public struct CaptureFormData: Equatable, Sendable {
    public var customerId: Int64
    public var customerName: String
    public var contacts: [RecordRef]
    /// The customer's projects by code.
    public var projects: [RecordRef] = []

    static func load(_ request: CaptureFormRequest, from source: any RecordSource) throws -> FormData {
        // The day only decides overdue money, which no picker shows.
        let detail = try source.customerDetail(customerId: try request.customerId(source), today: LocalDate(year: 2000, month: 1, day: 1))
        let contacts = detail.contacts.map(\.contact).filter(\.isActive).compactMap { c in c.id.map { RecordRef(id: $0, name: c.name) } }
        let projects = detail.projects.map { RecordRef(id: $0.id, name: $0.code) }
        var data = FormData()
        data.capture = CaptureFormData(customerId: detail.customer.id ?? 0, customerName: detail.customer.name, contacts: contacts,
                                       projects: projects)
        if case .wonProject(let o) = request {
            data.customers = try source.customers(includeArchived: false)
            data.suggestedCode = try source.suggestedProjectCode(customerId: o.customerId)
        }
        return data
    }
}
