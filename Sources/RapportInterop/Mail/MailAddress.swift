/// One mailbox of a From, To or Cc field: the address (lowercased) and the display name.
public struct MailAddress: Hashable, Sendable {
    public var address: String
    public var name: String

    public init(address: String, name: String = "") {
        self.address = address
        self.name = name
    }

    /// The part after `@`, for matching a customer by domain.
    public var domain: String {
        address.split(separator: "@").last.map(String.init) ?? ""
    }

    /// Reads an address list as RFC 5322 writes it — `Dana Ruiz <dana@x.example>`,
    /// `"Ruiz, Dana" <dana@x.example>`, `dana@x.example (Dana)`, groups `team: a@x, b@x;` —
    /// skipping what has no `@` in it. Encoded words in names are decoded.
    public static func list(_ field: String) -> [MailAddress] {
        var result: [MailAddress] = []
        for piece in split(field) {
            var text = String(piece.trimmedSpaces())
            // A group's name: "Project team: a@x.example, b@x.example;"
            if let colon = text.firstIndex(of: ":"), !text[..<colon].contains(Character("<")), !text[..<colon].contains(Character("@")) {
                text = String(text[text.index(after: colon)...].trimmedSpaces())
            }
            text = String(text.trimmed { $0 == ";" || $0 == " " })
            var name = "", address = ""
            if let open = text.lastIndex(of: "<"), let close = text[open...].firstIndex(of: ">") {
                address = String(text[text.index(after: open)..<close])
                name = String(text[..<open])
            } else {
                var bare = text
                if let paren = bare.firstIndex(of: "("), let end = bare[paren...].lastIndex(of: ")") {
                    name = String(bare[bare.index(after: paren)..<end])
                    bare.removeSubrange(paren...end)
                }
                address = bare
            }
            address = String(address.trimmed { $0 == " " || $0 == "\t" || $0 == "'" || $0 == "\"" })
            if address.lowercased().hasPrefix("mailto:") { address.removeFirst(7) }
            guard let at = address.lastIndex(of: "@"), at != address.startIndex, address.index(after: at) != address.endIndex,
                  !address.contains(where: { $0 == " " || $0 == "<" || $0 == ">" }) else { continue }
            name = String(EncodedWords.decode(String(name.trimmedSpaces())).trimmed { $0 == "\"" || $0 == " " })
            result.append(MailAddress(address: address.lowercased(), name: name))
        }
        return result
    }

    /// Splits at commas outside quotes, angle brackets and comments.
    private static func split(_ field: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false, angle = 0, comment = 0, escaped = false
        for character in field {
            if escaped { current.append(character); escaped = false; continue }
            switch character {
            case "\\" where quoted: escaped = true; continue
            case "\"": quoted.toggle()
            case "<" where !quoted: angle += 1
            case ">" where !quoted: angle = max(0, angle - 1)
            case "(" where !quoted: comment += 1
            case ")" where !quoted: comment = max(0, comment - 1)
            case ",", ";":
                if !quoted && angle == 0 && comment == 0 {
                    pieces.append(current)
                    current = ""
                    continue
                }
            default: break
            }
            current.append(character)
        }
        pieces.append(current)
        return pieces
    }
}

import Foundation
