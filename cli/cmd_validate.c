/* cmd_validate.c — `polybius validate`: runs a PETRARCH-format validation
 * suite through the tree coder and prints per-category scores, ending with
 * "records correct: K/N (P%)". All the work is pb_validate_run.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char validate_help[] =
    "usage: polybius validate SUITE.xml [--dicts DIR] [--parse given|ours]\n"
    "                         [--known FILE] [--limit N] [--verbose]\n"
    "                         [--data DIR]\n\n"
    "Codes every <Sentence> of a PETRARCH validation suite with the tree\n"
    "coder and compares the events with its <EventCoding> rows.\n\n"
    "  --dicts DIR    read the dictionaries the suite's <Environment> names\n"
    "                 from DIR (default: beside the suite, or in\n"
    "                 ../dictionaries/ from it); a suite that names none is\n"
    "                 coded with the CAMEO.2.0 + Phoenix set in DIR\n"
    "  --parse ours   tokenise, tag and parse <Text> ourselves (default)\n"
    "  --parse given  code the CoNLL-U parse in <Parse> (UD-PETRARCH suites)\n"
    "  --known FILE   known differences (TSV: suite, record id, reason),\n"
    "                 reported apart\n"
    "  --limit N      stop after N evaluated records\n"
    "  --verbose      list every record coded wrongly\n"
    "  --data DIR     the project's data directory (tagger and parser)\n";

int cmd_validate(int argc, char **argv)
{
    const char *suite = NULL, *data = NULL;
    pb_validate_options opt = {0};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int has_value = i + 1 < argc;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(validate_help, stdout);
            return 0;
        } else if (strcmp(a, "--dicts") == 0 && has_value) {
            opt.dicts_dir = argv[++i];
        } else if (strcmp(a, "--data") == 0 && has_value) {
            data = argv[++i];
        } else if (strcmp(a, "--known") == 0 && has_value) {
            opt.known_path = argv[++i];
        } else if (strcmp(a, "--limit") == 0 && has_value) {
            opt.max_records = strtoul(argv[++i], NULL, 10);
        } else if (strcmp(a, "--parse") == 0 && has_value) {
            const char *v = argv[++i];
            if (strcmp(v, "given") != 0 && strcmp(v, "ours") != 0) {
                cli_error("validate: --parse takes 'given' or 'ours'");
                return 2;
            }
            opt.parse_given = strcmp(v, "given") == 0;
        } else if (strcmp(a, "--verbose") == 0 || strcmp(a, "-v") == 0) {
            opt.verbose = 1;
        } else if (a[0] == '-' || suite) {
            cli_error("validate: unexpected argument %s", a);
            return 2;
        } else {
            suite = a;
        }
    }
    if (!suite) {
        fputs(validate_help, stderr);
        return 2;
    }
    pb_error err;
    pb_context *ctx = pb_context_new(data, &err);
    if (!ctx) {
        cli_error("cannot load the data: %s", err.message);
        return 2;
    }
    pb_validate_result res;
    int rc = pb_validate_run(ctx, suite, &opt, cli_write_stdout, NULL, &res,
                             &err);
    pb_context_free(ctx);
    if (rc != PB_OK) {
        cli_error("validate: %s", err.message);
        return 1;
    }
    return 0;
}
