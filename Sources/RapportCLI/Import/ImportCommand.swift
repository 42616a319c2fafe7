import ArgumentParser

extension RapportCommand {
    /// `rapport import …`: bring in what other tools hold.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import from other tools (mail).",
            subcommands: [Mail.self])
    }
}
