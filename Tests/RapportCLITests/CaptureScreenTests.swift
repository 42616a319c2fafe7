import Foundation
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// Capture's screens as `rapport render` draws them at 120x40 and 80x24: the customer view's
/// notes, intel (one due for review) and opportunities; the note form with the tone of what
/// was typed; the intel, review and opportunity forms; the pipeline; and the project form a
/// won opportunity opens (fixed clock and zone).
@Suite(.serialized) @MainActor
struct CaptureScreenTests {
    let folder = NSTemporaryDirectory() + "rapport-capture-screens-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }
    static let now = "2026-03-10T09:00"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try RapportCommand.Init.parse([db]).run()
        let store = try AppDatabase.open(path: db)
        let at = Date(timeIntervalSince1970: 1_773_133_200)  // 2026-03-10 09:00 UTC
        let today = LocalDate(year: 2026, month: 3, day: 10)
        let customer = try store.addCustomer(CustomerDraft(name: "Contoso University", domains: "contoso.edu"), by: "pat", at: at)
            .value.id!
        let kim = try store.addContact(customerId: customer, ContactDraft(name: "Kim Lee", department: .av, role: .champion),
                                       by: "pat", at: at).value.id!
        _ = try store.addProject(ProjectDraft(customerId: customer, name: "Lecture hall refit", contractCents: 10_000_000),
                                 by: "pat", at: at)
        _ = try store.logInteraction(InteractionDraft(kind: .call, customerId: customer, contactId: kim, at: at - 86_400,
                                                      text: "Thanks, the new mics sound great and the team is delighted"),
                                     by: "sam", at: at)
        _ = try store.addIntel(IntelDraft(customerId: customer, category: .politics, text: "IT and facilities both claim the AV budget",
                                          contactId: kim, reviewOn: today), today: today, by: "sam", at: at - 30 * 86_400)
        _ = try store.addOpportunity(OpportunityDraft(customerId: customer, title: "Second lecture hall", source: "site walk",
                                                      estimateCents: 8_500_000, stage: .negotiation, nextStep: "send the revised proposal",
                                                      owner: "sam"), by: "sam", at: at)
    }

    /// Words typed as keys, a space between them.
    nonisolated static func typed(_ text: String) -> String { text.split(separator: " ").joined(separator: " Space ") }

    nonisolated static let screens: [(name: String, keys: String)] = [
        ("customer", "c G"),
        ("note-form", "c l " + typed("Per my last email, the display wall is still not working")),
        ("intel-form", "c I"),
        ("review-form", "c j j r"),
        ("opportunity-form", "c o"),
        ("pipeline", "O"),
        ("won-form", "O >"),
    ]

    @Test(arguments: screens.map(\.name), ["120x40", "80x24"])
    func screenMatchesItsSnapshot(name: String, size: String) throws {
        let keys = Self.screens.first { $0.name == name }!.keys
        let actual = try RapportCommand.Render.parse(["--db", db, "--now", Self.now, "--tz", "UTC", "--size", size, "--keys", keys,
                                                      "--write"]).screen().joined(separator: "\n") + "\n"
        try TextSnapshot.check(actual, named: "capture-\(name)-\(size)")
    }
}
