import Foundation
import RapportModel
import Testing
@testable import RapportStore

/// Scoring a firm entered by hand, where a customer may have one contact only.
struct TemperatureWithFewPeopleTests {
    @Test func aCustomerWhoseOnlyContactIsAChampionStillScores() throws {
        // Given a customer with one contact, its champion, who has not left
        let db = try AppDatabase.inMemory()
        let at = ContractFixture.at()
        let customer = try db.addCustomer(CustomerDraft(name: "Contoso University"), by: "pat", at: at).value.id!
        _ = try db.addContact(customerId: customer, ContactDraft(name: "Kim Lee", role: .champion), by: "pat", at: at)
        // When every temperature is scored, Then it is, with the champion counted as there
        let temperatures = try db.temperatures(now: at, timeZone: TimeZone(identifier: "UTC")!)
        let contoso = try #require(temperatures.first { $0.customerId == customer })
        #expect(!contoso.temperature.caps.contains(.championLeft))
    }
}
