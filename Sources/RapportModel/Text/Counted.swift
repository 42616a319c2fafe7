/// "1 item", "3 items", "1 customer": a count with its noun, singular for exactly one.
public enum Counted {
    public static func text(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
