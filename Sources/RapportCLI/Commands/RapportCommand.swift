import ArgumentParser

/// `rapport`: the dashboard, and the commands around it.
public struct RapportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "Punch lists, meetings and customer temperature for firms that sell and install projects.",
        discussion: """
            Without a subcommand, opens the dashboard on the database from --db, $RAPPORT_DB, \
            or $XDG_DATA_HOME/rapport/rapport.sqlite.
            """,
        version: RapportVersion.number,
        subcommands: [Open.self, Demo.self, Init.self, Seed.self, Render.self, Punch.self, Backup.self, Check.self,
                      ConfigCommand.self, Keys.self,
                      CustomerCommand.self, ContactCommand.self, ProjectCommand.self, MilestoneCommand.self,
                      LocationCommand.self, AssumptionCommand.self, AssumptionsCommand.self, ImportCommand.self,
                      ExportCommand.self, CalendarCommand.self, Agenda.self, MeetingCommand.self, SentimentCommand.self,
                      GlanceCommand.self, GenerateDocs.self, NoteCommand.self, IntelCommand.self, OpportunityCommand.self,
                      WatchCommand.self, SearchCommand.self],
        defaultSubcommand: Open.self
    )

    public init() {}
}
