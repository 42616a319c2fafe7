import Foundation
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// The customer and project views and every record form, as `rapport render` draws them at
/// 120x40 and 80x24, on a firm entered through the record writes (fixed clock and zone).
@Suite(.serialized) @MainActor
struct RecordScreenTests {
    let folder = NSTemporaryDirectory() + "rapport-records-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }
    static let now = "2026-03-10T09:00"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try RapportCommand.Init.parse([db]).run()
        let store = try AppDatabase.open(path: db)
        let at = Date(timeIntervalSince1970: 1_773_133_200)  // 2026-03-10 09:00 UTC
        let customer = try store.addCustomer(CustomerDraft(name: "Contoso University", domains: "contoso.edu",
                                                           regions: "Northeast", trajectory: .expanding), by: "pat", at: at).value.id!
        let kim = try store.addContact(customerId: customer, ContactDraft(name: "Kim Lee", emails: "kim@contoso.edu", title: "AV manager",
                                                                          department: .av, role: .champion, influence: 4),
                                       by: "pat", at: at).value.id!
        let ana = try store.addContact(customerId: customer, ContactDraft(name: "Ana Ruiz", department: .executive, role: .signer,
                                                                          influence: 5), by: "pat", at: at).value.id!
        let signed = LocalDate(year: 2026, month: 1, day: 5), target = LocalDate(year: 2026, month: 5, day: 29)
        let project = try store.addProject(ProjectDraft(
            customerId: customer, name: "Lecture hall refit", contractCents: 10_000_000, signedOn: signed, targetOn: target,
            pm: "pat", salesRep: "sam", concerns: "disruption, look and feel", scope: "Two halls: projectors, mics, DSP",
            schedule: .laid(.fiftyFortyTen, contractCents: 10_000_000, signedOn: signed, targetOn: target)), by: "pat", at: at)
        let projectId = project.value.project.id!
        for room in ["Main / Level 1 / Hall A", "Main / Level 1 / Hall B", "Main / Level 2 / Control Room"] {
            _ = try store.addLocation(projectId: projectId, path: room, by: "pat", at: at)
        }
        _ = try store.addAssumption(projectId: projectId, AssumptionDraft(text: "Ceiling grid carries the projector mounts",
                                                                          owner: "pat", reviewOn: LocalDate(year: 2026, month: 3, day: 9)),
                                    by: "pat", at: at)
        _ = try store.addAssumption(projectId: projectId, AssumptionDraft(text: "Owner provides VLAN 40 for Dante", owner: "sam",
                                                                          reviewOn: LocalDate(year: 2026, month: 4, day: 1)),
                                    by: "pat", at: at)
        let deposit = project.value.milestones[0].id!
        _ = try store.invoiceMilestone(milestoneId: deposit, on: LocalDate(year: 2026, month: 1, day: 19), number: "INV-1001",
                                       dueOn: LocalDate(year: 2026, month: 2, day: 18), by: "pat", at: at)
        _ = try store.recordPayment(milestoneId: deposit, amountCents: 3_000_000, on: LocalDate(year: 2026, month: 2, day: 10),
                                    note: "part", by: "pat", at: at)
        _ = try store.addPunchItem(projectId: projectId, draft: PunchDraft(title: "Projector 2 flickers", location: "Hall A",
                                                                           priority: .p1, blocksAcceptance: true), by: "pat", at: at)
        _ = try store.markContactLeft(contactId: ana, on: LocalDate(year: 2026, month: 3, day: 1), successorId: kim, by: "pat", at: at)
    }

    func render(_ keys: String, size: String) throws -> String {
        try RapportCommand.Render.parse(["--db", db, "--now", Self.now, "--tz", "UTC", "--size", size, "--keys", keys])
            .screen().joined(separator: "\n") + "\n"
    }

    /// The views and forms, by snapshot name and the keys that open them from the dashboard.
    nonisolated static let screens: [(name: String, keys: String)] = [
        ("customer-view", "c"),
        ("customer-form", "c E"),
        ("contact-form", "c c"),
        ("contact-left-form", "c j L"),
        ("project-new-form", "n"),
        ("project-view", "Enter i"),
        ("project-form", "Enter i E"),
        ("milestone-form", "Enter i m"),
        ("invoice-form", "Enter i j I"),
        ("payment-form", "Enter i P"),
        ("assumption-form", "Enter i n"),
        ("review-form", "Enter i j j j r"),
        ("location-form", "Enter i o"),
        ("fact-form", "Enter i j j j j j j j F"),
        ("first-run", ""),
    ]

    @Test(arguments: screens.map(\.name), ["120x40", "80x24"])
    func screenMatchesItsSnapshot(name: String, size: String) throws {
        let keys = Self.screens.first { $0.name == name }!.keys
        let actual: String
        if name == "first-run" {
            let empty = folder + "/empty.sqlite"
            try RapportCommand.Init.parse([empty]).run()
            actual = try RapportCommand.Render.parse(["--db", empty, "--now", Self.now, "--tz", "UTC", "--size", size])
                .screen().joined(separator: "\n") + "\n"
        } else {
            actual = try render(keys, size: size)
        }
        try TextSnapshot.check(actual, named: "records-\(name)-\(size)")
    }

    @Test func theProjectViewShowsMoneyRulesAndRegister() throws {
        let screen = try render("Enter i", size: "120x40")
        #expect(screen.contains("outstanding $20,000.00"))  // $50,000 invoiced, $30,000 paid
        #expect(screen.contains("Assumptions · 1 due for review"))
        #expect(screen.contains("review due Ceiling grid carries the projector mounts"))
        #expect(screen.contains("Control Room"))
    }

    @Test func theCustomerViewSaysWhoLeftAndWhoTookOver() throws {
        let screen = try render("c", size: "120x40")
        #expect(screen.contains("left 2026-03-01 → Kim Lee"))
        #expect(screen.contains("took over from Ana Ruiz"))
    }
}
