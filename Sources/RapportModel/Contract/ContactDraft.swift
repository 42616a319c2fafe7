import Foundation

/// A contact as a form or the CLI hands it in. Leaving is not a field here: it is its own write
/// (`markContactLeft`), so the history it records is never overwritten by an edit.
public struct ContactDraft: Hashable, Sendable, Codable {
    public var name: String
    public var emails: String
    public var phone: String
    public var title: String
    public var department: Contact.Department
    public var role: Contact.Role
    public var influence: Int

    public init(name: String, emails: String = "", phone: String = "", title: String = "",
                department: Contact.Department = .endUser, role: Contact.Role = .user, influence: Int = 3) {
        self.name = name
        self.emails = emails
        self.phone = phone
        self.title = title
        self.department = department
        self.role = role
        self.influence = influence
    }

    public init(_ contact: Contact) {
        self.init(name: contact.name, emails: contact.emails, phone: contact.phone, title: contact.title,
                  department: contact.department, role: contact.role, influence: contact.influence)
    }

    /// Trimmed, e-mails lower-cased; refused when the name is empty, an e-mail is not one, or
    /// the influence is outside 1–5.
    public func cleaned() throws(AppError) -> ContactDraft {
        var copy = self
        copy.name = RecordText.trimmed(name)
        copy.phone = RecordText.trimmed(phone)
        copy.title = RecordText.trimmed(title)
        try RecordText.require(copy.name, record: "contact", field: "name")
        try RecordText.limit(copy.name, 200, record: "contact", field: "name")
        try RecordText.limit(copy.title, 200, record: "contact", field: "title")
        try RecordText.limit(copy.phone, 50, record: "contact", field: "phone")
        let emails = Tags.split(emails).map { $0.lowercased() }
        for email in emails {
            let parts = email.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, CustomerDraft.isDomain(String(parts[1])),
                  !email.contains(where: \.isWhitespace) else {
                throw .invalidRecord(record: "contact", field: "emails", reason: "'\(email)' is not an e-mail address")
            }
        }
        copy.emails = Tags.join(emails)
        guard (1...5).contains(influence) else {
            throw .invalidRecord(record: "contact", field: "influence", reason: "influence is \(influence); it must be 1 to 5")
        }
        return copy
    }
}

/// The rules of a contact leaving.
public enum ContactRules {
    /// Refused when the contact already left (the date stays as recorded), or when the successor
    /// is the contact, works for another customer, or has left too.
    public static func checkLeaving(_ contact: Contact, successor: Contact?) throws(AppError) {
        if let leftOn = contact.leftOn {
            throw .contactRefused(name: contact.name, reason: "left on \(leftOn.iso) already; that history is kept")
        }
        guard let successor else { return }
        if successor.id == contact.id {
            throw .contactRefused(name: contact.name, reason: "cannot be their own successor")
        }
        if successor.customerId != contact.customerId {
            throw .contactRefused(name: contact.name, reason: "\(successor.name) works for another customer")
        }
        if !successor.isActive {
            throw .contactRefused(name: contact.name, reason: "\(successor.name) has left or is archived; name someone still there")
        }
    }
}
