#ifndef RAPPORT_CNCURSES_SHIM_H
#define RAPPORT_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D flags, so ask for the wide-character API here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdio.h>
#include <curses.h>
#include <term.h>

// Swift cannot import function-like macros, nor touch ncurses' mutable globals under
// strict concurrency: each one the app needs gets a small accessor here.

static inline WINDOW *rapport_stdscr(void) { return stdscr; }
static inline int rapport_colors(void) { return COLORS; }
static inline int rapport_color_pairs(void) { return COLOR_PAIRS; }

/// Opens the terminal on stdout/stdin; NULL (not exit(3), as initscr does) when TERM is unusable.
static inline SCREEN *rapport_newterm(void) { return newterm(NULL, stdout, stdin); }

/// As rapport_newterm, with the terminfo entry `name` instead of $TERM's.
static inline SCREEN *rapport_newterm_named(const char *name) { return newterm(name, stdout, stdin); }

/// The `colors` of terminfo entry `name` (NULL: $TERM's); -1 when the entry is not installed.
static inline int rapport_term_colors(const char *name) {
    int status = 0;
    if (setupterm(name, 1, &status) != OK) return -1;
    int colors = tigetnum("colors");
    del_curterm(cur_term);
    return colors;
}

static inline attr_t rapport_a_normal(void) { return A_NORMAL; }
static inline attr_t rapport_a_bold(void) { return A_BOLD; }
static inline attr_t rapport_a_dim(void) { return A_DIM; }
static inline attr_t rapport_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rapport_a_reverse(void) { return A_REVERSE; }
static inline attr_t rapport_a_italic(void) { return A_ITALIC; }

static inline int rapport_key_f(int n) { return KEY_F(n); }

/// Whether $TERM can carry the dashboard, asked before ncurses writes anything: 1 yes, 0 unset or
/// unknown to terminfo, -1 known but unable to move the cursor (TERM=dumb, a printing terminal).
static inline int rapport_term_usability(void) {
    int status = 0;
    if (setupterm(NULL, 1, &status) != OK) return 0;
    char *address = tigetstr("cup");
    int usable = address != NULL && address != (char *)-1;
    del_curterm(cur_term);
    return usable ? 1 : -1;
}

/// The escape sequence moving the cursor to (row, column), from terminfo; NULL when unknown.
static inline const char *rapport_cursor_address(int row, int column) {
    char *address = tigetstr("cup");
    if (address == NULL || address == (char *)-1) return NULL;
    return tiparm(address, row, column);
}

/// Sends `attributes` and colour `pair` through `output` (and ncurses notes them as current).
static inline int rapport_vid_puts(attr_t attributes, int pair, int (*output)(int)) {
    return vid_puts(attributes, (short)pair, NULL, output);
}

// The columns ncurses will give a character; glibc declares wcwidth only for _XOPEN_SOURCE,
// which the Glibc module is not built with.
int wcwidth(wchar_t c);
static inline int rapport_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
