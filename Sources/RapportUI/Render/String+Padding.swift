import Foundation

extension StringProtocol {
    /// `padding(toLength: width, withPad: " ", startingAt: 0)`: cut or filled with spaces to
    /// `width` UTF-16 units. ASCII text (one unit a byte) is done here, without Foundation's
    /// bridge to NSString, which was half of the customer view's line making.
    func padded(to width: Int) -> String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return padding(toLength: width, withPad: " ", startingAt: 0) }
        let count = utf8.count
        if count >= width { return String(decoding: utf8.prefix(width), as: UTF8.self) }
        return String(self) + String(repeating: " ", count: width - count)
    }
}
