/* modality.c — loads data/modality.tsv into the codebook (modality.h):
 * one line per act code with its appeal, intent, demand, rejection and
 * threat codes, each checked against the codebook and its frame's root.
 */
#include "modality.h"
#include "datafile.h"

#include <stdlib.h>
#include <string.h>

/* The CAMEO root of each frame's codes, by enum pb_modal. */
static const char *const frame_roots[PB_MODAL_COUNT] = {"02", "03", "10",
                                                        "12", "13"};

int pb_modal_frame(const char *code)
{
    if (!code)
        return -1;
    for (int f = 0; f < PB_MODAL_COUNT; f++)
        if (strncmp(code, frame_roots[f], 2) == 0)
            return f;
    return -1;
}

const pb_cameo_code *pb_modal_code(const pb_codebook *cb, const char *code,
                                   int frame)
{
    const pb_cameo_code *c = code ? pb_codebook_find(cb, code) : NULL;
    return c && frame >= 0 && frame < PB_MODAL_COUNT ? c->modal[frame] : NULL;
}

static int read_line(pb_codebook *cb, pb_datafile *df, pb_cameo_code **out,
                     pb_error *err)
{
    if (df->n_fields != 1 + PB_MODAL_COUNT)
        return pb_datafile_error(df, err,
                                 "expected CODE and %d codes or \"-\" "
                                 "(appeal, intend, demand, reject, "
                                 "threaten), found %d fields",
                                 PB_MODAL_COUNT, df->n_fields);
    pb_cameo_code *c = (pb_cameo_code *)pb_codebook_find(cb, df->fields[0]);
    if (!c)
        return pb_datafile_error(df, err, "\"%s\" is not in the codebook",
                                 df->fields[0]);
    if (pb_modal_frame(c->code) >= 0)
        return pb_datafile_error(df, err,
                                 "%s is itself a modal code (root %s)",
                                 c->code, c->root);
    for (int f = 0; f < PB_MODAL_COUNT; f++) {
        const char *name = df->fields[1 + f];
        if (c->modal[f])
            return pb_datafile_error(df, err, "code %s listed twice", c->code);
        if (strcmp(name, "-") == 0)
            continue;
        const pb_cameo_code *m = pb_codebook_find(cb, name);
        if (!m)
            return pb_datafile_error(df, err, "\"%s\" is not in the codebook",
                                     name);
        /* a hostile act's intent is a threat */
        int threat = f == PB_MODAL_INTEND &&
                     strcmp(m->root, frame_roots[PB_MODAL_THREATEN]) == 0;
        if (strcmp(m->root, frame_roots[f]) != 0 && !threat)
            return pb_datafile_error(df, err,
                                     "column %d wants a code of root %s%s, "
                                     "not %s",
                                     2 + f, frame_roots[f],
                                     f == PB_MODAL_INTEND ? " or 13" : "",
                                     name);
        c->modal[f] = m;
    }
    *out = c;
    return PB_OK;
}

/* Every code without a line of its own takes its nearest listed
 * ancestor's outputs; codes are sorted, so ancestors come first. */
static void inherit(pb_codebook *cb, const unsigned char *listed)
{
    size_t n = pb_codebook_count(cb);
    for (size_t i = 0; i < n; i++) {
        pb_cameo_code *c = pb_codebook_at(cb, i);
        const pb_cameo_code *p = pb_codebook_parent(cb, c);
        if (!listed[i] && p) /* a line of its own counts, even all "-" */
            memcpy(c->modal, p->modal, sizeof c->modal);
    }
}

/* What the loader carries from line to line. */
typedef struct modality_load {
    pb_codebook *cb;
    unsigned char *listed; /* by code index: the code has its own line */
} modality_load;

static int modality_line(pb_datafile *df, void *user, pb_error *err)
{
    modality_load *ml = user;
    pb_cameo_code *c = NULL;
    int rc = read_line(ml->cb, df, &c, err);
    if (rc == PB_OK)
        ml->listed[c - pb_codebook_at(ml->cb, 0)] = 1;
    return rc;
}

int pb_modality_load(pb_codebook *cb, const char *path, pb_error *err)
{
    pb_error local;
    if (!err)
        err = &local;
    size_t n = pb_codebook_count(cb);
    modality_load ml = {cb, calloc(n ? n : 1, 1)};
    if (!ml.listed) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return PB_ERR_NOMEM;
    }
    int rc = pb_datafile_each(path, modality_line, &ml, err);
    if (rc == PB_OK)
        inherit(cb, ml.listed);
    free(ml.listed);
    return rc;
}
