/* codebook.h — the CAMEO event codebook loaded from data/cameo.tsv: code,
 * name, Goldstein weight, quad class. The coder looks codes up here and the
 * output stage reads names and weights from the same records.
 */
#ifndef PB_CODEBOOK_H
#define PB_CODEBOOK_H

#include "internal.h"

struct pb_cameo_code {
    char code[5];       /* "042", "1711", "01" */
    char root[3];       /* "04" */
    const char *name;   /* "Make a visit" */
    double goldstein;   /* -10 .. +10 */
    int quad_class;     /* 1..4 */
    const char *plover; /* PLOVER category ("CONSULT"), or NULL */
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

#endif
