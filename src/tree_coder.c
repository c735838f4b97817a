/* tree_coder.c — codes a parsed sentence with PETRARCH dictionaries.
 * Actors: longest match of actor and agent phrases, dated codes, agents
 * composed with their noun phrase's actor, lists (conj, appos, actors
 * listed inside a noun phrase), pronoun subjects to the clause above.
 * Events: each verb's block patterns (pre-verb words before it, post-verb
 * words in its subtree, clauses with their own subject cut off); source
 * and target from $ + % or grammatical roles. With an ontology
 * (petrarch_pico.c) codes combine ("agree to help") and negate, in the
 * pipeline through modality.tsv ("urged X to release"); nested
 * events are rewritten by the transformations (tree_transform.c). The
 * pipeline (pb_tree_code_mentions) gives the mentions, keeps negated verbs
 * marked, drops the actors of "according to" phrases, and falls back to
 * neighbours where the tree names no actor (statements and quotations
 * read strictly).
 */
#include "tree_coder_int.h"
#include "modality.h"
#include "strmap.h"
#include "syntax.h"
#include "timex.h"
#include "tree_transform.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* The singular verbs.txt writes for a plural noun whose lemma the
 * treebank keeps plural ("troops" → troop, "arms" → arm, "supplies" →
 * supply); other lemmas as they are. */
static const char *singular(pb_arena *a, const pb_token *t, const char *lem)
{
    size_t n = strlen(lem);
    if (strcmp(t->xpos, "NNS") != 0 || n < 4 || lem[n - 1] != 's' ||
        lem[n - 2] == 's' || lem[n - 2] == 'u' ||
        strcmp(lem, "series") == 0 || strcmp(lem, "species") == 0)
        return lem; /* "glass", "status" */
    if (n > 4 && strcmp(lem + n - 3, "ies") == 0) {
        char *y = pb_arena_strndup(a, lem, n - 2); /* NULL: out of memory */
        if (y)
            y[n - 3] = 'y';
        return y;
    }
    return pb_arena_strndup(a, lem, n - 1);
}

/* The lemma verbs.txt writes for a prefix spelt with a hyphen ("re-open"
 * → reopen, "re-impose" → reimpose); other lemmas as they are. */
static const char *unhyphenated(pb_arena *a, const char *lem)
{
    if (strncmp(lem, "re-", 3) != 0 || !isalpha((unsigned char)lem[3]))
        return lem;
    size_t n = strlen(lem);
    char *w = pb_arena_strndup(a, lem, n); /* NULL: out of memory */
    if (w)
        memmove(w + 2, w + 3, n - 2); /* with the final NUL */
    return w;
}

static char *lower_dup(pb_arena *a, const char *s)
{
    char *p = pb_arena_strdup(a, s ? s : "");
    if (p)
        for (char *q = p; *q; q++)
            *q = (char)tolower((unsigned char)*q);
    return p;
}

/* ---- actors ---------------------------------------------------------------- */

static int find_mentions(tc *c)
{
    c->m = pb_arena_alloc(c->arena, (size_t)c->n * sizeof *c->m);
    if (!c->m)
        return -1;
    for (int i = 0; i < c->n;) {
        const pb_pd_phrase *const *cand;
        size_t nc = pb_pdict_phrases(c->d, c->lower[i], &cand);
        const pb_pd_phrase *hit = NULL;
        for (size_t k = 0; k < nc && !hit; k++) {
            const pb_pd_phrase *p = cand[k];
            if (i + p->n_words > c->n)
                continue;
            int ok = 1;
            for (int w = 1; w < p->n_words && ok; w++)
                ok = strcmp(c->lower[i + w], p->words[w]) == 0;
            if (ok)
                hit = p;
        }
        if (!hit) {
            i++;
            continue;
        }
        tc_mention *m = &c->m[c->n_m];
        m->first = (uint32_t)i;
        m->last = (uint32_t)(i + hit->n_words - 1);
        m->phrase = hit;
        m->code = hit->is_agent ? NULL : pb_pd_actor_code(hit->actor, c->date);
        for (int w = 0; w < hit->n_words; w++)
            c->mention_at[i + w] = c->n_m;
        c->n_m++;
        i += hit->n_words;
    }
    return 0;
}

/* ---- patterns -------------------------------------------------------------- */

/* Cap on the specificity extra synset words add (well under a verb word). */
#define PB_TC_SYNSET_BONUS 16

typedef struct match_state {
    const pb_pd_pattern *p;
    int vstart, vend;            /* the verb's tokens (compound included) */
    int steps;
    int source_m, target_m, compound_m; /* mentions bound by $ + % */
    int has_neg;                 /* a matched word is a negation */
    int prep_tok;                /* token of the last preposition item, or
                                    -1 (pb_pd_item.prep) */
    int extra;                   /* words of synset phrases beyond their
                                    first ("austrian gold florin": 2) */
    int skipped;                 /* words passed over between the items
                                    after the verb */
    int last;                    /* token of the last item matched */
} match_state;

/* Has token h a town or region named as the noun of its "to", "in" or
 * "at" (relation `rel`: "obl" on a verb, "nmod" on a noun)? */
static int place_phrase_of(const tc *c, int h, const char *rel)
{
    static const char *const arrivals[] = {"to", "in", "at", "into", NULL};
    for (int k = c->first_child[h]; k >= 0; k = c->next_sib[k]) {
        int cs = rel_base(c, k, rel) ? case_of(c, k) : -1;
        if (cs >= 0 && lemma_in(c->lower[cs], arrivals) && c->place_names[k] &&
            c->mention_at[k] < 0)
            return 1;
    }
    return 0;
}

/* Is the object of visit verb v a town or region named ("visited
 * Shanghai"), or a site no actor claims in one ("visited a factory in
 * Shanghai"), or the noun of its "to", "in" or "at" ("travelled to
 * Mombasa", "arrived in Shanghai")? */
static int visited_place(const tc *c, int v)
{
    if (!c->place_names)
        return 0;
    int o = child_rel(c, v, "obj");
    if (o >= 0 && c->place_names[o])
        return c->mention_at[o] < 0;
    if (o >= 0 && (c->mention_at[o] >= 0 || c->t[o].upos != PB_UPOS_NOUN))
        return 0;
    return (o >= 0 && place_phrase_of(c, o, "nmod")) ||
           place_phrase_of(c, v, "obl");
}

/* Does an actor the tree names as subj visit (code) a place verb v
 * names as its object ("visited Shanghai", "visited a factory in
 * Shanghai")? Its target is that place's state, found by the events
 * stage, not a neighbour. */
static int visits_named_place(const tc *c, int v, int subj, const char *code)
{
    int o = child_rel(c, v, "obj");
    return code && strcmp(code, PB_TC_VISIT) == 0 && subj >= 0 &&
           c->mention_at[subj] >= 0 && c->m[c->mention_at[subj]].code &&
           o >= 0 && visited_place(c, v);
}

/* Is w a pattern's word for a settlement, which a town's name as the
 * verb's object matches (named_place)? */
static int is_settlement(const char *w)
{
    return strcmp(w, "town") == 0 || strcmp(w, "city") == 0 ||
           strcmp(w, "village") == 0;
}

/* Length of the synset phrase matching at token i (longest), or 0. */
static int synset_at(const tc *c, const pb_pd_synset *s, int i)
{
    int best = 0;
    for (uint32_t k = 0; k < s->n_phrases; k++) {
        int n = s->n_words[k];
        if (n <= best || i + n > c->n)
            continue;
        int ok = 1;
        for (int w = 0; w < n && ok; w++)
            ok = word_is(c, i + w, s->phrases[k][w]);
        if (ok)
            best = n;
    }
    return best;
}

/* Is the mention part of a compound ("Arnor and Gondor")? */
static int is_compound(const tc *c, const tc_mention *m)
{
    int h = pb_tc_mention_head(c, m);
    return rel_base(c, h, "conj") || child_rel(c, h, "conj") >= 0;
}

static int is_negation_word(const char *w)
{
    return strcmp(w, "not") == 0 || strcmp(w, "n't") == 0 ||
           strcmp(w, "never") == 0 || strcmp(w, "neither") == 0;
}

/* Is token i a nominal dependent of the verb spanning [st->vstart,
 * st->vend], or the preposition of one ("as" and "shields" in "held … as
 * human shields")? */
static int verb_dependent(const tc *c, const match_state *st, int i)
{
    if (is_verb(c, i))
        return 0;
    for (int d = 0; d < 2 && i >= 0; d++) {
        int h = head_of(c, i);
        if (h >= st->vstart && h <= st->vend)
            return 1;
        i = h;
    }
    return 0;
}

/* How many of tokens [from, to) name the verb's recipient (its iobj and
 * what hangs on it): "gave the Ivory Coast 5.1 million dollars of aid"
 * keeps "give … aid" within the pattern's gap, as "gave 5.1 million
 * dollars of aid to the Ivory Coast" does. */
static int recipient_words(const tc *c, const match_state *st, int from,
                           int to)
{
    int count = 0;
    for (int i = from; i < to; i++)
        for (int k = i, d = 0; k >= 0 && d < 4; k = head_of(c, k), d++) {
            int h = head_of(c, k);
            if (rel_base(c, k, "iobj") && h >= st->vstart && h <= st->vend) {
                count++;
                break;
            }
        }
    return count;
}

/* The object of the verb spanning tokens [vstart, vend] that stands
 * before it: its passive subject ("sanctions were imposed on Iran"), or
 * the noun an object relative clause hangs on ("the sanctions that the
 * EU imposed on Iran"), or -1. */
static int fronted_object(const tc *c, int vstart, int vend)
{
    for (int v = vstart; v <= vend; v++) {
        int k = child_rel(c, v, "nsubj:pass");
        if (k >= 0)
            return k;
    }
    int h = head_of(c, vstart);
    if (h < 0 || h >= vstart || !rel_is(c, vstart, "acl:relcl") ||
        child_rel(c, vstart, "nsubj") < 0 || c->mention_at[h] >= 0)
        return -1;
    for (int k = c->first_child[vstart]; k >= 0; k = c->next_sib[k])
        if (rel_is(c, k, "obj") &&
            !(k < vstart && pb_tc_is_relative_pronoun(c, k)))
            return -1; /* an object of its own: "reports that Iran had
                          attacked Israeli ships" */
    return h;
}

/* The last token of the simple noun phrase (determiner, adjectives,
 * nouns) that starts at token i, or i. */
static int skip_end(const tc *c, int i)
{
    int e = i;
    while (e + 1 < c->n && (c->t[e + 1].upos == PB_UPOS_NOUN ||
                            c->t[e + 1].upos == PB_UPOS_PROPN ||
                            c->t[e + 1].upos == PB_UPOS_ADJ ||
                            c->t[e + 1].upos == PB_UPOS_NUM))
        e++;
    while (e > i && c->t[e].upos != PB_UPOS_NOUN &&
           c->t[e].upos != PB_UPOS_PROPN)
        e--;
    return e;
}

/* Is token i the name of a town or region that is the verb's object,
 * or the noun of the preposition matched last (prev), matching a
 * pattern's "town", "city" or "village" ("captured Bakhmut" as "capture
 * town", "withdrew from Kharkiv" as "withdraw from town", "seized
 * Damascus" as "seize city")? */
static int named_place(const tc *c, const match_state *st,
                       const pb_pd_item *it, int i, int prev)
{
    /* (a capital, the actor its state, is a city too as the object:
     * "seized Damascus"; not "withdraw its envoy from Beijing") */
    int mi = c->place_names ? c->mention_at[i] : -1;
    int capital = mi >= 0 && c->m[mi].code && strlen(c->m[mi].code) == 3;
    if (!c->place_names || !c->place_names[i] || it->prep ||
        (mi >= 0 && !capital) || !is_settlement(it->word))
        return 0;
    int prepositional = rel_base(c, i, "obl") && prev >= 0 &&
                        case_of(c, i) == prev && !capital;
    if (!rel_is(c, i, "obj") && !prepositional)
        return 0;
    int h = head_of(c, i);
    return h >= st->vstart && h <= st->vend;
}

/* Is code an armed group fighting a state ("UGAREB", "COLREBELN",
 * "SOMINS")? */
static int armed_group(const char *code)
{
    size_t n = strlen(code);
    return n >= 6 && (strncmp(code + 3, "REB", 3) == 0 ||
                      strncmp(code + 3, "INS", 3) == 0);
}

/* Did pattern match m end on a town's name ("withdrew from Kharkiv")? */
static int pattern_named_place(const tc *c, const match_state *m)
{
    if (!c->place_names || m->last < 0 || m->last >= c->n)
        return 0;
    /* (or the noun of the pattern's closing preposition: "withdrew its
     * troops from Kherson" as "withdraw troop from") */
    int place = m->last;
    if (rel_is(c, place, "case") && head_of(c, place) > place)
        place = head_of(c, place);
    return c->place_names[place] && c->mention_at[place] < 0;
}

/* Is token i the verb of a complement clause of the pattern's verb with
 * a subject and a "that" of its own ("demanded that the government
 * withdraw the tax bill")? That clause is its subject's act, which the complement's own
 * reading frames (modality.tsv): not a word of the pattern. */
static int clause_of_its_own(const tc *c, const match_state *st, int i)
{
    int h = head_of(c, i);
    return h >= st->vstart && h <= st->vend && rel_is(c, i, "ccomp") &&
           c->t[i].upos == PB_UPOS_VERB && child_rel(c, i, "nsubj") >= 0 &&
           child_rel(c, i, "mark") >= 0;
}

/* Does token i lie in the clause of a noun of intent below the
 * pattern's verb, a clause whose verb the pattern does not name
 * ("announced plans to impose sanctions on Russia" is no "announce
 * sanction on": the sanctions are the imposing's)? */
static int other_clause(const tc *c, const match_state *st, int i)
{
    for (int x = head_of(c, i), d = 0; x >= 0 && d < PB_SYNTAX_MAX_TOKENS;
         x = head_of(c, x), d++) {
        if (x >= st->vstart && x <= st->vend)
            return 0;
        if (c->t[x].upos != PB_UPOS_VERB || !rel_base(c, x, "acl") ||
            !pb_tc_intent_noun(c, head_of(c, x)))
            continue;
        int named = 0;
        for (int k = 0; k < st->p->n_items && !named; k++)
            named = st->p->items[k].kind == PB_PI_WORD &&
                    word_is(c, x, st->p->items[k].word);
        if (!named)
            return 1;
    }
    return 0;
}

/* Does token i hang below token h through modifiers alone, no list
 * item on the way ("death" in "death and injury toll", not in "death and
 * injury total")? */
static int hangs_below(const tc *c, int i, int h)
{
    for (int d = 0; i >= 0 && d < c->n; d++) {
        if (i == h)
            return 1;
        if (rel_base(c, i, "conj"))
            return 0;
        i = head_of(c, i);
    }
    return 0;
}

/* Matches items k.. of the pattern with the next token allowed at `pos`
 * (`prev` = last token matched, -1 at the start). */
static int match_from(const tc *c, match_state *st, int k, int pos, int prev)
{
    const pb_pd_pattern *p = st->p;
    if (++st->steps > PB_TC_MAX_STEPS)
        return 0;
    if (k == p->n_items) {
        st->last = prev;
        return 1;
    }
    const pb_pd_item *it = &p->items[k];
    if (it->kind == PB_PI_VERB) {
        if (pos > st->vstart || (it->tight && prev != st->vstart - 1))
            return 0;
        return match_from(c, st, k + 1, st->vend + 1, st->vend);
    }
    int before = k < p->verb_at;
    int lo = pos, hi = before ? st->vstart - 1 : c->n - 1;
    int gap_end = hi; /* the last position within the pattern's gap */
    if (it->tight) {
        if (prev < 0)
            return 0;
        lo = prev + 1;
        if (lo > hi)
            return 0;
        hi = lo;
    } else if (it->braced && !c->pipeline && !before && prev >= 0) {
        /* "{NEW &TIETYPES RELATIONS}" names one noun phrase: only
         * adjectives may come between its words ("new global economic
         * relations", not "new economic trade relations"). */
        int last = hi;
        for (hi = lo = prev + 1; hi < last && c->t[hi].upos == PB_UPOS_ADJ;)
            hi++;
        gap_end = hi;
    } else if (it->grouped && prev >= 0 && prev + 1 + PB_TC_GROUP_GAP < hi) {
        gap_end = prev + 1 + PB_TC_GROUP_GAP;
        if (!c->pipeline)
            hi = gap_end;
        else /* a name counts as one word: "welcomed Kenyan President
                William Ruto to the White House" */
            for (int i = prev + 1; i <= gap_end && gap_end < hi; i++)
                if (c->mention_at[i] >= 0 &&
                    (int)c->m[c->mention_at[i]].first != i)
                    gap_end++;
    }
    if (c->pipeline && it->kind == PB_PI_WORD && !it->prep && !before &&
        (prev == st->vend ||
         (prev > st->vend && rel_is(c, prev, "compound:prt") &&
          head_of(c, prev) == st->vstart))) { /* (after "carried out") */
        /* "sanctions were imposed on Iran", "the sanctions the EU
         * imposed on Iran": the pattern's object stands before the verb */
        int ps = fronted_object(c, st->vstart, st->vend);
        if (ps >= 0 && word_is(c, ps, it->word) &&
            match_from(c, st, k + 1, pos, prev))
            return 1;
    }
    for (int i = lo; i <= hi; i++) {
        if (!before && !c->scope[i] && !it->tight)
            continue;
        if (it->braced && !c->pipeline && before && prev >= 0 &&
            !hangs_below(c, prev, i))
            continue; /* "{DEATH TOLL}" is one noun phrase: "death and
                         injury toll", not "death and injury total" */
        if (c->pipeline && !before && !it->tight &&
            (other_clause(c, st, i) || clause_of_its_own(c, st, i)))
            continue;
        int at = i > gap_end && prev >= 0
                     ? i - recipient_words(c, st, prev + 1, i)
                     : i; /* how far the gap runs, the recipient aside */
        if (at > gap_end && (at > gap_end + PB_TC_GROUP_GAP ||
                             !verb_dependent(c, st, i)))
            continue; /* a little further only as the verb's own nominal
                         or its preposition: "holding thousands of
                         refugees as human shields" */
        int end = -1, mi = c->mention_at[i];
        switch (it->kind) {
        case PB_PI_WORD:
            /* a pattern's last word, a preposition whose noun is the
             * target, is no infinitive marker ("go to" is not "is going
             * to attack"; "threaten to close" goes on with the verb) */
            if ((word_is(c, i, it->word) || named_place(c, st, it, i, prev)) &&
                !(c->pipeline && it->prep && k == p->n_items - 1 &&
                  c->t[i].upos == PB_UPOS_PART) &&
                !(c->pipeline && it->prep && head_of(c, i) >= 0 &&
                  pb_calendar_word(c->lower[head_of(c, i)])))
                end = i; /* (nor the "for" of a day: "called a strike
                            for Sunday" is no "call for") */
            break;
        case PB_PI_SYNSET: {
            int len = synset_at(c, it->synset, i);
            if (len)
                end = i + len - 1;
            break;
        }
        case PB_PI_SKIP: {
            /* '^' skips a simple noun phrase ("warned their Ent
             * populations about …", "at the Gondor of …"), else one
             * word */
            int ends[2] = {skip_end(c, i), i};
            for (int q = 0; q < (ends[0] == i ? 1 : 2); q++)
                if (!(before && ends[q] >= st->vstart) &&
                    match_from(c, st, k + 1, ends[q] + 1, ends[q]))
                    return 1;
            continue;
        }
        default: /* $ + %: an actor mention starting here (not a state's
                    word on a border that says where: "clashed with
                    rebels near the Libyan border") */
            if (mi >= 0 && (int)c->m[mi].first == i &&
                (it->kind != PB_PI_COMPOUND || is_compound(c, &c->m[mi])) &&
                !(c->pipeline && pb_tc_border_word(c, mi)))
                end = (int)c->m[mi].last;
            break;
        }
        if (end < 0 || (before && end >= st->vstart))
            continue;
        int save_s = st->source_m, save_t = st->target_m;
        int save_c = st->compound_m, save_n = st->has_neg;
        int save_p = st->prep_tok, save_x = st->extra;
        int save_g = st->skipped;
        if (!before && prev >= 0)
            st->skipped += i - prev - 1;
        if (it->kind == PB_PI_SYNSET)
            st->extra += end - i;
        if (it->prep)
            st->prep_tok = i;
        if (it->kind == PB_PI_SOURCE)
            st->source_m = mi;
        else if (it->kind == PB_PI_TARGET)
            st->target_m = mi;
        else if (it->kind == PB_PI_COMPOUND)
            st->compound_m = mi;
        else if (it->kind == PB_PI_WORD && is_negation_word(it->word))
            st->has_neg = 1;
        else if (it->kind == PB_PI_SYNSET) /* &NEGATVAUXVRB: "did n't" */
            for (int w = i; w <= end; w++)
                st->has_neg |= is_negation_word(c->lower[w]) ||
                               is_negation_word(c->lem[w]);
        if (match_from(c, st, k + 1, end + 1, end))
            return 1;
        st->source_m = save_s;
        st->target_m = save_t;
        st->compound_m = save_c;
        st->has_neg = save_n;
        st->prep_tok = save_p;
        st->extra = save_x;
        st->skipped = save_g;
    }
    return 0;
}

/* Marks the post-verb scope of v: its subtree without conjoined clauses
 * and parataxis, which are coded on their own. */
static void mark_scope(tc *c, int v)
{
    int stack[PB_SYNTAX_MAX_TOKENS];
    int sp = 0;
    memset(c->scope, 0, (size_t)c->n);
    stack[sp++] = v;
    while (sp) {
        int i = stack[--sp];
        if (c->scope[i])
            continue; /* a malformed tree with a cycle */
        c->scope[i] = 1;
        for (int k = c->first_child[i]; k >= 0; k = c->next_sib[k]) {
            if (i == v && ((rel_base(c, k, "conj") && is_verb(c, k)) ||
                           rel_is(c, k, "parataxis")))
                continue;
            if (sp < PB_SYNTAX_MAX_TOKENS)
                stack[sp++] = k;
        }
    }
}

/* Do the words of a multi-word verb surround token v? Sets the span. */
static int verb_fits(const tc *c, const pb_pd_verb *vb, int v, int *vs,
                     int *ve)
{
    if (v - vb->n_before < 0 || v + vb->n_after >= c->n)
        return 0;
    for (int k = 0; k < vb->n_before; k++)
        if (!word_is(c, v - vb->n_before + k, vb->before[k]))
            return 0;
    for (int k = 0; k < vb->n_after; k++)
        if (!word_is(c, v + 1 + k, vb->after[k]))
            return 0;
    *vs = v - vb->n_before;
    *ve = v + vb->n_after;
    return 1;
}

/* ---- events ---------------------------------------------------------------- */

static void emit(tc *c, const char *src, const char *tgt, const char *code,
                 int v, uint32_t line, int src_m, int tgt_m, int neg)
{
    if (!src || !tgt || !code || strcmp(src, tgt) == 0)
        return;
    for (size_t i = 0; i < c->n_ev; i++)
        if (strcmp(c->ev[i].source, src) == 0 &&
            strcmp(c->ev[i].target, tgt) == 0 &&
            strcmp(c->ev[i].code, code) == 0)
            return;
    if (c->n_ev >= PB_TC_MAX_EVENTS)
        return;
    pb_tc_event *e = &c->ev[c->n_ev++];
    e->source = src;
    e->target = tgt;
    e->code = code;
    e->verb = (uint32_t)v;
    e->pattern_line = line;
    e->source_mention = src_m;
    e->target_mention = tgt_m;
    e->negated = (uint8_t)neg;
}

static void emit_groups(tc *c, const tc_group *s, const tc_group *t,
                        const char *code, const char *code2, int v,
                        uint32_t line, int neg)
{
    for (int i = 0; i < s->n; i++)
        for (int j = 0; j < t->n; j++) {
            emit(c, s->codes[i], t->codes[j], code, v, line, s->mention[i],
                 t->mention[j], neg);
            if (code2)
                emit(c, t->codes[j], s->codes[i], code2, v, line,
                     t->mention[j], s->mention[i], neg);
        }
}

/* Builds the set of the sentence's words, so a pattern whose words are
 * not all present is skipped without matching. */
static int build_word_set(tc *c)
{
    size_t size = 16;
    while (size < (size_t)c->n * 4)
        size *= 2;
    c->words = pb_arena_alloc(c->arena, size * sizeof *c->words);
    if (!c->words)
        return -1;
    c->words_mask = size - 1;
    for (int i = 0; i < c->n; i++)
        for (int k = 0; k < 2; k++) {
            const char *w = k ? c->lem[i] : c->lower[i];
            size_t h = pb_hash_string(w) & c->words_mask;
            while (c->words[h] && strcmp(c->words[h], w) != 0)
                h = (h + 1) & c->words_mask;
            c->words[h] = w;
        }
    return 0;
}

static int word_present(const tc *c, const char *w)
{
    size_t h = pb_hash_string(w) & c->words_mask;
    for (; c->words[h]; h = (h + 1) & c->words_mask)
        if (strcmp(c->words[h], w) == 0)
            return 1;
    return 0;
}

/* Is the first word of some phrase of synset s in the sentence? Cached
 * per sentence in c->synset_seen (0 unknown, 1 yes, 2 no). */
static int synset_present(tc *c, const pb_pd_synset *s)
{
    uint8_t *seen = &c->synset_seen[s->id];
    if (*seen == 0) {
        *seen = 2;
        for (uint32_t k = 0; k < s->n_phrases && *seen == 2; k++)
            if (word_present(c, s->phrases[k][0]))
                *seen = 1;
    }
    return *seen == 1;
}

static int pattern_words_present(tc *c, const pb_pd_pattern *p)
{
    for (int k = 0; k < p->n_items; k++) {
        const pb_pd_item *it = &p->items[k];
        if ((it->kind == PB_PI_WORD && !word_present(c, it->word) &&
             !(c->names_places && is_settlement(it->word))) ||
            (it->kind == PB_PI_SYNSET && !synset_present(c, it->synset)))
            return 0;
    }
    return 1;
}

/* Is form its lemma with an "-es" English never adds to it ("departes"
 * for "depart", a lemma a given parse may carry)? */
static int false_es_form(const char *form, const char *lemma)
{
    size_t n = strlen(lemma);
    return strncmp(form, lemma, n) == 0 && strcmp(form + n, "es") == 0 &&
           !pb_takes_es(lemma, n);
}

/* The dictionary's entries for verb token k, by its form, else by its
 * lemma, unless the form is no English form of it. */
static size_t dictionary_verbs(const tc *c, int k,
                               const pb_pd_verb *const **cand)
{
    size_t nc = pb_pdict_verbs(c->d, c->lower[k], cand);
    if (nc == 0 && !false_es_form(c->lower[k], c->lem[k]))
        nc = pb_pdict_verbs(c->d, c->lem[k], cand);
    return nc;
}

/* Does v govern an xcomp verb that the dictionary codes? */
static int has_coded_xcomp(const tc *c, int v)
{
    for (int k = c->first_child[v]; k >= 0; k = c->next_sib[k]) {
        const pb_pd_verb *const *cand;
        if (rel_is(c, k, "xcomp") && is_verb(c, k) &&
            dictionary_verbs(c, k, &cand))
            return 1;
    }
    return 0;
}

/* The dictionary's reading of verb v: the best verb entry and pattern
 * (most words matched, then the longest verb phrase, then dictionary
 * order) and the codes they give. Marks v's scope. */
typedef struct verb_reading {
    const pb_pd_verb *entry;     /* NULL: v is not in the dictionary */
    const pb_pd_pattern *pattern;/* NULL: the verb's own code */
    match_state m;
    const char *code, *code2;
    uint32_t line;
    uint8_t addressed;           /* modal: the one urged or ordered is the
                                    target ("urged Iran to release") */
} verb_reading;

/* Does the pattern match m end on a noun? */
static int ends_in_noun(const tc *c, const match_state *m)
{
    return m->last >= 0 && m->last < c->n &&
           c->t[m->last].upos == PB_UPOS_NOUN;
}

static void read_verb(tc *c, int v, verb_reading *r)
{
    memset(r, 0, sizeof *r);
    const pb_pd_verb *const *cand;
    size_t nc = dictionary_verbs(c, v, &cand);
    if (nc == 0)
        return;
    mark_scope(c, v);
    int best_score = -1;
    for (size_t k = 0; k < nc; k++) {
        const pb_pd_verb *vb = cand[k];
        match_state st = {0};
        st.prep_tok = -1;
        if (!verb_fits(c, vb, v, &st.vstart, &st.vend))
            continue;
        int vwords = vb->n_before + vb->n_after;
        if (vwords * 100 > best_score) {
            best_score = vwords * 100;
            r->entry = vb;
            r->pattern = NULL;
            r->m = st;
        }
        for (uint32_t q = 0; q < vb->block->n_patterns; q++) {
            const pb_pd_pattern *p = &vb->block->patterns[q];
            int score = vwords * 100 + p->n_words * 2 + 1;
            /* PETRARCH-suite mode: a longer synset phrase is the more
             * specific match ("&HYPERCURR" on "austrian gold florin"
             * beats "&CURRENCY" on "florin"). */
            int reach = c->pipeline ? score : score + 2 * PB_TC_SYNSET_BONUS;
            /* in the pipeline, of two patterns as long that end in a
             * noun, the one whose words lie closer together ("sharing
             * information on PKK positions" shares information, not
             * positions) */
            int tie_open = c->pipeline && r->pattern && reach == best_score &&
                           ends_in_noun(c, &r->m);
            if ((reach <= best_score && !tie_open) ||
                !pattern_words_present(c, p))
                continue;
            match_state m = st;
            m.p = p;
            m.source_m = m.target_m = m.compound_m = -1;
            if (match_from(c, &m, 0, 0, -1) &&
                ((score += c->pipeline ? 0
                           : 2 * (m.extra < PB_TC_SYNSET_BONUS
                                      ? m.extra
                                      : PB_TC_SYNSET_BONUS)) > best_score ||
                 (tie_open && ends_in_noun(c, &m) &&
                  m.skipped < r->m.skipped))) {
                best_score = score;
                r->entry = vb;
                r->pattern = p;
                r->m = m;
            }
        }
    }
    if (!r->entry)
        return;
    r->code = r->pattern ? r->pattern->code : r->entry->code;
    r->code2 = r->pattern ? r->pattern->code2 : r->entry->code2;
    r->line = r->pattern ? r->pattern->line : 0;
}

/* Pipeline reading of "does v govern an xcomp verb that the dictionary
 * codes?": the complement must have a code of its own, not only an entry
 * ("rejected a request … held after": "hold" codes only in patterns).
 * Restores v's scope. */
static int xcomp_codes(tc *c, int v)
{
    int coded = 0;
    for (int k = c->first_child[v]; k >= 0 && !coded; k = c->next_sib[k]) {
        if (!rel_is(c, k, "xcomp") || !is_verb(c, k))
            continue;
        verb_reading r;
        read_verb(c, k, &r);
        coded = r.code || r.code2;
    }
    mark_scope(c, v);
    return coded;
}

/* Marks consumed the xcomp verbs of v that pattern p names ("agree to
 * hold talk" codes "hold" with "agree"; also a bare complement the
 * parser hung as advcl: "stopped attacking Ukraine"). */
static void consume_named(tc *c, int v, const pb_pd_pattern *p)
{
    for (int k = c->first_child[v]; k >= 0; k = c->next_sib[k]) {
        int bare = rel_base(c, k, "advcl") && child_rel(c, k, "nsubj") < 0 &&
                   child_rel(c, k, "mark") < 0;
        if (!(rel_is(c, k, "xcomp") || bare) || !is_verb(c, k))
            continue;
        for (int i = 0; i < p->n_items; i++)
            if (p->items[i].kind == PB_PI_WORD && word_is(c, k, p->items[i].word))
                c->consumed[k] = 1;
    }
}

/* A code negated through the ontology: PICO value minus
 * PB_PICO_NEGATION ("did not clash" → cooperate); NULL when the result
 * names no code. */
static const char *pico_negate(const tc *c, const char *code)
{
    int32_t v = code ? pb_pd_pico_of(c->d, code) : 0;
    return v ? pb_pd_pico_code(c->d, v - PB_PICO_NEGATION) : NULL;
}

/* PETRARCH-2's combination of a governing verb's PICO value with its
 * complement's: a negative complement is added; when both are of a verb
 * class (say, intend, …) the complement's wins; otherwise they add
 * ("will" 0x3000 + "help" 0x0040 = 0x3040, intend to aid). */
static int32_t pico_combine(int32_t gov, int32_t comp)
{
    if (comp < 0)
        return gov + comp;
    if (gov >= PB_PICO_VERB_CLASS && comp >= PB_PICO_VERB_CLASS)
        return comp;
    return gov + comp;
}

/* Is code a statement (CAMEO root 01, "make public statement")? */
static int statement(const char *code)
{
    return code && strncmp(code, PB_TC_STATEMENT_ROOT, 2) == 0;
}

/* Does clause k say what must be ("Sudan must return the helicopter")? */
static int deontic(const tc *c, int k)
{
    static const char *const musts[] = {"must", "should", "ought", NULL};
    for (int a = c->first_child[k]; a >= 0; a = c->next_sib[a])
        for (int w = 0; rel_base(c, a, "aux") && musts[w]; w++)
            if (strcmp(c->lower[a], musts[w]) == 0)
                return w == 0 ? PB_MODAL_DEMAND : PB_MODAL_APPEAL;
    return -1;
}

/* Has clause k an active subject that names an actor ("China must
 * drop barriers"; not "talks with China must continue", "it should be
 * seen")? */
static int actor_subject(const tc *c, int k)
{
    int s = child_rel(c, k, "nsubj");
    return s >= 0 && c->mention_at[s] >= 0 && c->m[c->mention_at[s]].code;
}

/* The act clause k says its subject needs to do ("Japan needs to enact
 * reforms": enact), or -1. */
static int needed_act(const tc *c, int k)
{
    if (strcmp(c->lem[k], "need") != 0 || child_rel(c, k, "nsubj") < 0)
        return -1;
    int x = child_rel(c, k, "xcomp");
    int m = x >= 0 ? child_rel(c, x, "mark") : -1;
    return m >= 0 && strcmp(c->lower[m], "to") == 0 && is_verb(c, x) ? x : -1;
}

/* Does clause k lay blame on its subject ("India was responsible for the
 * bombing", "Israel was behind the killing", "the rebels were guilty of
 * war crimes")? A predicate of blame with its copula. */
static int blaming_clause(const tc *c, int k)
{
    static const char *const blames[] = {"responsible", "guilty", "culpable",
                                         NULL};
    static const char *const behind[] = {"behind", NULL};
    if (child_rel(c, k, "cop") < 0)
        return 0;
    if (lemma_in(c->lem[k], blames))
        return 1;
    int cs = case_of(c, k);
    return cs >= 0 && lemma_in(c->lower[cs], behind);
}

/* Is k a subjectless "to" clause the parser hung as advcl where an xcomp
 * was meant ("urged the Community to support")? */
static int infinitive_clause(const tc *c, int k)
{
    if (!rel_base(c, k, "advcl") || child_rel(c, k, "nsubj") >= 0)
        return 0;
    int m = child_rel(c, k, "mark");
    return m >= 0 && strcmp(c->lower[m], "to") == 0;
}

/* A statement's clause of the speaker's outlook ("said he was confident
 * that …", "said it was skeptical over …"): an optimistic (013) or
 * pessimistic (012) comment, else NULL. */
static const char *outlook_clause(const tc *c, int v)
{
    static const char *const hopeful[] = {"optimistic", "confident",
                                          "hopeful", NULL};
    static const char *const gloomy[] = {"pessimistic", "skeptical",
                                         "sceptical", "doubtful", NULL};
    for (int k = c->first_child[v]; k >= 0; k = c->next_sib[k]) {
        int subj = child_rel(c, k, "nsubj");
        if (!rel_is(c, k, "ccomp") || c->t[k].upos != PB_UPOS_ADJ ||
            child_rel(c, k, "cop") < 0 || subj < 0 ||
            c->t[subj].upos != PB_UPOS_PRON || pb_tc_negated(c, k))
            continue;
        if (lemma_in(c->lem[k], hopeful))
            return PB_TC_OPTIMISM;
        if (lemma_in(c->lem[k], gloomy))
            return PB_TC_PESSIMISM;
    }
    return NULL;
}

/* v's reading r becomes `code`, its complement k taken (consumed);
 * `addressed`: the one urged or accused is the target. Returns k. */
static int take_complement(tc *c, int v, verb_reading *r, int k,
                           const char *code, int addressed)
{
    mark_scope(c, v);
    r->code = code;
    r->code2 = NULL;
    r->addressed = (uint8_t)addressed;
    c->consumed[k] = 1;
    return k;
}

/* Is k, framed by an intent (f; or a threat, "vow to attack" being one),
 * a use of military force negated ("pledged not to use force", "promised
 * that it would not attack", "vowed not to attack")? k is a complement:
 * an xcomp, a "to" clause, or (clause) a clause. */
static int renounced_force(tc *c, int k, int f, int clause)
{
    if (!c->pipeline || (f != PB_MODAL_INTEND && f != PB_MODAL_THREATEN) ||
        !is_verb(c, k) ||
        c->consumed[k] || !pb_tc_negated(c, k) ||
        !(clause || rel_is(c, k, "xcomp") || infinitive_clause(c, k)))
        return 0;
    verb_reading comp;
    read_verb(c, k, &comp);
    return comp.code && pb_tc_force_code(comp.code) &&
           strncmp(comp.code, "17", 2) != 0; /* coercion is no warfare */
}

/* The word a frame's pattern ends on past v, whose clause says what is
 * asked: v's object ("renewed an appeal to Belgium to extradite",
 * "rejected calls to release") or a participle on it ("issued a
 * declaration demanding that Turkey provide"); -1 if none. */
static int frame_noun(const tc *c, int v, const verb_reading *r)
{
    int n = r->pattern ? r->m.last : -1;
    if (n <= v || n >= c->n)
        return -1;
    int obj = c->t[n].upos == PB_UPOS_NOUN ? n : head_of(c, n);
    if (obj != n && !(is_verb(c, n) && rel_base(c, n, "acl")))
        return -1;
    return obj > v && head_of(c, obj) == v && rel_is(c, obj, "obj") ? n : -1;
}

/* Is k a clause of a frame's word f saying what is asked? 1: an
 * infinitive ("an appeal to Belgium to extradite"), 2: a "that" clause
 * ("demands that it initiate reforms", "demanding that Turkey provide"),
 * 0: neither. */
static int noun_complement(const tc *c, int f, int k)
{
    if (!is_verb(c, k))
        return 0;
    if (is_verb(c, f))
        return rel_is(c, k, "xcomp") ? 1 : rel_is(c, k, "ccomp") ? 2 : 0;
    int m = child_rel(c, k, "mark");
    if (!rel_base(c, k, "acl") || m < 0)
        return 0;
    if (strcmp(c->lower[m], "to") == 0 && child_rel(c, k, "nsubj") < 0)
        return 1;
    return strcmp(c->lower[m], "that") == 0 ? 2 : 0;
}

/* The token after k to try as v's complement: v's children, then those
 * of its frame noun (-1 after the last; k -1 for the first). */
static int next_complement(const tc *c, int v, int noun, int k)
{
    int next = k < 0 ? c->first_child[v] : c->next_sib[k];
    if (next < 0 && noun >= 0 && (k < 0 || head_of(c, k) == v))
        next = c->first_child[noun];
    return next;
}

/* The pipeline's combination (modality.h): a generic appeal, intent,
 * demand, rejection or threat (020, 030, 100, 120, 130) framing a
 * complement verb takes the code CAMEO gives the complement's act in
 * that frame ("agreed to lift sanctions" 0354, "urged X to release"
 * 0253, "refused to withdraw" 1246). The complement is an xcomp; for a
 * demand, threat or intent also a clause ("demanded that China
 * release", "warned that it would strike"), and a statement whose clause
 * says what must be is a demand ("said Sudan must return"). */
static int modal_complement(tc *c, int v, verb_reading *r)
{
    int frame = pb_modal_frame(r->code);
    int generic = strlen(r->code) == 3 && r->code[2] == '0';
    /* "threatened to stop negotiations": a frame's own pattern that ends
     * on the complement's verb ("threaten to stop", 131) yields to what
     * the complement's words say ("stop negotiation", 164: 134) */
    int reaching = frame >= 0 && !generic && r->pattern && r->m.last >= 0 &&
                   r->m.last < c->n && head_of(c, r->m.last) == v &&
                   r->m.last != v;
    if (!((generic || reaching) && frame >= 0) && !statement(r->code))
        return -1;
    int noun = reaching ? -1 : frame_noun(c, v, r);
    for (int k = next_complement(c, v, noun, -1); k >= 0;
         k = next_complement(c, v, noun, k)) {
        int of_noun = noun >= 0 && head_of(c, k) == noun;
        int nominal = of_noun ? noun_complement(c, noun, k) : 0;
        if ((reaching && k != r->m.last) || (of_noun && !nominal))
            continue;
        int clause = nominal ? nominal == 2 : rel_is(c, k, "ccomp");
        if (c->pipeline && clause && statement(r->code) &&
            blaming_clause(c, k) && actor_subject(c, k) &&
            !pb_tc_negated(c, k)) {
            /* "Pakistan said India was responsible for the bombing": an
             * accusation of the one blamed */
            return take_complement(c, v, r, k, PB_TC_ACCUSE, 1);
        }
        /* "told the United States to withdraw its troops": a demand */
        int told = c->pipeline && strcmp(c->lem[v], "tell") == 0 &&
                   (rel_is(c, k, "xcomp") || infinitive_clause(c, k)) &&
                   (child_rel(c, v, "obj") >= 0 || child_rel(c, v, "iobj") >= 0);
        int f = statement(r->code) ? (clause ? deontic(c, k)
                                      : told ? PB_MODAL_DEMAND
                                             : -1)
                                   : frame;
        /* "said Japan needs to enact reforms": what a speaker says
         * another needs to do is appealed for; the act is the need's
         * "to" complement */
        int act = k;
        int needed = c->pipeline && clause && statement(r->code) && f < 0
                         ? needed_act(c, k)
                         : -1;
        if (needed >= 0) {
            act = needed;
            f = PB_MODAL_APPEAL;
        }
        if (f == PB_MODAL_APPEAL && !clause && child_rel(c, v, "obj") < 0 &&
            child_rel(c, v, "iobj") < 0 && child_rel(c, v, "obl") < 0)
            f = PB_MODAL_INTEND; /* "seeks to finalize": no one is asked */
        /* "said Thailand should not send the Uyghurs back": what a
         * speaker says another must not do is a plain appeal or demand
         * (CAMEO has no code for the act forbidden) */
        int forbidden = c->pipeline && clause && statement(r->code) &&
                        (f == PB_MODAL_APPEAL || f == PB_MODAL_DEMAND) &&
                        pb_tc_negated(c, k);
        if (renounced_force(c, k, f, clause || nominal))
            /* "China pledged not to use force against Taiwan": an intent
             * to de-escalate */
            return take_complement(c, v, r, k, PB_TC_DEESCALATE_INTENT, 0);
        if (f < 0 || !is_verb(c, k) || c->consumed[k] ||
            (pb_tc_negated(c, k) && !forbidden) ||
            !(rel_is(c, k, "xcomp") || infinitive_clause(c, k) ||
              nominal == 1 ||
              (clause && ((f != PB_MODAL_APPEAL && f != PB_MODAL_REJECT) ||
                          statement(r->code) || nominal))))
            continue;
        verb_reading comp;
        read_verb(c, act, &comp);
        const pb_cameo_code *m =
            forbidden ? NULL : pb_modal_code(c->d->modality, comp.code, f);
        if (reaching && !(m && comp.pattern && ends_in_noun(c, &comp.m)))
            return -1; /* the complement's verb alone says no more */
        if (act != k && !m)
            continue; /* "NATO would need to remain strong": an opinion */
        mark_scope(c, v);
        /* "EU ministers agreed to impose sanctions on Russia": a hostile
         * act its doers agree on is decided among them, not threatened
         * to its target (CAMEO's intent of a hostile act is a threat):
         * the act itself */
        int decided = m && f == PB_MODAL_INTEND &&
                      strncmp(m->code, "13", 2) == 0 &&
                      strcmp(c->lem[v], "agree") == 0;
        /* "ordered two diplomats from Russia to leave the country": an
         * expulsion of the ones ordered out */
        int ordered_out = c->pipeline && f == PB_MODAL_DEMAND && !clause &&
                          strcmp(c->lem[v], "order") == 0 &&
                          strcmp(c->lem[k], "leave") == 0;
        /* "said China must drop barriers": an act CAMEO has no demand
         * code for is a demand all the same ("should": an appeal) */
        const char *code = ordered_out ? PB_TC_EXPEL
                           : decided   ? comp.code
                           : m     ? m->code
                           : statement(r->code) && (actor_subject(c, k) || told)
                               ? (f == PB_MODAL_DEMAND ? PB_TC_DEMAND
                                                       : PB_TC_APPEAL)
                               : NULL;
        if (!code)
            continue;
        r->code = code;
        r->code2 = NULL;
        r->line = comp.line;
        r->addressed = f == PB_MODAL_APPEAL || f == PB_MODAL_DEMAND;
        c->consumed[k] = c->consumed[act] = 1;
        return k;
    }
    return -1;
}

/* The verb that asks the subjectless "to" clause at v to be done
 * ("urged Eriador to respond": the clause as xcomp or advcl of "urged",
 * or as acl of its object), or -1. */
static int asking_verb(const tc *c, int v)
{
    int m = child_rel(c, v, "mark"), h = head_of(c, v);
    if (m < 0 || strcmp(c->lower[m], "to") != 0 || h < 0 ||
        child_rel(c, v, "nsubj") >= 0)
        return -1;
    if (rel_is(c, v, "acl") && (rel_is(c, h, "obj") || rel_is(c, h, "iobj")))
        h = head_of(c, h);
    else if (!rel_is(c, v, "xcomp") && !rel_is(c, v, "advcl"))
        return -1;
    return h >= 0 && pb_object_control(c->lem[h]) == PB_CONTROL_ASKS ? h : -1;
}

/* The code of v combined with its complement verb (an xcomp, "agreed to
 * help"), whose target then stands for the event's: through the
 * ontology when one is loaded, through modality.tsv in the pipeline.
 * Returns the complement token (marked consumed) or -1. */
static int combine_complement(tc *c, int v, verb_reading *r)
{
    if (c->d->modality && r->code)
        return modal_complement(c, v, r);
    if (!c->d->n_pico || !r->code)
        return -1;
    int32_t gov = pb_pd_pico_of(c->d, r->code);
    for (int k = c->first_child[v]; gov && k >= 0; k = c->next_sib[k]) {
        if (!rel_is(c, k, "xcomp") || !is_verb(c, k) || c->consumed[k] ||
            asking_verb(c, k) == v)
            continue;
        verb_reading comp;
        read_verb(c, k, &comp);
        int32_t cv = comp.code ? pb_pd_pico_of(c->d, comp.code) : 0;
        if (pb_tc_negated(c, k) && cv && !(comp.pattern && comp.m.has_neg))
            cv -= PB_PICO_NEGATION;
        const char *code = cv ? pb_pd_pico_code(c->d, pico_combine(gov, cv))
                              : NULL;
        mark_scope(c, v);
        if (!code)
            continue;
        r->code = code;
        r->code2 = NULL;
        r->line = comp.line;
        c->consumed[k] = 1;
        return k;
    }
    return -1;
}

/* The first token of the subtree of token root. */
static int left_edge(const tc *c, int root)
{
    for (int i = 0; i < root; i++)
        if (in_subtree(c, i, root))
            return i;
    return root;
}

static int right_edge(const tc *c, int root)
{
    for (int i = c->n - 1; i > root; i--)
        if (in_subtree(c, i, root))
            return i;
    return root;
}

static int quote_mark(const tc *c, int i)
{
    return strcmp(c->lower[i], "\"") == 0 || strcmp(c->lower[i], "``") == 0 ||
           strcmp(c->lower[i], "''") == 0;
}

/* Does the quotation mark at token i open or close a quoted word or
 * two inside a clause ("would take \"overwhelming\" action"), set off by
 * no comma? Such scare quotes end no quotation. */
static int scare_quote(const tc *c, int i)
{
    for (int d = 1; d <= 3; d++) {
        int a = i - d, b = i + d;
        if (a >= 0 && quote_mark(c, a) && strcmp(c->lower[i - 1], ",") != 0)
            return 1; /* closing one */
        if (b < c->n && quote_mark(c, b) && strcmp(c->lower[b - 1], ",") != 0)
            return 1; /* opening one */
        if ((a >= 0 && strcmp(c->lower[a], ",") == 0) ||
            (b < c->n && strcmp(c->lower[b], ",") == 0))
            return 0;
    }
    return 0;
}

/* Is token h the subject of a clause outside the one of verb v ("…,
 * Kallas said")? A subject acts in its own clause; one of a clause
 * below v ("threatened … unless Israel rescinded") may be its target. */
static int other_subject(const tc *c, int h, int v)
{
    /* ("…, South Korea's military said": the owner of such a subject) */
    while (h >= 0 && (rel_is(c, h, "nmod:poss") || rel_base(c, h, "compound")))
        h = head_of(c, h);
    return h >= 0 && rel_base(c, h, "nsubj") && !in_subtree(c, head_of(c, h), v);
}

/* Is token i inside a clause coordinated with verb v that has a subject
 * of its own ("Israel sent troops, but officials said the talks with
 * Egypt went well"), or with a verb above v ("accused Azerbaijan of
 * shelling its villages and called on Russia")? Clauses below v
 * ("threatened … unless Israel withdrew") are not. */
static int coordinated_clause(const tc *c, int v, int i)
{
    for (int d = 0; i >= 0 && i != v && d < PB_SYNTAX_MAX_TOKENS; d++) {
        if ((rel_base(c, i, "conj") && child_rel(c, i, "nsubj") >= 0) ||
            rel_is(c, i, "parataxis"))
            return in_subtree(c, head_of(c, i), v) ||
                   in_subtree(c, v, head_of(c, i));
        /* a verb joined to one above v, its subject shared ("accused
         * Azerbaijan of shelling its villages and called on Russia") */
        if (rel_base(c, i, "conj") && is_verb(c, i) && head_of(c, i) >= 0 &&
            head_of(c, i) != v && in_subtree(c, v, head_of(c, i)) &&
            !in_subtree(c, v, i))
            return 1;
        i = head_of(c, i);
    }
    return 0;
}

/* Does token i lie in verb v's "by" agent ("brokered by Egypt and
 * Qatar")? The agent acts; it is no target of the act. */
static int in_agent(const tc *c, int v, int i)
{
    for (int d = 0; i >= 0 && i != v && d < PB_SYNTAX_MAX_TOKENS; d++) {
        if (rel_is(c, i, "obl:agent") && head_of(c, i) == v)
            return 1;
        i = head_of(c, i);
    }
    return 0;
}

/* Does token i lie in a clause with its own subject coordinated with
 * verb v itself ("Malawi confirmed its first infections and Zambia had
 * its first death")? Not what v says. */
static int beside_statement(const tc *c, int v, int i)
{
    for (int d = 0; i >= 0 && i != v && d < PB_SYNTAX_MAX_TOKENS; d++) {
        if (head_of(c, i) == v)
            return rel_base(c, i, "conj") && child_rel(c, i, "nsubj") >= 0;
        i = head_of(c, i);
    }
    return 0;
}

/* Is mention mi a lone state adjective on a noun that names no actor or
 * agent ("an Italian Sinologist", "a Chinese student")? It tells where a
 * speaker is from, not that the state speaks. */
static int nationality_of_person(const tc *c, int mi)
{
    const tc_mention *m = &c->m[mi];
    int g = head_of(c, (int)m->first);
    return m->first == m->last && c->t[m->first].xpos[0] == 'J' && g >= 0 &&
           c->t[g].upos == PB_UPOS_NOUN && c->mention_at[g] < 0;
}

/* The pipeline's fallback where the tree names no actor (often a parse
 * error): the source is the nearest actor before the verb, not one named
 * as a place (src NULL: none,
 * the tree named a subject that is no actor; from token `from` on),
 * the target the first actor within PB_TC_NEIGHBOUR_DISTANCE tokens
 * after it, before any quotation mark: for a statement, one inside the
 * subtree of its verb v, else one that is no subject of a clause outside
 * v's. */
/* Clauses of time: they date what a statement says, and are not whom
 * it is about ("remarked on it, shortly before Trump took office"; but a
 * criticism "after Israel shelled Gaza" may well be of Israel). */
static const char *const time_marks[] = {"after", "before", "while", "since",
                                         "when", "once", NULL};
/* Clauses of topic: what is disagreed about ("disagreed about who
 * started the war between Russia and Ukraine"); what a statement is
 * about is its target. */
static const char *const topic_marks[] = {"about", "over", "whether", NULL};

/* Is token i, below verb v, inside an adverbial clause marked by one of
 * marks? */
static int in_marked_clause(const tc *c, int i, int v,
                            const char *const *marks)
{
    for (int d = 0; i >= 0 && i != v && d < PB_SYNTAX_MAX_TOKENS; d++) {
        int m = rel_base(c, i, "advcl") ? child_rel(c, i, "mark") : -1;
        for (int k = 0; m >= 0 && marks[k]; k++)
            if (strcmp(c->lower[m], marks[k]) == 0)
                return 1;
        i = head_of(c, i);
    }
    return 0;
}

/* Is nominal k marked as where something happens or where a journey
 * goes ("meetings that wrapped up in Beijing", "their home in China", "a
 * visit to South Africa")? It acts in nothing. Not where
 * an agent is from or based ("security forces in Somalia",
 * "representatives from Iran", "a group based in Trinidad"): that names
 * the agent's state. */
static int place_phrase(const tc *c, int k)
{
    static const char *const places[] = {"in", "at", "near", "from",
                                         "inside", "across", "throughout",
                                         NULL};
    static const char *const based[] = {"base", "station", "headquarter",
                                        NULL};
    static const char *const journeys[] = {"visit", "trip", "journey", "tour",
                                           "flight", "travel", "return",
                                           "way", NULL};
    int cs = case_of(c, k), h = head_of(c, k);
    if (cs >= 0 && h >= 0 && strcmp(c->lower[cs], "to") == 0 &&
        lemma_in(c->lem[h], journeys))
        return 1; /* "during a visit to South Africa to meet …" */
    if (cs < 0 || !lemma_in(c->lower[cs], places) || h < 0)
        return 0;
    if (pb_day_word(c->t[h].form))
        return 1; /* "On Monday in Moscow, police detained …" */
    int agent = c->mention_at[h] >= 0 && c->m[c->mention_at[h]].phrase->is_agent;
    return !agent && c->t[h].upos != PB_UPOS_PROPN &&
           !(c->t[h].upos == PB_UPOS_NOUN && c->t[h].xpos[2] == 'S') &&
           !lemma_in(c->lem[h], based);
}

/* Is every member of g (none included) named only as where something
 * happens ("in Nairobi", "at the square in Kyiv", "marched through
 * Belgrade")? */
static int located_only(const tc *c, const tc_group *g)
{
    static const char *const at[] = {"in", "at", "near", "inside",
                                     "across", "throughout", "through",
                                     NULL};
    for (int i = 0; i < g->n; i++) {
        int mi = g->mention[i];
        int cs = mi >= 0 ? case_of(c, pb_tc_mention_head(c, &c->m[mi])) : -1;
        if (cs < 0 || !lemma_in(c->lower[cs], at))
            return 0;
    }
    return 1;
}

/* Is h a name no actor claims under a title that names an agent
 * ("Judge Alejandro Rivera", "General John Smith": the title hangs on
 * the first name)? */
static int titled_name(const tc *c, int h)
{
    if (c->t[h].upos != PB_UPOS_PROPN || c->mention_at[h] >= 0)
        return 0;
    for (int k = c->first_child[h]; k >= 0; k = c->next_sib[k])
        if (k < h && c->mention_at[k] >= 0 &&
            c->m[c->mention_at[k]].phrase->is_agent &&
            (rel_is(c, k, "nmod:desc") || rel_is(c, k, "compound")))
            return 1;
    return 0;
}

/* Is token k a number word that heads a crowd ("hundreds of
 * protesters", "thousands of police")? */
static int crowd_noun(const tc *c, int k)
{
    static const char *const crowds[] = {"ten", "hundred", "thousand", "dozen",
                                         "score", "million", "crowd", NULL};
    return lemma_in(c->lem[k], crowds);
}

/* Is token s an agent subject that names armed men no state owns
 * ("militants", "gunmen", "insurgents")? No actor of another clause is
 * theirs ("the Taliban denied that militants used their territory to
 * attack Pakistan"), as the army that reports them is its soldiers'. */
static int armed_outsiders(const tc *c, int s)
{
    static const char *const armed[] = {"REB", "UAF", "INS", NULL};
    int mi = s >= 0 ? c->mention_at[s] : -1;
    if (mi < 0 || !c->m[mi].phrase || !c->m[mi].phrase->is_agent ||
        !c->m[mi].phrase->agent)
        return 0;
    return lemma_in(c->m[mi].phrase->agent, armed);
}

/* Is token k part of an actor mention with a code (not an agent
 * alone)? */
static int coded_mention(const tc *c, int k)
{
    return k >= 0 && c->mention_at[k] >= 0 && c->m[c->mention_at[k]].code;
}

/* Is mention mi a party verb v acts on, named by its agent alone ("riot
 * police", "political prisoners"), with no state's code? Not refugees,
 * who belong to where they fled ("will not accept any more refugees if
 * war starts in Iraq"), nor forces an actor named as the subject sends
 * ("Taiwan scrambled jets after China began drills"). */
static int stateless_party(const tc *c, int v, int mi)
{
    static const char *const displaced[] = {"REF", NULL};
    static const char *const forces[] = {"MIL", NULL};
    if (mi < 0 || c->m[mi].code || !c->m[mi].phrase ||
        !c->m[mi].phrase->is_agent || !c->m[mi].phrase->agent ||
        lemma_in(c->m[mi].phrase->agent, displaced))
        return 0;
    int s = child_rel(c, v, "nsubj");
    return !(lemma_in(c->m[mi].phrase->agent, forces) &&
             coded_mention(c, s));
}

static void neighbour_roles(tc *c, int v, int vend,
                            tc_group *src, int from, int upto,
                            int statement_verb, tc_group *tgt)
{
    for (int i = upto; src && i >= from && src->n == 0; i--) {
        int mi = c->mention_at[i];
        if (mi >= 0 && c->m[mi].code &&
            !pb_tc_beside_act(c, pb_tc_mention_head(c, &c->m[mi])) &&
            !place_phrase(c, pb_tc_mention_head(c, &c->m[mi])) &&
            !pb_tc_summary_agent(c, v, pb_tc_mention_head(c, &c->m[mi])) &&
            !(statement_verb && nationality_of_person(c, mi)))
            pb_tc_group_of(c, pb_tc_mention_head(c, &c->m[mi]), src);
    }
    for (int i = vend + 1;
         i < c->n && i <= vend + PB_TC_NEIGHBOUR_DISTANCE && tgt->n == 0;
         i++) {
        if (quote_mark(c, i) && !scare_quote(c, i))
            break; /* "'…,' X said": the speaker is no target */
        if (rel_is(c, v, "acl:relcl") && !in_subtree(c, i, v) &&
            coded_mention(c, head_of(c, v)))
            break; /* an actor's relative clause's neighbours end with it
                      ("Kenya, which hosts a refugee camp, urged
                      Somalia") */
        int mi = c->mention_at[i];
        int h = mi >= 0 ? pb_tc_mention_head(c, &c->m[mi]) : -1;
        if (c->pipeline && !statement_verb && stateless_party(c, v, mi) &&
            head_of(c, h) == v && pb_tc_addressed(c, h) &&
            child_rel(c, h, "nmod:poss") < 0)
            break; /* "clashed with riot police for a third night, hours
                      after parliament passed a law", "freed 18 political
                      prisoners a day after a U.S. envoy met …": the
                      party the verb acts on, whom no state claims yet,
                      is the target (not the source's own: "put its
                      armed forces on alert after China sent warships") */
        if (mi >= 0 && c->m[mi].code && !pb_tc_meeting_place(c, h) &&
            !pb_tc_border_word(c, mi) &&
            !pb_tc_beside_act(c, h) && !pb_tc_summary_agent(c, v, h) &&
            !in_agent(c, v, h) &&
            !(c->pipeline && c->charges && pb_tc_inside_charge(c, v, i)) &&
            (statement_verb ? in_subtree(c, i, v) &&
                                  !in_marked_clause(c, i, v, time_marks) &&
                                  !beside_statement(c, v, i)
                            : !other_subject(c, h, v) &&
                                  !coordinated_clause(c, v, i) &&
                                  !pb_tc_aside_clause(c, v, i) &&
                                  !in_marked_clause(c, i, v, topic_marks) &&
                                  /* (force is aimed at no one a clause
                                   * of time names: "struck hideouts two
                                   * days after al-Shabaab stormed …") */
                                  !(c->pipeline && (c->force || c->appeal) &&
                                    in_marked_clause(c, i, v, time_marks))))
            pb_tc_group_of(c, pb_tc_mention_head(c, &c->m[mi]), tgt);
    }
}

/* The actor a pronoun object of a dependent clause stands for: the one
 * the verb above was done to ("wrote to President Bush urging him to
 * send", "blamed India, accusing it of …"), or, in a relative clause of
 * that verb's object, its subject ("met Zelensky, who urged him"); or
 * -1. */
static int object_antecedent(const tc *c, int pronoun)
{
    int w = head_of(c, pronoun), h = w >= 0 ? head_of(c, w) : -1;
    if (w >= 0 && h >= 0 && rel_is(c, w, "acl:relcl") && rel_is(c, h, "obj")) {
        /* "X met Zelensky, who urged him to …": the one met is addressed
         * back to the one who met him */
        int g = head_of(c, h);
        int s = g >= 0 ? child_rel(c, g, "nsubj") : -1;
        return s >= 0 && c->mention_at[s] >= 0 ? s : -1;
    }
    if (h < 0 || !(rel_base(c, w, "advcl") || rel_is(c, w, "xcomp") ||
                   rel_base(c, w, "conj")))
        return -1;
    for (int k = c->first_child[h]; k >= 0 && k < pronoun; k = c->next_sib[k])
        if ((c->mention_at[k] >= 0 || (c->pipeline && rel_is(c, k, "obj") &&
                                       c->t[k].upos == PB_UPOS_PROPN)) &&
            pb_tc_addressed(c, k))
            return k; /* (a name no actor claims, "President Dina
                         Boluarte", as well) */
    /* "imposed sanctions on Cuban officials, accusing them of …": the
     * ones the object is aimed at; "ordered the expulsion of three aid
     * workers, accusing them of …": the ones an act done to people is
     * done to */
    static const char *const aimed_at[] = {"on", "against", "upon", NULL};
    static const char *const of[] = {"of", NULL};
    static const char *const acts_on_people[] = {
        "expulsion", "deportation", "extradition", "removal", "dismissal",
        "release", "arrest", "detention", "prosecution", "trial", NULL};
    int o = child_rel(c, h, "obj");
    for (int k = o >= 0 ? c->first_child[o] : -1; k >= 0 && k < pronoun;
         k = c->next_sib[k]) {
        int cs = rel_base(c, k, "nmod") ? case_of(c, k) : -1;
        if (cs >= 0 && c->mention_at[k] >= 0 &&
            (lemma_in(c->lower[cs], aimed_at) ||
             (lemma_in(c->lower[cs], of) &&
              lemma_in(c->lem[o], acts_on_people))))
            return k;
    }
    /* "blamed archrival India, accusing it of …", with the parser's
     * oblique for the object: one actor hung on a verb of judging after
     * it */
    static const char *const judging[] = {"blame", "accuse", "criticize",
                                          "criticise", "condemn", "praise",
                                          "thank", "denounce", NULL};
    if (!lemma_in(c->lem[h], judging))
        return -1;
    int only = -1, n = 0;
    for (int k = c->first_child[h]; k >= 0 && k < pronoun; k = c->next_sib[k])
        if (k > h && c->mention_at[k] >= 0 && c->m[c->mention_at[k]].code &&
            rel_base(c, k, "obl") && !rel_is(c, k, "obl:agent")) {
            only = k;
            n++;
        }
    return n == 1 && (rel_base(c, w, "advcl") || rel_is(c, w, "xcomp")) &&
                   (rel_is(c, pronoun, "obj") || rel_is(c, pronoun, "iobj"))
               ? only
               : -1;
}

/* Nouns of harm done to people ("the killing of a commander"). */
static const char *const harms[] = {
    "killing", "murder", "assassination", "arrest", "detention",
    "execution", "abduction", "kidnapping", "death", "imprisonment",
    "jailing", "torture", "shooting", NULL};

/* The possessor that does the harm noun o names ("Iran's execution of
 * four men": Iran), when an actor's name; -1. */
static int possessive_doer(tc *c, int o)
{
    int p = o >= 0 && lemma_in(c->lem[o], harms)
                ? child_rel(c, o, "nmod:poss")
                : -1;
    return p >= 0 && c->mention_at[p] >= 0 && c->m[c->mention_at[p]].code
               ? p
               : -1;
}

/* Is token o a noun of harm done ("the killing of a commander") whose
 * doer the phrase does not name (no possessor, no "by")? */
static int harm_without_doer(tc *c, int o)
{
    if (o < 0 || !lemma_in(c->lem[o], harms) ||
        child_rel(c, o, "nmod:poss") >= 0)
        return 0;
    for (int k = 0; k < c->n; k++) {
        int cs = case_of(c, k); /* "by Russian police", wherever hung */
        if (cs >= 0 && strcmp(c->lower[cs], "by") == 0 && in_subtree(c, k, o))
            return 0;
    }
    return 1;
}

/* Is token o a common noun for people ("two suspects") or an agent no
 * state claims ("a man", "three activists"), that no actor's or other
 * agent's name is part of? */
static int unnamed_people(tc *c, int o)
{
    static const char *const people[] = {
        "man", "woman", "person", "people", "suspect", "individual",
        "teenager", "boy", "girl", "child", NULL};
    int mi = o >= 0 ? c->mention_at[o] : -1;
    if (o < 0 || (mi >= 0 && c->m[mi].code) ||
        (mi < 0 && !lemma_in(c->lem[o], people)))
        return 0;
    tc_group g = {0};
    pb_tc_group_of(c, o, &g);
    if (g.n == 0) /* "20 people, including two opposition lawmakers" */
        pb_tc_stateless_group_of(c, o, &g);
    return g.n == 0 || (g.n == 1 && g.mention[0] == mi);
}

/* Is token s a person no actor claims: "he", "she" or "they" left
 * unresolved, or a name the actor lists lack? */
static int unclaimed_person(const tc *c, int s)
{
    if (s < 0 || c->mention_at[s] >= 0)
        return 0;
    return (pb_tc_is_personal_pronoun(c, s) &&
            strcmp(c->lower[s], "it") != 0) ||
           c->t[s].upos == PB_UPOS_PROPN;
}

/* The source group of verb v when active (a pronoun stands for its
 * antecedent); 0 when v is passive. */
static int active_source(tc *c, int v, tc_group *g)
{
    int passive;
    int s = pb_tc_subject_of(c, v, &passive, 0);
    if (passive)
        return 0;
    if (s >= 0 && pb_tc_is_personal_pronoun(c, s)) {
        int a = pb_tc_antecedent(c, v);
        s = a >= 0 ? a : s;
    }
    pb_tc_group_of(c, s, g);
    return 1;
}

static pb_tt_role tt_role(const tc_group *g)
{
    pb_tt_role r = {g->codes, g->n};
    return r;
}

/* PETRARCH's transformations: verb v whose complement clause k codes an
 * event of its own ("Arnor said Gondor attacked Rohan"; "Arnor wants to
 * attack Rohan", where k has no subject) may be rewritten as one event.
 * Returns 1 when a transformation applied; v and k are then coded. */
static int transform_verb(tc *c, int v)
{
    if ((child_rel(c, v, "ccomp") < 0 && child_rel(c, v, "xcomp") < 0) ||
        pb_tc_time_clause(c, v) || pb_tc_negated(c, v))
        return 0; /* no complement clause: a cheap test first */
    verb_reading r;
    read_verb(c, v, &r);
    tc_group top = {0};
    if (!r.code || !active_source(c, v, &top))
        return 0;
    for (int k = c->first_child[v]; k >= 0; k = c->next_sib[k]) {
        int ccomp = rel_is(c, k, "ccomp");
        if ((!ccomp && !rel_is(c, k, "xcomp")) || !is_verb(c, k) ||
            c->consumed[k] || pb_tc_negated(c, k))
            continue;
        verb_reading kr;
        read_verb(c, k, &kr);
        tc_group src = {0}, tgt = {0};
        if (!kr.code || (ccomp && !active_source(c, k, &src)))
            continue;
        if (kr.pattern && kr.m.target_m >= 0)
            pb_tc_group_of(c, pb_tc_mention_head(c, &c->m[kr.m.target_m]), &tgt);
        else
            pb_tc_target_of(c, k, -1, kr.m.prep_tok, &tgt);
        if (tgt.n == 0)
            pb_tc_fallback_target(c, k, kr.m.vend, -1, &tgt);
        pb_tt_nested e = {{tt_role(&top), tt_role(&src), tt_role(&tgt)},
                          r.code, kr.code};
        pb_tt_result res;
        if (!pb_tt_match(c->d, &e, &res))
            continue;
        const tc_group *roles[PB_TT_ROLES] = {&top, &src, &tgt};
        emit_groups(c, roles[res.source], roles[res.target], res.code, NULL,
                    v, res.line, 0);
        c->consumed[k] = c->consumed[v] = 1;
        return 1;
    }
    return 0;
}

/* Is verb v a participle modifying a noun after a determiner, adjective
 * or verb ("the captured fighters", "a proposed bill", "extradite
 * accused criminals"), which names no act of its own? One after a noun
 * or pronoun is more often a main verb the parser took for a modifier
 * ("Israel struck targets", "The US on Thursday rejected calls"). */
static int modifier_participle(const tc *c, int v)
{
    if (!rel_base(c, v, "amod") || v == 0)
        return 0;
    const pb_token *prev = &c->t[v - 1];
    return prev->upos != PB_UPOS_NOUN && prev->upos != PB_UPOS_PROPN &&
           strcmp(prev->xpos, "PRP") != 0;
}

/* Is verb v what a thing is used or made for ("a military plane used to
 * help troops communicate", "a drone designed to strike ships"): a "to"
 * clause of a participle of use or making that modifies a noun? It
 * names the thing's purpose, no act. */
static int purpose_of_thing(const tc *c, int v)
{
    static const char *const making[] = {"use", "design", "build", "equip",
                                         NULL};
    int m = child_rel(c, v, "mark"), p = head_of(c, v);
    return (rel_base(c, v, "advcl") || rel_is(c, v, "xcomp")) && m >= 0 &&
           strcmp(c->lower[m], "to") == 0 && p >= 0 &&
           rel_base(c, p, "acl") && strcmp(c->t[p].xpos, "VBN") == 0 &&
           lemma_in(c->lem[p], making);
}

/* Is verb v a participle serving as a preposition of comparison: a
 * subjectless "compared to/with" or "as opposed to" modifying a clause
 * ("… comes from online shopping, compared to 7% in the United
 * Kingdom"), which compares figures and names no criticism? */
static int comparison_participle(const tc *c, int v)
{
    if (strcmp(c->lem[v], "compare") != 0 && strcmp(c->lem[v], "oppose") != 0)
        return 0;
    if ((strcmp(c->t[v].xpos, "VBN") != 0 && c->t[v].upos != PB_UPOS_ADJ) ||
        child_rel(c, v, "nsubj") >= 0 || child_rel(c, v, "nsubj:pass") >= 0 ||
        child_rel(c, v, "aux") >= 0 || child_rel(c, v, "aux:pass") >= 0 ||
        child_rel(c, v, "cop") >= 0 || head_of(c, v) < 0)
        return 0;
    if (strcmp(c->lem[v], "oppose") == 0)
        return v > 0 && strcmp(c->lower[v - 1], "as") == 0;
    return 1;
}

/* Is verb v an opening passive participle with no agent ("Asked about
 * Russia's drills, China declined to comment")? The main clause's
 * subject is the one acted on; the act's doer is not named. */
static int opening_passive(const tc *c, int v)
{
    return v == 0 && rel_base(c, v, "advcl") &&
           (strcmp(c->t[v].xpos, "VBN") == 0 ||
            strcmp(c->t[v].xpos, "VBD") == 0) &&
           child_rel(c, v, "nsubj") < 0 && child_rel(c, v, "nsubj:pass") < 0 &&
           child_rel(c, v, "aux") < 0 && child_rel(c, v, "aux:pass") < 0 &&
           child_rel(c, v, "obl:agent") < 0;
}

/* Has verb v an object or "with" phrase that is an agent no actor
 * claims ("met officials", "talked with leaders")? */
static int unclaimed_agent_object(const tc *c, int v)
{
    for (int k = c->first_child[v]; k >= 0; k = c->next_sib[k]) {
        int cs = case_of(c, k);
        int mi = c->mention_at[k];
        if ((rel_is(c, k, "obj") ||
             (rel_base(c, k, "obl") && cs >= 0 &&
              strcmp(c->lower[cs], "with") == 0)) &&
            mi >= 0 && !c->m[mi].code)
            return 1;
    }
    return 0;
}

/* Can two subjects with no target do code's act to each other ("Israel
 * and Lebanon renewed negotiations", "clashed", "agreed to cooperate")
 * rather than together ("Pakistan and China rejected the claims")?
 * Intent, consultation, cooperation and fighting can. */
static int reciprocal(const char *code)
{
    static const char *const roots[] = {"03", "04", "05", "06", "19", NULL};
    /* hosts, visitors and mediators, and those who offer to mediate, act
     * on a third party ("a ceasefire brokered by Egypt and Qatar",
     * "Macron and Scholz visited Beijing") */
    static const char *const third[] = {"039", "042", "043", "045", NULL};
    for (int i = 0; code && third[i]; i++)
        if (strncmp(code, third[i], 3) == 0)
            return 0;
    if (code && strcmp(code, PB_TC_ACCORD) == 0)
        return 1; /* "Egypt and the US agreed that …" */
    for (int i = 0; code && roots[i]; i++)
        if (strncmp(code, roots[i], 2) == 0)
            return 1;
    return 0;
}

/* Is passive verb v a reported fact ("were detained", "have been
 * arrested"), not a purpose or a gerund ("to be prosecuted", "from
 * being detained")? */
static int reported_passive(const tc *c, int v)
{
    static const char *const finite[] = {"was", "were", "is", "are", "been",
                                         NULL};
    int aux = child_rel(c, v, "aux:pass");
    return aux >= 0 && lemma_in(c->lower[aux], finite);
}

/* Is code a meeting or talks, which three parties may hold with one
 * another ("Saudi Arabia, Egypt and Jordan held talks")? */
static int summit(const char *code)
{
    static const char *const meetings[] = {"040", "041", "046", NULL};
    for (int i = 0; code && meetings[i]; i++)
        if (strcmp(code, meetings[i]) == 0)
            return 1;
    return 0;
}

/* Are all of group g's mentions inside another clause than verb v's
 * (the nearest verb above each mention's head is not v)? */
static int all_in_other_clause(const tc *c, const tc_group *g, int v)
{
    for (int i = 0; i < g->n; i++) {
        if (g->mention[i] < 0)
            return 0;
        int k = head_of(c, pb_tc_mention_head(c, &c->m[g->mention[i]]));
        for (int d = 0; k >= 0 && k != v && !is_verb(c, k) && d < c->n; d++)
            k = head_of(c, k);
        if (k == v || k < 0)
            return 0;
    }
    return 1;
}

/* When the object of force verb v, or the noun of its "on" or "at",
 * is owned by "its" or "their" ("opened fire on its posts"), and v
 * reports what a speaker above it said, sets g to the speaker's actors:
 * the possessive stands for the one reporting the harm done to it; so
 * it does for the one harmed in the clause v tells the time of, and for
 * the accuser of a charge. */
static void reporter_of_possessive(tc *c, int v, tc_group *g)
{
    static const char *const possessives[] = {"its", "their", NULL};
    static const char *const aims[] = {"on", "at", "against", NULL};
    int owned = 0;
    for (int k = c->first_child[v]; k >= 0 && !owned; k = c->next_sib[k]) {
        int cs = case_of(c, k);
        if (!(rel_is(c, k, "obj") ||
              (rel_base(c, k, "obl") && cs >= 0 &&
               lemma_in(c->lower[cs], aims))))
            continue;
        int p = child_rel(c, k, "nmod:poss");
        owned = p >= 0 && lemma_in(c->lower[p], possessives);
        /* "opened fire on its posts" with the posts hung on "fire";
         * "struck three of its positions" */
        static const char *const of_aims[] = {"on", "at", "against", "of",
                                              NULL};
        for (int j = c->first_child[k]; j >= 0 && !owned;
             j = c->next_sib[j]) {
            int jc = case_of(c, j), jp = child_rel(c, j, "nmod:poss");
            owned = rel_base(c, j, "nmod") && jc >= 0 &&
                    lemma_in(c->lower[jc],
                             rel_is(c, k, "obj") ? of_aims : aims) &&
                    jp >= 0 && lemma_in(c->lower[jp], possessives);
        }
    }
    if (!owned || head_of(c, v) < 0)
        return; /* a main clause has no reporter */
    /* the accuser of a charge ("Armenia accused Azerbaijan of shelling
     * its villages"): none accuses another of harming its own */
    static const char *const accusing[] = {"accuse", "blame", "charge",
                                           "suspect", "condemn", NULL};
    int mark = child_rel(c, v, "mark"), up = head_of(c, v);
    if (up >= 0 && !is_verb(c, up) && rel_is(c, v, "acl"))
        up = head_of(c, up); /* (the charge hung on the one accused) */
    if (mark >= 0 && strcmp(c->lower[mark], "of") == 0 &&
        strcmp(c->t[v].xpos, "VBG") == 0 && up >= 0 && is_verb(c, up) &&
        lemma_in(c->lem[up], accusing)) {
        int accused_passive, a = pb_tc_subject_of(c, up, &accused_passive, 0);
        if (!accused_passive && a >= 0 && c->mention_at[a] >= 0)
            pb_tc_group_of(c, a, g);
        return;
    }
    int passive, s = pb_tc_subject_of(c, head_of(c, v), &passive, 0);
    /* the reporter of a reported clause; the sufferer of a clause of
     * time ("three civilians were wounded when drones hit their
     * homes") */
    if (s >= 0 && c->mention_at[s] >= 0 &&
        ((rel_is(c, v, "ccomp") && !passive) ||
         (rel_base(c, v, "advcl") && passive)))
        pb_tc_group_of(c, s, g);
}

/* Is verb v's act mutual whatever its code: an exchange ("Armenia and
 * Azerbaijan exchanged prisoners", "traded accusations"), a
 * disengagement ("Chinese and Indian troops disengaged"), an act on
 * each other ("accused each other") or on what the subjects share
 * ("Thailand and Cambodia reopened their border")? */
static int exchange(const tc *c, int v, const char *code)
{
    static const char *const verbs[] = {"exchange", "swap", "trade",
                                        "disengage", NULL};
    static const char *const shared[] = {"border", "frontier", "crossing",
                                         "tie", "relation", "embassy",
                                         "dispute", "difference", NULL};
    if (reciprocal(code) || lemma_in(c->lem[v], verbs))
        return 1;
    /* "Armenian and Azerbaijani troops withdrew from the border": two
     * sides de-escalating pull back from each other */
    if (c->pipeline && code && strncmp(code, "087", 3) == 0 &&
        child_rel(c, v, "nsubj") >= 0)
        return 1;
    int obj = child_rel(c, v, "obj");
    if (c->pipeline && obj >= 0 && obj + 1 < c->n &&
        ((strcmp(c->lower[obj], "each") == 0 &&
          strcmp(c->lower[obj + 1], "other") == 0) ||
         (strcmp(c->lower[obj], "one") == 0 &&
          strcmp(c->lower[obj + 1], "another") == 0)))
        return 1; /* "accused each other" */
    int owner = obj >= 0 ? child_rel(c, obj, "nmod:poss") : -1;
    return c->pipeline && owner >= 0 && strcmp(c->lower[owner], "their") == 0 &&
           lemma_in(c->lem[obj], shared);
}

/* The partner a purpose clause of verb v names ("signed agreements to
 * normalise relations with Israel"): the actors of its "with" phrase,
 * added to g. Two subjects of a mutual act with such a partner act on
 * it, not on each other. */
static void purpose_partner(tc *c, int v, tc_group *g)
{
    for (int k = c->first_child[v]; k >= 0 && g->n == 0; k = c->next_sib[k]) {
        int m = child_rel(c, k, "mark");
        if (!(rel_is(c, k, "advcl") || rel_is(c, k, "xcomp")) || m < 0 ||
            strcmp(c->lower[m], "to") != 0)
            continue;
        /* the clause's "with" phrase, or its object's ("normalise
         * relations with Israel") */
        int o = child_rel(c, k, "obj");
        for (int pass = 0; pass < 2 && g->n == 0; pass++)
            for (int j = pass ? (o >= 0 ? c->first_child[o] : -1)
                              : c->first_child[k];
                 j >= 0 && g->n == 0; j = c->next_sib[j]) {
                int cs = case_of(c, j);
                if ((rel_base(c, j, "obl") || rel_is(c, j, "nmod")) &&
                    cs >= 0 && strcmp(c->lower[cs], "with") == 0)
                    pb_tc_group_of(c, j, g);
            }
    }
}

/* Is verb v, coded as force, one that two subjects do to each other
 * ("Israel and Hamas fought in Gaza", "the army and the RSF clashed in
 * Khartoum", "exchanged fire across the Lebanese border")? The place is
 * where, not whom; "US and British jets struck targets in Yemen" is no
 * such verb. */
static int fight_each_other(const tc *c, int v, const char *code)
{
    static const char *const verbs[] = {"fight", "clash", "battle",
                                        "skirmish", "exchange", "trade",
                                        NULL};
    static const char *const with_foe[] = {"fight", "battle", NULL};
    static const char *const fights[] = {"war", "battle", "conflict",
                                         "fight", "skirmish", "duel",
                                         "clash", NULL};
    /* (but two who "fight armed groups" fight those groups; "fought a
     * war" is still each other) */
    int obj = child_rel(c, v, "obj");
    return code && pb_tc_force_code(code) && lemma_in(c->lem[v], verbs) &&
           !(lemma_in(c->lem[v], with_foe) && obj >= 0 &&
             !lemma_in(c->lem[obj], fights));
}

/* Is every member of g (one at least) named in an oblique of verb v
 * that says where, not with or against whom ("across the Lebanese
 * border", "in Gaza")? */
static int where_only(const tc *c, int v, const tc_group *g)
{
    static const char *const opponents[] = {"with", "against", "on", "at",
                                            "to", NULL};
    for (int i = 0; i < g->n; i++) {
        int a = g->mention[i] >= 0
                    ? pb_tc_mention_head(c, &c->m[g->mention[i]])
                    : -1;
        for (int d = 0; a >= 0 && head_of(c, a) != v &&
                        d < PB_SYNTAX_MAX_TOKENS;
             d++)
            a = head_of(c, a);
        int cs = a >= 0 ? case_of(c, a) : -1;
        if (cs < 0 || !rel_base(c, a, "obl") ||
            lemma_in(c->lower[cs], opponents))
            return 0;
    }
    return g->n > 0;
}

/* Is every code of group a (none included) also a code of group b? */
static int within_group(const tc_group *a, const tc_group *b)
{
    for (int i = 0; i < a->n; i++) {
        int found = 0;
        for (int k = 0; k < b->n && !found; k++)
            found = strcmp(a->codes[i], b->codes[k]) == 0;
        if (!found)
            return 0;
    }
    return 1;
}

/* Does verb v, coded as a meeting or visit, name no encounter between
 * parties: a proposal that "met with opposition from China", a country
 * that "received bailout packages from the IMF", a ship that "arrived in
 * China", a minister "speaking to reporters in Ankara"? Meeting a
 * reaction, receiving a thing, a vehicle's or a force's arrival and
 * talking to the press are no consultation (receiving a visit from
 * someone, a pattern of its own, is one). */
static int no_encounter(const tc *c, int v, const char *code)
{
    static const char *const reactions[] = {
        "opposition", "resistance", "criticism", "skepticism",
        "scepticism", "approval", "success", "failure", "protest",
        "condemnation", "backlash", "silence", "derision", "praise",
        "hostility", "objection", "disapproval", "delay", "reaction",
        "response", "outrage", "anger", "applause", "acclaim", "suspicion",
        "indifference", NULL};
    static const char *const vehicles[] = {
        "ship", "vessel", "tanker", "boat", "plane", "aircraft", "jet",
        "flight", "airliner", "train", "cargo", "shipment", "freighter",
        "ferry", "container", NULL};
    if (!c->pipeline || !code || strncmp(code, "04", 2) != 0)
        return 0;
    if (strcmp(c->lem[v], "meet") == 0)
        for (int k = c->first_child[v]; k >= 0; k = c->next_sib[k])
            if ((rel_base(c, k, "obl") || rel_is(c, k, "obj")) &&
                lemma_in(c->lem[k], reactions))
                return 1;
    static const char *const speaking[] = {"speak", "talk", "brief", NULL};
    static const char *const press[] = {"reporter", "journalist", "press",
                                        "media", "correspondent", "newsman",
                                        NULL};
    if (lemma_in(c->lem[v], speaking))
        for (int k = c->first_child[v]; k >= 0; k = c->next_sib[k])
            if ((rel_base(c, k, "obl") || rel_is(c, k, "obj")) &&
                lemma_in(c->lem[k], press))
                return 1; /* "speaking to reporters": a statement's setting */
    int obj = child_rel(c, v, "obj");
    if (strcmp(c->lem[v], "receive") == 0 && obj >= 0 &&
        c->mention_at[obj] < 0 && c->t[obj].upos == PB_UPOS_NOUN)
        return 1;
    /* "The first contingent of Kenyan police arrived in Haiti", "Rescue
     * teams from Spain arrived in Morocco": forces and crews come to
     * work, not to meet (a negotiating team or a delegation does;
     * peacekeepers' arrival is peacekeeping, event_coder.c) */
    static const char *const crews[] = {
        "troop", "soldier", "force", "contingent", "officer", "policeman",
        "rescuer", "firefighter", "medic", "paratrooper", "marine",
        "commando", "battalion", "brigade", "unit", NULL};
    static const char *const work_teams[] = {"rescue", "medical", "search",
                                             "relief", "aid", NULL};
    int passive, s = pb_tc_subject_of(c, v, &passive, 0);
    int peacekeepers = 0;
    for (int k = 0; s >= 0 && k < v; k++)
        peacekeepers |= in_subtree(c, k, s) &&
                        strncmp(c->lower[k], "peacekeep", 9) == 0;
    if (s >= 0 && strncmp(code, "042", 3) == 0 && !peacekeepers &&
        (lemma_in(c->lem[s], crews) ||
         (strcmp(c->lem[s], "team") == 0 &&
          child_rel(c, s, "compound") >= 0 &&
          lemma_in(c->lem[child_rel(c, s, "compound")], work_teams))))
        return 1;
    return s >= 0 && lemma_in(c->lem[s], vehicles);
}

/* Does token a lie in the phrase of token top, not inside a relative
 * clause of it ("students who were protesting in Jakarta")? */
static int in_own_phrase(const tc *c, int a, int top)
{
    for (int d = 0; a >= 0 && d < PB_SYNTAX_MAX_TOKENS; d++) {
        if (a == top)
            return 1;
        if (rel_is(c, a, "acl:relcl"))
            return 0;
        a = head_of(c, a);
    }
    return 0;
}

/* Is the object of verb v, or the noun of its pattern's preposition
 * prep ("fired tear gas at the rally"), a gathering of protest: a rally,
 * march or sit-in (a crowd may be anyone)? */
static int gathering_acted_on(const tc *c, int v, int prep)
{
    static const char *const gatherings[] = {
        "rally", "protest", "demonstration", "march", "sit-in",
        "gathering", "vigil", "procession", "picket", NULL};
    int obj = child_rel(c, v, "obj");
    if (obj >= 0 && lemma_in(c->lem[obj], gatherings))
        return 1;
    return prep >= 0 && rel_is(c, prep, "case") && head_of(c, prep) >= 0 &&
           lemma_in(c->lem[head_of(c, prep)], gatherings);
}

/* Is verb v a release, appeal or seizure or destruction whose object
 * says it is none: a book, report or video "released" is published, not
 * set free; an actor "sought" ("sought a more federal EU") is pursued,
 * not asked, and to seek to do something is to try it; one who "set
 * himself on fire" destroyed no property? */
static int sense_of_object(const tc *c, int v, const char *code)
{
    static const char *const published[] = {
        "book", "memoir", "report", "statement", "video", "footage",
        "album", "film", "documentary", "data", "figure", "document",
        "transcript", "recording", "audio", "tape", "photo", "image",
        "plan", "budget", "result", "list", "detail", "song", "study",
        "survey", "poll", "guideline", "version", "trailer", NULL};
    int obj = child_rel(c, v, "obj");
    if (obj < 0)
        obj = child_rel(c, v, "obl:unmarked"); /* as the parser may read it */
    static const char *const selves[] = {"himself", "herself", "themselves",
                                         "myself", "ourselves", NULL};
    if (c->pipeline && code && obj < 0 && strcmp(code, PB_TC_APPEAL) == 0 &&
        strcmp(c->lem[v], "seek") == 0 && child_rel(c, v, "xcomp") >= 0)
        return 1; /* "sought to make their way to Turkey": an attempt */
    if (!c->pipeline || !code || obj < 0)
        return 0;
    if (strncmp(code, "171", 3) == 0 && lemma_in(c->lower[obj], selves))
        return 1; /* "set himself on fire": no property destroyed */
    static const char *const asserting[] = {"assert", "reassert", NULL};
    static const char *const powers[] = {
        "sovereignty", "jurisdiction", "control", "right", "authority",
        "dominance", "power", "independence", "influence", "claim", NULL};
    if (strncmp(code, PB_TC_STATEMENT_ROOT, 2) == 0 &&
        lemma_in(c->lem[v], asserting) && lemma_in(c->lem[obj], powers))
        return 1; /* "asserting its sovereign jurisdiction": no words */
    if (strncmp(code, "084", 3) == 0 && strcmp(c->lem[v], "release") == 0)
        return lemma_in(c->lem[obj], published);
    return strcmp(code, PB_TC_APPEAL) == 0 && strcmp(c->lem[v], "seek") == 0 &&
           c->mention_at[obj] >= 0;
}

/* Is verb v, coded as an appeal, "ask" with a question for complement
 * ("asked why Biden did not act", "asked whether China would buy")? A
 * question is no request. */
static int asks_a_question(const tc *c, int v, const char *code)
{
    static const char *const wh[] = {"why", "how", "what", "who", "whom",
                                     "when", "where", "which", "whether",
                                     "if", NULL};
    if (!c->pipeline || !code || strncmp(code, "02", 2) != 0 ||
        strcmp(c->lem[v], "ask") != 0)
        return 0;
    for (int k = c->first_child[v]; k >= 0; k = c->next_sib[k]) {
        if (!rel_is(c, k, "ccomp"))
            continue;
        for (int a = c->first_child[k]; a >= 0 && a < k; a = c->next_sib[a])
            if (lemma_in(c->lower[a], wh))
                return 1;
    }
    return 0;
}

/* Is v a verb whose object is what is talked about, never a party
 * ("discussed Syria with Turkey")? */
static int discussion_verb(const tc *c, int v)
{
    static const char *const verbs[] = {"discuss", "debate", NULL};
    for (int i = 0; verbs[i]; i++)
        if (strcmp(c->lem[v], verbs[i]) == 0)
            return 1;
    return 0;
}

/* Is verb v without an object, or is its object a word of pattern p
 * ("staged a sit-in")? */
static int object_in_pattern(const tc *c, int v, const pb_pd_pattern *p)
{
    int obj = child_rel(c, v, "obj");
    for (int i = 0; obj >= 0 && p && i < p->n_items; i++)
        if (p->items[i].kind == PB_PI_WORD && word_is(c, obj, p->items[i].word))
            return 1;
    return obj < 0;
}

/* Verbs that, with an object and a predicate, give an opinion of the
 * object ("considers France a key partner"), no act. */
static const char *const regarding_verbs[] = {"consider", "deem", NULL};

/* Does v "consider" something to be something ("considers China a
 * threat", "deemed the vote illegal", "considers it to be a project")?
 * That is an opinion, not the weighing of an option (014). */
static int regards_as(const tc *c, int v, const char *const *verbs)
{
    int regarding = 0, objects = 0, predicate = 0;
    for (int i = 0; verbs[i]; i++)
        regarding |= strcmp(c->lem[v], verbs[i]) == 0;
    for (int k = c->first_child[v]; regarding && k >= 0;
         k = c->next_sib[k]) {
        objects += rel_is(c, k, "obj");
        predicate |= rel_is(c, k, "xcomp") && !is_verb(c, k);
        /* the predicate misread as a modifier without a preposition
         * ("consider France a key partner") */
        predicate |= rel_is(c, k, "obl") && child_rel(c, k, "case") < 0;
        /* "considers the pipeline to be a project", the infinitive hung
         * on the object */
        for (int a = rel_is(c, k, "obj") ? c->first_child[k] : -1; a >= 0;
             a = c->next_sib[a])
            predicate |= rel_base(c, a, "acl") && child_rel(c, a, "cop") >= 0;
    }
    return objects >= 2 || (objects == 1 && predicate);
}

/* Is v a relative clause whose pronoun is its subject ("Russian forces,
 * who shelled Kharkiv, …")? The noun it hangs on acts, as in a main
 * clause; a bare participle ("soldiers killed in Ukraine") is acted on. */
static int acts_as_relative(const tc *c, int v)
{
    int s = child_rel(c, v, "nsubj");
    return rel_is(c, v, "acl:relcl") && s >= 0 && s < v &&
           pb_tc_is_relative_pronoun(c, s);
}

/* The parties of talks or a truce "mediated by" or "brokered by" a
 * third (v, a participle on the noun): the subjects of the clause the
 * noun belongs to, when there are two or more ("Israel and Hamas agreed
 * to a ceasefire brokered by Qatar", "Egypt and Jordan restored ties
 * after talks mediated by Oman"). */
static void mediated_parties(tc *c, int v, tc_group *g)
{
    static const char *const mediated[] = {
        "talk", "talks", "ceasefire", "truce", "deal", "agreement",
        "negotiation", "accord", NULL};
    /* the parser may read "after talks mediated by China" as a clause
     * with the talks its subject */
    int s = child_rel(c, v, "nsubj");
    if (!rel_base(c, v, "acl") &&
        !(rel_base(c, v, "advcl") && s >= 0 && lemma_in(c->lem[s], mediated)))
        return;
    /* up to the verb whose subjects are the parties ("ties after talks
     * mediated by", "signed … to restore relations and reopen embassies
     * after talks mediated by") */
    int clause = head_of(c, v);
    for (int d = 0; clause >= 0 && d < 6; d++, clause = head_of(c, clause)) {
        if (!is_verb(c, clause) || child_rel(c, clause, "nsubj") < 0)
            continue;
        tc_group parties = {0};
        pb_tc_group_of(c, child_rel(c, clause, "nsubj"), &parties);
        if (parties.n >= 2)
            *g = parties;
        return;
    }
}

/* "China raised tariffs on Canadian canola, prompting Ottawa to vow
 * retaliation": a reaction that a participle of the main clause says
 * its act prompted is aimed at the main clause's subject (not at the
 * reactor itself). */
static void prompting_actor(tc *c, int v, const tc_group *src, tc_group *g)
{
    static const char *const prompting[] = {"prompt", "spur", "provoke",
                                            "trigger", "force", "lead",
                                            "push", NULL};
    int p = head_of(c, v), main = p >= 0 ? head_of(c, p) : -1;
    if (!rel_is(c, v, "xcomp") || p < 0 || main < 0 ||
        !rel_base(c, p, "advcl") || strcmp(c->t[p].xpos, "VBG") != 0 ||
        !lemma_in(c->lem[p], prompting))
        return;
    tc_group actor = {0};
    pb_tc_group_of(c, child_rel(c, main, "nsubj"), &actor);
    if (actor.n > 0 && !within_group(&actor, src))
        *g = actor;
}

/* Sets g to the actors at token k when they are another party than the
 * source group src (neither holds the other). */
static void aim_at_other_party(tc *c, int k, const tc_group *src,
                               tc_group *g)
{
    tc_group other = {0};
    pb_tc_group_of(c, k, &other);
    if (other.n > 0 && !within_group(&other, src) &&
        !within_group(src, &other))
        *g = other;
}

/* "Spain expelled two Russian diplomats, and Moscow vowed to
 * retaliate", "…, and Britain condemned the seizure": a reaction
 * (retaliating, responding, judging the act by a noun) with no target of
 * its own, in a clause joined to another actor's act, is aimed at that
 * actor. */
static void reacted_to(tc *c, int v, const tc_group *src, tc_group *g)
{
    static const char *const reacting[] = {
        "retaliate", "respond", "reciprocate", "react", "retaliation",
        "revenge", "response", "reprisal", NULL};
    /* "Iranian forces seized a tanker, and Britain condemned the
     * seizure": judging the act just told, named by a noun of its own */
    static const char *const judging[] = {
        "condemn", "criticize", "criticise", "denounce", "decry", "deplore",
        "slam", "protest", "blame", NULL};
    static const char *const acts[] = {
        "seizure", "attack", "arrest", "detention", "killing", "strike",
        "raid", "expulsion", "shelling", "bombing", "execution",
        "incursion", "move", "decision", "closure", "invasion", "launch",
        "test", "assassination", "abduction", "kidnapping", NULL};
    int reaction = lemma_in(c->lem[v], reacting);
    for (int k = c->first_child[v]; !reaction && k >= 0; k = c->next_sib[k])
        reaction = ((rel_is(c, k, "xcomp") || rel_is(c, k, "obj")) &&
                    lemma_in(c->lem[k], reacting)) ||
                   (rel_is(c, k, "obj") && lemma_in(c->lem[v], judging) &&
                    lemma_in(c->lem[k], acts) && c->mention_at[k] < 0 &&
                    child_rel(c, k, "nmod:poss") < 0 &&
                    child_rel(c, k, "det") >= 0 &&
                    strcmp(c->lower[child_rel(c, k, "det")], "the") == 0);
    int clause = v; /* the verb with the reactor as its subject */
    for (int d = 0; d < 3 && rel_is(c, clause, "xcomp"); d++)
        clause = head_of(c, clause);
    /* ("and Moscow said it would respond in kind": what the reactor
     * says it will do) */
    static const char *const saying[] = {"say", "announce", "warn", "vow",
                                         NULL};
    if (rel_is(c, clause, "ccomp") && head_of(c, clause) >= 0 &&
        lemma_in(c->lem[head_of(c, clause)], saying))
        clause = head_of(c, clause);
    int other = clause >= 0 && rel_base(c, clause, "conj")
                    ? head_of(c, clause)
                    : -1;
    if (!reaction || other < 0 || !is_verb(c, other))
        return;
    aim_at_other_party(c, child_rel(c, other, "nsubj"), src, g);
}

/* "accused a Tripoli militia of shelling its positions and warned that
 * it would respond with force": a threat of the subject's own act that
 * names no one, joined to the subject's act on another, is aimed at that
 * other (the first verb's object). */
static void threat_to_the_one_acted_on(tc *c, int v, const tc_group *src,
                                       tc_group *g)
{
    int h = head_of(c, v);
    if (!rel_base(c, v, "conj") || h < 0 || h > v || !is_verb(c, h) ||
        child_rel(c, v, "nsubj") >= 0)
        return;
    /* (what the threatener itself will do: "warned that it would …",
     * "threatened to …"; not "warned that prices could rise") */
    int own_act = child_rel(c, v, "xcomp") >= 0;
    int comp = child_rel(c, v, "ccomp");
    int s = comp >= 0 ? child_rel(c, comp, "nsubj") : -1;
    own_act |= s >= 0 && pb_tc_is_personal_pronoun(c, s);
    if (!own_act)
        return;
    aim_at_other_party(c, child_rel(c, h, "obj"), src, g);
}

/* "Uganda arrested a Kenyan trader, a step Nairobi condemned", "…, a
 * move the EU called illegal": the relative clause of a closing noun
 * that names the act before it (tree_repair.c hangs the noun on the
 * act's verb) is aimed at the act's doer, the verb's active subject. */
static void summarised_act_doer(tc *c, int v, const tc_group *src,
                                tc_group *g)
{
    static const char *const summaries[] = {
        "move", "step", "decision", "action", "measure", "gesture", NULL};
    int h = head_of(c, v), act = h >= 0 ? head_of(c, h) : -1;
    if (!rel_is(c, v, "acl:relcl") || h < 0 || act < 0 || act > h ||
        !lemma_in(c->lem[h], summaries) || !is_verb(c, act))
        return;
    int passive, s = pb_tc_subject_of(c, act, &passive, 0);
    if (!passive)
        aim_at_other_party(c, s, src, g);
}

/* "Hamas freed four Israeli hostages in exchange for 200 Palestinian
 * prisoners", "Belarus freed a Polish journalist in exchange for two
 * Belarusian agents": a release (0841) in exchange for people is a swap;
 * the state of those released releases those it is exchanged for. */
static void exchanged_release(tc *c, int v, const char *code,
                              const tc_group *tgt, uint32_t line, int neg)
{
    if (!code || strcmp(code, "0841") != 0 || tgt->n != 1 ||
        strlen(tgt->codes[0]) < 3 || strncmp(tgt->codes[0], "---", 3) == 0)
        return;
    for (int k = 0; k + 3 < c->n; k++) {
        if (strcmp(c->lower[k], "in") != 0 ||
            strcmp(c->lower[k + 1], "exchange") != 0 ||
            strcmp(c->lower[k + 2], "for") != 0 ||
            !in_subtree(c, k + 1, v) || head_of(c, k + 2) <= k + 2)
            continue;
        tc_group freed = {0};
        pb_tc_group_of(c, head_of(c, k + 2), &freed);
        const char *state = pb_arena_strndup(c->arena, tgt->codes[0], 3);
        if (!state) {
            c->failed = 1;
            return;
        }
        for (int i = 0; i < freed.n; i++)
            if (strncmp(freed.codes[i], state, 3) != 0)
                emit(c, state, freed.codes[i], code, v, line,
                     tgt->mention[0], freed.mention[i], neg);
    }
}

/* "Kenyan lawmakers demanded that the government act": the one a demand
 * or appeal with a "that" clause is made of is that clause's subject,
 * also when no actor claims it ("the government", whose state the
 * events stage finds). */
static void demanded_of(tc *c, int v, tc_group *g)
{
    for (int k = c->first_child[v]; k >= 0 && g->n == 0; k = c->next_sib[k]) {
        if (!rel_is(c, k, "ccomp") || k < v)
            continue;
        int s = child_rel(c, k, "nsubj");
        if (s < 0)
            continue;
        pb_tc_group_of(c, s, g);
        if (g->n == 0)
            pb_tc_stateless_group_of(c, s, g);
    }
}

/* "Serbian police detained two Kosovo officials, and Pristina demanded
 * their immediate release": a demand or appeal for a release (1053,
 * 0253) whose target is the demander's own people is aimed at whoever
 * the sentence says holds them, the subject of a verb of arrest or
 * capture, or its "by" agent ("the release of Ghanaian fishermen
 * detained by the Togolese navy"). */
static void release_holder(tc *c, int v, const char *code,
                           const tc_group *src, tc_group *g)
{
    static const char *const holding[] = {
        "arrest", "detain", "hold", "kidnap", "abduct", "seize", "capture",
        "jail", "imprison", "take", NULL};
    if (!code || (strcmp(code, "1053") != 0 && strcmp(code, "0253") != 0) ||
        src->n == 0)
        return;
    for (int i = 0; i < g->n; i++)
        if (strncmp(g->codes[i], src->codes[0], 3) != 0)
            return; /* aimed at another state already */
    for (int k = 0; k < c->n; k++) {
        if (k == v || !is_verb(c, k) || !lemma_in(c->lem[k], holding))
            continue;
        int passive;
        tc_group holder = {0};
        int s = pb_tc_subject_of(c, k, &passive, 0);
        if (passive) { /* "fishermen detained by the Togolese navy" */
            s = pb_tc_agent_of(c, k);
            passive = 0;
        }
        pb_tc_group_of(c, s, &holder);
        if (!passive && holder.n > 0 &&
            strncmp(holder.codes[0], src->codes[0], 3) != 0) {
            *g = holder;
            return;
        }
    }
}

/* Is verb v, coded as repression, the means of a dispersal its "to"
 * clause names ("used stun grenades and rubber bullets to disperse
 * thousands of protesters in Minsk")? The clause codes the one act, with
 * those dispersed as its target; the means would add it again, aimed at
 * the town. */
static int means_of_dispersal(const tc *c, int v, const char *code)
{
    static const char *const dispersing[] = {"disperse", "quell", "suppress",
                                             "scatter", "crush", NULL};
    if (!code || strncmp(code, PB_TC_COERCE_ROOT, 2) != 0)
        return 0;
    for (int k = c->first_child[v]; k >= 0; k = c->next_sib[k]) {
        int m = child_rel(c, k, "mark");
        if ((rel_is(c, k, "xcomp") || rel_base(c, k, "advcl") ||
             rel_base(c, k, "acl")) &&
            m >= 0 && strcmp(c->lower[m], "to") == 0 &&
            lemma_in(c->lem[k], dispersing))
            return 1;
    }
    return 0;
}

/* Do protesters gather at verb v ("hundreds of protesters gathered in
 * Belgrade", "demonstrators assembled outside the embassy")? A crowd of
 * them gathering demonstrates; it holds no meeting. */
static int protesters_gather(const tc *c, int v)
{
    static const char *const gathering[] = {"gather", "assemble", "converge",
                                            "congregate", "mass", NULL};
    static const char *const protesters[] = {"protester", "protestor",
                                             "demonstrator", NULL};
    int s = child_rel(c, v, "nsubj");
    if (s < 0 || !lemma_in(c->lem[v], gathering))
        return 0;
    if (crowd_noun(c, s)) /* "hundreds of protesters" */
        for (int k = c->first_child[s]; k >= 0; k = c->next_sib[k])
            if (rel_is(c, k, "nmod") && lemma_in(c->lem[k], protesters))
                return 1;
    return lemma_in(c->lem[s], protesters);
}

static void code_verb(tc *c, int v)
{
    if (c->consumed[v] || (!c->pipeline && pb_tc_time_clause(c, v)) ||
        (c->pipeline && modifier_participle(c, v)) ||
        (c->pipeline && regards_as(c, v, regarding_verbs)) ||
        (c->pipeline && comparison_participle(c, v)) ||
        (c->pipeline && purpose_of_thing(c, v)) ||
        (c->pipeline && opening_passive(c, v)))
        return; /* "the captured fighters", "a proposed bill" */
    verb_reading r;
    read_verb(c, v, &r);
    if (!r.entry)
        return;
    const pb_pd_pattern *best_p = r.pattern;
    int comp = combine_complement(c, v, &r);
    const char *code = r.code, *code2 = r.code2;
    if (c->pipeline && code && strncmp(code, "04", 2) == 0 &&
        protesters_gather(c, v))
        code = PB_TC_DEMONSTRATE, code2 = NULL;
    if (c->pipeline && comp < 0 && code && strcmp(code, "030") == 0 &&
        strcmp(c->lem[v], "agree") == 0 && child_rel(c, v, "ccomp") >= 0 &&
        child_rel(c, v, "xcomp") < 0)
        code = PB_TC_ACCORD; /* "agreed that there was an urgent need":
                                an opinion shared, not an intent */
    const char *outlook = c->pipeline && comp < 0 && code &&
                                  strcmp(code, PB_TC_STATEMENT) == 0
                              ? outlook_clause(c, v)
                              : NULL;
    if (outlook)
        code = outlook;
    /* "as he returned from Europe": coming back is no return of anything
     * (084 needs what is returned) */
    static const char *const returning[] = {"return", NULL};
    if (c->pipeline && code && strcmp(code, "084") == 0 &&
        lemma_in(c->lem[v], returning) && child_rel(c, v, "obj") < 0 &&
        child_rel(c, v, "nsubj:pass") < 0)
        return;
    /* "calling it an example for the alliance": naming the object, no
     * appeal ("called Israel a terror state" has patterns of its own) */
    static const char *const calling[] = {"call", NULL};
    if (c->pipeline && code && strncmp(code, "02", 2) == 0 &&
        regards_as(c, v, calling))
        return;
    if ((!code && !code2) ||
        (!(best_p && best_p->receives) && no_encounter(c, v, code)) ||
        asks_a_question(c, v, code) || sense_of_object(c, v, code) ||
        (c->pipeline && means_of_dispersal(c, v, code)))
        return;
    if (comp < 0 && !best_p &&
        (c->pipeline ? xcomp_codes(c, v) && child_rel(c, v, "obj") < 0 &&
                           child_rel(c, v, "iobj") < 0
                     : has_coded_xcomp(c, v) && child_rel(c, v, "obj") < 0 &&
                           child_rel(c, v, "iobj") < 0))
        return; /* "seek to deepen ties": the complement says what happens
                   (but "urged Eriador to respond" is the urging, and in
                   the pipeline so is "urged Ukraine to investigate" with
                   no appeal code for the act) */
    if (c->pipeline && best_p)
        consume_named(c, v, best_p);
    int neg = 0;
    if (pb_tc_negated(c, v) && !(best_p && r.m.has_neg)) {
        neg = c->pipeline; /* the pipeline marks the mode instead */
        if (!c->d->n_pico && !neg)
            return;
    }
    if (neg == 0 && pb_tc_negated(c, v) && !(best_p && r.m.has_neg)) {
        code = pico_negate(c, code);
        code2 = pico_negate(c, code2);
        if (!code && !code2)
            return;
    }
    tc_group src = {0}, tgt = {0};
    int passive = 0;
    int subj = pb_tc_subject_of(c, v, &passive, 0);
    int antecedent = 0; /* subj stands for a pronoun */
    if (subj >= 0 && pb_tc_is_personal_pronoun(c, subj)) {
        /* an object asked or made to act ("pressure them to block") is
         * not the asker */
        int object = (rel_is(c, subj, "obj") || rel_is(c, subj, "iobj")) &&
                     head_of(c, subj) >= 0;
        int a = object ? object_antecedent(c, subj) : -1;
        if (a < 0 && !(object && pb_object_control(c->lem[head_of(c, subj)])))
            a = pb_tc_antecedent(c, v);
        antecedent = a >= 0;
        subj = a >= 0 ? a : subj;
    }
    int agent = -1;
    if (passive) {
        agent = pb_tc_agent_of(c, v);
        pb_tc_group_of(c, agent, &src);
        /* "killed by a roadside bomb planted by al-Shabaab": a killing
         * by a bomb someone planted is a bombing (183) */
        static const char *const bombs[] = {"bomb", "explosive", "device",
                                            "mine", "landmine", "ied",
                                            NULL};
        int weapon = agent >= 0 && rel_is(c, agent, "obl:agent") &&
                             head_of(c, agent) >= 0 &&
                             rel_is(c, head_of(c, agent), "acl")
                         ? head_of(c, head_of(c, agent))
                         : -1;
        if (c->pipeline && weapon >= 0 && weapon != v && code &&
            lemma_in(c->lem[weapon], bombs) &&
            (strncmp(code, "19", 2) == 0 || strcmp(code, "18") == 0 ||
             strcmp(code, "180") == 0))
            code = PB_TC_BOMBING;
        if (agent < 0)
            agent = pb_tc_passive_source(c, v, &src);
        pb_tc_group_of(c, subj, &tgt);
        if (c->pipeline && tgt.n == 0 && agent >= 0 && code &&
            strncmp(code, PB_TC_MEDIATE, 3) == 0)
            mediated_parties(c, v, &tgt);
    } else {
        pb_tc_group_of(c, subj, &src);
        /* "a suicide bomber killed at least 15 people": a killing by a
         * suicide bomber is a suicide bombing */
        int suicide = 0;
        for (int k = subj >= 0 && strcmp(c->lem[subj], "bomber") == 0
                         ? c->first_child[subj]
                         : -1;
             k >= 0 && k < subj; k = c->next_sib[k])
            suicide |= strcmp(c->lower[k], "suicide") == 0;
        if (c->pipeline && suicide && code &&
            (strncmp(code, "19", 2) == 0 || strcmp(code, "18") == 0 ||
             strcmp(code, "180") == 0))
            code = PB_TC_SUICIDE_BOMBING;
    }
    int subject_acts = !passive && src.n > 0;
    /* A meeting's place is no party ("Hungarian and Romanian officials
     * met in Budapest", "leaders met in Niamey for a summit"); but one
     * who "met officials in Beijing" met Chinese ones. Nor is the place
     * where two parties act on each other otherwise ("Macron and Merkel
     * signed a pact in Paris"), force aside. */
    c->mutual = c->pipeline && code && strncmp(code, "04", 2) != 0 &&
                src.n == 2 &&
                ((exchange(c, v, code) && !pb_tc_force_code(code)) ||
                 fight_each_other(c, v, code));
    c->meeting = c->mutual ||
                 (c->pipeline && code && strncmp(code, "04", 2) == 0 &&
                  (src.n >= 2 || !unclaimed_agent_object(c, v)));
    c->statement = code && strncmp(code, PB_TC_STATEMENT_ROOT, 2) == 0;
    c->force = code && pb_tc_force_code(code);
    c->appeal = code && strncmp(code, "02", 2) == 0;
    c->charges = c->force || (code && strncmp(code, "11", 2) == 0);
    c->topic = -1;
    int obj = child_rel(c, v, "obj");
    if (c->meeting && !passive && obj >= 0 && discussion_verb(c, v) &&
        !object_in_pattern(c, v, best_p))
        /* "discussed Iran's nuclear programme", "discussed Syria with
         * Turkey" */
        c->topic = obj;
    int tv = comp >= 0 ? comp : v;
    if (comp >= 0)
        mark_scope(c, comp);
    if (tgt.n == 0 && r.addressed) {
        /* the one urged or ordered: "urged Iran to …", "called on Iran
         * to …", "demanded that China …" */
        int comp_passive;
        if (rel_is(c, comp, "ccomp")) {
            int s = pb_tc_subject_of(c, comp, &comp_passive, 0);
            pb_tc_group_of(c, s, &tgt);
            if (tgt.n == 0 && c->pipeline)
                /* "demanded that the government withdraw the bill": the
                 * events stage finds whose government */
                pb_tc_stateless_group_of(c, s, &tgt);
        } else
            pb_tc_target_of(c, v, agent, r.m.prep_tok, &tgt);
    }
    /* "he was criticized by …": the one acted on is a person the tree
     * names but no actor claims; no other actor stands in for him */
    int person_patient = c->pipeline && passive && tgt.n == 0 &&
                         unclaimed_person(c, subj);
    /* … or an active verb's pronoun object no actor claims: in a
     * reported clause the speaker ("the Thai government said Beijing had
     * assured it"), else nobody named ("blamed India, accusing it of …") */
    int obj_pronoun = child_rel(c, v, "obj");
    for (int k = c->first_child[v]; obj_pronoun < 0 && k >= 0;
         k = c->next_sib[k])
        if (pb_tc_addressed(c, k))
            obj_pronoun = k; /* "calling on them", "appealed to them" */
    if (c->pipeline && !passive && tgt.n == 0 && obj_pronoun >= 0 &&
        c->mention_at[obj_pronoun] < 0 &&
        pb_tc_is_personal_pronoun(c, obj_pronoun)) {
        if (rel_is(c, v, "ccomp"))
            pb_tc_group_of(c, child_rel(c, head_of(c, v), "nsubj"), &tgt);
        else {
            int a = object_antecedent(c, obj_pronoun);
            pb_tc_group_of(c, a, &tgt);
            if (tgt.n == 0) /* "criticized the president, accusing him
                               of lying": whose president, the events
                               stage finds */
                pb_tc_stateless_group_of(c, a, &tgt);
        }
        person_patient = tgt.n == 0;
    }
    /* … or the object of an arrest or a killing that names people no
     * actor claims ("Pakistan arrested a man who had threatened the
     * Indian embassy") */
    if (c->pipeline && !passive && tgt.n == 0 && code &&
        (strncmp(code, "17", 2) == 0 || strncmp(code, "18", 2) == 0) &&
        unnamed_people(c, child_rel(c, v, "obj"))) {
        person_patient = 1;
        /* "a man", civilians of no state: the events stage finds whose */
        pb_tc_stateless_group_of(c, child_rel(c, v, "obj"), &tgt);
    }
    /* … or a harm done to someone that is condemned or criticized with
     * no doer named ("Iran condemned the killing of a Revolutionary
     * Guards commander in Syria"): the victim is no target */
    if (c->pipeline && !passive && tgt.n == 0 && code &&
        (strncmp(code, "11", 2) == 0 || strncmp(code, "12", 2) == 0) &&
        harm_without_doer(c, child_rel(c, v, "obj")))
        person_patient = 1;
    /* … and one whose doer is its possessor is the doer's: "Britain
     * condemned Iran's execution of four men" (Iran, not the men) */
    int doer = c->pipeline && !passive && tgt.n == 0 && code &&
                       (strncmp(code, "11", 2) == 0 ||
                        strncmp(code, "12", 2) == 0)
                   ? possessive_doer(c, child_rel(c, v, "obj"))
                   : -1;
    if (doer >= 0)
        pb_tc_group_of(c, doer, &tgt);
    if (tgt.n == 0 && !person_patient)
        pb_tc_target_of(c, tv, agent, comp >= 0 ? -1 : r.m.prep_tok, &tgt);
    else if (tgt.n == 0 && comp < 0 && r.m.prep_tok >= 0 &&
             rel_is(c, r.m.prep_tok, "case"))
        /* the person acted on is no target, but the pattern's own
         * preposition names one ("handed him over to Italy") */
        pb_tc_group_of(c, head_of(c, r.m.prep_tok), &tgt);
    if (c->mutual && fight_each_other(c, v, code) && where_only(c, tv, &tgt))
        tgt.n = 0; /* "exchanged fire across the Lebanese border" */
    if (c->pipeline && tgt.n == 0 && !passive && src.n >= 2 && code &&
        reciprocal(code))
        purpose_partner(c, v, &tgt);
    if (c->pipeline && !passive && tgt.n == 0 && code &&
        strcmp(code, PB_TC_SENTENCE) == 0)
        /* "convicted 14 pro-democracy activists of conspiracy under a law
         * imposed by Beijing": those convicted, whose state the events
         * stage finds, not an actor further on */
        pb_tc_stateless_group_of(c, child_rel(c, v, "obj"), &tgt);
    /* two subjects of a mutual act with no target act on each other
     * ("agreed to a truce brokered by Saudi Arabia"); meetings find
     * their other party as ever */
    if (c->pipeline && tgt.n == 0 && !passive && subject_acts)
        prompting_actor(c, v, &src, &tgt);
    if (c->pipeline && tgt.n == 0 && !passive && subject_acts)
        reacted_to(c, v, &src, &tgt);
    if (c->pipeline && tgt.n == 0 && !passive && subject_acts)
        summarised_act_doer(c, v, &src, &tgt);
    if (c->pipeline && tgt.n == 0 && !passive && subject_acts && code &&
        strncmp(code, "13", 2) == 0)
        threat_to_the_one_acted_on(c, v, &src, &tgt);
    if (c->pipeline && !passive && subject_acts)
        release_holder(c, v, code, &src, &tgt);
    if (c->pipeline && tgt.n == 0 && !person_patient && code &&
        (strncmp(code, "10", 2) == 0 || strncmp(code, "02", 2) == 0))
        demanded_of(c, v, &tgt);
    /* (a visit to a place it names is to that place's state, not to a
     * neighbour: "visited a factory in Shanghai before meeting Xi",
     * "visited Shanghai with Scholz") */
    if (tgt.n == 0 && !person_patient && !c->mutual &&
        !(c->pipeline && visits_named_place(c, v, subj, code)))
        pb_tc_fallback_target(c, tv, comp >= 0 ? comp : r.m.vend, agent,
                              &tgt);
    if (best_p && r.m.source_m >= 0) {
        tc_group subject_side = src;
        src.n = 0;
        pb_tc_group_of(c, pb_tc_mention_head(c, &c->m[r.m.source_m]), &src);
        if (best_p->receives && !passive)
            tgt = subject_side; /* "Kenya received a loan from China":
                                   China lends to Kenya */
    }
    if (best_p && r.m.target_m >= 0) {
        tgt.n = 0;
        pb_tc_group_of(c, pb_tc_mention_head(c, &c->m[r.m.target_m]), &tgt);
    }
    if (best_p && r.m.compound_m >= 0) {
        /* '%': the compound before the verb acts, one after it is acted on;
         * with nobody else involved its members act on each other. */
        tc_group *g = c->m[r.m.compound_m].first > (uint32_t)v ? &tgt : &src;
        g->n = 0;
        pb_tc_group_of(c, pb_tc_mention_head(c, &c->m[r.m.compound_m]), g);
    }
    if (c->pipeline) {
        /* A subject the tree gives is the source even when it is no
         * coded actor ("analysts say") or a pronoun nothing resolved
         * ("he returned to Oman"): never replace it by a neighbour.
         * An agent subject of a statement ("officials said") takes only
         * an actor named from its own phrase on ("Montenegro's prime
         * minister said"); so does the agent noun a participle
         * modifies ("Israel hit a school sheltering families": the
         * school shelters, not Israel). A statement's target is an actor
         * of its own subtree, never one of a neighbouring clause or of
         * the clause that governs it ("…, according to X", "'…,' X
         * said"). */
        /* (a gerund that is a subject, "sending NATO troops to Ukraine
         * could lead to war", has anyone for its own: no neighbour) */
        int named = (subj >= 0 && c->mention_at[subj] < 0) ||
                    (subj < 0 && rel_base(c, v, "csubj") &&
                     strcmp(c->t[v].xpos, "VBG") == 0);
        int agent_subj = subj >= 0 && c->mention_at[subj] >= 0 &&
                         (statement(code) ||
                          (rel_base(c, v, "acl") && subj == head_of(c, v)) ||
                          (rel_is(c, subj, "obj") &&
                           rel_is(c, v, "advcl"))); /* "sanctioned two
                                          firms for supplying …": the
                                          firms' own phrase, not the
                                          sanctioner */
        /* a passive's subject is acted on: the one acting is no actor
         * before it ("the Chagossians have been told"); a clause of a
         * noun acted on by its agent ("the militia, which is backed by
         * Iran, attacked US troops") acts on that noun alone */
        /* (nor does a pronoun's antecedent: "police arrested a union
         * leader, and he accused …" is the leader's act, not the
         * police's) */
        /* (nor does the agent subject of a joined clause of its own:
         * "a minister was stabbed at a rally, and police arrested a
         * man" is not the minister's arrest) */
        /* (nor that of an adverbial clause: "lawmakers in Malawi met
         * after police shot dead four people" is no Malawian shooting) */
        int own_clause = c->pipeline && subj >= 0 &&
                         c->mention_at[subj] >= 0 &&
                         (rel_base(c, v, "conj") ||
                          (rel_base(c, v, "advcl") &&
                           child_rel(c, v, "mark") >= 0 &&
                           c->m[c->mention_at[subj]].phrase->is_agent)) &&
                         child_rel(c, v, "nsubj") == subj;
        int from = passive && subj >= 0 && subj < v ? right_edge(c, subj) + 1
                   : agent_subj || armed_outsiders(c, subj) ||
                           (c->pipeline && antecedent) || own_clause
                       ? left_edge(c, subj)
                       : 0;
        /* an agent subject ("militants used Afghan territory to attack
         * Pakistan") takes no actor from what lies between it and the
         * verb: that is another verb's object */
        int upto = r.m.vstart - 1;
        if (subj >= 0 && subj < r.m.vstart && c->mention_at[subj] >= 0 &&
            right_edge(c, subj) < upto)
            upto = right_edge(c, subj);
        tc_group unused = {0};
        /* (a visit to a place it names: see the fallback below) */
        int place_visited = visits_named_place(c, v, subj, code);
        neighbour_roles(c, v, r.m.vend, named ? NULL : &src,
                        from, upto,
                        statement(code),
                        person_patient || c->mutual ||
                                (passive && agent >= 0 &&
                                 rel_base(c, v, "acl")) ||
                                place_visited
                            ? &unused
                            : &tgt);
    }
    /* "police detained 20 protesters in Belgrade": force on people no
     * state claims is done to them, whom the events stage places
     * (event_coder.c), not to the city named as where it happens */
    int patient = child_rel(c, v, "obj");
    if (patient >= 0 && c->mention_at[patient] < 0) {
        int of = child_rel(c, patient, "nmod"); /* "dozens of students" */
        if (of >= 0 && c->mention_at[of] >= 0)
            patient = of;
    }
    if (c->pipeline && !passive && c->force && patient >= 0 &&
        c->mention_at[patient] >= 0 && !c->m[c->mention_at[patient]].code &&
        tgt.n > 0 && tgt.mention[0] >= 0 && located_only(c, &tgt) &&
        !in_own_phrase(c, pb_tc_mention_head(c, &c->m[tgt.mention[0]]),
                       patient))
        tgt.n = 0; /* but "killed militants in Somalia" are Somalia's
                      (and "students who were protesting in Jakarta"
                      Indonesia's as people, not the place) */
    int stateless_subject = 0;
    /* the one acting: the subject, or a passive's "by" agent ("three
     * soldiers were killed by militants") */
    int actor = passive ? agent : subj;
    if (c->pipeline && src.n == 0 && code && actor >= 0) {
        /* "Gunmen kidnapped 200 students in Kaduna state": armed men no
         * state claims, whom the events stage gives the state where they
         * strike; "an international aid agency appealed to …": an NGO
         * no state claims, in any act, CAMEO's general NGO; "police in
         * Hong Kong arrested", "protesters rallied outside the Kenyan
         * parliament": civil organs that use force and protesters, the
         * state where they act (all in event_coder.c) */
        tc_group stateless = {0};
        if (c->mention_at[actor] >= 0 || crowd_noun(c, actor) ||
            titled_name(c, actor))
            pb_tc_stateless_group_of(c, actor, &stateless);
        /* "the opposition rejected the results of the election in
         * Cameroon": an opposition or party yielding office or
         * refusing to (event_coder.c finds its state) */
        int yielding = pb_tc_opposition_yield_code(code) &&
                       stateless.n > 0 &&
                       (strcmp(stateless.codes[0], "---OPP") == 0 ||
                        strcmp(stateless.codes[0], "---PTY") == 0 ||
                        (strcmp(code, PB_TC_RESIGN) == 0 &&
                         titled_name(c, actor)));
        /* ("Lt. Gen. Prosper Avril resigned": an officer of the state
         * named) */
        /* "a judge opened investigations against Chilean officials":
         * police and courts investigate at home */
        /* (and sentence or arrest: "was sentenced by the Supreme
         * Court") */
        int inquiry = (strncmp(code, PB_TC_INVESTIGATE_ROOT, 2) == 0 ||
                       strcmp(code, PB_TC_SENTENCE) == 0 ||
                       strcmp(code, PB_TC_ARREST) == 0) &&
                      stateless.n > 0 &&
                      (strcmp(stateless.codes[0], "---COP") == 0 ||
                       strcmp(stateless.codes[0], "---JUD") == 0);
        if (stateless.n > 0 &&
            (pb_tc_force_code(code) || pb_tc_protest_code(code) ||
             yielding || inquiry ||
             strcmp(stateless.codes[0], "---NGO") == 0)) {
            src = stateless;
            stateless_subject = 1;
        }
    }
    if (c->pipeline && tgt.n == 0 && !passive && code &&
        pb_tc_force_code(code))
        /* "the Indian army said Pakistani forces opened fire on its
         * posts": what "its" or "their" own is the reporter's */
        reporter_of_possessive(c, v, &tgt);
    if (c->pipeline && tgt.n == 0 && !person_patient && code &&
        !((src.n == 2 || (src.n == 3 && summit(code))) &&
          exchange(c, v, code) &&
          (!pb_tc_force_code(code) || fight_each_other(c, v, code)))) {
        /* "arrested opposition leaders", "killed five militants": people
         * no state claims, whom the events stage gives the state where
         * the act happens, or the source's when it acts at home; "Kenyan
         * lawmakers called on the interior minister": the lawmakers' own
         * (event_coder.c); two subjects of a mutual act act on each other
         * ("Iran and Saudi Arabia exchanged ambassadors") */
        static const char *const aimed[] = {"at", "on", "against", NULL};
        int o = passive ? subj : patient; /* "the
                            opposition leader was arrested by police" */
        pb_tc_stateless_group_of(c, o, &tgt);
        /* "destroyed government buildings", "set fire to police
         * stations": an attack on a thing is on the organ named to own
         * it (not "fight the good fight with court cases", nor
         * "blocked access to the social media platform X") */
        static const char *const aims_at[] = {"at", "on", "against", "to",
                                              NULL};
        int attack = strncmp(code, "18", 2) == 0 ||
                     strncmp(code, "19", 2) == 0 ||
                     strncmp(code, "20", 2) == 0 ||
                     strcmp(code, PB_TC_DESTROY_PROPERTY) == 0;
        int things[2] = {o, r.m.prep_tok >= 0 &&
                                    lemma_in(c->lower[r.m.prep_tok], aims_at)
                                ? head_of(c, r.m.prep_tok)
                                : -1};
        for (int w = 0; w < 2 && attack; w++)
            for (int k = things[w] >= 0 ? c->first_child[things[w]] : -1;
                 k >= 0 && tgt.n == 0; k = c->next_sib[k])
                if ((rel_base(c, k, "compound") || rel_base(c, k, "amod")) &&
                    k < things[w])
                    pb_tc_owner_group_of(c, k, &tgt);
        if (tgt.n == 0 && r.m.prep_tok >= 0 &&
            (o < 0 || lemma_in(c->lower[r.m.prep_tok], aimed)))
            /* "fired tear gas at demonstrators", not "fight the good
             * fight with court cases" */
            pb_tc_stateless_group_of(c, head_of(c, r.m.prep_tok), &tgt);
        /* "used batons and pepper spray on Saturday against students":
         * force aimed by a phrase of the verb's own */
        for (int k = pb_tc_force_code(code) ? c->first_child[v] : -1;
             k >= 0 && tgt.n == 0; k = c->next_sib[k]) {
            int cs = case_of(c, k);
            if ((rel_base(c, k, "obl") || rel_is(c, k, "nmod")) && cs >= 0 &&
                strcmp(c->lower[cs], "against") == 0)
                pb_tc_stateless_group_of(c, k, &tgt);
        }
    }
    static const char *const on_the_public[] = {"1721", "1723", "1724",
                                                "0813", "0814", NULL};
    if (c->pipeline && !passive && src.n == 1 && code &&
        lemma_in(code, on_the_public) &&
        (tgt.n == 0 ||
         (located_only(c, &tgt) &&
          strncmp(tgt.codes[0], src.codes[0], 3) == 0))) {
        /* "Iran blocked the internet", "imposed a curfew in Guayaquil",
         * "declared a state of emergency", "lifted the curfew":
         * restrictions on the state's people, or their easing
         * (event_coder.c places them); one in another state's land is
         * on that state ("imposed a curfew in Hebron") */
        tgt.codes[0] = PB_TC_PUBLIC;
        tgt.mention[0] = -1;
        tgt.n = 1;
        code2 = NULL;
    }
    if (c->pipeline && (tgt.n == 0 || located_only(c, &tgt)) && !passive &&
        code && pb_tc_force_code(code) &&
        gathering_acted_on(c, v, r.m.prep_tok)) {
        /* "police dispersed the rally (in Harare)", "fired tear gas at the
         * march": those gathered, protesters, whose state the events
         * stage finds as for any people no state claims (event_coder.c),
         * not the place */
        tgt.codes[0] = PB_TC_GATHERED;
        tgt.mention[0] = -1;
        tgt.n = 1;
        code2 = NULL;
    }
    if (c->pipeline && src.n > 0 && pb_tc_protest_code(code) &&
        (subject_acts || stateless_subject) &&
        object_in_pattern(c, v, best_p) &&
        (within_group(&tgt, &src) ||
         (stateless_subject && located_only(c, &tgt)))) {
        /* "Thousands of Kurds demonstrated", "Kenyans protested in
         * Nairobi", "protesters rallied in Nairobi": a protest aimed at
         * nobody but its own people, or at nobody but where it happens,
         * is aimed at the authorities where it happens (not
         * "demonstrated its power", "burn fossil fuels"); its subject
         * must name them, not a neighbour standing in for a subject no
         * actor claims */
        tgt.codes[0] = PB_TC_IMPLIED_TARGET;
        tgt.mention[0] = -1;
        tgt.n = 1;
        code2 = NULL;
    }
    /* (force at home on a place whose name the dictionaries give a state,
     * "the Sudanese army bombed a market in Khartoum", is on the state
     * where it happens too) */
    /* "Russia withdrew its troops from Kherson": the troops withdrawn
     * are the source's own, and the retreat is from the place's state */
    if (c->pipeline && code && strncmp(code, PB_TC_RETREAT, 3) == 0 &&
        best_p && pattern_named_place(c, &r.m) && tgt.n == 1 && src.n == 1 &&
        (strncmp(tgt.codes[0], "---", 3) == 0 ||
         strncmp(tgt.codes[0], src.codes[0], 3) == 0))
        tgt.n = 0;
    int force_on_place = c->pipeline && code && pb_tc_force_code(code) &&
                         strncmp(code, "17", 2) != 0 && tgt.n == 1 &&
                         src.n == 1 && located_only(c, &tgt) &&
                         (patient < 0 || c->mention_at[patient] < 0 ||
                          c->mention_at[patient] == tgt.mention[0]) &&
                         strncmp(tgt.codes[0], src.codes[0], 3) == 0;
    /* "a village in northern Mali was bombed by the Malian army": the
     * same, told in the passive */
    int place_struck = c->pipeline && passive && agent >= 0 && code &&
                       pb_tc_force_code(code) && strncmp(code, "17", 2) != 0 &&
                       src.n == 1 && tgt.n == 1 && located_only(c, &tgt) &&
                       strncmp(tgt.codes[0], src.codes[0], 3) == 0;
    if (place_struck) {
        tgt.codes[0] = PB_TC_IMPLIED_TARGET;
        tgt.mention[0] = -1;
        code2 = NULL;
    }
    /* (two or more striking together, "US and British warplanes struck
     * Hodeidah", each strike where it happens) */
    int joint_force = src.n > 1 && !c->mutual && tgt.n == 0 && code &&
                      pb_tc_force_code(code) && strncmp(code, "17", 2) != 0;
    if (c->pipeline && (src.n == 1 || joint_force) &&
        (tgt.n == 0 || force_on_place) &&
        (subject_acts || stateless_subject) && code &&
        subj >= 0 && c->mention_at[subj] >= 0 &&
        (!rel_base(c, v, "acl") || acts_as_relative(c, v)) &&
        ((pb_tc_force_code(code) && strncmp(code, "17", 2) != 0) ||
         (strcmp(code, PB_TC_VISIT) == 0 && visited_place(c, v)) ||
         (strncmp(code, PB_TC_RETREAT, 3) == 0 && best_p &&
          pattern_named_place(c, &r.m)) ||
         (strncmp(code, PB_TC_RETREAT, 3) == 0 && armed_group(src.codes[0]) &&
          child_rel(c, v, "obj") < 0) ||
         strcmp(code, PB_TC_RESIGN) == 0 || strcmp(code, PB_TC_CLING) == 0)) {
        /* "Russian forces shelled the city of Kharkiv", "rebels seized
         * Goma", "Macron visited Shanghai", "withdrew from Kharkiv",
         * "Ugandan rebels surrendered", "the interior minister
         * resigned", "refused to accept the results": force an actor
         * (the subject itself, not "a US airstrike") uses on a place, a
         * visit, a retreat from a town, rebels' surrender or a yielding
         * of office names no target; the events stage aims it at the
         * state where it happens, the rebels' or official's own, or the
         * opposition's government (event_coder.c) */
        tgt.codes[0] = PB_TC_IMPLIED_TARGET;
        tgt.mention[0] = -1;
        tgt.n = 1;
        code2 = NULL;
    }
    if (c->pipeline && (c->statement || (code && strncmp(code, "13", 2) == 0)) &&
        src.n == 1 && tgt.n == 1 &&
        tgt.mention[0] >= 0 &&
        (strcmp(src.codes[0], tgt.codes[0]) == 0 ||
         (strlen(tgt.codes[0]) == 3 && strcmp(tgt.codes[0], "---") != 0 &&
          strncmp(src.codes[0], tgt.codes[0], 3) == 0))) {
        /* "the G7 statement said the group remains concerned with
         * China's build-up", "Peskov said Moscow was open to talks with
         * Washington": a speaker reporting on itself or its own state
         * speaks about the next actor of the report; one warning what
         * its own state could do ("Putin warned that Moscow could
         * supply weapons …") threatens the next actor, if any */
        tc_group next = {0};
        pb_tc_fallback_target(c, tv, comp >= 0 ? comp : r.m.vend,
                              pb_tc_mention_head(c, &c->m[tgt.mention[0]]),
                              &next);
        if (next.n > 0 || !c->statement)
            tgt = next; /* a threat to oneself is none */
    }
    /* those arrested, sentenced or investigated: the subject */
    tc_group held = {0};
    if (c->pipeline && passive && agent < 0 && src.n == 0 && subj >= 0 &&
        code && (strcmp(code, PB_TC_ARREST) == 0 ||
                 strcmp(code, PB_TC_SENTENCE) == 0 ||
                 strncmp(code, PB_TC_INVESTIGATE_ROOT, 2) == 0) &&
        reported_passive(c, v)) {
        pb_tc_group_of(c, subj, &held);
        if (held.n == 0)
            pb_tc_stateless_group_of(c, subj, &held);
    }
    if (held.n > 0) {
        tgt = held;
        /* "Two Iranian journalists were detained", "a US national has
         * been put under investigation in Italy": by the authorities
         * (of the place, else of the detainees' state); not those
         * deported "to Honduras", nor barred "from travel to the US": the
         * place there is no one's doing */
        src.codes[0] = PB_TC_IMPLIED_SOURCE;
        src.mention[0] = -1;
        src.n = 1;
    }
    if (c->pipeline && src.n >= 2 && tgt.n > 0 && summit(code) &&
        all_in_other_clause(c, &tgt, v))
        tgt.n = 0; /* "the ministers of Egypt, Jordan and the UAE met in
                      Cairo to discuss the Gaza ceasefire": they met each
                      other; Gaza is what they discussed */
    if (tgt.n == 0 && src.n >= 2 &&
        (!c->pipeline ||
         ((src.n == 2 || (src.n == 3 && summit(code))) &&
          exchange(c, v, code) &&
          (!pb_tc_force_code(code) || fight_each_other(c, v, code) ||
           child_rel(c, v, "obj") < 0))))
        /* "Gondor and Osgiliath renewed ties"; the pipeline reads a longer
         * list ("Canadians, French, Germans … are patrolling") as no pair,
         * save three who meet ("Saudi Arabia, Egypt and Jordan held
         * talks") */
        emit_groups(c, &src, &src, code, NULL, v, r.line, neg);
    else
        emit_groups(c, &src, &tgt, code, code2, v, r.line, neg);
    if (c->pipeline)
        exchanged_release(c, v, code, &tgt, r.line, neg);
}

/* Mentions given by the caller (the pipeline's actors stage): a synthetic
 * phrase per mention carries its agent code. */
static int given_mentions(tc *c, const pb_tc_actor *given, size_t n_given)
{
    c->m = pb_arena_alloc(c->arena, (n_given ? n_given : 1) * sizeof *c->m);
    pb_pd_phrase *ph = pb_arena_alloc(c->arena,
                                      (n_given ? n_given : 1) * sizeof *ph);
    if (!c->m || !ph)
        return -1;
    for (size_t k = 0; k < n_given; k++) {
        const pb_tc_actor *a = &given[k];
        if (a->last >= (uint32_t)c->n || a->first > a->last)
            continue; /* cut with a long sentence */
        memset(&ph[k], 0, sizeof ph[k]);
        ph[k].n_words = (uint8_t)(a->last - a->first + 1);
        ph[k].is_agent = a->is_agent;
        ph[k].agent = a->code;
        tc_mention *m = &c->m[c->n_m];
        m->first = a->first;
        m->last = a->last;
        m->phrase = &ph[k];
        m->code = a->is_agent ? NULL : a->code;
        m->fixed = !a->takes_agents;
        for (uint32_t w = a->first; w <= a->last; w++)
            c->mention_at[w] = c->n_m;
        c->n_m++;
    }
    return 0;
}

/* Is token k in the phrase headed by h (no clause on the way up; list
 * items and punctuation belong to it: "according to MSF and U.N.
 * agencies")? */
static int in_attribution(const tc *c, int k, int h)
{
    static const char *const clauses[] = {"acl", "advcl", "ccomp", "xcomp",
                                          "parataxis", "csubj", NULL};
    for (int d = 0; k >= 0 && d < PB_SYNTAX_MAX_TOKENS; d++) {
        if (k == h)
            return 1;
        for (int r = 0; clauses[r]; r++)
            if (rel_base(c, k, clauses[r]))
                return 0;
        k = head_of(c, k);
    }
    return 0;
}

/* PETRARCH's dictionaries: an act only asked for has not happened, so the
 * asking verb's event codes the sentence alone ("urged Eriador to respond
 * to Gondor's proposals": the urging, not a response). The pipeline marks
 * such acts' mode instead (modality.c). */
static void drop_asked_acts(tc *c)
{
    size_t kept = 0;
    for (size_t i = 0; i < c->n_ev; i++) {
        int up = asking_verb(c, (int)c->ev[i].verb), asked = 0;
        for (size_t j = 0; up >= 0 && j < c->n_ev && !asked; j++)
            asked = (int)c->ev[j].verb == up;
        if (!asked)
            c->ev[kept++] = c->ev[i];
    }
    c->n_ev = kept;
}

/* The pipeline's attributions: "according to X" names where a report
 * comes from, not a party to its event. Its actors are no actors: those
 * up to the next punctuation mark outside the phrase it heads ("according
 * to a March 14, 2019 NATO release,"), stopping early at a subject or
 * verb outside that phrase (a new clause: "according to reports the UK
 * is …"). */
static void drop_attributions(tc *c)
{
    for (int i = 0; i + 1 < c->n; i++) {
        if (strcmp(c->lower[i], "according") != 0 ||
            strcmp(c->lower[i + 1], "to") != 0)
            continue;
        int h = head_of(c, i);
        int phrase = h > i && c->t[h].upos != PB_UPOS_PRON;
        int closed = 0; /* a mark after the phrase's head ends it, though
                           the parser hangs it inside: "According to
                           Ukrainian officials, Russian forces …" */
        for (int k = i + 2; k < c->n; k++) {
            int inside = phrase && in_attribution(c, k, h);
            if (!inside && (c->t[k].upos == PB_UPOS_PUNCT || closed ||
                            (phrase && (rel_base(c, k, "nsubj") ||
                                        is_verb(c, k)))))
                break;
            closed |= phrase && k > h && c->t[k].upos == PB_UPOS_PUNCT;
            int mi = c->mention_at[k];
            for (int w = mi >= 0 ? (int)c->m[mi].first : k;
                 w <= (mi >= 0 ? (int)c->m[mi].last : k); w++)
                c->mention_at[w] = -1; /* the whole actor's name */
        }
    }
}

/* Codes one sentence: mentions from the dictionary (given == NULL) or
 * the caller's. */
static int code_tokens(const pb_pdict *d, const pb_sentence *s, int32_t date,
                       const pb_tc_actor *given, size_t n_given,
                       const uint8_t *place_names, pb_arena *arena,
                       pb_tc_event **out, size_t *n_out)
{
    *out = NULL;
    *n_out = 0;
    int n = (int)s->n_tokens;
    if (n == 0)
        return 0;
    if (n > PB_SYNTAX_MAX_TOKENS)
        n = PB_SYNTAX_MAX_TOKENS;
    tc c = {0};
    c.d = d;
    c.t = s->tokens;
    c.n = n;
    c.date = date;
    c.arena = arena;
    c.pipeline = given != NULL;
    c.topic = -1;
    c.place_names = place_names;
    for (int i = 0; place_names && i < n; i++)
        c.names_places |= place_names[i];
    size_t nn = (size_t)n;
    c.lower = pb_arena_alloc(arena, nn * sizeof *c.lower);
    c.lem = pb_arena_alloc(arena, nn * sizeof *c.lem);
    c.first_child = pb_arena_alloc(arena, nn * sizeof(int));
    c.next_sib = pb_arena_alloc(arena, nn * sizeof(int));
    c.mention_at = pb_arena_alloc(arena, nn * sizeof(int));
    c.scope = pb_arena_alloc(arena, nn);
    c.seen = pb_arena_alloc(arena, nn);
    c.consumed = pb_arena_alloc(arena, nn);
    c.synset_seen = pb_arena_alloc(arena, d->stats.synsets + 1);
    c.ev = pb_arena_alloc(arena, PB_TC_MAX_EVENTS * sizeof *c.ev);
    if (!c.lower || !c.lem || !c.first_child || !c.next_sib ||
        !c.mention_at || !c.scope || !c.seen || !c.consumed ||
        !c.synset_seen || !c.ev)
        return -1;
    /* Lower-cased forms, the discard check on the words, the tree. */
    pb_buf text = PB_BUF_INIT;
    for (int i = 0; i < n; i++) {
        c.lower[i] = lower_dup(arena, s->tokens[i].form);
        c.lem[i] = s->tokens[i].lemma ? lower_dup(arena, s->tokens[i].lemma)
                                      : c.lower[i];
        if (c.pipeline && c.lem[i])
            c.lem[i] = singular(arena, &s->tokens[i], c.lem[i]);
        if (c.pipeline && c.lem[i])
            c.lem[i] = unhyphenated(arena, c.lem[i]);
        if (c.pipeline && i + 1 < n && c.lower[i] &&
            strcmp(c.lower[i], "according") == 0 && s->tokens[i + 1].form &&
            strcmp(s->tokens[i + 1].form, "to") == 0)
            c.lem[i] = c.lower[i]; /* "struck Kyiv, according to
                                      officials" strikes no accord */
        if (!c.lower[i] || !c.lem[i]) {
            pb_buf_free(&text);
            return -1;
        }
        if (d->n_discards) {
            pb_buf_putc(&text, ' ');
            pb_buf_puts(&text, c.lower[i]);
        }
        c.first_child[i] = c.next_sib[i] = c.mention_at[i] = -1;
    }
    int discarded = text.len && pb_pdict_discarded(d, text.data) != NULL;
    int oom = text.failed;
    pb_buf_free(&text);
    if (oom)
        return -1;
    if (discarded)
        return 0;
    for (int i = n - 1; i >= 0; i--) {
        int h = head_of(&c, i);
        if (h >= 0 && h != i) {
            c.next_sib[i] = c.first_child[h];
            c.first_child[h] = i;
        }
    }
    if ((given ? given_mentions(&c, given, n_given) : find_mentions(&c)) !=
            0 ||
        build_word_set(&c) != 0)
        return -1;
    if (c.pipeline)
        drop_attributions(&c);
    for (int v = 0; v < n && d->n_transforms && !c.failed; v++)
        if (is_verb(&c, v))
            transform_verb(&c, v);
    for (int v = 0; v < n && !c.failed; v++)
        if (is_verb(&c, v))
            code_verb(&c, v);
    if (c.failed)
        return -1;
    if (!c.pipeline)
        drop_asked_acts(&c);
    *out = c.ev;
    *n_out = c.n_ev;
    return 0;
}

int pb_tree_code_sentence(const pb_pdict *d, const pb_sentence *s,
                          int32_t date, pb_arena *arena, pb_tc_event **out,
                          size_t *n_out)
{
    return code_tokens(d, s, date, NULL, 0, NULL, arena, out, n_out);
}

int pb_tree_code_mentions(const pb_pdict *d, const pb_sentence *s,
                          const pb_tc_actor *actors, size_t n_actors,
                          const uint8_t *place_names, pb_arena *arena,
                          pb_tc_event **out, size_t *n_out)
{
    static const pb_tc_actor none = {0, 0, NULL, 0, 0};
    return code_tokens(d, s, 0, n_actors ? actors : &none, n_actors,
                       place_names, arena, out, n_out);
}
