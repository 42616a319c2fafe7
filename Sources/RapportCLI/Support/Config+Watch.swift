import RapportModel
import TOMLKit

extension Config {
    /// Reads `[watch]`: `no-contact-days`, `unanswered-days` (whole days) and `score-drop`
    /// (points); an unknown name or a value out of range is an error with its line.
    static func watch(_ value: TOMLValueConvertible, text: String, path: String) throws -> WatchSettings {
        guard let section = value.table else { throw AppError.badConfig(file: path, reason: "[watch] must be a table") }
        let lines = ConfigLines(text: text)
        var settings = WatchSettings.standard
        for (key, value) in section {
            let line = lines.line(of: key, in: "watch")
            guard WatchSettings.keys.contains(key) else {
                throw AppError.badConfig(file: path, reason: "line \(line): [watch] \(key): unknown setting ("
                                         + WatchSettings.keys.joined(separator: ", ") + ")")
            }
            // A whole number only: 2.5 days is refused rather than rounded.
            guard let n = value.int else {
                throw AppError.badConfig(file: path, reason: "line \(line): [watch] \(key) must be a whole number")
            }
            if let problem = settings.set(key, n) {
                throw AppError.badConfig(file: path, reason: "line \(line): [watch] \(key) \(problem)")
            }
        }
        return settings
    }
}
