/* codebook.h — the CAMEO event codebook loaded from data/cameo.tsv: code,
 * name, Goldstein weight, quad class. The coder looks codes up here and the
 * output stage reads names and weights from the same records.
 */
#ifndef PB_CODEBOOK_H
#define PB_CODEBOOK_H

#include "internal.h"

/* The frames in which CAMEO codes an act by another code (modality.h):
 * appealed for (root 02), intended (03), demanded (10), rejected (12),
 * threatened (13). */
enum pb_modal {
    PB_MODAL_APPEAL,
    PB_MODAL_INTEND,
    PB_MODAL_DEMAND,
    PB_MODAL_REJECT,
    PB_MODAL_THREATEN,
    PB_MODAL_COUNT
};

struct pb_cameo_code {
    char code[5];       /* "042", "1711", "01" */
    char root[3];       /* "04" */
    const char *name;   /* "Make a visit" */
    double goldstein;   /* -10 .. +10 */
    int quad_class;     /* 1..4 */
    const char *plover; /* PLOVER category ("CONSULT"), or NULL */
    /* The code this act takes when appealed for, intended, demanded,
     * rejected or threatened, by enum pb_modal; NULL: none. */
    const struct pb_cameo_code *modal[PB_MODAL_COUNT];
};

int pb_codebook_load(const char *path, pb_codebook **out, pb_error *err);
/* Reads data/plover.tsv (code<TAB>CATEGORY) into the codes' plover
 * fields; a code without a line takes its nearest listed ancestor's
 * category (0311 → 031 → 03). */
int pb_codebook_load_plover(pb_codebook *cb, const char *path, pb_error *err);
void pb_codebook_free(pb_codebook *cb);
/* The record for a code, or NULL when the codebook has no such code. */
const pb_cameo_code *pb_codebook_find(const pb_codebook *cb,
                                      const char *code);
size_t pb_codebook_count(const pb_codebook *cb);
/* The nearest code of the codebook that c's code extends ("087" for
 * "0874", "08" for "087"); NULL for a root. */
const pb_cameo_code *pb_codebook_parent(const pb_codebook *cb,
                                        const pb_cameo_code *c);
/* The i-th code in code order (i < pb_codebook_count), for loaders that
 * annotate every code. */
pb_cameo_code *pb_codebook_at(pb_codebook *cb, size_t i);

#endif
