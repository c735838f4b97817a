/* syntax_int.h — private header shared by the syntax-stage modules and the
 * trainer (tools/train-syntax.c): feature hashing, the averaged perceptron
 * (training and compact runtime forms), the immutable string tables, the
 * model record and the per-stage entry points the trainer drives.
 * Nothing outside src/syntax*.c, tagger.c, lemmatizer.c, parser.c,
 * perceptron.c and the syntax tools includes this header.
 */
#ifndef PB_SYNTAX_INT_H
#define PB_SYNTAX_INT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "syntax.h"

/* ---- hashing ---------------------------------------------------------- */

/* splitmix64 finaliser: a cheap, well-mixed 64-bit permutation. */
static inline uint64_t pb_mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* Key of feature template `t` with up to three values; never 0. */
static inline uint64_t pb_feat3(uint32_t t, uint64_t a, uint64_t b,
                                uint64_t c)
{
    uint64_t h = pb_mix64(((uint64_t)t << 32) ^ 0x9e3779b97f4a7c15ULL ^ a);
    h = pb_mix64(h ^ (b + 0x632be59bd9b4e019ULL));
    h = pb_mix64(h ^ (c + 0x85ebca77c2b2ae63ULL));
    return h ? h : 1;
}

/* Memory for tables probed at random (the model file, large filters):
 * aligned to and advised for transparent huge pages where the system has
 * them, since on 4 KB pages nearly every weight lookup would miss the TLB
 * as well as the cache. Freed with free(); NULL on OOM. */
void *pb_huge_alloc(size_t size);

/* 64-bit hash of a byte string (FNV-1a, then mixed). */
uint64_t pb_hash_bytes(const void *data, size_t len);

/* ---- small deterministic PRNG for training ---------------------------- */

typedef struct pb_rng {
    uint64_t state;
} pb_rng;

static inline uint64_t pb_rng_next(pb_rng *r)
{
    r->state += 0x9e3779b97f4a7c15ULL;
    return pb_mix64(r->state);
}

/* ---- averaged perceptron --------------------------------------------- */

/* Most classes one classifier may have (class ids are packed in 8 bits). */
#define PB_PERC_MAX_CLASSES 256

/* Runtime form: an open-addressing table from feature key to a sparse row of
 * (class, quantised weight) entries. Immutable; points into a model file
 * buffer or owns its arrays (own != 0). */
typedef struct pb_pmodel {
    uint32_t n_classes;
    uint32_t slot_mask;     /* table size - 1 (a power of two minus one) */
    const uint32_t *slots;  /* 2 words per slot: fingerprint, row offset+1 */
    const int32_t *rows;    /* row: count, then count × (weight*256 + class) */
    uint64_t n_rows_words;  /* length of rows */
    uint64_t n_features;    /* rows stored */
    uint32_t dense;         /* 1: weights inline in the slot (see below) */
    int own;                /* slots/rows are malloc'd by pb_pmodel_free */
    uint64_t *filter;       /* Bloom filter of the slots' fingerprints from
                             * pb_pmodel_build_filter, always owned; or NULL */
    uint32_t filter_mask;   /* filter blocks - 1 */
} pb_pmodel;

/* Classifiers with at most this many classes (the parser's transitions)
 * store their weights inline: slot = odd fingerprint (0 = empty), then
 * n_classes int32 weights, so a lookup touches one cache line. */
#define PB_PERC_DENSE_MAX 3
#define PB_PMODEL_SLOT_WORDS(m) ((m)->dense ? 1 + (size_t)(m)->n_classes : 2)

/* (Re)builds m's fingerprint filter, which lets scoring skip most lookups
 * of keys m lacks. It is not part of the model file: the loader and
 * pb_ptrain_finish build it; without one scoring is as exact, only slower.
 * 0, or -1 on OOM. */
int pb_pmodel_build_filter(pb_pmodel *m);
/* scores[0..n_classes-1] = sum of the weights of the features. */
void pb_pmodel_score(const pb_pmodel *m, const uint64_t *feats, size_t nf,
                     int32_t *scores);
void pb_pmodel_free(pb_pmodel *m);

/* Training form: exact keys → dense rows of current weights w and the
 * running sum of step-weighted updates u (averaged weight = w - u / step). */
typedef struct pb_ptrain {
    uint32_t n_classes;
    uint64_t *keys;     /* 0 = empty */
    uint32_t *row_of;   /* slot → row */
    size_t cap, count;  /* table capacity (power of two), rows used */
    float *w;           /* count × n_classes */
    double *u;
    size_t rows_cap;
    uint64_t step;      /* training instances seen, starts at 1 */
} pb_ptrain;

int pb_ptrain_init(pb_ptrain *t, uint32_t n_classes);
void pb_ptrain_free(pb_ptrain *t);
/* scores = current (not averaged) weights summed over feats. */
void pb_ptrain_score(const pb_ptrain *t, const uint64_t *feats, size_t nf,
                     float *scores);
/* Adds delta to class cls for every feature (global training). -1 on OOM. */
int pb_ptrain_add(pb_ptrain *t, const uint64_t *feats, size_t nf, int cls,
                  float delta);
/* Adds +1 to class good and -1 to class bad for every feature. -1 on OOM. */
int pb_ptrain_update(pb_ptrain *t, const uint64_t *feats, size_t nf, int good,
                     int bad);
static inline void pb_ptrain_tick(pb_ptrain *t) { t->step++; }
/* Averages, drops weights with |w| < prune, quantises and builds a runtime
 * table (own = 1). Deterministic. -1 on OOM. */
int pb_ptrain_finish(const pb_ptrain *t, double prune, pb_pmodel *out);

/* ---- immutable string tables ----------------------------------------- */

/* Open-addressing map from byte-string keys to byte-string values, stored as
 * a slot array (blob offset + 1, 0 = empty) and a blob of "key\0value\0". */
typedef struct pb_strtab {
    uint32_t mask;          /* slots - 1 */
    const uint32_t *slots;
    const char *blob;
    uint64_t blob_len;
    uint64_t count;
    int own;
} pb_strtab;

/* Value for key, or NULL. */
const char *pb_strtab_get(const pb_strtab *t, const char *key, size_t keylen);
/* A lookup waits twice for memory, for its slot and then for the key the
 * slot points to. Callers with many keys start those loads for all of them
 * first: pb_strtab_prefetch_slot for every key, then
 * pb_strtab_prefetch_entry for every key, then pb_strtab_get. h is the
 * key's pb_hash_bytes. They change nothing but timing. */
void pb_strtab_prefetch_slot(const pb_strtab *t, uint64_t h);
void pb_strtab_prefetch_entry(const pb_strtab *t, uint64_t h);
void pb_strtab_free(pb_strtab *t);

/* Builder: collects pairs (later duplicates of a key are ignored). */
typedef struct pb_strtab_builder {
    char **keys, **vals;
    size_t n, cap;
} pb_strtab_builder;

int pb_strtab_builder_add(pb_strtab_builder *b, const char *key,
                          const char *val);
/* Builds a table (own = 1) in a deterministic layout; -1 on OOM. */
int pb_strtab_build(const pb_strtab_builder *b, pb_strtab *out);
void pb_strtab_builder_free(pb_strtab_builder *b);

/* ---- the model -------------------------------------------------------- */

/* Most (UPOS, XPOS) pair classes the tagger predicts. */
#define PB_TAG_MAX 200

/* Parser actions (arc-hybrid). */
enum { PB_ACT_SHIFT = 0, PB_ACT_LEFT = 1, PB_ACT_RIGHT = 2, PB_ACT_COUNT = 3 };

/* Widest parser beam a model may ask for. */
#define PB_BEAM_MAX 64

/* First byte of an ambiguity-lexicon value taken from WordNet rather than
 * the treebank; no class byte (class + 1 <= PB_TAG_MAX) takes it. */
#define PB_AMBIG_WORDNET 0xff

struct pb_syntax_model {
    void *blob;                       /* file contents when loaded */
    uint32_t n_tags;                  /* tagger classes */
    uint32_t beam;                    /* parser beam width; 1 = greedy */
    uint8_t tag_upos[PB_TAG_MAX];     /* class → enum pb_upos */
    char tag_xpos[PB_TAG_MAX][PB_XPOS_SIZE]; /* class → Penn tag */
    pb_pmodel tagger;
    pb_strtab tagdict;     /* exact form → class (one byte value + 1) */
    pb_strtab ambig;       /* lower-case form → its classes (bytes class+1),
                              or for words rare in training
                              PB_AMBIG_WORDNET + letters of its WordNet
                              analyses (train-syntax.c) */
    pb_strtab lem_train;   /* "form\1XPOS" → lemma (from the treebank) */
    pb_strtab lem_exc;     /* "form\1p" → lemma (WordNet exceptions) */
    pb_strtab lem_index;   /* "lemma\1p" → "" (WordNet lemmas) */
    pb_strtab lem_suffix;  /* "suffix\1XPOS" → "strip add\2strip add…" */
    pb_pmodel actions;     /* parser transitions */
    pb_pmodel labels;      /* relation of each new arc */
};

/* Writes a model built by the trainer; 0 or -1 with err. */
int pb_syntax_model_save(const pb_syntax_model *m, const char *path,
                         char *err, size_t errlen);
/* Frees the parts of a model (also one assembled by the trainer). */
void pb_syntax_model_clear(pb_syntax_model *m);

/* ---- per-token word features shared by tagger and parser ------------- */

typedef struct pb_wordfeat {
    uint64_t form, lower, shape;
    uint64_t pre[3];   /* lower-case prefixes of 1..3 bytes */
    uint64_t suf[4];   /* lower-case suffixes of 1..4 bytes */
    uint64_t ambig;    /* hash of its ambiguity-lexicon value, 0 = not in it */
    uint32_t flags;    /* PB_WF_* */
} pb_wordfeat;

enum {
    PB_WF_UPPER_FIRST = 1, PB_WF_ALL_UPPER = 2, PB_WF_DIGIT = 4,
    PB_WF_HYPHEN = 8, PB_WF_FIRST_WORD = 16, PB_WF_NON_ASCII = 32,
    PB_WF_PUNCT_ONLY = 64
};

/* Longest word prefix hashed; longer forms are hashed on this prefix only. */
#define PB_WORD_HASH_MAX 64

void pb_wordfeat_compute(const char *form, int first, pb_wordfeat *out);

/* ---- tagger ----------------------------------------------------------- */

#define PB_TAGGER_MAX_FEATS 48

/* Features of position i given the classes of earlier words (tags[0..i-1]);
 * returns how many were written to out. */
size_t pb_tagger_features(const pb_wordfeat *wf, uint32_t n, uint32_t i,
                          const int *tags, uint64_t *out);
/* Is lower (a lower-case word) a WordNet lemma of part p ('n', 'v',
 * 'a', 'r')? */
int pb_wordnet_lemma(const pb_syntax_model *m, const char *lower, char part);
/* Fills wf[i].ambig from the model's lexicon of tag classes. */
void pb_tagger_lexicon(const pb_syntax_model *m, pb_wordfeat *wf,
                       const pb_token *tokens, uint32_t n);
/* After a modal or the auxiliary "do" and the adverbs between ("did not
 * even ever clash", "won't really press"), a singular noun that can be a
 * base-form verb is the verb. A "do" with no adverb after it may be the
 * verb itself ("did damage"), so the noun after it stays. */
void pb_tag_after_auxiliary(const pb_syntax_model *m, pb_token *tokens,
                            uint32_t n);
/* After "demanded that", "urged that" …: a singular noun right after the
 * clause's subject, that the word can be a base-form verb and the clause
 * has no finite verb, is the subjunctive verb ("demanded that the
 * government end curbs", "that Israel ease restrictions"). */
void pb_tag_subjunctive(const pb_syntax_model *m, pb_token *tokens,
                        uint32_t n);
/* Place names the gazetteer knows (names, see pb_syntax_annotate_names)
 * become proper nouns: "Beijing denied …", "Senegal and Mauritania
 * signed …" (the first word, where capitals tell nothing, tagged as a
 * verb, modal, adjective or adverb), "Papua New Guinea's prime minister"
 * (every word of a name of several, tagged as anything). */
void pb_tag_place_names(pb_token *tokens, uint32_t n, const uint8_t *names);
/* Greedy decoding with a runtime tagger; writes classes to tags. */
void pb_tagger_decode(const pb_syntax_model *m, const pb_wordfeat *wf,
                      pb_token *tokens, uint32_t n, int *tags);

/* ---- parser ----------------------------------------------------------- */

#define PB_PARSER_MAX_FEATS 128
#define PB_LABEL_MAX_FEATS 48

/* Child counts saturate here. */
#define PB_VALENCY_MAX 255

/* A parser configuration (arc-hybrid, root 0 at the bottom of the stack). */
typedef struct pb_pconf {
    uint32_t n;          /* words 1..n; 0 is the root */
    int *stack;          /* stack[0..sp-1], stack[0] = 0 */
    int sp;
    int b;               /* buffer front; n+1 when the buffer is empty */
    int *head;           /* -1 until attached */
    uint8_t *label;
    int *lc1, *lc2, *rc1, *rc2; /* leftmost, 2nd leftmost, rightmost, 2nd rightmost child (0 none) */
    uint8_t *nl, *nr;    /* left / right child counts (saturating) */
    uint64_t *lset, *rset; /* bit sets of child relations (mod 64) */
    const uint64_t *word; /* n+1 word hashes (0 = root) */
    const uint64_t *tag; /* n+1 tag hashes (0 = root) */
} pb_pconf;

/* Allocates the arrays of a configuration for n words from the arena. */
int pb_pconf_init(pb_pconf *c, uint32_t n, const uint64_t *word,
                  const uint64_t *tag, pb_arena *arena);
int pb_pconf_terminal(const pb_pconf *c);
int pb_pconf_valid(const pb_pconf *c, int act);
/* Applies act; for arcs the relation is rel. */
void pb_pconf_apply(pb_pconf *c, int act, int rel);
/* The dependent and head an arc action would create. */
void pb_pconf_arc(const pb_pconf *c, int act, int *dep, int *head);
/* Dynamic-oracle cost of act against gold heads (gold[1..n]). */
int pb_pconf_cost(const pb_pconf *c, int act, const int *gold);

size_t pb_parser_features(const pb_pconf *c, uint64_t *out);
size_t pb_label_features(const pb_pconf *c, int dep, int head, uint64_t *out);
/* Lifts non-projective arcs (head[1..n], 0 = root) until the tree is
 * projective; returns the number of lifts, or -1 if not a tree. */
int pb_projectivize(int *head, uint32_t n);
int pb_tree_is_projective(const int *head, uint32_t n);
/* Tag feature value of a tagged token (its XPOS and UPOS). */
uint64_t pb_parser_tag_value(const pb_token *t);
/* Relation of a new arc head → dep in c with the runtime classifier: root
 * for arcs from 0, otherwise the best non-root relation (fallback if none). */
int pb_parser_label(const pb_syntax_model *m, const pb_pconf *c, int dep,
                    int head, int root, int fallback);
/* Days between a subject and its verb ("X today signed", "X on Friday
 * denied"), set aside from parsing (parse_aside.c): pb_aside_find marks
 * them (and their "on") in aside[0..n-1] of a tagged sentence and counts
 * them; pb_aside_attach hangs them, after the rest is parsed, on the verb
 * they date. */
uint32_t pb_aside_find(const pb_token *t, uint32_t n, uint8_t *aside);
void pb_aside_attach(pb_token *t, uint32_t n, const uint8_t *aside);
/* Parse of tokens with word (lower-case form hashes) and tag values at
 * 1..n; fills head and deprel. pb_parser_run uses the model's beam width,
 * the other two decoders are fixed. -1 on OOM. */
int pb_parser_run(const pb_syntax_model *m, pb_token *tokens, uint32_t n,
                  const uint64_t *word, const uint64_t *tag, pb_arena *arena);
int pb_parser_greedy(const pb_syntax_model *m, pb_token *tokens, uint32_t n,
                     const uint64_t *word, const uint64_t *tag,
                     pb_arena *arena);
int pb_parser_beam(const pb_syntax_model *m, pb_token *tokens, uint32_t n,
                   const uint64_t *word, const uint64_t *tag, int width,
                   pb_arena *arena);

/* ---- beam search (parser_beam.c) ------------------------------------- */

/* A state of the beam: immutable once made, shares its stack and history
 * with the states it came from; lives in the arena of the search. */
typedef struct pb_beam_state pb_beam_state;

/* What the search asks of a classifier: action scores for the features of
 * a configuration, and the relation of an arc about to be made in c. The
 * runtime model and the trainer's classifiers both fit. */
typedef struct pb_beam_scorer {
    void (*actions)(void *ctx, const uint64_t *feats, size_t nf,
                    double *scores);
    int (*label)(void *ctx, const pb_pconf *c, int dep, int head);
    void *ctx;
} pb_beam_scorer;

/* Beam search of width `width` over the 2n transitions of a sentence.
 * Optional training outputs: with gold (the oracle action of each step),
 * best[t] (t = 1..2n) is the best state after t steps and gold_in[t] is 1
 * when the gold prefix is still in the beam. Returns the best final state,
 * or NULL when out of memory. */
const pb_beam_state *pb_beam_search(const pb_beam_scorer *sc, uint32_t n,
                                    const uint64_t *word, const uint64_t *tag,
                                    int width, const int *gold,
                                    const pb_beam_state **best,
                                    uint8_t *gold_in, pb_arena *arena);
double pb_beam_score(const pb_beam_state *s);
/* 1 when every action of s follows the gold sequence given to the search. */
int pb_beam_is_gold(const pb_beam_state *s);
/* The actions and relations (0 for shifts) that led to s, in order; the
 * arrays hold one entry per step. Returns the number of steps. */
int pb_beam_path(const pb_beam_state *s, int *acts, int *rels);

/* ---- lemmatizer -------------------------------------------------------- */

/* Longest suffix the learned lemma rules look at. */
#define PB_LEMMA_SUFFIX_MAX 6

/* Builds the lemma tables of m from treebank sentences and the WordNet
 * exception and index files in wordnet_dir. 0, or -1 with err. */
int pb_lemmatizer_build(pb_syntax_model *m, const pb_conllu_sentence *sents,
                        size_t n, const char *wordnet_dir, char *err,
                        size_t errlen);

#endif
