import Foundation

/// A customer as a form or the CLI hands it in, before it is saved.
public struct CustomerDraft: Hashable, Sendable, Codable {
    public var name: String
    /// E-mail domains, comma separated: `contoso.edu, contoso.org`.
    public var domains: String
    public var regions: String
    public var trajectory: Customer.Trajectory

    public init(name: String, domains: String = "", regions: String = "", trajectory: Customer.Trajectory = .stable) {
        self.name = name
        self.domains = domains
        self.regions = regions
        self.trajectory = trajectory
    }

    public init(_ customer: Customer) {
        self.init(name: customer.name, domains: customer.domains, regions: customer.regions,
                  trajectory: customer.trajectory)
    }

    /// Trimmed, lists normalised (domains lower-cased, a leading `@` dropped); refused when the
    /// name is empty or too long, or a domain is not one (`contoso.edu`).
    public func cleaned() throws(AppError) -> CustomerDraft {
        var copy = self
        copy.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        try RecordText.require(copy.name, record: "customer", field: "name")
        try RecordText.limit(copy.name, 200, record: "customer", field: "name")
        let domains = Tags.split(domains).map { $0.lowercased().hasPrefix("@") ? String($0.lowercased().dropFirst()) : $0.lowercased() }
        for domain in domains where !Self.isDomain(domain) {
            throw .invalidRecord(record: "customer", field: "domains", reason: "'\(domain)' is not an e-mail domain (e.g. contoso.edu)")
        }
        copy.domains = Tags.join(domains)
        copy.regions = Tags.join(Tags.split(regions))
        try RecordText.limit(copy.regions, 500, record: "customer", field: "regions")
        return copy
    }

    /// `contoso.edu`: labels of letters, digits and hyphens, at least two of them.
    static func isDomain(_ text: String) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && text.count <= 253 && labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}

/// Shared checks of record text fields.
enum RecordText {
    static func require(_ text: String, record: String, field: String) throws(AppError) {
        if text.isEmpty { throw .invalidRecord(record: record, field: field, reason: "the \(field) is empty") }
    }

    static func limit(_ text: String, _ count: Int, record: String, field: String) throws(AppError) {
        if text.count > count {
            throw .invalidRecord(record: record, field: field, reason: "the \(field) is longer than \(count) characters")
        }
    }

    static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}
