import Foundation
import RapportModel

/// Reads one row of a records file into a checked draft; a cell that is not a value its field
/// takes is refused with the file, line and the column's header.
struct RowReader {
    let file: String
    let headers: [String]
    let positions: [RecordField: Int]
    let dateOrder: DateOrder?

    func cell(_ record: CSVRecord, _ field: RecordField) -> String {
        positions[field].map { CSVFormulaGuard.unguarded(record[field: $0]).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
    }

    func bad(_ record: CSVRecord, _ field: RecordField, _ reason: String) -> RecordImportError {
        .badCell(file: file, line: record.line, field: positions[field].map { headers[$0] } ?? field.rawValue, reason: reason)
    }

    func row(_ r: CSVRecord, kind: RecordImportKind) throws(RecordImportError) -> RecordImportRow {
        let customer = cell(r, .customer)
        guard !customer.isEmpty else { throw bad(r, .customer, "the customer is empty") }
        switch kind {
        case .customers:
            let trajectory = try choose(r, .trajectory, Self.trajectories, "expanding, stable or shrinking") ?? .stable
            let draft = CustomerDraft(name: customer, domains: Tags.split(cell(r, .domains)).map(Self.domain).joined(separator: ", "),
                                      regions: cell(r, .regions), trajectory: trajectory)
            return .customer(try checked(r, kind) { () throws(AppError) in try draft.cleaned() })
        case .contacts:
            var name = cell(r, .name)
            if name.isEmpty { name = [cell(r, .firstName), cell(r, .lastName)].filter { !$0.isEmpty }.joined(separator: " ") }
            guard !name.isEmpty else { throw bad(r, positions[.name] != nil ? .name : .firstName, "the name is empty") }
            let department = try choose(r, .department, Self.departments,
                                        Contact.Department.allCases.map(\.rawValue).joined(separator: ", ")) ?? .endUser
            let role = try choose(r, .role, Self.roles, Contact.Role.allCases.map(\.rawValue).joined(separator: ", ")) ?? .user
            var influence = 3
            let typed = cell(r, .influence)
            if !typed.isEmpty {
                guard let n = Int(typed) ?? Self.influences[PunchColumn.key(typed)], (1...5).contains(n) else {
                    throw bad(r, .influence, "'\(typed)' is not an influence (1 to 5, or low, medium, high)")
                }
                influence = n
            }
            let emails = cell(r, .emails).replacingOccurrences(of: ";", with: ",")
            let draft = ContactDraft(name: name, emails: emails, phone: cell(r, .phone), title: cell(r, .title),
                                     department: department, role: role, influence: influence)
            return .contact(customer: customer, try checked(r, kind) { () throws(AppError) in try draft.cleaned() })
        case .projects:
            var contract: Int64 = 0
            let money = cell(r, .contract)
            if !money.isEmpty {
                do { contract = try Money.cents(parsing: money.replacingOccurrences(of: " ", with: "")) } catch {
                    throw bad(r, .contract, error.description)
                }
            }
            let signed = try date(r, .signed), target = try date(r, .target)
            var schedule: PaymentSchedule?
            let template = cell(r, .schedule)
            if !template.isEmpty {
                do {
                    schedule = .laid(try PaymentTemplate(parsing: template), contractCents: contract, signedOn: signed,
                                     targetOn: target)
                } catch { throw bad(r, .schedule, error.description) }
            }
            let draft = ProjectDraft(customerId: 0, code: cell(r, .code), name: cell(r, .project), contractCents: contract,
                                     signedOn: signed, targetOn: target, pm: cell(r, .pm), salesRep: cell(r, .salesRep),
                                     concerns: cell(r, .concerns).replacingOccurrences(of: ";", with: ","),
                                     scope: cell(r, .scope), schedule: schedule)
            return .project(customer: customer, try checked(r, kind) { () throws(AppError) in try draft.cleaned() })
        }
    }

    /// The draft cleaned by its own rules, a refusal pinned to the column it is about.
    private func checked<T>(_ r: CSVRecord, _ kind: RecordImportKind, _ clean: () throws(AppError) -> T) throws(RecordImportError) -> T {
        do { return try clean() } catch {
            guard case .invalidRecord(_, let name, let reason) = error else {
                throw bad(r, kind == .projects ? .schedule : .customer, error.description)
            }
            // The model names its own fields; a file's column for them depends on the kind.
            let field: RecordField
            switch (kind, name) {
            case (.customers, "name"): field = .customer
            case (.contacts, "name"): field = positions[.name] != nil ? .name : .firstName
            case (.projects, "name"): field = .project
            default: field = RecordField(rawValue: name) ?? .customer
            }
            throw bad(r, field, reason)
        }
    }

    private func date(_ r: CSVRecord, _ field: RecordField) throws(RecordImportError) -> LocalDate? {
        let text = cell(r, field)
        guard !text.isEmpty else { return nil }
        guard let read = ImportDate.read(text) else { throw bad(r, field, "'\(text)' \(ImportDate.expected)") }
        switch read.resolved(text, order: dateOrder) {
        case .success(let day): return day
        case .failure(let problem): throw bad(r, field, problem.reason)
        }
    }

    private func choose<T>(_ r: CSVRecord, _ field: RecordField, _ words: [String: T], _ choices: String) throws(RecordImportError) -> T? {
        let text = cell(r, field)
        guard !text.isEmpty else { return nil }
        guard let value = words[PunchColumn.key(text)] else { throw bad(r, field, "'\(text)' is not one of \(choices)") }
        return value
    }

    /// `https://www.contoso.edu/about` → `contoso.edu`: CRMs export the website where the domain is meant.
    static func domain(_ text: String) -> String {
        var t = text.lowercased()
        for prefix in ["https://", "http://", "www."] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        return String(t.split(separator: "/").first ?? "")
    }

    static func keyed<T>(_ table: [T: [String]]) -> [String: T] {
        var out: [String: T] = [:]
        for (value, words) in table { for word in words { out[PunchColumn.key(word)] = value } }
        return out
    }

    static let trajectories = keyed([Customer.Trajectory.expanding: ["expanding", "growing", "growth", "up"],
                                     .stable: ["stable", "steady", "flat"], .shrinking: ["shrinking", "declining", "down"]])
    static let departments = keyed([
        Contact.Department.executive: ["executive", "exec", "leadership", "management", "c-suite"],
        .itNetwork: ["it-network", "it", "network", "it/network", "information technology"],
        .facilities: ["facilities", "facility", "operations"], .finance: ["finance", "accounting", "accounts payable"],
        .endUser: ["end-user", "end user", "user", "users"], .procurement: ["procurement", "purchasing"],
        .av: ["av", "audio visual", "audiovisual", "media services"],
    ])
    static let roles = keyed([
        Contact.Role.signer: ["signer", "economic buyer", "decision maker"], .champion: ["champion", "sponsor"],
        .finalApprover: ["final-approver", "final approver", "approver"], .gatekeeper: ["gatekeeper", "influencer"],
        .user: ["user", "end user", "end-user"],
    ])
    static let influences = ["low": 1, "medium": 3, "med": 3, "high": 5]
}
