import Foundation

/// Where Rapport keeps its files, following the XDG base directory convention.
struct Paths {
    let dataHome: String
    let configHome: String

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"] ?? NSHomeDirectory()
        dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
    }

    var defaultDatabase: String { dataHome + "/rapport/rapport.sqlite" }
    var demoDatabase: String { dataHome + "/rapport/demo.sqlite" }
    var configFile: String { configHome + "/rapport/config.toml" }
    var themesFolder: String { configHome + "/rapport/themes" }
}
