/* validate.c — runs PETRARCH validation suites (PETR.UnitTest.records.xml,
 * the UD-PETRARCH records and GSR files) through the tree coder. The files
 * are not well-formed XML ('#' and '--' loose in comments, self-closing
 * <Sentence/> tags followed by content), so a tolerant line reader picks
 * out <Environment>, <Sentence>, <EventCoding>, <Text> and <Parse>.
 */
#include "fileio.h"
#include "internal.h"
#include "petrarch_dict.h"
#include "syntax.h"
#include "tree_coder.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Largest suite file read. */
#define PB_VAL_MAX_FILE (64u * 1024u * 1024u)
/* Expected events per record kept; categories per suite. */
#define PB_VAL_MAX_EXPECT 32
#define PB_VAL_MAX_CATEGORIES 32
/* Known-difference entries read. */
#define PB_VAL_MAX_KNOWN 1024

typedef struct val_triple {
    char source[PB_PD_MAX_CODE + 1], target[PB_PD_MAX_CODE + 1];
    char code[PB_PD_MAX_CODE + 1];
} val_triple;

typedef struct val_record {
    char id[128], category[64];
    int32_t date;
    int evaluate;                /* 0 when evaluate="false" */
    int has_error;               /* an error= expectation */
    val_triple expect[PB_VAL_MAX_EXPECT];
    int n_expect;
    pb_buf text, parse;
    int in_text, in_parse;
    int open;
} val_record;

typedef struct val_category {
    char name[64];
    size_t records, correct, expected, produced, matched;
} val_category;

typedef struct val_run {
    const pb_context *ctx;
    const pb_validate_options *opt;
    const char *suite_path;
    pb_write_fn write;
    void *user;
    pb_validate_result *res;
    pb_pdict *dict;
    val_category cats[PB_VAL_MAX_CATEGORIES];
    int n_cats;
    char (*known)[128];          /* ids listed for this suite */
    size_t n_known;
    pb_buf out;
    pb_error *err;
    int failed;
} val_run;

static void say(val_run *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void say(val_run *r, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    size_t len = (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1;
    if (r->write(r->user, buf, len) != 0)
        r->failed = 1;
}

static char *read_file(const char *path, pb_error *err)
{
    size_t len;
    return pb_read_file(path, PB_VAL_MAX_FILE, &len, err);
}

/* Copies attribute `name`="…" of a tag line into out ("" when absent). */
static void attr(const char *line, const char *name, char *out, size_t size)
{
    out[0] = '\0';
    size_t n = strlen(name);
    for (const char *p = strstr(line, name); p; p = strstr(p + 1, name)) {
        if (p > line && isalnum((unsigned char)p[-1]))
            continue;
        const char *q = p + n;
        while (*q == ' ')
            q++;
        if (*q != '=')
            continue;
        q++;
        while (*q == ' ')
            q++;
        if (*q != '"' && *q != '\'')
            continue;
        char quote = *q++;
        const char *e = strchr(q, quote);
        if (!e)
            return;
        snprintf(out, size, "%.*s", (int)(e - q), q);
        return;
    }
}

/* ---- dictionaries ------------------------------------------------------- */

static int env_value(const char *data, const char *tag, char *out,
                     size_t size)
{
    char open[64], close[64];
    snprintf(open, sizeof open, "<%s>", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    const char *p = strstr(data, open);
    const char *e = p ? strstr(p, close) : NULL;
    out[0] = '\0';
    if (!p || !e)
        return 0;
    p += strlen(open);
    snprintf(out, size, "%.*s", (int)(e - p), p);
    return 1;
}

/* Reads the dictionaries the suite's <Environment> names: from --dicts
 * DIR when given, else beside the suite or where the PETRARCH and
 * UD-PETRARCH repositories keep them relative to it. A suite that names
 * none is coded with the CAMEO.2.0 + Phoenix set in DIR. */
static int load_env_dicts(val_run *r, const char *data)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", r->suite_path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        snprintf(dir, sizeof dir, ".");
    if (r->opt->dicts_dir)
        snprintf(dir, sizeof dir, "%s", r->opt->dicts_dir);
    static const char *const tags[] = {"Verbfile", "Actorfile", "Agentfile",
                                       "Discardfile", "PICOfile"};
    char probe_list[16];
    if (r->opt->dicts_dir &&
        !env_value(data, "Verbfile", probe_list, sizeof probe_list) &&
        !env_value(data, "Actorfile", probe_list, sizeof probe_list))
        return pb_pdict_load_phoenix(r->dict, r->opt->dicts_dir, r->err);
    for (int t = 0; t < 5; t++) {
        char list[4096];
        if (!env_value(data, tags[t], list, sizeof list))
            continue;
        for (char *f = strtok(list, ","); f; f = strtok(NULL, ",")) {
            while (isspace((unsigned char)*f))
                f++;
            size_t n = strlen(f);
            while (n && isspace((unsigned char)f[n - 1]))
                f[--n] = '\0';
            static const char *const subdirs[] = {
                "", "../dictionaries/", "dictionaries/", "gsr-dictionaries/"};
            size_t n_subdirs = r->opt->dicts_dir ? 1 : sizeof subdirs /
                                                           sizeof subdirs[0];
            char path[8192];
            for (size_t k = 0; k < n_subdirs; k++) {
                snprintf(path, sizeof path, "%s/%s%s", dir, subdirs[k], f);
                FILE *probe = fopen(path, "rb");
                if (probe) {
                    fclose(probe);
                    break;
                }
                snprintf(path, sizeof path, "%s/%s", dir, f);
            }
            int rc = t == 0   ? pb_pdict_read_verbs(r->dict, path, r->err)
                     : t == 1 ? pb_pdict_read_actors(r->dict, path, r->err)
                     : t == 2 ? pb_pdict_read_agents(r->dict, path, r->err)
                     : t == 3 ? pb_pdict_read_discards(r->dict, path, r->err)
                              : pb_pdict_read_ontology(r->dict, path, r->err);
            if (rc != PB_OK) {
                char msg[sizeof r->err->message];
                snprintf(msg, sizeof msg, "%s", r->err->message);
                if (rc == PB_ERR_IO)
                    pb_set_error(r->err, rc,
                                 "%s (named in <Environment>; --dicts DIR "
                                 "says where the suite's dictionaries are)",
                                 msg);
                return rc;
            }
        }
    }
    pb_pdict_finish(r->dict);
    return PB_OK;
}

static int load_known(val_run *r)
{
    if (!r->opt->known_path)
        return PB_OK;
    char *data = read_file(r->opt->known_path, r->err);
    if (!data)
        return PB_ERR_IO;
    const char *base = strrchr(r->suite_path, '/');
    base = base ? base + 1 : r->suite_path;
    r->known = calloc(PB_VAL_MAX_KNOWN, sizeof *r->known);
    if (!r->known) {
        free(data);
        return PB_ERR_NOMEM;
    }
    for (char *line = strtok(data, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#')
            continue;
        char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        *tab = '\0';
        char *id = tab + 1;
        char *tab2 = strchr(id, '\t');
        if (tab2)
            *tab2 = '\0';
        if (strcmp(line, base) == 0 && r->n_known < PB_VAL_MAX_KNOWN)
            snprintf(r->known[r->n_known++], 128, "%s", id);
    }
    free(data);
    return PB_OK;
}

static int is_known(const val_run *r, const char *id)
{
    for (size_t i = 0; i < r->n_known; i++)
        if (strcmp(r->known[i], id) == 0)
            return 1;
    return 0;
}

/* ---- coding one record ---------------------------------------------------- */

/* UD v1 relation and tag names of older parses, as UD v2 names. */
static const char *ud2_name(const char *name)
{
    static const char *const map[][2] = {
        {"dobj", "obj"},          {"nsubjpass", "nsubj:pass"},
        {"csubjpass", "csubj:pass"}, {"auxpass", "aux:pass"},
        {"name", "flat"},         {"mwe", "fixed"},
        {"neg", "advmod"},        {"nmod:agent", "obl:agent"},
        {"CONJ", "CCONJ"},        {NULL, NULL}};
    for (int i = 0; map[i][0]; i++)
        if (strcmp(name, map[i][0]) == 0)
            return map[i][1];
    return name;
}

/* Rewrites a given CoNLL-U parse with UD v2 names: columns 4 and 8. */
static void normalise_conllu(const char *in, pb_buf *out)
{
    const char *p = in;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        while (n && (*p == ' ' || *p == '\t') && !isdigit((unsigned char)*p))
            p++, n--;
        char line[4096];
        if (n >= sizeof line)
            n = sizeof line - 1;
        memcpy(line, p, n);
        line[n] = '\0';
        char *f[10];
        int k = 0;
        for (char *q = line; k < 10;) {
            f[k++] = q;
            char *tab = strchr(q, '\t');
            if (!tab)
                break;
            *tab = '\0';
            q = tab + 1;
        }
        if (k == 10) {
            f[3] = (char *)ud2_name(f[3]);
            f[7] = (char *)ud2_name(f[7]);
            for (int i = 0; i < 10; i++) {
                pb_buf_puts(out, f[i]);
                pb_buf_putc(out, i == 9 ? '\n' : '\t');
            }
        } else if (line[0]) {
            pb_buf_puts(out, line);
            pb_buf_putc(out, '\n');
        }
        p += n;
        while (*p == '\n' || *p == '\r')
            p++;
    }
    pb_buf_putc(out, '\n');
}

/* Codes the record's sentences into got[]; returns the count or -1. */
static int code_record(val_run *r, val_record *rec, pb_arena *arena,
                       val_triple *got, int max)
{
    pb_sentence *sents = NULL;
    size_t n_sents = 0;
    pb_doc *doc = NULL;
    pb_article *a = NULL;
    if (r->opt->parse_given) {
        pb_buf norm = PB_BUF_INIT;
        normalise_conllu(rec->parse.data ? rec->parse.data : "", &norm);
        pb_conllu_sentence *cs;
        size_t n_cs;
        char msg[256];
        int rc = norm.failed ? -1
                             : pb_conllu_parse_string(norm.data, rec->id, arena,
                                                      &cs, &n_cs, msg,
                                                      sizeof msg);
        pb_buf_free(&norm);
        if (rc != 0)
            return 0; /* an unreadable parse codes nothing */
        sents = pb_arena_alloc(arena, (n_cs ? n_cs : 1) * sizeof *sents);
        if (!sents)
            return -1;
        for (size_t i = 0; i < n_cs; i++)
            sents[i] = cs[i].sentence;
        n_sents = n_cs;
    } else {
        char *text = rec->text.data ? rec->text.data : "";
        /* in the PETRARCH formats an underscore joins the words of one
         * name ("Dol_Amroth" is the "Dol Amroth" of the dictionaries) */
        for (char *u = strchr(text, '_'); u; u = strchr(u + 1, '_'))
            if (u > text && isalnum((unsigned char)u[-1]) &&
                isalnum((unsigned char)u[1]))
                *u = ' ';
        pb_error e;
        a = pb_article_from_body(text, strlen(text), &e);
        if (!a)
            return -1;
        doc = pb_doc_process(r->ctx, a, PB_STAGE_SYNTAX, &e);
        if (!doc) {
            pb_article_free(a);
            return -1;
        }
        sents = doc->sentences;
        n_sents = doc->n_sentences;
    }
    int n = 0, rc = 0;
    for (size_t i = 0; i < n_sents && rc == 0; i++) {
        pb_tc_event *ev;
        size_t n_ev;
        if (pb_tree_code_sentence(r->dict, &sents[i], rec->date, arena, &ev,
                                  &n_ev) != 0) {
            rc = -1;
            break;
        }
        for (size_t k = 0; k < n_ev && n < max; k++) {
            int dup = 0;
            for (int j = 0; j < n && !dup; j++)
                dup = strcmp(got[j].source, ev[k].source) == 0 &&
                      strcmp(got[j].target, ev[k].target) == 0 &&
                      strcmp(got[j].code, ev[k].code) == 0;
            if (dup)
                continue;
            snprintf(got[n].source, sizeof got[n].source, "%s", ev[k].source);
            snprintf(got[n].target, sizeof got[n].target, "%s", ev[k].target);
            snprintf(got[n].code, sizeof got[n].code, "%s", ev[k].code);
            n++;
        }
    }
    pb_doc_free(doc);
    pb_article_free(a);
    return rc == 0 ? n : -1;
}

static int triple_in(const val_triple *t, const val_triple *set, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(t->source, set[i].source) == 0 &&
            strcmp(t->target, set[i].target) == 0 &&
            strcmp(t->code, set[i].code) == 0)
            return 1;
    return 0;
}

static val_category *category(val_run *r, const char *name)
{
    for (int i = 0; i < r->n_cats; i++)
        if (strcmp(r->cats[i].name, name) == 0)
            return &r->cats[i];
    if (r->n_cats == PB_VAL_MAX_CATEGORIES)
        return &r->cats[r->n_cats - 1];
    val_category *c = &r->cats[r->n_cats++];
    memset(c, 0, sizeof *c);
    snprintf(c->name, sizeof c->name, "%s", name[0] ? name : "(none)");
    return c;
}

static void list_triples(val_run *r, const char *label, const val_triple *t,
                         int n)
{
    say(r, "    %s:", label);
    for (int i = 0; i < n; i++)
        say(r, " %s>%s:%s", t[i].source, t[i].target, t[i].code);
    say(r, "%s\n", n ? "" : " (none)");
}

static void finish_record(val_run *r, val_record *rec)
{
    pb_validate_result *res = r->res;
    if (!rec->open)
        return;
    rec->open = 0;
    if (!rec->evaluate || rec->has_error) {
        res->skipped++;
        return;
    }
    if (r->opt->max_records && res->records >= r->opt->max_records)
        return;
    pb_arena arena = PB_ARENA_INIT;
    val_triple got[PB_TC_MAX_EVENTS];
    int n_got = code_record(r, rec, &arena, got, PB_TC_MAX_EVENTS);
    pb_arena_free(&arena);
    if (n_got < 0) {
        r->failed = 1;
        pb_set_error(r->err, PB_ERR_NOMEM, "out of memory coding %s",
                     rec->id);
        return;
    }
    int matched = 0;
    for (int i = 0; i < n_got; i++)
        matched += triple_in(&got[i], rec->expect, rec->n_expect);
    int right = matched == n_got && matched == rec->n_expect;
    val_category *c = category(r, rec->category);
    c->records++;
    c->correct += right;
    c->expected += (size_t)rec->n_expect;
    c->produced += (size_t)n_got;
    c->matched += (size_t)matched;
    res->records++;
    res->correct += right;
    res->expected += (size_t)rec->n_expect;
    res->produced += (size_t)n_got;
    res->matched += (size_t)matched;
    int known = is_known(r, rec->id);
    if (known) {
        res->known++;
        res->known_correct += right;
    }
    if (!right && r->opt->verbose) {
        say(r, "  wrong %s%s\n", rec->id, known ? " (known difference)" : "");
        list_triples(r, "expected", rec->expect, rec->n_expect);
        list_triples(r, "got     ", got, n_got);
    }
}

/* ---- the line reader --------------------------------------------------- */

static void start_record(val_record *rec, const char *line)
{
    pb_buf_free(&rec->text);
    pb_buf_free(&rec->parse);
    memset(rec, 0, sizeof *rec);
    rec->open = 1;
    attr(line, "id", rec->id, sizeof rec->id);
    attr(line, "category", rec->category, sizeof rec->category);
    char v[64];
    attr(line, "date", v, sizeof v);
    rec->date = pb_pd_parse_date(v, strlen(v));
    if (rec->date < 0)
        rec->date = 0;
    attr(line, "evaluate", v, sizeof v);
    rec->evaluate = strcmp(v, "false") != 0 && strcmp(v, "False") != 0;
}

static void event_coding(val_record *rec, const char *line)
{
    char v[128];
    attr(line, "error", v, sizeof v);
    if (v[0]) {
        rec->has_error = 1;
        return;
    }
    attr(line, "noevents", v, sizeof v);
    if (v[0] == 'T' || v[0] == 't')
        return;
    if (rec->n_expect >= PB_VAL_MAX_EXPECT)
        return;
    val_triple *t = &rec->expect[rec->n_expect];
    attr(line, "sourcecode", t->source, sizeof t->source);
    attr(line, "targetcode", t->target, sizeof t->target);
    attr(line, "eventcode", t->code, sizeof t->code);
    if (t->code[0])
        rec->n_expect++;
}

/* Appends s[0..n) to b with the XML character entities of the suites
 * (&amp; &lt; &gt; &quot; &apos;) decoded. */
static void append_decoded(pb_buf *b, const char *s, size_t n)
{
    static const char *const ent[][2] = {{"&amp;", "&"},   {"&lt;", "<"},
                                         {"&gt;", ">"},    {"&quot;", "\""},
                                         {"&apos;", "'"}, {NULL, NULL}};
    for (size_t i = 0; i < n;) {
        int k = 0;
        if (s[i] == '&')
            for (; ent[k][0]; k++) {
                size_t len = strlen(ent[k][0]);
                if (i + len <= n && memcmp(s + i, ent[k][0], len) == 0)
                    break;
            }
        if (s[i] == '&' && ent[k][0]) {
            pb_buf_puts(b, ent[k][1]);
            i += strlen(ent[k][0]);
        } else {
            pb_buf_putc(b, s[i++]);
        }
    }
}

/* Appends the part of a <Text>/<Parse> line before its closing tag; returns
 * 1 when the tag closed on this line. */
static int collect(pb_buf *b, const char *s, const char *close, int parse)
{
    const char *e = strstr(s, close);
    size_t n = e ? (size_t)(e - s) : strlen(s);
    if (!parse) {
        while (n && isspace((unsigned char)*s))
            s++, n--;
        if (n && b->len)
            pb_buf_putc(b, ' ');
        append_decoded(b, s, n);
    } else {
        pb_buf_append(b, s, n);
        pb_buf_putc(b, '\n');
    }
    return e != NULL;
}

static void read_records(val_run *r, char *data)
{
    val_record rec;
    memset(&rec, 0, sizeof rec);
    int in_comment = 0;
    for (char *line = data; line && *line && !r->failed;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        char *next = nl ? nl + 1 : NULL;
        size_t len = strlen(line);
        if (len && line[len - 1] == '\r')
            line[len - 1] = '\0';
        char *s = line;
        if (rec.in_text || rec.in_parse) {
            int closed = collect(rec.in_text ? &rec.text : &rec.parse, s,
                                 rec.in_text ? "</Text>" : "</Parse>",
                                 rec.in_parse);
            if (closed)
                rec.in_text = rec.in_parse = 0;
            if (closed && strstr(s, "</Sentence>"))
                finish_record(r, &rec);
            line = next;
            continue;
        }
        while (isspace((unsigned char)*s))
            s++;
        if (in_comment || strncmp(s, "<!--", 4) == 0) {
            in_comment = strstr(s, "-->") == NULL;
            line = next;
            continue;
        }
        if (strncmp(s, "<Sentence ", 10) == 0 || strcmp(s, "<Sentence>") == 0) {
            finish_record(r, &rec);
            start_record(&rec, s);
        } else if (strncmp(s, "<EventCoding", 12) == 0 && rec.open) {
            event_coding(&rec, s);
        } else if (strncmp(s, "<Text>", 6) == 0 && rec.open) {
            rec.in_text = !collect(&rec.text, s + 6, "</Text>", 0);
        } else if (strncmp(s, "<Parse>", 7) == 0 && rec.open) {
            rec.in_parse = !collect(&rec.parse, s + 7, "</Parse>", 1);
            if (!rec.in_parse && strstr(s, "</Sentence>"))
                finish_record(r, &rec);
        } else if (strncmp(s, "</Sentence>", 11) == 0 ||
                   strncmp(s, "</Sentences>", 12) == 0) {
            finish_record(r, &rec);
        }
        line = next;
    }
    finish_record(r, &rec);
    pb_buf_free(&rec.text);
    pb_buf_free(&rec.parse);
}

/* ---- the run ------------------------------------------------------------- */

static double pct(size_t a, size_t b)
{
    return b ? 100.0 * (double)a / (double)b : 0.0;
}

static void report(val_run *r)
{
    const pb_validate_result *res = r->res;
    say(r, "%-12s %9s %8s %9s %9s %8s\n", "category", "records", "right",
        "expected", "produced", "matched");
    for (int i = 0; i < r->n_cats; i++) {
        const val_category *c = &r->cats[i];
        say(r, "%-12s %9zu %8zu %9zu %9zu %8zu  (%.1f%%)\n", c->name,
            c->records, c->correct, c->expected, c->produced, c->matched,
            pct(c->correct, c->records));
    }
    say(r, "%-12s %9zu %8zu %9zu %9zu %8zu\n", "all", res->records,
        res->correct, res->expected, res->produced, res->matched);
    say(r, "skipped: %zu (evaluate=\"false\" or error= expectations)\n",
        res->skipped);
    say(r, "events: precision %.1f%%, recall %.1f%%\n",
        pct(res->matched, res->produced), pct(res->matched, res->expected));
    if (r->opt->known_path)
        say(r, "known differences (PETRARCH quirks): %zu records listed, "
               "%zu of them coded as the suite expects; without them: "
               "%zu/%zu (%.1f%%)\n",
            res->known, res->known_correct, res->correct - res->known_correct,
            res->records - res->known,
            pct(res->correct - res->known_correct, res->records - res->known));
    say(r, "records correct: %zu/%zu (%.1f%%)\n", res->correct, res->records,
        pct(res->correct, res->records));
}

int pb_validate_run(const pb_context *ctx, const char *suite_path,
                    const pb_validate_options *opt, pb_write_fn write,
                    void *user, pb_validate_result *res, pb_error *err)
{
    pb_validate_options defaults = {0};
    pb_validate_result scratch;
    val_run *r = calloc(1, sizeof *r);
    if (!r) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return PB_ERR_NOMEM;
    }
    pb_error local;
    r->ctx = ctx;
    r->opt = opt ? opt : &defaults;
    r->suite_path = suite_path;
    r->write = write;
    r->user = user;
    r->res = res ? res : &scratch;
    r->err = err ? err : &local;
    memset(r->res, 0, sizeof *r->res);
    r->err->code = PB_OK;
    r->err->message[0] = '\0';
    int rc = PB_OK;
    char *data = read_file(suite_path, r->err);
    if (!data)
        rc = PB_ERR_IO;
    if (rc == PB_OK && !(r->dict = pb_pdict_new()))
        rc = PB_ERR_NOMEM;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (rc == PB_OK)
        rc = load_env_dicts(r, data);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (rc == PB_OK)
        rc = load_known(r);
    if (rc == PB_OK) {
        r->res->load_ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 +
                          (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
        r->res->dict_skipped = r->dict->stats.skipped;
        const pb_pd_stats *st = &r->dict->stats;
        say(r, "suite %s (parse: %s)\n", suite_path,
            r->opt->parse_given ? "given" : "ours");
        say(r, "dictionaries: %zu verb blocks, %zu verb forms, %zu patterns, "
               "%zu synsets, %zu actors (%zu phrases), %zu agent phrases, "
               "%zu discards; %zu transformations and %zu lines skipped "
               "(malformed or not coded; --verbose lists them); loaded "
               "in %.1f ms\n",
            st->blocks, st->verb_forms, st->patterns, st->synsets, st->actors,
            st->actor_phrases, st->agent_phrases, st->discards,
            st->transformations, st->skipped, r->res->load_ms);
        for (size_t i = 0; r->opt->verbose && i < r->dict->n_notes; i++)
            say(r, "  note: %s\n", r->dict->notes[i]);
        read_records(r, data);
        if (r->failed && r->err->code == PB_OK)
            pb_set_error(r->err, PB_ERR_IO, "cannot write the report");
        if (r->failed)
            rc = r->err->code;
        else
            report(r);
    }
    free(data);
    free(r->known);
    pb_pdict_free(r->dict);
    free(r);
    return rc;
}
