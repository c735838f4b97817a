/* eval-time.c — accuracy of the time and place stages on our own test
 * sets (tests/data/dates.tsv, tests/data/places.tsv), through the real
 * pipeline: text, syntax, actors, then the dates and places the event
 * coder would give the main verb of each item's last sentence. Also times
 * the gazetteer load and, with --dev, reports how many events of a
 * JSON-lines corpus carry a date other than their article's.
 *
 * usage: eval-time [--dicts DIR] [--floors FILE] [--dates TSV]
 *                  [--places TSV] [--dev FILE.jsonl] [--verbose]
 */
#include "polybius.h"
#include "../src/internal.h"
#include "../src/lexicon.h"
#include "../src/places.h"
#include "../src/whenwhere.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define LINE_MAX_BYTES 65536
#define MAX_FIELDS 6

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Splits a TSV line in place; returns the field count. */
static int split(char *line, char **f)
{
    int n = 0;
    line[strcspn(line, "\r\n")] = '\0';
    for (char *p = line; n < MAX_FIELDS;) {
        f[n++] = p;
        p = strchr(p, '\t');
        if (!p)
            break;
        *p++ = '\0';
    }
    return n;
}

/* What the pipeline gives the root of the last sentence of `text`. */
typedef struct outcome {
    char date[16];
    const char *precision;
    const pb_place *places[PB_PLACE_MAX_PER_SENTENCE];
    size_t n_places;
} outcome;

static int run_item(const pb_context *ctx, const char *date, const char *text,
                    outcome *out)
{
    pb_error err;
    memset(out, 0, sizeof *out);
    pb_article *a = pb_article_from_body(text, strlen(text), &err);
    if (!a || (strcmp(date, "-") != 0 && pb_article_set_date(a, date, &err))) {
        fprintf(stderr, "eval-time: %s: %s\n", date, err.message);
        pb_article_free(a);
        return -1;
    }
    pb_doc *doc = pb_doc_process(ctx, a, PB_STAGE_SYNTAX, &err);
    pb_article_free(a);
    if (!doc)
        return -1;
    pb_ww_doc wwd;
    pb_ww_doc_init(&wwd, &doc->article_date);
    for (size_t i = 0; i < doc->n_sentences; i++) {
        const pb_sentence *s = &doc->sentences[i];
        const char **lower = pb_arena_alloc(&doc->arena,
                                            (s->n_tokens + 1) * sizeof *lower);
        int *mention_at = pb_arena_alloc(&doc->arena,
                                         (s->n_tokens + 1) * sizeof(int));
        if (!lower || !mention_at)
            break;
        for (uint32_t k = 0; k < s->n_tokens; k++) {
            lower[k] = pb_lower(&doc->arena, s->tokens[k].form);
            mention_at[k] = -1;
        }
        pb_ww_sentence w;
        pb_date sdate;
        pb_ww_dates(&wwd, s, lower, &w, &sdate);
        pb_mention *m = NULL;
        size_t nm = 0;
        if (pb_actors_find(ctx->lexicon, s, lower, &sdate, &doc->arena, &m,
                           &nm) != 0)
            break;
        for (size_t k = 0; k < nm; k++)
            for (uint32_t t = m[k].first; t <= m[k].last; t++)
                mention_at[t] = (int)k;
        pb_ww_places(&wwd, ctx, s, lower, m, nm, mention_at, &w);
        if (i + 1 < doc->n_sentences)
            continue;
        uint32_t root = 0;
        for (uint32_t k = 0; k < s->n_tokens; k++)
            if (s->tokens[k].head == 0)
                root = k;
        pb_event e;
        memset(&e, 0, sizeof e);
        pb_ww_event(&w, root, &e);
        pb_date_format(&e.date, out->date, sizeof out->date);
        out->precision = pb_event_precision(&e);
        for (size_t k = 0; k < w.n_places; k++)
            out->places[out->n_places++] = w.places[k].place;
    }
    pb_doc_free(doc);
    return 0;
}

/* dates.tsv: article_date, text, expected date, expected precision. */
static double eval_dates(const pb_context *ctx, const char *path, int verbose)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        perror(path);
        return -1;
    }
    static char line[LINE_MAX_BYTES];
    long items = 0, right = 0, line_no = 0;
    while (fgets(line, sizeof line, fp)) {
        line_no++;
        char *f[MAX_FIELDS];
        if (line[0] == '#' || line[0] == '\n' || split(line, f) < 4)
            continue;
        outcome o;
        if (run_item(ctx, f[0], f[1], &o) != 0)
            continue;
        const char *want_date = strcmp(f[2], "-") == 0 ? "" : f[2];
        const char *want_prec = strcmp(f[3], "-") == 0 ? NULL : f[3];
        int ok = strcmp(o.date, want_date) == 0 &&
                 ((!want_prec && !o.precision) ||
                  (want_prec && o.precision &&
                   strcmp(want_prec, o.precision) == 0));
        items++;
        right += ok;
        if (!ok && verbose)
            printf("  date miss %s:%ld: got %s/%s want %s/%s: %s\n", path,
                   line_no, o.date[0] ? o.date : "-",
                   o.precision ? o.precision : "-", f[2], f[3], f[1]);
    }
    fclose(fp);
    double pct = items ? 100.0 * (double)right / (double)items : 0;
    printf("time.dates %.1f (%ld of %ld)\n", pct, right, items);
    return pct;
}

/* places.tsv: text, expected name, expected country ("-" "-": none). */
static double eval_places(const pb_context *ctx, const char *path,
                          int verbose)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        perror(path);
        return -1;
    }
    static char line[LINE_MAX_BYTES];
    long items = 0, right = 0, line_no = 0;
    while (fgets(line, sizeof line, fp)) {
        line_no++;
        char *f[MAX_FIELDS];
        if (line[0] == '#' || line[0] == '\n' || split(line, f) < 3)
            continue;
        outcome o;
        if (run_item(ctx, "2020-06-15", f[0], &o) != 0)
            continue;
        int ok = 0;
        if (strcmp(f[1], "-") == 0) {
            ok = o.n_places == 0;
        } else {
            for (size_t k = 0; k < o.n_places && !ok; k++)
                ok = strcasecmp(o.places[k]->name, f[1]) == 0 &&
                     strcmp(o.places[k]->country, f[2]) == 0;
        }
        items++;
        right += ok;
        if (!ok && verbose)
            printf("  place miss %s:%ld: got %s/%s want %s/%s: %s\n", path,
                   line_no, o.n_places ? o.places[0]->name : "-",
                   o.n_places ? o.places[0]->country : "-", f[1], f[2], f[0]);
    }
    fclose(fp);
    double pct = items ? 100.0 * (double)right / (double)items : 0;
    printf("time.places %.1f (%ld of %ld)\n", pct, right, items);
    return pct;
}

/* The share of events of a JSON-lines corpus dated other than their
 * article, with the sentence numbers and dates when verbose. */
static void eval_dev(const pb_context *ctx, const char *path, int verbose)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        perror(path);
        return;
    }
    static char line[1 << 22];
    long events = 0, differ = 0, located = 0;
    while (fgets(line, sizeof line, fp)) {
        pb_error err;
        pb_article *a = pb_article_from_json(line, strlen(line), &err);
        if (!a)
            continue;
        pb_doc *doc = pb_doc_process(ctx, a, PB_STAGE_EVENTS, &err);
        for (size_t i = 0; doc && i < doc->n_events; i++) {
            const pb_event *e = &doc->events[i];
            char d[16];
            pb_date_format(&e->date, d, sizeof d);
            events++;
            located += e->location != NULL;
            if (strcmp(d, doc->date) != 0) {
                differ++;
                if (verbose)
                    printf("  dev %s\t%u\t%s\t%s\n", doc->id, e->sentence, d,
                           pb_event_precision(e));
            }
        }
        pb_doc_free(doc);
        pb_article_free(a);
    }
    fclose(fp);
    printf("dev events %ld, dated other than the article %ld (%.1f%%), "
           "with a location %ld (%.1f%%)\n",
           events, differ, events ? 100.0 * (double)differ / (double)events : 0,
           located, events ? 100.0 * (double)located / (double)events : 0);
}

/* Fails (returns 1) when a score is below its floor in the file. */
static int check_floor(const char *floors, const char *name, double score)
{
    FILE *fp = fopen(floors, "r");
    if (!fp)
        return 0;
    char line[256];
    int failed = 0;
    while (fgets(line, sizeof line, fp)) {
        char key[128];
        double floor;
        if (sscanf(line, "%127s %lf", key, &floor) == 2 &&
            strcmp(key, name) == 0 && score < floor) {
            printf("%s %.1f is below its floor %.1f\n", name, score, floor);
            failed = 1;
        }
    }
    fclose(fp);
    return failed;
}

int main(int argc, char **argv)
{
    const char *dicts = "data", *floors = NULL, *dates = NULL, *places = NULL;
    const char *dev = NULL;
    int verbose = 0;
    for (int i = 1; i < argc; i++) {
        int more = i + 1 < argc;
        if (strcmp(argv[i], "--dicts") == 0 && more)
            dicts = argv[++i];
        else if (strcmp(argv[i], "--floors") == 0 && more)
            floors = argv[++i];
        else if (strcmp(argv[i], "--dates") == 0 && more)
            dates = argv[++i];
        else if (strcmp(argv[i], "--places") == 0 && more)
            places = argv[++i];
        else if (strcmp(argv[i], "--dev") == 0 && more)
            dev = argv[++i];
        else if (strcmp(argv[i], "--verbose") == 0)
            verbose = 1;
        else {
            fprintf(stderr, "usage: eval-time [--dicts DIR] [--floors FILE] "
                            "[--dates TSV] [--places TSV] [--dev JSONL] "
                            "[--verbose]\n");
            return 2;
        }
    }
    pb_error err;
    double t0 = now();
    pb_gazetteer *g;
    if (pb_gazetteer_load(&g, &err) != PB_OK) {
        fprintf(stderr, "eval-time: %s\n", err.message);
        return 2;
    }
    printf("gazetteer: %zu places loaded in %.3f s\n", pb_gazetteer_size(g),
           now() - t0);
    pb_gazetteer_free(g);
    pb_context *ctx = pb_context_new(dicts, &err);
    if (!ctx) {
        fprintf(stderr, "eval-time: %s\n", err.message);
        return 2;
    }
    int failed = 0;
    if (dates) {
        double pct = eval_dates(ctx, dates, verbose);
        failed |= pct < 0 || (floors && check_floor(floors, "time.dates", pct));
    }
    if (places) {
        double pct = eval_places(ctx, places, verbose);
        failed |= pct < 0 ||
                  (floors && check_floor(floors, "time.places", pct));
    }
    if (dev)
        eval_dev(ctx, dev, verbose);
    pb_context_free(ctx);
    return failed;
}
