/* eval-lexicon.c — scores the default knowledge base (verbs, actors,
 * agents, people) on two sets of hand-coded English sentences, through the
 * public API only. Used by `make accuracy-lexicon` (mk/lexicon.mk).
 *
 *   CAMEO  the example sentence of each code in the CAMEO codebook table
 *          (cameo-codes.csv, 277 codes with an example); gold = the code.
 *   PLOVER the 322 hand-coded records of PLOVER_GSR_CAMEO.txt; gold = the
 *          PLOVER category (old names DEMAND, DISAPPROVE, INVESTIGATE,
 *          FIGHT read as REQUEST, ACCUSE, ACCUSE, ASSAULT) and the source
 *          and target actor codes.
 *
 * Each sentence is coded alone, as an article body without a date.
 * Scores (percentages over all sentences of the set):
 *   root      some event of the sentence has the gold root (CAMEO set) or
 *             the gold PLOVER category (PLOVER set);
 *   exact     some event has exactly the gold CAMEO code. PLOVER records
 *             carry no CAMEO code; for the records that are edited CAMEO
 *             examples (same first 60 characters, case-folded) the
 *             example's code is the gold, and exact is over those;
 *   actor_country  over the gold actors that name a state (code starting
 *             with a country of actors/countries.txt), in sentences scored
 *             right-root: the share for which some right-root event has
 *             that country in the same role (source or target). CAMEO
 *             examples have no actor gold: those linked to a PLOVER record
 *             of the same event (the category of the example's code)
 *             take its actors.
 * Misses are split: "vocabulary" when no verbs.txt pattern of the gold
 * root/category matches the tagged sentence at all, "coder" when one
 * matches but no event of that root came out (actors not found, argument
 * choice, pattern precedence).
 *
 * usage: eval-lexicon [--dicts DIR] --cameo FILE.csv --plover FILE.json
 *                     [--floors FILE] [--misses]
 *
 * --misses lists, one per line (TAB-separated), each sentence scored
 * wrong — "MISS  vocabulary|coder  ID  GOLD  EVENTS  TEXT" — and each gold
 * state actor not found in a right-root sentence — "ACTOR  source|target
 * COUNTRY  ID  EVENTS  TEXT" — and each right-root sentence without the
 * exact gold code — "ROOT  inexact  ID  GOLD  EVENTS  TEXT" — where EVENTS
 * lists the events produced as SOURCE>TARGET:CODE.
 */
#include "polybius.h"
#include "tool_util.h"

#include <jansson.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ITEMS 2000
#define MAX_ACTORS 8          /* gold actors per role */
#define MAX_PATTERNS 20000
#define MAX_PATTERN_WORDS 12
#define MAX_TOKENS 400
#define PATTERN_GAP 3         /* as the coder: words allowed between lemmas */
#define LINK_CHARS 60
#define MAX_CODES 400

typedef struct gold_actor {
    char country[4];  /* "" when the gold actor is not a state */
} gold_actor;

typedef struct item {
    char id[64];
    char *text;
    char code[8];       /* gold CAMEO code, "" when unknown */
    char category[16];  /* gold PLOVER category, "" for CAMEO items */
    gold_actor src[MAX_ACTORS], tgt[MAX_ACTORS];
    int n_src, n_tgt;
} item;

typedef struct pattern {
    char code[8];
    int is_noun;
    int n;
    char *w[MAX_PATTERN_WORDS];
} pattern;

typedef struct code_cat {
    char code[8];
    char category[16];
} code_cat;

static pattern patterns[MAX_PATTERNS];
static int n_patterns;
static code_cat cats[MAX_CODES];
static int n_cats;
static char countries[1000][4];
static int n_countries;

static void die(const char *msg, const char *arg)
{
    fprintf(stderr, "eval-lexicon: %s%s%s\n", msg, arg ? ": " : "",
            arg ? arg : "");
    exit(2);
}

/* ---- data files read for scoring and diagnosis --------------------------- */

static int is_country(const char *c)
{
    for (int i = 0; i < n_countries; i++)
        if (!strncmp(countries[i], c, 3))
            return 1;
    return 0;
}

/* Three-letter codes of actors/countries.txt are the states. */
static void load_countries(const char *dicts)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/actors/countries.txt", dicts);
    char *buf = tool_read_file("eval-lexicon", path, NULL);
    for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || strlen(line) < 4 || line[3] != '\t')
            continue;
        if (n_countries < 1000 && !is_country(line)) {
            memcpy(countries[n_countries], line, 3);
            countries[n_countries++][3] = '\0';
        }
    }
    free(buf);
}

/* verbs.txt patterns, for telling vocabulary misses from coder misses. */
static void load_patterns(const char *dicts)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/verbs.txt", dicts);
    char *buf = tool_read_file("eval-lexicon", path, NULL);
    char *save_line = NULL;
    for (char *line = strtok_r(buf, "\n", &save_line); line;
         line = strtok_r(NULL, "\n", &save_line)) {
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        char *tab = strchr(line, '\t');
        if (!tab || tab - line >= 8)
            continue;
        *tab = '\0';
        char *save_pat = NULL;
        for (char *p = strtok_r(tab + 1, ";", &save_pat); p;
             p = strtok_r(NULL, ";", &save_pat)) {
            if (n_patterns == MAX_PATTERNS)
                die("too many patterns", path);
            pattern *pt = &patterns[n_patterns];
            memset(pt, 0, sizeof *pt);
            strcpy(pt->code, line);
            while (*p == ' ')
                p++;
            if (*p == '~') {
                pt->is_noun = 1;
                p++;
            }
            char *save_w = NULL;
            for (char *w = strtok_r(p, " ", &save_w);
                 w && pt->n < MAX_PATTERN_WORDS; w = strtok_r(NULL, " ", &save_w))
                pt->w[pt->n++] = tool_strdup(w);
            if (pt->n)
                n_patterns++;
        }
    }
    free(buf);
}

/* plover.tsv with the codebook's inheritance (nearest listed ancestor). */
static void load_categories(const char *dicts)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/plover.tsv", dicts);
    char *buf = tool_read_file("eval-lexicon", path, NULL);
    for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
        char *tab = strchr(line, '\t');
        if (line[0] == '#' || !tab || tab - line >= 8 || n_cats == MAX_CODES)
            continue;
        *tab = '\0';
        snprintf(cats[n_cats].code, sizeof cats[n_cats].code, "%s", line);
        snprintf(cats[n_cats].category, sizeof cats[n_cats].category, "%s",
                 tab + 1);
        n_cats++;
    }
    free(buf);
}

static const char *category_of(const char *code)
{
    char c[8];
    size_t cl = strlen(code);
    if (cl >= sizeof c)
        return "";
    memcpy(c, code, cl + 1);
    for (size_t len = strlen(c); len >= 2; c[--len] = '\0')
        for (int i = 0; i < n_cats; i++)
            if (!strcmp(cats[i].code, c))
                return cats[i].category;
    return "";
}

/* ---- gold sets ------------------------------------------------------------- */

static item items_cameo[MAX_ITEMS], items_plover[MAX_ITEMS];
static int n_cameo, n_plover;

static void trim(char *s)
{
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    size_t k = 0;
    while (isspace((unsigned char)s[k]))
        k++;
    memmove(s, s + k, n - k + 1);
}

static void load_cameo(const char *path)
{
    char *buf = tool_read_file("eval-lexicon", path, NULL);
    const char *p = buf;
    int col_code = -1, col_example = -1, header = 1;
    while (*p) {
        char *f[16];
        int nf = 0, eor = 0;
        while (!eor && *p) {
            char *v = tool_csv_field(&p, &eor);
            if (nf < 16)
                f[nf++] = v;
            else
                free(v);
        }
        if (header) {
            for (int i = 0; i < nf; i++) {
                if (!strcmp(f[i], "code"))
                    col_code = i;
                if (!strcmp(f[i], "example"))
                    col_example = i;
            }
            if (col_code < 0 || col_example < 0)
                die("no code/example columns", path);
            header = 0;
        } else if (nf > col_example && strcmp(f[col_example], "NA") &&
                   f[col_example][0] && n_cameo < MAX_ITEMS) {
            item *it = &items_cameo[n_cameo++];
            memset(it, 0, sizeof *it);
            snprintf(it->id, sizeof it->id, "cameo-%s", f[col_code]);
            size_t cl = strlen(f[col_code]);
            if (cl >= sizeof it->code)
                cl = sizeof it->code - 1;
            memcpy(it->code, f[col_code], cl);
            it->code[cl] = '\0';
            trim(f[col_example]);
            it->text = tool_strdup(f[col_example]);
        }
        for (int i = 0; i < nf; i++)
            free(f[i]);
    }
    free(buf);
}

static const char *current_category(const char *old)
{
    static const char *const renames[][2] = {
        {"DEMAND", "REQUEST"}, {"DISAPPROVE", "ACCUSE"},
        {"INVESTIGATE", "ACCUSE"}, {"FIGHT", "ASSAULT"}, {NULL, NULL}};
    for (int i = 0; renames[i][0]; i++)
        if (!strcmp(old, renames[i][0]))
            return renames[i][1];
    return old;
}

static int read_actors(json_t *list, gold_actor *out)
{
    int n = 0;
    if (!json_is_array(list))
        return 0;
    size_t i;
    json_t *a;
    json_array_foreach(list, i, a) {
        const char *code = json_string_value(json_object_get(a, "code"));
        if (!code || n == MAX_ACTORS)
            continue;
        out[n].country[0] = '\0';
        if (strlen(code) >= 3 && is_country(code)) {
            memcpy(out[n].country, code, 3);
            out[n].country[3] = '\0';
        }
        n++;
    }
    return n;
}

static void load_plover(const char *path)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    if (!json_is_array(root))
        die("cannot read the PLOVER records", path);
    size_t i;
    json_t *r;
    json_array_foreach(root, i, r) {
        const char *event = json_string_value(json_object_get(r, "event"));
        const char *text = json_string_value(json_object_get(r, "text"));
        const char *id = json_string_value(json_object_get(r, "id"));
        if (!event || !text || !strcmp(event, "DOCUMENT") ||
            n_plover == MAX_ITEMS)
            continue;
        item *it = &items_plover[n_plover++];
        memset(it, 0, sizeof *it);
        snprintf(it->id, sizeof it->id, "%s", id ? id : "?");
        snprintf(it->category, sizeof it->category, "%s",
                 current_category(event));
        it->text = tool_strdup(text);
        trim(it->text);
        it->n_src = read_actors(json_object_get(r, "source"), it->src);
        it->n_tgt = read_actors(json_object_get(r, "target"), it->tgt);
    }
    json_decref(root);
}

static int same_start(const char *a, const char *b)
{
    for (int i = 0; i < LINK_CHARS; i++) {
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
            return 0;
        if (!a[i])
            return 1;
    }
    return 1;
}

/* PLOVER records that are edited CAMEO examples: share code and actors.
 * The record's actors are the example's only when the record codes the
 * same event, of the category of the example's code: a record of the
 * inspection "the IAEA has dispatched inspectors to Iran" (ACCUSE) names
 * the actors of 090, not those of the linked, reversed 0862 of the
 * example. */
static int link_sets(void)
{
    int linked = 0;
    for (int i = 0; i < n_plover; i++)
        for (int j = 0; j < n_cameo; j++)
            if (same_start(items_plover[i].text, items_cameo[j].text)) {
                item *p = &items_plover[i], *c = &items_cameo[j];
                memcpy(p->code, c->code, sizeof p->code);
                if (!strcmp(category_of(c->code), p->category)) {
                    memcpy(c->src, p->src, sizeof c->src);
                    memcpy(c->tgt, p->tgt, sizeof c->tgt);
                    c->n_src = p->n_src;
                    c->n_tgt = p->n_tgt;
                }
                linked++;
                break;
            }
    return linked;
}

/* ---- coding ---------------------------------------------------------------- */

typedef struct sink {
    char *data;
    size_t n, cap;
} sink;

static int sink_write(void *user, const char *data, size_t len)
{
    sink *s = user;
    if (s->n + len + 1 > s->cap) {
        size_t cap = (s->n + len + 1) * 2;
        char *nb = realloc(s->data, cap);
        if (!nb)
            return 1;
        s->data = nb;
        s->cap = cap;
    }
    memcpy(s->data + s->n, data, len);
    s->n += len;
    s->data[s->n] = '\0';
    return 0;
}

typedef struct event {
    char code[8], root[4], category[16];
    char src_country[4], tgt_country[4];
    char src[32], tgt[32];
} event;

#define MAX_EVENTS 64

typedef struct token {
    char lemma[64], lower[64], xpos[8];
} token;

typedef struct result {
    event ev[MAX_EVENTS];
    int n_ev;
    token tok[MAX_TOKENS];
    int n_tok;
} result;

static void copy_str(char *dst, size_t size, json_t *v)
{
    const char *s = json_string_value(v);
    snprintf(dst, size, "%s", s ? s : "");
}

static void code_item(const pb_context *ctx, const item *it, result *res)
{
    pb_error err;
    memset(res, 0, sizeof *res);
    pb_article *a = pb_article_from_body(it->text, strlen(it->text), &err);
    pb_doc *doc = a ? pb_doc_process(ctx, a, PB_STAGE_EVENTS, &err) : NULL;
    if (!doc)
        die("cannot code", it->id);
    sink s = {0};
    pb_doc_write(doc, PB_FORMAT_JSON, sink_write, &s, &err);
    for (char *line = s.data ? strtok(s.data, "\n") : NULL;
         line && res->n_ev < MAX_EVENTS; line = strtok(NULL, "\n")) {
        json_error_t jerr;
        json_t *o = json_loads(line, 0, &jerr);
        if (!o)
            continue;
        event *e = &res->ev[res->n_ev++];
        copy_str(e->code, sizeof e->code, json_object_get(o, "cameo"));
        copy_str(e->root, sizeof e->root, json_object_get(o, "root"));
        copy_str(e->category, sizeof e->category, json_object_get(o, "plover"));
        json_t *src = json_object_get(o, "source"), *tgt = json_object_get(o, "target");
        copy_str(e->src_country, sizeof e->src_country, json_object_get(src, "country"));
        copy_str(e->tgt_country, sizeof e->tgt_country, json_object_get(tgt, "country"));
        copy_str(e->src, sizeof e->src, json_object_get(src, "code"));
        copy_str(e->tgt, sizeof e->tgt, json_object_get(tgt, "code"));
        json_decref(o);
    }
    /* The tagged tokens, for the vocabulary/coder split. */
    s.n = 0;
    pb_doc_write(doc, PB_FORMAT_CONLLU, sink_write, &s, &err);
    for (char *line = s.data && s.n ? strtok(s.data, "\n") : NULL;
         line && res->n_tok < MAX_TOKENS; line = strtok(NULL, "\n")) {
        if (!isdigit((unsigned char)line[0]))
            continue;
        char *f[5] = {0};
        char *p = line;
        for (int i = 0; i < 5 && p; i++) {
            f[i] = p;
            p = strchr(p, '\t');
            if (p)
                *p++ = '\0';
        }
        if (!f[4])
            continue;
        token *t = &res->tok[res->n_tok++];
        snprintf(t->lemma, sizeof t->lemma, "%s", f[2]);
        snprintf(t->xpos, sizeof t->xpos, "%s", f[4]);
        size_t i;
        for (i = 0; f[1][i] && i + 1 < sizeof t->lower; i++)
            t->lower[i] = (char)tolower((unsigned char)f[1][i]);
        t->lower[i] = '\0';
    }
    free(s.data);
    pb_doc_free(doc);
    pb_article_free(a);
}

static int word_is(const token *t, const char *w)
{
    return !strcmp(t->lemma, w) || !strcmp(t->lower, w);
}

static int pattern_matches(const result *res, const pattern *p)
{
    for (int j = 0; j < res->n_tok; j++) {
        const token *t = &res->tok[j];
        if (strcmp(t->lemma, p->w[0]) || t->xpos[0] != (p->is_noun ? 'N' : 'V'))
            continue;
        int pos = j, ok = 1;
        for (int k = 1; k < p->n && ok; k++) {
            ok = 0;
            for (int q = pos + 1; q < res->n_tok && q <= pos + 1 + PATTERN_GAP; q++)
                if (word_is(&res->tok[q], p->w[k])) {
                    pos = q;
                    ok = 1;
                    break;
                }
        }
        if (ok)
            return 1;
    }
    return 0;
}

/* Does any pattern of the gold root (or category) match the sentence? */
static int vocabulary_present(const result *res, const item *it)
{
    for (int i = 0; i < n_patterns; i++) {
        const pattern *p = &patterns[i];
        int fits = it->category[0] ? !strcmp(category_of(p->code), it->category)
                                   : !strncmp(p->code, it->code, 2);
        if (fits && pattern_matches(res, p))
            return 1;
    }
    return 0;
}

typedef struct score {
    int n, root, exact, exact_n, coded;
    int actors, actors_right, actors_all;
    int miss_vocab, miss_coder, miss_wrong;
    int events, events_right;
} score;

static int event_right(const item *it, const event *e)
{
    return it->category[0] ? !strcmp(e->category, it->category)
                           : !strncmp(e->root, it->code, 2);
}

static void score_item(const item *it, const result *res, score *sc,
                       int show_misses)
{
    int right = 0, exact = 0;
    sc->n++;
    sc->events += res->n_ev;
    for (int i = 0; i < res->n_ev; i++) {
        if (event_right(it, &res->ev[i])) {
            right = 1;
            sc->events_right++;
        }
        if (it->code[0] && !strcmp(res->ev[i].code, it->code))
            exact = 1;
    }
    sc->coded += res->n_ev > 0;
    sc->root += right;
    if (it->code[0]) {
        sc->exact_n++;
        sc->exact += exact;
    }
    for (int role = 0; role < 2; role++) {
        const gold_actor *g = role ? it->tgt : it->src;
        int ng = role ? it->n_tgt : it->n_src;
        for (int k = 0; k < ng; k++) {
            if (!g[k].country[0])
                continue;
            sc->actors_all++;
            if (!right)
                continue;
            sc->actors++;
            int found = 0;
            for (int i = 0; i < res->n_ev && !found; i++) {
                const event *e = &res->ev[i];
                if (event_right(it, e) &&
                    !strcmp(role ? e->tgt_country : e->src_country, g[k].country))
                    found = 1;
            }
            sc->actors_right += found;
            if (show_misses && !found) {
                printf("ACTOR\t%s\t%s\t%s\t", role ? "target" : "source",
                       g[k].country, it->id);
                for (int i = 0; i < res->n_ev; i++)
                    printf("%s%s>%s:%s", i ? " " : "", res->ev[i].src,
                           res->ev[i].tgt, res->ev[i].code);
                printf("\t%s\n", it->text);
            }
        }
    }
    const char *why = NULL;
    if (!right) {
        if (!vocabulary_present(res, it)) {
            sc->miss_vocab++;
            why = "vocabulary";
        } else {
            sc->miss_coder++;
            why = "coder";
        }
        if (res->n_ev)
            sc->miss_wrong++;
    }
    if (show_misses && !why && it->code[0] && !exact)
        why = "inexact";
    if (show_misses && why) {
        printf("%s\t%s\t%s\t%s\t", strcmp(why, "inexact") ? "MISS" : "ROOT",
               why, it->id,
               it->category[0] && strcmp(why, "inexact") ? it->category
                                                         : it->code);
        for (int i = 0; i < res->n_ev; i++)
            printf("%s%s>%s:%s", i ? " " : "", res->ev[i].src, res->ev[i].tgt,
                   res->ev[i].code);
        printf("\t%s\n", it->text);
    }
}

static double pct(int a, int b)
{
    return b ? 100.0 * a / b : 0.0;
}

typedef struct metric {
    const char *name;
    double value;
} metric;

static int check_floors(const char *path, const metric *m, int n)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        die("cannot open", path);
    char line[512];
    int failed = 0, checked = 0;
    while (fgets(line, sizeof line, fp)) {
        char name[128];
        double floor;
        if (line[0] == '#' || sscanf(line, "%127s %lf", name, &floor) != 2 ||
            strncmp(name, "lexicon.", 8))
            continue;
        int found = 0;
        for (int i = 0; i < n; i++)
            if (!strcmp(m[i].name, name)) {
                found = 1;
                checked++;
                if (m[i].value < floor) {
                    printf("FAIL %s %.1f < floor %.1f\n", name, m[i].value, floor);
                    failed = 1;
                }
            }
        if (!found) {
            printf("FAIL %s: no such score\n", name);
            failed = 1;
        }
    }
    fclose(fp);
    printf("floors: %d checked, %s\n", checked, failed ? "FAILED" : "all met");
    return failed;
}

static void report(const char *name, const score *sc, const char *root_name)
{
    printf("%s: %d sentences, %d coded (%.1f %%), %d events, %.1f %% of events right-%s\n",
           name, sc->n, sc->coded, pct(sc->coded, sc->n), sc->events,
           pct(sc->events_right, sc->events), root_name);
    printf("  right %-8s %5.1f %%  (%d)\n", root_name, pct(sc->root, sc->n), sc->root);
    if (sc->exact_n)
        printf("  exact code     %5.1f %%  (%d of %d with a gold code)\n",
               pct(sc->exact, sc->exact_n), sc->exact, sc->exact_n);
    printf("  actor country  %5.1f %%  (%d of %d gold state actors in right-%s sentences; "
           "%d gold state actors in all)\n",
           pct(sc->actors_right, sc->actors), sc->actors_right, sc->actors,
           root_name, sc->actors_all);
    printf("  misses %d: vocabulary %d, coder %d (%d of the misses coded a wrong root)\n",
           sc->n - sc->root, sc->miss_vocab, sc->miss_coder, sc->miss_wrong);
}

int main(int argc, char **argv)
{
    const char *dicts = "data", *cameo = NULL, *plover = NULL, *floors = NULL;
    int show = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dicts") && i + 1 < argc)
            dicts = argv[++i];
        else if (!strcmp(argv[i], "--cameo") && i + 1 < argc)
            cameo = argv[++i];
        else if (!strcmp(argv[i], "--plover") && i + 1 < argc)
            plover = argv[++i];
        else if (!strcmp(argv[i], "--floors") && i + 1 < argc)
            floors = argv[++i];
        else if (!strcmp(argv[i], "--misses"))
            show = 1;
        else {
            fprintf(stderr, "usage: eval-lexicon [--dicts DIR] --cameo FILE.csv "
                            "--plover FILE.json [--floors FILE] [--misses]\n");
            return 2;
        }
    }
    if (!cameo || !plover)
        die("--cameo and --plover are required", NULL);
    pb_error err;
    pb_context *ctx = pb_context_new(dicts, &err);
    if (!ctx)
        die("cannot load the data", err.message);
    load_countries(dicts);
    load_patterns(dicts);
    load_categories(dicts);
    load_cameo(cameo);
    load_plover(plover);
    int linked = link_sets();
    static result res;
    score sc_cameo = {0}, sc_plover = {0};
    for (int i = 0; i < n_cameo; i++) {
        code_item(ctx, &items_cameo[i], &res);
        score_item(&items_cameo[i], &res, &sc_cameo, show);
    }
    for (int i = 0; i < n_plover; i++) {
        code_item(ctx, &items_plover[i], &res);
        score_item(&items_plover[i], &res, &sc_plover, show);
    }
    printf("eval-lexicon: data %s, %d verb patterns; %d PLOVER records are "
           "edited CAMEO examples\n", dicts, n_patterns, linked);
    report("CAMEO examples", &sc_cameo, "root");
    report("PLOVER GSR", &sc_plover, "category");
    metric m[] = {
        {"lexicon.cameo.root", pct(sc_cameo.root, sc_cameo.n)},
        {"lexicon.cameo.exact", pct(sc_cameo.exact, sc_cameo.exact_n)},
        {"lexicon.cameo.actor_country", pct(sc_cameo.actors_right, sc_cameo.actors)},
        {"lexicon.plover.category", pct(sc_plover.root, sc_plover.n)},
        {"lexicon.plover.exact", pct(sc_plover.exact, sc_plover.exact_n)},
        {"lexicon.plover.actor_country", pct(sc_plover.actors_right, sc_plover.actors)},
    };
    int n_metrics = (int)(sizeof m / sizeof *m);
    for (int i = 0; i < n_metrics; i++)
        printf("%s %.1f\n", m[i].name, m[i].value);
    int failed = floors ? check_floors(floors, m, n_metrics) : 0;
    for (int i = 0; i < n_cameo; i++)
        free(items_cameo[i].text);
    for (int i = 0; i < n_plover; i++)
        free(items_plover[i].text);
    for (int i = 0; i < n_patterns; i++)
        for (int k = 0; k < patterns[i].n; k++)
            free(patterns[i].w[k]);
    pb_context_free(ctx);
    return failed;
}
