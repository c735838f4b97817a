/* tree_coder.h — the event coder on dependency trees with PETRARCH-style
 * dictionaries (petrarch_dict.h): actors by longest match (or given by the
 * actors stage), verb patterns matched around each verb, source and target
 * from grammatical roles. Reads tokens with lemmas, tags, heads and
 * relations; used by the validation runner and the pipeline (coder.h).
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
/* Pipeline fallback: tokens after a verb searched for a target. */
#define PB_TC_NEIGHBOUR_DISTANCE 12
/* Verbs up the tree searched for an inherited subject. */
#define PB_TC_MAX_CLIMB 4
/* The CAMEO root of statements; the pipeline reads their roles
 * strictly (tree_coder.c, code_verb). */
#define PB_TC_STATEMENT_ROOT "01"
/* The generic demand a statement of what must be makes, and the generic
 * appeal of what should be. */
#define PB_TC_DEMAND "100"
#define PB_TC_APPEAL "020"
/* a statement that an actor is to blame ("said India was responsible for
 * the bombing") */
#define PB_TC_ACCUSE "112"
/* A visit, whose target a place visited may imply ("visited Shanghai"). */
#define PB_TC_VISIT "042"
/* Mediation, whose targets are the parties mediated between. */
#define PB_TC_MEDIATE "045"
/* A non-military bombing ("killed by a bomb planted by …"). */
#define PB_TC_BOMBING "183"
/* A suicide bombing ("a suicide bomber killed 15 people"). */
#define PB_TC_SUICIDE_BOMBING "1831"
/* Destruction of property ("set fire to government buildings"), whose
 * target is the owner named on the thing. */
#define PB_TC_DESTROY_PROPERTY "1712"
/* Military retreat (087 and below), whose target a town left may imply
 * ("withdrew from Kharkiv"). */
#define PB_TC_RETREAT "087"
/* Resignation, yielding to demands for a change of leadership, and its
 * refusal. */
#define PB_TC_RESIGN "0831"
#define PB_TC_CLING "1231"
/* The CAMEO root of coercion (arrests, repression). */
#define PB_TC_COERCE_ROOT "17"
/* The CAMEO root of protests, whose target may be left implied. */
#define PB_TC_PROTEST_ROOT "14"
/* Demonstrating or rallying ("protesters gathered outside parliament"). */
#define PB_TC_DEMONSTRATE "141"
/* The target code of a protest that names none ("Thousands of Kurds
 * demonstrated in Kirkuk"): the pipeline's events stage gives it the
 * authorities of the place (event_coder.c). Its mention is -1. */
#define PB_TC_IMPLIED_TARGET ""
/* The source code of an arrest or a sentence in the passive that names
 * no one doing it ("2,000 people have been arrested in Venezuela", "the
 * opposition leader was sentenced to 20 years"): the events stage gives
 * it the police, or the courts, of the place or of the target's state.
 * Its mention is -1. */
#define PB_TC_IMPLIED_SOURCE ""
/* The target of force or repression aimed at a gathering ("police
 * dispersed the rally"): protesters no state claims, whom the events
 * stage places like any such people. */
#define PB_TC_GATHERED "---OPP"
/* The target of restrictions on a state's people that name none ("Iran
 * blocked the internet", "imposed a curfew": 1721, 1723): its public,
 * placed like any people no state claims. (A state of emergency, 1724,
 * is declared as often for storms and epidemics, and names its target.) */
#define PB_TC_PUBLIC "---CVL"
/* Express accord: agreeing that something is so (019). */
#define PB_TC_ACCORD "019"
/* A plain statement (010), and one of the speaker's outlook: pessimistic
 * (012) or optimistic (013). */
#define PB_TC_STATEMENT "010"
#define PB_TC_PESSIMISM "012"
#define PB_TC_OPTIMISM "013"
/* Express intent to de-escalate military engagement: force renounced
 * ("pledged not to use force"). */
#define PB_TC_DEESCALATE_INTENT "0356"
/* Expel or withdraw: those ordered to leave. */
#define PB_TC_EXPEL "166"
/* Arrest, detention (173); a sentence, a verdict (116). */
#define PB_TC_ARREST "173"
#define PB_TC_SENTENCE "116"
/* Investigate (root 09). */
#define PB_TC_INVESTIGATE_ROOT "09"

/* One coded event. Strings come from the dictionaries or the arena. */
typedef struct pb_tc_event {
    const char *source;   /* actor code, never NULL */
    const char *target;   /* actor code, never NULL; PB_TC_IMPLIED_TARGET:
                             none named */
    const char *code;     /* event code as the dictionary writes it */
    uint32_t verb;        /* 0-based index of the verb token */
    uint32_t pattern_line;/* verb-file line of the pattern, 0 = none */
    int source_mention;   /* index of the mention naming the source */
    int target_mention;   /* … and the target */
    uint8_t negated;      /* pb_tree_code_mentions: the verb is negated */
} pb_tc_event;

/* How a verb's object relates to its "to" complement ("urged Israel to
 * halt", "forced Iran to withdraw"): PB_CONTROL_ASKS when the object is
 * only asked to act, PB_CONTROL_MAKES when it is made to, so that it
 * does; 0 for other verbs. `lemma` is lower case. */
enum { PB_CONTROL_ASKS = 1, PB_CONTROL_MAKES = 2 };
int pb_object_control(const char *lemma);

/* Is a CAMEO code one of repression or force (roots 17–20), whose
 * target may be a place or people no state claims (event_coder.c)? */
int pb_tc_force_code(const char *code);
/* Is a CAMEO code a protest (root 14) or a threat of one (133,
 * "threatened to boycott the elections"), whose target may be left
 * implied (PB_TC_IMPLIED_TARGET)? */
int pb_tc_protest_code(const char *code);
/* Is a CAMEO code one an opposition yields or refuses to yield by at
 * home: resigning (0831), clinging to office (1231), easing its protests
 * (082) or agreeing to (0352)? Its state is the one state named
 * (event_coder.c). */
int pb_tc_opposition_yield_code(const char *code);

/* An actor mention found by the caller (pb_tree_code_mentions). */
typedef struct pb_tc_actor {
    uint32_t first, last; /* token span, inclusive */
    const char *code;     /* actor code, or the agent code when is_agent */
    uint8_t is_agent;     /* an agent alone ("officials"): composed with
                             the actor of its noun phrase */
    uint8_t takes_agents; /* the actor is a state: agents in its noun
                             phrase compose with it ("ISR" + "MIL") */
} pb_tc_actor;

/* Codes one sentence. `date` is YYYYMMDD (0 = unknown) for actor date
 * restrictions. Tokens need form and, for good results, lemma, upos,
 * head and deprel. Events (one per distinct source, target, code) and
 * scratch memory come from the arena. Returns 0, or -1 out of memory. */
int pb_tree_code_sentence(const pb_pdict *d, const pb_sentence *s,
                          int32_t date, pb_arena *arena, pb_tc_event **out,
                          size_t *n_out);

/* The same with the actor mentions given (in text order, as the actors
 * stage finds them; events' *_mention index this array) instead of the
 * dictionary's actor phrases. A negated verb keeps its code and its
 * events are marked `negated` (the pipeline sets the mode from it). An
 * agent that no actor claims gives a code starting "---".
 * `place_names` (NULL, or one flag per token) marks the head words of
 * the towns and regions the sentence names: as a verb's object such a
 * word is the "town" or "city" a pattern asks for ("captured Bakhmut"
 * as "capture town"). */
int pb_tree_code_mentions(const pb_pdict *d, const pb_sentence *s,
                          const pb_tc_actor *actors, size_t n_actors,
                          const uint8_t *place_names, pb_arena *arena,
                          pb_tc_event **out, size_t *n_out);

#endif
