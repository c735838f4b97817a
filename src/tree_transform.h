/* tree_transform.h — PETRARCH's verb transformations (pb_pd_transform):
 * an event whose object is another event ("Arnor said Gondor attacked
 * Rohan") rewritten as one event ("Arnor accuses Gondor"). The tree coder
 * (tree_coder.c) finds the nested events; this module matches the lines.
 */
#ifndef PB_TREE_TRANSFORM_H
#define PB_TREE_TRANSFORM_H

#include "petrarch_dict.h"

/* The actor roles of a nested event "a (b c INNER) TOP". */
enum pb_tt_role_id {
    PB_TT_SOURCE,        /* a: the top verb's source */
    PB_TT_INNER_SOURCE,  /* b: the inner verb's own source, if any */
    PB_TT_INNER_TARGET,  /* c */
    PB_TT_ROLES
};

/* The actors of one role (n = 0: none); codes borrowed. */
typedef struct pb_tt_role {
    const char *const *codes;
    int n;
} pb_tt_role;

typedef struct pb_tt_nested {
    pb_tt_role role[PB_TT_ROLES];
    const char *code, *inner_code; /* the two verbs' codes, never NULL */
} pb_tt_nested;

/* A transformation that applies: the roles whose actors are the new
 * event's source and target, its code (borrowed) and verb-file line. */
typedef struct pb_tt_result {
    int source, target;  /* enum pb_tt_role_id */
    const char *code;
    uint32_t line;
} pb_tt_result;

/* Finds the transformation for e: the one whose top verb's code is
 * closest to e's (exact, then with 1, 2, 3 trailing digits zeroed, as
 * PETRARCH masks codes), then the closest inner verb ('Q' last), then the
 * first in the file; variables must bind consistently (one letter, one
 * actor; '_' no actor; '.' any). Returns 1 and fills out, or 0. */
int pb_tt_match(const pb_pdict *d, const pb_tt_nested *e, pb_tt_result *out);

#endif
