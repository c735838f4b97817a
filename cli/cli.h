/* cli.h — what the polybius command's files share: the command table
 * entries, input walking (files, directories, stdin, JSON lines) and
 * message helpers. The CLI uses only the public header polybius.h.
 */
#ifndef PB_CLI_H
#define PB_CLI_H

#include "polybius.h"

#include <stddef.h>

/* Largest plain-text file read whole; a larger one is an error. */
#define PB_CLI_MAX_FILE_BYTES (64u * 1024u * 1024u)
/* Longest JSON line; a longer one is an error and is skipped. */
#define PB_CLI_MAX_JSON_LINE (16u * 1024u * 1024u)
/* How deep directories are walked. */
#define PB_CLI_MAX_DEPTH 16

/* Every command: argc/argv start at the command name; returns the exit
 * status (0 ok, 1 some input failed, 2 usage or setup error). */
int cmd_code(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_eval_parse(int argc, char **argv);
int cmd_validate(int argc, char **argv);

/* Prints "polybius: " + message to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* How an input file is read. */
enum cli_input_kind {
    CLI_INPUT_ARTICLE,   /* plain-text article or JSON lines (sniffed) */
    CLI_INPUT_RAW,       /* raw text (no title or header) or JSON lines */
};

/* Called for each article found; `where` names the file (and line). */
typedef int (*cli_article_fn)(pb_article *a, const char *where, void *user);

/* Reads every input (a file, a directory walked in name order, or "-" for
 * stdin) and calls fn for each article. Bad inputs are reported on stderr
 * and counted in *n_failed; the walk goes on. Returns 0, or non-zero when
 * fn asked to stop. */
int cli_read_inputs(char **inputs, int n_inputs, int kind, cli_article_fn fn,
                    void *user, int *n_failed);

/* Runs one article through the pipeline up to `stage`, printing the
 * document's warnings (or the failure, counted in *n_failed) against
 * `where`. Returns the document, or NULL when it failed. */
pb_doc *cli_process(const pb_context *ctx, const pb_article *a, int stage,
                    const char *where, int *n_failed);

/* Writes to stdout; the pb_write_fn used for library output. */
int cli_write_stdout(void *user, const char *data, size_t len);

#endif
