/// Money is kept in integer cents; this spells it for people.
public enum Money {
    /// `1_250_000` → `$12,500.00`; negative amounts get a leading minus.
    public static func text(cents: Int64) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        var whole = String(magnitude / 100)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        let fraction = magnitude % 100
        return "\(sign)$\(whole)\(grouped).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
