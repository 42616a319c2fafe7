import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// Capture from the customer view: the note form scores its text as it is typed, intel past
/// its review day is flagged, and moving an opportunity to won leads to its project form.
struct CaptureReducerTests {
    let today = LocalDate(FixtureSource.now, in: FixtureSource.zone)
    let customer = Customer(id: 7, name: "Contoso University")
    let picks = CaptureFormData(customerId: 7, customerName: "Contoso University",
                                contacts: [RecordRef(id: 3, name: "Kim Lee")], projects: [RecordRef(id: 1, name: "CUO-0001")])

    func opened(_ capture: CustomerCapture) -> AppState {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        let effects = CustomerDetailRoute.open(&state, customerId: 7)
        #expect(effects == [.loadCustomer(customerId: 7, today: today), .loadCapture(customerId: 7, today: today),
                           .loadCustomerEvidence(customerId: 7, now: FixtureSource.now, timeZone: FixtureSource.zone)])
        _ = reduce(&state, .customerLoaded(CustomerDetail(customer: customer, projects: [], contacts: [],
                                                          money: CustomerMoney(contractCents: 0, invoicedCents: 0, paidCents: 0,
                                                                               overdueCents: 0))))
        _ = reduce(&state, .captureLoaded(capture))
        return state
    }

    func opportunity(_ stage: Opportunity.Stage) -> OpportunityRow {
        OpportunityRow(opportunity: Opportunity(id: 11, customerId: 7, source: "site walk", title: "Hall C", estimateCents: 8_500_000,
                                                stage: stage, nextStep: "send the proposal", owner: "sam"),
                       customerName: "Contoso University")
    }

    @Test func theNoteFormShowsTheToneOfWhatIsTypedOnEveryKey() {
        // Given the note form opened from the customer view with its pickers loaded
        var state = opened(CustomerCapture(customerId: 7, interactions: [], intel: [], opportunities: []))
        #expect(reduce(&state, .key(.char("l"))) == [.loadFormData(.capture(.note(customerId: 7, projectId: nil, contactId: nil)))])
        var data = FormData()
        data.capture = picks
        _ = reduce(&state, .formDataLoaded(.capture(.note(customerId: 7, projectId: nil, contactId: nil)), data))
        func note() -> String? {
            guard case .form(let edit) = state.modal else { return nil }
            return edit.form.fields.first { $0.id == "text" }?.note
        }
        #expect(note() == "tone: scored as you type")
        // When an angry sentence is typed (the form opens on what was said), the tone follows each key
        guard case .form(let opened) = state.modal else { Issue.record("no note form"); return }
        #expect(opened.form.fields[opened.form.focus].id == "text")
        for c in "Per my last email, the display wall is still not working" { _ = reduce(&state, .key(.char(c))) }
        let angry = SentimentAnalyzer().analyze("Per my last email, the display wall is still not working")
        #expect(note()?.hasPrefix("▼ \(angry.scoreText) negative") == true)
        // Then saving writes the note with what the form says
        let effects = reduce(&state, .key(.ctrl("s")))
        guard case .write(.record(.capture(.logInteraction(let draft))), by: "me")? = effects.first else {
            Issue.record("no write: \(effects)")
            return
        }
        #expect(draft.kind == .call)
        #expect(draft.customerId == 7)
        #expect(draft.sentiment == angry)
    }

    @Test func intelPastItsReviewDayIsFlaggedAndROpensItsReview() {
        let intel = Intel(id: 5, customerId: 7, category: .politics, text: "IT and facilities disagree", capturedBy: "sam",
                          at: FixtureSource.now, reviewOn: today.adding(days: -2))
        var state = opened(CustomerCapture(customerId: 7, interactions: [], intel: [
            IntelRow(intel: intel, customerName: "Contoso University", isDue: true),
        ], opportunities: []))
        let route = try! #require(state.route(CustomerDetailRoute.self))
        #expect(route.selectedIntel?.id == 5)
        let line = CustomerView(state: state, route: route, keys: "").lines().map(\.text).first { $0.contains("IT and facilities") }
        #expect(line?.contains("⚑ review due \(today.adding(days: -2).iso)") == true)
        _ = reduce(&state, .key(.char("r")))
        guard case .form(let edit) = state.modal else { Issue.record("no review form"); return }
        #expect(edit.purpose == .record(.capture(.reviewIntel(id: 5))))
        let effects = reduce(&state, .key(.ctrl("s")))
        #expect(effects == [.write(.record(.capture(.reviewIntel(id: 5, on: today, until: today.adding(days: 90)))), by: "me")])
    }

    @Test func movingAnOpportunityToWonOpensItsProjectFormFilledFromIt() {
        // Given an opportunity in negotiation, selected
        var state = opened(CustomerCapture(customerId: 7, interactions: [], intel: [], opportunities: [opportunity(.negotiation)]))
        #expect(state.route(CustomerDetailRoute.self)?.selectedOpportunity?.id == 11)
        // When > moves it on, it is won
        #expect(reduce(&state, .key(.char(">"))) == [.write(.record(.capture(.moveOpportunity(id: 11, to: .won))), by: "me")])
        // Then the write's follow-up asks for the project form of the won sale
        let won = opportunity(.won).opportunity
        let effects = reduce(&state, .written(.saved(label: "move opportunity Hall C: negotiation → won",
                                                     touched: [.customer(customerId: 7)], then: .wonOpportunity(won))))
        #expect(effects.contains(.loadFormData(.capture(.wonProject(won)))))
        var data = FormData(customers: [CustomerRow(id: 7, name: "Contoso University", trajectory: .stable, archivedOn: nil,
                                                    activeProjects: 1, projects: 1, activeContacts: 1)], suggestedCode: "CUO-0002")
        data.capture = picks
        _ = reduce(&state, .formDataLoaded(.capture(.wonProject(won)), data))
        guard case .form(let edit) = state.modal else { Issue.record("no project form"); return }
        #expect(edit.form.title == "Won: Hall C · new project for Contoso University")
        #expect(edit.form["name"] == "Hall C")
        #expect(edit.form["contract"] == Money.text(cents: 8_500_000))
        #expect(edit.form["sales"] == "sam")
        // And saving it adds the project from the opportunity (Contract to cash)
        let save = reduce(&state, .key(.ctrl("s")))
        guard case .write(.record(.addProject(let draft)), by: "me")? = save.first else {
            Issue.record("no project write: \(save)")
            return
        }
        #expect(draft.opportunityId == 11)
        #expect(draft.name == "Hall C")
        #expect(draft.contractCents == 8_500_000)
    }

    @Test func theStagesStopAtTheirEnds() {
        var state = opened(CustomerCapture(customerId: 7, interactions: [], intel: [], opportunities: [opportunity(.won)]))
        #expect(reduce(&state, .key(.char(">"))).isEmpty)
        #expect(state.message?.text == "Hall C is won: no stage after it")
    }
}

/// From a contact's row, capture is with that contact.
struct CaptureFromAContactTests {
    @Test func onAContactsRowTheNoteAndIntelNameThem() {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        _ = CustomerDetailRoute.open(&state, customerId: 7)
        let kim = ContactRow(contact: Contact(id: 3, customerId: 7, name: "Kim Lee", department: .av, role: .champion), successorName: nil, predecessorNames: [])
        _ = reduce(&state, .customerLoaded(CustomerDetail(customer: Customer(id: 7, name: "Contoso University"), projects: [],
                                                          contacts: [kim], money: CustomerMoney(contractCents: 0, invoicedCents: 0,
                                                                                                paidCents: 0, overdueCents: 0))))
        #expect(reduce(&state, .key(.char("l"))) == [.loadFormData(.capture(.note(customerId: 7, projectId: nil, contactId: 3)))])
        #expect(reduce(&state, .key(.char("I"))) == [.loadFormData(.capture(.intel(customerId: 7, projectId: nil, meetingId: nil,
                                                                                  meetingTitle: nil, contactId: 3)))])
        var data = FormData()
        data.capture = CaptureFormData(customerId: 7, customerName: "Contoso University", contacts: [RecordRef(id: 3, name: "Kim Lee")])
        _ = reduce(&state, .formDataLoaded(.capture(.intel(customerId: 7, projectId: nil, meetingId: nil, meetingTitle: nil,
                                                           contactId: 3)), data))
        guard case .form(let edit) = state.modal else { Issue.record("no intel form"); return }
        #expect(edit.form["contact"] == "Kim Lee")
    }
}

/// The meeting view lists the intel captured in it, and reloads it after a capture.
struct MeetingIntelTests {
    @Test func intelCapturedInAMeetingIsListedThereAndReloadedAfterAWrite() {
        let today = LocalDate(FixtureSource.now, in: FixtureSource.zone)
        let intel = Intel(id: 5, customerId: 7, category: .priority, text: "One standard for every courtroom", capturedBy: "sam",
                          at: FixtureSource.now, reviewOn: today, meetingId: 9)
        var route = MeetingDetailRoute(entry: AgendaEntry(meetingId: 9, title: "Stand-up", start: FixtureSource.now,
                                                          end: FixtureSource.now + 900, projectCode: nil, customerName: nil,
                                                          location: "", salesWelcome: false))
        #expect(MeetingIntelLines(intel: route.intel).lines().isEmpty)
        route.intel = [IntelRow(intel: intel, customerName: "Contoso University", isDue: true)]
        let texts = MeetingIntelLines(intel: route.intel).lines().map(\.text)
        #expect(texts.contains("Intel from this meeting (1)"))
        #expect(texts.contains { $0.hasPrefix("  ⚑ priority") && $0.contains("One standard for every courtroom") })
        let state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        #expect(route.reload(state, after: [.customer(customerId: 7), .temperatures])
                == [.loadMeetingIntel(meetingId: 9, today: today)])
    }
}
