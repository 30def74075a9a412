// Non-variadic wrappers around libedit, for Swift.
//
// Swift cannot call C variadic functions (el_set, el_get, history), and the C globals
// stdin/stdout/stderr are not concurrency-safe in Swift 6. Each wrapper below fixes the
// arguments of one call the REPL makes.
#ifndef DEBRIEF_CEDITLINE_SHIM_H
#define DEBRIEF_CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

/// The process's standard input, for reading it through stdio without libedit (pipes).
static inline FILE *debrief_stdin(void) {
    return stdin;
}

/// el_init on the process's standard streams.
static inline EditLine *debrief_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

/// EL_EDITOR: "emacs" or "vi" key bindings.
static inline int debrief_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/// EL_PROMPT_ESC: the prompt function; text between two `escape` characters is not counted
/// (for colour sequences).
static inline int debrief_el_set_prompt(EditLine *el, char *(*prompt)(EditLine *), char escape) {
    return el_set(el, EL_PROMPT_ESC, prompt, escape);
}

/// EL_CLIENTDATA: a pointer the key functions can read back.
static inline int debrief_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

/// EL_CLIENTDATA, read back.
static inline void *debrief_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

/// EL_ADDFN: a named editor function implemented by the host.
static inline int debrief_el_add_function(EditLine *el, const char *name, const char *help,
                                          unsigned char (*function)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, function);
}

/// EL_BIND: binds one key sequence (e.g. "^I") to a named editor function.
static inline int debrief_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}

/// EL_SETTY: one setting for one of libedit's terminal modes: `which` is "-d" (while editing)
/// or "-x" (between reads); e.g. "-isig" so Ctrl-C reaches a key binding.
static inline int debrief_el_setty(EditLine *el, const char *which, const char *setting) {
    return el_set(el, EL_SETTY, which, setting, NULL);
}

/// EL_HIST: recall through this history.
static inline int debrief_el_set_history(EditLine *el, History *hist) {
    return el_set(el, EL_HIST, history, hist);
}

/// H_SETSIZE: keep at most `size` entries.
static inline int debrief_history_set_size(History *hist, int size) {
    HistEvent event;
    return history(hist, &event, H_SETSIZE, size);
}

/// H_SETUNIQUE: do not store a line equal to the one before it.
static inline int debrief_history_set_unique(History *hist, int unique) {
    HistEvent event;
    return history(hist, &event, H_SETUNIQUE, unique);
}

/// H_ENTER: adds a line at the newest end.
static inline int debrief_history_enter(History *hist, const char *line) {
    HistEvent event;
    return history(hist, &event, H_ENTER, line);
}

#endif
