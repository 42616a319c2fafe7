import Foundation
import RapportInterop
import RapportModel
import Testing

/// CRM and spreadsheet exports of customers, contacts and projects: columns by header name,
/// every refusal with the file, line and field.
struct RecordImportTests {
    func plan(_ csv: String, _ kind: RecordImportKind, map: [String] = [], order: DateOrder? = nil) throws -> RecordImportPlan {
        let mapping = try map.map { try RecordImporter.mapping($0, kind: kind).get() }
        return try RecordImporter.plan(Data(csv.utf8), fileName: "crm.csv", kind: kind, mapping: mapping, dateOrder: order)
    }

    @Test func aHubSpotCompanyExportReadsByHeaderName() throws {
        let plan = try plan("Company Name,Company Domain Name,State/Region,Lifecycle Stage\n"
                            + "Northwind Traders,https://www.northwind.com/about,WA,customer\n", .customers)
        #expect(plan.rows.map(\.row) == [.customer(CustomerDraft(name: "Northwind Traders", domains: "northwind.com", regions: "WA"))])
        #expect(plan.report == ["crm.csv: 1 rows of customers", "  Company Name → customer", "  Company Domain Name → domains",
                                "  State/Region → regions", "  Lifecycle Stage → not used"])
    }

    @Test func contactsJoinFirstAndLastNamesAndFoldRoles() throws {
        let plan = try plan("First Name,Last Name,Email,Company,Buying Role,Department,Influence\n"
                            + "Jo,Park,Jo@Northwind.com; jp@northwind.com,Northwind,Economic Buyer,Accounting,high\n", .contacts)
        #expect(plan.rows.map(\.row) == [.contact(customer: "Northwind", ContactDraft(
            name: "Jo Park", emails: "jo@northwind.com, jp@northwind.com", department: .finance, role: .signer, influence: 5))])
    }

    @Test func aProjectRowLaysItsScheduleOnTheAmount() throws {
        let plan = try plan("Deal Name,Account Name,Amount,Close Date,Payment Terms\nLobby,Fabrikam,\"$10,000.01\",15/04/2026,50/40/10\n",
                            .projects, order: .dmy)
        guard case .project(let customer, let draft) = plan.rows.first?.row else { Issue.record("no project row"); return }
        #expect(customer == "Fabrikam")
        #expect(draft.signedOn == LocalDate(year: 2026, month: 4, day: 15))
        #expect(draft.schedule?.lines.map(\.amountCents) == [500_001, 400_000, 100_000])
    }

    @Test(arguments: [
        ("Name,Email\nJo,jo@x.com\n", RecordImportKind.contacts,
         "crm.csv, line 1: no customer column (one of Customer, Company, Company Name, Account, Account Name); the header has: "
            + "Name, Email; name one with --map \"Column=customer\""),
        ("Company,Account Name\nA,B\n", .customers,
         "crm.csv, line 1: columns 'Company' and 'Account Name' both mean customer; choose with --map \"Account Name=ignore\""),
        ("Company,Email\nA,a@a.com\n", .contacts,
         "crm.csv, line 1: no name column (one of Name, Full Name, Contact Name, Contact, Person); the header has: Company, Email; "
            + "name one with --map \"Column=name\""),
        ("Company,Deal Name\nA,\"x\n", .projects, "crm.csv, line 2: unterminated quoted field (opened on line 2)"),
    ])
    func aFileThatCannotBeReadIsRefusedWhole(_ csv: String, _ kind: RecordImportKind, _ message: String) {
        let error = #expect(throws: RecordImportError.self) { try plan(csv, kind) }
        #expect(error?.description == message)
    }

    @Test func everyBadCellIsNamedWithItsLineAndColumn() throws {
        let plan = try plan("""
            Company,Deal Name,Amount,Close Date,Target Date,Payment Terms
            Fabrikam,Lobby,ten,2026-01-01,,
            Fabrikam,,100,2026-01-01,,
            Fabrikam,Hall,100,03/04/2026,,
            Fabrikam,Wall,100,2026-03-01,2026-02-01,
            Fabrikam,Desk,100,,,50/50/10
            ,Desk,100,,,

            """, .projects)
        #expect(plan.rows.isEmpty)
        #expect(plan.problems.map(\.description) == [
            "crm.csv, line 2, field Amount: 'ten' is not an amount; write it as 12500, 12,500.00 or $12,500.50",
            "crm.csv, line 3, field Deal Name: the name is empty",
            "crm.csv, line 4, field Close Date: '03/04/2026' could be 4 March 2026 or 3 April 2026; say which with --date-order mdy or dmy",
            "crm.csv, line 5, field Target Date: the target date 2026-02-01 is before the signature 2026-03-01",
            "crm.csv, line 6, field Payment Terms: schedule '50/50/10': the shares add up to 110 %, not 100 %",
            "crm.csv, line 7, field Company: the customer is empty",
        ])
    }

    @Test func mapNamesAColumnOrLeavesItOut() throws {
        let plan = try plan("Org,Web\nAcme,acme.io\n", .customers, map: ["Org=customer", "Web=ignore"])
        #expect(plan.rows.map(\.row) == [.customer(CustomerDraft(name: "Acme"))])
        #expect(throws: RecordImportError.badMapping(file: "--map", reason: "'Org=budget': expected Column=field, the field one of "
                                                     + "customer, domains, regions, trajectory, or ignore")) {
            try RecordImporter.mapping("Org=budget", kind: .customers).get()
        }
        let error = #expect(throws: RecordImportError.self) { try self.plan("Org\nA\n", .customers, map: ["Company=customer"]) }
        #expect(error?.description == "crm.csv: --map names 'Company', but the header has: Org")
    }
}
