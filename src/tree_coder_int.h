/* tree_coder_int.h — what the tree coder's two files share: the state
 * of one sentence being coded (tc), its mentions and actor groups, the
 * tree helpers, and the roles that tree_roles.c reads from the tree for
 * tree_coder.c (noun phrases to actor groups; subject, object, passive
 * agent). Private to src/tree_coder.c and src/tree_roles.c.
 */
#ifndef PB_TREE_CODER_INT_H
#define PB_TREE_CODER_INT_H

#include "tree_coder.h"
#include "syntax.h"

#include <string.h>

typedef struct tc_mention {
    uint32_t first, last;        /* token span, inclusive */
    const pb_pd_phrase *phrase;
    const char *code;            /* actor code on the sentence date, or NULL */
    uint8_t fixed;               /* the code takes no agents (pipeline:
                                    not a state) */
} tc_mention;

typedef struct tc_group {
    const char *codes[PB_TC_MAX_GROUP];
    int mention[PB_TC_MAX_GROUP];  /* the mention naming each code */
    int n;
} tc_group;

typedef struct tc {
    const pb_pdict *d;
    const pb_token *t;
    int n;
    int32_t date;
    pb_arena *arena;
    const char **lower, **lem;
    int *first_child, *next_sib, *mention_at;
    tc_mention *m;
    int n_m;
    uint8_t *scope;              /* post-verb scope of the current verb */
    uint8_t *seen;               /* scratch for noun-phrase walks */
    uint8_t *consumed;           /* verbs coded with the verb governing them */
    uint8_t *synset_seen;        /* per synset id: see synset_present */
    pb_tc_event *ev;
    size_t n_ev;
    const char **words;          /* set of the sentence's forms and lemmas */
    size_t words_mask;           /* its size - 1 (a power of two) */
    int pipeline;                /* mentions given (pb_tree_code_mentions):
                                    a negated verb keeps its code */
    int meeting;                 /* the verb being coded is a meeting
                                    (root 04), or a mutual act of two
                                    subjects: "in Cairo" is where, not
                                    whom */
    int mutual;                  /* … the latter: "in Paris" is where
                                    even inside its object ("signed a
                                    pact in Paris") */
    int statement;               /* the verb being coded is a statement
                                    (root 01): what it says about a thing
                                    ("China's build-up") names whom it
                                    is about */
    int force;                   /* the verb being coded is repression or
                                    force (roots 17-20): "near the border
                                    with Lebanon" may be whom it hits */
    int appeal;                  /* … or an appeal (root 02), addressed to
                                    no one a clause of time names */
    int charges;                 /* … or it, or disapproval (root 11),
                                    whose charge ("arrested for smuggling
                                    cocaine into Guatemala", "accused of
                                    supplying drones to Russia") names no
                                    party to it */
    const uint8_t *place_names;  /* heads of named towns and regions, or
                                    NULL (pb_tree_code_mentions) */
    int names_places;            /* … and the sentence names one */
    int topic;                   /* the meeting verb's object when it is
                                    what was talked about ("discussed
                                    Iran's programme"), else -1 */
    int failed;
} tc;

/* ---- tree helpers ----------------------------------------------------------- */

static inline const char *rel(const tc *c, int i)
{
    return pb_deprel_name(c->t[i].deprel);
}

/* Does token i's relation have universal part `base` ("nsubj" matches
 * "nsubj" and "nsubj:pass")? */
static inline int rel_base(const tc *c, int i, const char *base)
{
    const char *r = rel(c, i);
    size_t n = strlen(base);
    return strncmp(r, base, n) == 0 && (r[n] == '\0' || r[n] == ':');
}

static inline int rel_is(const tc *c, int i, const char *name)
{
    return strcmp(rel(c, i), name) == 0;
}

static inline int head_of(const tc *c, int i)
{
    int h = c->t[i].head;
    return h >= 1 && h <= c->n ? h - 1 : -1;
}

/* Does token i lie in the subtree of token root? */
static inline int in_subtree(const tc *c, int i, int root)
{
    for (int d = 0; i >= 0 && d < c->n; d++, i = head_of(c, i))
        if (i == root)
            return 1;
    return 0;
}

static inline int word_is(const tc *c, int i, const char *w)
{
    return strcmp(c->lower[i], w) == 0 || strcmp(c->lem[i], w) == 0;
}


static inline int is_verb(const tc *c, int i)
{
    const pb_token *t = &c->t[i];
    return t->upos == PB_UPOS_VERB || (t->upos == 0 && t->xpos[0] == 'V');
}

/* The child of i with relation `name` (exact), or -1 (also for i = -1,
 * the head of a root). */
static inline int child_rel(const tc *c, int i, const char *name)
{
    for (int k = i >= 0 ? c->first_child[i] : -1; k >= 0; k = c->next_sib[k])
        if (rel_is(c, k, name))
            return k;
    return -1;
}

/* The case marker (preposition) of a nominal, or -1. */
static inline int case_of(const tc *c, int i)
{
    return child_rel(c, i, "case");
}

/* Is lemma w one of words (NULL-terminated)? */
static inline int lemma_in(const char *w, const char *const *words)
{
    for (int i = 0; words[i]; i++)
        if (strcmp(w, words[i]) == 0)
            return 1;
    return 0;
}

/* ---- tree_roles.c ------------------------------------------------------------ */

/* The head token of a mention: the one whose head lies outside it. */
int pb_tc_mention_head(const tc *c, const tc_mention *m);

/* The actors of the noun phrase at h and of the phrases listed with it.
 * A member with agents but no actor ("Danish media and government",
 * "lawmakers and officials in Fornost") takes the actors of the nearest
 * member that has some; agents with no actor anywhere give "---GOV",
 * PETRARCH's unknown-actor code (in the pipeline: nothing, so that other
 * roles are tried). */
void pb_tc_group_of(tc *c, int h, tc_group *g);

/* Is nominal k a border said to be "near" or "along" which something
 * lies? A state's word on it ("near the Libyan border") says where, not
 * whose or whom. */
int pb_tc_border_place(const tc *c, int k);
/* Is mention mi a state's word on such a border, hung on a party
 * ("rebels near the Libyan border"; not "deployed tanks along the
 * Lebanese border", aimed at Lebanon)? */
int pb_tc_border_word(const tc *c, int mi);
/* The subject of verb v: its own nsubj, or one inherited from the verb or
 * noun it depends on. *passive is set when the subject is nsubj:pass. */
int pb_tc_subject_of(const tc *c, int v, int *passive, int depth);

/* Is child k of a verb the party the verb is done to or addresses: its
 * object or indirect object, or the noun of "on", "upon", "to" or "with"
 * ("urged Israel", "called on Hamas", "appealed to them")? */
int pb_tc_addressed(const tc *c, int k);

/* The pipeline's last resort for a target: the agents of the noun
 * phrase at h when it names no actor ("---OPP" for "opposition
 * leaders"), which the events stage may give the source's state. */
void pb_tc_stateless_group_of(tc *c, int h, tc_group *g);
/* The agent a word modifying a thing names as its owner ("government"
 * in "government buildings", "militant" in "militant hideouts"), with
 * no state ("---GOV"), when the word is an agent mention. */
void pb_tc_owner_group_of(tc *c, int k, tc_group *g);

/* Is token i "he", "she", "it", "they", "him", "her" or "them" and no
 * actor mention? */
int pb_tc_is_personal_pronoun(const tc *c, int i);

/* The antecedent of a pronoun subject of verb v: the subject of the
 * nearest verb above v that has a subject of its own ("Ethiopia indicated
 * it would act"), or -1. */
int pb_tc_antecedent(const tc *c, int v);

/* The passive agent ("by X") of verb v, or -1; also one the parser hung
 * on an adverb of the verb ("was opposed earlier by Osgiliath"). */
int pb_tc_agent_of(const tc *c, int v);

/* Is v a subjectless adverbial clause of time ("after leaving Eriador",
 * "before leaving for Beijing")? PETRARCH reads it as the scene of the
 * main clause and codes no event of its own; the pipeline codes it as
 * an act of the main clause's subject ("after cutting ties with
 * Taiwan"). */
int pb_tc_time_clause(const tc *c, int v);

/* The source of a passive verb with no "by" phrase: an actor named inside
 * an oblique of cause or topic ("was criticized over its dispute with
 * Eriador"; not "over Ukraine", a place). Returns the oblique token
 * (-1: none) and fills g. */
int pb_tc_passive_source(tc *c, int v, tc_group *g);

/* Is nominal k where a meeting takes place ("met in Cairo", "talks at
 * Camp David") or what it is about ("talks on Gaza")? Set by
 * c->meeting. */
int pb_tc_meeting_place(const tc *c, int k);

/* Does nominal k only stand beside the act: compared ("unlike Biden"),
 * a time ("two days after Trump"), the gathering where it took place
 * ("at a U.N. Security Council meeting"), where a meeting was held
 * when the act is no meeting itself ("agreed … after talks in Beijing";
 * "attend a summit in Switzerland" visits it), a meeting's topic, or a
 * nationality said of
 * someone ("he could be Pakistani")? */
int pb_tc_beside_act(const tc *c, int k);
/* Is token i a relative pronoun ("who", "which", "that", "whom")? */
int pb_tc_is_relative_pronoun(const tc *c, int i);
/* Is token i, below verb v, inside a participle of reaction to v's act
 * or a relative clause of a noun that names the act ("raided the camp,
 * drawing criticism from Turkey", "seized the ship, a move that Turkey
 * condemned")? Those named there react to the act; they are not its
 * target (but "criticized the move, arguing Trump was …" names it). */
int pb_tc_aside_clause(const tc *c, int v, int i);
/* Is token i, below verb v, inside a gerund clause v's phrase gives as
 * its reason or charge ("arrested the mayor on suspicion of smuggling
 * cocaine into Guatemala")? Its parties are no target of v. */
int pb_tc_inside_charge(const tc *c, int v, int i);
/* Is token k a noun of intent whose "to" clause says what its owner means
 * to do ("plans to impose sanctions", "a decision to close")? */
int pb_tc_intent_noun(const tc *c, int k);

/* Is token i the agent of a participle modifying a summary of verb v's
 * clause set off by a comma ("have been disputing the sea for years, a
 * fight joined by Brunei"), or of a relative clause ("a coalition which
 * was joined by Australia"), who joins the act rather than undergoes
 * it? */
int pb_tc_summary_agent(const tc *c, int v, int i);

/* Fills the target group of verb v from its object, indirect object,
 * the nominal of the pattern's preposition (`prep`, a token or -1) or
 * first oblique naming an actor (skipping `skip`; not a meeting's
 * place). */
void pb_tc_target_of(tc *c, int v, int skip, int prep, tc_group *g);

/* Targets when the verb has no object: the subject of its complement
 * clause ("Arnor believes Dagolath can cope"; not in the pipeline, where
 * the clause is coded as its own event), else the first actor after the
 * verb within its own clause (marked by mark_scope), not in the subtree
 * of `skip` (the passive agent, or -1). */
void pb_tc_fallback_target(tc *c, int v, int vend, int skip, tc_group *g);

/* Has verb v "not", "n't" or "never"? */
int pb_tc_negated(const tc *c, int v);

#endif
