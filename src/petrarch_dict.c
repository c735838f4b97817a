/* petrarch_dict.c — readers for the PETRARCH actor, agent and discard
 * dictionaries, the shared line reader, and the set's lookups. The verb
 * dictionary reader is petrarch_verbs.c. Formats: petrarch2/docs/
 * dictionaries.rst; malformed lines are skipped with a FILE:LINE note.
 */
#include "petrarch_dict.h"
#include "fileio.h"
#include "petrarch_int.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Largest dictionary file read. */
#define PB_PD_MAX_FILE (64u * 1024u * 1024u)
/* Substitution sets (!NAME!) in one agent file, and members of one. */
#define PB_PD_MAX_SUBST 32
#define PB_PD_MAX_SUBST_ITEMS 32

pb_pdict *pb_pdict_new(void)
{
    return calloc(1, sizeof(pb_pdict));
}

void pb_pdict_free(pb_pdict *d)
{
    if (!d)
        return;
    pb_strmap_free(&d->actors);
    pb_strmap_free(&d->verbs);
    pb_strmap_free(&d->synsets);
    free(d->blocks);
    free(d->transforms);
    pb_strmap_free(&d->discards);
    pb_arena_free(&d->arena);
    free(d);
}

/* ---- the line reader ----------------------------------------------------- */

int pb_pd_reader_open(pb_pd_reader *r, pb_pdict *d, const char *path,
                      pb_error *err)
{
    memset(r, 0, sizeof *r);
    r->d = d;
    r->path = path;
    size_t len;
    char *buf = pb_read_file(path, PB_PD_MAX_FILE, &len, err);
    if (!buf)
        return err ? err->code : PB_ERR_IO;
    r->buf = buf;
    r->pos = buf;
    /* Stray NUL bytes (Phoenix.Countries.actors.txt has one) would end the
     * text early: read them as blanks and say so. */
    for (size_t i = 0; i < len; i++)
        if (buf[i] == '\0') {
            buf[i] = ' ';
            r->line_no = 1;
            for (size_t k = 0; k < i; k++)
                r->line_no += buf[k] == '\n';
            pb_pd_note(r, "NUL byte read as a blank");
            r->d->stats.skipped--; /* the line itself is kept */
            r->line_no = 0;
        }
    return PB_OK;
}

void pb_pd_reader_close(pb_pd_reader *r)
{
    free(r->buf);
    r->buf = NULL;
}

/* Next line with comments removed ('#' to the end, <!-- … --> blocks and
 * lines opening with '<'), trailing blanks trimmed; blank lines skipped.
 * Leading white space is kept (actor date lines start with a TAB). */
char *pb_pd_reader_next(pb_pd_reader *r)
{
    while (r->pos && *r->pos) {
        char *line = r->pos;
        char *nl = strchr(line, '\n');
        if (nl) {
            *nl = '\0';
            r->pos = nl + 1;
        } else {
            r->pos = line + strlen(line);
        }
        r->line_no++;
        if (r->in_comment) {
            if (strstr(line, "-->"))
                r->in_comment = 0;
            continue;
        }
        char *s = line;
        while (*s == ' ' || *s == '\t')
            s++;
        if (*s == '<') {
            if (strncmp(s, "<!--", 4) == 0 && !strstr(s, "-->"))
                r->in_comment = 1;
            continue;
        }
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        size_t n = strlen(line);
        while (n && isspace((unsigned char)line[n - 1]))
            line[--n] = '\0';
        if (n == 0 || s >= line + n)
            continue;
        if (n >= PB_PD_MAX_LINE) {
            pb_pd_note(r, "line longer than %d bytes", PB_PD_MAX_LINE);
            continue;
        }
        return line;
    }
    return NULL;
}

void pb_pd_note(pb_pd_reader *r, const char *fmt, ...)
{
    pb_pdict *d = r->d;
    d->stats.skipped++;
    if (d->n_notes >= PB_PD_MAX_NOTES)
        return;
    if (!d->notes) {
        d->notes = pb_arena_alloc(&d->arena, PB_PD_MAX_NOTES * sizeof(char *));
        if (!d->notes)
            return;
    }
    char msg[512];
    int k = snprintf(msg, sizeof msg, "%s:%ld: ", r->path, r->line_no);
    va_list ap;
    va_start(ap, fmt);
    if (k > 0 && (size_t)k < sizeof msg)
        vsnprintf(msg + k, sizeof msg - (size_t)k, fmt, ap);
    va_end(ap);
    char *copy = pb_arena_strdup(&d->arena, msg);
    if (copy)
        d->notes[d->n_notes++] = copy;
}

/* ---- shared helpers ------------------------------------------------------ */

char *pb_pd_lower_dup(pb_arena *a, const char *s, size_t n)
{
    char *p = pb_arena_strndup(a, s, n);
    if (p)
        for (char *q = p; *q; q++)
            *q = (char)tolower((unsigned char)*q);
    return p;
}

int pb_pd_split_words(pb_arena *a, const char *s, size_t n, const char **out,
                      int max)
{
    int k = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == '_' || s[i] == ' ' || s[i] == '\t'))
            i++;
        size_t b = i;
        while (i < n && s[i] != '_' && s[i] != ' ' && s[i] != '\t')
            i++;
        if (i > b) {
            if (k >= max)
                return -1;
            out[k] = pb_pd_lower_dup(a, s + b, i - b);
            if (!out[k])
                return -2;
            k++;
        }
    }
    return k;
}

int pb_pd_parse_code(pb_arena *a, const char *s, size_t n, const char **code,
                     const char **code2)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    *code = *code2 = NULL;
    if (n == 0 || n > 2 * PB_PD_MAX_CODE)
        return -1;
    const char *colon = memchr(s, ':', n);
    size_t n1 = colon ? (size_t)(colon - s) : n;
    for (size_t i = 0; i < n; i++)
        if (isspace((unsigned char)s[i]))
            return -1;
    if (n1 == 0 && !colon)
        return -1;
    /* "[:173]" codes only the reverse event. */
    if (n1 > 0 && !(n1 == 3 && memcmp(s, "---", 3) == 0) &&
        !(n1 == 3 && memcmp(s, "+++", 3) == 0) &&
        !(*code = pb_arena_strndup(a, s, n1)))
        return -1;
    if (colon) {
        size_t n2 = n - n1 - 1;
        if (!(n2 == 3 && memcmp(colon + 1, "---", 3) == 0) && n2 > 0 &&
            !(*code2 = pb_arena_strndup(a, colon + 1, n2)))
            return -1;
    }
    return 0;
}

int32_t pb_pd_parse_date(const char *s, size_t len)
{
    if (len != 6 && len != 8)
        return -1;
    long v = 0;
    for (size_t i = 0; i < len; i++) {
        if (!isdigit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    if (len == 6) {
        long yy = v / 10000;
        v += (yy < 30 ? 2000 : 1900) * 10000L;
    }
    int month = (int)(v / 100 % 100), day = (int)(v % 100);
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return -1;
    return (int32_t)v;
}

/* Adds a phrase to the first-word index. */
static int add_phrase(pb_pdict *d, pb_pd_phrase *p)
{
    if (p->n_words > d->max_phrase_words)
        d->max_phrase_words = p->n_words;
    return pb_strmap_add(&d->actors, p->words[0], p);
}

/* ---- actors -------------------------------------------------------------- */

/* Parses "CODE", "CODE <date", "CODE >date", "CODE d1-d2" (blanks allowed
 * around the operators) into c. Returns 0, or -1 when malformed. */
static int parse_restriction(pb_arena *a, const char *s, size_t n,
                             pb_pd_code *c)
{
    char buf[PB_PD_MAX_LINE];
    if (n >= sizeof buf)
        return -1;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]) || (k && buf[k - 1] != ' '))
            buf[k++] = isspace((unsigned char)s[i]) ? ' ' : s[i];
    while (k && buf[k - 1] == ' ')
        k--;
    buf[k] = '\0';
    /* The code runs to the first blank, '<' or '>'. */
    size_t ce = strcspn(buf, " <>");
    if (ce == 0 || ce > PB_PD_MAX_CODE)
        return -1;
    if (isdigit((unsigned char)buf[0]))
        return -1; /* a date without a code */
    c->code = (ce == 3 && memcmp(buf, "---", 3) == 0)
                  ? NULL
                  : pb_arena_strndup(a, buf, ce);
    if (ce != 3 || memcmp(buf, "---", 3) != 0)
        if (!c->code)
            return -1;
    const char *r = buf + ce;
    while (*r == ' ')
        r++;
    c->when = PB_PD_ALWAYS;
    c->from = c->to = 0;
    if (!*r)
        return 0;
    if (*r == '<' || *r == '>') {
        c->when = *r == '<' ? PB_PD_BEFORE : PB_PD_AFTER;
        r++;
        while (*r == ' ')
            r++;
        int32_t v = pb_pd_parse_date(r, strlen(r));
        if (v < 0)
            return -1;
        c->from = c->to = v;
        return 0;
    }
    const char *dash = strchr(r, '-');
    if (!dash)
        return -1;
    size_t l1 = (size_t)(dash - r);
    while (l1 && r[l1 - 1] == ' ')
        l1--;
    const char *r2 = dash + 1;
    while (*r2 == ' ')
        r2++;
    c->from = pb_pd_parse_date(r, l1);
    c->to = pb_pd_parse_date(r2, strlen(r2));
    if (c->from < 0 || c->to < 0)
        return -1;
    c->when = PB_PD_BETWEEN;
    return 0;
}

/* A record being read: its phrases wait for the date lines. */
typedef struct actor_rec {
    pb_pd_actor *actor;
    pb_pd_code codes[PB_PD_MAX_WORDS * 4];
    uint32_t n_codes;
    pb_pd_code fallback;   /* the primary line's [code] */
    int has_fallback;
} actor_rec;

static int close_record(pb_pdict *d, actor_rec *rec)
{
    if (!rec->actor)
        return 0;
    uint32_t n = rec->n_codes + (rec->has_fallback ? 1 : 0);
    pb_pd_code *codes = n ? pb_arena_alloc(&d->arena, n * sizeof *codes) : NULL;
    if (n && !codes)
        return -1;
    uint32_t k = 0;
    /* Restrictions first in file order, then undated ones, then the
     * primary line's code: the first that holds wins. */
    for (uint32_t i = 0; i < rec->n_codes; i++)
        if (rec->codes[i].when != PB_PD_ALWAYS)
            codes[k++] = rec->codes[i];
    for (uint32_t i = 0; i < rec->n_codes; i++)
        if (rec->codes[i].when == PB_PD_ALWAYS)
            codes[k++] = rec->codes[i];
    if (rec->has_fallback)
        codes[k++] = rec->fallback;
    rec->actor->codes = codes;
    rec->actor->n_codes = k;
    rec->actor = NULL;
    rec->n_codes = 0;
    rec->has_fallback = 0;
    return 0;
}

/* Reads "PHRASE [code] ; comment" (code optional) into a new phrase. */
static int actor_phrase(pb_pd_reader *r, actor_rec *rec, char *s)
{
    pb_pdict *d = r->d;
    char *semi = strchr(s, ';');
    if (semi)
        *semi = '\0';
    char *lb = strchr(s, '[');
    size_t plen = lb ? (size_t)(lb - s) : strlen(s);
    const char *words[PB_PD_MAX_WORDS];
    int nw = pb_pd_split_words(&d->arena, s, plen, words, PB_PD_MAX_WORDS);
    if (nw == -2)
        return -1;
    if (nw <= 0) {
        pb_pd_note(r, nw == 0 ? "actor line without a phrase"
                              : "actor phrase longer than %d words",
                   PB_PD_MAX_WORDS);
        return 0;
    }
    if (lb) {
        char *rb = strchr(lb, ']');
        pb_pd_code c = {0};
        if (!rb || parse_restriction(&d->arena, lb + 1, (size_t)(rb - lb - 1),
                                     &c) != 0) {
            pb_pd_note(r, "malformed actor code '%s'", lb);
        } else if (c.when != PB_PD_ALWAYS) {
            if (rec->n_codes < sizeof rec->codes / sizeof rec->codes[0])
                rec->codes[rec->n_codes++] = c;
        } else {
            rec->fallback = c;
            rec->has_fallback = 1;
        }
    }
    pb_pd_phrase *p = pb_arena_alloc(&d->arena, sizeof *p);
    const char **w = pb_arena_alloc(&d->arena, (size_t)nw * sizeof *w);
    if (!p || !w)
        return -1;
    memcpy(w, words, (size_t)nw * sizeof *w);
    p->words = w;
    p->n_words = (uint8_t)nw;
    p->actor = rec->actor;
    d->stats.actor_phrases++;
    return add_phrase(d, p);
}

int pb_pdict_read_actors(pb_pdict *d, const char *path, pb_error *err)
{
    pb_pd_reader r;
    int rc = pb_pd_reader_open(&r, d, path, err);
    if (rc != PB_OK)
        return rc;
    actor_rec rec;
    memset(&rec, 0, sizeof rec);
    char *line;
    int oom = 0;
    while (!oom && (line = pb_pd_reader_next(&r))) {
        char *s = line;
        int indented = *s == ' ' || *s == '\t';
        while (*s == ' ' || *s == '\t')
            s++;
        if (indented && *s == '[') {
            char *rb = strchr(s, ']');
            pb_pd_code c = {0};
            if (!rec.actor)
                pb_pd_note(&r, "date restriction outside a record");
            else if (!rb || parse_restriction(&d->arena, s + 1,
                                              (size_t)(rb - s - 1), &c) != 0)
                pb_pd_note(&r, "malformed date restriction '%s'", s);
            else if (rec.n_codes < sizeof rec.codes / sizeof rec.codes[0])
                rec.codes[rec.n_codes++] = c;
            else
                pb_pd_note(&r, "too many date restrictions");
            continue;
        }
        if (*s == '+') {
            if (!rec.actor) {
                pb_pd_note(&r, "synonym outside a record");
                continue;
            }
            oom = actor_phrase(&r, &rec, s + 1) != 0;
            continue;
        }
        if (close_record(d, &rec) != 0) {
            oom = 1;
            break;
        }
        rec.actor = pb_arena_alloc(&d->arena, sizeof *rec.actor);
        if (!rec.actor) {
            oom = 1;
            break;
        }
        rec.actor->line = (uint32_t)r.line_no;
        d->stats.actors++;
        oom = actor_phrase(&r, &rec, s) != 0;
    }
    if (!oom)
        oom = close_record(d, &rec) != 0;
    pb_pd_reader_close(&r);
    if (oom) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory reading %s", path);
        return PB_ERR_NOMEM;
    }
    return PB_OK;
}

const char *pb_pd_actor_code(const pb_pd_actor *a, int32_t date)
{
    for (uint32_t i = 0; i < a->n_codes; i++) {
        const pb_pd_code *c = &a->codes[i];
        int holds = c->when == PB_PD_ALWAYS ||
                    (date > 0 &&
                     ((c->when == PB_PD_BEFORE && date <= c->from) ||
                      (c->when == PB_PD_AFTER && date >= c->from) ||
                      (c->when == PB_PD_BETWEEN && date >= c->from &&
                       date <= c->to)));
        if (holds)
            return c->code;
    }
    return NULL;
}

/* ---- agents -------------------------------------------------------------- */

typedef struct subst_set {
    char name[64];                           /* "!PERSON!" */
    char items[PB_PD_MAX_SUBST_ITEMS][64];
    int n_items;
} subst_set;

typedef struct agent_ctx {
    pb_pd_reader *r;
    subst_set *sets;
    int n_sets;
    const char *code;
    int prefix;
} agent_ctx;

static int agent_add(agent_ctx *c, const char *phrase)
{
    pb_pdict *d = c->r->d;
    const char *words[PB_PD_MAX_WORDS];
    int nw = pb_pd_split_words(&d->arena, phrase, strlen(phrase), words,
                               PB_PD_MAX_WORDS);
    if (nw == -2)
        return -1;
    if (nw <= 0) {
        pb_pd_note(c->r, "agent phrase empty or too long");
        return 0;
    }
    pb_pd_phrase *p = pb_arena_alloc(&d->arena, sizeof *p);
    const char **w = pb_arena_alloc(&d->arena, (size_t)nw * sizeof *w);
    if (!p || !w)
        return -1;
    memcpy(w, words, (size_t)nw * sizeof *w);
    p->words = w;
    p->n_words = (uint8_t)nw;
    p->is_agent = 1;
    p->agent_prefix = (uint8_t)c->prefix;
    p->agent = c->code;
    d->stats.agent_phrases++;
    return add_phrase(d, p);
}

/* Expands the first !NAME! marker of phrase (every member in turn, no
 * plurals) or, with none left, adds the phrase and its plural. */
static int agent_expand(agent_ctx *c, const char *phrase, const char *plural,
                        int depth)
{
    const char *m = strchr(phrase, '!');
    const char *m2 = m ? strchr(m + 1, '!') : NULL;
    if (m && m2 && depth < PB_PD_MAX_SUBST) {
        size_t nlen = (size_t)(m2 - m + 1);
        for (int i = 0; i < c->n_sets; i++) {
            subst_set *s = &c->sets[i];
            if (strlen(s->name) != nlen || strncmp(s->name, m, nlen) != 0)
                continue;
            for (int k = 0; k < s->n_items; k++) {
                char buf[PB_PD_MAX_LINE];
                snprintf(buf, sizeof buf, "%.*s%s%s", (int)(m - phrase),
                         phrase, s->items[k], m2 + 1);
                if (agent_expand(c, buf, "", depth + 1) != 0)
                    return -1;
            }
            return 0;
        }
        pb_pd_note(c->r, "undefined substitution set %.*s", (int)nlen, m);
        return 0;
    }
    if (agent_add(c, phrase) != 0)
        return -1;
    if (plural && !*plural)
        return 0; /* "{}" or a substituted phrase: no plural */
    char buf[PB_PD_MAX_LINE];
    if (plural) {
        snprintf(buf, sizeof buf, "%s", plural);
    } else {
        size_t n = strlen(phrase);
        while (n && phrase[n - 1] == '_')
            n--;
        if (n < strlen(phrase) || n == 0)
            return 0; /* trailing '_': no plural */
        char last = (char)toupper((unsigned char)phrase[n - 1]);
        char prev = n > 1 ? (char)toupper((unsigned char)phrase[n - 2]) : 0;
        if (last == 'Y' && !strchr("AEIOU", prev))
            snprintf(buf, sizeof buf, "%.*sIES", (int)(n - 1), phrase);
        else if (last == 'S' && prev == 'S')
            snprintf(buf, sizeof buf, "%.*sES", (int)n, phrase);
        else
            snprintf(buf, sizeof buf, "%.*sS", (int)n, phrase);
    }
    return agent_add(c, buf);
}

/* "!NAME! = a, b, c" */
static void read_subst(agent_ctx *c, subst_set *sets, char *s)
{
    char *eq = strchr(s, '=');
    char *m2 = strchr(s + 1, '!');
    if (!eq || !m2 || m2 > eq || c->n_sets >= PB_PD_MAX_SUBST ||
        (size_t)(m2 - s + 1) >= sizeof sets[0].name) {
        pb_pd_note(c->r, "malformed substitution set");
        return;
    }
    subst_set *set = &sets[c->n_sets];
    memset(set, 0, sizeof *set);
    memcpy(set->name, s, (size_t)(m2 - s + 1));
    for (char *tok = strtok(eq + 1, ","); tok; tok = strtok(NULL, ",")) {
        char *b = tok;
        while (isspace((unsigned char)*b))
            b++;
        size_t n = strlen(b);
        while (n && isspace((unsigned char)b[n - 1]))
            n--;
        if (n && n < sizeof set->items[0] &&
            set->n_items < PB_PD_MAX_SUBST_ITEMS) {
            memcpy(set->items[set->n_items], b, n);
            set->items[set->n_items++][n] = '\0';
        }
    }
    c->n_sets++;
}

int pb_pdict_read_agents(pb_pdict *d, const char *path, pb_error *err)
{
    pb_pd_reader r;
    int rc = pb_pd_reader_open(&r, d, path, err);
    if (rc != PB_OK)
        return rc;
    subst_set *sets = calloc(PB_PD_MAX_SUBST, sizeof *sets);
    agent_ctx c = {&r, sets, 0, NULL, 0};
    int oom = sets == NULL;
    char *line;
    while (!oom && (line = pb_pd_reader_next(&r))) {
        char *s = line;
        while (isspace((unsigned char)*s))
            s++;
        if (*s == '!' && strchr(s, '=')) {
            read_subst(&c, sets, s);
            continue;
        }
        char *lb = strchr(s, '[');
        char *rb = lb ? strchr(lb, ']') : NULL;
        if (!rb)
            rb = lb ? strchr(lb, '}') : NULL; /* "[~LEG}" */
        if (!lb || !rb) {
            pb_pd_note(&r, "agent line without [code]");
            continue;
        }
        char code[PB_PD_MAX_CODE + 2];
        size_t k = 0;
        for (char *q = lb + 1; q < rb; q++)
            if (!isspace((unsigned char)*q) && k + 1 < sizeof code)
                code[k++] = *q;
        code[k] = '\0';
        int prefix = k > 1 && code[k - 1] == '~';
        if (k < 2 || (code[0] != '~' && !prefix)) {
            pb_pd_note(&r, "agent code '%s' has no '~'", code);
            continue;
        }
        c.prefix = prefix;
        c.code = prefix ? pb_arena_strndup(&d->arena, code, k - 1)
                        : pb_arena_strdup(&d->arena, code + 1);
        if (!c.code) {
            oom = 1;
            break;
        }
        *lb = '\0';
        char *plural = NULL;
        char *ob = strchr(s, '{');
        if (ob) {
            char *cb = strchr(ob, '}');
            if (!cb) {
                pb_pd_note(&r, "unclosed '{' in agent line");
                continue;
            }
            *cb = '\0';
            *ob = '\0';
            plural = ob + 1;
            while (isspace((unsigned char)*plural))
                plural++;
            size_t n = strlen(plural);
            while (n && isspace((unsigned char)plural[n - 1]))
                plural[--n] = '\0';
        }
        size_t n = strlen(s);
        while (n && isspace((unsigned char)s[n - 1]))
            s[--n] = '\0';
        d->stats.agents++;
        oom = agent_expand(&c, s, plural, 0) != 0;
    }
    free(sets);
    pb_pd_reader_close(&r);
    if (oom) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory reading %s", path);
        return PB_ERR_NOMEM;
    }
    return PB_OK;
}

/* ---- discards ------------------------------------------------------------ */

int pb_pdict_read_discards(pb_pdict *d, const char *path, pb_error *err)
{
    pb_pd_reader r;
    int rc = pb_pd_reader_open(&r, d, path, err);
    if (rc != PB_OK)
        return rc;
    char *line;
    int oom = 0;
    while (!oom && (line = pb_pd_reader_next(&r))) {
        char *s = line;
        while (isspace((unsigned char)*s))
            s++;
        pb_pd_discard dc = {0};
        dc.index = (uint32_t)d->n_discards;
        if (*s == '+') {
            dc.story = 1;
            s++;
        }
        size_t n = strlen(s);
        if (n && s[n - 1] == '_') {
            dc.whole_word = 1;
            n--;
        }
        /* Words joined by '_' or blanks, one space between. */
        char buf[PB_PD_MAX_LINE];
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            char ch = s[i] == '_' || isspace((unsigned char)s[i]) ? ' ' : s[i];
            if (ch == ' ' && (k == 0 || buf[k - 1] == ' '))
                continue;
            buf[k++] = (char)tolower((unsigned char)ch);
        }
        while (k && buf[k - 1] == ' ')
            k--;
        if (k == 0) {
            pb_pd_note(&r, "empty discard");
            continue;
        }
        pb_pd_discard *rec = pb_arena_alloc(&d->arena, sizeof *rec);
        char *key = pb_arena_strndup(&d->arena, buf,
                                     k < PB_PD_DISCARD_KEY ? k
                                                           : PB_PD_DISCARD_KEY);
        if (!rec || !key || !(dc.text = pb_arena_strndup(&d->arena, buf, k))) {
            oom = 1;
            break;
        }
        *rec = dc;
        if (pb_strmap_add(&d->discards, key, rec) != 0) {
            oom = 1;
            break;
        }
        d->n_discards++;
        d->stats.discards++;
    }
    pb_pd_reader_close(&r);
    if (oom) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory reading %s", path);
        return PB_ERR_NOMEM;
    }
    return PB_OK;
}

const pb_pd_discard *pb_pdict_discarded(const pb_pdict *d, const char *lower)
{
    const pb_pd_discard *best = NULL;
    for (const char *p = lower; *p; p++) {
        /* A phrase starts a word ("prefixed with a blank"). */
        if (p != lower && isalnum((unsigned char)p[-1]))
            continue;
        char key[PB_PD_DISCARD_KEY + 1];
        for (size_t k = 1; k <= PB_PD_DISCARD_KEY && p[k - 1]; k++) {
            memcpy(key, p, k);
            key[k] = '\0';
            const void *const *v;
            size_t nv = pb_strmap_get(&d->discards, key, &v);
            for (size_t i = 0; i < nv; i++) {
                const pb_pd_discard *dc = v[i];
                size_t n = strlen(dc->text);
                if (strncmp(p, dc->text, n) != 0 ||
                    (dc->whole_word && isalnum((unsigned char)p[n])))
                    continue; /* with '_' it must also end a word */
                if (!best || dc->index < best->index)
                    best = dc;
            }
        }
    }
    return best;
}

/* ---- the set ------------------------------------------------------------- */

static int longest_first(const void *a, const void *b)
{
    const pb_pd_phrase *x = *(const pb_pd_phrase *const *)a;
    const pb_pd_phrase *y = *(const pb_pd_phrase *const *)b;
    if (x->n_words != y->n_words)
        return y->n_words - x->n_words;
    /* Actors before agents for the same words; then file order is lost,
     * so compare addresses for a stable, deterministic order. */
    if (x->is_agent != y->is_agent)
        return x->is_agent - y->is_agent;
    return (x > y) - (x < y);
}

void pb_pdict_finish(pb_pdict *d)
{
    pb_strmap_sort(&d->actors, longest_first);
}

size_t pb_pdict_phrases(const pb_pdict *d, const char *lower,
                        const pb_pd_phrase *const **out)
{
    return pb_strmap_get(&d->actors, lower, (const void *const **)out);
}

size_t pb_pdict_verbs(const pb_pdict *d, const char *lower,
                      const pb_pd_verb *const **out)
{
    return pb_strmap_get(&d->verbs, lower, (const void *const **)out);
}

int pb_pdict_load_phoenix(pb_pdict *d, const char *dir, pb_error *err)
{
    static const char *const actor_files[] = {
        "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt"};
    char path[4096];
    snprintf(path, sizeof path, "%s/CAMEO.2.0.txt", dir);
    int rc = pb_pdict_read_verbs(d, path, err);
    for (size_t i = 0; rc == PB_OK && i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, actor_files[i]);
        rc = pb_pdict_read_actors(d, path, err);
    }
    if (rc == PB_OK) {
        snprintf(path, sizeof path, "%s/Phoenix.agents.txt", dir);
        rc = pb_pdict_read_agents(d, path, err);
    }
    if (rc == PB_OK) {
        snprintf(path, sizeof path, "%s/Phoenix.discards.txt", dir);
        rc = pb_pdict_read_discards(d, path, err);
    }
    if (rc == PB_OK) { /* the ontology is optional: UD-PETRARCH ships one */
        snprintf(path, sizeof path, "%s/PETR.Internal.Coding.Ontology.txt",
                 dir);
        FILE *probe = fopen(path, "rb");
        if (probe) {
            fclose(probe);
            rc = pb_pdict_read_ontology(d, path, err);
        }
    }
    if (rc == PB_OK)
        pb_pdict_finish(d);
    return rc;
}
