/// The trade an item belongs to; used to group and route items.
public enum PunchCategory: String, CaseIterable, Codable, Sendable {
    case audio, video, control, cabling, network, electrical
    case physicalInstall = "physical-install"
    case documentation, other
}
