/* actors.h — the actors stage: finds actor mentions in a sentence by
 * longest match of the lexicon's phrases, applies date restrictions, and
 * composes agents with countries ("Israeli officials" → ISRGOV,
 * "Israel's military intelligence" → ISRSPY, "Defense Minister Ehud Barak"
 * → Barak's own code). Runs after syntax, before the event coder.
 */
#ifndef PB_ACTORS_H
#define PB_ACTORS_H

#include "internal.h"
#include "lexicon.h"

/* One actor named in a sentence. */
typedef struct pb_mention {
    uint32_t first, last;  /* token indices, inclusive */
    const char *code;      /* composed CAMEO code (arena or lexicon) */
    uint8_t is_agent_only; /* an agent with no country: not codeable */
    uint8_t is_person;     /* a named person (data/actors/people.txt) */
    uint8_t is_resolved;   /* a pronoun or description coref.c resolved */
} pb_mention;

/* Finds the mentions of one sentence, in text order. `lower` holds the
 * lower-cased forms of its tokens; `date` the date the sentence speaks of
 * (year 0 when unknown). Returns 0, or -1 out of memory. */
int pb_actors_find(const pb_lexicon *lex, const pb_sentence *s,
                   const char *const *lower, const pb_date *date,
                   pb_arena *arena, pb_mention **out, size_t *n_out);

/* Does the period [from, to] (year 0 = open) overlap date d? */
int pb_period_contains(const pb_date *from, const pb_date *to,
                       const pb_date *d);

#endif
