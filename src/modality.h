/* modality.h — CAMEO's modal codes: the code an act takes when it is
 * appealed for, intended, demanded, rejected or threatened rather than
 * done ("will give aid" 0331, "refused to withdraw" 1246), read from
 * data/modality.tsv into the codebook's records (pb_cameo_code.modal).
 */
#ifndef PB_MODALITY_H
#define PB_MODALITY_H

#include "codebook.h"

/* Reads path (CODE, then one output code or "-" per enum pb_modal) into
 * cb's records; a code without a line takes its nearest listed
 * ancestor's outputs. Returns PB_OK, or an error naming FILE:LINE. */
int pb_modality_load(pb_codebook *cb, const char *path, pb_error *err);

/* The frame a governing verb's code sets (root 02 → PB_MODAL_APPEAL,
 * 03 → INTEND, 10 → DEMAND, 12 → REJECT, 13 → THREATEN); -1 otherwise. */
int pb_modal_frame(const char *code);

/* The code act `code` takes in frame `frame`, or NULL when CAMEO has
 * none (or the code is not in the codebook). */
const pb_cameo_code *pb_modal_code(const pb_codebook *cb, const char *code,
                                   int frame);

#endif
