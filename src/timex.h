/* timex.h — the time stage (first part): absolute date expressions in a
 * sentence ("June 2011", "May 5, 2013", "5 May 2013", "in 2000", "in
 * April") resolved against the article date. The event coder dates each
 * event with its sentence's expression, else the article date. Relative
 * expressions ("two months later", "on Sunday") are not resolved yet.
 */
#ifndef PB_TIMEX_H
#define PB_TIMEX_H

#include "internal.h"

/* Earliest and latest years read as a bare year ("in 2000"). */
#define PB_TIMEX_MIN_YEAR 1900
#define PB_TIMEX_MAX_YEAR 2100

/* Finds the first absolute date expression in the sentence. A month
 * without a year takes the article's year, or the year before when that
 * month is still to come. Returns 1 and fills *out, or 0 when there is
 * none. `lower` holds the lower-cased token forms. */
int pb_timex_find(const pb_sentence *s, const char *const *lower,
                  const pb_date *article, pb_date *out);

#endif
