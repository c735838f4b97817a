/* syntax.h — the syntax stage: POS tagging, lemmatization and labelled
 * dependency parsing of tokenised sentences, plus CoNLL-U input/output and
 * CoNLL 2018-style evaluation. Sits between `text` (which fills forms and
 * offsets) and `actors`/`events` (which read tags, lemmas and the tree).
 *
 * Ownership: pb_syntax_model_load returns a model that the caller frees with
 * pb_syntax_model_free (NULL is a no-op). A loaded model is immutable, so one
 * model may serve many threads at once. Every string the stage produces
 * (lemmas, CoNLL-U fields) comes from the caller's arena and lives as long as
 * that arena. Functions that can fail return 0 or -1.
 */
#ifndef PB_SYNTAX_H
#define PB_SYNTAX_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "token.h"

/* Universal POS tags; 0 means "not tagged / unknown". */
enum pb_upos {
    PB_UPOS_NONE = 0,
    PB_UPOS_ADJ, PB_UPOS_ADP, PB_UPOS_ADV, PB_UPOS_AUX, PB_UPOS_CCONJ,
    PB_UPOS_DET, PB_UPOS_INTJ, PB_UPOS_NOUN, PB_UPOS_NUM, PB_UPOS_PART,
    PB_UPOS_PRON, PB_UPOS_PROPN, PB_UPOS_PUNCT, PB_UPOS_SCONJ, PB_UPOS_SYM,
    PB_UPOS_VERB, PB_UPOS_X,
    PB_UPOS_COUNT /* one past the last tag */
};

/* Dependency relations: an index into a fixed table of UD relations with the
 * subtypes English treebanks use ("nsubj:pass", "obl:agent", "nmod:poss",
 * "acl:relcl", "compound:prt" …). 0 means "unknown / unparsed". The order
 * is part of the model format: append, never reorder. Code that means one
 * relation names its constant (PB_REL_NSUBJ_PASS for "nsubj:pass"). */
#define PB_DEPREL_MAX 80
#define PB_DEPREL_LIST(X) \
    X(NONE, "_") X(ACL, "acl") X(ACL_RELCL, "acl:relcl") X(ADVCL, "advcl") \
    X(ADVCL_RELCL, "advcl:relcl") X(ADVMOD, "advmod") X(AMOD, "amod") \
    X(APPOS, "appos") X(AUX, "aux") X(AUX_PASS, "aux:pass") X(CASE, "case") \
    X(CC, "cc") X(CC_PRECONJ, "cc:preconj") X(CCOMP, "ccomp") X(CLF, "clf") \
    X(COMPOUND, "compound") X(COMPOUND_PRT, "compound:prt") X(CONJ, "conj") \
    X(COP, "cop") X(CSUBJ, "csubj") X(CSUBJ_OUTER, "csubj:outer") \
    X(CSUBJ_PASS, "csubj:pass") X(DEP, "dep") X(DET, "det") \
    X(DET_PREDET, "det:predet") X(DISCOURSE, "discourse") \
    X(DISLOCATED, "dislocated") X(EXPL, "expl") X(FIXED, "fixed") \
    X(FLAT, "flat") X(GOESWITH, "goeswith") X(IOBJ, "iobj") X(LIST, "list") \
    X(MARK, "mark") X(NMOD, "nmod") X(NMOD_DESC, "nmod:desc") \
    X(NMOD_POSS, "nmod:poss") X(NMOD_UNMARKED, "nmod:unmarked") \
    X(NMOD_TMOD, "nmod:tmod") X(NMOD_NPMOD, "nmod:npmod") X(NSUBJ, "nsubj") \
    X(NSUBJ_OUTER, "nsubj:outer") X(NSUBJ_PASS, "nsubj:pass") \
    X(NUMMOD, "nummod") X(OBJ, "obj") X(OBL, "obl") \
    X(OBL_AGENT, "obl:agent") X(OBL_UNMARKED, "obl:unmarked") \
    X(OBL_TMOD, "obl:tmod") X(OBL_NPMOD, "obl:npmod") X(ORPHAN, "orphan") \
    X(PARATAXIS, "parataxis") X(PUNCT, "punct") X(REPARANDUM, "reparandum") \
    X(ROOT, "root") X(VOCATIVE, "vocative") X(XCOMP, "xcomp") \
    X(FLAT_FOREIGN, "flat:foreign") X(COMPOUND_LVC, "compound:lvc") \
    X(DET_POSS, "det:poss") X(EXPL_PV, "expl:pv") X(FLAT_NAME, "flat:name") \
    X(NSUBJ_XSUBJ, "nsubj:xsubj") X(OBL_ARG, "obl:arg")

enum pb_deprel {
#define PB_DEPREL_ENUM(id, name) PB_REL_##id,
    PB_DEPREL_LIST(PB_DEPREL_ENUM)
#undef PB_DEPREL_ENUM
    PB_REL_COUNT /* one past the last relation */
};

const char *pb_upos_name(int upos);          /* "NOUN"; "_" for 0/out of range */
int pb_upos_from_name(const char *name);     /* 0 when unknown */
const char *pb_deprel_name(int rel);         /* "nsubj:pass"; "_" for 0 */
int pb_deprel_from_name(const char *name);   /* 0 when unknown */
int pb_deprel_count(void);                   /* table size including 0 */
/* Length of the universal part of a relation name ("nsubj" in "nsubj:pass"). */
size_t pb_deprel_universal_len(int rel);

/* ---- the model -------------------------------------------------------- */

typedef struct pb_syntax_model pb_syntax_model;

/* Longest sentence annotated as one unit; longer input is cut into pieces of
 * this many tokens, each parsed as its own tree. Must fit pb_token.head. */
#define PB_SYNTAX_MAX_TOKENS 4096

/* Loads a model file; returns 0, or -1 with a message in err. */
int pb_syntax_model_load(const char *path, pb_syntax_model **out, char *err,
                         size_t errlen);
void pb_syntax_model_free(pb_syntax_model *m);   /* NULL is a no-op */

/* Tags, lemmatizes and parses one sentence in place: fills upos, xpos, lemma
 * (allocated from arena), head and deprel of tokens[0..n-1] whose form is set
 * (a NULL form is read as ""). Reentrant: scratch memory comes from the arena.
 * Returns 0, or -1 when out of memory. */
int pb_syntax_annotate(const pb_syntax_model *m, pb_token *tokens, uint32_t n,
                       pb_arena *arena);
/* The same, told which tokens a gazetteer knows as place names (NULL:
 * none). PB_NAME_OPENING marks the first word, where capitals tell
 * nothing: read as a verb or adjective ("Beijing denied", "Senegal and
 * Mauritania signed") it is a proper noun. PB_NAME_IN_PLACE marks each
 * word of a capitalised place name of several words, a proper noun
 * whatever the tagger read ("Papua New Guinea", "Sierra Leone"). */
enum { PB_NAME_OPENING = 1, PB_NAME_IN_PLACE = 2 };
int pb_syntax_annotate_names(const pb_syntax_model *m, pb_token *tokens,
                             uint32_t n, const uint8_t *names,
                             pb_arena *arena);

/* The stages one at a time (pb_syntax_annotate tags, parses, repairs
 * with pb_tree_repair, then lemmatizes).
 * pb_syntax_parse reads form and xpos/upos, so it may also run on gold tags. */
int pb_syntax_tag(const pb_syntax_model *m, pb_token *tokens, uint32_t n,
                  pb_arena *arena);
int pb_syntax_lemmatize(const pb_syntax_model *m, pb_token *tokens,
                        uint32_t n, pb_arena *arena);
int pb_syntax_parse(const pb_syntax_model *m, pb_token *tokens, uint32_t n,
                    pb_arena *arena);

/* Corrects, before parsing, tags that cannot stand: an adjective right
 * after a modal ("would free the prisoners") is the verb's base form; a
 * verb in -s right before a finite verb ("member states broke") is a
 * plural noun (tag_repair.c). pb_syntax_annotate runs it between
 * tagging and parsing. */
void pb_tag_repair(pb_token *tokens, uint32_t n);

/* Is xpos a finite verb or modal (VBD, VBZ, VBP, MD)? */
int pb_finite_xpos(const char *xpos);

/* Is form an acronym, two or more capitals and dots ("US", "U.N.",
 * "UNHCR")? NULL is none. */
int pb_acronym(const char *form);

/* Corrects, in a parsed sentence, a past-tense main verb read as a
 * participle modifying its subject ("tanks fired shells" as a noun
 * phrase; tree_repair.c). pb_syntax_annotate runs it last. */
void pb_tree_repair(pb_token *tokens, uint32_t n);

/* Does English spell the "-s" form of stem (len bytes, lower case) with
 * "-es" ("box", "watch", "go"), not "-s" ("depart")? */
int pb_takes_es(const char *stem, size_t len);

/* Lemma of one word with a Penn tag, lower-case, from the arena; NULL on OOM. */
const char *pb_syntax_lemma(const pb_syntax_model *m, const char *form,
                            const char *xpos, pb_arena *arena);

/* ---- CoNLL-U ---------------------------------------------------------- */

/* One sentence read from a CoNLL-U file, with its comments. Multiword-token
 * range lines and empty nodes are skipped; FEATS, DEPS and MISC are dropped. */
typedef struct pb_conllu_sentence {
    pb_sentence sentence;  /* gold form, lemma, upos, xpos, head, deprel */
    const char *sent_id;   /* "# sent_id = " value, or NULL */
    const char *text;      /* "# text = " value, or NULL */
} pb_conllu_sentence;

/* Longest accepted CoNLL-U line and sentence. */
#define PB_CONLLU_MAX_LINE (1u << 20)
#define PB_CONLLU_MAX_WORDS PB_SYNTAX_MAX_TOKENS

/* Reads a whole CoNLL-U file; sentences and strings come from the arena.
 * Returns 0, or -1 with "path:line: message" in err. */
int pb_conllu_read(const char *path, pb_arena *arena,
                   pb_conllu_sentence **out, size_t *n_out, char *err,
                   size_t errlen);
/* The same from a NUL-terminated string (name is used in messages). */
int pb_conllu_parse_string(const char *data, const char *name, pb_arena *arena,
                           pb_conllu_sentence **out, size_t *n_out, char *err,
                           size_t errlen);

/* Appends one sentence as CoNLL-U (ten columns, FEATS/DEPS/MISC as "_"),
 * preceded by "# sent_id = …" and "# text = …" when those are non-NULL, and
 * followed by a blank line. Tabs and newlines inside forms become spaces. */
void pb_conllu_write(pb_buf *out, const pb_sentence *s, const char *sent_id,
                     const char *text);

/* ---- evaluation (CoNLL 2018 definitions, punctuation included) -------- */

typedef struct pb_parse_scores {
    size_t sentences;
    size_t words;              /* gold words (= system words: gold tokens) */
    size_t upos, xpos, lemma;  /* words with the right tag / lemma */
    size_t uas, las;           /* right head; right head and universal rel */
    size_t las_full;           /* right head and full relation incl. subtype */
    double upos_pct, xpos_pct, lemma_pct, uas_pct, las_pct, las_full_pct;
} pb_parse_scores;

/* Adds one sentence pair (same words, gold first) to the counts. LEMMA is
 * compared case-insensitively, since our lemmas are lower-case by contract. */
void pb_parse_scores_add(pb_parse_scores *sc, const pb_sentence *gold,
                         const pb_sentence *sys);
/* Fills the *_pct fields from the counts. */
void pb_parse_scores_finish(pb_parse_scores *sc);
/* Formats "UPOS a XPOS b LEMMA c UAS d LAS e" (two decimals) into buf. */
void pb_parse_scores_format(const pb_parse_scores *sc, char *buf,
                            size_t buflen);

/* Annotates every sentence of a gold CoNLL-U file with the model (gold
 * tokenisation, predicted tags) and scores it. Returns 0, or -1 with a
 * message in err. */
int pb_syntax_evaluate(const pb_syntax_model *m, const char *gold_conllu_path,
                       pb_parse_scores *out, char *err, size_t errlen);

#endif
