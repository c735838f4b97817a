/* conllu.c — CoNLL-U, the Universal Dependencies file format, and scoring
 * against it: gold treebanks come in through pb_conllu_read, `polybius
 * parse` writes trees with pb_conllu_write, and pb_syntax_evaluate scores
 * the syntax stage with the CoNLL 2018 definitions on gold tokenisation
 * (UPOS, XPOS, LEMMA, UAS, LAS; punctuation included; LAS on universal
 * relations, as the official script). Strings live in the caller's arena.
 */
#include "fileio.h"
#include "syntax.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Largest CoNLL-U file read into memory at once. */
#define CONLLU_MAX_FILE ((size_t)1 << 31)

static void set_err(char *err, size_t errlen, const char *name, size_t line,
                    const char *msg)
{
    if (err && errlen)
        snprintf(err, errlen, "%s:%zu: %s", name, line, msg);
}

/* Growable array of sentences and of the words of the current sentence. */
typedef struct reader {
    pb_arena *arena;
    pb_conllu_sentence *sents;
    size_t n, cap;
    pb_token *words;
    size_t nw, wcap;
    const char *sent_id, *text;
} reader;

static int flush_sentence(reader *r)
{
    if (r->nw == 0) {
        r->sent_id = r->text = NULL;
        return 0;
    }
    if (r->n == r->cap) {
        size_t ncap = r->cap ? r->cap * 2 : 256;
        pb_conllu_sentence *ns = realloc(r->sents, ncap * sizeof *ns);
        if (!ns)
            return -1;
        r->sents = ns;
        r->cap = ncap;
    }
    pb_token *toks = pb_arena_alloc(r->arena, r->nw * sizeof *toks);
    if (!toks)
        return -1;
    memcpy(toks, r->words, r->nw * sizeof *toks);
    pb_conllu_sentence *s = &r->sents[r->n++];
    memset(s, 0, sizeof *s);
    s->sentence.tokens = toks;
    s->sentence.n_tokens = (uint32_t)r->nw;
    s->sent_id = r->sent_id;
    s->text = r->text;
    r->nw = 0;
    r->sent_id = r->text = NULL;
    return 0;
}

/* Splits a line into at most 10 tab-separated fields in place. */
static int split_fields(char *line, char **f)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p; p++) {
        if (*p == '\t') {
            *p = '\0';
            if (n == 10)
                return 11;
            f[n++] = p + 1;
        }
    }
    return n;
}

static int parse_line(reader *r, char *line, const char *name, size_t lineno,
                      char *err, size_t errlen)
{
    if (line[0] == '#') {
        const char *v;
        if (strncmp(line, "# sent_id = ", 12) == 0)
            v = line + 12, r->sent_id = pb_arena_strdup(r->arena, v);
        else if (strncmp(line, "# text = ", 9) == 0)
            v = line + 9, r->text = pb_arena_strdup(r->arena, v);
        return 0;
    }
    char *f[11];
    if (split_fields(line, f) != 10) {
        set_err(err, errlen, name, lineno, "expected 10 tab-separated fields");
        return -1;
    }
    /* Multiword-token ranges ("3-4") and empty nodes ("8.1") are skipped. */
    if (strchr(f[0], '-') || strchr(f[0], '.'))
        return 0;
    char *end;
    errno = 0;
    long id = strtol(f[0], &end, 10);
    if (*end || id != (long)r->nw + 1) {
        set_err(err, errlen, name, lineno, "word ids must be 1, 2, 3 …");
        return -1;
    }
    if (r->nw >= PB_CONLLU_MAX_WORDS) {
        set_err(err, errlen, name, lineno, "sentence too long");
        return -1;
    }
    long head = -1;
    if (strcmp(f[6], "_") != 0) {
        head = strtol(f[6], &end, 10);
        if (*end || head < 0 || head > PB_CONLLU_MAX_WORDS) {
            set_err(err, errlen, name, lineno, "bad HEAD");
            return -1;
        }
    }
    if (r->nw == r->wcap) {
        size_t ncap = r->wcap ? r->wcap * 2 : 128;
        pb_token *nw = realloc(r->words, ncap * sizeof *nw);
        if (!nw)
            return -2;
        r->words = nw;
        r->wcap = ncap;
    }
    pb_token *t = &r->words[r->nw++];
    memset(t, 0, sizeof *t);
    t->form = pb_arena_strdup(r->arena, f[1]);
    t->lemma = strcmp(f[2], "_") == 0 && strcmp(f[1], "_") != 0
                   ? NULL
                   : pb_arena_strdup(r->arena, f[2]);
    if (!t->form || (strcmp(f[2], "_") != 0 && !t->lemma))
        return -2;
    t->upos = (uint8_t)pb_upos_from_name(f[3]);
    if (strcmp(f[4], "_") != 0) {
        strncpy(t->xpos, f[4], PB_XPOS_SIZE - 1);
        t->xpos[PB_XPOS_SIZE - 1] = '\0';
    }
    t->head = (int16_t)head;
    t->deprel = (uint8_t)pb_deprel_from_name(f[7]);
    return 0;
}

int pb_conllu_parse_string(const char *data, const char *name, pb_arena *arena,
                           pb_conllu_sentence **out, size_t *n_out, char *err,
                           size_t errlen)
{
    reader r;
    memset(&r, 0, sizeof r);
    r.arena = arena;
    *out = NULL;
    *n_out = 0;
    char *line = malloc(PB_CONLLU_MAX_LINE + 1);
    if (!line) {
        set_err(err, errlen, name, 0, "out of memory");
        return -1;
    }
    size_t lineno = 0;
    int rc = 0;
    const char *p = data;
    while (*p && rc == 0) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        lineno++;
        if (len > PB_CONLLU_MAX_LINE) {
            set_err(err, errlen, name, lineno, "line too long");
            rc = -1;
            break;
        }
        memcpy(line, p, len);
        if (len && line[len - 1] == '\r')
            len--;
        line[len] = '\0';
        p = nl ? nl + 1 : p + len;
        if (len == 0) {
            if (flush_sentence(&r) < 0)
                rc = -2;
        } else {
            rc = parse_line(&r, line, name, lineno, err, errlen);
        }
    }
    if (rc == 0 && flush_sentence(&r) < 0)
        rc = -2;
    if (rc == -2)
        set_err(err, errlen, name, lineno, "out of memory");
    free(line);
    free(r.words);
    if (rc != 0) {
        free(r.sents);
        return -1;
    }
    /* Move the sentence array into the arena so the caller frees nothing. */
    if (r.n) {
        *out = pb_arena_alloc(arena, r.n * sizeof **out);
        if (!*out) {
            free(r.sents);
            set_err(err, errlen, name, lineno, "out of memory");
            return -1;
        }
        memcpy(*out, r.sents, r.n * sizeof **out);
    }
    free(r.sents);
    *n_out = r.n;
    return 0;
}

int pb_conllu_read(const char *path, pb_arena *arena,
                   pb_conllu_sentence **out, size_t *n_out, char *err,
                   size_t errlen)
{
    *out = NULL;
    *n_out = 0;
    pb_error e;
    size_t len;
    char *data = pb_read_file(path, CONLLU_MAX_FILE, &len, &e);
    if (!data) {
        if (err && errlen)
            snprintf(err, errlen, "%s", e.message);
        return -1;
    }
    if (memchr(data, '\0', len)) {
        if (err && errlen)
            snprintf(err, errlen, "%s: NUL byte in CoNLL-U file", path);
        free(data);
        return -1;
    }
    int rc = pb_conllu_parse_string(data, path, arena, out, n_out, err,
                                    errlen);
    free(data);
    return rc;
}

/* Appends s with tabs, CR and LF replaced by spaces; "_" when empty. */
static void put_field(pb_buf *out, const char *s)
{
    if (!s || !*s) {
        pb_buf_putc(out, '_');
        return;
    }
    for (const char *p = s; *p; p++) {
        const char *q = p;
        while (*q && *q != '\t' && *q != '\n' && *q != '\r')
            q++;
        pb_buf_append(out, p, (size_t)(q - p));
        if (!*q)
            break;
        pb_buf_putc(out, ' ');
        p = q;
    }
}

void pb_conllu_write(pb_buf *out, const pb_sentence *s, const char *sent_id,
                     const char *text)
{
    if (sent_id) {
        pb_buf_puts(out, "# sent_id = ");
        put_field(out, sent_id);
        pb_buf_putc(out, '\n');
    }
    if (text) {
        pb_buf_puts(out, "# text = ");
        put_field(out, text);
        pb_buf_putc(out, '\n');
    }
    for (uint32_t i = 0; i < s->n_tokens; i++) {
        const pb_token *t = &s->tokens[i];
        pb_buf_printf(out, "%u\t", i + 1);
        put_field(out, t->form);
        pb_buf_putc(out, '\t');
        put_field(out, t->lemma);
        pb_buf_putc(out, '\t');
        pb_buf_puts(out, pb_upos_name(t->upos));
        pb_buf_putc(out, '\t');
        put_field(out, t->xpos);
        pb_buf_puts(out, "\t_\t");
        if (t->head < 0)
            pb_buf_putc(out, '_');
        else
            pb_buf_printf(out, "%d", t->head);
        pb_buf_putc(out, '\t');
        pb_buf_puts(out, pb_deprel_name(t->deprel));
        pb_buf_puts(out, "\t_\t_\n");
    }
    pb_buf_putc(out, '\n');
}

/* ---- evaluation ---------------------------------------------------------- */

/* Lemmas equal ignoring ASCII case (our lemmas are lower-case). */
static int lemma_equal(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return 0;
    return *a == *b;
}

static int rel_universal_equal(int a, int b)
{
    if (a == b)
        return 1;
    size_t la = pb_deprel_universal_len(a), lb = pb_deprel_universal_len(b);
    return la == lb &&
           strncmp(pb_deprel_name(a), pb_deprel_name(b), la) == 0 &&
           a != 0 && b != 0;
}

void pb_parse_scores_add(pb_parse_scores *sc, const pb_sentence *gold,
                         const pb_sentence *sys)
{
    sc->sentences++;
    uint32_t n = gold->n_tokens < sys->n_tokens ? gold->n_tokens
                                                : sys->n_tokens;
    sc->words += gold->n_tokens;
    for (uint32_t i = 0; i < n; i++) {
        const pb_token *g = &gold->tokens[i], *s = &sys->tokens[i];
        sc->upos += g->upos == s->upos;
        sc->xpos += strcmp(g->xpos, s->xpos) == 0;
        sc->lemma += lemma_equal(g->lemma, s->lemma);
        if (g->head == s->head) {
            sc->uas++;
            sc->las += rel_universal_equal(g->deprel, s->deprel);
            sc->las_full += g->deprel == s->deprel;
        }
    }
}

void pb_parse_scores_finish(pb_parse_scores *sc)
{
    double w = sc->words ? (double)sc->words : 1.0;
    sc->upos_pct = 100.0 * (double)sc->upos / w;
    sc->xpos_pct = 100.0 * (double)sc->xpos / w;
    sc->lemma_pct = 100.0 * (double)sc->lemma / w;
    sc->uas_pct = 100.0 * (double)sc->uas / w;
    sc->las_pct = 100.0 * (double)sc->las / w;
    sc->las_full_pct = 100.0 * (double)sc->las_full / w;
}

void pb_parse_scores_format(const pb_parse_scores *sc, char *buf,
                            size_t buflen)
{
    snprintf(buf, buflen, "UPOS %.2f XPOS %.2f LEMMA %.2f UAS %.2f LAS %.2f",
             sc->upos_pct, sc->xpos_pct, sc->lemma_pct, sc->uas_pct,
             sc->las_pct);
}

int pb_syntax_evaluate(const pb_syntax_model *m, const char *gold_conllu_path,
                       pb_parse_scores *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    pb_arena gold_arena = PB_ARENA_INIT, work = PB_ARENA_INIT;
    pb_conllu_sentence *sents;
    size_t n;
    if (pb_conllu_read(gold_conllu_path, &gold_arena, &sents, &n, err,
                       errlen) < 0)
        return -1;
    int rc = 0;
    for (size_t s = 0; s < n && rc == 0; s++) {
        const pb_sentence *g = &sents[s].sentence;
        pb_token *toks = malloc((g->n_tokens + 1) * sizeof *toks);
        if (!toks) {
            rc = -1;
            break;
        }
        for (uint32_t i = 0; i < g->n_tokens; i++) {
            memset(&toks[i], 0, sizeof toks[i]);
            toks[i].form = g->tokens[i].form;
            toks[i].head = -1;
        }
        if (pb_syntax_annotate(m, toks, g->n_tokens, &work) < 0) {
            rc = -1;
        } else {
            pb_sentence sys = *g;
            sys.tokens = toks;
            pb_parse_scores_add(out, g, &sys);
        }
        free(toks);
        pb_arena_free(&work);
    }
    pb_arena_free(&gold_arena);
    if (rc < 0) {
        snprintf(err, errlen, "%s: out of memory", gold_conllu_path);
        return -1;
    }
    pb_parse_scores_finish(out);
    return 0;
}
