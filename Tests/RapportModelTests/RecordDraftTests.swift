import Testing
import RapportModel

/// Customers, contacts, projects and assumptions as forms hand them in: cleaned, or refused with the field.
struct RecordDraftTests {
    @Test func aCustomerIsTrimmedAndItsDomainsNormalised() throws {
        let draft = try CustomerDraft(name: "  Contoso University ", domains: "@Contoso.EDU, contoso.org,contoso.edu",
                                      regions: "Midwest,, East").cleaned()
        #expect(draft == CustomerDraft(name: "Contoso University", domains: "contoso.edu, contoso.org",
                                       regions: "Midwest, East"))
        #expect(throws: AppError.invalidRecord(record: "customer", field: "domains",
                                               reason: "'contoso' is not an e-mail domain (e.g. contoso.edu)")) {
            try CustomerDraft(name: "Contoso", domains: "contoso").cleaned()
        }
        #expect(throws: AppError.invalidRecord(record: "customer", field: "name", reason: "the name is empty")) {
            try CustomerDraft(name: " ").cleaned()
        }
    }

    @Test func aContactNeedsRealAddressesAndAnInfluenceOfOneToFive() throws {
        let draft = try ContactDraft(name: "Kim Lee", emails: "Kim.Lee@Contoso.edu", influence: 5).cleaned()
        #expect(draft.emails == "kim.lee@contoso.edu")
        #expect(throws: AppError.invalidRecord(record: "contact", field: "emails", reason: "'kim' is not an e-mail address")) {
            try ContactDraft(name: "Kim", emails: "kim").cleaned()
        }
        let error = #expect(throws: AppError.self) { try ContactDraft(name: "Kim", influence: 6).cleaned() }
        #expect(error?.description == "cannot save the contact: influence: influence is 6; it must be 1 to 5")
    }

    @Test func leavingIsRecordedOnceAndTheSuccessorMustStillBeThere() {
        let kim = Contact(id: 1, customerId: 7, name: "Kim Lee", department: .av, role: .champion)
        let ana = Contact(id: 2, customerId: 7, name: "Ana Ruiz", department: .av, role: .user)
        let other = Contact(id: 3, customerId: 8, name: "Bo Chen", department: .av, role: .user)
        #expect(throws: Never.self) { try ContactRules.checkLeaving(kim, successor: ana) }
        #expect(throws: Never.self) { try ContactRules.checkLeaving(kim, successor: nil) }
        var gone = kim
        gone.leftOn = LocalDate(year: 2026, month: 1, day: 31)
        let twice = #expect(throws: AppError.self) { try ContactRules.checkLeaving(gone, successor: ana) }
        #expect(twice?.description == "Kim Lee left on 2026-01-31 already; that history is kept; nothing was changed")
        #expect(throws: AppError.contactRefused(name: "Kim Lee", reason: "Bo Chen works for another customer")) {
            try ContactRules.checkLeaving(kim, successor: other)
        }
        #expect(throws: AppError.contactRefused(name: "Kim Lee", reason: "cannot be their own successor")) {
            try ContactRules.checkLeaving(kim, successor: kim)
        }
        var anaGone = ana
        anaGone.leftOn = LocalDate(year: 2025, month: 12, day: 1)
        #expect(throws: AppError.contactRefused(
            name: "Kim Lee", reason: "Ana Ruiz has left or is archived; name someone still there")) {
            try ContactRules.checkLeaving(kim, successor: anaGone)
        }
    }

    @Test func aProjectIsRefusedWhenItsDatesOrScheduleDoNotHold() throws {
        let signed = LocalDate(year: 2026, month: 3, day: 2)
        var draft = ProjectDraft(customerId: 1, code: "ACME-0001", name: " Board room refit ", contractCents: 1_000_000,
                                 signedOn: signed, concerns: "Speed, look and feel, speed",
                                 schedule: .laid(.fiftyFortyTen, contractCents: 1_000_000))
        let cleaned = try draft.cleaned()
        #expect(cleaned.name == "Board room refit")
        #expect(cleaned.concerns == "speed, look and feel")
        draft.contractCents = 1_200_000
        #expect(throws: AppError.scheduleOff(totalCents: 1_000_000, contractCents: 1_200_000)) { try draft.cleaned() }
        draft.schedule = nil
        draft.targetOn = LocalDate(year: 2026, month: 3, day: 1)
        #expect(throws: AppError.invalidRecord(record: "project", field: "target",
                                               reason: "the target date 2026-03-01 is before the signature 2026-03-02")) {
            try draft.cleaned()
        }
    }

    @Test func tagsAreTrimmedAndKeptOnce() {
        #expect(Tags.split(" speed, Look and feel,,budget, SPEED ") == ["speed", "Look and feel", "budget"])
        #expect(Tags.join(["a", " b ", "A"]) == "a, b")
    }
}
