/* aims.c — loads data/aims.tsv and refines a family code by the aim its
 * verb's words name (aims.h).
 */
#include "aims.h"
#include "datafile.h"
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

/* Aims are digits 1..PB_AIM_COUNT, as CAMEO numbers the subcodes. */
#define PB_AIM_COUNT 4
#define PB_AIM_MAX_FAMILIES 16

struct pb_aims {
    pb_arena arena;                         /* words */
    pb_strmap words;                        /* lemma → its aim digit */
    char families[PB_AIM_MAX_FAMILIES][5];
    int n_families;
    int rank[PB_AIM_COUNT + 1];             /* by digit: its line's order */
    int n_lines;
};

/* The digits stored in the map are pointers into this table. */
static const int digits[PB_AIM_COUNT + 1] = {0, 1, 2, 3, 4};

static int read_family(pb_aims *a, const pb_codebook *cb, pb_datafile *df,
                       pb_error *err)
{
    char *list = df->fields[1];
    for (char *tok = strtok(list, ";"); tok; tok = strtok(NULL, ";")) {
        while (*tok == ' ')
            tok++;
        size_t n = strcspn(tok, " ");
        tok[n] = '\0';
        if (a->n_families == PB_AIM_MAX_FAMILIES || n != 3)
            return pb_datafile_error(df, err,
                                     "a family is a three-digit code "
                                     "(at most %d)", PB_AIM_MAX_FAMILIES);
        for (int d = 0; d <= PB_AIM_COUNT; d++) {
            char code[5];
            memcpy(code, tok, 3);
            code[3] = d ? (char)('0' + d) : '\0';
            code[4] = '\0';
            if (!pb_codebook_find(cb, code))
                return pb_datafile_error(df, err,
                                         "\"%s\" is not in the codebook",
                                         code);
        }
        memcpy(a->families[a->n_families++], tok, 4);
    }
    return PB_OK;
}

static int read_aim(pb_aims *a, pb_datafile *df, pb_error *err)
{
    const char *d = df->fields[0];
    if (strlen(d) != 1 || d[0] < '1' || d[0] > '0' + PB_AIM_COUNT)
        return pb_datafile_error(df, err,
                                 "expected \"family\" or an aim digit 1-%d, "
                                 "found \"%s\"", PB_AIM_COUNT, d);
    int digit = d[0] - '0';
    if (a->rank[digit])
        return pb_datafile_error(df, err, "aim %d listed twice", digit);
    a->rank[digit] = ++a->n_lines;
    for (char *tok = strtok(df->fields[1], ";"); tok;
         tok = strtok(NULL, ";")) {
        while (*tok == ' ')
            tok++;
        size_t n = strlen(tok);
        while (n && tok[n - 1] == ' ')
            n--;
        if (n == 0)
            continue;
        char *w = pb_arena_strndup(&a->arena, tok, n);
        if (!w || pb_strmap_add(&a->words, w, &digits[digit]) != 0) {
            pb_set_error(err, PB_ERR_NOMEM, "out of memory");
            return PB_ERR_NOMEM;
        }
    }
    return PB_OK;
}

typedef struct aims_load {
    pb_aims *a;
    const pb_codebook *cb;
} aims_load;

static int aims_line(pb_datafile *df, void *user, pb_error *err)
{
    aims_load *al = user;
    if (df->n_fields != 2)
        return pb_datafile_error(df, err,
                                 "expected two fields (\"family\" or an aim "
                                 "digit, then words), found %d",
                                 df->n_fields);
    return strcmp(df->fields[0], "family") == 0
               ? read_family(al->a, al->cb, df, err)
               : read_aim(al->a, df, err);
}

int pb_aims_load(const pb_codebook *cb, const char *path, pb_aims **out,
                 pb_error *err)
{
    *out = NULL;
    pb_aims *a = calloc(1, sizeof *a);
    if (!a) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return PB_ERR_NOMEM;
    }
    a->arena = (pb_arena)PB_ARENA_INIT;
    a->words = (pb_strmap)PB_STRMAP_INIT;
    aims_load al = {a, cb};
    int rc = pb_datafile_each(path, aims_line, &al, err);
    if (rc != PB_OK) {
        pb_aims_free(a);
        return rc;
    }
    *out = a;
    return PB_OK;
}

void pb_aims_free(pb_aims *a)
{
    if (!a)
        return;
    pb_strmap_free(&a->words);
    pb_arena_free(&a->arena);
    free(a);
}

int pb_aims_family(const pb_aims *a, const pb_cameo_code *code)
{
    for (int f = 0; a && code && f < a->n_families; f++)
        if (strcmp(a->families[f], code->code) == 0)
            return 1;
    return 0;
}

const pb_cameo_code *pb_aims_refine(const pb_aims *a, const pb_codebook *cb,
                                    const pb_cameo_code *code,
                                    const char *const *lemmas, size_t n)
{
    if (!pb_aims_family(a, code))
        return code;
    int best = 0;
    for (size_t i = 0; i < n; i++) {
        const void *const *v;
        if (!lemmas[i] || pb_strmap_get(&a->words, lemmas[i], &v) == 0)
            continue;
        int digit = *(const int *)v[0];
        if (!best || a->rank[digit] < a->rank[best])
            best = digit;
    }
    if (!best)
        return code;
    char sub[5];
    memcpy(sub, code->code, 3);
    sub[3] = (char)('0' + best);
    sub[4] = '\0';
    const pb_cameo_code *c = pb_codebook_find(cb, sub);
    return c ? c : code;
}
