/// The version `rapport --version` prints and the man page carries: the one place it is written.
public enum RapportVersion {
    public static let number = "0.4.0"
    /// The day this version was cut; the man page's date, so the generated page does not change by the day.
    public static let date = "2026-12-02"
}
