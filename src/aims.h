/* aims.h — what a protest, demand, appeal or intent to reform is for
 * (data/aims.tsv): CAMEO splits 024, 034, 083, 104, 123 and 141–145 by
 * aim — leadership, policy, rights, institutions — and the words
 * governed by the act's verb name it ("rallied to demand the president's
 * resignation" 1411, "appealed for press freedom" 0243).
 */
#ifndef PB_AIMS_H
#define PB_AIMS_H

#include "codebook.h"

#include <stddef.h>

typedef struct pb_aims pb_aims;

/* Reads path; every family code and its four aim codes must be in cb.
 * Returns PB_OK, or an error naming FILE:LINE. */
int pb_aims_load(const pb_codebook *cb, const char *path, pb_aims **out,
                 pb_error *err);
void pb_aims_free(pb_aims *a); /* NULL is a no-op */

/* Does code split by aim (a family code of aims.tsv)? */
int pb_aims_family(const pb_aims *a, const pb_cameo_code *code);

/* The code `code` takes when the lemmas (the words its verb governs)
 * name an aim: the family's aim code ("141" → "1411"); `code` itself
 * when it is no family code or no aim is named. */
const pb_cameo_code *pb_aims_refine(const pb_aims *a, const pb_codebook *cb,
                                    const pb_cameo_code *code,
                                    const char *const *lemmas, size_t n);

#endif
