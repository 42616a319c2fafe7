import RapportCLI
RapportCommand.main()
