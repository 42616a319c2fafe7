import Foundation
import RapportModel
import Testing
@testable import RapportCLI

/// `[temperature]` in config.toml: weights and half-lives, checked by `rapport config check`.
@Suite struct TemperatureConfigTests {
    let folder = NSTemporaryDirectory() + "rapport-temperature-config-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test func weightsAndHalfLivesAreRead() throws {
        let file = folder + "/config.toml"
        try """
            [temperature]
            tone-half-life = 7
            reply-half-life = 3.5

            [temperature.weights]
            tone = 40
            coverage = 0
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let settings = try Config.load(path: file).temperature
        #expect(settings == TemperatureSettings(weights: [.tone: 40, .coverage: 0], toneHalfLife: 7, replyHalfLife: 3.5))
        #expect(try Config.load(path: folder + "/none.toml").temperature == .standard)
    }

    @Test(arguments: [
        ("[temperature]\ntone-half-life = 0\n", "line 2: [temperature] tone-half-life must be a number of days above 0 and at most 3650"),
        ("[temperature]\ntone-halflife = 7\n",
         "line 2: [temperature] tone-halflife: unknown setting (tone-half-life, recency-half-life, reply-half-life, [temperature.weights])"),
        ("[temperature]\nrecency-half-life = \"long\"\n", "line 2: [temperature] recency-half-life must be a number of days above 0 and at most 3650"),
        ("[temperature.weights]\n\nmoney = 250\n", "line 3: [temperature.weights] money must be a number from 0 (off) to 100"),
        ("[temperature.weights]\nmood = 5\n",
         "line 2: [temperature.weights] mood: no such signal (tone, responsiveness, recency, punch, money, coverage)"),
        ("[temperature.weights]\ntone = 0\nresponsiveness = 0\nrecency = 0\npunch = 0\nmoney = 0\ncoverage = 0\n",
         "line 1: [temperature.weights] are all 0, so no signal would count"),
        ("[mail]\nours = \"brightline.example\"\n", "line 2: [mail] ours must be a list of domains, e.g. [\"brightline-av.com\"]"),
        ("[watch]\nquiet-days = 3\n", "line 2: [watch] quiet-days: unknown setting (no-contact-days, unanswered-days, score-drop)"),
        ("[watch]\nunanswered-days = 2.5\n", "line 2: [watch] unanswered-days must be a whole number"),
        ("[watch]\nno-contact-days = 0\n", "line 2: [watch] no-contact-days must be a whole number of days from 1 to 3650"),
        ("\n[watch]\nscore-drop = 200\n", "line 3: [watch] score-drop must be a whole number of points from 1 to 100"),
    ] as [(String, String)])
    func configCheckRefusesABadSettingWithItsLine(text: String, reason: String) throws {
        let file = folder + "/bad.toml"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: AppError.badConfig(file: file, reason: reason)) { try Config.load(path: file) }
        do {
            try RapportCommand.ConfigCommand.Check.parse(["--file", file]).run()
            Issue.record("config check passed a bad [temperature]")
        } catch let error as CLIError {
            #expect(error.message == "\(file): \(reason)")
        }
    }

    @Test func watchLimitsAreRead() throws {
        let file = folder + "/watch.toml"
        try "[watch]\nno-contact-days = 21\nscore-drop = 8\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Config.load(path: file).watch == WatchSettings(noContactDays: 21, unansweredDays: 3, scoreDrop: 8))
        #expect(try Config.load(path: folder + "/none.toml").watch == .standard)
    }

    @Test func oursIsReadLowercased() throws {
        let file = folder + "/mail.toml"
        try "[mail]\nours = [\"Brightline.example\", \"pat@gmail.example\"]\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Config.load(path: file).mailOurs == ["brightline.example", "pat@gmail.example"])
    }
}
