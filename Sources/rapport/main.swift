import RapportCLI

// Exit status: 0 done, 1 refused or failed, 2 usage (see README, "Exit status").
RapportCommand.runAndExit()
