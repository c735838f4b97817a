/* tokenize.c — text stage, step 2: Penn-style tokenisation of the
 * normalised text. Splits punctuation, possessive 's and clitics (n't, 're,
 * 'll …), keeps abbreviations with their periods (U.S., Maj., J.), numbers
 * (1,200 3.5 10:30 2011-06-14), hyphenated compounds, URLs and e-mail
 * addresses whole. Sentence splitting (segment.c) reads the token kinds.
 */
#include "text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Abbreviations that precede a name or number and never end a sentence. */
static const char *const title_abbrevs[] = {
    "Adm", "Amb", "Apr", "Atty", "Aug", "Brig", "Capt", "Cdr", "Cmdr", "Col",
    "Cpl", "Dec", "Dr", "Feb", "Fr", "Ft", "Gen", "Gens", "Gov", "Hon",
    "Insp", "Jan", "Jul", "Jun", "Lieut", "Lt", "Maj", "Mar", "Messrs", "Mr",
    "Mrs", "Ms", "Mt", "No", "Nos", "Nov", "Oct", "Pres", "Prof", "Pvt",
    "Rep", "Reps", "Rev", "Sen", "Sens", "Sep", "Sept", "Sgt", "St", "Supt",
    "vs", NULL,
};

/* Abbreviations that may also end a sentence. */
static const char *const other_abbrevs[] = {
    "Assn", "Ave", "Blvd", "Bros", "Co", "Corp", "Dept", "Inc", "Jr", "Ltd",
    "Rd", "Sr", "Univ", "approx", "est", "etc", "ft", "km", "lbs", "min",
    NULL,
};

static int in_list(const char *const *list, const char *s, size_t n)
{
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(*list, s, n) == 0)
            return 1;
    return 0;
}

/* Classifies s[0..n), which ends in '.', as an abbreviation kind, or
 * PB_TOK_WORD when the period is not part of the word. */
static int abbrev_kind(const char *s, size_t n)
{
    if (n < 2)
        return PB_TOK_WORD;
    if (n == 2 && isupper((unsigned char)s[0]))
        return PB_TOK_TITLE_ABBREV; /* an initial: "J." */
    if (in_list(title_abbrevs, s, n - 1))
        return PB_TOK_TITLE_ABBREV;
    if (in_list(other_abbrevs, s, n - 1))
        return PB_TOK_ABBREV;
    /* Letter-period runs: U.S. U.N. e.g. a.m. */
    if (n >= 4) {
        int ok = 1;
        for (size_t i = 0; i < n && ok; i++)
            ok = (i % 2 == 0) ? isalpha((unsigned char)s[i]) : s[i] == '.';
        if (ok)
            return PB_TOK_ABBREV;
    }
    return PB_TOK_WORD;
}

typedef struct tokenizer {
    pb_arena *arena;
    const char *s;       /* normalised text */
    pb_raw_token *toks;  /* growable, malloc'd while building */
    size_t n, cap;
    size_t n_split;      /* tokens cut at PB_MAX_TOKEN_BYTES */
    int par_break;       /* pending: a blank line precedes the next token */
    int failed;
} tokenizer;

static void emit_kind(tokenizer *tz, size_t a, size_t b, int kind)
{
    while (b - a > PB_MAX_TOKEN_BYTES) {
        /* Cut an overlong token at a UTF-8 character boundary. */
        size_t cut = a + PB_MAX_TOKEN_BYTES;
        while (cut > a + 1 && (tz->s[cut] & 0xC0) == 0x80)
            cut--;
        tz->n_split++;
        emit_kind(tz, a, cut, PB_TOK_WORD);
        a = cut;
    }
    if (tz->failed || a >= b)
        return;
    if (tz->n == tz->cap) {
        size_t cap = tz->cap ? tz->cap * 2 : 256;
        pb_raw_token *p = realloc(tz->toks, cap * sizeof *p);
        if (!p) {
            tz->failed = 1;
            return;
        }
        tz->toks = p;
        tz->cap = cap;
    }
    const char *form = pb_arena_strndup(tz->arena, tz->s + a, b - a);
    if (!form) {
        tz->failed = 1;
        return;
    }
    pb_raw_token *t = &tz->toks[tz->n++];
    t->start = (uint32_t)a;
    t->end = (uint32_t)b;
    t->kind = (uint8_t)kind;
    t->par_break = (uint8_t)tz->par_break;
    t->form = form;
    tz->par_break = 0;
}

static int is_terminal_text(const char *s, size_t n)
{
    return (n == 1 && (s[0] == '.' || s[0] == '!' || s[0] == '?')) ||
           (n == 3 && memcmp(s, "...", 3) == 0);
}

static int is_closer_char(char c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
}

static void emit(tokenizer *tz, size_t a, size_t b)
{
    int kind = PB_TOK_WORD;
    if (is_terminal_text(tz->s + a, b - a))
        kind = PB_TOK_TERMINAL;
    else if (b - a == 1 && is_closer_char(tz->s[a]) && tz->n > 0 &&
             tz->toks[tz->n - 1].end == a)
        kind = PB_TOK_CLOSER;
    else if (b - a >= 2 && tz->s[b - 1] == '.')
        kind = abbrev_kind(tz->s + a, b - a);
    emit_kind(tz, a, b, kind);
}

static int ieq_suffix(const char *s, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (tolower((unsigned char)s[n - k + i]) != suf[i])
            return 0;
    return 1;
}

/* Emits one word, splitting off clitics: "Israel's" → Israel 's,
 * "don't" → do n't, "cannot" → can not. */
static void emit_word(tokenizer *tz, size_t a, size_t b)
{
    const char *w = tz->s + a;
    size_t n = b - a;
    static const char *const clitics[] = {"'s", "'re", "'ve", "'ll", "'d",
                                          "'m", NULL};
    if (n > 3 && ieq_suffix(w, n, "n't")) {
        emit(tz, a, b - 3);
        emit(tz, b - 3, b);
        return;
    }
    for (const char *const *c = clitics; *c; c++) {
        size_t k = strlen(*c);
        if (n > k && ieq_suffix(w, n, *c)) {
            emit(tz, a, b - k);
            emit(tz, b - k, b);
            return;
        }
    }
    if (n == 6 && ieq_suffix(w, n, "cannot")) {
        emit(tz, a, a + 3);
        emit(tz, a + 3, b);
        return;
    }
    emit(tz, a, b);
}

static int is_url_or_email(const char *s, size_t n)
{
    int at = 0, dot = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '@')
            at = 1;
        if (s[i] == '.')
            dot = 1;
        if (i + 3 <= n && memcmp(s + i, "://", 3) == 0)
            return 1;
    }
    return (n > 4 && memcmp(s, "www.", 4) == 0) || (at && dot);
}

/* Splits the middle of a chunk (leading and trailing punctuation already
 * removed) at word-external punctuation. */
static void split_middle(tokenizer *tz, size_t a, size_t b)
{
    const char *s = tz->s;
    if (is_url_or_email(s + a, b - a)) {
        emit(tz, a, b);
        return;
    }
    size_t word = a;
    for (size_t i = a; i < b;) {
        size_t plen = 0;
        char c = s[i];
        if (i + 3 <= b && memcmp(s + i, "...", 3) == 0)
            plen = 3;
        else if (i + 2 <= b && memcmp(s + i, "--", 2) == 0)
            plen = 2;
        else if (strchr("\"()[]{}!?;", c))
            plen = 1;
        else if ((c == ',' || c == ':') &&
                 !(i > a && i + 1 < b && isdigit((unsigned char)s[i - 1]) &&
                   isdigit((unsigned char)s[i + 1])))
            plen = 1;
        if (plen == 0) {
            i++;
            continue;
        }
        if (i > word)
            emit_word(tz, word, i);
        emit(tz, i, i + plen);
        i += plen;
        word = i;
    }
    if (b > word)
        emit_word(tz, word, b);
}

static int is_opening_char(char c)
{
    return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' ||
           c == '$' || c == '#' || c == '<';
}

static int is_trailing_char(char c)
{
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' ||
           c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
           c == '>' || c == '%';
}

enum { MAX_TRAILING = 32 };

/* Tokenises one whitespace-delimited chunk s[a..b). */
static void split_chunk(tokenizer *tz, size_t a, size_t b)
{
    const char *s = tz->s;
    while (a < b) {
        if (b - a >= 2 && memcmp(s + a, "--", 2) == 0) {
            emit(tz, a, a + 2);
            a += 2;
        } else if (is_opening_char(s[a]) && b - a > 1 &&
                   !(b - a == 2 && s[a] == '\'' && isalpha((unsigned char)s[a + 1]))) {
            emit(tz, a, a + 1);
            a++;
        } else {
            break;
        }
    }
    /* Peel trailing punctuation, remembering pieces to emit after the
     * middle, in text order. */
    size_t tail[MAX_TRAILING][2];
    size_t nt = 0;
    while (b > a && nt < MAX_TRAILING) {
        size_t n = b - a;
        if (n >= 3 && memcmp(s + b - 3, "...", 3) == 0) {
            tail[nt][0] = b - 3, tail[nt][1] = b, nt++;
            b -= 3;
        } else if (n >= 2 && memcmp(s + b - 2, "--", 2) == 0) {
            tail[nt][0] = b - 2, tail[nt][1] = b, nt++;
            b -= 2;
        } else if (n > 1 && is_trailing_char(s[b - 1])) {
            tail[nt][0] = b - 1, tail[nt][1] = b, nt++;
            b--;
        } else if (n > 1 && s[b - 1] == '.' &&
                   abbrev_kind(s + a, n) == PB_TOK_WORD) {
            tail[nt][0] = b - 1, tail[nt][1] = b, nt++;
            b--;
        } else {
            break;
        }
    }
    if (b > a)
        split_middle(tz, a, b);
    while (nt > 0) {
        nt--;
        emit(tz, tail[nt][0], tail[nt][1]);
    }
}

int pb_tokenize(pb_arena *arena, const pb_text *t, pb_raw_token **out,
                size_t *n_out, size_t *n_split)
{
    tokenizer tz = {.arena = arena, .s = t->norm};
    const char *s = t->norm;
    size_t n = t->norm_len, i = 0;
    while (i < n && !tz.failed) {
        int newlines = 0;
        while (i < n && isspace((unsigned char)s[i])) {
            if (s[i] == '\n')
                newlines++;
            i++;
        }
        if (newlines >= 2 && tz.n > 0)
            tz.par_break = 1;
        size_t a = i;
        while (i < n && !isspace((unsigned char)s[i]))
            i++;
        if (i > a)
            split_chunk(&tz, a, i);
    }
    *n_split = tz.n_split;
    if (tz.failed) {
        free(tz.toks);
        return -1;
    }
    /* Move the tokens into the arena so the document owns them. */
    pb_raw_token *toks = NULL;
    if (tz.n) {
        toks = pb_arena_alloc(arena, tz.n * sizeof *toks);
        if (!toks) {
            free(tz.toks);
            return -1;
        }
        memcpy(toks, tz.toks, tz.n * sizeof *toks);
    }
    free(tz.toks);
    *out = toks;
    *n_out = tz.n;
    return 0;
}
