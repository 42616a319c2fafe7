import ArgumentParser

extension RapportCommand {
    /// `rapport import …`: what other programs hold, into the database, each file all or nothing.
    struct ImportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import customers, contacts and projects (CSV) or meetings (.ics), all or nothing.",
            discussion: """
                CSV columns are matched by header name (HubSpot, Salesforce, Pipedrive and hand-made sheets are \
                understood: Company Name, Account Name, Email, Job Title, Deal Amount, Close Date …); --map names \
                the rest. Import customers first: contacts and projects name their customer. Run with --dry-run to \
                see how each column is read. Records that exist already are refused, never overwritten. \
                Punch lists import with `rapport punch import`.
                """,
            subcommands: [Customers.self, Contacts.self, Projects.self, ICS.self])
    }
}
