#if os(Linux)
import CMalloc
#endif
import RapportCLI
import RapportModel

StartupTrace.mark("main")
#if os(Linux)
// The heap grows in 16 MB steps and blocks under 32 MB come from it rather than from mmap, so
// the start makes few brk calls and no munmap (each unmap stops the other core to flush its
// TLB); on this VM that was 1.5 ms of the first frame, timed side by side. Freed memory goes
// back to the system once 64 MB of it lie at the heap's top.
mallopt(M_TOP_PAD, 16 << 20)
mallopt(M_MMAP_THRESHOLD, 32 << 20)
mallopt(M_TRIM_THRESHOLD, 64 << 20)
#endif

// Exit status: 0 done, 1 refused or failed, 2 usage (see README, "Exit status").
RapportCommand.runAndExit()
