import Foundation

/// A C ncurses "hello" filling a 120×40 screen, compiled once with the system's `cc`: the floor
/// of a curses program's first frame on this machine, for the side by side.
enum CursesHello {
    /// The screen it writes is a little over this many bytes.
    static let bytes = 1500

    static let source = """
        #include <curses.h>
        #include <locale.h>
        int main(void) {
            setlocale(LC_ALL, "");
            initscr(); raw(); noecho();
            for (int y = 0; y < LINES; y++) mvprintw(y, 0, "hello %d: the quick brown fox jumps over the lazy dog", y);
            refresh();
            getch();
            endwin();
            return 0;
        }
        """

    /// The compiled program's path, or nil when there is no compiler or ncurses headers.
    static func build(in folder: String) -> String? {
        let binary = folder + "/curses-hello"
        if FileManager.default.isExecutableFile(atPath: binary) { return binary }
        let file = folder + "/curses-hello.c"
        guard (try? source.write(toFile: file, atomically: true, encoding: .utf8)) != nil,
              FileManager.default.isExecutableFile(atPath: "/usr/bin/cc") else { return nil }
        ProcessScenario.spawnAndWait(["/usr/bin/cc", "-O2", "-o", binary, file, "-lncursesw"])
        return FileManager.default.isExecutableFile(atPath: binary) ? binary : nil
    }
}
