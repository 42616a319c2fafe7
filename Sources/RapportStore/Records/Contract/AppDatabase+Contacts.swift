import Foundation
import GRDB
import RapportModel

// MARK: - Contacts: people at a customer, and who took over when one left

extension AppDatabase {
    public func addContact(customerId: Int64, _ draft: ContactDraft, by who: String, at: Date) throws -> Saved<Contact> {
        let draft = try draft.cleaned()
        let (contact, label) = try journaled(by: who, at: at) { db, journal in
            let customer = try Self.customer(db, customerId)
            var contact = Contact(customerId: customerId, name: draft.name, emails: draft.emails, phone: draft.phone,
                                  title: draft.title, department: draft.department, role: draft.role,
                                  influence: draft.influence)
            try contact.insert(db)
            try journal.didInsert("contact", id: contact.id!)
            return (contact, "add contact \(contact.name) (\(customer.name))")
        }
        return Saved(contact, record: .contact, customerId: customerId, label: label)
    }

    public func editContact(contactId: Int64, _ draft: ContactDraft, by who: String, at: Date) throws -> Saved<Contact> {
        let draft = try draft.cleaned()
        let (contact, label) = try journaled(by: who, at: at) { db, journal in
            var contact = try Self.contact(db, contactId)
            try journal.willUpdate("contact", ids: [contactId])
            contact.name = draft.name
            contact.emails = draft.emails
            contact.phone = draft.phone
            contact.title = draft.title
            contact.department = draft.department
            contact.role = draft.role
            contact.influence = draft.influence
            try contact.update(db)
            return (contact, "edit contact \(contact.name)")
        }
        return Saved(contact, record: .contact, customerId: contact.customerId, label: label)
    }

    /// Archives a contact entered by mistake or twice (someone who left is marked left instead,
    /// which keeps who took over); `archived` false restores them.
    public func archiveContact(contactId: Int64, archived: Bool, on day: LocalDate, by who: String,
                               at: Date) throws -> Saved<Contact> {
        let (contact, label) = try journaled(by: who, at: at) { db, journal in
            var contact = try Self.contact(db, contactId)
            try journal.willUpdate("contact", ids: [contactId])
            contact.archivedOn = archived ? (contact.archivedOn ?? day) : nil
            try contact.update(db)
            return (contact, "\(archived ? "archive" : "restore") contact \(contact.name)")
        }
        return Saved(contact, record: .contact, customerId: contact.customerId, label: label)
    }

    /// Records that the contact left on `day` and who took over; the contact stays, with the
    /// date and the successor, so the customer's history reads who was who (`ContactRules`).
    public func markContactLeft(contactId: Int64, on day: LocalDate, successorId: Int64?, by who: String,
                                at: Date) throws -> Saved<ContactLeaving> {
        let (leaving, label) = try journaled(by: who, at: at) { db, journal in
            var contact = try Self.contact(db, contactId)
            let successor = try successorId.map { try Self.contact(db, $0) }
            try ContactRules.checkLeaving(contact, successor: successor)
            try journal.willUpdate("contact", ids: [contactId])
            contact.leftOn = day
            contact.successorId = successorId
            try contact.update(db)
            let label = "mark \(contact.name) left" + (successor.map { ", succeeded by \($0.name)" } ?? "")
            return (ContactLeaving(contact: contact, successor: successor), label)
        }
        return Saved(leaving, record: .contact, customerId: leaving.contact.customerId, label: label)
    }
}
