import RapportCLI
import RapportModel

// Exit status: 0 done, 1 refused or failed, 2 usage (see README, "Exit status").
StartupTrace.mark("main")
RapportCommand.runAndExit()
