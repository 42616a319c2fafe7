/// Who is who by e-mail address: customers' contacts by address, customers by domain, and
/// our own people by domain or address.
public struct MailDirectory: Sendable {
    public struct Match: Hashable, Sendable {
        public var customerId: Int64
        public var contactId: Int64?
    }

    /// Lowercased address → the contact and their customer.
    public var contacts: [String: Match] = [:]
    /// Lowercased domain → customer.
    public var domains: [String: Int64] = [:]
    /// Lowercased domains ("brightline-av.example") or addresses ("pat@gmail.example").
    public var ours: Set<String> = []

    public init(contacts: [String: Match] = [:], domains: [String: Int64] = [:], ours: Set<String> = []) {
        self.contacts = contacts
        self.domains = domains
        self.ours = ours
    }

    /// Adds a contact's addresses as the contact table keeps them ("a@x.example, b@x.example").
    public mutating func addContact(id: Int64, customerId: Int64, emails: String) {
        for address in Self.list(emails) { contacts[address] = Match(customerId: customerId, contactId: id) }
    }

    /// Adds a customer's domains as the customer table keeps them ("harbor.example, harborhotels.example").
    public mutating func addCustomer(id: Int64, domains text: String) {
        for domain in Self.list(text) { domains[domain.hasPrefix("@") ? String(domain.dropFirst()) : domain] = id }
    }

    /// The customer an address belongs to: its contact first, else its domain or a parent
    /// domain ("mail.harbor.example" is harbor.example's).
    public func customer(of address: String) -> Match? {
        if let contact = contacts[address] { return contact }
        var domain = Substring(address.split(separator: "@").last ?? "")
        while !domain.isEmpty {
            if let id = domains[String(domain)] { return Match(customerId: id, contactId: nil) }
            guard let dot = domain.firstIndex(of: ".") else { break }
            domain = domain[domain.index(after: dot)...]
            if !domain.contains(Character(".")) { break }
        }
        return nil
    }

    public func isOurs(_ address: String) -> Bool {
        if ours.contains(address) { return true }
        var domain = Substring(address.split(separator: "@").last ?? "")
        while !domain.isEmpty {
            if ours.contains(String(domain)) { return true }
            guard let dot = domain.firstIndex(of: ".") else { break }
            domain = domain[domain.index(after: dot)...]
            if !domain.contains(Character(".")) { break }
        }
        return false
    }

    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }
}

import Foundation
