/* tree_transform.c — matches nested events against the verb dictionary's
 * transformation lines (tree_transform.h). Verbs stand for the codes of
 * their one-word entries; codes are compared through the ontology's PICO
 * values when one is loaded, else as CAMEO digits.
 */
#include "tree_transform.h"

#include <string.h>

/* Trailing digits a code may have zeroed to fall under a verb's code. */
#define PB_TT_LEVELS 4
/* The base of PICO values, whose trailing hex digits are zeroed. */
#define PB_TT_PICO_BASE 16
/* Variables are lower-case letters. */
#define PB_TT_LETTERS 26

/* The code a transformation's verb stands for: that of its one-word
 * entry; NULL when it has none (or it codes nothing). */
static const char *verb_code(const pb_pdict *d, const char *word)
{
    const pb_pd_verb *const *v;
    size_t n = pb_pdict_verbs(d, word, &v);
    for (size_t i = 0; i < n; i++)
        if (v[i]->n_before == 0 && v[i]->n_after == 0)
            return v[i]->code;
    return NULL;
}

/* How many trailing digits of `code` must be zeroed to give `verb`'s
 * code: 0 … PB_TT_LEVELS - 1, or -1 when it never does. */
static int code_level(const pb_pdict *d, const char *code, const char *verb)
{
    if (!code || !verb)
        return -1;
    if (d->n_pico) {
        int32_t e = pb_pd_pico_of(d, code), t = pb_pd_pico_of(d, verb);
        if (e <= 0 || t <= 0)
            return -1;
        for (int k = 0, m = 1; k < PB_TT_LEVELS; k++, m *= PB_TT_PICO_BASE)
            if (e - e % m == t)
                return k;
        return -1;
    }
    size_t n = strlen(code);
    if (n != strlen(verb))
        return -1;
    for (int k = 0; k < PB_TT_LEVELS && (size_t)k < n; k++) {
        size_t keep = n - (size_t)k;
        int zeros = 1;
        for (size_t i = keep; i < n; i++)
            zeros &= verb[i] == '0';
        if (zeros && strncmp(code, verb, keep) == 0)
            return k;
    }
    return -1;
}

/* Do two roles name the same actors? */
static int same_actors(const pb_tt_role *a, const pb_tt_role *b)
{
    if (a->n != b->n)
        return 0;
    for (int i = 0; i < a->n; i++) {
        int found = 0;
        for (int j = 0; j < b->n && !found; j++)
            found = strcmp(a->codes[i], b->codes[j]) == 0;
        if (!found)
            return 0;
    }
    return 1;
}

/* Binds variable var to role r; bound[letter] is its role + 1. One
 * letter names one actor and one actor one letter. */
static int bind(const pb_tt_nested *e, char var, int r, int *bound)
{
    const pb_tt_role *role = &e->role[r];
    if (var == PB_PD_TF_NONE)
        return role->n == 0;
    if (role->n == 0)
        return 0;
    if (var == PB_PD_TF_ANY)
        return 1;
    for (int l = 0; l < PB_TT_LETTERS; l++)
        if (bound[l] && same_actors(&e->role[bound[l] - 1], role))
            return l == var - 'a';
    if (bound[var - 'a'])
        return 0;
    bound[var - 'a'] = r + 1;
    return 1;
}

int pb_tt_match(const pb_pdict *d, const pb_tt_nested *e, pb_tt_result *out)
{
    int best = -1;
    for (size_t i = 0; i < d->n_transforms; i++) {
        const pb_pd_transform *t = &d->transforms[i];
        int top = code_level(d, e->code, verb_code(d, t->verb));
        int inner = t->inner_verb
                        ? code_level(d, e->inner_code,
                                     verb_code(d, t->inner_verb))
                        : PB_TT_LEVELS;
        if (top < 0 || inner < 0)
            continue;
        int score = top * (PB_TT_LEVELS + 1) + inner;
        if (best >= 0 && score >= best)
            continue;
        int bound[PB_TT_LETTERS] = {0};
        if (!bind(e, t->source, PB_TT_SOURCE, bound) ||
            !bind(e, t->inner_source, PB_TT_INNER_SOURCE, bound) ||
            !bind(e, t->inner_target, PB_TT_INNER_TARGET, bound))
            continue;
        int s = bound[t->out_source - 'a'], g = bound[t->out_target - 'a'];
        if (!s || !g || s == g)
            continue;
        best = score;
        out->source = s - 1;
        out->target = g - 1;
        out->code = t->code ? t->code : e->inner_code;
        out->line = t->line;
    }
    return best >= 0;
}
