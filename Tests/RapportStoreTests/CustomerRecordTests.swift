import Foundation
import Testing
import RapportModel
@testable import RapportStore

/// Customers and contacts written through the store: one undo step each, refusals change nothing.
@Suite struct CustomerRecordTests {
    let f: ContractFixture
    init() throws { f = try ContractFixture() }

    @Test func theCustomerViewListsProjectsPeopleAndMoney() throws {
        let detail = try f.db.customerDetail(customerId: f.customer, today: ContractFixture.today)
        #expect(detail.customer.name == "Contoso University")
        #expect(detail.projects.map(\.code) == ["CUO-0001"])
        #expect(detail.projects.first?.contractCents == 10_000_000)
        // The signer has more influence, so comes first
        #expect(detail.contacts.map(\.contact.name) == ["Ana Ruiz", "Kim Lee"])
        #expect(detail.money == CustomerMoney(contractCents: 10_000_000, invoicedCents: 0, paidCents: 0, overdueCents: 0))
        #expect(try f.db.customers().map(\.name) == ["Contoso University"])
        #expect(try f.db.customers().first?.activeContacts == 2)
    }

    @Test func aDuplicateNameIsRefusedIgnoringCase() throws {
        #expect(throws: AppError.duplicateCustomer(name: "contoso university")) {
            try f.db.addCustomer(CustomerDraft(name: "contoso university"), by: "pat", at: ContractFixture.at(1))
        }
        #expect(try f.db.customers().count == 1)
    }

    @Test func archivingIsRefusedWhileAProjectIsOpenAndUndoable() throws {
        let error = #expect(throws: AppError.self) {
            try f.db.archiveCustomer(customerId: f.customer, archived: true, on: ContractFixture.today, by: "pat",
                                     at: ContractFixture.at(1))
        }
        #expect(error?.description == "Contoso University: cannot be archived while 1 project is not closed (CUO-0001); "
                + "nothing was changed")
        let other = try f.db.addCustomer(CustomerDraft(name: "Globex", trajectory: .shrinking), by: "pat", at: ContractFixture.at(2))
        let archived = try f.db.archiveCustomer(customerId: other.value.id!, archived: true, on: ContractFixture.today,
                                                by: "pat", at: ContractFixture.at(3))
        #expect(archived.value.archivedOn == ContractFixture.today)
        #expect(archived.touched.contains(.customers))
        #expect(try f.db.customers().map(\.name) == ["Contoso University"])
        #expect(try f.db.customers(includeArchived: true).map(\.name) == ["Contoso University", "Globex"])
        #expect(try f.db.undo(by: "pat", at: ContractFixture.at(4))?.label == "archive customer Globex")
        #expect(try f.db.customers().map(\.name) == ["Contoso University", "Globex"])
    }

    @Test func aContactWhoLeftKeepsTheirHistoryAndNamesTheirSuccessor() throws {
        // Given the champion leaves and the signer takes over
        let left = try f.db.markContactLeft(contactId: f.champion, on: LocalDate(year: 2026, month: 3, day: 1),
                                            successorId: f.signer, by: "pat", at: ContractFixture.at(1))
        #expect(left.label == "mark Kim Lee left, succeeded by Ana Ruiz")
        #expect(left.touched == [.customer(customerId: f.customer), .temperatures])
        // Then the view still lists both, who left after who stayed, each with the other's name
        let contacts = try f.db.customerDetail(customerId: f.customer, today: ContractFixture.today).contacts
        #expect(contacts.map(\.contact.name) == ["Ana Ruiz", "Kim Lee"])
        #expect(contacts[0].predecessorNames == ["Kim Lee"])
        #expect(contacts[1].successorName == "Ana Ruiz")
        #expect(contacts[1].contact.leftOn == LocalDate(year: 2026, month: 3, day: 1))
        // And leaving again is refused, keeping the first record
        #expect(throws: AppError.contactRefused(name: "Kim Lee", reason: "left on 2026-03-01 already; that history is kept")) {
            try f.db.markContactLeft(contactId: f.champion, on: ContractFixture.today, successorId: nil, by: "pat",
                                     at: ContractFixture.at(2))
        }
        // And an edit does not touch it
        let edited = try f.db.editContact(contactId: f.champion, ContactDraft(name: "Kim Lee-Park", department: .av,
                                                                              role: .champion), by: "pat", at: ContractFixture.at(3))
        #expect(edited.value.leftOn == LocalDate(year: 2026, month: 3, day: 1))
        #expect(edited.value.successorId == f.signer)
    }

    @Test func undoTakesBackAnAddedContact() throws {
        let added = try f.db.addContact(customerId: f.customer, ContactDraft(name: "Bo Chen", emails: "bo@contoso.edu"),
                                        by: "pat", at: ContractFixture.at(1))
        #expect(added.label == "add contact Bo Chen (Contoso University)")
        let step = try f.db.undo(by: "pat", at: ContractFixture.at(2))
        #expect(step?.label == "add contact Bo Chen (Contoso University)")
        #expect(step?.touched == [.customer(customerId: f.customer), .temperatures])
        #expect(try f.db.customerDetail(customerId: f.customer, today: ContractFixture.today).contacts.count == 2)
    }

    @Test func customersAreFoundByNameWithoutCase() throws {
        #expect(try f.db.customerId(name: "contoso university") == f.customer)
        #expect(throws: AppError.unknownCustomer("Initech")) { try f.db.customerId(name: "Initech") }
    }
}
