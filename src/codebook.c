/* codebook.c — loads data/cameo.tsv into a sorted table (see codebook.h).
 * The codebook is small (about 300 codes): a sorted array and binary search
 * are all it needs.
 */
#include "codebook.h"
#include "datafile.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct pb_codebook {
    pb_arena arena;        /* names */
    pb_cameo_code *codes;  /* sorted by code */
    size_t n, cap;
};

static int compare_codes(const void *a, const void *b)
{
    return strcmp(((const pb_cameo_code *)a)->code,
                  ((const pb_cameo_code *)b)->code);
}

static int valid_code(const char *s)
{
    size_t n = strlen(s);
    if (n < 2 || n > 4)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

static int parse_line(pb_codebook *cb, pb_datafile *df, pb_error *err)
{
    if (df->n_fields != 4)
        return pb_datafile_error(df, err,
                                 "expected 4 fields (code, name, goldstein, "
                                 "quad class), found %d",
                                 df->n_fields);
    const char *code = df->fields[0];
    if (!valid_code(code))
        return pb_datafile_error(df, err, "\"%s\" is not a CAMEO code", code);
    char *end;
    double g = strtod(df->fields[2], &end);
    if (*end || end == df->fields[2] || g < -10 || g > 10)
        return pb_datafile_error(df, err,
                                 "Goldstein value \"%s\" is not a number "
                                 "from -10 to 10",
                                 df->fields[2]);
    long quad = strtol(df->fields[3], &end, 10);
    if (*end || quad < 1 || quad > 4)
        return pb_datafile_error(df, err, "quad class must be 1 to 4");
    if (cb->n == cb->cap) {
        size_t cap = cb->cap ? cb->cap * 2 : 128;
        pb_cameo_code *p = realloc(cb->codes, cap * sizeof *p);
        if (!p) {
            pb_set_error(err, PB_ERR_NOMEM, "out of memory");
            return PB_ERR_NOMEM;
        }
        cb->codes = p;
        cb->cap = cap;
    }
    pb_cameo_code *c = &cb->codes[cb->n];
    memset(c, 0, sizeof *c);
    memcpy(c->code, code, strlen(code) + 1);
    memcpy(c->root, code, 2);
    c->name = pb_arena_strdup(&cb->arena, df->fields[1]);
    if (!c->name) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return PB_ERR_NOMEM;
    }
    c->goldstein = g;
    c->quad_class = (int)quad;
    cb->n++;
    return PB_OK;
}

static int codebook_line(pb_datafile *df, void *user, pb_error *err)
{
    return parse_line(user, df, err);
}

int pb_codebook_load(const char *path, pb_codebook **out, pb_error *err)
{
    pb_error local;
    if (!err)
        err = &local;
    *out = NULL;
    pb_codebook *cb = calloc(1, sizeof *cb);
    if (!cb) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return PB_ERR_NOMEM;
    }
    int rc = pb_datafile_each(path, codebook_line, cb, err);
    if (rc == PB_OK) {
        qsort(cb->codes, cb->n, sizeof *cb->codes, compare_codes);
        for (size_t i = 1; i < cb->n; i++)
            if (strcmp(cb->codes[i - 1].code, cb->codes[i].code) == 0) {
                pb_set_error(err, PB_ERR_DATA, "%s: code %s listed twice",
                             path, cb->codes[i].code);
                rc = PB_ERR_DATA;
                break;
            }
    }
    if (rc != PB_OK) {
        pb_codebook_free(cb);
        return rc;
    }
    *out = cb;
    return PB_OK;
}

/* A PLOVER category name: upper-case letters and underscores. */
static int valid_category(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!isupper((unsigned char)*s) && *s != '_')
            return 0;
    return 1;
}

/* One plover.tsv line: CODE<TAB>CATEGORY. */
static int plover_line(pb_datafile *df, void *user, pb_error *err)
{
    pb_codebook *cb = user;
    if (df->n_fields != 2)
        return pb_datafile_error(df, err, "expected CODE<TAB>CATEGORY");
    pb_cameo_code *c = (pb_cameo_code *)pb_codebook_find(cb, df->fields[0]);
    if (!c)
        return pb_datafile_error(df, err, "\"%s\" is not in the codebook",
                                 df->fields[0]);
    if (!valid_category(df->fields[1]))
        return pb_datafile_error(df, err,
                                 "\"%s\" is not a PLOVER category name",
                                 df->fields[1]);
    if (c->plover)
        return pb_datafile_error(df, err, "code %s mapped twice", c->code);
    if (!(c->plover = pb_arena_strdup(&cb->arena, df->fields[1]))) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return PB_ERR_NOMEM;
    }
    return PB_OK;
}

int pb_codebook_load_plover(pb_codebook *cb, const char *path, pb_error *err)
{
    pb_error local;
    if (!err)
        err = &local;
    int rc = pb_datafile_each(path, plover_line, cb, err);
    if (rc != PB_OK)
        return rc;
    for (size_t i = 0; i < cb->n; i++) {
        pb_cameo_code *c = &cb->codes[i];
        for (const pb_cameo_code *p = pb_codebook_parent(cb, c);
             !c->plover && p; p = pb_codebook_parent(cb, p))
            c->plover = p->plover;
    }
    return PB_OK;
}

void pb_codebook_free(pb_codebook *cb)
{
    if (!cb)
        return;
    pb_arena_free(&cb->arena);
    free(cb->codes);
    free(cb);
}

const pb_cameo_code *pb_codebook_find(const pb_codebook *cb, const char *code)
{
    pb_cameo_code key;
    memset(&key, 0, sizeof key);
    size_t n = strlen(code);
    if (n >= sizeof key.code)
        return NULL;
    memcpy(key.code, code, n + 1);
    return bsearch(&key, cb->codes, cb->n, sizeof *cb->codes, compare_codes);
}

size_t pb_codebook_count(const pb_codebook *cb)
{
    return cb->n;
}

const pb_cameo_code *pb_codebook_parent(const pb_codebook *cb,
                                        const pb_cameo_code *c)
{
    char prefix[sizeof c->code];
    memcpy(prefix, c->code, sizeof prefix);
    for (size_t len = strlen(prefix); len > 2; len--) {
        prefix[len - 1] = '\0';
        const pb_cameo_code *p = pb_codebook_find(cb, prefix);
        if (p)
            return p;
    }
    return NULL;
}

pb_cameo_code *pb_codebook_at(pb_codebook *cb, size_t i)
{
    return i < cb->n ? &cb->codes[i] : NULL;
}
