/* petrarch_dict.h — the PETRARCH/TABARI community dictionaries in memory:
 * verb dictionaries (synsets, verb blocks, patterns), actor dictionaries
 * with dated codes, agent dictionaries, discard lists and the internal
 * coding ontology, read from the formats of petrarch2/docs/dictionaries.rst.
 * The tree coder (tree_coder.c) codes sentences with them; the validation
 * runner loads them. Immutable after loading; all in the set's arena.
 */
#ifndef PB_PETRARCH_DICT_H
#define PB_PETRARCH_DICT_H

#include "internal.h"
#include "strmap.h"

#include <stdint.h>

/* Longest dictionary line accepted; a longer one is skipped with a note. */
#define PB_PD_MAX_LINE 8192
/* Words in one phrase or pattern; longer ones are skipped with a note. */
#define PB_PD_MAX_WORDS 24
/* Skipped-line notes kept (the count goes on past it). */
#define PB_PD_MAX_NOTES 64
/* Longest code kept ("IGOUNOKFOR..."); longer codes are cut. */
#define PB_PD_MAX_CODE 32

/* ---- actors and agents ------------------------------------------------ */

enum pb_pd_when {
    PB_PD_ALWAYS,   /* [CODE]: the default */
    PB_PD_BEFORE,   /* [CODE <date]: on or before date */
    PB_PD_AFTER,    /* [CODE >date]: on or after date */
    PB_PD_BETWEEN,  /* [CODE d1-d2]: d1 <= date <= d2 */
};

/* One code of an actor, perhaps restricted to a period. */
typedef struct pb_pd_code {
    const char *code;   /* NULL: the null code "---" (not an actor) */
    uint8_t when;       /* enum pb_pd_when */
    int32_t from, to;   /* YYYYMMDD bounds used by `when` */
} pb_pd_code;

/* One actor record: its primary phrase and synonyms share these codes. */
typedef struct pb_pd_actor {
    pb_pd_code *codes;  /* date restrictions in file order, then ALWAYS */
    uint32_t n_codes;
    uint32_t line;      /* line of the primary phrase */
} pb_pd_actor;

/* An actor or agent phrase, indexed by its first word. */
typedef struct pb_pd_phrase {
    const char **words;        /* lower-case words, consecutive in text */
    uint8_t n_words;
    uint8_t is_agent;
    uint8_t agent_prefix;      /* agent "NGO~": put before the actor code */
    const pb_pd_actor *actor;  /* actors: the record */
    const char *agent;         /* agents: the code without '~' */
} pb_pd_phrase;

/* ---- verbs ------------------------------------------------------------- */

/* A synonym set: alternative phrases, each a run of consecutive words. */
typedef struct pb_pd_synset {
    const char *name;          /* "&CURRENCY", upper case as written */
    const char ***phrases;     /* phrases[i][0..n_words[i]) lower-case */
    uint8_t *n_words;
    uint32_t n_phrases;
    uint32_t id;               /* 0, 1, … in reading order (< stats.synsets) */
} pb_pd_synset;

enum pb_pd_item_kind {
    PB_PI_WORD,      /* a word (lemma or form) */
    PB_PI_SYNSET,    /* &NAME: any of its phrases */
    PB_PI_VERB,      /* '*': the verb itself */
    PB_PI_SOURCE,    /* '$': an actor, the source */
    PB_PI_TARGET,    /* '+': an actor, the target */
    PB_PI_SKIP,      /* '^': a simple noun phrase (or any one word) */
    PB_PI_COMPOUND,  /* '%': a compound actor, coded pairwise */
};

/* One element of a pattern. */
typedef struct pb_pd_item {
    uint8_t kind;              /* enum pb_pd_item_kind */
    uint8_t tight;             /* joined to the previous item by '_' */
    uint8_t grouped;           /* inside {…} or (…): close to the previous */
    uint8_t braced;            /* inside {…}, not its first item: the
                                  very next word after the previous item
                                  (PETRARCH-suite mode; a noun phrase) */
    uint8_t prep;              /* a preposition whose nominal is the target
                                  when the verb has no object actor (set
                                  for patterns from data/verbs.txt) */
    const char *word;          /* PB_PI_WORD: lower-case */
    const pb_pd_synset *synset;/* PB_PI_SYNSET */
} pb_pd_item;

/* A pattern line "- pre * post [code]" of a verb block. */
typedef struct pb_pd_pattern {
    pb_pd_item *items;         /* in written order, the verb among them */
    uint8_t n_items;
    uint8_t verb_at;           /* index of the PB_PI_VERB item */
    uint8_t n_words;           /* words and synsets: the specificity */
    uint8_t receives;          /* data/verbs.txt pattern ending in '$'
                                  ("receive loan from $"): the '$' actor
                                  acts on the verb's subject */
    const char *code;          /* NULL: "[---]", the pattern codes nothing */
    const char *code2;         /* paired "[a:b]": the reverse event, or NULL */
    uint32_t line;
} pb_pd_pattern;

/* A verb block "--- NAME [code] ---" with its patterns. */
typedef struct pb_pd_block {
    const char *name;
    const char *code, *code2;  /* the isolated verb's code(s), NULL = "---" */
    pb_pd_pattern *patterns;
    uint32_t n_patterns;
    uint32_t line;
} pb_pd_block;

/* One form of a verb ("break", "broke", "breaking down"), indexed by the
 * lower-case verb word; multi-word verbs list the words around it. */
typedef struct pb_pd_verb {
    const pb_pd_block *block;
    const char *code, *code2;  /* own "[code]" on the verb line, else the
                                  block's; NULL = "---" */
    uint8_t has_own_code;
    const char **before;       /* words right before the verb */
    uint8_t n_before;
    const char **after;        /* words right after it */
    uint8_t n_after;
} pb_pd_verb;

/* ---- transformations -------------------------------------------------- */

/* Variables of a transformation line: a letter names an actor, these two
 * any actor (not kept) and no actor. */
#define PB_PD_TF_ANY '.'
#define PB_PD_TF_NONE '_'

/* A line "~ a (b c INNER) TOP = x y CODE": an event of verb TOP whose
 * source is a and whose object is the event (b, c, INNER) is rewritten
 * as x y CODE (tree_transform.h). Verbs stand for their own codes. */
typedef struct pb_pd_transform {
    char source, inner_source, inner_target; /* variables */
    char out_source, out_target;             /* letters of the result */
    const char *verb;          /* the top verb, lower case */
    const char *inner_verb;    /* lower case; NULL: 'Q', any verb */
    const char *code;          /* NULL: 'Q', the inner verb's code */
    uint32_t line;
} pb_pd_transform;

/* ---- discards ---------------------------------------------------------- */

/* Discards are indexed by their first PB_PD_DISCARD_KEY characters (or
 * all of them when shorter), so a sentence is checked with a few hash
 * look-ups per word start instead of a search for every phrase. */
#define PB_PD_DISCARD_KEY 3

typedef struct pb_pd_discard {
    const char *text;          /* lower-case, words separated by one space */
    uint8_t whole_word;        /* written with a trailing '_' */
    uint8_t story;             /* written with a leading '+' */
    uint32_t index;            /* position in file order */
} pb_pd_discard;

/* ---- the internal coding ontology (PICO) ------------------------------- */

/* PICO value of a negated verb: the code minus this ("did not clash",
 * 0x1007F, becomes 0x0080, "cooperate diplomatically"). */
#define PB_PICO_NEGATION 0xFFFF
/* Smallest PICO value with a verb-class digit (say, appeal, intend, …). */
#define PB_PICO_VERB_CLASS 0x1000
/* Codes kept from one ontology file. */
#define PB_PD_MAX_PICO 1024

/* One line "CAMEO:PICO" of PETR.Internal.Coding.Ontology.txt; the PICO
 * value is a sum of hex terms ("-0xFFFF+0x2040+0x300") and may be
 * negative or above 0xFFFF. */
typedef struct pb_pd_pico {
    const char *code;          /* the CAMEO code, as written */
    int32_t value;
} pb_pd_pico;

/* ---- the set ----------------------------------------------------------- */

/* Counts of what was read, for reports and tests. */
typedef struct pb_pd_stats {
    size_t synsets, blocks, verb_forms, patterns, transformations;
    size_t actors, actor_phrases, agents, agent_phrases, discards;
    size_t skipped;            /* lines skipped, malformed or not coded
                                  (see notes) */
} pb_pd_stats;

typedef struct pb_pdict {
    pb_arena arena;            /* owns every record and string */
    pb_strmap actors;          /* first word → pb_pd_phrase (actors, agents) */
    pb_strmap verbs;           /* verb word → pb_pd_verb */
    pb_strmap synsets;         /* "&NAME" → pb_pd_synset */
    pb_pd_block **blocks;      /* every block (malloc'd array) */
    size_t n_blocks, cap_blocks;
    pb_pd_transform *transforms; /* in file order (malloc'd array) */
    size_t n_transforms, cap_transforms;
    pb_pd_pico *pico;          /* ontology lines in file order (arena) */
    size_t n_pico;
    pb_strmap discards;        /* key prefix → pb_pd_discard (arena) */
    const struct pb_codebook *modality; /* the pipeline's modal codes
                                           (modality.h); NULL otherwise */
    size_t n_discards;
    char **notes;              /* "FILE:LINE: why" per skipped line (arena) */
    size_t n_notes;
    pb_pd_stats stats;
    uint8_t max_phrase_words;  /* longest actor/agent phrase */
} pb_pdict;

/* An empty set; fill it with the readers below, free with pb_pdict_free. */
pb_pdict *pb_pdict_new(void);
void pb_pdict_free(pb_pdict *d);   /* NULL is a no-op */

/* Readers, one per format. Each returns PB_OK, PB_ERR_IO when the file
 * cannot be read, or PB_ERR_NOMEM. Malformed lines are skipped, counted in
 * stats.skipped and described in notes ("FILE:LINE: message"), the way
 * PETRARCH itself tolerates them. */
int pb_pdict_read_verbs(pb_pdict *d, const char *path, pb_error *err);
int pb_pdict_read_actors(pb_pdict *d, const char *path, pb_error *err);
int pb_pdict_read_agents(pb_pdict *d, const char *path, pb_error *err);
int pb_pdict_read_discards(pb_pdict *d, const char *path, pb_error *err);

/* Reads a PETRARCH internal coding ontology (PICOfile); with one loaded
 * the coder combines verb codes ("will" + "help") and negates them. */
int pb_pdict_read_ontology(pb_pdict *d, const char *path, pb_error *err);

/* The PICO value of a CAMEO code; 0 when it has none (or no ontology). */
int32_t pb_pd_pico_of(const pb_pdict *d, const char *code);
/* The CAMEO code of a PICO value: the first line with that value, else
 * the value with its target, then action and modifier digits dropped;
 * NULL when none (a negative or overflowing value never codes). */
const char *pb_pd_pico_code(const pb_pdict *d, int32_t value);

/* Sorts the phrase lists longest first; call once after the readers. */
void pb_pdict_finish(pb_pdict *d);

/* Loads the PETRARCH-2 default set from dir: CAMEO.2.0.txt, the three
 * Phoenix actor files, Phoenix.agents.txt and Phoenix.discards.txt, and
 * PETR.Internal.Coding.Ontology.txt when dir has one. */
int pb_pdict_load_phoenix(pb_pdict *d, const char *dir, pb_error *err);

/* The code an actor has on date (YYYYMMDD, 0 = unknown): the first
 * restriction that holds, else the default; NULL when none applies or the
 * code is the null code. */
const char *pb_pd_actor_code(const pb_pd_actor *a, int32_t date);

/* Phrases starting with `lower` (longest first) and the verb forms for a
 * word; the count is returned, *out borrows the set's array. */
size_t pb_pdict_phrases(const pb_pdict *d, const char *lower,
                        const pb_pd_phrase *const **out);
size_t pb_pdict_verbs(const pb_pdict *d, const char *lower,
                      const pb_pd_verb *const **out);

/* Does a discard phrase start a word of the lower-cased sentence text?
 * Returns the first such discard in file order, or NULL. */
const pb_pd_discard *pb_pdict_discarded(const pb_pdict *d, const char *lower);

/* Converts YYMMDD or YYYYMMDD (digits only) to YYYYMMDD; -1 when invalid.
 * Two-digit years below 30 are 20YY, the others 19YY. */
int32_t pb_pd_parse_date(const char *s, size_t len);

#endif
