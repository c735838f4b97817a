/* bench-syntax.c — speed and accuracy tools for the syntax stage.
 *
 * Built plain, it is the benchmark: tag + lemmatize + parse every sentence
 * of each input on one thread, five runs, and print the median tokens/s
 * and sentences/s, the model load time and a hash of the output, so a
 * faster-but-wrong build is caught. An input is CoNLL-U (gold
 * tokenisation, gold annotation ignored) or raw news, JSON lines with a
 * "text" field or Wikinews CSV, which the text stage splits into
 * sentences before the clock starts. Built with -DPB_EVAL_MAIN it is the accuracy check behind
 * `make accuracy-syntax`: scores named CoNLL-U files and compares them with
 * the floors file (lines "syntax.NAME.METRIC value"). Both take --beam K to
 * parse with another beam width than the model's (1 = greedy decoding).
 *
 * usage: bench-syntax --model M [--beam K] FILE.conllu|FILE.jsonl|FILE.csv...
 *        eval-syntax  --model M [--beam K] [--floors FILE] NAME=FILE.conllu ...
 */
#include "../src/syntax_int.h"
#include "../src/text.h"
#include "tool_util.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Timed runs of the benchmark; the median is reported. */
#define BENCH_RUNS 5

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Loads the model; a beam width > 0 replaces the model's own. */
static pb_syntax_model *load(const char *path, int beam, double *secs)
{
    char err[512];
    pb_syntax_model *m;
    double t0 = now();
    if (pb_syntax_model_load(path, &m, err, sizeof err) < 0) {
        fprintf(stderr, "%s\n", err);
        exit(1);
    }
    *secs = now() - t0;
    if (beam > PB_BEAM_MAX) {
        fprintf(stderr, "--beam must be at most %d\n", PB_BEAM_MAX);
        exit(2);
    }
    if (beam > 0)
        m->beam = (uint32_t)beam;
    return m;
}

#ifndef PB_EVAL_MAIN

/* One benchmark input: its sentences' token forms (other fields unused). */
typedef struct corpus {
    pb_sentence *sents;
    size_t n, cap, tokens, maxlen;
    pb_arena arena; /* the forms and sentences of raw-text inputs */
} corpus;

static void corpus_add(corpus *c, const pb_sentence *s)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 1024;
        c->sents = realloc(c->sents, c->cap * sizeof *c->sents);
        if (!c->sents) {
            fprintf(stderr, "out of memory\n");
            exit(1);
        }
    }
    c->sents[c->n++] = *s;
    c->tokens += s->n_tokens;
    if (s->n_tokens > c->maxlen)
        c->maxlen = s->n_tokens;
}

/* Splits one article's text into sentences with the text stage, as the
 * pipeline does; this is not timed. */
static void add_text(corpus *c, const char *text)
{
    pb_text norm;
    pb_raw_token *toks;
    pb_sentence *sents;
    size_t n_toks, n_split, n_sents, n_broken;
    if (pb_text_normalize(&c->arena, text, strlen(text), &norm) != 0 ||
        pb_tokenize(&c->arena, &norm, &toks, &n_toks, &n_split) != 0 ||
        pb_segment(&c->arena, &norm, toks, n_toks, &sents, &n_sents,
                   &n_broken) != 0) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    for (size_t i = 0; i < n_sents; i++)
        corpus_add(c, &sents[i]);
}

/* JSON lines with a "text" field (VOA stories, `polybius code` input). */
static void read_jsonl(corpus *c, const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        perror(path);
        exit(1);
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    for (int lineno = 1; (len = getline(&line, &cap, fp)) > 0; lineno++) {
        json_error_t jerr;
        json_t *o = json_loadb(line, (size_t)len, 0, &jerr);
        const char *text = json_string_value(json_object_get(o, "text"));
        if (!text) {
            fprintf(stderr, "%s:%d: no \"text\" string\n", path, lineno);
            exit(1);
        }
        add_text(c, text);
        json_decref(o);
    }
    free(line);
    fclose(fp);
}

/* CSV with the header url,date,title,text (the Wikinews files). */
static void read_csv(corpus *c, const char *path)
{
    char *buf = tool_read_file("bench-syntax", path, NULL);
    const char *p = buf;
    for (int record = 0; *p; record++) {
        char *f[4] = {0};
        int nf = 0, end = 0;
        while (!end && *p) {
            char *v = tool_csv_field(&p, &end);
            if (nf < 4)
                f[nf++] = v;
            else
                free(v);
        }
        if (record == 0 && (nf < 4 || strcmp(f[3], "text") != 0)) {
            fprintf(stderr, "%s: expected the header url,date,title,text\n",
                    path);
            exit(1);
        }
        if (record > 0 && nf == 4)
            add_text(c, f[3]);
        for (int i = 0; i < nf; i++)
            free(f[i]);
    }
    free(buf);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Reads a benchmark input: CoNLL-U (gold tokenisation), JSON lines or
 * Wikinews CSV (raw text, split by the text stage). */
static void read_corpus(corpus *c, const char *path)
{
    memset(c, 0, sizeof *c);
    if (ends_with(path, ".jsonl")) {
        read_jsonl(c, path);
    } else if (ends_with(path, ".csv")) {
        read_csv(c, path);
    } else {
        pb_conllu_sentence *s;
        size_t n;
        char err[512];
        if (pb_conllu_read(path, &c->arena, &s, &n, err, sizeof err) < 0) {
            fprintf(stderr, "%s\n", err);
            exit(1);
        }
        for (size_t i = 0; i < n; i++)
            corpus_add(c, &s[i].sentence);
    }
}

static uint64_t fnv(uint64_t h, const void *p, size_t len)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < len; i++) {
        h ^= b[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Times BENCH_RUNS passes of tag + lemma + parse over c and prints the
 * median; 0, or 1 on failure. */
static int bench(const pb_syntax_model *m, const char *name, const corpus *c)
{
    pb_arena work = PB_ARENA_INIT;
    pb_token *toks = malloc((c->maxlen + 1) * sizeof *toks);
    if (!toks)
        return 1;
    double times[BENCH_RUNS];
    uint64_t hash = 0;
    for (int run = 0; run < BENCH_RUNS; run++) {
        uint64_t h = 0xcbf29ce484222325ULL;
        double t0 = now();
        for (size_t i = 0; i < c->n; i++) {
            const pb_sentence *g = &c->sents[i];
            for (uint32_t j = 0; j < g->n_tokens; j++) {
                memset(&toks[j], 0, sizeof toks[j]);
                toks[j].form = g->tokens[j].form;
            }
            if (pb_syntax_annotate(m, toks, g->n_tokens, &work) < 0) {
                fprintf(stderr, "out of memory\n");
                return 1;
            }
            for (uint32_t j = 0; j < g->n_tokens; j++) {
                h = fnv(h, &toks[j].head, sizeof toks[j].head);
                h = fnv(h, &toks[j].deprel, 1);
                h = fnv(h, &toks[j].upos, 1);
                h = fnv(h, toks[j].xpos, strlen(toks[j].xpos));
                h = fnv(h, toks[j].lemma, strlen(toks[j].lemma) + 1);
            }
            pb_arena_free(&work);
        }
        times[run] = now() - t0;
        if (run > 0 && h != hash) {
            fprintf(stderr, "output differs between runs\n");
            return 1;
        }
        hash = h;
    }
    free(toks);
    qsort(times, BENCH_RUNS, sizeof times[0], cmp_double);
    double med = times[BENCH_RUNS / 2];
    printf("syntax bench: %s, %zu sentences, %zu tokens, %d runs\n", name,
           c->n, c->tokens, BENCH_RUNS);
    printf("tag+lemma+parse median %.3f s: %.0f tokens/s, %.0f sentences/s "
           "(min %.3f s, max %.3f s)\n",
           med, (double)c->tokens / med, (double)c->n / med, times[0],
           times[BENCH_RUNS - 1]);
    printf("output hash %016llx\n", (unsigned long long)hash);
    return 0;
}

int main(int argc, char **argv)
{
    const char *model = "data/syntax/en-ewt.model", *files[64];
    int beam = 0, n_files = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--model") == 0 && i + 1 < argc)
            model = argv[++i];
        else if (strcmp(argv[i], "--beam") == 0 && i + 1 < argc)
            beam = atoi(argv[++i]);
        else if (n_files < 64)
            files[n_files++] = argv[i];
    }
    if (!n_files) {
        fprintf(stderr, "usage: bench-syntax --model M [--beam K] "
                        "FILE.conllu|FILE.jsonl|FILE.csv ...\n");
        return 2;
    }
    double load_s;
    pb_syntax_model *m = load(model, beam, &load_s);
    printf("model load %.3f s, parser beam %u\n", load_s, m->beam);
    int failed = 0;
    for (int f = 0; f < n_files && !failed; f++) {
        corpus c;
        read_corpus(&c, files[f]);
        failed = bench(m, files[f], &c);
        free(c.sents);
        pb_arena_free(&c.arena);
    }
    pb_syntax_model_free(m);
    return failed;
}

#else /* PB_EVAL_MAIN */

/* Floor for key in the floors file, or -1 when absent. */
static double floor_of(const char *floors, const char *key)
{
    if (!floors)
        return -1;
    FILE *fp = fopen(floors, "r");
    if (!fp)
        return -1;
    char line[256], k[128];
    double v, found = -1;
    while (fgets(line, sizeof line, fp))
        if (sscanf(line, "%127s %lf", k, &v) == 2 && strcmp(k, key) == 0)
            found = v;
    fclose(fp);
    return found;
}

int main(int argc, char **argv)
{
    const char *model = "data/syntax/en-ewt.model", *floors = NULL;
    int fails = 0, i = 1, beam = 0;
    for (; i < argc; i++) {
        if (strcmp(argv[i], "--model") == 0 && i + 1 < argc)
            model = argv[++i];
        else if (strcmp(argv[i], "--beam") == 0 && i + 1 < argc)
            beam = atoi(argv[++i]);
        else if (strcmp(argv[i], "--floors") == 0 && i + 1 < argc)
            floors = argv[++i];
        else
            break;
    }
    double load_s;
    pb_syntax_model *m = load(model, beam, &load_s);
    printf("parser beam %u\n", m->beam);
    for (; i < argc; i++) {
        char name[64];
        const char *eq = strchr(argv[i], '=');
        if (!eq || (size_t)(eq - argv[i]) >= sizeof name) {
            fprintf(stderr, "expected NAME=FILE, got %s\n", argv[i]);
            return 2;
        }
        memcpy(name, argv[i], (size_t)(eq - argv[i]));
        name[eq - argv[i]] = '\0';
        pb_parse_scores sc;
        char err[512], line[256];
        if (pb_syntax_evaluate(m, eq + 1, &sc, err, sizeof err) < 0) {
            fprintf(stderr, "%s\n", err);
            return 1;
        }
        pb_parse_scores_format(&sc, line, sizeof line);
        printf("%s: %zu sentences, %zu words: %s (LAS with subtypes %.2f)\n",
               name, sc.sentences, sc.words, line, sc.las_full_pct);
        const struct {
            const char *metric;
            double value;
        } got[] = {{"upos", sc.upos_pct}, {"xpos", sc.xpos_pct},
                   {"lemma", sc.lemma_pct}, {"uas", sc.uas_pct},
                   {"las", sc.las_pct}};
        for (size_t k = 0; k < sizeof got / sizeof got[0]; k++) {
            char key[128];
            snprintf(key, sizeof key, "syntax.%s.%s", name, got[k].metric);
            double f = floor_of(floors, key);
            if (f >= 0 && got[k].value < f) {
                printf("  BELOW FLOOR: %s %.2f < %.2f\n", key, got[k].value, f);
                fails++;
            }
        }
    }
    pb_syntax_model_free(m);
    if (fails)
        printf("%d scores below their floors\n", fails);
    return fails ? 1 : 0;
}

#endif
