/* coref.h — in-document coreference for the events stage: remembers the
 * actors of the last sentences of an article and gives the pronouns ("he",
 * "they", "it"), definite agent phrases ("the prime minister"), "the
 * two" / "both" and a person's bare surname ("Wang" after "Chinese
 * Commerce Minister Wang Wentao") the actor they stand for, as mentions the
 * tree coder reads like any other. Runs after pb_actors_find, before
 * pb_tree_code_mentions (event_coder.c). Precision first: a reference
 * with no single candidate stays unresolved.
 */
#ifndef PB_COREF_H
#define PB_COREF_H

#include "actors.h"

/* Actors remembered per document; the oldest are forgotten first. */
#define PB_COREF_MAX_ENTRIES 32
/* Sentences back a reference may reach ("He" in sentence 5 finds
 * actors of sentences 3 and 4). */
#define PB_COREF_WINDOW 2

/* One remembered actor. */
typedef struct pb_coref_entry {
    const char *code;   /* actor code (lexicon or document arena); a pair
                           is "ISR/CHN" */
    uint32_t sentence;  /* 1-based sentence number */
    uint8_t kind;       /* enum pb_coref_kind (coref.c) */
    uint8_t subject;    /* the subject of its sentence */
} pb_coref_entry;

/* Name words remembered per document ("wang" of "Chinese Commerce
 * Minister Wang Wentao"); the oldest are forgotten first. */
#define PB_COREF_MAX_NAMES 64

/* One word of a person's name and the actor the person was coded as. */
typedef struct pb_coref_name {
    const char *word; /* lower case, in the document's arena */
    const char *code; /* "" for a person no actor claims */
    const char *partner; /* for "": another word of that person's name
                            ("usman" of "Usman Khan"), or NULL */
} pb_coref_name;

/* The memory of one document, zero-initialised (`pb_coref c = {0};`); it
 * lives on the caller's stack for one pb_coder_run, so documents coded at
 * once share nothing. Names are remembered for the whole document: news
 * calls a person by surname long after naming them in full. */
typedef struct pb_coref {
    pb_coref_entry entries[PB_COREF_MAX_ENTRIES];
    size_t n;
    pb_coref_name names[PB_COREF_MAX_NAMES];
    size_t n_names;
} pb_coref;

/* Resolves the references of sentence `sentence_no` (1-based; sentences
 * in order) against the memory, then remembers the sentence's actors.
 * *mentions (from pb_actors_find, `lower` as there) is replaced by an
 * arena array in text order with the resolved mentions added (their span
 * is the pronoun's or the phrase's; is_resolved set). Returns 0, or -1
 * out of memory. */
int pb_coref_sentence(pb_coref *c, const pb_lexicon *lex,
                      const pb_sentence *s, const char *const *lower,
                      uint32_t sentence_no, pb_arena *arena,
                      pb_mention **mentions, size_t *n_mentions);

#endif
