import Foundation

/// A logged note, call, visit or mail as the customer view lists it, with the names it points at.
public struct InteractionRow: Hashable, Sendable, Identifiable {
    public var interaction: Interaction
    public var projectCode: String?
    public var contactName: String?

    public init(interaction: Interaction, projectCode: String? = nil, contactName: String? = nil) {
        self.interaction = interaction
        self.projectCode = projectCode
        self.contactName = contactName
    }

    public var id: Int64 { interaction.id ?? 0 }
}

/// Intel as it is listed: where it came from, and whether it is due for review today.
public struct IntelRow: Hashable, Sendable, Identifiable {
    public var intel: Intel
    public var customerName: String
    public var meetingTitle: String?
    public var contactName: String?
    public var isDue: Bool

    public init(intel: Intel, customerName: String, meetingTitle: String? = nil, contactName: String? = nil, isDue: Bool) {
        self.intel = intel
        self.customerName = customerName
        self.meetingTitle = meetingTitle
        self.contactName = contactName
        self.isDue = isDue
    }

    public var id: Int64 { intel.id ?? 0 }

    /// "meeting Weekly site sync · Dana Reyes", or "–".
    public var sourceText: String {
        let parts = [meetingTitle.map { "meeting \($0)" }, contactName].compactMap { $0 }
        return parts.isEmpty ? "–" : parts.joined(separator: " · ")
    }
}

/// An opportunity as it is listed, with its customer's name and, once won, the project it became.
public struct OpportunityRow: Hashable, Sendable, Identifiable {
    public var opportunity: Opportunity
    public var customerName: String
    public var projectCode: String?

    public init(opportunity: Opportunity, customerName: String, projectCode: String? = nil) {
        self.opportunity = opportunity
        self.customerName = customerName
        self.projectCode = projectCode
    }

    public var id: Int64 { opportunity.id ?? 0 }
}

/// What the customer view shows of capture: recent notes and mail, intel (due first), and the
/// opportunities (open first).
public struct CustomerCapture: Hashable, Sendable {
    public var customerId: Int64
    public var interactions: [InteractionRow]
    public var intel: [IntelRow]
    public var opportunities: [OpportunityRow]

    public init(customerId: Int64, interactions: [InteractionRow], intel: [IntelRow], opportunities: [OpportunityRow]) {
        self.customerId = customerId
        self.interactions = interactions
        self.intel = intel
        self.opportunities = opportunities
    }
}
