/* lexicon.c — loads the actor, agent and verb data files into phrase and
 * pattern tables indexed by first word (see lexicon.h, data/README.md).
 * Every malformed line is reported as FILE:LINE and stops the load.
 */
#include "lexicon.h"
#include "codebook.h"
#include "datafile.h"
#include "strmap.h"
#include "text.h"

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PB_LEXICON_MAX_FILES 256

struct pb_lexicon {
    pb_arena arena;          /* phrases, patterns, strings */
    pb_strmap phrases;       /* first lower-case word → pb_phrase* */
    pb_strmap patterns;      /* head lemma → pb_pattern* */
    pb_strmap countries;     /* three-letter state and region codes
                                (value unused) */
    pb_strmap regions;       /* the region codes among them */
    size_t n_phrases, n_patterns;
};

char *pb_lower(pb_arena *arena, const char *s)
{
    size_t n = strlen(s);
    char *p = pb_arena_alloc(arena, n + 1);
    if (!p)
        return NULL;
    for (size_t i = 0; i < n; i++)
        p[i] = (char)tolower((unsigned char)s[i]);
    p[n] = '\0';
    return p;
}

/* ---- field parsing ---------------------------------------------------------- */

static int valid_actor_code(const char *s)
{
    size_t n = strlen(s);
    if (n < 3 || n % 3 != 0 || n > 15)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)s[i]))
            return 0;
    return 1;
}

/* Parses "FROM..TO" (either side may be empty). */
static int parse_period(const char *s, pb_date *from, pb_date *to)
{
    const char *dots = strstr(s, "..");
    memset(from, 0, sizeof *from);
    memset(to, 0, sizeof *to);
    if (!dots || strcmp(s, "..") == 0)
        return -1;
    char left[32];
    size_t n = (size_t)(dots - s);
    if (n >= sizeof left)
        return -1;
    memcpy(left, s, n);
    left[n] = '\0';
    if (n && pb_date_parse(left, from) != 0)
        return -1;
    if (dots[2] && pb_date_parse(dots + 2, to) != 0)
        return -1;
    return 0;
}

/* Tokenises a phrase with the article tokenizer. Returns the word count,
 * 0 for an empty phrase, -1 out of memory, -2 too many words. */
static int tokenize_phrase(pb_lexicon *lex, const char *phrase,
                           const char ***words_out)
{
    pb_arena tmp = PB_ARENA_INIT;
    pb_text text;
    pb_raw_token *toks;
    size_t n, n_split;
    int rc = -1;
    if (pb_text_normalize(&tmp, phrase, strlen(phrase), &text) != 0 ||
        pb_tokenize(&tmp, &text, &toks, &n, &n_split) != 0)
        goto done;
    if (n > PB_LEXICON_MAX_PHRASE_WORDS) {
        rc = -2;
        goto done;
    }
    const char **words = pb_arena_alloc(&lex->arena, (n ? n : 1) * sizeof *words);
    if (!words)
        goto done;
    for (size_t i = 0; i < n; i++)
        if (!(words[i] = pb_lower(&lex->arena, toks[i].form)))
            goto done;
    *words_out = words;
    rc = (int)n;
done:
    pb_arena_free(&tmp);
    return rc;
}

static int is_all_caps(const char *s)
{
    int letters = 0;
    for (; *s; s++) {
        if (islower((unsigned char)*s))
            return 0;
        if (isupper((unsigned char)*s))
            letters++;
    }
    return letters >= 2;
}

/* Calls add(phrase) for every ';'-separated phrase of field. */
static int each_phrase(pb_datafile *df, char *field, pb_error *err,
                       int (*add)(pb_datafile *, const char *, void *,
                                  pb_error *),
                       void *user)
{
    int count = 0;
    char *save = NULL;
    for (char *p = strtok_r(field, ";", &save); p;
         p = strtok_r(NULL, ";", &save)) {
        while (*p == ' ')
            p++;
        size_t n = strlen(p);
        while (n && p[n - 1] == ' ')
            p[--n] = '\0';
        if (!*p)
            return pb_datafile_error(df, err, "empty phrase between ';'");
        int rc = add(df, p, user, err);
        if (rc)
            return rc;
        count++;
    }
    if (count == 0)
        return pb_datafile_error(df, err, "no phrases");
    return PB_OK;
}

/* ---- actors and agents ---------------------------------------------------- */

typedef struct phrase_ctx {
    pb_lexicon *lex;
    const char *code;
    const char *file;
    int kind;
    pb_date from, to;
} phrase_ctx;

static int nomem(pb_error *err)
{
    pb_set_error(err, PB_ERR_NOMEM, "out of memory");
    return PB_ERR_NOMEM;
}

static int add_phrase(pb_datafile *df, const char *text, void *user,
                      pb_error *err)
{
    phrase_ctx *c = user;
    pb_lexicon *lex = c->lex;
    pb_phrase *ph = pb_arena_alloc(&lex->arena, sizeof *ph);
    if (!ph)
        return nomem(err);
    int n = tokenize_phrase(lex, text, &ph->words);
    if (n == -1)
        return nomem(err);
    if (n == -2)
        return pb_datafile_error(df, err, "phrase \"%s\" has more than %d words",
                                 text, PB_LEXICON_MAX_PHRASE_WORDS);
    if (n == 0)
        return pb_datafile_error(df, err, "empty phrase");
    ph->n_words = (uint8_t)n;
    ph->kind = (uint8_t)c->kind;
    ph->exact_case = (uint8_t)is_all_caps(text);
    /* an organisation's or person's name of several words (not a state
     * or region: "west African" is written in lower case) */
    ph->proper = (uint8_t)(c->kind == PB_PHRASE_ACTOR && n >= 2 &&
                           strlen(c->code) > 3 &&
                           isupper((unsigned char)text[0]));
    if (ph->exact_case) {
        /* Keep the original capitalisation of each word, space-joined. */
        pb_arena tmp = PB_ARENA_INIT;
        pb_text t;
        pb_raw_token *toks;
        size_t nt, ns;
        pb_buf b = PB_BUF_INIT;
        if (pb_text_normalize(&tmp, text, strlen(text), &t) == 0 &&
            pb_tokenize(&tmp, &t, &toks, &nt, &ns) == 0)
            for (size_t i = 0; i < nt; i++) {
                if (i)
                    pb_buf_putc(&b, ' ');
                pb_buf_puts(&b, toks[i].form);
            }
        ph->exact = b.data ? pb_arena_strdup(&lex->arena, b.data) : NULL;
        pb_buf_free(&b);
        pb_arena_free(&tmp);
        if (!ph->exact)
            return nomem(err);
    }
    ph->code = c->code;
    ph->from = c->from;
    ph->to = c->to;
    ph->file = c->file;
    ph->line = df->line_no;
    if (pb_strmap_add(&lex->phrases, ph->words[0], ph) != 0)
        return nomem(err);
    lex->n_phrases++;
    return PB_OK;
}

static int load_actor_line(pb_lexicon *lex, pb_datafile *df, int kind,
                           int is_country_file, int is_region_file,
                           const char *file, pb_error *err)
{
    if (df->n_fields < 2 || df->n_fields > (kind == PB_PHRASE_ACTOR ? 3 : 2))
        return pb_datafile_error(df, err,
                                 kind == PB_PHRASE_ACTOR
                                     ? "expected CODE<TAB>phrases[<TAB>FROM..TO]"
                                     : "expected AGENT<TAB>phrases");
    const char *code = df->fields[0];
    int not_actor = kind == PB_PHRASE_ACTOR &&
                    strcmp(code, PB_NOT_AN_ACTOR) == 0;
    if (kind == PB_PHRASE_ACTOR ? !valid_actor_code(code) && !not_actor
                                : !(strlen(code) == 3 && valid_actor_code(code)))
        return pb_datafile_error(df, err, "\"%s\" is not a valid %s code", code,
                                 kind == PB_PHRASE_ACTOR ? "actor" : "agent");
    phrase_ctx c = {.lex = lex, .file = file, .kind = kind};
    if (!(c.code = pb_arena_strdup(&lex->arena, code)))
        return nomem(err);
    if (df->n_fields == 3 && parse_period(df->fields[2], &c.from, &c.to) != 0)
        return pb_datafile_error(df, err,
                                 "period \"%s\" is not FROM..TO with dates "
                                 "YYYY[-MM[-DD]]",
                                 df->fields[2]);
    if ((is_country_file || is_region_file) && strlen(code) == 3 &&
        (pb_strmap_add(&lex->countries, c.code, c.code) != 0 ||
         (is_region_file &&
          pb_strmap_add(&lex->regions, c.code, c.code) != 0)))
        return nomem(err);
    return each_phrase(df, df->fields[1], err, add_phrase, &c);
}

/* ---- verbs ------------------------------------------------------------------ */

typedef struct pattern_ctx {
    pb_lexicon *lex;
    const char *code;
    const char *file;
} pattern_ctx;

static int add_pattern(pb_datafile *df, const char *text, void *user,
                       pb_error *err)
{
    pattern_ctx *c = user;
    pb_lexicon *lex = c->lex;
    pb_pattern *pat = pb_arena_alloc(&lex->arena, sizeof *pat);
    if (!pat)
        return nomem(err);
    if (*text == '~') {
        pat->is_noun = 1;
        text++;
    }
    const char *words[PB_LEXICON_MAX_PHRASE_WORDS];
    int n = 0;
    char *copy = pb_lower(&lex->arena, text);
    if (!copy)
        return nomem(err);
    char *save = NULL;
    for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        if (n == PB_LEXICON_MAX_PHRASE_WORDS)
            return pb_datafile_error(df, err, "pattern \"%s\" is too long", text);
        words[n++] = w;
    }
    if (n == 0)
        return pb_datafile_error(df, err, "empty pattern");
    for (int k = 0; k < n; k++)
        if (strcmp(words[k], PB_LEXICON_SOURCE_WORD) == 0 &&
            (pat->is_noun || k < 2 || k != n - 1))
            return pb_datafile_error(
                df, err,
                "pattern \"%s\": \"$\" may only end a verb pattern, after "
                "its preposition (\"receive loan from $\")",
                text);
    pat->lemmas = pb_arena_alloc(&lex->arena, (size_t)n * sizeof *pat->lemmas);
    if (!pat->lemmas)
        return nomem(err);
    memcpy(pat->lemmas, words, (size_t)n * sizeof *words);
    pat->n_lemmas = (uint8_t)n;
    pat->code = c->code;
    pat->file = c->file;
    pat->line = df->line_no;
    if (pb_strmap_add(&lex->patterns, pat->lemmas[0], pat) != 0)
        return nomem(err);
    lex->n_patterns++;
    return PB_OK;
}

static int load_verb_line(pb_lexicon *lex, pb_datafile *df,
                          const pb_codebook *codebook, const char *file,
                          pb_error *err)
{
    if (df->n_fields != 2)
        return pb_datafile_error(df, err, "expected CODE<TAB>patterns");
    const pb_cameo_code *cc = pb_codebook_find(codebook, df->fields[0]);
    if (!cc)
        return pb_datafile_error(df, err, "\"%s\" is not in the CAMEO codebook",
                                 df->fields[0]);
    pattern_ctx c = {.lex = lex, .code = cc->code, .file = file};
    return each_phrase(df, df->fields[1], err, add_pattern, &c);
}

/* ---- files ------------------------------------------------------------------ */

enum file_kind { FILE_ACTORS, FILE_AGENTS, FILE_VERBS };

static int load_file(pb_lexicon *lex, const char *path, int kind,
                     const pb_codebook *codebook, pb_error *err)
{
    const char *file = pb_arena_strdup(&lex->arena, path);
    if (!file)
        return nomem(err);
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    int is_country_file = strcmp(base, "countries.txt") == 0;
    int is_region_file = strcmp(base, "regions.txt") == 0;
    pb_datafile df;
    int rc = pb_datafile_open(&df, file, err);
    int more;
    while (rc == PB_OK && (more = pb_datafile_next(&df, err)) != 0) {
        if (more < 0)
            rc = err->code;
        else if (kind == FILE_VERBS)
            rc = load_verb_line(lex, &df, codebook, file, err);
        else
            rc = load_actor_line(lex, &df,
                                 kind == FILE_ACTORS ? PB_PHRASE_ACTOR
                                                     : PB_PHRASE_AGENT,
                                 is_country_file, is_region_file, file,
                                 err);
    }
    pb_datafile_close(&df);
    return rc;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Loads every *.txt file of data_dir/actors, in name order. */
static int load_actor_dir(pb_lexicon *lex, const char *data_dir,
                          pb_error *err)
{
    char dir_path[4096];
    snprintf(dir_path, sizeof dir_path, "%s/actors", data_dir);
    DIR *dir = opendir(dir_path);
    if (!dir) {
        pb_set_error(err, PB_ERR_IO, "%s: cannot open the actor directory",
                     dir_path);
        return PB_ERR_IO;
    }
    char *names[PB_LEXICON_MAX_FILES];
    size_t n = 0;
    int rc = PB_OK;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 5 ||
            strcmp(e->d_name + len - 4, ".txt") != 0)
            continue;
        if (n == PB_LEXICON_MAX_FILES) {
            pb_set_error(err, PB_ERR_DATA, "%s: more than %d actor files",
                         dir_path, PB_LEXICON_MAX_FILES);
            rc = PB_ERR_DATA;
            break;
        }
        if (!(names[n] = pb_arena_strdup(&lex->arena, e->d_name))) {
            rc = nomem(err);
            break;
        }
        n++;
    }
    closedir(dir);
    qsort(names, n, sizeof *names, compare_names);
    for (size_t i = 0; i < n && rc == PB_OK; i++) {
        char path[4096 + 256];
        snprintf(path, sizeof path, "%s/%s", dir_path, names[i]);
        rc = load_file(lex, path, FILE_ACTORS, NULL, err);
    }
    return rc;
}

static int longer_phrase_first(const void *a, const void *b)
{
    const pb_phrase *x = *(const pb_phrase *const *)a;
    const pb_phrase *y = *(const pb_phrase *const *)b;
    if (x->n_words != y->n_words)
        return (int)y->n_words - (int)x->n_words;
    /* Stable order among equals: file then line. */
    int c = strcmp(x->file, y->file);
    return c ? c : (x->line > y->line) - (x->line < y->line);
}

static int longer_pattern_first(const void *a, const void *b)
{
    const pb_pattern *x = *(const pb_pattern *const *)a;
    const pb_pattern *y = *(const pb_pattern *const *)b;
    if (x->n_lemmas != y->n_lemmas)
        return (int)y->n_lemmas - (int)x->n_lemmas;
    return (x->line > y->line) - (x->line < y->line);
}

int pb_lexicon_load(const char *data_dir, const pb_codebook *codebook,
                    pb_lexicon **out, pb_error *err)
{
    pb_error local;
    if (!err)
        err = &local;
    *out = NULL;
    pb_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex)
        return nomem(err);
    char path[4096];
    int rc = load_actor_dir(lex, data_dir, err);
    if (rc == PB_OK) {
        snprintf(path, sizeof path, "%s/agents.txt", data_dir);
        rc = load_file(lex, path, FILE_AGENTS, NULL, err);
    }
    if (rc == PB_OK) {
        snprintf(path, sizeof path, "%s/verbs.txt", data_dir);
        rc = load_file(lex, path, FILE_VERBS, codebook, err);
    }
    if (rc != PB_OK) {
        pb_lexicon_free(lex);
        return rc;
    }
    pb_strmap_sort(&lex->phrases, longer_phrase_first);
    pb_strmap_sort(&lex->patterns, longer_pattern_first);
    *out = lex;
    return PB_OK;
}

void pb_lexicon_free(pb_lexicon *lex)
{
    if (!lex)
        return;
    pb_strmap_free(&lex->phrases);
    pb_strmap_free(&lex->patterns);
    pb_strmap_free(&lex->countries);
    pb_strmap_free(&lex->regions);
    pb_arena_free(&lex->arena);
    free(lex);
}

size_t pb_lexicon_phrases(const pb_lexicon *lex, const char *lower,
                          const pb_phrase *const **out)
{
    return pb_strmap_get(&lex->phrases, lower, (const void *const **)out);
}

size_t pb_lexicon_patterns(const pb_lexicon *lex, const char *lemma,
                           const pb_pattern *const **out)
{
    return pb_strmap_get(&lex->patterns, lemma, (const void *const **)out);
}

int pb_lexicon_each_head(const pb_lexicon *lex,
                         int (*fn)(void *user, const char *head,
                                   const pb_pattern *const *pats, size_t n),
                         void *user)
{
    for (size_t i = 0; i < lex->patterns.n_slots; i++) {
        const pb_strmap_slot *sl = &lex->patterns.slots[i];
        int rc = sl->key ? fn(user, sl->key,
                              (const pb_pattern *const *)sl->values, sl->n)
                         : 0;
        if (rc)
            return rc;
    }
    return 0;
}

int pb_lexicon_is_country(const pb_lexicon *lex, const char *code)
{
    const void *const *v;
    return pb_strmap_get(&lex->countries, code, &v) > 0;
}

int pb_lexicon_is_region(const pb_lexicon *lex, const char *code)
{
    const void *const *v;
    return pb_strmap_get(&lex->regions, code, &v) > 0;
}

int pb_agent_is_state_organ(const char *agent)
{
    static const char *const organs[] = {"GOV", "MIL", "ELI", "LEG", "JUD",
                                         "COP", "SPY", NULL};
    for (int k = 0; agent && organs[k]; k++)
        if (strncmp(agent, organs[k], 3) == 0)
            return 1;
    return 0;
}

size_t pb_lexicon_phrase_count(const pb_lexicon *lex) { return lex->n_phrases; }
size_t pb_lexicon_pattern_count(const pb_lexicon *lex) { return lex->n_patterns; }

int pb_count_word(const char *lower)
{
    static const char *const counts[] = {"thousands", "hundreds", "dozens",
                                         NULL};
    for (int i = 0; lower && counts[i]; i++)
        if (strcmp(lower, counts[i]) == 0)
            return 1;
    return 0;
}

int pb_crowd_word(const char *lower)
{
    return pb_count_word(lower) || (lower && strcmp(lower, "people") == 0);
}
