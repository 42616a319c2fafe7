import Foundation
import RapportModel

/// A field a customers, contacts or projects file can fill, with the header names CRM and
/// spreadsheet exports give it (HubSpot, Salesforce, Pipedrive, hand-made sheets). Names are
/// compared as `PunchColumn.key` compares them: case, spaces and punctuation do not matter.
public enum RecordField: String, CaseIterable, Sendable {
    // Customers
    case customer, domains, regions, trajectory
    // Contacts
    case name, firstName = "first-name", lastName = "last-name", emails, phone, title, department, role, influence
    // Projects
    case code, project, contract, signed, target, pm, salesRep = "sales-rep", concerns, scope, schedule

    /// The fields a kind of file can fill, the one it cannot do without first.
    public static func fields(of kind: RecordImportKind) -> [RecordField] {
        switch kind {
        case .customers: return [.customer, .domains, .regions, .trajectory]
        case .contacts: return [.customer, .name, .firstName, .lastName, .emails, .phone, .title, .department, .role, .influence]
        case .projects: return [.customer, .project, .code, .contract, .signed, .target, .pm, .salesRep, .concerns, .scope, .schedule]
        }
    }

    /// Header names, Rapport's own first; a name may mean different fields in different kinds
    /// (`Name` is the customer in a customers file, the person in a contacts file).
    func names(in kind: RecordImportKind) -> [String] {
        switch self {
        case .customer:
            let company = ["Customer", "Company", "Company Name", "Account", "Account Name", "Organization", "Organisation",
                           "Client"]
            return kind == .customers ? company + ["Name"] : company
        case .domains: return ["Domains", "Domain", "Company Domain Name", "Website", "Email Domain", "Web Site"]
        case .regions: return ["Regions", "Region", "Territory", "State", "State/Region", "Billing State/Province", "Country"]
        case .trajectory: return ["Trajectory", "Trend", "Account Trend"]
        case .name: return kind == .contacts ? ["Name", "Full Name", "Contact Name", "Contact", "Person"] : []
        case .firstName: return ["First Name", "Given Name", "First"]
        case .lastName: return ["Last Name", "Surname", "Family Name", "Last"]
        case .emails: return ["Emails", "Email", "E-mail", "Email Address", "Work Email", "Emails Work"]
        case .phone: return ["Phone", "Phone Number", "Work Phone", "Mobile", "Mobile Phone", "Direct Phone"]
        case .title: return ["Title", "Job Title", "Position"]
        case .department: return ["Department", "Dept"]
        case .role: return ["Role", "Account Role", "Buying Role", "Contact Role"]
        case .influence: return ["Influence", "Influence Level", "Decision Power"]
        case .code: return ["Code", "Project Code", "Job Number", "Job #", "Project Number"]
        case .project: return kind == .projects ? ["Project", "Name", "Project Name", "Job Name", "Deal Name", "Opportunity Name"] : []
        case .contract: return ["Contract", "Contract Value", "Amount", "Deal Amount", "Value", "Contract Amount"]
        case .signed: return ["Signed", "Signed On", "Close Date", "Closed Date", "Contract Date", "Won Date"]
        case .target: return ["Target", "Target Date", "Completion Date", "Due Date", "Finish Date"]
        case .pm: return ["PM", "Project Manager", "Manager"]
        case .salesRep: return ["Sales Rep", "Salesperson", "Owner", "Deal Owner", "Opportunity Owner", "Account Owner"]
        case .concerns: return ["Concerns", "Management Concerns", "Priorities"]
        case .scope: return ["Scope", "Scope Summary", "Description", "Notes"]
        case .schedule: return ["Schedule", "Payment Schedule", "Payment Terms", "Terms"]
        }
    }

    /// The name `--map` takes: `first-name`, `sales-rep`.
    public var mapName: String { rawValue }

    public static func match(_ header: String, in kind: RecordImportKind) -> RecordField? {
        let key = PunchColumn.key(header)
        return fields(of: kind).first { field in field.names(in: kind).contains { PunchColumn.key($0) == key } }
    }
}
