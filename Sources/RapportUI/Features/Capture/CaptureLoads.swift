import Foundation
import RapportModel

/// Capture's loads, run by the effect runner.
enum CaptureLoads {
    /// How many notes and calls the customer view lists.
    static let recentNotes = 5

    static func perform(_ effect: Effect, records: (any RecordSource)?) throws -> Action {
        guard let source = records as? any CaptureSource else { return .withoutRecords }
        switch effect {
        case let .loadCapture(customerId, today):
            return .captureLoaded(try source.customerCapture(customerId: customerId, today: today, limit: recentNotes))
        case .loadOpportunities:
            return .opportunitiesLoaded(try source.opportunities(customerId: nil, openOnly: true))
        case let .loadMeetingIntel(meetingId, today):
            return .meetingIntelLoaded(meetingId: meetingId, try source.intel(meetingId: meetingId, today: today))
        default:
            return .withoutRecords
        }
    }
}

extension CaptureForms {
    /// Opens the capture form `request` asked for, with its pickers loaded.
    static func make(_ request: CaptureFormRequest, _ data: FormData, _ state: AppState) -> RecordForm {
        let picks = data.capture ?? CaptureFormData(customerId: 0, customerName: "the customer", contacts: [])
        switch request {
        case let .note(customerId, projectId, contactId):
            return NoteForm.make(customerId: customerId, projectId: projectId, contactId: contactId, picks, today: state.today)
        case let .intel(_, projectId, meetingId, meetingTitle, contactId):
            return IntelForm.make(customerId: picks.customerId, projectId: projectId, meetingId: meetingId, meetingTitle: meetingTitle,
                                  contactId: contactId, picks, today: state.today)
        case let .opportunity(customerId, row):
            return OpportunityForm.make(customerId: customerId, row, picks, owner: state.user)
        case .wonProject(let o):
            return OpportunityForm.wonProject(o, data, today: state.today)
        }
    }
}
