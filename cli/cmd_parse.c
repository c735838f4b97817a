/* cmd_parse.c — `polybius parse` (raw text → CoNLL-U: tokens, tags,
 * lemmas, trees) and `polybius eval-parse` (scores the tagger and parser
 * against a gold CoNLL-U file).
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

static const char parse_help[] =
    "usage: polybius parse [--format conllu] [--dicts DIR] [FILE|DIR|-]...\n"
    "\n"
    "Splits raw text into sentences and tokens, tags, lemmatises and parses\n"
    "them, and writes CoNLL-U (UD v2: ID FORM LEMMA UPOS XPOS FEATS HEAD\n"
    "DEPREL DEPS MISC). Reads standard input when no file is given.\n"
    "\n"
    "A file is raw text (every line is body text), or JSON lines when its\n"
    "first character is '{': one article per line, as `polybius code`\n"
    "reads them; their text is parsed and the sentence ids carry the\n"
    "article id (a1-1, a1-2 …).\n";

static const char eval_help[] =
    "usage: polybius eval-parse [--dicts DIR] GOLD.conllu\n"
    "\n"
    "Re-tags and re-parses the gold-tokenised sentences of GOLD.conllu and\n"
    "prints accuracy (CoNLL 2018 definitions, punctuation included); the last\n"
    "line is: UPOS a XPOS b LEMMA c UAS d LAS e\n";

typedef struct parse_run {
    pb_context *ctx;
    int n_failed;
} parse_run;

static int parse_article(pb_article *a, const char *where, void *user)
{
    parse_run *run = user;
    pb_error err;
    pb_doc *doc = cli_process(run->ctx, a, PB_STAGE_SYNTAX, where,
                              &run->n_failed);
    if (!doc)
        return 0;
    int rc = pb_doc_write(doc, PB_FORMAT_CONLLU, cli_write_stdout, NULL, &err);
    pb_doc_free(doc);
    if (rc != PB_OK) {
        cli_error("writing CoNLL-U: %s", err.message);
        return 1;
    }
    return 0;
}

int cmd_parse(int argc, char **argv)
{
    const char *dicts = NULL;
    char *inputs[argc > 0 ? argc : 1];
    int n_inputs = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(parse_help, stdout);
            return 0;
        } else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
            if (strcmp(argv[++i], "conllu") != 0) {
                cli_error("parse: the only format is conllu");
                return 2;
            }
        } else if (strcmp(argv[i], "--dicts") == 0 && i + 1 < argc) {
            dicts = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            cli_error("parse: unknown option or missing value: %s", argv[i]);
            return 2;
        } else {
            inputs[n_inputs++] = argv[i];
        }
    }
    pb_error err;
    parse_run run = {0};
    if (!(run.ctx = pb_context_new(dicts, &err))) {
        cli_error("cannot load the data: %s", err.message);
        return 2;
    }
    int n_failed = 0;
    int rc = cli_read_inputs(inputs, n_inputs, CLI_INPUT_RAW, parse_article,
                             &run, &n_failed);
    pb_context_free(run.ctx);
    if (fflush(stdout) != 0)
        rc = 1;
    return (rc || n_failed || run.n_failed) ? 1 : 0;
}

int cmd_eval_parse(int argc, char **argv)
{
    const char *dicts = NULL, *gold = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(eval_help, stdout);
            return 0;
        } else if (strcmp(argv[i], "--dicts") == 0 && i + 1 < argc) {
            dicts = argv[++i];
        } else if (argv[i][0] == '-' || gold) {
            cli_error("eval-parse: unexpected argument %s", argv[i]);
            return 2;
        } else {
            gold = argv[i];
        }
    }
    if (!gold) {
        fputs(eval_help, stderr);
        return 2;
    }
    pb_error err;
    pb_context *ctx = pb_context_new(dicts, &err);
    if (!ctx) {
        cli_error("cannot load the data: %s", err.message);
        return 2;
    }
    pb_parse_eval sc;
    int rc = pb_eval_parse(ctx, gold, &sc, &err);
    pb_context_free(ctx);
    if (rc != PB_OK) {
        cli_error("%s", err.message);
        return 1;
    }
    printf("%s: %ld sentences, %ld words\n", gold, sc.sentences, sc.words);
    printf("UPOS %.2f XPOS %.2f LEMMA %.2f UAS %.2f LAS %.2f\n", sc.upos,
           sc.xpos, sc.lemma, sc.uas, sc.las);
    return 0;
}
