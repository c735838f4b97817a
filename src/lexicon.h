/* lexicon.h — the coder's knowledge in memory: actor and agent phrases and
 * verb / event-noun patterns, loaded from the project's data files
 * (the actor files in data/actors/, data/agents.txt, data/verbs.txt; see data/README.md).
 *
 * Phrases are tokenised with the article tokenizer and indexed by their
 * first word, so matching a sentence costs one hash lookup per token.
 * Immutable after loading; shared by every document.
 */
#ifndef PB_LEXICON_H
#define PB_LEXICON_H

#include "internal.h"

#define PB_LEXICON_MAX_PHRASE_WORDS 12

enum pb_phrase_kind {
    PB_PHRASE_ACTOR,
    PB_PHRASE_AGENT,
};

/* An actor or agent phrase. */
typedef struct pb_phrase {
    const char **words;   /* n_words lower-case token forms */
    uint8_t n_words;
    uint8_t kind;         /* enum pb_phrase_kind */
    uint8_t exact_case;   /* all-capital phrase: match capitalisation */
    uint8_t proper;       /* an organisation's or person's capitalised
                             name of several words ("Armed Islamic
                             Group"): its first word must be capitalised
                             in the text too, not "an armed Islamic
                             group" */
    const char *exact;    /* for exact_case: the forms joined by spaces */
    const char *code;     /* "ISR", "ISRGOV", agent "GOV" */
    pb_date from, to;     /* period the entry holds; year 0 = open */
    const char *file;     /* data file and line, for provenance */
    long line;
} pb_phrase;

/* The last word of a verb pattern that names its source after a
 * preposition ("receive loan from $"): the actor there acts on the
 * verb's subject ("Kenya received a loan from China" is China's aid to
 * Kenya). */
#define PB_LEXICON_SOURCE_WORD "$"

/* A verb or event-noun pattern. */
typedef struct pb_pattern {
    const char **lemmas;  /* n_lemmas lower-case lemmas; [0] is the head */
    uint8_t n_lemmas;
    uint8_t is_noun;      /* event noun ("~air strike") */
    const char *code;     /* CAMEO event code */
    const char *file;
    long line;
} pb_pattern;

/* Loads every file the lexicon needs under data_dir. The codebook
 * validates verb codes. Returns PB_OK or an error with FILE:LINE. */
int pb_lexicon_load(const char *data_dir, const pb_codebook *codebook,
                    pb_lexicon **out, pb_error *err);
void pb_lexicon_free(pb_lexicon *lex);

/* The code of a phrase that names no actor though it contains one
 * ("South China Sea", "Gulf of Guinea"): its words are no mention. */
#define PB_NOT_AN_ACTOR "-"

/* Candidate phrases whose first word is `lower` (a lower-cased token form),
 * longest first. Returns the count; *out borrows the lexicon's array. */
size_t pb_lexicon_phrases(const pb_lexicon *lex, const char *lower,
                          const pb_phrase *const **out);
/* Candidate patterns whose head lemma is `lemma`, longest first. */
size_t pb_lexicon_patterns(const pb_lexicon *lex, const char *lemma,
                           const pb_pattern *const **out);
/* Calls fn(user, head, patterns, n) for every head lemma with its
 * patterns (longest first, then in file order), in no particular order of
 * heads; stops at and returns fn's first non-zero result, else 0. */
int pb_lexicon_each_head(const pb_lexicon *lex,
                         int (*fn)(void *user, const char *head,
                                   const pb_pattern *const *pats, size_t n),
                         void *user);
/* Is `code` (three letters) a state, or a region of regions.txt, in the
 * actor tables? */
int pb_lexicon_is_country(const pb_lexicon *lex, const char *code);
/* Is code a CAMEO region of actors/regions.txt ("AFR", "MDT")? Regions
 * also count as countries above: they combine with agents. */
int pb_lexicon_is_region(const pb_lexicon *lex, const char *code);
/* CAMEO's elites: former officials, public figures (the agent of a
 * listed person out of the roles listed for them). */
#define PB_ELITE_AGENT "ELI"

/* Is the three-letter agent code at `agent` an organ of a state (GOV,
 * MIL, ELI, LEG, JUD, COP, SPY), rather than a group of its people (OPP,
 * EDU, BUS …)? Reads only the first three letters. */
int pb_agent_is_state_organ(const char *agent);

/* Is `lower` (a lower-cased form) a word of agents.txt that names people
 * only by how many they are ("people", "thousands", "dozens")? Another
 * agent in its phrase says who they are ("thousands of protesters"),
 * and alone they have a role only when they protest or are harmed. */
int pb_crowd_word(const char *lower);
/* … one of them that is a count ("thousands", "dozens"): before "of" it
 * is no agent at all, the noun after it is ("thousands of Syrian
 * refugees"). */
int pb_count_word(const char *lower);

size_t pb_lexicon_phrase_count(const pb_lexicon *lex);
size_t pb_lexicon_pattern_count(const pb_lexicon *lex);

/* Lower-cases ASCII letters of s into the arena. */
char *pb_lower(pb_arena *arena, const char *s);

#endif
