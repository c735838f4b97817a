/* cmd_code.c — `polybius code`: reads articles and writes their events.
 * Options override the envelope (--date, --id), pick the output format
 * (JSON lines, TSV, GDELT 2.0 columns) and the data directory. Problems with one input never stop the others; the
 * exit status says whether any input failed.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

static const char code_help[] =
    "usage: polybius code [OPTIONS] [FILE|DIR|-]...\n"
    "\n"
    "Codes news articles into political events, one per line.\n"
    "Inputs are plain-text articles (optional Date:/Source:/ID:/URL: header\n"
    "lines, a title line, the body, an optional closing 'By NAME' line),\n"
    "JSON-lines files ({\"id\",\"date\",\"source\",\"url\",\"title\",\"text\"} per "
    "line),\n"
    "directories of either (walked in name order), or - for standard input\n"
    "(the default).\n"
    "\n"
    "options:\n"
    "  --date YYYY-MM-DD   the article date (overrides the envelope); events\n"
    "                      of articles without a date have no date\n"
    "  --id ID             the article id (overrides the envelope)\n"
    "  --format FORMAT     json (default: one JSON record per event), tsv,\n"
    "                      or gdelt (the 61 GDELT 2.0 event columns)\n"
    "  --header            with --format tsv or gdelt: print the column names\n"
    "                      first\n"
    "  --dicts DIR         the data directory (default: the installed data)\n"
    "  -h, --help          this help\n"
    "\n"
    "example:\n"
    "  polybius code --date 2013-05-05 examples/israel-china-visit.txt\n";

typedef struct code_opts {
    const char *date, *id, *dicts;
    int format;
    int header;
} code_opts;

typedef struct code_run {
    const code_opts *opts;
    pb_context *ctx;
    int n_failed;
    int output_failed;
} code_run;

static int code_article(pb_article *a, const char *where, void *user)
{
    code_run *run = user;
    pb_error err;
    if (run->opts->date &&
        pb_article_set_date(a, run->opts->date, &err) != PB_OK) {
        cli_error("--date: %s", err.message);
        run->n_failed++;
        return 0;
    }
    if (run->opts->id)
        pb_article_set_id(a, run->opts->id, NULL);
    pb_doc *doc = cli_process(run->ctx, a, PB_STAGE_EVENTS, where,
                              &run->n_failed);
    if (!doc)
        return 0;
    if (pb_doc_write(doc, run->opts->format, cli_write_stdout, NULL, &err) !=
        PB_OK) {
        cli_error("writing events: %s", err.message);
        run->output_failed = 1;
    }
    pb_doc_free(doc);
    return run->output_failed;
}

int cmd_code(int argc, char **argv)
{
    code_opts opts = {.format = PB_FORMAT_JSON};
    char *inputs[argc > 0 ? argc : 1];
    int n_inputs = 0;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        int has_value = i + 1 < argc;
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            fputs(code_help, stdout);
            return 0;
        } else if (strcmp(arg, "--date") == 0 && has_value) {
            opts.date = argv[++i];
        } else if (strcmp(arg, "--id") == 0 && has_value) {
            opts.id = argv[++i];
        } else if (strcmp(arg, "--dicts") == 0 && has_value) {
            opts.dicts = argv[++i];
        } else if (strcmp(arg, "--format") == 0 && has_value) {
            const char *f = argv[++i];
            if (strcmp(f, "json") == 0) {
                opts.format = PB_FORMAT_JSON;
            } else if (strcmp(f, "tsv") == 0) {
                opts.format = PB_FORMAT_TSV;
            } else if (strcmp(f, "gdelt") == 0) {
                opts.format = PB_FORMAT_GDELT;
            } else {
                cli_error("unknown format '%s' (json, tsv or gdelt)", f);
                return 2;
            }
        } else if (strcmp(arg, "--header") == 0) {
            opts.header = 1;
        } else if (arg[0] == '-' && arg[1] != '\0') {
            cli_error("code: unknown option or missing value: %s "
                      "(see 'polybius code --help')",
                      arg);
            return 2;
        } else {
            inputs[n_inputs++] = argv[i];
        }
    }
    if (opts.date) {
        /* Check the date once, before any work, so a typo fails fast. */
        pb_error err;
        pb_article *probe = pb_article_from_body("", 0, &err);
        int bad = probe && pb_article_set_date(probe, opts.date, &err);
        pb_article_free(probe);
        if (bad) {
            cli_error("--date: %s", err.message);
            return 2;
        }
    }
    pb_error err;
    pb_context *ctx = pb_context_new(opts.dicts, &err);
    if (!ctx) {
        cli_error("cannot load the data: %s", err.message);
        return 2;
    }
    if (opts.header && opts.format == PB_FORMAT_TSV)
        fputs(pb_tsv_header(), stdout);
    else if (opts.header && opts.format == PB_FORMAT_GDELT)
        fputs(pb_gdelt_header(), stdout);
    code_run run = {.opts = &opts, .ctx = ctx};
    int n_failed = 0;
    cli_read_inputs(inputs, n_inputs, CLI_INPUT_ARTICLE, code_article, &run,
                    &n_failed);
    pb_context_free(ctx);
    if (fflush(stdout) != 0)
        run.output_failed = 1;
    return (n_failed || run.n_failed || run.output_failed) ? 1 : 0;
}
