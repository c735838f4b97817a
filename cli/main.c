/* main.c — the polybius command: a table of subcommands over the library.
 * Each subcommand lives in its own cli/cmd_*.c file.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command commands[] = {
    {"code", cmd_code, "code articles into events (JSON lines, TSV, GDELT)"},
    {"parse", cmd_parse, "tokenise, tag and parse text into CoNLL-U"},
    {"eval-parse", cmd_eval_parse,
     "score the tagger and parser on a gold CoNLL-U file"},
    {"validate", cmd_validate, "run a PETRARCH validation suite"},
    {NULL, NULL, NULL},
};

void cli_error(const char *fmt, ...)
{
    va_list ap;
    fputs("polybius: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int cli_write_stdout(void *user, const char *data, size_t len)
{
    (void)user;
    return fwrite(data, 1, len, stdout) == len ? 0 : -1;
}

static void usage(FILE *out)
{
    fputs("Polybius turns news articles into coded political events:\n"
          "who did what to whom (CAMEO), when and where.\n\n"
          "usage: polybius COMMAND [OPTIONS] [ARGS]\n\ncommands:\n",
          out);
    for (const command *c = commands; c->name; c++)
        fprintf(out, "  %-11s %s\n", c->name, c->summary);
    fputs("\n'polybius COMMAND --help' explains a command.\n"
          "Example: polybius code --date 2013-05-05 article.txt\n",
          out);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 ||
        strcmp(name, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(name, "--version") == 0) {
        printf("polybius %s\n", PB_VERSION);
        return 0;
    }
    for (const command *c = commands; c->name; c++)
        if (strcmp(c->name, name) == 0)
            return c->run(argc - 1, argv + 1);
    cli_error("unknown command '%s' (try 'polybius --help')", name);
    return 2;
}
