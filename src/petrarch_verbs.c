/* petrarch_verbs.c — reader for PETRARCH verb dictionaries (CAMEO.2.0.txt,
 * PETR.Validate.verbs.txt): synsets (&NAME + members, generated plurals),
 * verb blocks (--- NAME [code] ---), verbs with {irregular forms}, '+'
 * compound markers and own [codes], and the pattern lines of each block.
 * and the transformation lines (~ a (b c VERB) VERB = x y CODE).
 */
#include "petrarch_dict.h"
#include "petrarch_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Phrases in one synset (embedded synsets included). */
#define PB_PD_MAX_SYNSET 4096
/* Forms written in one {…} list. */
#define PB_PD_MAX_FORMS 16

enum reader_state { IN_NOTHING, IN_SYNSET, IN_BLOCK };

typedef struct verbs_ctx {
    pb_pd_reader *r;
    pb_pdict *d;
    int state;
    pb_pd_synset *synset;      /* the synset being filled */
    int synset_no_plural;      /* its label ends with '_' */
    const char **sp_words[PB_PD_MAX_SYNSET];
    uint8_t sp_n[PB_PD_MAX_SYNSET];
    pb_pd_block *block;        /* the block being filled */
    pb_pd_pattern *pats;       /* its patterns (malloc'd while filling) */
    size_t n_pats, cap_pats;
} verbs_ctx;

/* ---- synsets --------------------------------------------------------------- */

static int synset_add(verbs_ctx *c, const char **words, int n)
{
    pb_pd_synset *s = c->synset;
    if (s->n_phrases >= PB_PD_MAX_SYNSET) {
        pb_pd_note(c->r, "synset %s has more than %d phrases", s->name,
                   PB_PD_MAX_SYNSET);
        return 0;
    }
    const char **w = pb_arena_alloc(&c->d->arena, (size_t)n * sizeof *w);
    if (!w)
        return -1;
    memcpy(w, words, (size_t)n * sizeof *w);
    c->sp_words[s->n_phrases] = w;
    c->sp_n[s->n_phrases] = (uint8_t)n;
    s->n_phrases++;
    return 0;
}

/* Regular plural of a lower-case word (S, Y → IES, SS → SSES). */
static char *plural_of(pb_arena *a, const char *w)
{
    size_t n = strlen(w);
    char buf[256];
    if (n == 0 || n + 4 > sizeof buf)
        return NULL;
    if (n > 1 && w[n - 1] == 'y' && !strchr("aeiou", w[n - 2]))
        snprintf(buf, sizeof buf, "%.*sies", (int)(n - 1), w);
    else if (n > 1 && w[n - 1] == 's' && w[n - 2] == 's')
        snprintf(buf, sizeof buf, "%ses", w);
    else
        snprintf(buf, sizeof buf, "%ss", w);
    return pb_arena_strdup(a, buf);
}

static int synset_member(verbs_ctx *c, char *s)
{
    pb_pdict *d = c->d;
    while (isspace((unsigned char)*s))
        s++;
    if (*s == '&') {
        /* An embedded synset: copy its phrases. */
        size_t n = strcspn(s, " \t");
        char name[128];
        snprintf(name, sizeof name, "%.*s", (int)n, s);
        while (n > 1 && name[n - 1] == '_')
            name[--n] = '\0';
        const void *const *v;
        if (pb_strmap_get(&d->synsets, name, &v) == 0) {
            pb_pd_note(c->r, "undefined synset %s", name);
            return 0;
        }
        const pb_pd_synset *in = v[0];
        for (uint32_t i = 0; i < in->n_phrases; i++)
            if (synset_add(c, in->phrases[i], in->n_words[i]) != 0)
                return -1;
        return 0;
    }
    size_t n = strlen(s);
    int stop = n && s[n - 1] == '_';
    const char *words[PB_PD_MAX_WORDS + 1];
    int nw = pb_pd_split_words(&d->arena, s, n, words, PB_PD_MAX_WORDS);
    if (nw == -2)
        return -1;
    if (nw <= 0) {
        pb_pd_note(c->r, "empty or over-long synset member");
        return 0;
    }
    if (synset_add(c, words, nw) != 0)
        return -1;
    if (stop || c->synset_no_plural)
        return 0;
    char *pl = plural_of(&d->arena, words[nw - 1]);
    if (!pl)
        return -1;
    words[nw - 1] = pl;
    return synset_add(c, words, nw);
}

/* Moves the collected phrases into the synset record. */
static int synset_close(verbs_ctx *c)
{
    pb_pd_synset *s = c->synset;
    c->synset = NULL;
    if (!s)
        return 0;
    size_t n = s->n_phrases;
    s->phrases = pb_arena_alloc(&c->d->arena, (n ? n : 1) * sizeof(char **));
    s->n_words = pb_arena_alloc(&c->d->arena, n ? n : 1);
    if (!s->phrases || !s->n_words)
        return -1;
    memcpy(s->phrases, c->sp_words, n * sizeof(char **));
    memcpy(s->n_words, c->sp_n, n);
    return 0;
}

static int synset_open(verbs_ctx *c, const char *s)
{
    size_t n = strcspn(s, " \t");
    char name[128];
    if (n >= sizeof name) {
        pb_pd_note(c->r, "synset name too long");
        return 0;
    }
    memcpy(name, s, n);
    name[n] = '\0';
    c->synset_no_plural = n > 1 && name[n - 1] == '_';
    while (n > 1 && name[n - 1] == '_')
        name[--n] = '\0';
    pb_pd_synset *syn = pb_arena_alloc(&c->d->arena, sizeof *syn);
    if (!syn || !(syn->name = pb_arena_strdup(&c->d->arena, name)))
        return -1;
    c->synset = syn;
    syn->id = (uint32_t)c->d->stats.synsets++;
    c->state = IN_SYNSET;
    return pb_strmap_add(&c->d->synsets, syn->name, syn);
}

/* ---- blocks and verbs ------------------------------------------------------ */

static int block_close(verbs_ctx *c)
{
    pb_pd_block *b = c->block;
    c->block = NULL;
    if (!b)
        return 0;
    if (c->n_pats) {
        b->patterns = pb_arena_alloc(&c->d->arena,
                                     c->n_pats * sizeof *b->patterns);
        if (!b->patterns)
            return -1;
        memcpy(b->patterns, c->pats, c->n_pats * sizeof *b->patterns);
        b->n_patterns = (uint32_t)c->n_pats;
    }
    c->n_pats = 0;
    return 0;
}

/* Finds "[…]" in s and parses it; returns 1 found, 0 none, -1 malformed. */
static int bracket_code(verbs_ctx *c, char *s, const char **code,
                        const char **code2, char **at)
{
    char *lb = strchr(s, '[');
    *at = lb;
    if (!lb)
        return 0;
    char *rb = strchr(lb, ']');
    if (!rb || pb_pd_parse_code(&c->d->arena, lb + 1, (size_t)(rb - lb - 1),
                                code, code2) != 0)
        return -1;
    return 1;
}

static int block_open(verbs_ctx *c, char *s)
{
    pb_pdict *d = c->d;
    if (block_close(c) != 0)
        return -1;
    s += 3;
    /* The closing "---" is the last one, after any "[---]" code. */
    char *rb = strrchr(s, ']');
    char *end = strstr(rb ? rb : s, "---");
    if (end)
        *end = '\0';
    pb_pd_block *b = pb_arena_alloc(&d->arena, sizeof *b);
    if (!b)
        return -1;
    char *lb;
    int rc = bracket_code(c, s, &b->code, &b->code2, &lb);
    if (rc < 0)
        pb_pd_note(c->r, "malformed block code; the block codes nothing");
    if (lb)
        *lb = '\0';
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    b->name = pb_arena_strndup(&d->arena, s, n);
    b->line = (uint32_t)c->r->line_no;
    if (!b->name)
        return -1;
    if (d->n_blocks == d->cap_blocks) {
        size_t cap = d->cap_blocks ? d->cap_blocks * 2 : 256;
        pb_pd_block **nb = realloc(d->blocks, cap * sizeof *nb);
        if (!nb)
            return -1;
        d->blocks = nb;
        d->cap_blocks = cap;
    }
    d->blocks[d->n_blocks++] = b;
    d->stats.blocks++;
    c->block = b;
    c->state = IN_BLOCK;
    return 0;
}

/* Adds one verb form "A_B_+C_D" (the '+' word is the verb; without one,
 * the first word) under its verb word. */
static int add_form(verbs_ctx *c, const char *text, size_t len,
                    const pb_pd_verb *proto)
{
    pb_pdict *d = c->d;
    char buf[PB_PD_MAX_LINE];
    if (len >= sizeof buf)
        return 0;
    memcpy(buf, text, len);
    buf[len] = '\0';
    const char *words[PB_PD_MAX_WORDS];
    int verb_at = 0;
    int nw = 0;
    for (char *p = strtok(buf, "_ \t"); p; p = strtok(NULL, "_ \t")) {
        if (*p == '+') {
            verb_at = nw;
            p++;
        }
        if (!*p)
            continue;
        if (nw >= PB_PD_MAX_WORDS) {
            pb_pd_note(c->r, "verb phrase too long");
            return 0;
        }
        if (!(words[nw++] = pb_pd_lower_dup(&d->arena, p, strlen(p))))
            return -1;
    }
    if (nw == 0)
        return 0;
    pb_pd_verb *v = pb_arena_alloc(&d->arena, sizeof *v);
    if (!v)
        return -1;
    *v = *proto;
    v->n_before = (uint8_t)verb_at;
    v->n_after = (uint8_t)(nw - verb_at - 1);
    v->before = pb_arena_alloc(&d->arena, (size_t)nw * sizeof(char *));
    if (!v->before)
        return -1;
    memcpy(v->before, words, (size_t)nw * sizeof(char *));
    v->after = v->before + verb_at + 1;
    d->stats.verb_forms++;
    return pb_strmap_add(&d->verbs, words[verb_at], v);
}

/* The regular forms of a verb word: -s, -ed, -ing (spelling rules of
 * PETRARCH's make_verb_forms, without consonant doubling). */
static void regular_forms(const char *w, size_t n, char out[3][128])
{
    char last = n ? (char)toupper((unsigned char)w[n - 1]) : 0;
    char prev = n > 1 ? (char)toupper((unsigned char)w[n - 2]) : 0;
    int cons_y = last == 'Y' && prev && !strchr("AEIOU", prev);
    if (cons_y)
        snprintf(out[0], 128, "%.*sIES", (int)(n - 1), w);
    else if (last == 'S' || last == 'X' || last == 'Z' ||
             ((prev == 'C' || prev == 'S') && last == 'H'))
        snprintf(out[0], 128, "%.*sES", (int)n, w);
    else
        snprintf(out[0], 128, "%.*sS", (int)n, w);
    if (cons_y)
        snprintf(out[1], 128, "%.*sIED", (int)(n - 1), w);
    else if (last == 'E')
        snprintf(out[1], 128, "%.*sD", (int)n, w);
    else
        snprintf(out[1], 128, "%.*sED", (int)n, w);
    if (last == 'E' && prev != 'E' && n > 2)
        snprintf(out[2], 128, "%.*sING", (int)(n - 1), w);
    else
        snprintf(out[2], 128, "%.*sING", (int)n, w);
}

static int verb_line(verbs_ctx *c, char *s)
{
    pb_pd_verb proto = {0};
    proto.block = c->block;
    proto.code = c->block->code;
    proto.code2 = c->block->code2;
    char *lb;
    const char *code, *code2;
    int rc = bracket_code(c, s, &code, &code2, &lb);
    if (rc < 0) {
        pb_pd_note(c->r, "malformed verb code");
        return 0;
    }
    if (rc > 0) {
        proto.code = code;
        proto.code2 = code2;
        proto.has_own_code = 1;
        *lb = '\0';
    }
    char *ob = strchr(s, '{');
    char *forms = NULL;
    if (ob) {
        char *cb = strchr(ob, '}');
        if (!cb) {
            pb_pd_note(c->r, "unclosed '{' in verb line");
            return 0;
        }
        *cb = '\0';
        *ob = '\0';
        forms = ob + 1;
    }
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (n == 0) {
        pb_pd_note(c->r, "verb line without a verb");
        return 0;
    }
    /* A line without '+' whose words are blank-separated ("LASH OUT") is
     * a multi-word verb on its first word, like "+LASH_OUT". */
    if (add_form(c, s, n, &proto) != 0)
        return -1;
    if (forms) {
        char *save = NULL;
        for (char *f = strtok_r(forms, " \t", &save); f;
             f = strtok_r(NULL, " \t", &save))
            if (add_form(c, f, strlen(f), &proto) != 0)
                return -1;
        return 0;
    }
    /* Regular forms of the verb word, the other words kept around it. */
    const char *plus = memchr(s, '+', n);
    const char *vw = plus ? plus + 1 : s;
    size_t vl = strcspn(vw, "_ \t");
    if (vw + vl > s + n)
        vl = (size_t)(s + n - vw);
    char gen[3][128];
    regular_forms(vw, vl, gen);
    for (int k = 0; k < 3; k++) {
        char buf[PB_PD_MAX_LINE];
        int m = snprintf(buf, sizeof buf, "%.*s%s%.*s", (int)(vw - s), s,
                         gen[k],
                         (int)(s + n - (vw + vl)), vw + vl);
        if (m > 0 && (size_t)m < sizeof buf &&
            add_form(c, buf, (size_t)m, &proto) != 0)
            return -1;
    }
    return 0;
}

/* ---- patterns -------------------------------------------------------------- */

static int is_word_char(char ch)
{
    return ch && !isspace((unsigned char)ch) && !strchr("_{}()*$+^%&", ch);
}

/* Is the inside of a pattern's brackets TABARI's complex-event mark
 * "+++"? */
static int complex_code(const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    return n == 3 && memcmp(s, "+++", 3) == 0;
}

static int pattern_line(verbs_ctx *c, char *s)
{
    pb_pdict *d = c->d;
    char *lb = strrchr(s, '[');
    char *rb = lb ? strchr(lb, ']') : NULL;
    pb_pd_pattern p = {0};
    if (!lb || !rb || pb_pd_parse_code(&d->arena, lb + 1,
                                       (size_t)(rb - lb - 1), &p.code,
                                       &p.code2) != 0) {
        pb_pd_note(c->r, "pattern without a valid [code]");
        return 0;
    }
    if (complex_code(lb + 1, (size_t)(rb - lb - 1))) {
        /* a TABARI complex-event pattern: the verb's simpler patterns
         * code the sentence instead */
        pb_pd_note(c->r, "complex-event code [+++] is not coded; pattern "
                         "skipped");
        return 0;
    }
    *lb = '\0';
    pb_pd_item items[PB_PD_MAX_WORDS * 2];
    int n = 0, tight = 0, depth = 0, group_start = 0, verbs = 0;
    int braces = 0, brace_first = 0;
    for (char *q = s + 1; *q;) {
        char ch = *q;
        if (isspace((unsigned char)ch)) {
            tight = 0;
            q++;
            continue;
        }
        if (ch == '_') {
            tight = 1;
            q++;
            continue;
        }
        if (ch == '{' || ch == '(') {
            group_start |= depth == 0; /* "(WITH {HEAVY ARMS})": WITH opens */
            depth++;
            if (ch == '{') {
                braces++;
                brace_first = 1;
            }
            q++;
            continue;
        }
        if (ch == '}' || ch == ')') {
            depth -= depth > 0;
            braces -= ch == '}' && braces > 0;
            q++;
            continue;
        }
        if (n >= (int)(sizeof items / sizeof items[0])) {
            pb_pd_note(c->r, "pattern too long");
            return 0;
        }
        pb_pd_item *it = &items[n];
        memset(it, 0, sizeof *it);
        it->tight = (uint8_t)(tight && n > 0);
        it->grouped = (uint8_t)(depth > 0 && !group_start);
        it->braced = (uint8_t)(braces > 0 && !brace_first && n > 0);
        group_start = 0;
        brace_first = 0;
        tight = 0;
        if (ch == '*' || ch == '$' || ch == '+' || ch == '^' || ch == '%') {
            it->kind = ch == '*'   ? PB_PI_VERB
                       : ch == '$' ? PB_PI_SOURCE
                       : ch == '+' ? PB_PI_TARGET
                       : ch == '^' ? PB_PI_SKIP
                                   : PB_PI_COMPOUND;
            if (ch == '*') {
                p.verb_at = (uint8_t)n;
                verbs++;
            }
            q++;
            n++;
            continue;
        }
        if (ch == '&') {
            size_t len = 1;
            while (isalnum((unsigned char)q[len]) || q[len] == '-')
                len++;
            char name[128];
            snprintf(name, sizeof name, "%.*s", (int)len, q);
            const void *const *v;
            if (pb_strmap_get(&d->synsets, name, &v) == 0) {
                pb_pd_note(c->r, "undefined synset %s: pattern ignored", name);
                return 0;
            }
            it->kind = PB_PI_SYNSET;
            it->synset = v[0];
            p.n_words++;
            q += len;
            n++;
            continue;
        }
        size_t len = 0;
        while (is_word_char(q[len]))
            len++;
        it->kind = PB_PI_WORD;
        if (!(it->word = pb_pd_lower_dup(&d->arena, q, len)))
            return -1;
        p.n_words++;
        q += len;
        n++;
    }
    if (verbs != 1) {
        pb_pd_note(c->r, "pattern needs exactly one '*' (has %d)", verbs);
        return 0;
    }
    p.items = pb_arena_alloc(&d->arena, (size_t)n * sizeof *p.items);
    if (!p.items)
        return -1;
    memcpy(p.items, items, (size_t)n * sizeof *p.items);
    p.n_items = (uint8_t)n;
    p.line = (uint32_t)c->r->line_no;
    if (c->n_pats == c->cap_pats) {
        size_t cap = c->cap_pats ? c->cap_pats * 2 : 64;
        pb_pd_pattern *np = realloc(c->pats, cap * sizeof *np);
        if (!np)
            return -1;
        c->pats = np;
        c->cap_pats = cap;
    }
    c->pats[c->n_pats++] = p;
    d->stats.patterns++;
    return 0;
}

/* ---- transformations ------------------------------------------------------ */

/* Words of a transformation line: five before '=', three after. */
#define PB_PD_TF_WORDS 5
#define PB_PD_TF_RESULT 3

static int tf_variable(const char *w, int letter_only)
{
    if (strlen(w) != 1)
        return 0;
    if (islower((unsigned char)*w))
        return *w;
    return !letter_only && (*w == PB_PD_TF_ANY || *w == PB_PD_TF_NONE) ? *w
                                                                         : 0;
}

/* "Q" (any verb, the inner code) is kept as NULL. */
static int tf_word(pb_arena *a, const char *w, const char **out)
{
    *out = strcmp(w, "Q") == 0 ? NULL : pb_pd_lower_dup(a, w, strlen(w));
    return strcmp(w, "Q") == 0 || *out ? 0 : -1;
}

/* Reads "~ a (b c INNER) TOP = x y CODE" (s after the '~'). */
static int transform_line(verbs_ctx *c, char *s)
{
    pb_pdict *d = c->d;
    char *w[PB_PD_TF_WORDS + PB_PD_TF_RESULT + 1];
    int n = 0, eq = -1;
    char *save = NULL;
    for (char *p = s; *p; p++)
        if (*p == '(' || *p == ')')
            *p = ' ';
    for (char *tok = strtok_r(s, " \t", &save); tok;
         tok = strtok_r(NULL, " \t", &save)) {
        if (strcmp(tok, "=") == 0 && eq < 0) {
            eq = n;
            continue;
        }
        if (n == PB_PD_TF_WORDS + PB_PD_TF_RESULT) {
            n++;
            break;
        }
        w[n++] = tok;
    }
    pb_pd_transform t = {0};
    if (eq != PB_PD_TF_WORDS || n != PB_PD_TF_WORDS + PB_PD_TF_RESULT ||
        !(t.source = (char)tf_variable(w[0], 0)) ||
        !(t.inner_source = (char)tf_variable(w[1], 0)) ||
        !(t.inner_target = (char)tf_variable(w[2], 0)) ||
        !(t.out_source = (char)tf_variable(w[5], 1)) ||
        !(t.out_target = (char)tf_variable(w[6], 1)) ||
        strcmp(w[4], "Q") == 0) {
        pb_pd_note(c->r, "malformed transformation");
        return 0;
    }
    if (tf_word(&d->arena, w[3], &t.inner_verb) != 0 ||
        tf_word(&d->arena, w[4], &t.verb) != 0 ||
        (strcmp(w[7], "Q") != 0 &&
         !(t.code = pb_arena_strdup(&d->arena, w[7]))))
        return -1;
    t.line = (uint32_t)c->r->line_no;
    if (d->n_transforms == d->cap_transforms) {
        size_t cap = d->cap_transforms ? d->cap_transforms * 2 : 16;
        pb_pd_transform *nt = realloc(d->transforms, cap * sizeof *nt);
        if (!nt)
            return -1;
        d->transforms = nt;
        d->cap_transforms = cap;
    }
    d->transforms[d->n_transforms++] = t;
    d->stats.transformations++;
    return 0;
}

int pb_pdict_read_verbs(pb_pdict *d, const char *path, pb_error *err)
{
    pb_pd_reader r;
    int rc = pb_pd_reader_open(&r, d, path, err);
    if (rc != PB_OK)
        return rc;
    verbs_ctx *c = calloc(1, sizeof *c);
    int oom = c == NULL;
    char *line;
    while (!oom && (line = pb_pd_reader_next(&r))) {
        c->r = &r;
        c->d = d;
        char *s = line;
        while (isspace((unsigned char)*s))
            s++;
        if (*s != '+' && c->synset && synset_close(c) != 0) {
            oom = 1;
            break;
        }
        if (strncmp(s, "---", 3) == 0) {
            oom = block_open(c, s) != 0;
        } else if (*s == '&') {
            oom = block_close(c) != 0 || synset_open(c, s) != 0;
        } else if (*s == '~') {
            oom = transform_line(c, s + 1) != 0;
        } else if (*s == '+' && c->state == IN_SYNSET) {
            oom = synset_member(c, s + 1) != 0;
        } else if (c->state != IN_BLOCK) {
            pb_pd_note(&r, "line outside a verb block or synset");
        } else if (*s == '-') {
            oom = pattern_line(c, s) != 0;
        } else {
            oom = verb_line(c, s) != 0;
        }
    }
    if (!oom && c)
        oom = synset_close(c) != 0 || block_close(c) != 0;
    if (c)
        free(c->pats);
    free(c);
    pb_pd_reader_close(&r);
    if (oom) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory reading %s", path);
        return PB_ERR_NOMEM;
    }
    return PB_OK;
}
