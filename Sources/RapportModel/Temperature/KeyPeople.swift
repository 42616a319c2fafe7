/// The people a sales rep must know at an account: champion, signer and final approver, in that
/// order; who left stays on the list, with who replaced them, so the change is seen.
public enum KeyPeople {
    public static let roles: [Contact.Role] = [.champion, .signer, .finalApprover]

    /// By role, then those still there first, then by name; archived contacts are left out.
    public static func select(_ contacts: [ContactRow]) -> [ContactRow] {
        roles.flatMap { role in
            contacts.filter { $0.contact.role == role && $0.contact.archivedOn == nil }
                .sorted { ($0.contact.leftOn != nil ? 1 : 0, $0.contact.name) < ($1.contact.leftOn != nil ? 1 : 0, $1.contact.name) }
        }
    }
}
