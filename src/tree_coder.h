/* tree_coder.h — the event coder on dependency trees with PETRARCH
 * dictionaries (petrarch_dict.h): actors by longest match, verb patterns
 * matched around each verb, source and target from grammatical roles.
 * Reads tokens with lemmas, tags, heads and relations (after the syntax
 * stage, or a given CoNLL-U parse); used by the validation runner.
 */
#ifndef PB_TREE_CODER_H
#define PB_TREE_CODER_H

#include "internal.h"
#include "petrarch_dict.h"

/* Events kept per sentence; more are dropped. */
#define PB_TC_MAX_EVENTS 64
/* Actors one role may name (compounds: "Arnor, Gondor and Rohan"). */
#define PB_TC_MAX_GROUP 8
/* Words allowed between the words of a {noun phrase} or (PREP noun). */
#define PB_TC_GROUP_GAP 3
/* Backtracking steps allowed per pattern before it counts as unmatched. */
#define PB_TC_MAX_STEPS 4096
/* Verbs up the tree searched for an inherited subject. */
#define PB_TC_MAX_CLIMB 4

/* One coded event. Strings come from the dictionaries or the arena. */
typedef struct pb_tc_event {
    const char *source;   /* actor code, never NULL */
    const char *target;   /* actor code, never NULL */
    const char *code;     /* event code as the dictionary writes it */
    uint32_t verb;        /* 0-based index of the verb token */
    uint32_t pattern_line;/* verb-file line of the pattern, 0 = none */
} pb_tc_event;

/* Codes one sentence. `date` is YYYYMMDD (0 = unknown) for actor date
 * restrictions. Tokens need form and, for good results, lemma, upos,
 * head and deprel. Events (one per distinct source, target, code) and
 * scratch memory come from the arena. Returns 0, or -1 out of memory. */
int pb_tree_code_sentence(const pb_pdict *d, const pb_sentence *s,
                          int32_t date, pb_arena *arena, pb_tc_event **out,
                          size_t *n_out);

#endif
