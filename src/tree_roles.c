/* tree_roles.c — what the tree says about actors and roles, for the tree
 * coder (tree_coder.c): noun phrases to groups of actor codes (agents
 * composed with their actor, lists, actors listed inside a phrase,
 * coordinated state adjectives), and the roles of a verb — its subject
 * (inherited through xcomp, conj, relative clauses; the one blamed "for"
 * an act), passive agent, object or oblique target (not a meeting's
 * place), and the fallbacks where the tree names none.
 */
#include "tree_coder_int.h"
#include "lexicon.h"
#include "timex.h"

#include <stdio.h>

/* Relations whose subtrees are not part of a noun phrase's own words. */
static int np_boundary(const tc *c, int i)
{
    static const char *const cut[] = {"conj", "cc", "acl", "advcl", "ccomp",
                                      "xcomp", "parataxis", "punct", "appos",
                                      "dep", "list", "csubj", NULL};
    for (int k = 0; cut[k]; k++)
        if (rel_base(c, i, cut[k]))
            return 1;
    return 0;
}

/* Does "former", "ex" or "retired" stand before agent mention am, or
 * before the actor right in front of it ("Arnor former security
 * officials", "former Gondor prosecutors")? */
static int former_agent(const tc *c, const tc_mention *am, int actor_m)
{
    static const char *const words[] = {"former", "ex", "retired", NULL};
    uint32_t first = am->first;
    if (actor_m >= 0 && c->m[actor_m].last + 1 == first)
        first = c->m[actor_m].first;
    return first > 0 && lemma_in(c->lower[first - 1], words);
}

/* Composes an actor with the agents of its phrase, in text order
 * ("GON" + "~GOV" → "GONGOV", "NGO~" + "ARN" → "NGOARN"); agents without
 * an actor give "---GOV", PETRARCH's unknown-actor code. A state organ's
 * agent after "former" is the elite, as CAMEO codes former officials
 * ("former Gondor prosecutors" → "GONELI"). */
static const char *compose(tc *c, int actor_m, const int *agents,
                           int n_agents)
{
    const char *actor = actor_m >= 0 ? c->m[actor_m].code : NULL;
    if (n_agents == 0 || (actor_m >= 0 && c->m[actor_m].fixed))
        return actor;
    char buf[PB_PD_MAX_CODE * 4];
    snprintf(buf, sizeof buf, "%s", actor ? actor : "---");
    for (int i = 0; i < n_agents; i++) {
        const pb_pd_phrase *ag = c->m[agents[i]].phrase;
        const tc_mention *am = &c->m[agents[i]];
        if (n_agents > 1 && pb_crowd_word(c->lower[am->last]))
            continue; /* "20 people, including two opposition lawmakers":
                         the lawmakers say who they are */
        const char *agent = ag->agent;
        if (!ag->agent_prefix && pb_agent_is_state_organ(agent) &&
            former_agent(c, am, actor_m))
            agent = PB_ELITE_AGENT;
        size_t nb = strlen(buf), ng = strlen(agent);
        if (nb >= ng && strcmp(buf + nb - ng, agent) == 0)
            continue;
        char tmp[sizeof buf];
        int n = ag->agent_prefix
                    ? snprintf(tmp, sizeof tmp, "%s%s", agent,
                               strncmp(buf, "---", 3) == 0 ? buf + 3 : buf)
                    : snprintf(tmp, sizeof tmp, "%s%s", buf, agent);
        if (n < 0 || (size_t)n >= sizeof tmp)
            continue; /* no code grows past four agents' room */
        memcpy(buf, tmp, sizeof buf);
    }
    char *out = pb_arena_strdup(c->arena, buf);
    if (!out)
        c->failed = 1;
    return out;
}

int pb_tc_border_place(const tc *c, int k)
{
    static const char *const beside[] = {"near", "along", NULL};
    static const char *const borders[] = {"border", "frontier", NULL};
    int cs = case_of(c, k);
    return cs >= 0 && lemma_in(c->lower[cs], beside) &&
           lemma_in(c->lem[k], borders);
}

/* Is mention mo an agent of people or armed men no state owns here
 * ("rebels", "militants", "refugees"), whom a border near them does not
 * make a state's; a state's forces there face that state? */
static int border_party(const tc *c, int mo)
{
    static const char *const outsiders[] = {"REB", "INS", "UAF", "CRM",
                                            "OPP", "CVL", "REF", NULL};
    const pb_pd_phrase *p = c->m[mo].phrase;
    return p->is_agent && p->agent && lemma_in(p->agent, outsiders);
}

/* The actor's token a phrase at token k belongs to, climbing through the
 * nouns with no actor it is hung on ("militants in an operation near the
 * border": from "operation" to "militants"); k itself when it names one,
 * or the last token reached. */
static int phrase_owner(const tc *c, int k)
{
    for (int d = 0; d < 3 && k >= 0 && c->mention_at[k] < 0 &&
                    rel_base(c, k, "nmod");
         d++)
        k = head_of(c, k);
    return k;
}

int pb_tc_border_word(const tc *c, int mi)
{
    int h = pb_tc_mention_head(c, &c->m[mi]);
    int b = h >= 0 ? head_of(c, h) : -1;
    /* (through the phrase the border ends: "militants in an operation
     * near the border with Niger") */
    int of = b >= 0 ? phrase_owner(c, head_of(c, b)) : -1;
    int cs = case_of(c, h), with = cs >= 0 && strcmp(c->lower[cs], "with") == 0;
    return of >= 0 && c->mention_at[of] >= 0 &&
           (rel_is(c, h, "amod") || rel_is(c, h, "compound") ||
            (rel_is(c, h, "nmod") && with)) &&
           pb_tc_border_place(c, b) && rel_is(c, b, "nmod") &&
           border_party(c, c->mention_at[of]);
}

/* Does the phrase of nominal k name an actor that is no mere agent (a
 * state, a group)? */
static int names_state(const tc *c, int k)
{
    for (int i = 0; i < c->n; i++) {
        int mi = c->mention_at[i];
        if (mi < 0 || c->m[mi].phrase->is_agent)
            continue;
        for (int j = i, d = 0; j >= 0 && d < c->n; j = head_of(c, j), d++)
            if (j == k)
                return 1;
    }
    return 0;
}

/* Does nominal k, in a noun phrase, stand beside what the phrase names
 * ("sanctions despite the Kremlin's expectations", "talks amid tensions
 * with Israel", "agreements during Erdogan's visit"), say where it
 * goes ("brigades to the border with Lebanon" are not Lebanon's) or
 * name a building or border it is at? */
static int set_aside(const tc *c, int k)
{
    static const char *const preps[] = {"despite", "amid", "unlike",
                                        "besides", "beyond", "except",
                                        "during", NULL};
    static const char *const towards[] = {"to", "toward", "towards", NULL};
    static const char *const around[] = {"outside", "inside", NULL};
    int cs = rel_base(c, k, "nmod") ? case_of(c, k) : -1;
    for (int i = 0; cs >= 0 && preps[i]; i++)
        if (strcmp(c->lower[cs], preps[i]) == 0)
            return 1;
    /* a building that says where ("people outside parliament", "outside
     * the parliament building"), not a state's place ("a bomb outside
     * the Iraqi city of Basra") */
    if (cs >= 0 && lemma_in(c->lower[cs], around) && !names_state(c, k))
        return 1;
    /* a border that says where ("rebels near the Libyan border" are not
     * Libya's, nor "militants in an operation near the border with
     * Niger" Niger's) */
    int party = cs >= 0 && pb_tc_border_place(c, k)
                    ? phrase_owner(c, head_of(c, k))
                    : -1;
    if (party >= 0 && c->mention_at[party] >= 0 &&
        border_party(c, c->mention_at[party]))
        return 1;
    /* a place the phrase goes to, not a state named as its home
     * ("criminals extradited to China" are China's) */
    return cs >= 0 && c->mention_at[k] < 0 && lemma_in(c->lower[cs], towards);
}

/* Is nominal k, in a meeting's phrase, what the meeting is about ("a
 * conference on Iranian interference", "talks over Syria")? */
static int meeting_topic(const tc *c, int k)
{
    static const char *const about[] = {"on", "about", "over", "regarding",
                                        "concerning", NULL};
    for (int d = 0; c->meeting && k >= 0 && d < 4; d++, k = head_of(c, k)) {
        int cs = case_of(c, k);
        for (int i = 0; cs >= 0 && about[i]; i++)
            if (strcmp(c->lower[cs], about[i]) == 0)
                return 1;
    }
    return 0;
}

/* Is nominal k, hung on the meeting noun i, where the meeting is held
 * ("convene a meeting in Beijing with Iran", "agreed to restore
 * relations after talks in Beijing"), or on any noun of a mutual act
 * ("signed a pact in Paris")? The place is no party. */
static int meeting_venue(const tc *c, int i, int k)
{
    static const char *const meetings[] = {"meeting", "talk", "summit",
                                           "conference", "session",
                                           "gathering", "forum",
                                           "negotiation", "dialogue",
                                           "consultation", NULL};
    static const char *const at[] = {"in", "at", "near", NULL};
    if (i < 0 || !rel_base(c, k, "nmod"))
        return 0;
    int cs = case_of(c, k), noun = c->mutual;
    for (int w = 0; meetings[w]; w++)
        noun |= strcmp(c->lem[i], meetings[w]) == 0;
    for (int w = 0; noun && cs >= 0 && at[w]; w++)
        if (strcmp(c->lower[cs], at[w]) == 0)
            return 1;
    return 0;
}

/* How a mention with head token t, inside the noun phrase headed by h,
 * stands to the phrase's act, the one most acted on first: 0 when its
 * nominal, a dependent of h, is marked "by" (the agent of an act that is
 * itself judged or investigated: "investigating crimes by extremists
 * against civilians"), 1 "against" (an offensive "in Syria against
 * Islamic State"), 3 a place preposition (where the act happens), else
 * 2. */
static int np_role_rank(const tc *c, int t, int h)
{
    static const char *const places[] = {"in", "at", "near", "inside",
                                         NULL};
    for (int d = 0; t >= 0 && t != h && d < 2; d++, t = head_of(c, t)) {
        int cs = case_of(c, t);
        if (cs < 0)
            continue;
        if (head_of(c, t) != h)
            return 2; /* deeper: "a ruling on the prorogation by X" */
        if (strcmp(c->lower[cs], "by") == 0)
            return 0;
        if (strcmp(c->lower[cs], "against") == 0)
            return 1;
        for (int i = 0; places[i]; i++)
            if (strcmp(c->lower[cs], places[i]) == 0)
                return 3;
        return 2;
    }
    return 2;
}

/* The nominal holding token t, inside the phrase headed by h, when a
 * preposition of direction or nearness marks it ("to Russia", "against
 * the Mordor police", "warplanes around Taiwan"), or "from" where the
 * phrase is withdrawn ("the withdrawal of forces from Panama"): it names
 * whom the phrase's thing goes to or where it is, not whose it is; else
 * -1. */
static int directed_nominal(const tc *c, int t, int h)
{
    static const char *const towards[] = {"to", "into", "toward", "towards",
                                          "against", "for", "around", "near",
                                          "off", NULL};
    static const char *const leaving[] = {"withdrawal", "pullout",
                                          "evacuation", "retreat", "removal",
                                          NULL};
    int g = h >= 0 ? head_of(c, h) : -1;
    int withdrawn = (h >= 0 && lemma_in(c->lem[h], leaving)) ||
                    (g >= 0 && lemma_in(c->lem[g], leaving));
    for (int d = 0; t >= 0 && t != h && d < 3; d++, t = head_of(c, t)) {
        int cs = case_of(c, t);
        if (cs >= 0)
            return lemma_in(c->lower[cs], towards) ||
                           (withdrawn && strcmp(c->lower[cs], "from") == 0)
                       ? t
                       : -1;
    }
    return -1;
}

/* Is agent mention m an adjective on a common noun that names no actor
 * ("a military aid package for Ukraine"), and so no agent of the
 * phrase's actor ("military officials of Ukraine")? Compounds are left
 * alone: a noun the dictionaries lack may still name people ("world
 * government activists"). */
static int modifies_thing(const tc *c, const tc_mention *m)
{
    int t = pb_tc_mention_head(c, m), o = head_of(c, t);
    if (o < 0 || c->mention_at[o] >= 0)
        return 0;
    const pb_token *thing = &c->t[o];
    int common_noun = thing->upos ? thing->upos == PB_UPOS_NOUN
                                  : strncmp(thing->xpos, "NN", 2) == 0 &&
                                        thing->xpos[2] != 'P';
    return common_noun && rel_is(c, t, "amod");
}

/* Is token k a noun of mediation or sponsorship ("under Russian
 * auspices")? Those it names are no party to the act. */
static int mediation_noun(const tc *c, int k)
{
    static const char *const mediations[] = {
        "mediation", "auspices", "auspice", "aegis", "sponsorship",
        "patronage", "brokering", "facilitation", NULL};
    return lemma_in(c->lem[k], mediations);
}

/* The parts of the noun phrase headed by h: the mention naming its actor
 * (the one at its head, else the first in text of those np_role_rank puts
 * first; -1 when none) and its agent mentions in text order. */
/* The state a name's title says he serves ("Ithilen's minister
 * Calimehtar": Ithilen's mention, whatever the name's own code says),
 * or -1: the description tells whom he acts for at the time. */
static int title_owner(const tc *c, int h)
{
    for (int k = c->first_child[h]; k >= 0; k = c->next_sib[k]) {
        int mk = c->mention_at[k];
        if (!rel_is(c, k, "compound") || mk < 0 || !c->m[mk].phrase ||
            !c->m[mk].phrase->is_agent)
            continue;
        int p = child_rel(c, k, "nmod:poss");
        int mp = p >= 0 ? c->mention_at[p] : -1;
        if (mp >= 0 && c->m[mp].code &&
            !(c->m[mp].phrase && c->m[mp].phrase->is_agent))
            return mp;
    }
    return -1;
}

/* Is code a named group or organ of the state coded state ("SDNREBRSF",
 * "AFGREBTAL" of "SDN", "AFG")? In "Sudan's RSF fighters" the group, not the
 * state that owns it, is the phrase's actor (when both name the same
 * noun: not "a protest with Tehran after an Iranian navy vessel …"). */
static int group_of_state(const char *code, const char *state)
{
    size_t n = strlen(state);
    return n == 3 && strlen(code) > n && strncmp(code, state, n) == 0;
}

static int np_parts(tc *c, int h, int *agents, int *n_agents)
{
    int stack[PB_SYNTAX_MAX_TOKENS];
    int sp = 0, actor = -1, actor_rank = 0;
    *n_agents = 0;
    stack[sp++] = h;
    memset(c->seen, 0, (size_t)c->n);
    while (sp) {
        int i = stack[--sp];
        if (c->seen[i])
            continue;
        c->seen[i] = 1;
        int mi = c->mention_at[i];
        if (mi >= 0) {
            const tc_mention *m = &c->m[mi];
            if (m->phrase->is_agent && !modifies_thing(c, m)) {
                int dup = 0;
                for (int k = 0; k < *n_agents; k++)
                    dup |= agents[k] == mi;
                if (!dup && *n_agents < PB_TC_MAX_GROUP)
                    agents[(*n_agents)++] = mi;
            } else if (m->code) {
                int rank = np_role_rank(c, pb_tc_mention_head(c, m), h);
                /* (a group of the state named on the same noun:
                 * "Sudan's RSF fighters") */
                int same_noun =
                    actor >= 0 &&
                    head_of(c, pb_tc_mention_head(c, m)) ==
                        head_of(c, pb_tc_mention_head(c, &c->m[actor]));
                if (actor < 0 || rank < actor_rank ||
                    (rank == actor_rank &&
                     (m->first < c->m[actor].first ||
                      (same_noun &&
                       group_of_state(m->code, c->m[actor].code))) &&
                     !(same_noun &&
                       group_of_state(c->m[actor].code, m->code)))) {
                    actor = mi;
                    actor_rank = rank;
                }
            }
        }
        for (int k = c->first_child[i]; k >= 0; k = c->next_sib[k]) {
            /* "positions used by Iran's Revolutionary Guards", "drones
             * launched by Russia": the agent of a participle of use or
             * control owns the thing acted on (in the pipeline); a
             * thing that acts ("phones used by Houthi commanders
             * exploded") is the agent's only when the agent sent it */
            static const char *const owning[] = {
                "use", "operate", "run", "control", "hold", "occupy",
                "own", "man", NULL};
            static const char *const sending[] = {"launch", "fire",
                                                  "deploy", NULL};
            int by = c->pipeline && rel_is(c, k, "acl") &&
                             strcmp(c->t[k].xpos, "VBN") == 0 &&
                             (lemma_in(c->lem[k], sending) ||
                              (lemma_in(c->lem[k], owning) &&
                               (rel_base(c, h, "obj") ||
                                rel_base(c, h, "obl") ||
                                rel_base(c, h, "nmod"))))
                         ? child_rel(c, k, "obl:agent")
                         : -1;
            if (by >= 0 && sp < PB_SYNTAX_MAX_TOKENS)
                stack[sp++] = by;
            if (!np_boundary(c, k) && !meeting_topic(c, k) &&
                !(c->meeting && meeting_venue(c, i, k)) &&
                !set_aside(c, k) &&
                !(c->pipeline && rel_base(c, k, "nmod") &&
                  mediation_noun(c, k)) &&
                sp < PB_SYNTAX_MAX_TOKENS)
                stack[sp++] = k;
        }
    }
    int hm = c->mention_at[h];
    if (hm >= 0 && c->m[hm].code)
        actor = hm;
    int owner = hm >= 0 ? title_owner(c, h) : -1;
    if (owner >= 0)
        actor = owner;
    if (actor >= 0) {
        /* "Turkey's rival Greece": the possessed actor, not its owner */
        int t = pb_tc_mention_head(c, &c->m[actor]), o = head_of(c, t);
        int om = o >= 0 ? c->mention_at[o] : -1;
        if (rel_is(c, t, "nmod:poss") && om >= 0 && c->m[om].code &&
            !c->m[om].phrase->is_agent)
            actor = om;
    }
    int to = actor >= 0
                 ? directed_nominal(c, pb_tc_mention_head(c, &c->m[actor]), h)
                 : -1;
    if (to >= 0) {
        /* "drones to Russia", "the envoy to Moscow": a state's organs
         * outside the actor's nominal are not its own (but "extradite
         * the criminals to China" returns China's) */
        static const char *const organs[] = {"MIL", "GOV", "SPY", "COP",
                                             NULL};
        int kept = 0, t = to;
        for (int i = 0; i < *n_agents; i++) {
            const char *ag = c->m[agents[i]].phrase->agent;
            if (in_subtree(c, pb_tc_mention_head(c, &c->m[agents[i]]), t) ||
                !ag || !lemma_in(ag, organs))
                agents[kept++] = agents[i];
        }
        *n_agents = kept;
    }
    for (int i = 1; i < *n_agents; i++)
        for (int k = i; k > 0 && c->m[agents[k]].first <
                                     c->m[agents[k - 1]].first; k--) {
            int t = agents[k];
            agents[k] = agents[k - 1];
            agents[k - 1] = t;
        }
    return actor;
}

static void group_add1(tc *c, tc_group *g, const char *code, size_t n,
                       int mention)
{
    if (n == 0 || g->n >= PB_TC_MAX_GROUP)
        return;
    for (int i = 0; i < g->n; i++)
        if (strlen(g->codes[i]) == n && strncmp(g->codes[i], code, n) == 0)
            return;
    const char *copy = code[n] ? pb_arena_strndup(c->arena, code, n) : code;
    if (!copy)
        c->failed = 1;
    else {
        g->mention[g->n] = mention;
        g->codes[g->n++] = copy;
    }
}

/* Adds a code named by a mention to a group; "FRO/BIL/SAM" names three
 * actors. */
static void group_add(tc *c, tc_group *g, const char *code, int mention)
{
    while (code && *code) {
        size_t n = strcspn(code, "/");
        group_add1(c, g, code, n, mention);
        code += n + (code[n] == '/');
    }
}

/* The head token of a mention: the one whose head lies outside it. */
int pb_tc_mention_head(const tc *c, const tc_mention *m)
{
    for (uint32_t i = m->first; i <= m->last; i++) {
        int h = head_of(c, (int)i);
        if (h < (int)m->first || h > (int)m->last)
            return (int)i;
    }
    return (int)m->last;
}

/* Does k join its head as another item of a list ("Arnor and Gondor";
 * "Mordor, the awful Fornost, and Gondor" is often parsed with appos)?
 * Clauses are never list items. */
static int list_item(const tc *c, int k)
{
    return (rel_base(c, k, "conj") || rel_is(c, k, "appos")) &&
           !is_verb(c, k);
}

/* One item of a list: its actor mentions (the NP's own actor and the
 * actors listed with it inside the NP: "ties with Mordor, Rohan and
 * Bree") and its agent mentions. */
typedef struct tc_member {
    int actors[PB_TC_MAX_GROUP], n_actors;
    int agents[PB_TC_MAX_GROUP], n_agents;
    const char *shared_agent; /* the agent code the first actor's name
                                 gives the others ("the presidents of
                                 France and Germany": "GOV"), or NULL */
} tc_member;

/* Adds the actors listed with mention head t (conj and appos items that
 * name an actor and no agent of their own). */
static void listed_actors(tc *c, int t, tc_member *mb, int depth)
{
    if (depth > PB_TC_MAX_GROUP)
        return;
    for (int k = c->first_child[t]; k >= 0; k = c->next_sib[k]) {
        if (!list_item(c, k))
            continue;
        int ag[PB_TC_MAX_GROUP], n_ag;
        int mi = np_parts(c, k, ag, &n_ag);
        if (mi < 0 || n_ag)
            continue;
        if (mb->n_actors < PB_TC_MAX_GROUP)
            mb->actors[mb->n_actors++] = mi;
        listed_actors(c, k, mb, depth + 1);
    }
}

/* Adds the actors coordinated with the first word of mention a inside
 * its own phrase ("Hungarian and Romanian officials": "Romanian" is a
 * conj of "Hungarian", which modifies "officials"). */
static void coordinated_modifiers(tc *c, int a, tc_member *mb)
{
    int i = (int)c->m[a].first, j = head_of(c, i);
    int jh = j >= 0 ? head_of(c, j) : -1;
    if (!rel_base(c, i, "conj") || jh <= i || jh > (int)c->m[a].last)
        return;
    for (int k = j; k >= 0; k = k == j ? c->first_child[j] : c->next_sib[k]) {
        int mk = c->mention_at[k];
        if ((k == j || rel_base(c, k, "conj")) && mk >= 0 && mk != a &&
            c->m[mk].code && mb->n_actors < PB_TC_MAX_GROUP)
            mb->actors[mb->n_actors++] = mk;
    }
}

static void member_of(tc *c, int h, tc_member *mb)
{
    mb->n_actors = 0;
    mb->shared_agent = NULL;
    int a = np_parts(c, h, mb->agents, &mb->n_agents);
    if (a < 0)
        return;
    mb->actors[mb->n_actors++] = a;
    coordinated_modifiers(c, a, mb);
    int t = pb_tc_mention_head(c, &c->m[a]);
    if (t != h && c->mention_at[h] != a)
        listed_actors(c, t, mb, 0);
    else if ((int)c->m[a].last != t &&
             rel_is(c, (int)c->m[a].last, "nmod")) {
        /* "the presidents of France and Germany": one name for the
         * first, its country's list for the rest, with the same agent */
        listed_actors(c, (int)c->m[a].last, mb, 0);
        const char *code = c->m[a].code;
        if (mb->n_actors > 1 && code && strlen(code) > 3)
            mb->shared_agent = code + 3;
    }
}

/* Is appos k the name of the one common noun h describes ("Iranian
 * general, Qasem Soleimani")? Then it is no second item of a list: the
 * description, which says what the person was at the time, stands for
 * both. */
static int names_the_same(const tc *c, int h, int k)
{
    return c->pipeline && rel_is(c, k, "appos") &&
           c->t[h].upos == PB_UPOS_NOUN && c->t[k].upos == PB_UPOS_PROPN &&
           strcmp(c->t[h].xpos, "NN") == 0;
}

/* Does appos k describe a person by an actor that modifies its noun
 * directly ("the UN envoy", "an Afghan writer", "Puerto Rico's
 * governor"), not by a phrase hung on it ("president of Cameroon's
 * association of poultry farmers", "a professor at a university in
 * Tokyo")? */
static int described_by_actor(const tc *c, int k)
{
    for (int j = c->first_child[k]; j >= 0; j = c->next_sib[j])
        if (strcmp(c->lower[j], "former") == 0)
            return 0; /* "a former CIA official" acts for nobody */
    for (int j = c->first_child[k]; j >= 0; j = c->next_sib[j]) {
        int mj = c->mention_at[j];
        if (mj >= 0 && c->m[mj].code &&
            (rel_is(c, j, "compound") || rel_is(c, j, "amod") ||
             rel_is(c, j, "nmod:poss")))
            return 1;
    }
    return 0;
}

/* Is appos k a noun of a relation to another party ("China, a close
 * ally of Pakistan", "Iran's neighbour Iraq")? That party is no item of
 * the list. */
static int relation_to_other(const tc *c, int k)
{
    static const char *const relations[] = {
        "ally", "neighbour", "neighbor", "partner", "rival", "enemy", "foe",
        "friend", "backer", "supporter", "adversary", "patron", "client",
        "creditor", NULL};
    return rel_is(c, k, "appos") && c->t[k].upos == PB_UPOS_NOUN &&
           lemma_in(c->lem[k], relations);
}

/* The heads of the list headed by h, h first: conj items, and appos
 * items of an actor or of a name no actor claims, described by an actor
 * ("Kenzo Oshima, the UN envoy": the description says whom he acts
 * for). */
static int list_members(const tc *c, int h, int *out, int n, int depth)
{
    if (n < PB_TC_MAX_GROUP)
        out[n++] = h;
    if (depth > PB_TC_MAX_GROUP)
        return n;
    for (int k = c->first_child[h]; k >= 0; k = c->next_sib[k]) {
        if (!list_item(c, k) || (c->pipeline && relation_to_other(c, k)) ||
            !(rel_base(c, k, "conj") || c->mention_at[h] >= 0 ||
              (c->pipeline && c->t[h].upos == PB_UPOS_PROPN &&
               described_by_actor(c, k))))
            continue;
        if (!names_the_same(c, h, k)) {
            n = list_members(c, k, out, n, depth + 1);
            continue;
        }
        /* the name is no item, but the items hung on it are ("leader
         * Muammar Gaddafi and President Todor Zhivkov") */
        for (int j = c->first_child[k]; j >= 0; j = c->next_sib[j])
            if (rel_base(c, j, "conj") && !is_verb(c, j))
                n = list_members(c, j, out, n, depth + 1);
    }
    return n;
}

/* The actors of the noun phrase at h and of the phrases listed with it.
 * A member with agents but no actor ("Danish media and government",
 * "lawmakers and officials in Fornost") takes the actors of the nearest
 * member that has some; agents with no actor anywhere give "---GOV",
 * PETRARCH's unknown-actor code (in the pipeline: nothing, so that other
 * roles are tried). */
void pb_tc_group_of(tc *c, int h, tc_group *g)
{
    if (h < 0)
        return;
    int heads[PB_TC_MAX_GROUP];
    tc_member mb[PB_TC_MAX_GROUP];
    int n = list_members(c, h, heads, 0, 0);
    for (int i = 0; i < n; i++)
        member_of(c, heads[i], &mb[i]);
    for (int i = 0; i < n; i++) {
        const tc_member *from = &mb[i];
        for (int d = 1; !from->n_actors && mb[i].n_agents && d < n; d++) {
            if (i + d < n && mb[i + d].n_actors)
                from = &mb[i + d];
            else if (i - d >= 0 && mb[i - d].n_actors)
                from = &mb[i - d];
        }
        if (!from->n_actors && mb[i].n_agents && !c->pipeline)
            group_add(c, g, compose(c, -1, mb[i].agents, mb[i].n_agents),
                      mb[i].agents[0]);
        for (int k = 0; k < from->n_actors; k++) {
            const char *code = compose(c, from->actors[k], mb[i].agents,
                                       mb[i].n_agents);
            if (k > 0 && from->shared_agent && code && strlen(code) == 3) {
                char buf[PB_PD_MAX_CODE];
                snprintf(buf, sizeof buf, "%s%s", code, from->shared_agent);
                code = pb_arena_strdup(c->arena, buf);
                if (!code)
                    c->failed = 1;
            }
            group_add(c, g, code, from->actors[k]);
        }
    }
}

void pb_tc_stateless_group_of(tc *c, int h, tc_group *g)
{
    int agents[PB_TC_MAX_GROUP], n_agents;
    if (h >= 0 && np_parts(c, h, agents, &n_agents) < 0 && n_agents > 0) {
        group_add(c, g, compose(c, -1, agents, n_agents), agents[0]);
        return;
    }
    /* "Freeman Mbowe, the opposition leader": a name no actor claims is
     * what its apposition says */
    int a = h >= 0 && c->pipeline && c->t[h].upos == PB_UPOS_PROPN &&
                    c->mention_at[h] < 0
                ? child_rel(c, h, "appos")
                : -1;
    if (a >= 0 && np_parts(c, a, agents, &n_agents) < 0 && n_agents > 0)
        group_add(c, g, compose(c, -1, agents, n_agents), agents[0]);
}

void pb_tc_owner_group_of(tc *c, int k, tc_group *g)
{
    int mi = k >= 0 ? c->mention_at[k] : -1;
    if (mi < 0 || !c->m[mi].phrase->is_agent)
        return;
    group_add(c, g, compose(c, -1, &mi, 1), mi);
}

/* ---- roles ----------------------------------------------------------------- */

int pb_tc_is_relative_pronoun(const tc *c, int i)
{
    static const char *const rel_words[] = {"who", "which", "that", "whom",
                                            NULL};
    for (int k = 0; rel_words[k]; k++)
        if (strcmp(c->lower[i], rel_words[k]) == 0)
            return 1;
    return 0;
}

int pb_object_control(const char *lemma)
{
    static const char *const asks[] = {
        "urge", "ask", "encourage", "pressure", "press", "push", "invite",
        "tell", "order", "instruct", "implore", "lobby", "advise", "remind",
        "request", "exhort", "beg", "challenge", "call", "appeal", "warn",
        "caution", NULL};
    static const char *const makes[] = {
        "force", "compel", "persuade", "convince", "oblige", "help",
        "allow", "permit", "enable", "get", "lead", "cause", "prompt",
        "spur", "drive", "provoke", NULL};
    for (int k = 0; asks[k]; k++)
        if (strcmp(lemma, asks[k]) == 0)
            return PB_CONTROL_ASKS;
    for (int k = 0; makes[k]; k++)
        if (strcmp(lemma, makes[k]) == 0)
            return PB_CONTROL_MAKES;
    return 0;
}

int pb_tc_addressed(const tc *c, int k)
{
    static const char *const preps[] = {"on", "upon", "to", "with", NULL};
    if (rel_is(c, k, "obj") || rel_is(c, k, "iobj"))
        return 1;
    int cs = rel_base(c, k, "obl") ? case_of(c, k) : -1;
    for (int i = 0; cs >= 0 && preps[i]; i++)
        if (strcmp(c->lower[cs], preps[i]) == 0)
            return 1;
    return 0;
}

int pb_tc_protest_code(const char *code)
{
    return code && (strncmp(code, PB_TC_PROTEST_ROOT, 2) == 0 ||
                    strcmp(code, "133") == 0);
}

int pb_tc_opposition_yield_code(const char *code)
{
    return code && (strcmp(code, PB_TC_RESIGN) == 0 ||
                    strcmp(code, PB_TC_CLING) == 0 ||
                    strncmp(code, "082", 3) == 0 ||
                    strcmp(code, "0352") == 0);
}

int pb_tc_force_code(const char *code)
{
    static const char *const roots[] = {"17", "18", "19", "20", NULL};
    for (int i = 0; code && roots[i]; i++)
        if (strncmp(code, roots[i], 2) == 0)
            return 1;
    return 0;
}

/* Whom verb h asks before token v: its object, or the noun of "on",
 * "upon" or "to" ("called on Hamas to", "appealed to Israel to"; not an
 * indirect object, which before a "to" clause is as often a recipient:
 * "asked Tehran and Damascus to provide information"); -1. */
static int addressee(const tc *c, int h, int v)
{
    for (int k = c->first_child[h]; k >= 0 && k < v; k = c->next_sib[k]) {
        int cs = rel_base(c, k, "obl") ? case_of(c, k) : -1;
        if (rel_is(c, k, "obj") ||
            (pb_tc_addressed(c, k) && cs >= 0 &&
             strcmp(c->lower[cs], "with") != 0))
            return k;
    }
    return -1;
}

/* The one verb h asks or makes do v, when v is a subjectless "to" clause
 * parsed as advcl ("encouraged Ukraine to investigate"), or a gerund
 * warned against ("warned Washington against selling", where the parser
 * may read the one warned as an indirect object); -1 when v is neither. */
static int controller(const tc *c, int v, int h)
{
    int m = child_rel(c, v, "mark");
    if (!rel_is(c, v, "advcl") || m < 0 || !pb_object_control(c->lem[h]))
        return -1;
    if (strcmp(c->lower[m], "to") == 0)
        return addressee(c, h, v);
    if (strcmp(c->lower[m], "against") != 0 ||
        strcmp(c->t[v].xpos, "VBG") != 0 ||
        pb_object_control(c->lem[h]) != PB_CONTROL_ASKS)
        return -1;
    for (int k = c->first_child[h]; k >= 0 && k < v; k = c->next_sib[k])
        if (rel_is(c, k, "obj") || rel_is(c, k, "iobj"))
            return k;
    return -1;
}

/* The subject of verb v: its own nsubj, or one inherited from the verb or
 * noun it depends on. *passive is set when the subject is nsubj:pass. */
int pb_tc_intent_noun(const tc *c, int k)
{
    static const char *const intents[] = {"plan", "intention", "commitment",
                                          "readiness", "willingness",
                                          "determination", "decision",
                                          "process", "move", NULL};
    return k >= 0 && lemma_in(c->lem[k], intents);
}

/* Acts done to people, whose participle with no object says what they
 * suffered ("refugees expelled from Ethiopia", "ten soldiers killed"). */
static const char *const suffered_acts[] = {
    "expel", "deport", "detain", "arrest", "kill", "wound", "injure",
    "abduct", "kidnap", "displace", "imprison", "jail", "capture",
    "evacuate", "execute", "sentence", "convict", "exile", "torture",
    "free", "release", "seek", "want", NULL};

/* Has noun h a dependent an actor names ("an EU statement", "Egypt's
 * letter")? */
static int actor_modifier(const tc *c, int h)
{
    for (int k = c->first_child[h]; k >= 0; k = c->next_sib[k])
        if (c->mention_at[k] >= 0 &&
            (rel_is(c, k, "compound") || rel_is(c, k, "amod") ||
             rel_is(c, k, "nmod:poss") || rel_is(c, k, "nmod")))
            return 1;
    return 0;
}

int pb_tc_subject_of(const tc *c, int v, int *passive, int depth)
{
    *passive = 0;
    if (v < 0)
        return -1; /* above the root */
    int s = child_rel(c, v, "nsubj");
    if (s < 0)
        s = child_rel(c, v, "nsubj:xsubj");
    if (c->pipeline && s >= 0 && rel_is(c, v, "ccomp") &&
        (strcmp(c->t[v].xpos, "VBN") == 0 ||
         strcmp(c->t[v].xpos, "VBD") == 0) &&
        child_rel(c, v, "aux") < 0 && child_rel(c, v, "obj") < 0 &&
        child_rel(c, v, "ccomp") < 0 && child_rel(c, v, "xcomp") < 0 &&
        lemma_in(c->lem[v], suffered_acts))
        *passive = 1; /* "Ten Russian soldiers killed in Ukraine, officials
                         said": a reported participle (read as a past
                         tense or not), its subject the one it is done to:
                         these verbs take an object when active (a main
                         verb keeps its subject: "a court convicted Turkey
                         of …" parsed with no object) */
    /* "Serb forces were engaged in ethnic cleansing", "is involved in
     * attacks": a state, not a passive; its subject acts */
    static const char *const engaged[] = {"engage", "involve", NULL};
    if (s < 0 && (s = child_rel(c, v, "nsubj:pass")) >= 0 &&
        !(lemma_in(c->lem[v], engaged) &&
          child_rel(c, v, "obl:agent") < 0))
        *passive = 1;
    int by = child_rel(c, v, "obl:agent");
    by = by >= 0 ? case_of(c, by) : -1;
    if (s >= 0 && by >= 0 && strcmp(c->lower[by], "by") == 0 &&
        strcmp(c->t[v].xpos, "VBN") == 0)
        *passive = 1; /* "forces backed by Djiboutian soldiers" */
    int h = head_of(c, v);
    if (s >= 0 && pb_tc_is_relative_pronoun(c, s) && h >= 0 &&
        rel_base(c, v, "acl"))
        return h;
    if (s >= 0 || h < 0 || depth >= PB_TC_MAX_CLIMB)
        return s;
    static const char *const journeys[] = {"visit", "trip", "journey", "tour",
                                           "mission", NULL};
    /* "opened fire to disperse", "used tear gas to disperse", "took
     * steps to enhance": the purpose of a means the verb's subject used */
    static const char *const means[] = {"fire", "step", "effort", "measure",
                                        "action", "gas", "force", "bullet",
                                        "cannon", "baton", NULL};
    int g = head_of(c, h), mark = child_rel(c, v, "mark");
    if (c->pipeline && rel_base(c, v, "acl") && mark >= 0 &&
        strcmp(c->lower[mark], "to") == 0 && lemma_in(c->lem[h], means) &&
        rel_is(c, h, "obj") && g >= 0 && c->mention_at[h] < 0 &&
        child_rel(c, h, "nmod:poss") < 0) /* not "Turkey's efforts to" */
        return pb_tc_subject_of(c, g, passive, depth + 1);
    /* "announced plans to impose sanctions", "had no plans to hold
     * talks", "Turkey's decision to close": the one whose intent it is */
    if (c->pipeline && rel_base(c, v, "acl") && mark >= 0 &&
        strcmp(c->lower[mark], "to") == 0 && pb_tc_intent_noun(c, h) &&
        c->mention_at[h] < 0) {
        int owner = child_rel(c, h, "nmod:poss");
        if (owner >= 0)
            return owner;
        if (rel_is(c, h, "obj") && g >= 0)
            return pb_tc_subject_of(c, g, passive, depth + 1);
    }
    /* "passed a motion demanding that the government withdraw the tax",
     * "issued a statement condemning the attack": the one who passed or
     * issued the text demands or condemns */
    static const char *const texts[] = {
        "resolution", "motion", "statement", "declaration", "communique",
        "letter", "decree", "petition", NULL};
    if (c->pipeline && rel_base(c, v, "acl") &&
        strcmp(c->t[v].xpos, "VBG") == 0 && lemma_in(c->lem[h], texts) &&
        rel_is(c, h, "obj") && g >= 0 && c->mention_at[h] < 0 &&
        !actor_modifier(c, h)) /* not "vetoed an EU statement" */
        return pb_tc_subject_of(c, g, passive, depth + 1);
    if (rel_base(c, v, "acl") && lemma_in(c->lem[h], journeys))
        /* "a visit to South Africa to meet …": the visitor, never the
         * visit's destination */
        return child_rel(c, h, "nmod:poss");
    if (rel_base(c, v, "acl")) {
        /* "crowds trashed …", "the army which attacked …"; "the third
         * president to be impeached by the House", "forces backed by US
         * airstrikes" are acted on */
        static const char *const charged[] = {"accuse", "suspect", "charge",
                                              "blame", "allege", NULL};
        *passive = child_rel(c, v, "aux:pass") >= 0 ||
                   (by >= 0 && strcmp(c->lower[by], "by") == 0 &&
                    strcmp(c->t[v].xpos, "VBN") == 0) ||
                   (strcmp(c->t[v].xpos, "VBN") == 0 &&
                    lemma_in(c->lem[v], charged)) || /* "companies accused
                                                       of supplying …" */
                   (c->pipeline &&
                    (strcmp(c->t[v].xpos, "VBN") == 0 ||
                     strcmp(c->t[v].xpos, "VBD") == 0) &&
                    child_rel(c, v, "obj") < 0 &&
                    lemma_in(c->lem[v], suffered_acts)); /* "refugees expelled
                                                       from Ethiopia";
                                                       "soldiers killed in
                                                       Ukraine", the
                                                       participle read as
                                                       a past tense */
        return h;
    }
    int ctl = controller(c, v, h);
    if (ctl >= 0)
        return ctl;
    if (rel_is(c, v, "xcomp")) {
        int o = child_rel(c, h, "obj"); /* object control: "urged X to" */
        if (o < 0)
            o = child_rel(c, h, "iobj"); /* as the parser may read X */
        if (o >= 0)
            return o;
    }
    if (rel_is(c, v, "xcomp")) {
        /* "Bush was scheduled to meet …": the subject acts unless the
         * complement is passive itself ("expected to be released"). */
        s = pb_tc_subject_of(c, h, passive, depth + 1);
        /* … or is a participle after a linking verb ("stand accused of
         * the bombing", "remain detained") */
        static const char *const linking[] = {"stand", "remain", "appear",
                                              "seem", "become", "get",
                                              NULL};
        *passive = child_rel(c, v, "aux:pass") >= 0 ||
                   (c->pipeline && strcmp(c->t[v].xpos, "VBN") == 0 &&
                    lemma_in(c->lem[h], linking));
        return s;
    }
    if (rel_is(c, v, "advcl")) {
        /* "condemned Thailand for sending Uyghurs back": the one blamed
         * or praised for an act did it, even a name no actor claims
         * ("indicted Thaksin for insulting the monarchy": not the
         * prosecutors; but one "took credit for attacking") */
        static const char *const charging[] = {"charge", "indict",
                                               "accuse", "tax", NULL};
        /* (one sanctioned, punished or praised for an act did it, named
         * or not: "sanctioned two firms for supplying drone parts to
         * Iran" is no US supply) */
        static const char *const judging[] = {
            "sanction", "punish", "fine", "arrest", "detain", "jail",
            "imprison", "sentence", "condemn", "criticize", "criticise",
            "praise", "thank", "blame", "accuse", "charge", "indict",
            "penalize", "penalise", "reward", "commend", "censure",
            "rebuke", "blacklist", NULL};
        int m = child_rel(c, v, "mark"), o = child_rel(c, h, "obj");
        if (m >= 0 && o >= 0 &&
            (c->mention_at[o] >= 0 || pb_tc_is_personal_pronoun(c, o) ||
             (c->pipeline && c->t[o].upos == PB_UPOS_PROPN) ||
             (c->pipeline && lemma_in(c->lem[h], judging))) &&
            (strcmp(c->lower[m], "for") == 0 ||
             strcmp(c->lower[m], "of") == 0 ||
             (strcmp(c->lower[m], "with") == 0 &&
              lemma_in(c->lem[h], charging))))
            return o; /* "accusing it of …": whoever "it" is; "charged
                         him with terrorizing residents": he */
    }
    if (rel_base(c, v, "conj") || rel_is(c, v, "advcl")) {
        s = pb_tc_subject_of(c, h, passive, depth + 1);
        if (c->pipeline && rel_base(c, v, "conj") && *passive &&
            strcmp(c->t[v].xpos, "VBN") != 0)
            *passive = 0; /* "was charged with corruption and resigned":
                             he resigned */
        if (child_rel(c, v, "obl:agent") >= 0)
            *passive = 1; /* "As reported by the IAEA, Tehran …" */
        if (rel_base(c, v, "conj") && child_rel(c, v, "aux:pass") >= 0 &&
            s >= 0 && !is_verb(c, h))
            *passive = 1; /* "Turkey is under sanctions and was
                             condemned" */
        return s;
    }
    return -1;
}

int pb_tc_is_personal_pronoun(const tc *c, int i)
{
    static const char *const prons[] = {"he", "she", "it", "they", "him",
                                        "her", "them", NULL};
    for (int k = 0; prons[k]; k++)
        if (strcmp(c->lower[i], prons[k]) == 0)
            return c->mention_at[i] < 0;
    return 0;
}

/* The antecedent of a pronoun subject of verb v: the subject of the
 * nearest verb above v that has a subject of its own and agrees with the
 * pronoun in number ("Ethiopia indicated it would act"; not "Chinese
 * officials confirmed it has infected 200 people", where "it" is the
 * virus), or -1. */
/* Can token k not be "he" or "she": a bare state's name, or a body
 * that acts as one ("police", "the army")? */
static int no_person(const tc *c, int k)
{
    static const char *const bodies[] = {
        "police", "army", "military", "government", "ministry", "navy",
        "parliament", "court", "junta", "regime", "coalition", "alliance",
        "militia", "group", NULL};
    int mk = c->mention_at[k];
    if (c->t[k].upos == PB_UPOS_PROPN)
        return mk >= 0 && c->m[mk].code && strlen(c->m[mk].code) == 3;
    return lemma_in(c->lem[k], bodies);
}

int pb_tc_antecedent(const tc *c, int v)
{
    static const char *const singulars[] = {"it", "he", "she", NULL};
    static const char *const persons[] = {"he", "she", NULL};
    static const char *const objectives[] = {"him", "her", "them", NULL};
    int passive, p = pb_tc_subject_of(c, v, &passive, 0);
    int singular = p >= 0 && lemma_in(c->lower[p], singulars);
    int h = head_of(c, v);
    for (int d = 0; h >= 0 && d < PB_TC_MAX_CLIMB; d++, h = head_of(c, h)) {
        int s = pb_tc_subject_of(c, h, &passive, 0);
        if (s < 0 || pb_tc_is_personal_pronoun(c, s))
            continue;
        if (p >= 0 && head_of(c, p) == h && rel_base(c, p, "obj") &&
            lemma_in(c->lower[p], objectives))
            return -1; /* "police charged him with terrorizing …": "him"
                          is not the police */
        if (singular && strcmp(c->t[s].xpos, "NNS") == 0)
            return -1; /* a plural name may be one ("the United States
                          said it would") */
        if (p >= 0 && lemma_in(c->lower[p], persons) && no_person(c, s)) {
            /* "police arrested Chakwera, and he accused …": he is the
             * person acted on, not the police */
            int o = child_rel(c, h, "obj");
            return o >= 0 && !no_person(c, o) &&
                           strcmp(c->t[o].xpos, "NNS") != 0
                       ? o
                       : -1;
        }
        return s;
    }
    return -1;
}

/* Is k a "by" phrase? */
static int by_phrase(const tc *c, int k)
{
    if (rel_is(c, k, "obl:agent"))
        return 1;
    int cs = case_of(c, k);
    return (rel_base(c, k, "obl") || rel_base(c, k, "nmod")) && cs >= 0 &&
           strcmp(c->lower[cs], "by") == 0;
}

/* Is nominal k a text someone issues ("in a joint statement by …")? */
static int issued_text(const tc *c, int k)
{
    static const char *const texts[] = {
        "statement", "letter",  "declaration", "communique", "communiqué",
        "report",    "resolution", "ruling",   "decision",   "message",
        "speech",    "post",    "tweet",       NULL};
    for (int i = 0; texts[i]; i++)
        if (strcmp(c->lem[k], texts[i]) == 0)
            return 1;
    return 0;
}

/* The passive agent ("by X") of verb v, or -1; also one the parser hung
 * on an adverb of the verb ("was opposed earlier by Osgiliath") or on
 * the text the act was done in ("was condemned in a joint statement by
 * Egypt"). */
int pb_tc_agent_of(const tc *c, int v)
{
    for (int k = c->first_child[v]; k >= 0; k = c->next_sib[k]) {
        /* "killed by a bomb planted by jihadists": an agent no actor
         * names, a thing some actor placed, sent or fired, stands for
         * that actor (in the pipeline; not "a group backed by Iran") */
        static const char *const placing[] = {
            "plant", "launch", "fire", "drop", "place", "lay", "detonate",
            "throw", "hurl", "send", NULL};
        for (int a = by_phrase(c, k) && c->pipeline && c->mention_at[k] < 0
                         ? c->first_child[k]
                         : -1;
             a >= 0; a = c->next_sib[a])
            for (int g = rel_is(c, a, "acl") &&
                                 strcmp(c->t[a].xpos, "VBN") == 0 &&
                                 lemma_in(c->lem[a], placing)
                             ? c->first_child[a]
                             : -1;
                 g >= 0; g = c->next_sib[g])
                if (by_phrase(c, g))
                    return g;
        if (by_phrase(c, k))
            return k;
        int text = rel_base(c, k, "advmod") ||
                   (rel_base(c, k, "obl") && issued_text(c, k));
        for (int g = text ? c->first_child[k] : -1; g >= 0; g = c->next_sib[g])
            if (by_phrase(c, g))
                return g;
    }
    return -1;
}

/* Is v a subjectless adverbial clause of time ("after leaving Eriador",
 * "before leaving for Beijing")? It sets the scene for the main clause
 * and is not coded as an event of its own. */
int pb_tc_time_clause(const tc *c, int v)
{
    static const char *const marks[] = {"after", "before", "while", "since",
                                        "until", "upon", "when", "once",
                                        NULL};
    if (!rel_base(c, v, "advcl") || child_rel(c, v, "nsubj") >= 0 ||
        child_rel(c, v, "nsubj:pass") >= 0)
        return 0;
    for (int k = c->first_child[v]; k >= 0; k = c->next_sib[k])
        if (rel_is(c, k, "mark"))
            for (int i = 0; marks[i]; i++)
                if (strcmp(c->lower[k], marks[i]) == 0)
                    return 1;
    return 0;
}

/* Does nominal k give the cause or topic of what its verb says ("over
 * its dispute", "about the talks", "for its role")? */
static int topic_phrase(const tc *c, int k)
{
    static const char *const preps[] = {"over", "about", "for", NULL};
    int cs = case_of(c, k);
    for (int i = 0; cs >= 0 && preps[i]; i++)
        if (strcmp(c->lower[cs], preps[i]) == 0)
            return 1;
    return 0;
}

/* Is nominal k an attack the passive verb's patient suffered ("killed in
 * an attack by Hamas", "wounded in an Israeli air strike")? Its agent
 * did the verb's act. */
static int attack_suffered(const tc *c, int k)
{
    static const char *const attacks[] = {
        "attack", "strike", "airstrike", "raid", "bombing", "bombardment",
        "ambush", "assault", "shelling", "offensive", "operation", "clash",
        "firefight", "gunfight", "skirmish", "battle", NULL};
    int cs = case_of(c, k);
    return cs >= 0 && strcmp(c->lower[cs], "in") == 0 &&
           lemma_in(c->lem[k], attacks);
}

/* Is nominal k a fight with the one named in its "with" phrase ("killed
 * in a clash with Russian troops")? That foe did the verb's act. */
static int fight_with(const tc *c, int k)
{
    static const char *const fights[] = {"clash", "firefight", "gunfight",
                                         "skirmish", "battle", NULL};
    return lemma_in(c->lem[k], fights);
}

/* The source of a passive verb with no "by" phrase: the state people are
 * deported or expelled from, the place projectiles are fired from, an
 * actor named inside
 * an oblique of cause or topic ("was criticized over its dispute with
 * Eriador"; not "over Ukraine", a place) or the attack it was done in
 * ("killed in an attack by Hamas militants"). Returns the oblique token
 * (-1: none) and fills g. */
/* The oblique "from" an actor of verb v ("deported from the United
 * States", "fired from Gaza"), its actors put in g; -1 if none. */
static int from_actor(tc *c, int v, tc_group *g)
{
    for (int k = c->first_child[v]; k >= 0 && g->n == 0; k = c->next_sib[k]) {
        int cs = case_of(c, k);
        if (rel_is(c, k, "obl") && cs >= 0 &&
            strcmp(c->lower[cs], "from") == 0) {
            pb_tc_group_of(c, k, g);
            if (g->n)
                return k;
        }
    }
    return -1;
}

int pb_tc_passive_source(tc *c, int v, tc_group *g)
{
    /* "were deported from the United States": who sends people away
     * is the state they are sent from */
    static const char *const sending_away[] = {"deport", "expel",
                                               "extradite", NULL};
    /* "rockets were fired from Gaza at southern Israel": who fires
     * projectiles is where they are fired from */
    static const char *const launching[] = {"fire", "launch", "lob", NULL};
    static const char *const projectiles[] = {
        "rocket", "missile", "shell", "mortar", "drone", "projectile",
        "bomb", NULL};
    int subj = child_rel(c, v, "nsubj:pass");
    if (c->pipeline &&
        (lemma_in(c->lem[v], sending_away) ||
         (subj >= 0 && lemma_in(c->lem[v], launching) &&
          lemma_in(c->lem[subj], projectiles)))) {
        int from = from_actor(c, v, g);
        if (from >= 0)
            return from;
    }
    for (int k = c->first_child[v]; k >= 0 && g->n == 0; k = c->next_sib[k])
        if ((rel_is(c, k, "obl") || rel_is(c, k, "nmod")) &&
            c->mention_at[k] < 0 &&
            (topic_phrase(c, k) || (c->pipeline && attack_suffered(c, k)))) {
            if (!topic_phrase(c, k)) {
                /* the attack's own agent: "an attack on a police patrol
                 * by Albanians", "an Israeli air strike"; not where it
                 * happened ("a car bombing in central Baghdad") */
                int agent = -1;
                for (int b = c->first_child[k]; b >= 0 && agent < 0;
                     b = c->next_sib[b])
                    if ((case_of(c, b) >= 0 &&
                         (strcmp(c->lower[case_of(c, b)], "by") == 0 ||
                          (fight_with(c, k) &&
                           strcmp(c->lower[case_of(c, b)], "with") == 0))) ||
                        ((rel_base(c, b, "compound") || rel_base(c, b, "amod") ||
                          rel_is(c, b, "nmod:poss")) &&
                         c->mention_at[b] >= 0))
                        agent = b;
                pb_tc_group_of(c, agent, g);
            } else {
                pb_tc_group_of(c, k, g);
            }
            if (g->n)
                return k;
        }
    return -1;
}

/* Is nominal k where a meeting takes place ("met in Cairo", "talks at
 * Camp David") or what it is about ("talks on Gaza")? Set by
 * c->meeting. */
int pb_tc_meeting_place(const tc *c, int k)
{
    if (meeting_topic(c, k))
        return 1;
    static const char *const preps[] = {"in", "at", "near", NULL};
    int cs = case_of(c, k);
    for (int i = 0; c->meeting && cs >= 0 && preps[i]; i++)
        if (strcmp(c->lower[cs], preps[i]) == 0)
            return 1;
    return 0;
}

/* Does nominal k only stand beside the act ("unlike Biden", "despite
 * China", "amid tensions with Iran", "other than Russia", "two days
 * after Trump")? */
static int comparison(const tc *c, int k)
{
    static const char *const preps[] = {"unlike", "like", "despite",
                                        "besides", "except", "than",
                                        "amid", "beyond", "after", NULL};
    /* … or modifies a nominal that does ("despite the Kremlin's
     * expectations", "amid an outbreak in Africa"; but "after Israel's
     * attack" may name whom a retaliation is against) */
    static const char *const around[] = {"despite", "amid", "unlike",
                                         "besides", "beyond", NULL};
    int cs = case_of(c, k);
    for (int i = 0; cs >= 0 && preps[i]; i++)
        if (strcmp(c->lower[cs], preps[i]) == 0)
            return 1;
    int h = head_of(c, k);
    cs = h >= 0 && rel_base(c, k, "nmod") ? case_of(c, h) : -1;
    for (int i = 0; cs >= 0 && around[i]; i++)
        if (strcmp(c->lower[cs], around[i]) == 0)
            return 1;
    return 0;
}

/* Is nominal k, or the nominal it is a modifier of, a gathering where
 * the act took place ("criticized … at a U.N. Security Council
 * meeting", "during the summit", "at the Government's daily briefing",
 * "in a Swiss chess tournament")? The gathering's organiser or host is no
 * party. */
static int gathering_venue(const tc *c, int k)
{
    static const char *const gatherings[] = {
        "meeting", "summit", "session", "conference", "forum", "assembly",
        "gathering", "ceremony", "briefing", "rally", "tournament",
        "championship", "competition", "festival", "exhibition", NULL};
    static const char *const preps[] = {"at", "during", "in", NULL};
    for (int d = 0; k >= 0 && d < 2; d++, k = head_of(c, k)) {
        int is_gathering = 0;
        for (int i = 0; gatherings[i]; i++)
            is_gathering |= strcmp(c->lem[k], gatherings[i]) == 0;
        int cs = case_of(c, k);
        for (int i = 0; is_gathering && cs >= 0 && preps[i]; i++)
            if (strcmp(c->lower[cs], preps[i]) == 0)
                return 1;
    }
    return 0;
}

/* Is nominal k a neighbour named as what a border or frontier lies along
 * ("a wall on the border with Mexico", "along the Mexican border"; not
 * its owner, "Macedonia's border")? */
static int border_neighbour(const tc *c, int k)
{
    static const char *const borders[] = {"border", "frontier", "boundary",
                                          NULL};
    int h = head_of(c, k);
    return h >= 0 && lemma_in(c->lem[h], borders) &&
           !rel_is(c, k, "nmod:poss") && /* "Macedonia's border": its own */
           (rel_base(c, k, "nmod") || rel_base(c, k, "amod") ||
            rel_base(c, k, "compound"));
}

/* Is nominal k an office sought ("his campaign for President of the
 * United States", "ran for president")? An office is no party. */
static int office_sought(const tc *c, int k)
{
    static const char *const seeking[] = {"campaign", "run", "bid",
                                          "candidacy", "candidate",
                                          "nomination", "race", NULL};
    int cs = case_of(c, k), h = head_of(c, k);
    return cs >= 0 && h >= 0 && strcmp(c->lower[cs], "for") == 0 &&
           lemma_in(c->lem[h], seeking);
}

/* Does nominal k name who mediates or sponsors the act ("under Saudi
 * and American mediation", "under Russian auspices", "with Qatari
 * mediation")? A mediator is no party to it. */
static int mediator(const tc *c, int k)
{
    /* up the modifiers: "Saudi and American mediation" */
    for (int d = 0; k >= 0 && d < 3; d++) {
        if (mediation_noun(c, k))
            return 1;
        if (!(rel_base(c, k, "amod") || rel_is(c, k, "nmod:poss") ||
              rel_base(c, k, "compound") || rel_base(c, k, "conj")))
            return 0;
        k = head_of(c, k);
    }
    return k >= 0 && mediation_noun(c, k);
}

int pb_tc_beside_act(const tc *c, int k)
{
    /* "he could be Pakistani": a nationality said of someone */
    int predicate = c->t[k].upos == PB_UPOS_ADJ && child_rel(c, k, "cop") >= 0;
    return comparison(c, k) || gathering_venue(c, k) || predicate ||
           (c->pipeline && !c->meeting &&
            meeting_venue(c, head_of(c, k), k)) ||
           (c->pipeline && !c->force && border_neighbour(c, k)) ||
           (c->pipeline && office_sought(c, k)) ||
           (c->pipeline && mediator(c, k)) ||
           (c->topic >= 0 && in_subtree(c, k, c->topic));
}

/* Fills the target group of verb v from its object, indirect object, an
 * oblique marked "against" ("engaged in ethnic cleansing in Kosovo
 * against Albanians"), the nominal of the pattern's preposition (`prep`,
 * a token or -1) or first other oblique naming an actor, a place last
 * (skipping `skip`; not a meeting's place). */
/* Does verb v hand its object over to a recipient ("sold American jets
 * to Poland", "gave Kyiv Western tanks") or send it there ("deployed
 * police officers to Haiti")? The recipient, not the object's owner, is
 * whom the act is for. */
static int transfer_verb(const tc *c, int v)
{
    static const char *const verbs[] = {
        "give", "sell", "send", "provide", "supply", "deliver", "ship",
        "transfer", "lend", "donate", "grant", "hand", "export", "offer",
        "pledge", "deploy", "dispatch", "extradite", "deport", NULL};
    for (int w = 0; verbs[w]; w++)
        if (strcmp(c->lem[v], verbs[w]) == 0)
            return 1;
    return 0;
}

void pb_tc_target_of(tc *c, int v, int skip, int prep, tc_group *g)
{
    static const char *const order[] = {"obj", "iobj", NULL};
    int obj = child_rel(c, v, "obj");
    for (int pass = 0; c->pipeline && transfer_verb(c, v) && pass < 2;
         pass++) {
        /* the recipient hung on the verb, or on its object ("jets to
         * Poland") */
        int h = pass == 0 ? v : obj;
        for (int k = h >= 0 ? c->first_child[h] : -1; k >= 0 && g->n == 0;
             k = c->next_sib[k]) {
            int cs = case_of(c, k);
            if (k != skip && (rel_is(c, k, "iobj") ||
                              ((rel_base(c, k, "obl") || rel_is(c, k, "nmod")) &&
                               cs >= 0 && strcmp(c->lower[cs], "to") == 0)))
                pb_tc_group_of(c, k, g);
        }
    }
    if (g->n == 1 && obj >= 0) {
        /* "extradite the accused criminals to China": the recipient
         * inside the object's phrase makes its people the recipient's
         * own (CHNCRM) */
        tc_group own = {0};
        pb_tc_group_of(c, obj, &own);
        if (own.n == 1 && strlen(own.codes[0]) > strlen(g->codes[0]) &&
            strncmp(own.codes[0], g->codes[0], strlen(g->codes[0])) == 0)
            *g = own;
    }
    for (int r = 0; order[r] && g->n == 0; r++)
        for (int k = c->first_child[v]; k >= 0 && g->n == 0;
             k = c->next_sib[k])
            if (k != skip && k != c->topic && rel_is(c, k, order[r]))
                /* "the plant, which Russian troops occupied": the
                 * relative pronoun stands for the noun */
                pb_tc_group_of(c,
                               k < v && pb_tc_is_relative_pronoun(c, k) &&
                                       rel_is(c, v, "acl:relcl")
                                   ? head_of(c, v)
                                   : k,
                               g);
    for (int k = c->first_child[v]; k >= 0 && g->n == 0; k = c->next_sib[k])
        if (k != skip && np_role_rank(c, k, v) == 1 &&
            (rel_is(c, k, "obl") || rel_is(c, k, "nmod")))
            pb_tc_group_of(c, k, g);
    if (g->n == 0 && prep >= 0 && rel_is(c, prep, "case") &&
        head_of(c, prep) != skip)
        pb_tc_group_of(c, head_of(c, prep), g);
    for (int place = 0; place <= 1 && g->n == 0; place++)
        for (int k = c->first_child[v]; k >= 0 && g->n == 0;
             k = c->next_sib[k])
            if (k != skip && !pb_tc_meeting_place(c, k) &&
                !pb_tc_beside_act(c, k) &&
                (np_role_rank(c, k, v) == 3) == place &&
                (rel_is(c, k, "obl") || rel_is(c, k, "nmod") ||
                 rel_is(c, k, "obl:arg")))
                pb_tc_group_of(c, k, g);
}

int pb_tc_summary_agent(const tc *c, int v, int i)
{
    int p = head_of(c, i);
    if (!rel_is(c, i, "obl:agent") || p < 0 || p == v)
        return 0;
    int ps = child_rel(c, p, "nsubj:pass");
    if (rel_is(c, p, "acl:relcl") ||
        (ps >= 0 && pb_tc_is_relative_pronoun(c, ps) && ps < p))
        return 1; /* "a coalition which was joined by Australia" */
    if (!rel_is(c, p, "acl"))
        return 0;
    int noun = head_of(c, p), first = noun;
    for (int k = c->first_child[noun]; noun >= 0 && k >= 0; k = c->next_sib[k])
        if (k < first && c->t[k].upos != PB_UPOS_PUNCT)
            first = k;
    return noun > 0 && first > 0 && strcmp(c->lower[first - 1], ",") == 0;
}

/* Is token k a participle of saying hung on another verb ("rejected the
 * resolution, saying it …")? What it says is a statement of its own. */
static int saying_adjunct(const tc *c, int k)
{
    static const char *const says[] = {"say", "add", "note", "claim",
                                       "argue", "insist", "explain",
                                       "stress", "tell", NULL};
    if (!rel_base(c, k, "advcl") || strcmp(c->t[k].xpos, "VBG") != 0)
        return 0;
    for (int w = 0; says[w]; w++)
        if (strcmp(c->lem[k], says[w]) == 0)
            return 1;
    return 0;
}

/* Is token i outside the adverbial and conjoined clauses with their own
 * subject that are nested in verb v ("delayed their meeting after a
 * halfling was reported")? Subjectless ones ("to wage war on X") often
 * stand for an xcomp the parser attached as advcl; a participle of
 * saying is a statement of its own, and so is a verb joined to one
 * above v (not to v itself: "condemned and sanctioned Uganda"). */
/* Is token i the head of a clause of time, cause or condition, opened by
 * a subordinator ("while in detention in Afghanistan", "after
 * apologizing to Hun Sen")? Its places and actors are its own, not its
 * verb's targets; but "while" with a gerund elaborates the act itself
 * ("rejected the accusations while responding to the Taliban"). */
static int subordinate_clause(const tc *c, int i)
{
    static const char *const subordinators[] = {
        "while", "when", "after", "before", "since", "until", "because",
        "although", "though", "whereas", "once", NULL};
    int m = rel_base(c, i, "advcl") ? child_rel(c, i, "mark") : -1;
    if (m < 0 || !lemma_in(c->lower[m], subordinators))
        return 0;
    return strcmp(c->lower[m], "while") != 0 ||
           strcmp(c->t[i].xpos, "VBG") != 0;
}

static int in_clause(const tc *c, int v, int i)
{
    for (int d = 0; i >= 0 && i != v && d < PB_SYNTAX_MAX_TOKENS; d++) {
        if (rel_is(c, i, "parataxis") ||
            (c->pipeline && saying_adjunct(c, i)) ||
            (c->pipeline && pb_tc_summary_agent(c, v, i)) ||
            ((rel_base(c, i, "advcl") || rel_base(c, i, "conj")) &&
             (child_rel(c, i, "nsubj") >= 0 ||
              child_rel(c, i, "nsubj:pass") >= 0)) ||
            subordinate_clause(c, i))
            return 0;
        /* a verb joined to one above v is a clause of its own, its
         * subject shared or not ("accused Azerbaijan of shelling its
         * villages and called on Russia to intervene") */
        if (rel_base(c, i, "conj") && is_verb(c, i) && head_of(c, i) >= 0 &&
            head_of(c, i) != v && in_subtree(c, v, head_of(c, i)) &&
            !in_subtree(c, v, i))
            return 0;
        i = head_of(c, i);
    }
    return 1;
}

/* Is token i, below verb v, a modifier of a thing ("U.S. restrictions")
 * inside an adverbial or complement clause ("calling on them to overcome
 * U.S. restrictions")? That clause has its own roles; the thing's owner is no
 * party to v. */
static int modifier_in_clause(const tc *c, int v, int i)
{
    int h = head_of(c, i);
    if (h < 0 || c->mention_at[h] >= 0 || c->t[h].upos != PB_UPOS_NOUN ||
        !(rel_base(c, i, "compound") || rel_base(c, i, "amod") ||
          rel_is(c, i, "nmod:poss")))
        return 0;
    for (int d = 0; h >= 0 && h != v && d < PB_SYNTAX_MAX_TOKENS; d++) {
        if (is_verb(c, h) && (rel_base(c, h, "advcl") || rel_is(c, h, "ccomp")))
            return 1; /* (an xcomp often holds v's pattern: "refused to
                         commit to any assistance to the US-led war") */
        h = head_of(c, h);
    }
    return 0;
}

/* Is token i, below verb v, inside an act that v's phrase gives as its
 * reason or charge ("arrested the mayor on suspicion of smuggling
 * cocaine into Guatemala", "detained him for insulting the king")? A
 * gerund clause marked "of" or "for" on the way up: its places and
 * parties are the charge's, not the target of the arrest or strike. */
int pb_tc_inside_charge(const tc *c, int v, int i)
{
    static const char *const charges[] = {"of", "for", NULL};
    for (int d = 0; i >= 0 && i != v && d < PB_SYNTAX_MAX_TOKENS; d++) {
        int mark = child_rel(c, i, "mark");
        if ((rel_base(c, i, "acl") || rel_base(c, i, "advcl")) &&
            strcmp(c->t[i].xpos, "VBG") == 0 && mark >= 0 &&
            lemma_in(c->lower[mark], charges))
            return 1; /* not "missiles targeting US troops" */
        i = head_of(c, i);
    }
    return 0;
}

/* Targets when the verb has no object: the subject of its complement
 * clause when the clause follows it ("Arnor believes Dagolath can cope";
 * not "Arnor signed a protocol, officials said", and not in the
 * pipeline, where the clause is coded as its own event), else the first
 * actor after the verb within its own clause (marked by mark_scope). */
int pb_tc_aside_clause(const tc *c, int v, int i)
{
    /* (not "prompting Algeria to expel …": the one prompted may be the
     * act's counterpart) */
    static const char *const reactions[] = {"draw", "attract", "earn",
                                            NULL};
    static const char *const acts[] = {"move", "step", "decision", "action",
                                       "measure", NULL};
    for (int d = 0; i >= 0 && i != v && d < PB_SYNTAX_MAX_TOKENS; d++) {
        if ((rel_is(c, i, "acl:relcl") && head_of(c, i) >= 0 &&
             lemma_in(c->lem[head_of(c, i)], acts)) ||
            (rel_base(c, i, "advcl") && strcmp(c->t[i].xpos, "VBG") == 0 &&
             lemma_in(c->lem[i], reactions) && head_of(c, i) == v && i > v))
            return in_subtree(c, i, v);
        i = head_of(c, i);
    }
    return 0;
}


void pb_tc_fallback_target(tc *c, int v, int vend, int skip, tc_group *g)
{
    for (int k = c->first_child[v]; k >= 0 && g->n == 0 && !c->pipeline;
         k = c->next_sib[k])
        if (rel_is(c, k, "ccomp") && k > v) { /* not "…, officials said" */
            int s = child_rel(c, k, "nsubj");
            if (s < 0)
                s = child_rel(c, k, "nsubj:pass");
            if (s >= 0)
                pb_tc_group_of(c, s, g);
        }
    for (int i = vend + 1; i < c->n && g->n == 0; i++) {
        int mi = c->mention_at[i];
        if (c->scope[i] && mi >= 0 && (int)c->m[mi].first == i &&
            in_clause(c, v, i) &&
            !(c->pipeline && !c->statement &&
              modifier_in_clause(c, v, pb_tc_mention_head(c, &c->m[mi]))) &&
            !pb_tc_meeting_place(c, pb_tc_mention_head(c, &c->m[mi])) &&
            !pb_tc_beside_act(c, pb_tc_mention_head(c, &c->m[mi])) &&
            !(c->pipeline && pb_tc_border_word(c, mi)) &&
            !(c->pipeline && c->charges && pb_tc_inside_charge(c, v, i)) &&
            !(c->pipeline && !c->statement && pb_tc_aside_clause(c, v, i)) &&
            !(skip >= 0 && in_subtree(c, i, skip)))
            pb_tc_group_of(c, pb_tc_mention_head(c, &c->m[mi]), g);
    }
}

int pb_tc_negated(const tc *c, int v)
{
    static const char *const neg[] = {"not", "n't", "never", NULL};
    /* a subject that denies itself: "Neither Iran nor Saudi Arabia has
     * accepted", "No Western leader attended" */
    static const char *const none[] = {"neither", "no", NULL};
    for (int k = c->first_child[v]; k >= 0; k = c->next_sib[k]) {
        if (rel_base(c, k, "advmod") || rel_is(c, k, "neg"))
            for (int w = 0; neg[w]; w++)
                if (strcmp(c->lower[k], neg[w]) == 0)
                    return 1;
        /* "was no longer sending ammunition" */
        if (rel_base(c, k, "advmod") && strcmp(c->lower[k], "longer") == 0 &&
            k > 0 && strcmp(c->lower[k - 1], "no") == 0)
            return 1;
        if (rel_base(c, k, "nsubj"))
            for (int d = c->first_child[k]; d >= 0; d = c->next_sib[d])
                if (d < k && (rel_is(c, d, "cc:preconj") || rel_is(c, d, "det") ||
                              rel_is(c, d, "cc")) &&
                    lemma_in(c->lower[d], none))
                    return 1;
    }
    return 0;
}

