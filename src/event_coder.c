/* event_coder.c — the events stage on the dependency tree: the project's
 * verb patterns (data/verbs.txt) translated into the tree coder's pattern
 * structures, the actors stage's mentions handed to the tree coder
 * (tree_coder.c), and its events turned into pb_event records with
 * codebook entries, modes, dates and places; an act announced for the
 * future or refused is recoded as CAMEO's intent or refusal
 * (modality.h). Event nouns ("~air strike") are matched here on the
 * token sequence, their source also the subject of a verb that enacts
 * them ("announced a suspension of aid").
 */
#include "coder.h"
#include "actors.h"
#include "codebook.h"
#include "coref.h"
#include "lexicon.h"
#include "modality.h"
#include "aims.h"
#include "petrarch_dict.h"
#include "syntax.h"
#include "tree_coder.h"
#include "whenwhere.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Tokens after an event noun searched for its "by" or prepositional
 * actor. */
#define PB_NOUN_TARGET_WINDOW 4

/* Letters of a state's actor code ("ISR"); agents follow ("ISRGOV"). */
#define PB_STATE_CODE_LEN 3

/* CAMEO's "make a visit". */
#define PB_VISIT_CODE "042"
#define PB_HOST_CODE "043"
/* Demonstrate or rally (gathering_of_people). */
#define PB_DEMONSTRATE_CODE "141"
/* Protest violently, riot (crowd_violence). */
#define PB_RIOT_CODE "145"
/* Diplomatic cooperation of no stated kind, and military cooperation
 * (military_cooperation). */
#define PB_COOPERATION_CODE "050"
#define PB_MILITARY_COOPERATION_CODE "062"
/* Expel or withdraw, and military retreat (military_withdrawal). */
#define PB_WITHDRAW_CODE "166"
#define PB_RETREAT_CODE "0874"
/* Provide peacekeepers (peacekeepers_arrive). */
#define PB_PEACEKEEPING_CODE "074"
/* Economic sanctions (economic_restriction). */
#define PB_SANCTION_CODE "163"
/* Expel or deport individuals (deportation). */
#define PB_DEPORT_CODE "174"
/* Use of conventional military force, and criticism (verbal_attack). */
#define PB_FORCE_ROOT "19"
#define PB_AIR_STRIKE_CODE "195"
/* CAMEO's killing of a prominent person. */
#define PB_ASSASSINATE_CODE "186"
/* Unconventional violence (bombings), and armed men no one names
 * (unattributed_harm, placed by armed_home). */
#define PB_ASSAULT_ROOT "18"
#define PB_UNKNOWN_ARMED "---UAF"
/* Compounds climbed from an event noun to its phrase's head ("an EU aid
 * package"). */
#define PB_MAX_COMPOUND_CLIMB 4
#define PB_CRITICIZE_CODE "111"
/* Deny responsibility (own_denier). */
#define PB_DENY_CODE "016"
/* Repression of a protest ("fired on protesters"). */
#define PB_REPRESS_CODE "175"
/* A threat, and a warning (warning_about). */
#define PB_THREATEN_CODE "130"
#define PB_REJECT_CODE "120"
#define PB_REMOVE_CODE "172"
#define PB_STATEMENT_CODE "010"

/* Governing verbs (xcomp, conj) searched for a hedge on an event's
 * verb. */
#define PB_MAX_MODE_CLIMB 3

/* ---- verbs.txt → tree-coder patterns ------------------------------------- */

/* The prepositions of the translation rule (data/README.md): a pattern
 * word in this list is a preposition, whose noun is the target when the
 * verb has no object naming an actor; any other later word is an object
 * (or particle) that must stand in the verb's phrase. */
static const char *const prepositions[] = {
    "about",  "above",   "across",  "after",   "against", "along",
    "among",  "amid",    "around",  "as",      "at",      "before",
    "behind", "below",   "beside",  "between", "beyond",  "by",
    "despite", "during", "for",     "from",    "in",      "inside",
    "into",   "like",    "near",    "of",      "on",      "onto",
    "outside", "over",   "past",    "since",   "through", "throughout",
    "to",     "toward",  "towards", "under",   "until",   "upon",
    "via",    "with",    "within",  "without", NULL};

static int is_preposition(const char *w)
{
    for (const char *const *p = prepositions; *p; p++)
        if (strcmp(*p, w) == 0)
            return 1;
    return 0;
}

/* One verb block per head lemma: the block's code is its one-word
 * pattern's, its patterns the longer ones (verb first, each later word
 * within PB_TC_GROUP_GAP words of the previous). */
static int add_head(void *user, const char *head,
                    const pb_pattern *const *pats, size_t n)
{
    pb_pdict *d = user;
    size_t n_long = 0, n_verb = 0;
    for (size_t i = 0; i < n; i++)
        if (!pats[i]->is_noun) {
            n_verb++;
            n_long += pats[i]->n_lemmas > 1;
        }
    if (n_verb == 0)
        return 0;
    pb_pd_block *b = pb_arena_alloc(&d->arena, sizeof *b);
    pb_pd_verb *v = pb_arena_alloc(&d->arena, sizeof *v);
    if (!b || !v)
        return -1;
    memset(b, 0, sizeof *b);
    memset(v, 0, sizeof *v);
    b->name = head;
    if (n_long &&
        !(b->patterns = pb_arena_alloc(&d->arena, n_long * sizeof *b->patterns)))
        return -1;
    for (size_t i = 0; i < n; i++) {
        const pb_pattern *p = pats[i];
        if (p->is_noun)
            continue;
        if (p->n_lemmas == 1) {
            if (!b->code)
                b->code = p->code; /* the earlier line wins */
            continue;
        }
        pb_pd_pattern *q = &b->patterns[b->n_patterns++];
        memset(q, 0, sizeof *q);
        q->items = pb_arena_alloc(&d->arena, p->n_lemmas * sizeof *q->items);
        if (!q->items)
            return -1;
        memset(q->items, 0, p->n_lemmas * sizeof *q->items);
        q->items[0].kind = PB_PI_VERB;
        for (uint8_t k = 1; k < p->n_lemmas; k++) {
            pb_pd_item *it = &q->items[k];
            it->grouped = 1;
            if (strcmp(p->lemmas[k], PB_LEXICON_SOURCE_WORD) == 0) {
                it->kind = PB_PI_SOURCE; /* "receive loan from $" */
                q->receives = 1;
                continue;
            }
            it->kind = PB_PI_WORD;
            it->word = p->lemmas[k];
            it->prep = (uint8_t)is_preposition(p->lemmas[k]);
        }
        q->n_items = p->n_lemmas;
        q->n_words = (uint8_t)(p->n_lemmas - 1);
        q->code = p->code;
        q->line = (uint32_t)p->line;
        d->stats.patterns++;
    }
    v->block = b;
    v->code = b->code;
    d->stats.blocks++;
    d->stats.verb_forms++;
    return pb_strmap_add(&d->verbs, head, v);
}

int pb_coder_dict_new(const pb_lexicon *lex, const pb_codebook *cb,
                      pb_pdict **out, pb_error *err)
{
    *out = pb_pdict_new();
    if (!*out || pb_lexicon_each_head(lex, add_head, *out) != 0) {
        pb_pdict_free(*out);
        *out = NULL;
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return PB_ERR_NOMEM;
    }
    pb_pdict_finish(*out);
    (*out)->modality = cb;
    return PB_OK;
}

/* ---- one sentence ----------------------------------------------------------- */

typedef struct sentence_view {
    const pb_lexicon *lex;     /* the context's lexicon (state codes) */
    const pb_codebook *codebook; /* the context's CAMEO codes */
    const pb_sentence *s;
    const char **lower;        /* lower-cased forms */
    const char **lemma;        /* lemmas (lower forms when untagged) */
    pb_mention *mentions;
    size_t n_mentions;
    int *mention_at;           /* token → mention index, -1 when none */
    pb_ww_sentence when_where; /* its dates and places (whenwhere.h) */
} sentence_view;

typedef struct event_list {
    pb_event *items;   /* arena-grown copy */
    size_t n, cap;
} event_list;

static int word_is(const sentence_view *v, uint32_t i, const char *w)
{
    return strcmp(v->lemma[i], w) == 0 || strcmp(v->lower[i], w) == 0;
}

/* Does CAMEO code general cover code specific: its root's general code
 * ("070" for "072") or a parent ("033" for "0331"), or the same code? */
static int code_covers(const char *general, const char *specific)
{
    size_t n = strlen(general);
    if (strncmp(general, specific, n) == 0)
        return 1;
    return n == 3 && general[2] == '0' && strncmp(general, specific, 2) == 0;
}

/* Adds e unless the sentence has it already. One act read twice, as a
 * verb and as its event noun ("sent a military aid package": 070 and
 * 072), is kept once, with the more specific code. */
static int add_event(pb_doc *doc, event_list *list, size_t sentence_first,
                     const pb_event *e)
{
    for (size_t i = sentence_first; i < list->n; i++) {
        pb_event *o = &list->items[i];
        if (strcmp(o->source.code, e->source.code) != 0 ||
            strcmp(o->target.code, e->target.code) != 0)
            continue;
        if (o->code == e->code)
            return 0;
        if (o->mode != e->mode)
            continue;
        if (code_covers(e->code->code, o->code->code))
            return 0;
        if (code_covers(o->code->code, e->code->code)) {
            *o = *e;
            return 0;
        }
    }
    if (list->n - sentence_first >= PB_MAX_EVENTS_PER_SENTENCE) {
        pb_doc_warn(doc, "sentence %u: more than %d events, the rest dropped",
                    e->sentence, PB_MAX_EVENTS_PER_SENTENCE);
        return 0;
    }
    if (list->n == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 16;
        pb_event *p = pb_arena_alloc(&doc->arena, cap * sizeof *p);
        if (!p)
            return -1;
        if (list->n)
            memcpy(p, list->items, list->n * sizeof *p);
        list->items = p;
        list->cap = cap;
    }
    list->items[list->n++] = *e;
    return 0;
}

static pb_actor_ref actor_ref(pb_doc *doc, const sentence_view *v,
                              const char *code, const pb_mention *m)
{
    pb_actor_ref r = {.code = code};
    if (!m)
        return r; /* implied: no words name it */
    r.start = v->s->tokens[m->first].start;
    r.end = v->s->tokens[m->last].end;
    r.text = pb_arena_strndup(&doc->arena, doc->text + r.start, r.end - r.start);
    if (!r.text)
        doc->failed = 1;
    return r;
}

static int word_in(const sentence_view *v, uint32_t i,
                   const char *const *words)
{
    for (const char *const *w = words; *w; w++)
        if (word_is(v, i, *w))
            return 1;
    return 0;
}

static int rel_starts(const pb_token *t, const char *base)
{
    const char *r = pb_deprel_name(t->deprel);
    size_t n = strlen(base);
    return strncmp(r, base, n) == 0 && (r[n] == '\0' || r[n] == ':');
}

/* Has token x a dependent whose relation starts with rel and whose word
 * is one of words? */
static int child_word(const sentence_view *v, uint32_t x, const char *rel,
                      const char *const *words)
{
    for (uint32_t k = 0; k < v->s->n_tokens; k++)
        if (v->s->tokens[k].head == (int)x + 1 &&
            rel_starts(&v->s->tokens[k], rel) && word_in(v, k, words))
            return 1;
    return 0;
}

/* Is token x a verb with a subject of its own? */
static int verb_with_subject(const sentence_view *v, uint32_t x)
{
    if (v->s->tokens[x].upos != PB_UPOS_VERB)
        return 0;
    for (uint32_t k = 0; k < v->s->n_tokens; k++)
        if (v->s->tokens[k].head == (int)x + 1 &&
            rel_starts(&v->s->tokens[k], "nsubj"))
            return 1;
    return 0;
}

/* Does token i, below token head, lie in a clause of another time
 * with a subject of its own nested in head's ("struck hideouts two days
 * after al-Shabaab stormed a post near the Somali border"), or in a
 * reported one? Its places are that clause's (but not those of "as they
 * marched in Khartoum", the same act's). */
static int in_clause_of_own(const sentence_view *v, uint32_t i, uint32_t head)
{
    static const char *const other_times[] = {"after", "before", "since",
                                              "until", NULL};
    int other = 0;
    for (uint32_t d = 0; d <= v->s->n_tokens; d++) {
        if (i == head)
            return other;
        const pb_token *t = &v->s->tokens[i];
        int later = rel_starts(t, "advcl") &&
                    child_word(v, i, "mark", other_times);
        if ((later || rel_starts(t, "ccomp")) &&
            verb_with_subject(v, i))
            other = 1;
        if (t->head < 1)
            return 0; /* not below head at all */
        i = (uint32_t)t->head - 1;
    }
    return 0;
}

/* Words that negate the verb they modify. */
static const char *const nots[] = {"not", "n't", "never", NULL};

/* Conditions that hedge a clause they mark. */
static const char *const conditions[] = {"if", "unless", NULL};

/* Does the clause of verb a speak of what may be rather than what is:
 * a hedging auxiliary or "if" ("may", "could", "if", …), a speculative
 * adverb ("likely", "probably"), or an "if" clause attached to it ("If
 * Iran attacks, the war will spread")? */
static int hedged(const sentence_view *v, uint32_t a)
{
    static const char *const threatening[] = {"threaten", "warn", "vow",
                                              NULL};
    /* ("more interested in promoting X than in protecting Y": what
     * "than" compares is not said to happen) */
    static const char *const hedges[] = {"may", "might", "could", "would",
                                         "should", "if", "can", "ca",
                                         "unless", "whether", "than", NULL};
    static const char *const guesses[] = {"likely", "probably", "possibly",
                                          "perhaps", "maybe", NULL};
    for (uint32_t i = 0; i < v->s->n_tokens; i++) {
        const pb_token *t = &v->s->tokens[i];
        if (t->head != (int)a + 1)
            continue;
        if ((rel_starts(t, "aux") || rel_starts(t, "mark")) &&
            word_in(v, i, hedges))
            return 1;
        if (rel_starts(t, "advmod") && word_in(v, i, guesses))
            return 1;
        /* but a threat names its condition: "warned Helsinki of
         * consequences if Finland joins NATO" was said */
        if (rel_starts(t, "advcl") && child_word(v, i, "mark", conditions) &&
            !word_in(v, a, threatening))
            return 1;
    }
    return 0;
}

/* Does verb j lie in what someone is accused or suspected of ("was
 * accused of aiding rebels", "suspected of plotting")? Its act is
 * alleged, not asserted: the accusation is the event. Walks up from j
 * to a phrase marked "of" or "for" that an alleging verb governs. */
static int alleged(const sentence_view *v, uint32_t j)
{
    static const char *const alleging[] = {"accuse", "suspect", "charge",
                                           "allege", "blame", "convict",
                                           NULL};
    static const char *const of_for[] = {"of", "for", NULL};
    uint32_t x = j;
    int marked = 0; /* a word on the way up has "of" or "for" */
    for (int d = 0; d <= PB_MAX_MODE_CLIMB; d++) {
        const pb_token *t = &v->s->tokens[x];
        marked |= child_word(v, x, "mark", of_for) ||
                  child_word(v, x, "case", of_for);
        if (t->head < 1 || strcmp(pb_deprel_name(t->deprel), "acl:relcl") == 0)
            return 0; /* (a relative clause is the writer's: "accused
                         Russia of shelling the plant, which its troops
                         occupy") */
        uint32_t h = (uint32_t)t->head - 1;
        if (word_in(v, h, alleging))
            return marked;
        x = h;
    }
    return 0;
}

/* Is verb j what has not happened yet ("has yet to concede", "is yet
 * to respond")? "yet" modifies j itself, or the "have" or "be" whose
 * "to" complement j is. */
static int not_yet(const sentence_view *v, uint32_t j)
{
    static const char *const have_be[] = {"have", "be", NULL};
    const pb_token *t = &v->s->tokens[j];
    uint32_t h = t->head >= 1 ? (uint32_t)t->head - 1 : j;
    int governed = h != j && rel_starts(t, "xcomp") && word_in(v, h, have_be);
    for (uint32_t k = 0; k < v->s->n_tokens; k++) {
        const pb_token *y = &v->s->tokens[k];
        if (word_is(v, k, "yet") && rel_starts(y, "advmod") &&
            (y->head == (int)j + 1 || (governed && y->head == (int)h + 1)) &&
            k + 1 < v->s->n_tokens && word_is(v, k + 1, "to"))
            return 1;
    }
    return 0;
}

/* Is the act at token j called alleged or possible: an event noun with
 * such a modifier ("an alleged attack", "a possible strike"), or a verb
 * that is the complement of one ("Iran's purported use of ships to
 * import …")? */
static int alleged_by_modifier(const sentence_view *v, uint32_t j)
{
    static const char *const doubts[] = {"alleged", "purported", "suspected",
                                         "rumored", "rumoured", "possible",
                                         "potential", NULL};
    const pb_token *t = &v->s->tokens[j];
    if (child_word(v, j, "amod", doubts))
        return 1;
    return rel_starts(t, "acl") && t->head >= 1 &&
           child_word(v, (uint32_t)t->head - 1, "amod", doubts);
}

/* Is verb j what someone failed, refused or refrained to do, as a noun's
 * "to" complement ("Obama's failure to sell missiles to Turkey", "its
 * refusal to attend"), "fail to" ("failed to capture the city") or
 * "refrain from" ("refrained from commenting")? */
static int failed_to(const sentence_view *v, uint32_t j)
{
    static const char *const failures[] = {"failure", "refusal", "inability",
                                           NULL};
    static const char *const to[] = {"to", NULL};
    static const char *const refrain[] = {"refrain", NULL};
    static const char *const from[] = {"from", NULL};
    const pb_token *t = &v->s->tokens[j];
    if (t->head < 1)
        return 0;
    uint32_t h = (uint32_t)t->head - 1;
    /* "refrained from commenting" */
    if (word_in(v, h, refrain) && child_word(v, j, "mark", from))
        return 1;
    /* "failed to capture the city" */
    static const char *const fail[] = {"fail", NULL};
    if (rel_starts(t, "xcomp") && word_in(v, h, fail) &&
        child_word(v, j, "mark", to))
        return 1;
    return rel_starts(t, "acl") && word_in(v, h, failures) &&
           child_word(v, j, "mark", to);
}

/* Is "nothing" the object of verb j ("have said nothing about", "did
 * nothing to stop")? */
static int says_nothing(const sentence_view *v, uint32_t j)
{
    static const char *const nothing[] = {"nothing", NULL};
    return child_word(v, j, "obj", nothing);
}

/* Words whose "to" complement is done rather than intended ("began to
 * withdraw", "managed to free", "voted to lift", "tried to hack": CAMEO
 * codes a decision or an attempt as the act; "proud to endorse"). */
static const char *const implicatives[] = {
    "begin", "start", "continue", "manage", "proceed", "resume", "keep",
    "get", "come", "happen", "seem", "appear", "tend", "use", "help",
    "dare", "bother", "rush", "go", "fail", "decide", "vote", "opt",
    "choose", "move", "try", "attempt", "proud", "happy", "glad",
    "pleased", "delighted", "honored", "honoured", NULL};

/* Is verb j what someone stopped doing ("stopped supplying gas",
 * "ceased funding the group")? It no longer happens. */
static int stopped_doing(const sentence_view *v, uint32_t j)
{
    static const char *const stopping[] = {"stop", "cease", "quit", "halt",
                                           "end", "suspend", NULL};
    static const char *const any[] = {"to", "after", "before", "while",
                                      "by", "in", "for", "of", "since", NULL};
    const pb_token *t = &v->s->tokens[j];
    return (rel_starts(t, "xcomp") ||
            (rel_starts(t, "advcl") && !child_word(v, j, "mark", any))) &&
           t->head >= 1 && strcmp(t->xpos, "VBG") == 0 &&
           word_in(v, (uint32_t)t->head - 1, stopping);
}

/* Is verb j what something kept someone from doing ("prevented its army
 * from protecting civilians", "barred aid groups from entering")? It did
 * not happen. */
static int prevented_from(const sentence_view *v, uint32_t j)
{
    static const char *const preventing[] = {
        "prevent", "stop", "bar", "block", "keep", "ban", "prohibit",
        "deter", "discourage", "restrain", "hinder", "forbid", "preclude",
        "dissuade", "hamper", NULL};
    static const char *const from[] = {"from", NULL};
    const pb_token *t = &v->s->tokens[j];
    return (rel_starts(t, "advcl") || rel_starts(t, "xcomp") ||
            rel_starts(t, "acl")) &&
           t->head >= 1 && strcmp(t->xpos, "VBG") == 0 &&
           (child_word(v, j, "mark", from) || child_word(v, j, "case", from)) &&
           word_in(v, (uint32_t)t->head - 1, preventing);
}

/* Is verb j what someone denies doing or denies happened ("denied
 * attacking the hospital", "denied that its troops fired", "dismissed
 * reports that Beijing had supplied weapons")? */
static int denied(const sentence_view *v, uint32_t j)
{
    static const char *const denying[] = {"deny", "refute", "rebut", NULL};
    static const char *const dismissing[] = {"deny", "refute", "rebut",
                                             "dismiss", "reject", NULL};
    static const char *const claims[] = {
        "report", "claim", "allegation", "accusation", "charge",
        "suggestion", "rumour", "rumor", "assertion", NULL};
    static const char *const that[] = {"that", NULL};
    const pb_token *t = &v->s->tokens[j];
    if (t->head < 1)
        return 0;
    uint32_t h = (uint32_t)t->head - 1;
    const pb_token *ht = &v->s->tokens[h];
    if ((rel_starts(t, "ccomp") || rel_starts(t, "acl")) &&
        h + 1 < j && v->s->tokens[h + 1].head == (int)j + 1 &&
        word_in(v, h + 1, that) && /* "reports that …", as mark or not */
        word_in(v, h, claims) && rel_starts(ht, "obj") && ht->head >= 1 &&
        word_in(v, (uint32_t)ht->head - 1, dismissing))
        return 1;
    if (rel_starts(t, "xcomp") && rel_starts(ht, "ccomp") && ht->head >= 1 &&
        word_in(v, (uint32_t)ht->head - 1, denying))
        return 1; /* "denied that it was preparing to invade Taiwan" */
    return (rel_starts(t, "xcomp") || rel_starts(t, "ccomp") ||
            (rel_starts(t, "advcl") && strcmp(t->xpos, "VBG") == 0)) &&
           word_in(v, h, denying);
}

/* Is a restriction (172) one on trade or firms ("U.S. restrictions on
 * Chinese business", "could impose restrictions on the Chinese AI
 * model")? That is an economic sanction (163), not an administrative
 * one. */
static int economic_restriction(const sentence_view *v, uint32_t j,
                                const char *code)
{
    static const char *const on[] = {"on", "against", NULL};
    static const char *const economy[] = {
        "business", "company", "firm", "product", "export", "import",
        "trade", "technology", "chip", "investment", "good", "model",
        "industry", "bank", "sale", "supplier", "manufacturer", NULL};
    if (strcmp(code, "172") != 0)
        return 0;
    /* the "on" phrase of the restriction noun j, or of the verb's
     * object ("imposed restrictions on …") */
    for (uint32_t k = 0; k < v->s->n_tokens; k++) {
        const pb_token *t = &v->s->tokens[k];
        if (t->head < 1 || !word_in(v, k, economy) ||
            !child_word(v, k, "case", on))
            continue;
        uint32_t h = (uint32_t)t->head - 1;
        const pb_token *ht = &v->s->tokens[h];
        if (h == j || (rel_starts(ht, "obj") && ht->head == (int)j + 1) ||
            (k > j && k <= j + PB_TC_GROUP_GAP + 1 &&
             h == (uint32_t)v->s->tokens[j].head - 1))
            return 1; /* (or the parser's: hung beside the noun) */
    }
    return 0;
}

/* The head of the noun phrase whose compound token j is ("package" of
 * "an EU aid package", "embargo" of "arms embargo"), else j. */
static uint32_t phrase_head(const sentence_view *v, uint32_t j)
{
    for (int d = 0;
         d < PB_MAX_COMPOUND_CLIMB && rel_starts(&v->s->tokens[j], "compound") &&
                    v->s->tokens[j].head > (int)j + 1;
         d++)
        j = (uint32_t)v->s->tokens[j].head - 1;
    return j;
}

/* Is verb j, or a clause it completes, what there is "no sign" or "no
 * evidence" of ("I see no signs that the North Koreans are interested in
 * talking to the U.S.")? */
static int no_sign_of(const sentence_view *v, uint32_t j)
{
    static const char *const signs[] = {"sign", "evidence", "indication",
                                        "proof", "suggestion", NULL};
    static const char *const no[] = {"no", NULL};
    uint32_t a = j;
    for (int d = 0; d <= PB_MAX_MODE_CLIMB; d++) {
        const pb_token *t = &v->s->tokens[a];
        if (t->head < 1 || (uint32_t)t->head > v->s->n_tokens)
            return 0;
        uint32_t h = (uint32_t)t->head - 1;
        if (rel_starts(t, "acl") && word_in(v, h, signs) &&
            child_word(v, h, "det", no))
            return 1;
        if (!(rel_starts(t, "xcomp") || rel_starts(t, "advcl") ||
              rel_starts(t, "ccomp") || rel_starts(t, "acl")))
            return 0;
        a = h;
    }
    return 0;
}

/* Is verb j what a text says that someone vetoes or blocks ("Hungary
 * vetoed a European Union statement criticizing China")? The text was
 * never issued. */
static int vetoed_text(const sentence_view *v, uint32_t j)
{
    static const char *const vetoing[] = {"veto", "block", "reject",
                                          "scuttle", NULL};
    static const char *const texts[] = {"statement", "resolution",
                                        "declaration", "motion", "text",
                                        "draft", NULL};
    const pb_token *t = &v->s->tokens[j];
    if (!rel_starts(t, "acl") || t->head < 1)
        return 0;
    uint32_t h = (uint32_t)t->head - 1;
    const pb_token *ht = &v->s->tokens[h];
    return word_in(v, h, texts) && rel_starts(ht, "obj") && ht->head >= 1 &&
           word_in(v, (uint32_t)ht->head - 1, vetoing);
}

/* Is verb j the complement of a verb that asks its object to do it
 * ("pressured Ukraine to launch an investigation", "urged Israel to
 * halt")? The object only is asked: the act is not its intent. */
static int asked_of_object(const sentence_view *v, uint32_t j)
{
    const pb_token *t = &v->s->tokens[j];
    if (t->head < 1)
        return 0;
    uint32_t h = (uint32_t)t->head - 1;
    int control = pb_object_control(v->lemma[h]);
    if (!(rel_starts(t, "xcomp") ||
          (rel_starts(t, "advcl") && control == PB_CONTROL_ASKS)) ||
        control == PB_CONTROL_MAKES || word_in(v, h, implicatives))
        return 0;
    static const char *const on_to[] = {"on", "upon", "to", NULL};
    for (uint32_t k = 0; k < j; k++) {
        const pb_token *y = &v->s->tokens[k];
        if (y->head == (int)h + 1 &&
            (rel_starts(y, "obj") || rel_starts(y, "iobj") ||
             (control == PB_CONTROL_ASKS && rel_starts(y, "obl") &&
              child_word(v, k, "case", on_to))))
            return 1; /* "urged Israel to", "called on Israel to" */
    }
    return 0;
}

/* Verbs of saying whose "would" clause is the speaker's future ("said
 * they would release", "warned it would strike"), not a hedge. */
static const char *const reporters[] = {
    "say", "tell", "announce", "state", "add", "declare", "confirm",
    "indicate", "insist", "warn", "pledge", "promise", "vow", "signal",
    "write", "report", "threaten", "decide", "agree", NULL};

/* Does verb j carry "would" as the future of a report ("X said it
 * would …")? */
static int reported_future(const sentence_view *v, uint32_t j)
{
    const pb_token *t = &v->s->tokens[j];
    if (!rel_starts(t, "ccomp") || t->head < 1 ||
        !word_in(v, (uint32_t)t->head - 1, reporters))
        return 0;
    static const char *const would[] = {"would", NULL};
    return !child_word(v, j, "mark", conditions) &&
           child_word(v, j, "aux", would);
}

/* Is verb j what someone "is going to" do? Returns the token of
 * "going", else -1. */
static long going_to(const sentence_view *v, uint32_t j)
{
    static const char *const be[] = {"be", NULL};
    const pb_token *t = &v->s->tokens[j];
    uint32_t h = t->head >= 1 ? (uint32_t)t->head - 1 : j;
    return h != j && rel_starts(t, "xcomp") &&
                   strcmp(v->lower[h], "going") == 0 &&
                   child_word(v, h, "aux", be)
               ? (long)h
               : -1;
}

/* Has verb j the auxiliary "will" or "shall", or is it what someone "is
 * going to" do? */
static int will_aux(const sentence_view *v, uint32_t j)
{
    static const char *const wills[] = {"will", "'ll", "shall", "wo", NULL};
    if (going_to(v, j) >= 0 || child_word(v, j, "aux", wills))
        return 1;
    /* "will help release my father": the complement of a future verb */
    const pb_token *t = &v->s->tokens[j];
    return rel_starts(t, "xcomp") && t->head >= 1 &&
           child_word(v, (uint32_t)t->head - 1, "aux", wills);
}

/* Is verb j (with an infinitive "to") a complement that happens ("began
 * to withdraw"), the end of riot weapons used ("fired tear gas to
 * disperse the protesters": the dispersal is what the firing does), or
 * what a meeting is held for ("met to discuss the war": they discussed
 * it), or what a raid is for ("raided the embassy to arrest him")? */
static int done_complement(const sentence_view *v, uint32_t j)
{
    static const char *const meeting[] = {"meet", "gather", "convene",
                                           NULL};
    static const char *const discussing[] = {
        "discuss", "talk", "review", "coordinate", "address", "negotiate",
        "consider", NULL};
    static const char *const raiding[] = {"raid", "storm", NULL};
    static const char *const seizing[] = {"arrest", "detain", "seize",
                                          "capture", "free", "rescue", NULL};
    static const char *const firing[] = {"fire", "use", "open", NULL};
    static const char *const riot_means[] = {
        "gas", "cannon", "cannons", "bullets", "grenades", "batons",
        "ammunition", "force", "fire", NULL};
    const pb_token *t = &v->s->tokens[j];
    if (t->head < 1 || will_aux(v, j))
        return 0;
    uint32_t h = (uint32_t)t->head - 1;
    return (rel_starts(t, "xcomp") && word_in(v, h, implicatives)) ||
           ((rel_starts(t, "xcomp") || rel_starts(t, "advcl")) &&
            pb_object_control(v->lemma[h]) == PB_CONTROL_MAKES) ||
           ((rel_starts(t, "xcomp") || rel_starts(t, "advcl") ||
             rel_starts(t, "acl")) &&
            word_in(v, h, firing) && child_word(v, h, "obj", riot_means)) ||
           /* "opened fire to disperse", the clause hung on "fire" */
           (rel_starts(t, "acl") && word_in(v, h, riot_means) &&
            rel_starts(&v->s->tokens[h], "obj") &&
            v->s->tokens[h].head >= 1 &&
            word_in(v, (uint32_t)v->s->tokens[h].head - 1, firing)) ||
           ((rel_starts(t, "xcomp") || rel_starts(t, "advcl")) &&
            word_in(v, h, meeting) && word_in(v, j, discussing)) ||
           ((rel_starts(t, "xcomp") || rel_starts(t, "advcl")) &&
            word_in(v, h, raiding) && word_in(v, j, seizing));
}

/* Is verb j a future or possible act bound to a condition of its own
 * ("will cut off gas unless Kyiv pays", "may halt mediation if
 * cooperation founders")? Said of one's own acts that is a conditional
 * commitment: a threat for a hostile act, a promise for a friendly one,
 * not a guess. */
static int conditional_commitment(const sentence_view *v, uint32_t j)
{
    static const char *const mays[] = {"may", "would", NULL};
    if (!will_aux(v, j) && !reported_future(v, j) &&
        !child_word(v, j, "aux", mays))
        return 0;
    for (uint32_t i = 0; i < v->s->n_tokens; i++)
        if (v->s->tokens[i].head == (int)j + 1 &&
            rel_starts(&v->s->tokens[i], "advcl") &&
            child_word(v, i, "mark", conditions))
            return 1;
    return 0;
}

/* The mode of the verb at token j from its dependents: a future
 * ("will", "said it would") or an intended "to" complement intend;
 * "may", "could", "would", "if" … make it hypothetical, and so do they on
 * the verbs whose complement j is ("can't afford to defend", "is likely
 * to respond") and on the clauses j is a condition or part of ("If X
 * says Y will Z"); a question is hypothetical; a negated verb is negated
 * whatever else it has; a "to" complement of "began", "managed", "voted"
 * … is asserted. *frame tells how CAMEO recodes the act
 * (modality.h): PB_MODAL_INTEND when it is announced for the future, not
 * only a purpose ("sent troops to attack"); PB_MODAL_REJECT when a
 * future is negated ("will not accept", "said it would not release"),
 * a refusal that is itself asserted; else -1. */
static int verb_mode(const sentence_view *v, uint32_t j, int negated,
                     int *frame)
{
    static const char *const guessing[] = {"likely", "unlikely", "expect",
                                           "suppose", NULL};
    /* what is weighed ("considering attacking", "reconsider raising
     * tariffs") is not done */
    static const char *const weighing[] = {"consider", "reconsider", "mull",
                                           "weigh", "rethink", NULL};
    static const char *const wishing[] = {
        "hope", "wish", "want", "believe", "think", "fear", "doubt",
        "imagine", "predict", "expect", "suppose", "assume", "allege",
        "claim", NULL};
    static const char *const perceiving[] = {"hear", "see", "witness",
                                             "notice", "watch", NULL};
    /* what one demands be done, in the subjunctive or with "should" */
    static const char *const demanding[] = {
        "demand", "insist", "urge", "ask", "request", "require", "propose",
        "recommend", "suggest", NULL};
    static const char *const obliged[] = {"should", "must", NULL};
    *frame = -1;
    /* "would not hesitate to use force": will use it */
    static const char *const hesitating[] = {"hesitate", NULL};
    const pb_token *tx = &v->s->tokens[j];
    if (!negated && rel_starts(tx, "xcomp") && tx->head >= 1 &&
        word_in(v, (uint32_t)tx->head - 1, hesitating) &&
        child_word(v, (uint32_t)tx->head - 1, "advmod", nots)) {
        *frame = PB_MODAL_INTEND;
        return PB_MODE_INTENDED;
    }
    /* "is ready to host talks", "would be willing to meet", "is due to
     * meet Xi next week": an offer or a plan, an intent (a hostile act's
     * a threat), whatever would hedge it */
    static const char *const ready[] = {"ready",     "willing", "prepared",
                                        "due",       "scheduled", "slated",
                                        NULL};
    if (!negated && rel_starts(tx, "xcomp") && tx->head >= 1 &&
        word_in(v, (uint32_t)tx->head - 1, ready) &&
        !child_word(v, (uint32_t)tx->head - 1, "advmod", nots)) {
        *frame = PB_MODAL_INTEND;
        return PB_MODE_INTENDED;
    }
    /* "threatened to block the bid and expel diplomats": a verb joined
     * to a "to" complement, with no subject of its own, is part of it */
    static const char *const to[] = {"to", NULL};
    if (rel_starts(tx, "conj") && tx->head >= 1 && !verb_with_subject(v, j) &&
        !child_word(v, j, "mark", to)) {
        uint32_t h = (uint32_t)tx->head - 1;
        if (rel_starts(&v->s->tokens[h], "xcomp") &&
            child_word(v, h, "mark", to))
            return verb_mode(v, h, negated, frame);
    }
    long going = going_to(v, j);
    if (going >= 0 && child_word(v, (uint32_t)going, "advmod", nots))
        negated = 1; /* "is not going to attack" */
    if (negated) {
        if (!will_aux(v, j) && !reported_future(v, j))
            return PB_MODE_NEGATED;
        *frame = PB_MODAL_REJECT;
        return PB_MODE_ASSERTED;
    }
    for (uint32_t i = j + 1; i < v->s->n_tokens; i++)
        if (strcmp(v->lower[i], "?") == 0)
            return PB_MODE_HYPOTHETICAL;
    if (alleged(v, j) || alleged_by_modifier(v, j))
        return PB_MODE_HYPOTHETICAL;
    if (not_yet(v, j) || says_nothing(v, j) || failed_to(v, j) ||
        stopped_doing(v, j) || prevented_from(v, j) || denied(v, j) ||
        vetoed_text(v, j) || no_sign_of(v, j))
        return PB_MODE_NEGATED;
    if (reported_future(v, j) || conditional_commitment(v, j)) {
        *frame = PB_MODAL_INTEND;
        return PB_MODE_INTENDED;
    }
    /* "little chance that another summit will take place": a clause
     * of a noun of chance or risk is only possible */
    static const char *const chances[] = {
        "chance", "possibility", "likelihood", "prospect", "risk",
        "danger", "probability", "odds", NULL};
    uint32_t a = j;
    for (int d = 0; d <= PB_MAX_MODE_CLIMB; d++) {
        const pb_token *t = &v->s->tokens[a];
        if (hedged(v, a) || (a != j && word_in(v, a, guessing)))
            return PB_MODE_HYPOTHETICAL;
        if (rel_starts(t, "acl") && t->head >= 1 &&
            word_in(v, (uint32_t)t->head - 1, chances))
            return PB_MODE_HYPOTHETICAL;
        if (t->head < 1 || (uint32_t)t->head > v->s->n_tokens ||
            !(rel_starts(t, "xcomp") || rel_starts(t, "ccomp") ||
              rel_starts(t, "advcl") || rel_starts(t, "conj")))
            break;
        if (rel_starts(t, "xcomp") &&
            word_in(v, (uint32_t)t->head - 1, weighing))
            return PB_MODE_HYPOTHETICAL;
        /* "would have allowed Beijing to extradite": a "to" clause of
         * a verb that asks or makes its object act climbs as an xcomp */
        static const char *const by[] = {"by", NULL};
        int controlled = rel_starts(t, "advcl") && child_word(v, a, "mark", to) &&
                         pb_object_control(v->lemma[t->head - 1]);
        /* "overstepped its bounds by denying migrants access": the means
         * is as true as the act it is the means of */
        int means = rel_starts(t, "advcl") && strcmp(t->xpos, "VBG") == 0 &&
                    (child_word(v, a, "mark", by) || child_word(v, a, "case", by));
        if (!controlled && !means &&
            (rel_starts(t, "advcl") || rel_starts(t, "ccomp"))) {
            /* only an "if" above a subordinate clause: "said X would …"
             * hedges the report, not the event it reports; what someone
             * hopes, believes or alleges happens is no report ("I'm
             * hoping they make concessions", "the suits allege that …") */
            uint32_t h = (uint32_t)t->head - 1;
            if (word_in(v, h, perceiving) && child_word(v, h, "advmod", nots))
                return PB_MODE_NEGATED; /* "never heard Putin say …" */
            if (child_word(v, h, "mark", conditions) ||
                (rel_starts(t, "ccomp") && word_in(v, h, wishing) &&
                 verb_with_subject(v, h)) ||
                (rel_starts(t, "ccomp") && word_in(v, h, demanding) &&
                 (strcmp(t->xpos, "VB") == 0 ||
                  child_word(v, a, "aux", obliged))))
                return PB_MODE_HYPOTHETICAL; /* "demanded that Vilnius
                                                withdraw its envoy" */
            break;
        }
        a = (uint32_t)t->head - 1;
    }
    const pb_token *tj = &v->s->tokens[j];
    if (rel_starts(tj, "xcomp") && tj->head >= 1 &&
        child_word(v, (uint32_t)tj->head - 1, "advmod", nots))
        return PB_MODE_NEGATED; /* "does not want to meet", "did not
                                   manage to reach" */
    if (will_aux(v, j)) {
        *frame = PB_MODAL_INTEND;
        return PB_MODE_INTENDED;
    }
    static const char *const against[] = {"against", NULL};
    static const char *const refusing[] = {"refuse", "decline", NULL};
    if (child_word(v, j, "mark", to) && rel_starts(tj, "xcomp") &&
        tj->head >= 1 && word_in(v, (uint32_t)tj->head - 1, refusing))
        return PB_MODE_NEGATED; /* "refused to condemn Russia": an act
                                   with no refusal code is not done */
    if (child_word(v, j, "mark", to) && asked_of_object(v, j))
        return PB_MODE_HYPOTHETICAL;
    if (child_word(v, j, "mark", against) && rel_starts(tj, "advcl") &&
        tj->head >= 1 &&
        pb_object_control(v->lemma[tj->head - 1]) == PB_CONTROL_ASKS)
        return PB_MODE_HYPOTHETICAL; /* "warned Washington against selling" */
    /* "announced plans to impose sanctions", "has no plans to hold
     * talks": the clause of a noun of intent is intended, or negated by
     * "no" */
    static const char *const intents[] = {
        "plan", "intention", "proposal", "offer", "promise", "pledge",
        "threat", "bid", "commitment", "readiness", "willingness",
        "determination", "process", "move", NULL};
    static const char *const none[] = {"no", NULL};
    if (child_word(v, j, "mark", to) && rel_starts(tj, "acl") &&
        tj->head >= 1 && word_in(v, (uint32_t)tj->head - 1, intents)) {
        if (child_word(v, (uint32_t)tj->head - 1, "det", none))
            return PB_MODE_NEGATED;
        *frame = PB_MODAL_INTEND;
        return PB_MODE_INTENDED;
    }
    /* "drove tractors into Warsaw to protest against climate rules":
     * a protest is made by the act it is the purpose of */
    static const char *const protesting[] = {"protest", "demonstrate",
                                             NULL};
    if (child_word(v, j, "mark", to) && rel_starts(tj, "advcl") &&
        word_in(v, j, protesting))
        return PB_MODE_ASSERTED;
    if (child_word(v, j, "mark", to) && !done_complement(v, j)) {
        /* an intended complement; a purpose ("sent troops to attack") is
         * intended but announces nothing */
        if (rel_starts(&v->s->tokens[j], "xcomp"))
            *frame = PB_MODAL_INTEND;
        return PB_MODE_INTENDED;
    }
    /* "pledged to help Manila protect its fishermen": a bare complement
     * of a verb that is itself a "to" complement shares its mode */
    if (rel_starts(tj, "xcomp") && tj->head >= 1) {
        uint32_t h = (uint32_t)tj->head - 1;
        if (rel_starts(&v->s->tokens[h], "xcomp") &&
            child_word(v, h, "mark", to))
            return verb_mode(v, h, 0, frame);
    }
    return PB_MODE_ASSERTED;
}

/* Is the future act at verb j what someone other than its source
 * foresees ("analysts said China would retaliate", "U.S. officials said
 * Russia will attack")? The reporting verb's subject is an onlooker or an
 * actor of another state or body than src. A guess, not src's intent;
 * "China said it would retaliate" and "the Kremlin said Russia would"
 * stay intents, and so does an act announced by the state it is done to
 * (tgt: "Li Qiang will visit Australia, Canberra said", the host). */
static int foreseen_by_other(const sentence_view *v, uint32_t j,
                             const char *src, const char *tgt)
{
    static const char *const onlookers[] = {
        "analyst", "expert", "observer", "economist", "commentator",
        "pundit", "researcher", "scholar", "forecaster", "strategist",
        NULL};
    const pb_token *t = &v->s->tokens[j];
    if (!rel_starts(t, "ccomp") || t->head < 1 ||
        !word_in(v, (uint32_t)t->head - 1, reporters))
        return 0;
    for (uint32_t k = 0; k < v->s->n_tokens; k++) {
        if (v->s->tokens[k].head != t->head ||
            !rel_starts(&v->s->tokens[k], "nsubj"))
            continue;
        if (word_in(v, k, onlookers))
            return 1;
        long m = v->mention_at[k];
        if (m < 0 || v->mentions[m].is_agent_only)
            return 0;
        const char *speaker = v->mentions[m].code;
        size_t n = strncmp(speaker, "IGO", 3) == 0 ||
                           strncmp(src, "IGO", 3) == 0
                       ? 6
                       : 3;
        return strlen(speaker) >= 3 && strlen(src) >= 3 &&
               strncmp(speaker, src, n) != 0 &&
               !(tgt && strlen(tgt) >= 3 && strncmp(speaker, tgt, n) == 0);
    }
    return 0;
}

/* Is an act of this code between a state's agent and the bare state
 * void (own_country_void, same_state_bare)? In a statement (root 01)
 * the bare side is the country the speaker talks about or for, not an
 * addressee; a state does not consult (04) or cooperate (05, 06) with
 * itself ("Modi to discuss upgrading India's ties with …"), nor do its
 * organs (government, army …) cut ties with (16) or fight (19) it
 * ("doubling the U.S. tariff on …"); its rebels may.
 * Intents, demands, yielding, coercion and the rest keep such pairs
 * ("Serbian President promised to democratize Serbia"). */
static int own_country_void(const pb_cameo_code *code, const char *agent_side)
{
    static const char *const roots[] = {PB_TC_STATEMENT_ROOT, "04", "05",
                                        "06", NULL};
    static const char *const hostile[] = {"16", "19", NULL};
    for (int i = 0; roots[i]; i++)
        if (strncmp(code->code, roots[i], 2) == 0)
            return 1;
    const char *agent = agent_side + PB_STATE_CODE_LEN;
    if (strlen(agent_side) != 2 * PB_STATE_CODE_LEN ||
        !pb_agent_is_state_organ(agent))
        return 0; /* rebels do fight their own state */
    for (int i = 0; hostile[i]; i++)
        if (strncmp(code->code, hostile[i], 2) == 0)
            return 1;
    return 0;
}

/* Is this a state's organ saying something (010) about civilians of its
 * own ("Japanese officials said the Japanese man had died")? They are
 * what it speaks of, no second party (condolences to them, 018, are
 * addressed to them). */
static int statement_on_own_civilians(const pb_cameo_code *code,
                                      const char *src, const char *tgt)
{
    return strcmp(code->code, "010") == 0 &&
           strlen(src) == 2 * PB_STATE_CODE_LEN &&
           pb_agent_is_state_organ(src + PB_STATE_CODE_LEN) &&
           strlen(tgt) == 2 * PB_STATE_CODE_LEN &&
           strncmp(src, tgt, PB_STATE_CODE_LEN) == 0 &&
           strcmp(tgt + PB_STATE_CODE_LEN, "CVL") == 0;
}

/* Are a and b two organs of one state ("GBRGOV", "GBRLEG")? Between
 * them there are no diplomatic relations to reduce or break (160, 161):
 * a government that "suspended parliament" has not cut ties with it. */
static int relations_within_state(const pb_cameo_code *code, const char *a,
                                  const char *b)
{
    if (strcmp(code->code, "160") != 0 && strcmp(code->code, "161") != 0)
        return 0;
    return strlen(a) == 2 * PB_STATE_CODE_LEN &&
           strlen(b) == 2 * PB_STATE_CODE_LEN &&
           strncmp(a, b, PB_STATE_CODE_LEN) == 0 &&
           pb_agent_is_state_organ(a + PB_STATE_CODE_LEN) &&
           pb_agent_is_state_organ(b + PB_STATE_CODE_LEN);
}

/* Do codes a and b name the same state, one of them the bare state and
 * the other the state with one agent ("USAGOV" and "USA")? A named group
 * of the state ("PAKREBBLA") is always a party of its own. */
static int same_state_bare(const sentence_view *v, const char *a,
                           const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    if (na > nb) {
        const char *t = a;
        a = b;
        b = t;
        na = nb;
        nb = strlen(b);
    }
    if (na != PB_STATE_CODE_LEN || nb != 2 * PB_STATE_CODE_LEN ||
        strncmp(a, b, PB_STATE_CODE_LEN) != 0)
        return 0;
    char state[PB_STATE_CODE_LEN + 1];
    memcpy(state, a, PB_STATE_CODE_LEN);
    state[PB_STATE_CODE_LEN] = '\0';
    return pb_lexicon_is_country(v->lex, state);
}

/* Is form the plural of a people's name ("Somalis", "Syrians",
 * "Britons", "Cypriots", "New Zealanders")? */
static int demonym_plural(const char *form)
{
    static const char *const endings[] = {"ans", "is", "ons", "ers", "ots",
                                          NULL};
    size_t n = form ? strlen(form) : 0;
    if (n < 4 || form[0] < 'A' || form[0] > 'Z')
        return 0;
    for (const char *const *e = endings; *e; e++) {
        size_t k = strlen(*e);
        if (strcmp(form + n - k, *e) == 0)
            return 1;
    }
    return 0;
}

/* Is a "visit" (042) made by refugees or civilians ("refugees returned
 * to Somalia", "Chinese tourists visited Vietnam"), or by a people named
 * by its plural ("Somalis arrived in Kenya")? That is travel, not a
 * state's visit. Nor do refugees invade or fight where they flee ("more
 * than 10,000 Sudanese refugees had crossed into Chad"). */
static int private_travel(const sentence_view *v, const pb_cameo_code *code,
                          const char *src, const pb_mention *ms)
{
    size_t n = strlen(src);
    if (strncmp(code->code, PB_FORCE_ROOT, 2) == 0)
        return n >= 6 && strcmp(src + n - 3, "REF") == 0;
    if (strcmp(code->code, PB_VISIT_CODE) != 0)
        return 0;
    if (n >= 6 &&
        (strcmp(src + n - 3, "REF") == 0 || strcmp(src + n - 3, "CVL") == 0))
        return 1;
    return n == PB_STATE_CODE_LEN && ms->first == ms->last &&
           demonym_plural(v->s->tokens[ms->first].form);
}

/* Is the source of a protest people rather than a state: a group of a
 * state that is none of its organs ("KENEDU", "IRQOPP"), or a people
 * ("Kenyans", "Iraqi Kurds", "sellers in Cameroon"), not the state's name
 * as the subject? A state that protests ("Turkey protested") complains
 * to another, whom it names. */
static int protesting_people(const sentence_view *v, const char *src,
                             const pb_mention *ms)
{
    size_t n = strlen(src);
    const pb_token *last = &v->s->tokens[ms->last];
    if (n == PB_STATE_CODE_LEN)
        /* the state itself only when its name is the subject or one of
         * its conjuncts ("Russia and China") */
        return !(rel_starts(last, "nsubj") || rel_starts(last, "conj")) ||
               strcmp(last->xpos, "NNP") != 0 || demonym_plural(last->form);
    return n > PB_STATE_CODE_LEN &&
           !pb_agent_is_state_organ(src + PB_STATE_CODE_LEN);
}

/* Is the object or oblique of verb head, or a phrase on its object, the
 * police ("clashed with police", "threw stones at riot police", "fought
 * security forces")? */
static int against_police(const sentence_view *v, uint32_t head)
{
    static const char *const police[] = {"police", "policemen", "policeman",
                                         "gendarmes", NULL};
    for (uint32_t k = 0; k < v->s->n_tokens; k++) {
        const pb_token *t = &v->s->tokens[k];
        int on_object = t->head > 0 && rel_starts(t, "nmod") &&
                        v->s->tokens[t->head - 1].head == (int)head + 1 &&
                        rel_starts(&v->s->tokens[t->head - 1], "obj");
        if (!on_object && (t->head != (int)head + 1 ||
                           !(rel_starts(t, "obl") || rel_starts(t, "obj"))))
            continue; /* "threw stones at police" */
        if (word_in(v, k, police) ||
            (word_is(v, k, "forces") && k > 0 && word_is(v, k - 1, "security")))
            return 1;
    }
    return 0;
}

/* The authorities a protest that names no target is aimed at: the
 * government of the state where it happens, else of the protesters'
 * own state ("Kurds demonstrated in Kirkuk" → IRQGOV); its police when
 * the protesters clash with them ("clashed with police in Nairobi" →
 * KENCOP). NULL: unknown. */
static const char *authorities(pb_doc *doc, const sentence_view *v,
                               const pb_event *e, uint32_t head,
                               const char *src)
{
    char state[PB_STATE_CODE_LEN + 1] = "";
    if (e->location && pb_lexicon_is_country(v->lex, e->location->country))
        memcpy(state, e->location->country, sizeof state);
    else if (strlen(src) >= PB_STATE_CODE_LEN) {
        memcpy(state, src, PB_STATE_CODE_LEN);
        state[PB_STATE_CODE_LEN] = '\0';
        if (!pb_lexicon_is_country(v->lex, state))
            return NULL;
    } else {
        return NULL;
    }
    char *code = pb_arena_alloc(&doc->arena, sizeof state + 3);
    if (!code) {
        doc->failed = 1;
        return NULL;
    }
    memcpy(code, state, PB_STATE_CODE_LEN);
    memcpy(code + PB_STATE_CODE_LEN, against_police(v, head) ? "COP" : "GOV",
           4);
    return code;
}

/* Does token i lie in the subtree of token root? */
static int within(const sentence_view *v, uint32_t i, uint32_t root)
{
    for (uint32_t d = 0; d <= v->s->n_tokens; d++) {
        if (i == root)
            return 1;
        if (v->s->tokens[i].head < 1)
            return 0;
        i = (uint32_t)v->s->tokens[i].head - 1;
    }
    return 0;
}

/* The state force is used in when the tree names no target ("Russian
 * forces shelled the city of Kharkiv" → UKR): the event's place, when it
 * is in a state other than the source's, or the army's own; with no
 * place, a state's rebels' own. NULL: none (or out of memory, doc->failed
 * set). */
static const char *place_attacked(pb_doc *doc, const sentence_view *v,
                                  const pb_event *e, const char *src,
                                  uint32_t head)
{
    static const char *const insurgents[] = {"REB", "INS", "UAF", NULL};
    /* "rebels seized Goma", "al-Shabaab bombed Mogadishu": a state's own
     * rebels, named or not, act on it */
    int rising = 0;
    for (int i = 0; insurgents[i] && strlen(src) >= 2 * PB_STATE_CODE_LEN;
         i++)
        rising |= strncmp(src + PB_STATE_CODE_LEN, insurgents[i],
                          PB_STATE_CODE_LEN) == 0;
    /* "Myanmar's military launched air strikes on villages in Sagaing":
     * an army striking places of its own state strikes that state */
    int army_at_home = strlen(src) == 2 * PB_STATE_CODE_LEN &&
                       strcmp(src + PB_STATE_CODE_LEN, "MIL") == 0;
    /* (with no place named at all, a state's own rebels strike at home:
     * "Syrian rebels shelled villages on Saturday"; not "attacked ships
     * in the Red Sea", nor a threat "to break their ceasefire with
     * international forces") */
    char home[PB_STATE_CODE_LEN + 1];
    memcpy(home, src, PB_STATE_CODE_LEN);
    home[PB_STATE_CODE_LEN] = '\0';
    static const char *const at[] = {"in", "at", "near", "off", "across",
                                     "over", "along", "inside", NULL};
    int named_place = v->when_where.n_places > 0;
    for (uint32_t k = 0; k < v->s->n_tokens && !named_place; k++)
        named_place = v->s->tokens[k].upos == PB_UPOS_PROPN &&
                      child_word(v, k, "case", at) && within(v, k, head);
    if (!e->location && rising && !named_place &&
        e->mode == PB_MODE_ASSERTED && pb_lexicon_is_country(v->lex, home))
        return pb_arena_strndup(&doc->arena, src, PB_STATE_CODE_LEN);
    if (!e->location || !pb_lexicon_is_country(v->lex, e->location->country) ||
        (!rising && !army_at_home &&
         strncmp(src, e->location->country, PB_STATE_CODE_LEN) == 0))
        return NULL;
    /* the place must be in the verb's own phrase ("shelled the city of
     * Kharkiv", "struck targets in Syria"), not a trip mentioned before */
    const pb_ww_sentence *w = &v->when_where;
    for (size_t i = 0; i < w->n_places; i++) {
        if (w->places[i].place != e->location)
            continue;
        if (within(v, w->places[i].head, head) &&
            !in_clause_of_own(v, w->places[i].head, head))
            return e->location->country;
    }
    return NULL;
}

/* Is an act of this code by src a state's own rebels giving way
 * (retreat, surrender: 087 and below)? */
static int rebels_yield(const sentence_view *v, const char *src,
                        const pb_cameo_code *code)
{
    char state[PB_STATE_CODE_LEN + 1];
    if (strlen(src) < 2 * PB_STATE_CODE_LEN ||
        strncmp(code->code, "087", 3) != 0 ||
        (strncmp(src + PB_STATE_CODE_LEN, "REB", 3) != 0 &&
         strncmp(src + PB_STATE_CODE_LEN, "INS", 3) != 0))
        return 0;
    memcpy(state, src, PB_STATE_CODE_LEN);
    state[PB_STATE_CODE_LEN] = '\0';
    return pb_lexicon_is_country(v->lex, state);
}

/* Is mention m a region's word on a thing ("a Mediterranean
 * agreement", "disputed Asian seas", "the African island nation"): a
 * bare region code (actors/regions.txt) given by one word modifying a
 * singular common noun? It says where something is, not who acts (but
 * "Asian banks", "European partners" are parties). */
static int region_adjective(const sentence_view *v, const char *code,
                            const pb_mention *m)
{
    if (!m || !pb_lexicon_is_region(v->lex, code) || m->first != m->last)
        return 0;
    const pb_token *t = &v->s->tokens[m->first];
    return (rel_starts(t, "amod") || rel_starts(t, "compound")) &&
           t->head >= 1 && (uint32_t)t->head <= v->s->n_tokens &&
           strcmp(v->s->tokens[t->head - 1].xpos, "NN") == 0;
}

/* Is mention m a state's adjective on a border ("captured the town of
 * Uvira near the Burundian border") in the phrase of verb `head`, which
 * names a place of its own (Uvira) or, for a state's rebels (src), a
 * site near that border ("a key trading town near the Chinese border")?
 * It says where that place lies, not whom force is used on. */
static int border_adjective(const sentence_view *v, const pb_mention *m,
                            uint32_t head, const char *src)
{
    static const char *const borders[] = {"border", "borders", "frontier",
                                          NULL};
    if (!m || m->first != m->last)
        return 0;
    const pb_token *t = &v->s->tokens[m->first];
    if (!(rel_starts(t, "amod") || rel_starts(t, "compound")) ||
        t->head < 1 || (uint32_t)t->head > v->s->n_tokens ||
        !word_in(v, (uint32_t)t->head - 1, borders))
        return 0;
    /* (or where a place no name is given lies: "captured a key trading
     * town near the Chinese border") */
    static const char *const sites[] = {"town", "city", "village", "base",
                                        "post", "outpost", "crossing",
                                        "area", NULL};
    static const char *const beside[] = {"near", "along", NULL};
    static const char *const insurgents[] = {"REB", "INS", "UAF", NULL};
    int rising = 0;
    for (int i = 0; insurgents[i] && strlen(src) == 2 * PB_STATE_CODE_LEN; i++)
        rising |= strcmp(src + PB_STATE_CODE_LEN, insurgents[i]) == 0;
    const pb_token *b = &v->s->tokens[t->head - 1];
    if (rising && b->head >= 1 &&
        child_word(v, (uint32_t)t->head - 1, "case", beside) &&
        word_in(v, (uint32_t)b->head - 1, sites) &&
        within(v, (uint32_t)b->head - 1, head))
        return 1;
    const pb_ww_sentence *w = &v->when_where;
    for (size_t i = 0; i < w->n_places; i++)
        if ((w->places[i].last < m->first || w->places[i].first > m->last) &&
            within(v, w->places[i].head, head))
            return 1;
    return 0;
}

/* Is the target of a statement a city named as where something happens
 * or comes from ("the issue is being dealt with in Vienna", "the plane
 * was bringing meat from Bishkek"), or any actor named "at" as where it
 * is said ("told reporters at the Pentagon")? A place, not whom the
 * statement is about. (An attack on buildings "in Kyiv" does hit
 * Ukraine.) */
static int statement_at_city(const sentence_view *v, const pb_cameo_code *code,
                             const pb_mention *mt)
{
    if (!mt || strncmp(code->code, PB_TC_STATEMENT_ROOT, 2) != 0 ||
        strcmp(code->code, PB_DENY_CODE) == 0) /* the denied act's */
        return 0;
    static const char *const where[] = {"in", "at", "from", NULL};
    /* "told reporters at the Pentagon": a building the speaker speaks
     * in, named right after "at" (read from the words: the parser may
     * hang "at" elsewhere) */
    uint32_t k = mt->first;
    if (k > 0 && word_is(v, k - 1, "the"))
        k--;
    if (k > 0 && word_is(v, k - 1, "at"))
        return 1;
    const pb_ww_sentence *w = &v->when_where;
    for (size_t i = 0; i < w->n_places; i++)
        if (w->places[i].place->type == PB_PLACE_CITY &&
            w->places[i].first <= mt->last && w->places[i].last >= mt->first &&
            child_word(v, w->places[i].head, "case", where))
            return 1; /* not "representatives on their way to Moscow" */
    return 0;
}

/* The state where the act of verb head happens (its place's country),
 * or NULL when the sentence names no place in a state for it. */
static const char *act_state(const sentence_view *v, uint32_t head)
{
    pb_event probe;
    memset(&probe, 0, sizeof probe);
    pb_ww_event(&v->when_where, head, &probe);
    if (!probe.location ||
        !pb_lexicon_is_country(v->lex, probe.location->country))
        return NULL;
    /* (not a place of a clause with its own subject below the verb:
     * "struck militant hideouts two days after al-Shabaab stormed a post
     * near the Somali border") */
    const pb_ww_sentence *w = &v->when_where;
    for (size_t i = 0; i < w->n_places; i++)
        if (w->places[i].place == probe.location &&
            !in_clause_of_own(v, w->places[i].head, head))
            return probe.location->country;
    return NULL;
}

/* Is src an agent of a state ("KENLEG", "PAKMIL") or a named group of
 * one ("SDNREBRSF", "IRQGOVKRG"): six or nine letters, not an
 * organisation's or unknown actor's prefix? The source of the acts whose
 * stateless targets own_people and home_counterpart place. */
static int state_agent(const char *src)
{
    static const char *const stateless[] = {"IGO", "NGO", "IMG", "MNC",
                                            "---", NULL};
    size_t n = strlen(src);
    if (n != 2 * PB_STATE_CODE_LEN && n != 3 * PB_STATE_CODE_LEN)
        return 0;
    for (int i = 0; stateless[i]; i++)
        if (strncmp(src, stateless[i], PB_STATE_CODE_LEN) == 0)
            return 0;
    return 1;
}

/* "KEN" + "GOV" in the document's arena; NULL out of memory
 * (doc->failed set). */
static const char *state_with_agent(pb_doc *doc, const char *state,
                                    const char *agent)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.3s%s", state, agent);
    const char *r = pb_arena_strdup(&doc->arena, buf);
    if (!r)
        doc->failed = 1;
    return r;
}

/* Whom an act of yielding office, or of refusing to (0831, 1231), by
 * src is aimed at when the sentence names no one: an official's own
 * state ("Senegal's interior minister resigned", "the president refused
 * to step down"; its opposition when the sentence names it: "refused
 * to recognize the opposition's victory"), or the government of a
 * state's opposition or party ("the opposition accepted the election
 * results", "rejected the results"). NULL for other acts and actors, or
 * out of memory (doc->failed set). */
static const char *yields_to(pb_doc *doc, const sentence_view *v,
                             const char *src, const pb_cameo_code *code)
{
    char state[PB_STATE_CODE_LEN + 1];
    if (strlen(src) != 2 * PB_STATE_CODE_LEN ||
        (strcmp(code->code, PB_TC_RESIGN) != 0 &&
         strcmp(code->code, PB_TC_CLING) != 0))
        return NULL;
    memcpy(state, src, PB_STATE_CODE_LEN);
    state[PB_STATE_CODE_LEN] = '\0';
    const char *agent = src + PB_STATE_CODE_LEN;

    if (!pb_lexicon_is_country(v->lex, state))
        return NULL;
    if (pb_agent_is_state_organ(agent)) {
        /* "refused to recognize the opposition's victory": the
         * opposition the sentence names, of the official's state */
        for (size_t i = 0; strcmp(code->code, PB_TC_CLING) == 0 &&
                           i < v->n_mentions;
             i++) {
            const char *m = v->mentions[i].code;
            size_t n = m ? strlen(m) : 0;
            if (n >= 3 && strcmp(m + n - 3, "OPP") == 0 &&
                (v->mentions[i].is_agent_only ||
                 strncmp(m, state, PB_STATE_CODE_LEN) == 0))
                return state_with_agent(doc, state, "OPP");
        }
        return state_with_agent(doc, state, "");
    }
    if (strcmp(agent, "OPP") == 0 || strcmp(agent, "PTY") == 0)
        return state_with_agent(doc, state, "GOV");
    return NULL;
}

/* Is agent (after the state's three letters) armed men of no state's
 * forces: rebels, insurgents, unidentified armed men? */
static int armed_men(const char *agent)
{
    static const char *const armed[] = {"REB", "INS", "UAF", NULL};
    for (int i = 0; armed[i]; i++)
        if (strncmp(agent, armed[i], PB_STATE_CODE_LEN) == 0)
            return 1;
    return 0;
}

static int names_other_state(const sentence_view *v, const char *state);

/* The code of a target agent no state claims ("---OPP", "---REB") in an
 * act of repression or force (roots 17–20), or a truce with armed men
 * ("declared a ceasefire with the rebels", 087 and its intent 0356), by a
 * state or its organ: the agent
 * of the state where the act happens ("killed five militants in North
 * Waziristan" → PAKREB, "US forces killed militants in Somalia" →
 * SOMREB); with no place, of the source's own state when a civil organ
 * of it represses or uses force ("the government arrested opposition
 * leaders") or its rebels fight the state's forces ("Syrian rebels
 * attacked government forces"); a state named alone acts at home only
 * when it represses ("Russia arrested three activists").
 * An army with no place may act abroad, but fights armed men at home
 * when the sentence names no other state (arrests aside). NULL when
 * unknown, or out of memory (doc->failed set). */
static const char *own_people(pb_doc *doc, const sentence_view *v,
                              const pb_cameo_code *code, uint32_t head,
                              const char *src, const char *tgt)
{
    int bare_state = strlen(src) == PB_STATE_CODE_LEN &&
                     pb_lexicon_is_country(v->lex, src); /* "Russia" */
    if (!code || strncmp(tgt, "---", 3) != 0)
        return NULL;
    /* (a truce with armed men; not "withdrawing his troops") */
    int truce = armed_men(tgt + 3) && (strncmp(code->code, "087", 3) == 0 ||
                                       strcmp(code->code, "0356") == 0);
    if (!pb_tc_force_code(code->code) && !truce)
        return NULL;
    if (!(state_agent(src) || bare_state)) {
        /* "Islamic State claimed the attack that killed 20 people in
         * Kabul": people a group no state claims harms are those of the
         * place */
        const char *place = strncmp(src, "---", 3) != 0 &&
                                    !pb_agent_is_state_organ(tgt + 3)
                                ? act_state(v, head)
                                : NULL;
        return place ? state_with_agent(doc, place, tgt + 3) : NULL;
    }
    const char *sagent = src + PB_STATE_CODE_LEN, *tagent = tgt + 3;
    int organ = pb_agent_is_state_organ(sagent);
    int army = strncmp(sagent, "MIL", 3) == 0 || strncmp(sagent, "SPY", 3) == 0;
    const char *place = act_state(v, head), *state = NULL;
    if (bare_state)
        /* "Russia killed 20 civilians in Kharkiv": where it strikes;
         * "Russia arrested three activists", "Iran executed two
         * opposition activists", "Iran executed a man": at home */
        state = place ? place
                : strncmp(code->code, PB_TC_COERCE_ROOT, 2) == 0 ||
                        strncmp(tagent, "OPP", 3) == 0 ||
                        word_is(v, head, "execute")
                    ? src
                    : NULL;
    else if (organ && place)
        state = place;
    else if (organ && !army)
        state = src; /* a civil organ acts at home */
    else if (army && armed_men(tagent) &&
             strncmp(code->code, PB_TC_COERCE_ROOT, 2) != 0 &&
             !names_other_state(v, src))
        state = src; /* "the Pakistani army killed six militants", in a
                        sentence that names no other state (an arrest
                        may be an occupier's: "Israeli troops arrested
                        three militants") */
    else if (army && !armed_men(tagent) &&
             strncmp(code->code, PB_TC_COERCE_ROOT, 2) == 0 &&
             !names_other_state(v, src))
        state = src; /* "Tunisian troops detained nine protesters": an
                        army's arrests of unarmed people no state or
                        place claims, in a sentence naming no other
                        state, are at home */
    else if (!organ && strncmp(code->code, PB_FORCE_ROOT, 2) == 0 &&
             pb_agent_is_state_organ(tagent))
        state = src; /* rebels fight their own state's forces */
    else if (!organ && place && !pb_agent_is_state_organ(tagent))
        state = place; /* "gunmen kidnapped students in Kaduna state": its
                          people */
    return state ? state_with_agent(doc, state, tagent) : NULL;
}

/* Is mention m one word saying where a group is based ("a UK-based
 * group that tracks the war")? It names no state in the act. */
static int based_in(const sentence_view *v, const pb_mention *m)
{
    const char *f = v->s->tokens[m->last].form;
    size_t len = f ? strlen(f) : 0;
    return m->first == m->last && len > 6 &&
           strcmp(f + len - 6, "-based") == 0;
}

/* Is mention m a state's word on a border said to be "near" or "along"
 * which something happens ("clashed with rebels near the Libyan
 * border", "near the border with Niger")? It says where, and names no
 * state in the act. */
static int border_nearby(const sentence_view *v, const pb_mention *m)
{
    static const char *const borders[] = {"border", "frontier", NULL};
    static const char *const beside[] = {"near", "along", NULL};
    static const char *const with[] = {"with", NULL};
    const pb_token *t = &v->s->tokens[m->last];
    /* "near the Libyan border", "near the border with Niger" */
    int named = (m->first == m->last &&
                 (rel_starts(t, "amod") || rel_starts(t, "compound"))) ||
                (rel_starts(t, "nmod") && child_word(v, m->last, "case", with));
    return named && t->head >= 1 && (uint32_t)t->head <= v->s->n_tokens &&
           word_in(v, (uint32_t)t->head - 1, borders) &&
           child_word(v, (uint32_t)t->head - 1, "case", beside);
}

/* Is mention m a place someone comes back or away from ("arrested an
 * activist as he returned from France", "migrants who arrived from
 * Libya")? It says where they were, and names no state in the act. */
static int came_from(const sentence_view *v, const pb_mention *m)
{
    static const char *const moving[] = {"return", "arrive", "come", "fly",
                                         "travel", "flee", "escape", NULL};
    static const char *const from[] = {"from", NULL};
    const pb_token *t = &v->s->tokens[m->last];
    return (rel_starts(t, "obl") || rel_starts(t, "nmod")) && t->head >= 1 &&
           (uint32_t)t->head <= v->s->n_tokens &&
           word_in(v, (uint32_t)t->head - 1, moving) &&
           child_word(v, m->last, "case", from);
}

/* Does mention i name a state? Its three letters are written to own. */
static int mention_state(const sentence_view *v, size_t i,
                         char own[PB_STATE_CODE_LEN + 1])
{
    const char *code = v->mentions[i].code;
    if (!code || strlen(code) < PB_STATE_CODE_LEN ||
        border_nearby(v, &v->mentions[i]) || based_in(v, &v->mentions[i]) ||
        came_from(v, &v->mentions[i]))
        return 0;
    memcpy(own, code, PB_STATE_CODE_LEN);
    own[PB_STATE_CODE_LEN] = '\0';
    return pb_lexicon_is_country(v->lex, own);
}

/* Does the sentence name a state other than `state` (three letters)? */
static int names_other_state(const sentence_view *v, const char *state)
{
    char own[PB_STATE_CODE_LEN + 1];
    for (size_t i = 0; i < v->n_mentions; i++)
        if (mention_state(v, i, own) &&
            strncmp(own, state, PB_STATE_CODE_LEN) != 0)
            return 1;
    return 0;
}

/* The one state the sentence's actors name (three letters in the
 * document's arena), or NULL when they name none or several. */
static const char *sole_state(pb_doc *doc, const sentence_view *v)
{
    char own[PB_STATE_CODE_LEN + 1];
    for (size_t i = 0; i < v->n_mentions; i++)
        if (mention_state(v, i, own))
            return names_other_state(v, own) ? NULL
                                             : state_with_agent(doc, own, "");
    return NULL;
}

/* The code of a target agent no state claims ("---GOV", "---OPP") in an
 * act between a state's own people and its organs: lawmakers, the
 * opposition, media or citizens of a state act on its government, police
 * or courts ("Kenyan lawmakers called on the interior minister to
 * resign"), and its civil organs on its opposition, press or citizens
 * ("the Thai government warned the media"). An army, or a government
 * facing another government or army, may act abroad: NULL then, or out
 * of memory (doc->failed set). People met or visited (CAMEO 04) where
 * the act happens in another state are that state's ("the French
 * president visited a hospital in Shanghai": CHNHLH). */
static const char *home_counterpart(pb_doc *doc, const sentence_view *v,
                                    const pb_cameo_code *code, uint32_t head,
                                    const char *src, const char *tgt)
{
    static const char *const executive[] = {"GOV", "MIL", "COP", "SPY", "ELI",
                                            NULL};
    if (strncmp(tgt, "---", 3) != 0 || strlen(tgt) != 6)
        return NULL;
    const char *place = state_agent(src) && code &&
                                strncmp(code->code, "04", 2) == 0
                            ? act_state(v, head)
                            : NULL;
    if (place && strncmp(place, src, PB_STATE_CODE_LEN) != 0)
        return state_with_agent(doc, place, tgt + 3);
    if ((strlen(src) == PB_STATE_CODE_LEN || state_agent(src)) && code &&
        strncmp(code->code, "084", 3) == 0)
        /* "Nicaragua freed 135 political prisoners", "the military
         * authorities freed a journalist": a state, or any organ of it,
         * releases its own people */
        return state_with_agent(doc, src, tgt + 3);
    if (!state_agent(src))
        return NULL;
    /* "the Thai army declared martial law": a state of emergency or
     * martial law, or its easing, is a decree over the state's own
     * public, in a sentence that names no other state (a curfew may be
     * an occupier's: "troops imposed a curfew on Hebron") */
    static const char *const decrees[] = {"1724", "0814", NULL};
    for (int i = 0; code && decrees[i] && !names_other_state(v, src); i++)
        if (strcmp(code->code, decrees[i]) == 0)
            return state_with_agent(doc, src, tgt + 3);
    const char *sagent = src + PB_STATE_CODE_LEN, *tagent = tgt + 3;
    int s_exec = 0, t_exec = 0;
    for (int i = 0; executive[i]; i++) {
        s_exec |= strncmp(sagent, executive[i], 3) == 0;
        t_exec |= strncmp(tagent, executive[i], 3) == 0;
    }
    /* (but a government's demands, accusations, rejections and threats
     * aimed at an organ, in a sentence that names no other state, are at
     * home: "Bolivia's president accused the army chief of attempting a
     * coup") */
    int home_words = code && t_exec && strncmp(sagent, "GOV", 3) == 0 &&
                     code->code[0] == '1' && code->code[1] <= '3' &&
                     !names_other_state(v, src);
    if (s_exec && (t_exec || strncmp(sagent, "MIL", 3) == 0 ||
                   strncmp(sagent, "SPY", 3) == 0 ||
                   strncmp(sagent, "ELI", 3) == 0) &&
        !home_words)
        return NULL;
    return state_with_agent(doc, src, tagent);
}

/* The code of a government no state claims ("---GOV" for "the junta",
 * "the government") that a bare state or a body of states appeals to,
 * demands of, criticizes, rejects or threatens, or of rebels ("---REB")
 * that or a state's government does so to, in a sentence that names one
 * state besides the source's own: that state's ("Britain condemned
 * the coup in Niger and warned the junta", "the UN extended its mission
 * in South Sudan and urged the government to hold elections"). NULL when
 * none or several, or out of memory (doc->failed set). */
static const char *other_states_government(pb_doc *doc,
                                           const sentence_view *v,
                                           const pb_cameo_code *code,
                                           const char *src, const char *tgt)
{
    static const char *const pressing[] = {"02", "10", "11", "12", "13",
                                           NULL};
    int pressed = 0;
    for (int i = 0; code && pressing[i]; i++)
        pressed |= strncmp(code->code, pressing[i], 2) == 0;
    int body = strncmp(src, "IGO", 3) == 0 ||
               (strlen(src) == PB_STATE_CODE_LEN &&
                pb_lexicon_is_country(v->lex, src));
    /* (and the rebels a state's government presses: "Norway's foreign
     * minister praised Colombia and urged the rebels to return to
     * talks") */
    int rebels = strcmp(tgt, "---REB") == 0 &&
                 (body || (strlen(src) == 2 * PB_STATE_CODE_LEN &&
                           strcmp(src + PB_STATE_CODE_LEN, "GOV") == 0));
    if (!pressed || !(body || rebels) ||
        (strcmp(tgt, "---GOV") != 0 && !rebels))
        return NULL;
    char other[PB_STATE_CODE_LEN + 1] = "", own[PB_STATE_CODE_LEN + 1];
    for (size_t i = 0; i < v->n_mentions; i++) {
        if (!mention_state(v, i, own) ||
            strncmp(own, src, PB_STATE_CODE_LEN) == 0)
            continue;
        if (other[0] && strcmp(other, own) != 0)
            return NULL; /* two others */
        memcpy(other, own, sizeof own);
    }
    return other[0] ? state_with_agent(doc, other, tgt + 3) : NULL;
}

/* Agents that bear arms outside a state's forces: militias, rebels,
 * insurgents, radicals, criminal gangs (armed_home, facing_home). */
static const char *const armed_kinds[] = {"UAF", "REB", "INS", "RAD", "CRM",
                                          NULL};

/* The code of an armed source no state claims ("---UAF" for "gunmen",
 * "---REB" for "militants") in an act of repression or force: the agent
 * of the state where it strikes ("Gunmen kidnapped students in Nigeria's
 * Kaduna state" → NGAUAF), or with no place named, of the state of the
 * leader it strikes by name ("A gunman shot Slovak Prime Minister Robert
 * Fico" → SVKUAF); else src itself. NULL only out of memory (doc->failed set). */
static const char *armed_home(pb_doc *doc, const sentence_view *v,
                              const pb_cameo_code *code, uint32_t head,
                              const char *src, const char *tgt,
                              const pb_mention *mt)
{
    if (!code || !pb_tc_force_code(code->code) ||
        strncmp(src, "---", 3) != 0 || strlen(src) != 6)
        return src;
    int is_armed = 0;
    for (int i = 0; armed_kinds[i]; i++)
        is_armed |= strcmp(src + 3, armed_kinds[i]) == 0;
    const char *place = is_armed ? act_state(v, head) : NULL;
    if (is_armed && !place && mt && state_agent(tgt) &&
        (mt->is_person || v->s->tokens[mt->last].upos == PB_UPOS_PROPN))
        place = tgt; /* a named leader, not "US troops" abroad */
    return place ? state_with_agent(doc, place, src + 3) : src;
}

/* The code of a source no state claims that the place of the act gives
 * one: civil organs that act at home ("Police in Hong Kong arrested six
 * activists", "authorities in Iran detained") in acts of repression or
 * force (a statement's places are too often those of what it is about:
 * "an official said … an incident at Waterloo station"), and protesters
 * ("Hundreds of protesters rallied outside the Kenyan parliament"),
 * whose state is where they protest or else that of the organ they
 * protest at. Armies may fight abroad and are placed so only when they
 * repress (root 17). Else
 * src itself; NULL only out of memory (doc->failed set). */
static const char *local_home(pb_doc *doc, const sentence_view *v,
                              const pb_cameo_code *code, uint32_t head,
                              const char *src, const char *tgt)
{
    static const char *const civil[] = {"COP", "GOV", "JUD", NULL};
    if (!code || strncmp(src, "---", 3) != 0 || strlen(src) != 6)
        return src;
    int organ = 0;
    for (int i = 0; civil[i]; i++)
        organ |= strcmp(src + 3, civil[i]) == 0;
    int protest = pb_tc_protest_code(code->code);
    /* an army that arrests or represses where it is ("the army arrested
     * 30 protesters in Yangon") is that state's too */
    int repressing = strcmp(src + 3, "MIL") == 0 &&
                     strncmp(code->code, PB_TC_COERCE_ROOT, 2) == 0;
    if (!(organ && pb_tc_force_code(code->code)) && !protest && !repressing)
        return src;
    const char *place = act_state(v, head);
    if (!place && protest && state_agent(tgt) &&
        pb_agent_is_state_organ(tgt + PB_STATE_CODE_LEN))
        place = tgt; /* outside the Kenyan parliament */
    return place ? state_with_agent(doc, place, src + 3) : src;
}

/* The code of a source that is an organ no state claims ("the army",
 * "police") using force on an armed group of one state ("The army fought
 * RSF fighters" → SDNMIL): that state's organ, as a state's rebels fight
 * its own forces; else src itself. NULL only out of memory (doc->failed
 * set). */
static const char *facing_home(pb_doc *doc, const pb_cameo_code *code,
                               const char *src, const char *tgt)
{
    if (!code || !pb_tc_force_code(code->code) || strncmp(src, "---", 3) != 0 ||
        strlen(src) != 6 || !pb_agent_is_state_organ(src + 3) ||
        !state_agent(tgt))
        return src;
    int group = 0;
    for (int i = 0; armed_kinds[i]; i++)
        group |= strncmp(tgt + PB_STATE_CODE_LEN, armed_kinds[i], 3) == 0;
    if (!group)
        return src;
    return state_with_agent(doc, tgt, src + 3);
}

/* The code of a source that is a non-governmental organisation no state
 * claims ("an international aid agency appealed to the Sudanese
 * government"): CAMEO's general NGO code; else src itself. */
static const char *ngo_home(const char *src)
{
    return strcmp(src, "---NGO") == 0 ? "NGO" : src;
}

/* The code of an ethnic group's mention ("ethnic Albanians in south
 * Serbia", "ethnic Turks", "the Albanian population of the province"):
 * CAMEO codes a minority by the state it lives in, the state where the
 * act takes place when that is another, as its civilians (SRBCVL); else
 * code itself. NULL only out of memory (doc->failed set). */
static const char *ethnic_home(pb_doc *doc, const sentence_view *v,
                               uint32_t head, const char *code,
                               const pb_mention *m)
{
    static const char *const groups[] = {"minority", "minorities",
                                         "population", "community",
                                         "communities", NULL};
    if (!m || strlen(code) != PB_STATE_CODE_LEN ||
        !(word_is(v, m->first, "ethnic") ||
          (m->first > 0 && word_is(v, m->first - 1, "ethnic")) ||
          (m->last + 1 < v->s->n_tokens && word_in(v, m->last + 1, groups))))
        return code;
    const char *place = act_state(v, head);
    if (!place || strncmp(place, code, PB_STATE_CODE_LEN) == 0)
        return code;
    return state_with_agent(doc, place, "CVL");
}

/* Is mention m people called foreign ("expel foreign troops"), not an
 * office of foreign affairs ("foreign ministers")? */
static int foreign_people(const sentence_view *v, const pb_mention *m)
{
    static const char *const offices[] = {
        "minister", "ministers", "ministry", "ministries", "secretary",
        "secretaries", "affairs", "office", "service", "policy", NULL};
    if (!m)
        return 0;
    uint32_t f = m->first > 0 && word_is(v, m->first - 1, "foreign")
                     ? m->first - 1
                 : word_is(v, m->first, "foreign") ? m->first
                                                   : v->s->n_tokens;
    return f < v->s->n_tokens &&
           !(f + 1 < v->s->n_tokens && word_in(v, f + 1, offices));
}

/* Is mention m people in an act that gives them no role? "People" no
 * state claims ("killed 30 people", "has infected 200 people") are
 * civilians only when they protest, are repressed or harmed; a promise
 * to them has no target ("the Zambian people" are Zambia's in such an
 * act). A mere statement about a people ("a great loss to the people of
 * South Sudan", "if the British people could vote") is addressed to no
 * one; sympathy, praise or an appeal to them is. */
static int people_without_role(const sentence_view *v,
                               const pb_cameo_code *code, const pb_mention *m)
{
    static const char *const roots[] = {PB_TC_PROTEST_ROOT, "17", "18", "19",
                                        "20", NULL};
    if (!m)
        return 0;
    if (strcmp(code->code, "010") == 0) {
        for (uint32_t k = m->first; k <= m->last; k++)
            if (pb_crowd_word(v->lower[k]))
                return 1;
        return 0;
    }
    if (!m->is_agent_only || !pb_crowd_word(v->lower[m->last]))
        return 0;
    for (int i = 0; roots[i]; i++)
        if (strncmp(code->code, roots[i], 2) == 0)
            return 0;
    return 1;
}

/* The state (three letters in the document's arena) of the one who
 * reports the act at verb head, when head is the clause a saying verb's
 * named subject reports ("Pakistan's military said two civilians were
 * killed by Indian shelling"); NULL otherwise, or out of memory
 * (doc->failed set). */
static const char *reporter_state(pb_doc *doc, const sentence_view *v,
                                  uint32_t head)
{
    const pb_token *t = &v->s->tokens[head];
    if (!rel_starts(t, "ccomp") || t->head < 1 ||
        !word_in(v, (uint32_t)t->head - 1, reporters))
        return NULL;
    char own[PB_STATE_CODE_LEN + 1];
    for (uint32_t k = 0; k < v->s->n_tokens; k++) {
        long m = v->mention_at[k];
        if (v->s->tokens[k].head == t->head &&
            rel_starts(&v->s->tokens[k], "nsubj") && m >= 0 &&
            !v->mentions[m].is_agent_only && mention_state(v, (size_t)m, own))
            return state_with_agent(doc, own, "");
    }
    return NULL;
}

/* Is src a state's domestic organ no state claims, acting as one at
 * home: police or courts ("---COP", "---JUD") in any act, a government
 * ("---GOV") coercing (root 17: arrests, bans)? */
static int home_organ(const char *src, const pb_cameo_code *code)
{
    if (strlen(src) != 6 || strncmp(src, "---", 3) != 0)
        return 0;
    return strcmp(src + 3, "COP") == 0 || strcmp(src + 3, "JUD") == 0 ||
           (strcmp(src + 3, "GOV") == 0 &&
            strncmp(code->code, PB_TC_COERCE_ROOT, 2) == 0);
}

/* CAMEO codes a visit (042) with its linked hosting (043), the actors
 * reversed, and a hosting with the visit: "the Taiwanese minister
 * visited Russia" is also Russia hosting him (the codebook's notes on
 * 042 and 043; PETRARCH's paired codes [042:043]). Adds the counterpart
 * of event e when it is one of the two. */
static int add_visit_counterpart(pb_doc *doc, const sentence_view *v,
                                 event_list *list, size_t first_event,
                                 const pb_event *e)
{
    const char *counterpart = strcmp(e->code->code, PB_VISIT_CODE) == 0
                                  ? PB_HOST_CODE
                              : strcmp(e->code->code, PB_HOST_CODE) == 0
                                  ? PB_VISIT_CODE
                                  : NULL;
    if (!counterpart)
        return 0;
    pb_event r = *e;
    r.source = e->target;
    r.target = e->source;
    r.code = pb_codebook_find(v->codebook, counterpart);
    return r.code ? add_event(doc, list, first_event, &r) : 0;
}

static int emit(pb_doc *doc, const sentence_view *v, event_list *list,
                size_t first_event, uint32_t sentence_no,
                const pb_cameo_code *code, int mode, int frame,
                uint32_t head,
                const char *src, const pb_mention *ms, const char *tgt,
                const pb_mention *mt)
{
    src = armed_home(doc, v, code, head, src, tgt, mt);
    if (src)
        src = local_home(doc, v, code, head, src, tgt);
    if (src)
        src = facing_home(doc, code, src, tgt);
    if (!src)
        return -1;
    src = ngo_home(src);
    const char *named_src = src;
    src = ethnic_home(doc, v, head, src, ms);
    tgt = src ? ethnic_home(doc, v, head, tgt, mt) : NULL;
    if (!src || !tgt)
        return -1;
    if (code && src != named_src && strlen(tgt) == PB_STATE_CODE_LEN &&
        strncmp(src, tgt, PB_STATE_CODE_LEN) == 0 &&
        pb_tc_protest_code(code->code)) {
        /* "ethnic Albanians demonstrated in Serbia": Serbia's people
         * protesting in Serbia protest to its authorities */
        tgt = PB_TC_IMPLIED_TARGET;
        mt = NULL;
    }
    /* "voted to expel foreign troops": people called foreign are no
     * one's own */
    int foreign = foreign_people(v, mt);
    const char *own = foreign ? NULL : own_people(doc, v, code, head, src, tgt);
    if (!own && !foreign && !doc->failed)
        own = other_states_government(doc, v, code, src, tgt);
    if (!own && !foreign && !doc->failed)
        own = home_counterpart(doc, v, code, head, src, tgt);
    if (!own && !foreign && !doc->failed && code &&
        pb_tc_force_code(code->code) && strcmp(tgt, "---CVL") == 0 &&
        strncmp(src, "---", 3) != 0) {
        /* "Pakistan's military said two civilians were killed by Indian
         * shelling": people harmed whom a state reports are its own,
         * when another state's forces harm them */
        const char *home = reporter_state(doc, v, head);
        if (home && strncmp(home, src, PB_STATE_CODE_LEN) != 0)
            own = state_with_agent(doc, home, "CVL");
    }
    if (doc->failed)
        return -1;
    if (own)
        tgt = own;
    if (code && pb_tc_force_code(code->code) && strncmp(src, "---", 3) == 0 &&
        strncmp(tgt, "---", 3) == 0 && strlen(src) > 3 && strlen(tgt) > 3 &&
        mt) {
        /* "Burkina Faso's junta said … after jihadists killed dozens of
         * soldiers": armed men and those they strike, claimed by no
         * state, in a sentence that names one state, are its own (not
         * the public or a crowd a restriction or dispersal implies); in
         * one that names none, those of the state where it happens */
        const char *state = sole_state(doc, v);
        if (doc->failed)
            return -1;
        if (!state) /* "soldiers killed 20 civilians near Goma": the
                       state where it happens */
            state = act_state(v, head);
        if (state) {
            src = state_with_agent(doc, state, src + 3);
            tgt = src ? state_with_agent(doc, state, tgt + 3) : NULL;
            if (!src || !tgt)
                return -1;
        }
    } else if (code &&
               (((strcmp(src, "---OPP") == 0 || strcmp(src, "---PTY") == 0) &&
                 pb_tc_opposition_yield_code(code->code)) ||
                (strlen(src) == 6 && strncmp(src, "---", 3) == 0 &&
                 strcmp(code->code, PB_TC_RESIGN) == 0))) {
        /* "the opposition rejected the results of the election in
         * Cameroon": the opposition of the one state named, yielding or
         * not to its government (yields_to), which the state named as
         * where stands for; so an officer no state claims resigns in the
         * one state named ("Lt. Gen. Prosper Avril resigned to allow
         * Haiti's first democratic elections") */
        const char *state = sole_state(doc, v);
        if (doc->failed)
            return -1;
        if (state && !(src = state_with_agent(doc, state, src + 3)))
            return -1;
        if (state && strcmp(tgt, state) == 0 &&
            !(tgt = state_with_agent(doc, state, "GOV")))
            return -1;
    } else if (code && home_organ(src, code) && mt &&
               strncmp(tgt, "---", 3) != 0 && strlen(tgt) >= 3) {
        /* "Police arrested two Kenyan opposition lawmakers", "a judge
         * opened investigations against Chilean officials": police,
         * courts and governments no state claims act at home, on the
         * one state the sentence names */
        const char *state = sole_state(doc, v);
        if (doc->failed)
            return -1;
        if (state && strncmp(state, tgt, PB_STATE_CODE_LEN) == 0 &&
            !(src = state_with_agent(doc, state, src + 3)))
            return -1;
    }

    if (!code || strncmp(src, "---", 3) == 0 || strncmp(tgt, "---", 3) == 0 ||
        people_without_role(v, code, ms) || people_without_role(v, code, mt) ||
        strcmp(src, tgt) == 0 || relations_within_state(code, src, tgt) ||
        statement_on_own_civilians(code, src, tgt) ||
        (own_country_void(code, strlen(src) > strlen(tgt) ? src : tgt) &&
         same_state_bare(v, src, tgt)) ||
        private_travel(v, code, src, ms) || region_adjective(v, src, ms) ||
        region_adjective(v, tgt, mt) || statement_at_city(v, code, mt))
        return 0; /* an agent no actor claims is not codeable */
    if (code && pb_tc_force_code(code->code) &&
        border_adjective(v, mt, head, src)) {
        tgt = PB_TC_IMPLIED_TARGET; /* the state where it happens */
        mt = NULL;
    }
    pb_event e;
    memset(&e, 0, sizeof e);
    e.sentence = sentence_no;
    e.source = actor_ref(doc, v, src, ms);
    e.target = actor_ref(doc, v, tgt, mt);
    e.code = code;
    e.mode = (uint8_t)mode;
    pb_ww_event(&v->when_where, head, &e);
    if (strcmp(tgt, PB_TC_IMPLIED_TARGET) == 0 &&
        !pb_tc_protest_code(code->code)) {
        e.target.code = place_attacked(doc, v, &e, src, head);
        if (!e.target.code && rebels_yield(v, src, code)) {
            /* "Ugandan rebels surrendered": to their own state */
            e.target.code = pb_arena_strndup(&doc->arena, src,
                                             PB_STATE_CODE_LEN);
            if (!e.target.code)
                return -1;
        } else if (!e.target.code) {
            e.target.code = yields_to(doc, v, src, code);
            if (doc->failed)
                return -1;
        }
        if (!e.target.code)
            return 0;
    } else if (strcmp(tgt, PB_TC_IMPLIED_TARGET) == 0) {
        if (!protesting_people(v, src, ms))
            return 0;
        e.target.code = authorities(doc, v, &e, head, src);
        if (!e.target.code || strcmp(e.target.code, src) == 0)
            return doc->failed ? -1 : 0;
    }
    if (e.mode == PB_MODE_INTENDED && mode != e.mode)
        frame = PB_MODAL_INTEND; /* dated after the article */
    if (frame >= 0 && code->modal[frame])
        /* "will give aid", a visit dated next week: CAMEO codes the
         * intent (0331, 036), a hostile act's as a threat; "will not
         * accept refugees" as a refusal (122) */
        e.code = code->modal[frame];
    else if (frame == PB_MODAL_REJECT)
        e.mode = PB_MODE_NEGATED; /* "will not attack": no refusal code */
    if (doc->failed || add_event(doc, list, first_event, &e) != 0)
        return -1;
    return add_visit_counterpart(doc, v, list, first_event, &e);
}

/* ---- event nouns ------------------------------------------------------------ */

/* Matches noun pattern p with its head at token j; *end = last matched
 * token. Later words follow with at most PB_MAX_PATTERN_GAP between. */
static int match_noun(const sentence_view *v, const pb_pattern *p,
                      uint32_t j, uint32_t *end)
{
    const pb_token *t = &v->s->tokens[j];
    /* a noun, or the adjective of a longer one ("military aid") */
    if (t->xpos[0] && t->xpos[0] != 'N' &&
        !(t->xpos[0] == 'J' && p->n_lemmas > 1))
        return 0;
    uint32_t pos = j;
    for (uint32_t k = 1; k < p->n_lemmas; k++) {
        int found = 0;
        for (uint32_t q = pos + 1;
             q < v->s->n_tokens && q <= pos + 1 + PB_MAX_PATTERN_GAP; q++) {
            if (word_is(v, q, p->lemmas[k])) {
                pos = q;
                found = 1;
                break;
            }
        }
        if (!found)
            return 0;
    }
    *end = pos;
    return 1;
}

/* The mention naming the subject of a verb that enacts its object
 * event noun j ("Italy announced a suspension of air links", "Russia
 * ordered a blockade"; not "opposed sanctions", "condemned the attack"),
 * or -1. */
static const char *const enacting[] = {
    "announce", "order", "launch", "carry", "conduct", "stage",
    "impose", "declare", "begin", "start", "mount", "hold", "issue",
    "deliver", "pay", "unveil", "approve", "authorize", "authorise",
    "execute", "perform", "renew", "reiterate", "repeat", "make",
    "voice", "express", "lodge", "file", "submit", "extend", "resume",
    "continue", "intensify", "escalate", "send", "claim", NULL};

/* … or takes part in it ("Serb forces were engaged in ethnic
 * cleansing", "participated in the attack"), travels for it ("visited
 * Cairo for talks with el-Sisi") or claims it ("claimed responsibility
 * for a drone attack"). */
static const char *const engaging[] = {"engage", "engaged", "involve",
                                       "involved", "participate", NULL};
/* Currencies, as signs and lemmas: a sum of money ("$20 million", "10
 * million crowns"). */
static const char *const currencies[] = {
    "$", "€", "£", "euro", "dollar", "pound", "yuan", "yen", "ruble",
    "rouble", "rupee", "crown", "krone", "kroner", "krona", "kronor",
    "franc", "shekel", "lira", "peso", "rand", "dirham", "riyal", "dinar",
    "renminbi", NULL};

static const char *const journeying[] = {"visit", "travel", "fly", "arrive",
                                         "come", "go", NULL};
static const char *const blame[] = {"responsibility", "credit", NULL};
static const char *const claiming[] = {"claim", "take", "accept", "admit",
                                       NULL};

static long phrase_actor(const sentence_view *v, uint32_t k);

/* The one on the journey or errand noun j is predicated of ("Wang Yi is
 * on a three-day visit to Islamabad", "Wang Yi, who is on a visit to
 * Islamabad, …"): the mention of its subject, or of the noun a relative
 * clause so built describes; -1. */
static long subject_on_errand(const sentence_view *v, uint32_t j)
{
    static const char *const on[] = {"on", NULL};
    static const char *const be[] = {"be", NULL};
    static const char *const who[] = {"who", "which", "that", NULL};
    if (!child_word(v, j, "case", on) || !child_word(v, j, "cop", be))
        return -1;
    for (uint32_t i = 0; i < j; i++) {
        const pb_token *x = &v->s->tokens[i];
        if (x->head != (int)j + 1 || !rel_starts(x, "nsubj"))
            continue;
        const pb_token *t = &v->s->tokens[j];
        if (word_in(v, i, who) &&
            (rel_starts(t, "acl") || rel_starts(t, "appos")) && t->head >= 1)
            return phrase_actor(v, (uint32_t)t->head - 1);
        return v->mention_at[i];
    }
    return -1;
}

/* The traveller of journey noun j in a phrase of time ("called for a
 * ceasefire in Gaza during a visit to Cairo"): the subject of the verb
 * the phrase belongs to, however the parser hung it; -1. */
static long journey_during(const sentence_view *v, uint32_t j)
{
    static const char *const during[] = {"during", NULL};
    static const char *const journeys[] = {"visit", "trip", "tour", NULL};
    if (!word_in(v, j, journeys) || !child_word(v, j, "case", during))
        return -1;
    uint32_t h = j;
    for (int d = 0; d < 4 && v->s->tokens[h].head >= 1 &&
                    v->s->tokens[h].upos != PB_UPOS_VERB;
         d++)
        h = (uint32_t)v->s->tokens[h].head - 1;
    if (v->s->tokens[h].upos != PB_UPOS_VERB)
        return -1;
    for (uint32_t i = 0; i < v->s->n_tokens; i++)
        if (v->s->tokens[i].head == (int)h + 1 &&
            strcmp(pb_deprel_name(v->s->tokens[i].deprel), "nsubj") == 0)
            return v->mention_at[i];
    return -1;
}

static long governing_subject(const sentence_view *v, uint32_t j)
{
    static const char *const in[] = {"in", NULL};
    static const char *const for_[] = {"for", NULL};
    const pb_token *t = &v->s->tokens[j];
    long errand = subject_on_errand(v, j);
    if (errand < 0)
        errand = journey_during(v, j);
    if (errand >= 0)
        return errand;
    if (t->head < 1)
        return -1;
    uint32_t h = (uint32_t)t->head - 1;
    /* "announced 68 million euros in humanitarian aid", "$2 billion of
     * military aid": the act stands where its amount does */
    static const char *const amounts[] = {"million", "billion", "trillion",
                                          "ton", "tonne", NULL};
    static const char *const of_in[] = {"in", "of", NULL};
    if (rel_starts(t, "nmod") && child_word(v, j, "case", of_in) &&
        (word_in(v, h, amounts) || word_in(v, h, currencies)) && h != j)
        return governing_subject(v, h);
    int obl = rel_starts(t, "obl");
    int enacts = rel_starts(t, "obj") && word_in(v, h, enacting);
    int takes_part = obl && word_in(v, h, engaging) &&
                     child_word(v, j, "case", in);
    int travels = obl && word_in(v, h, journeying) &&
                  child_word(v, j, "case", for_);
    /* the claimer: "for" on "responsibility", or on the verb as the
     * parser may hang it */
    int claims = child_word(v, j, "case", for_) &&
                 ((obl && word_in(v, h, claiming) &&
                   child_word(v, h, "obj", blame)) ||
                  (rel_starts(t, "nmod") && word_in(v, h, blame) &&
                   v->s->tokens[h].head >= 1 &&
                   rel_starts(&v->s->tokens[h], "obj") &&
                   word_in(v, (uint32_t)v->s->tokens[h].head - 1, claiming)));
    if (claims && rel_starts(t, "nmod"))
        t = &v->s->tokens[h]; /* its verb's subject is the claimer */
    if (!enacts && !takes_part && !travels && !claims)
        return -1;
    for (uint32_t i = 0; i < v->s->n_tokens; i++) {
        const char *rel = pb_deprel_name(v->s->tokens[i].deprel);
        if (v->s->tokens[i].head == t->head &&
            (strcmp(rel, "nsubj") == 0 ||
             (takes_part && strcmp(rel, "nsubj:pass") == 0)))
            return v->mention_at[i];
    }
    return -1;
}

/* The source of an event noun spanning tokens [j, end] is the possessor
 * or adjacent actor ("Israel's air strike", "Israeli air strike"), a
 * "by" phrase, or the subject of the verb it is the object of ("Italy
 * announced a suspension of air links"); the target a prepositional
 * object ("on Syria"; a meeting's: "with", "to"), "against" before the
 * others and a place ("in Syria") last. *enacted is set when
 * the source is the subject of an enacting verb. */
/* The mention of the noun phrase a preposition at token i opens, past
 * its determiners and numbers ("on the Syrian army", "of two Estonian
 * diplomats"), or -1. */
static long object_mention(const sentence_view *v, uint32_t i)
{
    uint32_t k = i + 1, n = v->s->n_tokens;
    while (k < n && k < i + 3 &&
           (strcmp(v->s->tokens[k].xpos, "DT") == 0 ||
            strcmp(v->s->tokens[k].xpos, "CD") == 0 ||
            strcmp(v->s->tokens[k].xpos, "PRP$") == 0))
        k++;
    return k < n ? v->mention_at[k] : -1;
}

/* The first actor named in the subject of the verb that an attack noun
 * at token head is suffered by ("the Ukrainian city of Odesa came under
 * a Russian drone attack": Ukraine; "Israel faced rocket fire from
 * Gaza"), or -1. */
static long under_attack(const sentence_view *v, uint32_t head)
{
    static const char *const under[] = {"under", NULL};
    static const char *const coming[] = {"come", "be", NULL};
    static const char *const suffering[] = {"face", "suffer", "endure",
                                            "withstand", NULL};
    const pb_token *t = &v->s->tokens[head];
    if (t->head < 1 ||
        !((rel_starts(t, "obl") && child_word(v, head, "case", under) &&
           word_in(v, (uint32_t)t->head - 1, coming)) ||
          (rel_starts(t, "obj") &&
           word_in(v, (uint32_t)t->head - 1, suffering))))
        return -1;
    uint32_t verb = (uint32_t)t->head - 1, n = v->s->n_tokens;
    for (uint32_t i = 0; i < n; i++) {
        const pb_token *s = &v->s->tokens[i];
        if (s->head != (int)verb + 1 || strcmp(pb_deprel_name(s->deprel),
                                               "nsubj") != 0)
            continue;
        for (uint32_t k = 0; k < n; k++) {
            long mi = v->mention_at[k];
            if (mi >= 0 && !v->mentions[mi].is_agent_only && within(v, k, i))
                return mi;
        }
    }
    return -1;
}

/* The state whose "its" or "their" owns what attack noun `head` strikes
 * ("expelled the Iranian envoy after Iranian missile strikes on its
 * territory"): the subject of the clause the noun stands in, when it is
 * an actor other than the attacker `src`; or -1. */
static long owner_struck(const sentence_view *v, uint32_t head, long src)
{
    static const char *const struck[] = {"on", "against", "at", NULL};
    static const char *const owners[] = {"its", "their", NULL};
    uint32_t n = v->s->n_tokens, verb = head;
    int owned = 0;
    for (uint32_t p = head + 1; p < n && !owned; p++)
        owned = v->s->tokens[p].head == (int)head + 1 &&
                child_word(v, p, "case", struck) &&
                child_word(v, p, "nmod:poss", owners) && v->mention_at[p] < 0;
    for (int d = 0; d < 8 && owned && v->s->tokens[verb].upos != PB_UPOS_VERB &&
                    v->s->tokens[verb].head >= 1;
         d++)
        verb = (uint32_t)v->s->tokens[verb].head - 1;
    if (!owned || v->s->tokens[verb].upos != PB_UPOS_VERB)
        return -1;
    /* (a joined verb's subject is its first verb's: "recalled its
     * ambassador and expelled the envoy after … strikes on its
     * territory") */
    for (int d = 0; d < 3 && !verb_with_subject(v, verb) &&
                    rel_starts(&v->s->tokens[verb], "conj") &&
                    v->s->tokens[verb].head >= 1;
         d++)
        verb = (uint32_t)v->s->tokens[verb].head - 1;
    for (uint32_t i = 0; i < n; i++) {
        long mi = v->mention_at[i];
        if (v->s->tokens[i].head == (int)verb + 1 &&
            rel_starts(&v->s->tokens[i], "nsubj") && mi >= 0 && mi != src &&
            !v->mentions[mi].is_agent_only)
            return mi;
    }
    return -1;
}

/* The first actor named anywhere under the "on", "against" or "at"
 * phrase of attack noun `head`, past the noun's word window ("an Israeli
 * airstrike on a school sheltering displaced families in Gaza": Gaza), or
 * -1. */
static long struck_phrase_actor(const sentence_view *v, uint32_t head)
{
    static const char *const struck[] = {"on", "against", "at", NULL};
    uint32_t n = v->s->n_tokens;
    for (uint32_t p = head + 1; p < n; p++) {
        if (v->s->tokens[p].head != (int)head + 1 ||
            !child_word(v, p, "case", struck))
            continue;
        for (uint32_t k = p; k < n; k++) {
            long mi = v->mention_at[k];
            if (mi >= 0 && !v->mentions[mi].is_agent_only && within(v, k, p))
                return mi;
        }
    }
    return -1;
}

/* The subject of the verb whose meeting noun at token head says where
 * or after what it acts ("In a phone call with Zelensky, Macron pledged
 * support", "During a visit to Beijing, the president signed", "After
 * talks with Aliyev, Mirziyoyev said"; through complements, "agreed to
 * pull back after talks with"): that subject took part in the meeting.
 * -1 when none names an actor. */
static long meeting_participant(const sentence_view *v, uint32_t head)
{
    static const char *const during[] = {"in", "during", "at", "on",
                                         "after", "following", NULL};
    static const char *const spans[] = {"day", "days", "hour", "hours",
                                        "week", "weeks", "round", "rounds",
                                        NULL};
    static const char *const of[] = {"of", NULL};
    const pb_token *t = &v->s->tokens[head];
    if (rel_starts(t, "nmod") && child_word(v, head, "case", of) &&
        t->head >= 1 && word_in(v, (uint32_t)t->head - 1, spans)) {
        head = (uint32_t)t->head - 1; /* "after two days of talks" */
        t = &v->s->tokens[head];
    }
    if (!rel_starts(t, "obl") || !child_word(v, head, "case", during) ||
        t->head < 1)
        return -1;
    /* the subject of the verb, or of the verb a complement of it hangs
     * on ("agreed to pull troops back after talks with Cambodia") */
    int verb = t->head;
    for (int d = 0; d < 3 && verb >= 1; d++) {
        for (uint32_t i = 0; i < v->s->n_tokens; i++) {
            const pb_token *s = &v->s->tokens[i];
            if (s->head == verb &&
                strcmp(pb_deprel_name(s->deprel), "nsubj") == 0)
                return v->mention_at[i];
        }
        static const char *const to[] = {"to", NULL};
        const pb_token *vt = &v->s->tokens[verb - 1];
        if (!rel_starts(vt, "xcomp") &&
            !(rel_starts(vt, "advcl") &&
              child_word(v, (uint32_t)verb - 1, "mark", to)))
            break;
        verb = vt->head;
    }
    return -1;
}

/* The actor joined by "and" to the one mention m names ("Thailand and
 * Cambodia"); -1 if none. */
static long conjoined_actor(const sentence_view *v, const pb_mention *m)
{
    for (uint32_t k = m->last + 1; k < v->s->n_tokens; k++) {
        const pb_token *t = &v->s->tokens[k];
        long mk = v->mention_at[k];
        if (mk >= 0 && rel_starts(t, "conj") && t->head >= 1 &&
            (uint32_t)t->head - 1 >= m->first &&
            (uint32_t)t->head - 1 <= m->last &&
            !v->mentions[mk].is_agent_only && v->mentions[mk].code &&
            strcmp(v->mentions[mk].code, m->code) != 0)
            return mk;
    }
    return -1;
}

/* The one a meeting noun at token head is held "with", named past the
 * words a window reaches ("talks in Baku on Tuesday with Azerbaijani
 * President Ilham Aliyev"): the actor of its "with" phrase; -1 if none. */
static long meeting_partner(const sentence_view *v, uint32_t head)
{
    static const char *const with[] = {"with", NULL};
    for (uint32_t k = head + 1; k < v->s->n_tokens; k++)
        if (v->s->tokens[k].head == (int)head + 1 &&
            rel_starts(&v->s->tokens[k], "nmod") &&
            child_word(v, k, "case", with) && v->mention_at[k] >= 0)
            return v->mention_at[k];
    return -1;
}

/* The source and target mentions (-1: none) of event noun j, whose
 * pattern ends at token end, for code: the actor before it, a "by"
 * phrase, the governing verb's subject (*enacted set) or a meeting's
 * participant; the target its phrase's preposition names. *people: the
 * people no state claims an arrest or killing is "of" ("the arrest of
 * four opposition activists by Zimbabwean police"), for emit to place
 * when no target is named, else -1; the source may then be an agent no
 * state claims too ("by police in Harare"). */
static void noun_arguments(const sentence_view *v, uint32_t j, uint32_t end,
                           const char *code, long *src, long *tgt,
                           long *people, int *enacted)
{
    static const char *const acts[] = {"on", "against", "in", "at", "to",
                                       "with", "into", "over", "across",
                                       "throughout", NULL};
    /* whom an arrest, expulsion, killing or release is of ("the arrest of
     * a French national"), whom aid is for ("an aid package for
     * Ukraine") */
    static const char *const patients[] = {"of", NULL};
    static const char *const recipients[] = {"for", NULL};
    /* a meeting's "on", "over", "in", "at" give its topic or place ("talks
     * on Gaza", "a summit in Cairo") */
    static const char *const meetings[] = {"with", "to", "between", "among",
                                           NULL};
    int meeting = strncmp(code, "04", 2) == 0;
    int patient = strncmp(code, "16", 2) == 0 || strncmp(code, "17", 2) == 0 ||
                  strncmp(code, "18", 2) == 0 || strncmp(code, "20", 2) == 0 ||
                  strncmp(code, "084", 3) == 0;
    int aid = strncmp(code, "07", 2) == 0;
    int force = pb_tc_force_code(code);
    const char *const *preps = meeting ? meetings : acts;
    *src = *tgt = *people = -1;
    long by_people = -1;
    /* the actor or possessor right before the noun, past its adjectives
     * ("Hamas's unprecedented attack", "a rare Chinese military drill");
     * not those of a war, which may name another kind ("Trump's
     * tariff-trade wars", "Russia's bloody war" is background) */
    static const char *const wars[] = {"war", "conflict", NULL};
    uint32_t before = j;
    while (before >= 2 && !word_in(v, j, wars) &&
           v->s->tokens[before - 1].upos == PB_UPOS_ADJ &&
           v->s->tokens[before - 1].head == (int)j + 1 &&
           v->mention_at[before - 1] < 0)
        before--;
    if (before >= 1 && v->mention_at[before - 1] >= 0)
        *src = v->mention_at[before - 1];
    else if (before >= 2 && word_is(v, before - 1, "'s") &&
             v->mention_at[before - 2] >= 0)
        *src = v->mention_at[before - 2];
    uint32_t n = v->s->n_tokens;
    int tgt_rank = 3; /* "against" 0, other acts 1, a place ("in") 2 */
    /* the window counts words outside actor names ("by the Chinese
     * foreign minister to Moscow") */
    uint32_t words = 0;
    /* a pattern that ends in its preposition ("~call with") leaves the
     * target right after it */
    uint32_t from = end > j && is_preposition(v->lower[end]) ? end : end + 1;
    for (uint32_t i = from; i < n; i++) {
        if (v->mention_at[i] < 0 || v->mentions[v->mention_at[i]].first == i)
            words++;
        if (words > PB_NOUN_TARGET_WINDOW)
            break;
        long mi = i + 1 < n ? object_mention(v, i) : -1;
        if (mi >= 0 && v->mentions[mi].is_agent_only && patient &&
            word_in(v, i, patients) && *people < 0)
            *people = mi;
        if (mi < 0 || (v->mentions[mi].is_agent_only && !word_is(v, i, "by")))
            continue; /* "on a school in Gaza": the place names whom */
        if (word_is(v, i, "by") && v->mentions[mi].is_agent_only &&
            by_people < 0)
            by_people = mi;
        if ((word_is(v, i, "by") ||
             (force && word_is(v, i, "from")) ||
             (meeting && word_is(v, i, "of"))) &&
            *src < 0) {
            *src = mi; /* "rocket fire from Hezbollah", "the visit of
                          Philippine lawmakers to Taiwan" */
            continue;
        }
        int rank = meeting ? 1
                   : word_is(v, i, "against")                   ? 0
                   : word_is(v, i, "in") || word_is(v, i, "at") ||
                           word_is(v, i, "across") ||
                           word_is(v, i, "throughout")
                       ? 2
                                                                 : 1;
        if ((word_in(v, i, preps) || (patient && word_in(v, i, patients)) ||
             (aid && word_in(v, i, recipients))) &&
            rank < tgt_rank) {
            *tgt = mi;
            tgt_rank = rank;
        }
    }
    /* the noun phrase's head ("cleansing" of "ethnic cleansing") */
    uint32_t head = j;
    for (int d = 0; d < 4 && v->s->tokens[head].head > (int)head + 1 &&
                    (uint32_t)v->s->tokens[head].head - 1 <= end;
         d++)
        head = (uint32_t)v->s->tokens[head].head - 1;
    *enacted = 0;
    if (*src < 0)
        *enacted = (*src = governing_subject(v, head)) >= 0;
    if (*src < 0 && meeting)
        *src = meeting_participant(v, head);
    if (*tgt < 0 && meeting)
        *tgt = meeting_partner(v, head);
    if (*tgt < 0 && force)
        *tgt = under_attack(v, head);
    if (*tgt < 0 && force)
        *tgt = struck_phrase_actor(v, head);
    if (*tgt < 0 && force)
        *tgt = owner_struck(v, head, *src);
    if (*src >= 0 && v->mentions[*src].is_agent_only)
        *src = -1;
    if (*tgt >= 0 && v->mentions[*tgt].is_agent_only)
        *tgt = -1;
    if (*src < 0 && *tgt < 0 && *people >= 0)
        *src = by_people; /* "by police in Harare": for emit to place */
}

/* The two parties of a meeting noun ending at token end that names them
 * "between A and B" ("talks between Armenia and Azerbaijan"): sets *a and
 * *b to their mentions; 0 when there are no such two. */
static int between_pair(const sentence_view *v, uint32_t end, long *a,
                        long *b)
{
    uint32_t n = v->s->n_tokens;
    for (uint32_t i = end + 1; i + 1 < n && i <= end + PB_NOUN_TARGET_WINDOW;
         i++) {
        if (!word_is(v, i, "between") || object_mention(v, i) < 0)
            continue;
        *a = object_mention(v, i); /* past "the": "between the army and" */
        uint32_t k = v->mentions[*a].last + 1;
        if (k + 1 >= n || !word_is(v, k, "and") || object_mention(v, k) < 0)
            return 0;
        *b = object_mention(v, k);
        return !v->mentions[*a].is_agent_only &&
               !v->mentions[*b].is_agent_only;
    }
    return 0;
}

/* The mode of event noun j of code: that of the verb that makes it
 * happen, whose subject or object it is ("another summit will take
 * place", "worked to arrange a meeting"; not "to handle U.S.
 * restrictions"), negated when the verb ends support, cooperation or aid
 * that went on ("Egypt's support for the Brotherhood had ended"; talks
 * that ended took place) or calls it off ("the prime minister's visit
 * to Seoul was postponed", "Hungary vetoed new EU sanctions"), else its
 * own; *frame as verb_mode's. */
static int noun_mode(const sentence_view *v, uint32_t j, const char *code,
                     int *frame)
{
    static const char *const ending[] = {"end", "stop", "cease", "halt",
                                         "expire", NULL};
    static const char *const cancelling[] = {"cancel", "postpone", "delay",
                                             "scrap", "shelve", "defer",
                                             "scuttle", "veto", "block",
                                             "thwart", "derail", "torpedo",
                                             "foil", NULL};
    static const char *const lasting[] = {"05", "06", "07", NULL};
    int lasts = 0;
    for (int i = 0; lasting[i]; i++)
        lasts |= strncmp(code, lasting[i], 2) == 0;
    static const char *const arranging[] = {"arrange", "schedule", "organize",
                                            "organise", "plan", "hold",
                                            "convene", "host", NULL};
    static const char *const happening[] = {"take", "happen", "occur",
                                            "begin", "start", "resume", NULL};
    const pb_token *t = &v->s->tokens[phrase_head(v, j)]; /* "an EU aid
                                                          package" */
    uint32_t h = t->head >= 1 ? (uint32_t)t->head - 1 : 0;
    if (t->head >= 1 && h < v->s->n_tokens &&
        ((lasts && rel_starts(t, "nsubj") && word_in(v, h, ending)) ||
         ((rel_starts(t, "obj") || rel_starts(t, "nsubj:pass")) &&
          word_in(v, h, cancelling)))) {
        *frame = -1;
        return PB_MODE_NEGATED;
    }
    /* "hopes a ceasefire … could take place": what is hoped, wished,
     * expected or feared is not yet done */
    static const char *const hoping[] = {"hope", "wish", "want", "expect",
                                         "fear", "predict", NULL};
    if (t->head >= 1 && h < v->s->n_tokens && rel_starts(t, "obj") &&
        word_in(v, h, hoping)) {
        *frame = -1;
        return PB_MODE_HYPOTHETICAL;
    }
    /* "did not extend the agreement": the object of a negated verb is
     * not done; "will not extend" it refuses it, as "will not sign" */
    static const char *const would[] = {"would", NULL};
    if (t->head >= 1 && h < v->s->n_tokens &&
        (rel_starts(t, "obj") || rel_starts(t, "nsubj:pass")) &&
        v->s->tokens[h].upos == PB_UPOS_VERB && child_word(v, h, "advmod", nots)) {
        int refusal = will_aux(v, h) || child_word(v, h, "aux", would);
        *frame = refusal ? PB_MODAL_REJECT : -1;
        return refusal ? PB_MODE_ASSERTED : PB_MODE_NEGATED;
    }
    if (t->head >= 1 && h < v->s->n_tokens &&
        ((rel_starts(t, "nsubj") && word_in(v, h, happening)) ||
         (rel_starts(t, "obj") &&
          (word_in(v, h, enacting) || word_in(v, h, arranging))))) {
        int verb_frame, mode = verb_mode(v, h, 0, &verb_frame);
        if (mode != PB_MODE_ASSERTED) {
            *frame = verb_frame;
            return mode;
        }
    }
    return verb_mode(v, j, 0, frame);
}

/* Is token j an adjective that is only an agent's mention of its own
 * ("military" of "military aid"), which may still open an event noun? */
static int modifier_agent(const sentence_view *v, uint32_t j)
{
    const pb_mention *m = &v->mentions[v->mention_at[j]];
    return m->is_agent_only && m->first == j && m->last == j &&
           v->s->tokens[j].xpos[0] == 'J';
}

/* The verb of harm whose subject is the noun phrase of event noun j
 * ("Russian strikes killed 20 people", "the shelling destroyed"), or the
 * participle of harm of the verb it explodes with ("exploded …, killing
 * four officers"), or -1. */
static long harming_verb(const sentence_view *v, uint32_t j)
{
    static const char *const harming[] = {"kill", "wound", "injure", "hit",
                                          "destroy", "damage", "level",
                                          "flatten", "claim", NULL};
    static const char *const exploding[] = {"explode", "detonate", "go",
                                            NULL};
    static const char *const wounding[] = {"kill", "wound", "injure", NULL};
    j = phrase_head(v, j);
    const pb_token *t = &v->s->tokens[j];
    if (rel_starts(t, "nsubj") && !rel_starts(t, "nsubj:pass") &&
        t->head >= 1 && word_in(v, (uint32_t)t->head - 1, exploding)) {
        /* "a car bomb claimed by the Taliban exploded outside a police
         * station, killing four officers": the explosion's participle */
        uint32_t h = (uint32_t)t->head - 1;
        for (uint32_t k = h + 1; k < v->s->n_tokens; k++)
            if (v->s->tokens[k].head == (int)h + 1 &&
                rel_starts(&v->s->tokens[k], "advcl") &&
                word_in(v, k, wounding))
                return (long)k;
        return -1;
    }
    /* (an attack "claimed by" a group is no harm it claimed) */
    if (!rel_starts(t, "nsubj") || rel_starts(t, "nsubj:pass") ||
        t->head < 1 || !word_in(v, (uint32_t)t->head - 1, harming))
        return -1;
    return t->head - 1;
}

/* Verbs of bodily harm a bombing or attack does (unattributed_harm,
 * harmed_in_relative). */
static const char *const bodily_harm[] = {"kill", "wound", "injure", NULL};

/* The people harmed by bombing noun j that no one is named to have done
 * ("a roadside bombing near Samarra killed one U.S. soldier", "three
 * Iraqi civilians were killed in a car bombing in Baghdad"): the mention
 * of the harm verb's object or passive subject, -1 if none; *harm is set
 * to the verb. */
static long unattributed_harm(const sentence_view *v, uint32_t j, long *harm)
{
    static const char *const in_by[] = {"in", "by", NULL};
    static const char *const exploding[] = {"explode", "go", "detonate",
                                            "blast", "rip", NULL};
    static const char *const by[] = {"by", NULL};
    /* ("… in an attack claimed by Islamic State": someone is named) */
    for (uint32_t k = 0; k < v->s->n_tokens; k++) {
        const pb_token *x = &v->s->tokens[k];
        if (x->head >= 1 && word_is(v, (uint32_t)x->head - 1, "claim") &&
            rel_starts(x, "obl") && child_word(v, k, "case", by) &&
            v->mention_at[k] >= 0)
            return -1;
    }
    uint32_t head = phrase_head(v, j);
    const pb_token *t = &v->s->tokens[head];
    if (t->head < 1)
        return -1;
    uint32_t h = (uint32_t)t->head - 1;
    if (rel_starts(t, "nsubj") && word_in(v, h, exploding)) {
        /* "a bomb exploded at a market in Kabul, killing 20 people": the
         * harm is the explosion's participle */
        uint32_t k;
        for (k = h + 1; k < v->s->n_tokens; k++)
            if (v->s->tokens[k].head == (int)h + 1 &&
                rel_starts(&v->s->tokens[k], "advcl") &&
                word_in(v, k, bodily_harm))
                break;
        if (k == v->s->n_tokens)
            return -1;
        h = k;
        t = NULL;
    } else if (!word_in(v, h, bodily_harm))
        return -1;
    const char *harmed;
    if (!t || (rel_starts(t, "nsubj") && !rel_starts(t, "nsubj:pass")))
        harmed = "obj"; /* the bombing killed them */
    else if (rel_starts(t, "obl") && child_word(v, head, "case", in_by))
        harmed = "nsubj:pass"; /* they were killed in the bombing */
    else
        return -1;
    for (uint32_t k = 0; k < v->s->n_tokens; k++) {
        const pb_token *x = &v->s->tokens[k];
        if (x->head == (int)h + 1 && strcmp(pb_deprel_name(x->deprel),
                                            harmed) == 0) {
            long m = v->mention_at[k];
            if (m < 0)
                return -1;
            *harm = (long)h;
            return m;
        }
    }
    return -1;
}

/* The actor mention of the phrase headed by token k: its own, or that
 * of the nearest word hung on it ("Afghanistan's Taliban government":
 * the Taliban); -1 if none. */
static long phrase_actor(const sentence_view *v, uint32_t k)
{
    long m = v->mention_at[k];
    if (m >= 0 && !v->mentions[m].is_agent_only)
        return m;
    /* nearest first: "Taliban" before "Afghanistan's" */
    for (uint32_t d = 1; d < v->s->n_tokens; d++)
        for (int side = -1; side <= 1; side += 2) {
            long i = (long)k + side * (long)d;
            if (i < 0 || i >= (long)v->s->n_tokens)
                continue;
            m = v->mention_at[i];
            if (v->s->tokens[i].head == (int)k + 1 && m >= 0 &&
                !v->mentions[m].is_agent_only)
                return m;
        }
    return -1;
}

/* The mention of those harmed by force noun j as its relative clause
 * says ("claimed the attack that killed 20 people in Kabul": the people),
 * or -1. */
static long harmed_in_relative(const sentence_view *v, uint32_t j)
{
    uint32_t head = phrase_head(v, j);
    for (uint32_t k = head + 1; k < v->s->n_tokens; k++) {
        const pb_token *r = &v->s->tokens[k];
        if (r->head != (int)head + 1 || !rel_starts(r, "acl") ||
            !word_in(v, k, bodily_harm))
            continue;
        for (uint32_t o = k + 1; o < v->s->n_tokens; o++)
            if (v->s->tokens[o].head == (int)k + 1 &&
                rel_starts(&v->s->tokens[o], "obj"))
                return v->mention_at[o] >= 0
                           ? v->mention_at[o]
                           : phrase_actor(v, o); /* ("two Iranian
                                                    military advisers") */
    }
    return -1;
}

/* The mention of the one a predicate of blame holds responsible for
 * event noun j ("Sudan's government is responsible for mass killings",
 * "the rebels are guilty of atrocities", "blamed Israel for an air
 * strike"): the doer; -1 if none. */
static long blamed_doer(const sentence_view *v, uint32_t j)
{
    static const char *const blames[] = {"responsible", "guilty", "culpable",
                                         NULL};
    static const char *const for_of[] = {"for", "of", NULL};
    static const char *const be[] = {"be", NULL};
    uint32_t head = phrase_head(v, j);
    const pb_token *t = &v->s->tokens[head];
    if (rel_starts(t, "conj") && t->head >= 1) {
        head = (uint32_t)t->head - 1; /* "killings and other atrocities" */
        t = &v->s->tokens[head];
    }
    if (!rel_starts(t, "obl") || t->head < 1 ||
        !child_word(v, head, "case", for_of))
        return -1;
    uint32_t a = (uint32_t)t->head - 1;
    /* "blamed Israel for an air strike", "vowed to retaliate against
     * Israel for an air strike": the one blamed or struck back at */
    static const char *const blaming[] = {"blame", "retaliate", "punish",
                                          "condemn", "accuse", "sanction",
                                          NULL};
    static const char *const against[] = {"against", NULL};
    if (word_in(v, a, blaming))
        for (uint32_t k = 0; k < v->s->n_tokens; k++) {
            const pb_token *o = &v->s->tokens[k];
            long m = v->mention_at[k];
            if (o->head == (int)a + 1 && m >= 0 &&
                !v->mentions[m].is_agent_only &&
                (rel_starts(o, "obj") ||
                 (rel_starts(o, "obl") && child_word(v, k, "case", against))))
                return m;
        }
    if (!word_in(v, a, blames) || !child_word(v, a, "cop", be))
        return -1;
    for (uint32_t k = 0; k < v->s->n_tokens; k++)
        if (v->s->tokens[k].head == (int)a + 1 &&
            rel_starts(&v->s->tokens[k], "nsubj")) {
            long m = v->mention_at[phrase_head(v, k)];
            if (m < 0)
                m = v->mention_at[k];
            return m >= 0 && !v->mentions[m].is_agent_only ? m : -1;
        }
    return -1;
}

/* Is noun j a dependent of a verb the tree coded ("wounded in a Taliban
 * ambush in Peshawar": the wounding is the act)? */
static int governed_by_coded_verb(const sentence_view *v, uint32_t j,
                                  const pb_tc_event *ev, size_t n_ev)
{
    /* from the phrase's head ("roadside" of "a roadside bomb") */
    for (int d = 0; d < 4 && (rel_starts(&v->s->tokens[j], "compound") ||
                              rel_starts(&v->s->tokens[j], "amod")) &&
                    v->s->tokens[j].head > (int)j + 1;
         d++)
        j = (uint32_t)v->s->tokens[j].head - 1;
    int h = v->s->tokens[j].head;
    for (size_t k = 0; h >= 1 && k < n_ev; k++)
        if (ev[k].verb == (uint32_t)h - 1)
            return 1;
    return 0;
}

/* Is force noun j placed in a named town or region ("the bombings in
 * Kerman", "an air strike on Rafah")? It is aimed at the state where it
 * happens, as a verb's force on a town is. */
static int force_in_town(const sentence_view *v, uint32_t j)
{
    for (size_t i = 0; i < v->when_where.n_places; i++) {
        const pb_place_mention *pm = &v->when_where.places[i];
        if (pm->place->type != PB_PLACE_COUNTRY && pm->head < v->s->n_tokens &&
            v->s->tokens[pm->head].head == (int)j + 1 &&
            v->mention_at[pm->head] < 0)
            return 1;
    }
    return 0;
}

/* Is verb j of harm ("killed", "wounded") done by an attack its subject
 * names with its target or parties ("Israel's air strike on Syria
 * killed three people", "clashes between the army and the RSF
 * killed")? The noun is coded as the act; the verb adds its toll, no
 * second event. */
static int toll_of_attack_noun(const sentence_view *v, uint32_t j,
                               const char *code)
{
    static const char *const aimed_at[] = {"on", "against", "between", NULL};
    if (strncmp(code, "18", 2) != 0 && strncmp(code, "19", 2) != 0 &&
        strncmp(code, "20", 2) != 0)
        return 0;
    for (uint32_t k = 0; k < v->s->n_tokens; k++) {
        const pb_token *t = &v->s->tokens[k];
        if (t->head != (int)j + 1 || !rel_starts(t, "nsubj") ||
            t->upos != PB_UPOS_NOUN)
            continue;
        for (uint32_t x = 0; x < v->s->n_tokens; x++)
            if (v->s->tokens[x].head == (int)k + 1 &&
                rel_starts(&v->s->tokens[x], "nmod") &&
                child_word(v, x, "case", aimed_at))
                return 1;
    }
    return 0;
}

/* Is token i among the words verb or event noun j governs, outside j's
 * subject ("rallied in Cairo to demand the resignation of")? */
static int governed_word(const sentence_view *v, uint32_t i, uint32_t j)
{
    uint32_t x = i;
    for (uint32_t steps = 0; steps < v->s->n_tokens; steps++) {
        const pb_token *t = &v->s->tokens[x];
        if (t->head < 1)
            return 0;
        if ((uint32_t)t->head - 1 == j)
            return !rel_starts(t, "nsubj");
        x = (uint32_t)t->head - 1;
    }
    return 0;
}

/* Code refined by the aim the words of verb or event noun j name
 * (aims.h: "staged rallies demanding his resignation" 141 → 1411, "riots
 * against military policies" 1452); NULL only out of memory
 * (doc->failed set). */
static const pb_cameo_code *aimed(const pb_context *ctx, pb_doc *doc,
                                  const sentence_view *v, uint32_t j,
                                  const pb_cameo_code *code)
{
    if (!pb_aims_family(ctx->aims, code))
        return code; /* most codes: no words to gather */
    uint32_t n = v->s->n_tokens;
    const char **words = pb_arena_alloc(&doc->arena, n * sizeof *words);
    if (!words) {
        doc->failed = 1;
        return NULL;
    }
    size_t k = 0;
    for (uint32_t i = 0; i < n; i++)
        if (i != j && governed_word(v, i, j))
            words[k++] = v->lemma[i];
    return pb_aims_refine(ctx->aims, ctx->codebook, code, words, k);
}

/* Is event noun j one of the topics listed after talks ("talks with
 * Chinese leaders on trade, Taiwan and Chinese support for Russia"):
 * after "on", "about" or "over" with only a list of nominals between,
 * that preposition a few words after a noun or verb of talks? A topic
 * is spoken of, not done. */
static int topic_of_talks(const sentence_view *v, uint32_t j)
{
    static const char *const abouts[] = {"on", "about", "over", NULL};
    static const char *const talks[] = {
        "talk", "talks", "discussion", "negotiation", "meeting", "discuss",
        "negotiate", "consultation", "dialogue", NULL};
    uint32_t p = j;
    while (p > 0) {
        const pb_token *t = &v->s->tokens[--p];
        if (word_in(v, p, abouts))
            break;
        if (t->upos != PB_UPOS_NOUN && t->upos != PB_UPOS_PROPN &&
            t->upos != PB_UPOS_ADJ && t->upos != PB_UPOS_DET &&
            t->upos != PB_UPOS_CCONJ && t->upos != PB_UPOS_PART &&
            !(t->upos == PB_UPOS_PUNCT && t->form && strcmp(t->form, ",") == 0))
            return 0;
    }
    if (!word_in(v, p, abouts))
        return 0;
    for (uint32_t k = p; k-- > 0 && k + 6 >= p;)
        if (word_in(v, k, talks))
            return 1;
    return 0;
}


/* "freed a British aid worker following mediation by Qatar": a
 * mediation noun of a verb's clause mediates between the verb's subject
 * and its object. Emits the mediator's two 045 events (code cc, mode,
 * frame); 1 when it did, 0 when the clause names no such pair, -1 out
 * of memory. */
static int mediated_pair(const pb_context *ctx, pb_doc *doc,
                         const sentence_view *v, event_list *list,
                         size_t first_event, uint32_t sentence_no,
                         uint32_t j, const pb_mention *ms, int mode, int frame)
{
    /* up to the verb the noun's phrase hangs on (the parser may hang
     * "after mediation" on the object) */
    uint32_t h = j;
    for (int d = 0; d < 3 && v->s->tokens[h].upos != PB_UPOS_VERB; d++) {
        if (v->s->tokens[h].head < 1)
            return 0;
        h = (uint32_t)v->s->tokens[h].head - 1;
    }
    if (v->s->tokens[h].upos != PB_UPOS_VERB)
        return 0;
    long parties[2] = {-1, -1};
    /* the verb's subject and object, or those of the clause it reports
     * (the parser may hang the mediation on "said") */
    for (int pass = 0; pass < 2 && (parties[0] < 0 || parties[1] < 0);
         pass++) {
        parties[0] = parties[1] = -1;
        uint32_t reported = h;
        for (uint32_t k = 0; k < v->s->n_tokens; k++) {
            const pb_token *d = &v->s->tokens[k];
            if (d->head != (int)h + 1)
                continue;
            if (rel_starts(d, "nsubj") && parties[0] < 0)
                parties[0] = phrase_actor(v, k);
            else if (rel_starts(d, "obj") && parties[1] < 0)
                parties[1] = phrase_actor(v, k);
            else if (rel_starts(d, "ccomp") && d->upos == PB_UPOS_VERB)
                reported = k;
        }
        h = reported;
    }
    if (parties[0] < 0 || parties[1] < 0 ||
        strcmp(v->mentions[parties[0]].code, ms->code) == 0 ||
        strcmp(v->mentions[parties[1]].code, ms->code) == 0)
        return 0;
    const pb_cameo_code *cc = pb_codebook_find(ctx->codebook, PB_TC_MEDIATE);
    for (int i = 0; i < 2; i++) {
        const pb_mention *mp = &v->mentions[parties[i]];
        if (emit(doc, v, list, first_event, sentence_no, cc, mode, frame, j,
                 ms->code, ms, mp->code, mp) != 0)
            return -1;
    }
    return 1;
}

static int code_noun(const pb_context *ctx, pb_doc *doc,
                     const sentence_view *v, event_list *list,
                     size_t first_event, uint32_t sentence_no, uint32_t j,
                     const pb_tc_event *ev, size_t n_ev, uint32_t *covered)
{
    const pb_pattern *const *pats;
    size_t np = pb_lexicon_patterns(ctx->lexicon, v->lemma[j], &pats);
    if (np && topic_of_talks(v, j))
        return 0;
    for (size_t p = 0; p < np; p++) {
        uint32_t end;
        if (!pats[p]->is_noun || !match_noun(v, pats[p], j, &end))
            continue;
        *covered = end; /* "rocket attack" is one act, not two */
        long src, tgt;
        int enacted, protest = strncmp(pats[p]->code, PB_TC_PROTEST_ROOT,
                                       2) == 0;
        int meeting = strncmp(pats[p]->code, "04", 2) == 0;
        long people;
        noun_arguments(v, j, end, pats[p]->code, &src, &tgt, &people,
                       &enacted);
        if (src < 0)
            src = blamed_doer(v, end);
        int harmed_people = 0; /* a target found through the harm */
        if (src >= 0 && tgt < 0 && people >= 0)
            harmed_people = (tgt = people) >= 0;
        /* "Thailand and Cambodia agreed … after talks in Phnom Penh":
         * talks the subject's pair held, with each other (not a press
         * conference two held together) */
        static const char *const talks[] = {
            "talk", "talks", "meeting", "negotiation", "negotiations",
            "summit", "consultation", "consultations", NULL};
        long partner = meeting && src >= 0 && tgt < 0 && word_in(v, j, talks)
                           ? conjoined_actor(v, &v->mentions[src])
                           : -1;
        if (partner >= 0)
            tgt = partner;
        if (src >= 0 && tgt < 0 && pb_tc_force_code(pats[p]->code))
            harmed_people = (tgt = harmed_in_relative(v, end)) >= 0;
        long a, b;
        static const char *const states_of_war[] = {"war", "conflict",
                                                    NULL};
        /* (a war between two states is background, not an act) */
        int fight = strncmp(pats[p]->code, PB_FORCE_ROOT, 2) == 0 &&
                    !word_in(v, j, states_of_war);
        int truce = strncmp(pats[p]->code, "087", 3) == 0;
        if ((meeting || fight || truce) && src < 0 &&
            strcmp(pats[p]->code, "045") != 0 &&
            between_pair(v, end, &a, &b)) {
            /* "talks between Armenia and Azerbaijan", "fighting between
             * the army and the RSF", "a ceasefire between Israel and
             * Hezbollah": each acted on the other (a mediation between
             * them is a third party's) */
            const pb_cameo_code *code =
                pb_codebook_find(ctx->codebook, pats[p]->code);
            int frame, mode = noun_mode(v, j, pats[p]->code, &frame);
            const pb_mention *ma = &v->mentions[a], *mb = &v->mentions[b];
            if (emit(doc, v, list, first_event, sentence_no, code, mode, frame,
                     j, ma->code, ma, mb->code, mb) != 0)
                return -1;
            return emit(doc, v, list, first_event, sentence_no, code, mode,
                        frame, j, mb->code, mb, ma->code, ma);
        }
        /* "Students staged a protest", "a Kenyan protest in Nairobi":
         * aimed at the authorities (but "Hong Kong protesters" enact
         * nothing) */
        int implied = protest && ((tgt < 0 && enacted) ||
                                  (tgt >= 0 && src >= 0 &&
                                   strcmp(v->mentions[tgt].code,
                                          v->mentions[src].code) == 0));
        /* "Russian strikes killed 20 people in Kharkiv": the force hits
         * where the harm it does is placed */
        long harm = tgt < 0 && src >= 0 && pb_tc_force_code(pats[p]->code)
                        ? harming_verb(v, j)
                        : -1;
        for (size_t k = 0; harm >= 0 && k < n_ev; k++)
            if (ev[k].verb == (uint32_t)harm &&
                !toll_of_attack_noun(v, (uint32_t)harm, ev[k].code))
                harm = -1; /* the verb codes the act ("a US drone strike
                              killed an al-Qaeda leader"), unless it only
                              counts the noun's toll ("a Russian air
                              strike on Kharkiv killed five people") */
        /* a bombing no one is named to have done, by armed men of the
         * place (armed_home) */
        int unattributed = 0;
        long harmed = src < 0 &&
                              strncmp(pats[p]->code, PB_ASSAULT_ROOT,
                                      2) == 0 &&
                              !governed_by_coded_verb(v, j, ev, n_ev)
                          ? unattributed_harm(v, j, &harm)
                          : -1;
        if (harmed >= 0) {
            unattributed = harmed_people = 1;
            tgt = harmed;
        }
        uint32_t where = harm >= 0 ? (uint32_t)harm : j;
        if (harm >= 0 && rel_starts(&v->s->tokens[harm], "advcl") &&
            v->s->tokens[harm].head >= 1)
            where = (uint32_t)v->s->tokens[harm].head - 1; /* the explosion,
                                                    with its place */
        implied |= (harm >= 0 && !unattributed) ||
                   (tgt < 0 && src >= 0 && pb_tc_force_code(pats[p]->code) &&
                    force_in_town(v, j) && !governed_by_coded_verb(v, j, ev, n_ev));
        if (src >= 0 && tgt < 0 &&
            strcmp(pats[p]->code, PB_TC_MEDIATE) == 0) {
            int frame, mode = noun_mode(v, j, pats[p]->code, &frame);
            int r = mediated_pair(ctx, doc, v, list, first_event, sentence_no,
                                  j, &v->mentions[src], mode, frame);
            if (r != 0)
                return r < 0 ? -1 : 0;
        }
        if ((src < 0 && !unattributed) || (tgt < 0 && !implied))
            return 0;
        const pb_mention *ms = unattributed ? NULL : &v->mentions[src];
        const pb_mention *mt = implied ? NULL : &v->mentions[tgt];
        int frame, mode = noun_mode(v, j, pats[p]->code, &frame);
        const char *code = economic_restriction(v, j, pats[p]->code)
                               ? PB_SANCTION_CODE
                               : pats[p]->code;
        const pb_cameo_code *cc =
            aimed(ctx, doc, v, j, pb_codebook_find(ctx->codebook, code));
        if (doc->failed)
            return -1;
        /* "an Israeli airstrike": a state's air strikes are its
         * military's */
        const char *by = !ms                ? PB_UNKNOWN_ARMED
                         : ms->is_agent_only ? state_with_agent(doc, "---",
                                                                ms->code)
                                             : ms->code;
        if (!by)
            return -1;
        if (ms && strcmp(code, PB_AIR_STRIKE_CODE) == 0 &&
            ms->first == ms->last &&
            strlen(by) == PB_STATE_CODE_LEN &&
            pb_lexicon_is_country(v->lex, by) &&
            !(by = state_with_agent(doc, by, "MIL")))
            return -1;
        /* (the harmed "people" no state claims, as the tree coder
         * gives them: "---CVL", for emit to place) */
        const char *at = implied ? PB_TC_IMPLIED_TARGET
                         : harmed_people && mt->is_agent_only
                             ? state_with_agent(doc, "---", mt->code)
                             : mt->code;
        if (!at || emit(doc, v, list, first_event, sentence_no, cc, mode,
                        frame, where, by, ms, at, mt) != 0)
            return -1;
        if (partner >= 0 && emit(doc, v, list, first_event, sentence_no, cc,
                                 mode, frame, where, mt->code, mt, by,
                                 ms) != 0)
            return -1;
        /* "Hungary and Slovakia extended their bans": each subject
         * enacts it */
        for (uint32_t k = ms ? ms->last + 1 : v->s->n_tokens;
             enacted && k < v->s->n_tokens; k++) {
            const pb_token *t = &v->s->tokens[k];
            long mk = v->mention_at[k];
            if (mk < 0 || mk == src || v->mentions[mk].first != k ||
                !rel_starts(t, "conj") || t->head < 1 ||
                v->mention_at[t->head - 1] != src ||
                v->mentions[mk].is_agent_only)
                continue;
            const pb_mention *mc = &v->mentions[mk];
            if (emit(doc, v, list, first_event, sentence_no, cc, mode, frame,
                     where, mc->code, mc,
                     implied ? PB_TC_IMPLIED_TARGET : mt->code, mt) != 0)
                return -1;
        }
        return 0;
    }
    return 0;
}

/* Is the object of verb j the weapon j launches or fires ("launched
 * 400 drones", "fired missiles"), so that the target is whom it strikes,
 * not the weapon, nor the weapon's owner made of the place it strikes
 * ("drones at Kyiv" as Ukraine's military)? */
static int weapon_launched(const sentence_view *v, uint32_t j)
{
    static const char *const launching[] = {"launch", "fire", "use",
                                            "deploy", "send", NULL};
    static const char *const weapons[] = {
        "drone", "drones", "missile", "missiles", "rocket", "rockets",
        "warplane", "warplanes", "jets", "bomber", "bombers", "tanks",
        NULL};
    return word_in(v, j, launching) && child_word(v, j, "obj", weapons);
}

/* The actor verb j's force is aimed at: the noun of an "at", "on",
 * "against", "toward(s)" or "into" phrase of the verb or of its object,
 * or -1. */
static long aimed_at(const sentence_view *v, uint32_t j)
{
    static const char *const aims[] = {"at", "on", "against", "toward",
                                       "towards", "into", NULL};
    for (uint32_t k = j + 1; k < v->s->n_tokens; k++) {
        long mi = v->mention_at[k];
        int h = v->s->tokens[k].head - 1; /* on the verb or its object */
        if (mi >= 0 && h >= 0 &&
            ((uint32_t)h == j || v->s->tokens[h].head == (int)j + 1) &&
            child_word(v, k, "case", aims) && !v->mentions[mi].is_agent_only)
            return mi;
    }
    return -1;
}

/* Is verb j a win in sport ("Spain beat Italy on penalties to win the
 * final", "edged Brazil 2-1"): a verb of winning in a sentence with a
 * word of competition or a score? No one is assaulted; nor is anyone
 * visited by the verbs the win is a clause of ("came from behind to
 * beat Egypt 2-1 in Kumasi"). */
static int sporting_win(const sentence_view *v, uint32_t j)
{
    static const char *const winning[] = {"beat", "defeat", "thrash", "rout",
                                          "edge", "crush", "overcome",
                                          "hammer", "outplay", NULL};
    static const char *const contests[] = {
        "match", "final", "semifinal", "semi-final", "quarterfinal",
        "quarter-final", "tournament", "championship", "league", "cup",
        "goal", "penalty", "shootout", "olympics", "medal", "qualifier",
        "fixture", "innings", "wicket", NULL};
    long win = -1; /* j, or a win that is a clause of j */
    for (uint32_t k = 0; k < v->s->n_tokens && win < 0; k++) {
        const pb_token *t = &v->s->tokens[k];
        if (word_in(v, k, winning) && t->upos == PB_UPOS_VERB &&
            (k == j || (t->head == (int)j + 1 &&
                        (rel_starts(t, "xcomp") || rel_starts(t, "advcl")))))
            win = (long)k;
    }
    if (win < 0)
        return 0;
    for (uint32_t i = 0; i < v->s->n_tokens; i++) {
        const char *w = v->lower[i];
        if (word_in(v, i, contests))
            return 1;
        size_t dash = strcspn(w, "-");
        if (dash > 0 && w[dash] == '-' && isdigit((unsigned char)w[0]) &&
            isdigit((unsigned char)w[dash + 1]) &&
            strspn(w, "0123456789") == dash &&
            strspn(w + dash + 1, "0123456789") == strlen(w + dash + 1))
            return 1; /* a score, "3-1" */
    }
    return 0;
}

/* Is force of no stated kind (190, or the small arms of 193) at verb j
 * done by aircraft ("Soviet helicopter gunships killed 46 civilians",
 * "Israeli warplanes attacked a convoy")? CAMEO's aerial weapons (195). */
static int aerial_force(const sentence_view *v, uint32_t j, const char *code)
{
    static const char *const aircraft[] = {
        "aircraft", "warplane", "jet", "helicopter",
        "gunship", "drone", "plane", "airplane", NULL};
    return (strcmp(code, "190") == 0 || strcmp(code, "193") == 0) &&
           child_word(v, j, "nsubj", aircraft);
}

/* Is a killing (18x, 19x) at verb j one of a political figure ("Gunmen
 * shot dead a mayoral candidate", "the governor was killed in an
 * ambush")? CAMEO codes it an assassination (186). */
static int assassination(const sentence_view *v, uint32_t j, const char *code)
{
    static const char *const killing[] = {"kill", "shoot", "murder", "gun",
                                          "slay", "stab", NULL};
    static const char *const figures[] = {
        "candidate", "mayor", "politician", "governor", "lawmaker",
        "legislator", "senator", "congressman", "congresswoman", "minister",
        "president", "councillor", "councilor", "parliamentarian", "judge",
        "prosecutor", NULL};
    if ((strncmp(code, "18", 2) != 0 && strncmp(code, "19", 2) != 0) ||
        strcmp(code, PB_ASSASSINATE_CODE) == 0 || !word_in(v, j, killing))
        return 0;
    return child_word(v, j, "obj", figures) ||
           child_word(v, j, "nsubj:pass", figures);
}

/* Is a welcome (051) at verb j one of a guest, an actor welcomed in
 * person ("Mattarella was welcomed by Jordan's King Abdullah", "the
 * king welcomed the Italian president"), not of a thing ("welcomed
 * Turkey's decision")? The one welcoming hosts (043). */
static int welcomed_guest(const sentence_view *v, uint32_t j, const char *code)
{
    static const char *const welcoming[] = {"welcome", NULL};
    if (strcmp(code, "051") != 0 || !word_in(v, j, welcoming))
        return 0;
    for (uint32_t k = 0; k < v->s->n_tokens; k++) {
        const pb_token *t = &v->s->tokens[k];
        long m = v->mention_at[k];
        if (t->head == (int)j + 1 && m >= 0 && !v->mentions[m].is_agent_only &&
            (rel_starts(t, "obj") || rel_starts(t, "nsubj:pass")) &&
            (t->upos == PB_UPOS_PROPN || t->upos == PB_UPOS_NOUN))
            return 1;
    }
    return 0;
}

/* Is a hosting (043) at verb j one of talks between others ("Oman hosted
 * talks between Iran and the United States")? The host mediates (045);
 * the parties came to talk, not to visit it. */
static int hosted_between(const sentence_view *v, uint32_t j, const char *code)
{
    static const char *const talks[] = {"meeting", "talk", "talks", "summit",
                                        "negotiation", "negotiations",
                                        "conference", "dialogue", NULL};
    static const char *const between[] = {"between", NULL};
    static const char *const rounds[] = {"round", "series", NULL};
    if (strcmp(code, PB_HOST_CODE) != 0)
        return 0;
    for (uint32_t k = j + 1; k < v->s->n_tokens; k++) {
        const pb_token *t = &v->s->tokens[k];
        if (t->head != (int)j + 1 || !rel_starts(t, "obj"))
            continue;
        /* (or "a new round of indirect talks between …": the talks the
         * round's "of" names) */
        for (uint32_t q = k + 1;
             word_in(v, k, rounds) && q < v->s->n_tokens; q++)
            if (v->s->tokens[q].head == (int)k + 1 && word_in(v, q, talks)) {
                k = q;
                break;
            }
        if (!word_in(v, k, talks))
            continue;
        for (uint32_t q = k + 1; q < v->s->n_tokens; q++)
            if (v->s->tokens[q].head == (int)k + 1 &&
                child_word(v, q, "case", between))
                return 1;
    }
    return 0;
}

/* The economic subcode of aid of no stated kind at verb j whose object
 * is a sum of money ("gave Indonesia $20 million in aid" 071, "pledged
 * 500 million euros" 0331), or NULL. */
static const char *monetary_aid(const sentence_view *v, uint32_t j,
                                const char *code)
{
    static const char *const kinds[][2] = {
        {"070", "071"}, {"033", "0331"}, {"023", "0231"},
        {"103", "1031"}, {"122", "1221"}};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (strcmp(code, kinds[k][0]) == 0)
            return child_word(v, j, "obj", currencies) ? kinds[k][1] : NULL;
    return NULL;
}

/* Is the act at verb j2 what the act at verb j1 is about: its
 * complement ("threatened to launch an offensive", "refused to
 * extradite", "denied attacking") or the purpose of its object ("signed
 * an agreement to hold joint patrols"), within three steps up the
 * tree? */
static int content_of(const sentence_view *v, uint32_t j1, uint32_t j2)
{
    static const char *const links[] = {"xcomp", "ccomp", "advcl", "acl",
                                        "obj", NULL};
    uint32_t i = j2;
    for (int d = 0; d < 3; d++) {
        const pb_token *t = &v->s->tokens[i];
        if (t->head < 1)
            return 0;
        int linked = 0;
        for (const char *const *l = links; *l && !linked; l++)
            linked = rel_starts(t, *l);
        if (!linked)
            return 0;
        i = (uint32_t)t->head - 1;
        if (i == j1)
            return 1;
    }
    return 0;
}

/* Does the act coded `outer` already say what its content `inner` would
 * be: a rejection or refusal (12), a threat (13), or an intent (03) to
 * consult or cooperate (04–06: "offered to mediate", "agreed to set up a
 * joint commission"; aid promised becomes an intent more specific than
 * the pledge: "pledged to send food", 0331)? A denial keeps what it
 * denies ("denied that it supplied drones", negated). */
static int says_its_content(const char *outer, const char *inner)
{
    static const char *const cooperation[] = {"04", "05", "06", NULL};
    if (strncmp(outer, "03", 2) == 0) {
        for (int k = 0; cooperation[k]; k++)
            if (strncmp(inner, cooperation[k], 2) == 0)
                return 1;
        return 0;
    }
    return strncmp(outer, "12", 2) == 0 || strncmp(outer, "13", 2) == 0;
}

/* Flags the tree's events that only restate, as intended, hypothetical or
 * negated, the content of an intent, refusal or threat their own source
 * is said to make at a verb above ("threatened to launch a ground
 * offensive against X" is the threat, 138, and no intended offensive;
 * "offered to mediate" is the offer; "refused to extradite" the
 * refusal). Statements keep theirs ("said it would send troops" is the
 * intent), and so do acts done for a purpose ("sent troops to attack
 * Hamas", "signed agreements to normalise relations"). */
static void flag_restated_contents(const sentence_view *v,
                                   const pb_tc_event *ev, size_t n_ev,
                                   uint8_t *restated)
{
    for (size_t k = 0; k < n_ev; k++) {
        int frame;
        restated[k] = 0;
        if (ev[k].target_mention < 0 ||
            verb_mode(v, ev[k].verb, ev[k].negated, &frame) ==
                PB_MODE_ASSERTED)
            continue;
        for (size_t a = 0; a < n_ev && !restated[k]; a++)
            restated[k] =
                a != k && ev[a].verb != ev[k].verb &&
                ev[a].source_mention >= 0 && ev[a].target_mention >= 0 &&
                says_its_content(ev[a].code, ev[k].code) &&
                strcmp(ev[a].source, ev[k].source) == 0 &&
                content_of(v, ev[a].verb, ev[k].verb) &&
                verb_mode(v, ev[a].verb, ev[a].negated, &frame) ==
                    PB_MODE_ASSERTED;
    }
}

/* "Russian forces shelled Kharkiv, killing nine civilians", "set off a
 * car bomb beside an army convoy, killing six soldiers": a closing
 * participle of killing or wounding tells the toll of the attack it
 * hangs on, done by the same source; it is that attack, not another
 * event. Sets toll_of[k] to the attack's event for each toll's event
 * (else -1), and gives the attack the toll's victims when it names none
 * but the state where it happens and a state claims them (victims no
 * state claims are placed from the toll's own words). */
static void fold_tolls(const sentence_view *v, pb_tc_event *ev, size_t n_ev,
                       long *toll_of)
{
    static const char *const harming[] = {"kill", "wound", "injure", NULL};
    static const char *const attacks[] = {"18", "19", "20", NULL};
    for (size_t k = 0; k < n_ev; k++) {
        toll_of[k] = -1;
        const pb_token *t = &v->s->tokens[ev[k].verb];
        if (!word_in(v, ev[k].verb, harming) || strcmp(t->xpos, "VBG") != 0 ||
            !rel_starts(t, "advcl") || t->head < 1 ||
            ev[k].target_mention < 0)
            continue;
        for (size_t a = 0; a < n_ev && toll_of[k] < 0; a++) {
            int attack = 0;
            for (int i = 0; attacks[i]; i++)
                attack |= strncmp(ev[a].code, attacks[i], 2) == 0;
            if (a == k || ev[a].verb != (uint32_t)(t->head - 1) || !attack ||
                strcmp(ev[a].source, ev[k].source) != 0)
                continue;
            int implied = strcmp(ev[a].target, PB_TC_IMPLIED_TARGET) == 0;
            /* (victims no state claims are the named target's: "attacked
             * camps of the ADF, killing dozens of fighters") */
            if (!implied && strncmp(ev[k].target, "---", 3) != 0 &&
                strncmp(ev[a].target, ev[k].target, PB_STATE_CODE_LEN) != 0)
                continue;
            toll_of[k] = (long)a;
            if ((implied || strlen(ev[a].target) == PB_STATE_CODE_LEN) &&
                strncmp(ev[k].target, "---", 3) != 0) {
                ev[a].target = ev[k].target;
                ev[a].target_mention = ev[k].target_mention;
            }
        }
    }
}

/* "sent 10 million crowns in emergency aid to Malawi": the sum gives
 * economic aid (071), the aid noun its kind (073). The sentence's
 * economic aid from a source to a target yields to aid of another kind
 * between the same two (not "aid" of no kind, 070). */
static void drop_sums_behind_aid_kinds(event_list *list, size_t first)
{
    size_t kept = first;
    for (size_t i = first; i < list->n; i++) {
        const pb_event *e = &list->items[i];
        int behind = 0;
        for (size_t k = first; k < list->n && !behind; k++) {
            const pb_event *o = &list->items[k];
            behind = strcmp(e->code->code, "071") == 0 && k != i &&
                     strncmp(o->code->code, "07", 2) == 0 &&
                     strcmp(o->code->code, "070") != 0 &&
                     strcmp(o->code->code, "071") != 0 &&
                     strcmp(e->source.code, o->source.code) == 0 &&
                     strcmp(e->target.code, o->target.code) == 0;
        }
        if (!behind)
            list->items[kept++] = list->items[i];
    }
    list->n = kept;
}

/* The act a denial (016) at verb j denies when the denier's own organ
 * is said to have done it (the denial's target would be its own state):
 * the tree's event at the denial's clause, with a target of its own. */
static const pb_tc_event *own_act_denied(const sentence_view *v, uint32_t j,
                                         const pb_tc_event *e,
                                         const pb_tc_event *ev, size_t n_ev)
{
    if (strcmp(e->code, PB_DENY_CODE) != 0 || e->target_mention < 0 ||
        strncmp(e->source, e->target, PB_STATE_CODE_LEN) != 0)
        return NULL;
    for (size_t k = 0; k < n_ev; k++) {
        const pb_token *t = &v->s->tokens[ev[k].verb];
        if (t->head == (int)j + 1 && rel_starts(t, "ccomp") &&
            ev[k].target_mention >= 0 &&
            strncmp(ev[k].target, e->source, PB_STATE_CODE_LEN) != 0)
            return &ev[k];
    }
    return NULL;
}

/* Is a rejection (120) at verb j one of a person dismissed from office
 * ("the court dismissed Prime Minister Paetongtarn": she is the verb's
 * object)? A removal from office (172), not a rejection of a claim. */
static int dismissal_from_office(const sentence_view *v, uint32_t j,
                                 const char *code, const pb_mention *mt)
{
    static const char *const dismissing[] = {"dismiss", NULL};
    if (strcmp(code, PB_REJECT_CODE) != 0 || !mt ||
        !word_in(v, j, dismissing) ||
        !(mt->is_person || mt->is_agent_only ||
          strlen(mt->code) > PB_STATE_CODE_LEN))
        return 0; /* a person or an office holder, not a state */
    /* the object, or the name a title mention describes ("Prime
     * Minister" of "Prime Minister Paetongtarn") */
    uint32_t k = mt->last;
    for (int d = 0; d < 2 && v->s->tokens[k].head >= 1 &&
                    v->s->tokens[k].head != (int)j + 1;
         d++)
        k = (uint32_t)v->s->tokens[k].head - 1;
    return v->s->tokens[k].head == (int)j + 1 &&
           rel_starts(&v->s->tokens[k], "obj") &&
           v->s->tokens[k].upos == PB_UPOS_PROPN;
}

/* Is an attack by one named person on another ("Biden attacked Trump
 * over the deaths"), or on the press ("Trump attacked The Wall Street
 * Journal"), a use of force? Between politicians, or on a newspaper, it
 * is criticism (111), whatever the verb's military code says. */
static int verbal_attack(const sentence_view *v, uint32_t j, const char *code,
                         const pb_mention *ms, const pb_mention *mt)
{
    static const char *const attacks[] = {"attack", "hit", "target", NULL};
    size_t nt = strlen(mt->code);
    int media = nt >= 3 && strcmp(mt->code + nt - 3, "MED") == 0;
    return strncmp(code, PB_FORCE_ROOT, 2) == 0 && ms->is_person &&
           (mt->is_person || media) && word_in(v, j, attacks);
}

/* Is a warning (130) one about what its target does ("warned that Biden
 * could destroy the growth", "warned that the Somali government's
 * actions would divide the country"): the subject of the warned clause
 * is the target or the target's? That is criticism, not a threat of
 * the speaker's own ("warned that it will continue maximum pressure"). */
static int warning_about(const sentence_view *v, uint32_t j, const char *code,
                         const pb_mention *mt)
{
    /* what the warned will suffer is a threat ("warned that Hezbollah
     * would pay a heavy price", "would face consequences") */
    static const char *const sufferings[] = {"pay", "face", "regret",
                                             "suffer", NULL};
    if (strcmp(code, PB_THREATEN_CODE) != 0)
        return 0;
    for (uint32_t c = j + 1; c < v->s->n_tokens; c++) {
        const pb_token *t = &v->s->tokens[c];
        if (t->head != (int)j + 1 || !rel_starts(t, "ccomp") ||
            word_in(v, c, sufferings))
            continue;
        for (uint32_t k = j + 1; k < c; k++) {
            const pb_token *s = &v->s->tokens[k];
            if (s->head != (int)c + 1 || !rel_starts(s, "nsubj"))
                continue;
            /* the subject, or its possessor ("the government's actions") */
            for (uint32_t w = mt->first; w <= mt->last; w++) {
                const pb_token *x = &v->s->tokens[w];
                if (w == k || (x->head == (int)k + 1 &&
                               rel_starts(x, "nmod:poss")))
                    return 1;
            }
        }
    }
    return 0;
}

/* Is a warning (130) one of a state of things where the target only
 * lies ("the UN warned that famine was spreading in Sudan"): the warned
 * clause's subject is no actor and the target is named as a place in
 * it? A statement, threatening no one. */
static int warning_of_conditions(const sentence_view *v, uint32_t j,
                                 const char *code, const pb_mention *mt)
{
    static const char *const places[] = {"in", "across", "throughout",
                                         "inside", NULL};
    if (strcmp(code, PB_THREATEN_CODE) != 0 || !mt || mt->first == 0 ||
        !word_in(v, mt->first - 1, places) ||
        !rel_starts(&v->s->tokens[mt->first - 1], "case"))
        return 0;
    for (uint32_t c = j + 1; c < v->s->n_tokens; c++) {
        const pb_token *t = &v->s->tokens[c];
        if (t->head != (int)j + 1 || !rel_starts(t, "ccomp"))
            continue;
        for (uint32_t k = j + 1; k < c; k++)
            if (v->s->tokens[k].head == (int)c + 1 &&
                rel_starts(&v->s->tokens[k], "nsubj") &&
                v->mention_at[k] < 0 && v->s->tokens[k].upos == PB_UPOS_NOUN)
                return 1; /* "famine", "the fighting" */
    }
    return 0;
}

/* Is force or destruction done by protesters, a crowd no state organ
 * ("protesters stormed the French embassy in Niamey", "set fire to the
 * embassy")? A crowd's violence is a violent protest, a riot (145). */
static int crowd_violence(const sentence_view *v, const char *code,
                          const char *src, const pb_mention *ms)
{
    static const char *const crowds[] = {"protester", "protesters",
                                         "demonstrator", "demonstrators",
                                         "rioter", "rioters", "mob", "mobs",
                                         "crowd", "crowds", NULL};
    int violent = strncmp(code, "18", 2) == 0 ||
                  strncmp(code, "19", 2) == 0 || strcmp(code, "1712") == 0;
    const char *agent = strlen(src) > PB_STATE_CODE_LEN
                            ? src + PB_STATE_CODE_LEN
                            : "";
    if (!violent || !ms || pb_agent_is_state_organ(agent))
        return 0;
    /* ("protesters in Dhaka": the crowd the place's mention names) */
    int h = v->s->tokens[ms->last].head - 1;
    return word_in(v, ms->last, crowds) ||
           (h >= 0 && rel_starts(&v->s->tokens[ms->last], "nmod") &&
            word_in(v, (uint32_t)h, crowds));
}

/* Is token k, a noun, in the phrase of verb j through nouns alone
 * ("killed two men on Thursday during protests": protests hangs on
 * Thursday, which hangs on killed), not in a clause of its own? */
static int nominal_phrase_of(const sentence_view *v, uint32_t k, uint32_t j)
{
    for (uint32_t d = 0; d < v->s->n_tokens; d++) {
        int h = v->s->tokens[k].head;
        if (h < 1)
            return 0;
        if ((uint32_t)h - 1 == j)
            return 1;
        k = (uint32_t)h - 1;
        if (v->s->tokens[k].upos != PB_UPOS_NOUN &&
            v->s->tokens[k].upos != PB_UPOS_PROPN &&
            v->s->tokens[k].upos != PB_UPOS_NUM)
            return 0;
    }
    return 0;
}

/* Is force at verb j by a state's police or army done to people the
 * sentence says are protesting ("opened fire on opposition supporters
 * protesting against the election results", "fired on students
 * demonstrating outside parliament", "killed two demonstrators", "killed
 * four people during protests"; not rebels "marching on" a city)?
 * Force on a protest is repression (175), as "fired on protesters" is. */
static int force_on_protesters(const sentence_view *v, uint32_t j,
                               const char *code, const char *src,
                               const pb_mention *mt)
{
    static const char *const protesting[] = {"protest", "demonstrate",
                                             "rally", NULL};
    static const char *const protesters[] = {
        "protester", "protesters", "protestor", "protestors", "demonstrator",
        "demonstrators", "marcher", "marchers", NULL};
    static const char *const protests[] = {
        "protest", "protests", "demonstration", "demonstrations", "rally",
        "rallies", "march", "marches", NULL};
    static const char *const during[] = {"during", "at", NULL};
    static const char *const forces[] = {"COP", "MIL", NULL};
    if (!mt || !(strncmp(code, "19", 2) == 0 || strncmp(code, "18", 2) == 0) ||
        strlen(src) != 2 * PB_STATE_CODE_LEN)
        return 0;
    int organ = 0;
    for (int i = 0; forces[i]; i++)
        organ |= strcmp(src + PB_STATE_CODE_LEN, forces[i]) == 0;
    if (!organ)
        return 0;
    uint32_t h = mt->last;
    if (word_in(v, h, protesters))
        return 1;
    for (uint32_t k = 0; k < v->s->n_tokens; k++) {
        if (k > h && v->s->tokens[k].head == (int)h + 1 &&
            rel_starts(&v->s->tokens[k], "acl") &&
            strcmp(v->s->tokens[k].xpos, "VBG") == 0 &&
            word_in(v, k, protesting))
            return 1;
        if (word_in(v, k, protests) && child_word(v, k, "case", during) &&
            nominal_phrase_of(v, k, j))
            return 1;
    }
    return 0;
}

/* Is a meeting verb's subject a crowd of people ("thousands of
 * protesters gathered around the police complex")? People who gather
 * demonstrate; states and their organs meet. */
static int gathering_of_people(const sentence_view *v, uint32_t j,
                               const char *code, const char *src,
                               const pb_mention *ms)
{
    static const char *const gathering[] = {"gather", "assemble", "converge",
                                            "congregate", "mass", NULL};
    static const char *const places[] = {"in", "at", NULL};
    return strncmp(code, "04", 2) == 0 && word_in(v, j, gathering) &&
           protesting_people(v, src, ms) &&
           !child_word(v, ms->last, "case", places); /* not "in Paris" */
}

/* Is cooperation of no stated kind (050) with or by an army ("increased
 * cooperation with the navies of China") military cooperation? */
static int military_cooperation(const char *code, const char *src,
                                const char *tgt)
{
    size_t ns = strlen(src), nt = strlen(tgt);
    return strcmp(code, PB_COOPERATION_CODE) == 0 &&
           ((ns > PB_STATE_CODE_LEN && strcmp(src + ns - 3, "MIL") == 0) ||
            (nt > PB_STATE_CODE_LEN && strcmp(tgt + nt - 3, "MIL") == 0));
}

/* Is a withdrawal of no stated kind (166) by an army ("Russian troops
 * withdrew from Ukraine") a military retreat (0874) rather than the
 * withdrawal of diplomats or missions? */
static int military_withdrawal(const sentence_view *v, uint32_t j,
                               const char *code, const char *src)
{
    size_t ns = strlen(src);
    return strcmp(code, PB_WITHDRAW_CODE) == 0 && word_is(v, j, "withdraw") &&
           ns > PB_STATE_CODE_LEN && strcmp(src + ns - 3, "MIL") == 0;
}

/* Is a visit (042) one of peacekeepers ("NATO peacekeepers arrived in
 * Kosovo")? Their arrival provides peacekeeping (074), not a visit. */
static int peacekeepers_arrive(const sentence_view *v, uint32_t j,
                               const char *code, const pb_mention *ms)
{
    if (strcmp(code, PB_VISIT_CODE) != 0 || !ms)
        return 0;
    /* the source's words and those after it up to the verb ("NATO
     * peacekeepers arrived") */
    uint32_t last = ms->first < j ? j : ms->last;
    for (uint32_t k = ms->first; k <= last && k < v->s->n_tokens; k++)
        if (strncmp(v->lower[k], "peacekeep", 9) == 0)
            return 1;
    return 0;
}

/* The code of the event CAMEO links to one coded at verb j, with the
 * actors reversed: peacekeepers' arrival (074) is also their reception
 * by the host (0861), inspectors sent (090) their admission (0862), as
 * the codebook's notes and PETRARCH's paired codes have it; else NULL. */
static const char *linked_reverse(const sentence_view *v, uint32_t j,
                                  const char *code, int peacekeepers)
{
    static const char *const inspectors[] = {"inspector", "inspectors",
                                             NULL};
    if (strcmp(code, PB_PEACEKEEPING_CODE) == 0 && peacekeepers)
        return "0861";
    if (strcmp(code, "090") != 0)
        return NULL;
    for (uint32_t k = 0; k < v->s->n_tokens; k++)
        if (v->s->tokens[k].head == (int)j + 1 && word_in(v, k, inspectors) &&
            rel_starts(&v->s->tokens[k], "obj"))
            return "0862"; /* "dispatched inspectors to Iran" */
    return NULL;
}

/* Is mention m a guest ("visiting Brazilian President Lula", "the
 * visiting Indian delegation": the adjective "visiting" hangs on one of
 * its words)? */
static int visiting_party(const sentence_view *v, const pb_mention *m)
{
    for (uint32_t k = 0; m && k < v->s->n_tokens; k++) {
        const pb_token *t = &v->s->tokens[k];
        if (t->upos == PB_UPOS_ADJ && strcmp(v->lower[k], "visiting") == 0 &&
            t->head > (int)m->first && t->head <= (int)m->last + 1)
            return 1;
    }
    return 0;
}

/* A guest of the other party to an act at verb j ("Xi met visiting
 * Brazilian President Lula", "the visiting Chinese premier signed deals
 * with Kenya") visits that party's state (042), which hosts the guest
 * (emit adds the 043). */
static int code_guest(pb_doc *doc, const sentence_view *v, event_list *list,
                      size_t first_event, uint32_t sentence_no, uint32_t j,
                      const char *src, const pb_mention *ms, const char *tgt,
                      const pb_mention *mt)
{
    const char *guest = visiting_party(v, mt) ? tgt
                        : visiting_party(v, ms) ? src
                                                : NULL;
    const pb_mention *gm = guest == tgt ? mt : ms;
    const pb_mention *hm = guest == tgt ? ms : mt;
    char own[PB_STATE_CODE_LEN + 1];
    if (!guest || !hm || !mention_state(v, (size_t)(hm - v->mentions), own) ||
        strncmp(own, guest, PB_STATE_CODE_LEN) == 0)
        return 0;
    const char *host = state_with_agent(doc, own, "");
    if (!host)
        return -1;
    return emit(doc, v, list, first_event, sentence_no,
                pb_codebook_find(v->codebook, PB_VISIT_CODE),
                PB_MODE_ASSERTED, -1, j, guest, gm, host, hm);
}

/* Is a return (084, 0841) of people named by their nationality
 * ("sending Uyghurs back to China", "returned 200 Afghans") a deportation
 * (174)? Prisoners and goods sent back stay returns. */
static int deportation(const sentence_view *v, uint32_t j, const char *code)
{
    if (strncmp(code, "084", 3) != 0 || strcmp(code, "0842") == 0 ||
        !(word_is(v, j, "send") || word_is(v, j, "return")))
        return 0;
    /* the people right after the verb ("sent 40 Uyghurs back"), hung on
     * it or on its particle */
    for (uint32_t k = j + 1; k < v->s->n_tokens && k <= j + 3; k++) {
        const pb_token *t = &v->s->tokens[k];
        int h = t->head - 1;
        if (t->form && isupper((unsigned char)t->form[0]) &&
            (strcmp(t->xpos, "NNS") == 0 || strcmp(t->xpos, "NNPS") == 0) &&
            h >= 0 && ((uint32_t)h == j ||
                       v->s->tokens[h].head == (int)j + 1))
            return 1;
    }
    return 0;
}

/* Is a deployment (15) of forces to a state, the destination itself
 * named as the target, made to help it ("Rwanda sent 1,000 troops to
 * Mozambique to help fight insurgents", "… to support the government")?
 * Troops sent to help provide military protection (074); troops sent
 * "to the border with Ukraine", or with no such purpose, are a show of
 * force. */
static int deployment_in_aid(const sentence_view *v, uint32_t j,
                             const char *code, const pb_mention *mt)
{
    static const char *const to[] = {"to", NULL};
    static const char *const aims[] = {
        "help", "support", "assist", "protect", "train", "fight", "combat",
        "bolster", "reinforce", "secure", "stabilize", "stabilise",
        "restore", "defend", "guard", NULL};
    if (strncmp(code, "15", 2) != 0 || !mt ||
        strlen(mt->code) != PB_STATE_CODE_LEN)
        return 0;
    uint32_t dest = mt->last; /* the mention's head: "to Mozambique" */
    while (dest > mt->first && v->s->tokens[dest].head >= (int)mt->first + 1 &&
           v->s->tokens[dest].head <= (int)mt->last + 1)
        dest = (uint32_t)v->s->tokens[dest].head - 1;
    int on = v->s->tokens[dest].head - 1; /* on the verb or its object */
    if (on < 0 || !child_word(v, dest, "case", to) ||
        ((uint32_t)on != j && v->s->tokens[on].head != (int)j + 1))
        return 0;
    for (uint32_t k = j + 1; k < v->s->n_tokens; k++) {
        if (v->s->tokens[k].upos != PB_UPOS_VERB || !word_in(v, k, aims) ||
            !child_word(v, k, "mark", to))
            continue;
        /* "to help (fight)" on the verb, its object or its destination */
        int h = v->s->tokens[k].head - 1;
        for (int d = 0; h >= 0 && d < 3; d++, h = v->s->tokens[h].head - 1)
            if ((uint32_t)h == j)
                return 1;
    }
    return 0;
}

/* ---- the stage -------------------------------------------------------------- */

/* Is token j the "by" agent of a verb the tree coded ("was killed by a
 * US airstrike in Iraq")? An event noun there is that verb's act, not a
 * second event. */
static int agent_of_coded_verb(const sentence_view *v, uint32_t j,
                               const pb_tc_event *ev, size_t n_ev)
{
    static const char *const by[] = {"by", NULL};
    const pb_token *t = &v->s->tokens[j];
    if (t->head < 1 ||
        !(rel_starts(t, "obl:agent") ||
          (rel_starts(t, "obl") && child_word(v, j, "case", by))))
        return 0;
    for (size_t k = 0; k < n_ev; k++)
        if (ev[k].verb == (uint32_t)t->head - 1)
            return 1;
    return 0;
}

/* Is event noun j what a verb investigates ("Croatia is investigating war
 * crimes by Croatian extremists against Serb civilians")? Such acts are
 * alleged: the investigation is the event. */
static int investigated_act(const sentence_view *v, uint32_t j)
{
    static const char *const probing[] = {"investigate", "probe", "examine",
                                          "review", "study", NULL};
    j = phrase_head(v, j);
    const pb_token *t = &v->s->tokens[j];
    return rel_starts(t, "obj") && t->head >= 1 &&
           word_in(v, (uint32_t)t->head - 1, probing);
}

/* Is token j the object of an enacting verb the tree coded with an act
 * of its own ("Japan lodged a protest with China": 114)? The noun is that
 * act, no second one (a demonstration); but what a statement announces
 * is ("announced sanctions on Iran"). */
static int act_of_coded_verb(const sentence_view *v, uint32_t j,
                             const pb_tc_event *ev, size_t n_ev)
{
    j = phrase_head(v, j);
    const pb_token *t = &v->s->tokens[j];
    if (!rel_starts(t, "obj") || t->head < 1 ||
        !word_in(v, (uint32_t)t->head - 1, enacting))
        return 0;
    for (size_t k = 0; k < n_ev; k++)
        if (ev[k].verb == (uint32_t)t->head - 1 &&
            strncmp(ev[k].code, PB_TC_STATEMENT_ROOT, 2) != 0)
            return 1;
    return 0;
}

/* Verbs that report what a speaker said (own_denier,
 * closing_statement). */
static const char *const saying[] = {"said",    "says",   "told", "added",
                                     "insisted", "stated", NULL};

/* The speaker's mention when verb j, negated, is what a speaker of the
 * doer's own state says ("Israel's military said its troops did not
 * open fire"): a denial (016) of the act. NULL otherwise. */
static const pb_mention *own_denier(const sentence_view *v, uint32_t j,
                                    const char *doer)
{
    const pb_token *t = &v->s->tokens[j];
    if (!rel_starts(t, "ccomp") || t->head < 1 ||
        !word_in(v, (uint32_t)t->head - 1, saying))
        return NULL;
    for (uint32_t k = 0; k < v->s->n_tokens; k++) {
        const pb_token *s = &v->s->tokens[k];
        int m = v->mention_at[k];
        if (s->head != t->head || !rel_starts(s, "nsubj") || m < 0)
            continue;
        const char *who = v->mentions[m].code;
        return strlen(who) >= PB_STATE_CODE_LEN && strlen(doer) >= 3 &&
                       strncmp(who, doer, PB_STATE_CODE_LEN) == 0
                   ? &v->mentions[m]
                   : NULL;
    }
    return NULL;
}

/* The source of an arrest or a sentence in the passive that names no
 * one doing it ("Two journalists were detained in Iran"): the police
 * (COP), or for a sentence the courts (JUD) — also a sentence to prison,
 * which CAMEO codes as the detention (173) — of the state where it
 * happens, or of the target's state ("a Russian activist was jailed").
 * NULL when neither is known, or out of memory (doc->failed set). */
static const char *implied_authorities(pb_doc *doc, const sentence_view *v,
                                       uint32_t head, const char *code,
                                       const pb_mention *mt)
{
    const char *state = act_state(v, head);
    char own[PB_STATE_CODE_LEN + 1];
    if (!state && mt && strlen(mt->code) >= PB_STATE_CODE_LEN) {
        snprintf(own, sizeof own, "%.3s", mt->code);
        if (pb_lexicon_is_country(v->lex, own))
            state = own;
    }
    if (!state)
        return NULL;
    int court = strcmp(code, PB_TC_SENTENCE) == 0 ||
                word_is(v, head, "sentence");
    return state_with_agent(doc, state, court ? "JUD" : "COP");
}

/* "Ties with Algeria are at their lowest point, Morocco's foreign
 * minister said": a closing speaker whose reported clause reports no act
 * (no verb of an event pattern, with or without its target) makes a
 * statement (010) about the first actor of that clause. Only in a
 * sentence that coded nothing else; -1 out of memory. */
static int closing_statement(const pb_context *ctx, pb_doc *doc,
                             const sentence_view *v, event_list *list,
                             size_t first_event, uint32_t sentence_no,
                             const pb_tc_event *ev, size_t n_ev)
{
    if (list->n != first_event)
        return 0;
    for (uint32_t j = 1; j < v->s->n_tokens; j++) {
        const pb_token *t = &v->s->tokens[j];
        if (!word_in(v, j, saying))
            continue;
        /* the clause before: the speaker's head ("…, Japan said" as
         * parataxis) or its complement ("…, Japan said" as root) */
        long clause = -1;
        if (rel_starts(t, "parataxis") && t->head >= 1 &&
            (uint32_t)t->head - 1 < j)
            clause = t->head - 1;
        for (uint32_t k = 0; k < j && clause < 0; k++)
            if (v->s->tokens[k].head == (int)j + 1 &&
                rel_starts(&v->s->tokens[k], "ccomp"))
                clause = (long)k;
        int act = 0; /* "Israel attacked the camp, Egypt said": an act
                        reported, though with no target, is no statement */
        for (size_t k = 0; clause >= 0 && k < n_ev; k++)
            act |= ev[k].verb != j && within(v, ev[k].verb, (uint32_t)clause) &&
                   strncmp(ev[k].code, PB_TC_STATEMENT_ROOT, 2) != 0;
        if (clause < 0 || act)
            continue;
        /* a comma or quotation mark closes the clause before the speaker's
         * own words ("…, Morocco's foreign minister said") */
        int under = within(v, (uint32_t)clause, j); /* clause is j's */
        uint32_t b = j;
        while (b > 0 && v->s->tokens[b - 1].upos != PB_UPOS_PUNCT &&
               (under ? !within(v, b - 1, (uint32_t)clause)
                      : within(v, b - 1, j)))
            b--;
        if (b < 2 || !(word_is(v, b - 1, ",") ||
                       strchr("\"'`", v->lower[b - 1][0]) ||
                       (v->lower[b - 1][0] & 0x80)))
            continue;
        long ms = -1, mt = -1;
        for (uint32_t k = 0; k < v->s->n_tokens && ms < 0; k++)
            if (v->s->tokens[k].head == (int)j + 1 &&
                rel_starts(&v->s->tokens[k], "nsubj"))
                ms = v->mention_at[k] >= 0
                         ? v->mention_at[k]
                         : v->mention_at[phrase_head(v, k)];
        for (uint32_t k = 0; k < j && mt < 0; k++)
            if (v->mention_at[k] >= 0 && within(v, k, (uint32_t)clause) &&
                (within(v, j, (uint32_t)clause) ? !within(v, k, j) : 1))
                mt = v->mention_at[k];
        if (ms < 0 || mt < 0 || v->mentions[ms].is_agent_only ||
            v->mentions[mt].is_agent_only)
            continue;
        const pb_cameo_code *code = pb_codebook_find(ctx->codebook, "010");
        if (emit(doc, v, list, first_event, sentence_no, code,
                 PB_MODE_ASSERTED, -1, j, v->mentions[ms].code,
                 &v->mentions[ms], v->mentions[mt].code,
                 &v->mentions[mt]) != 0)
            return -1;
    }
    return 0;
}

static int code_sentence(const pb_context *ctx, pb_doc *doc, event_list *list,
                         pb_ww_doc *when_where, pb_coref *coref,
                         uint32_t sentence_no, const pb_sentence *s)
{
    sentence_view v = {.lex = ctx->lexicon, .codebook = ctx->codebook, .s = s};
    uint32_t n = s->n_tokens;
    pb_date date;
    v.lower = pb_arena_alloc(&doc->arena, n * sizeof *v.lower);
    v.lemma = pb_arena_alloc(&doc->arena, n * sizeof *v.lemma);
    v.mention_at = pb_arena_alloc(&doc->arena, n * sizeof *v.mention_at);
    if (!v.lower || !v.lemma || !v.mention_at)
        return -1;
    for (uint32_t i = 0; i < n; i++) {
        if (!(v.lower[i] = pb_lower(&doc->arena, s->tokens[i].form)))
            return -1;
        v.lemma[i] = s->tokens[i].lemma ? s->tokens[i].lemma : v.lower[i];
        v.mention_at[i] = -1;
    }
    /* The sentence's date expressions; `date` is its own date. */
    pb_ww_dates(when_where, s, v.lower, &v.when_where, &date);
    if (pb_actors_find(ctx->lexicon, s, v.lower, &date, &doc->arena,
                       &v.mentions, &v.n_mentions) != 0 ||
        pb_coref_sentence(coref, ctx->lexicon, s, v.lower, sentence_no,
                          &doc->arena, &v.mentions, &v.n_mentions) != 0)
        return -1;
    pb_tc_actor *actors =
        pb_arena_alloc(&doc->arena, (v.n_mentions + 1) * sizeof *actors);
    if (!actors)
        return -1;
    for (size_t k = 0; k < v.n_mentions; k++) {
        const pb_mention *m = &v.mentions[k];
        for (uint32_t i = m->first; i <= m->last; i++)
            v.mention_at[i] = (int)k;
        actors[k].first = m->first;
        actors[k].last = m->last;
        actors[k].code = m->code;
        actors[k].is_agent = m->is_agent_only;
        actors[k].takes_agents = !m->is_agent_only && strlen(m->code) == 3 &&
                                 pb_lexicon_is_country(ctx->lexicon, m->code);
    }
    pb_ww_places(when_where, ctx, s, v.lower, v.mentions, v.n_mentions,
                 v.mention_at, &v.when_where);
    uint8_t *place_names = pb_arena_alloc(&doc->arena, n ? n : 1); /* zeroed */
    if (!place_names)
        return -1;
    for (size_t i = 0; i < v.when_where.n_places; i++) {
        const pb_place_mention *pm = &v.when_where.places[i];
        if (pm->place->type != PB_PLACE_COUNTRY && pm->head < n)
            place_names[pm->head] = 1;
    }
    pb_tc_event *ev;
    size_t n_ev;
    if (pb_tree_code_mentions(ctx->coder_dict, s, actors, v.n_mentions,
                              place_names, &doc->arena, &ev, &n_ev) != 0)
        return -1;
    uint8_t *restated = pb_arena_alloc(&doc->arena, n_ev ? n_ev : 1);
    uint8_t *emitted = pb_arena_alloc(&doc->arena, n_ev ? n_ev : 1);
    long *toll_of =
        pb_arena_alloc(&doc->arena, (n_ev ? n_ev : 1) * sizeof *toll_of);
    if (!restated || !emitted || !toll_of)
        return -1;
    flag_restated_contents(&v, ev, n_ev, restated);
    fold_tolls(&v, ev, n_ev, toll_of);
    size_t first_event = list->n;
    /* the last word of an event noun matched so far: the words of a
     * longer noun pattern code nothing of their own */
    long covered = -1;
    /* Events in the order of their words: the tree's at each verb, then
     * an event noun's. */
    for (uint32_t j = 0; j < n; j++) {
        for (size_t k = 0; k < n_ev; k++) {
            const pb_tc_event *e = &ev[k];
            int implied = strcmp(e->target, PB_TC_IMPLIED_TARGET) == 0;
            int implied_source = strcmp(e->source, PB_TC_IMPLIED_SOURCE) == 0;
            /* "police dispersed the rally": those gathered; "Iran
             * blocked the internet": its public */
            int gathered = e->target_mention < 0 &&
                           (strcmp(e->target, PB_TC_GATHERED) == 0 ||
                            strcmp(e->target, PB_TC_PUBLIC) == 0);
            /* (a toll after an attack coded: that attack) */
            if (e->verb != j || restated[k] ||
                (toll_of[k] >= 0 && emitted[toll_of[k]]) ||
                (e->source_mention < 0 && !implied_source) ||
                (e->target_mention < 0 && !implied && !gathered) ||
                toll_of_attack_noun(&v, j, e->code) || sporting_win(&v, j))
                continue;
            int frame, mode = verb_mode(&v, j, e->negated, &frame);
            if (mode == PB_MODE_INTENDED && frame == PB_MODAL_INTEND &&
                foreseen_by_other(&v, j, e->source, e->target)) {
                mode = PB_MODE_HYPOTHETICAL;
                frame = -1;
            }
            const pb_mention *ms =
                implied_source ? NULL : &v.mentions[e->source_mention];
            const pb_mention *mt = implied || gathered
                                       ? NULL
                                       : &v.mentions[e->target_mention];
            const char *target = e->target;
            if (mt && weapon_launched(&v, j)) {
                /* "launched 400 drones at Ukraine": at Ukraine */
                long aim = aimed_at(&v, j);
                if (aim >= 0) {
                    mt = &v.mentions[aim];
                    target = mt->code;
                }
            }
            const char *source = e->source;
            if (implied_source &&
                !(source = implied_authorities(doc, &v, j, e->code, mt)))
                continue;
            const pb_tc_event *denied =
                mt ? own_act_denied(&v, j, e, ev, n_ev) : NULL;
            if (denied) {
                /* "Pakistan denied that its air force had struck targets
                 * inside Afghanistan": to the one the act was done to */
                mt = &v.mentions[denied->target_mention];
                target = denied->target;
            }
            const char *code = mt && (verbal_attack(&v, j, e->code, ms, mt) ||
                                      warning_about(&v, j, e->code, mt))
                                   ? PB_CRITICIZE_CODE
                               : warning_of_conditions(&v, j, e->code, mt)
                                   ? PB_STATEMENT_CODE
                               : dismissal_from_office(&v, j, e->code, mt)
                                   ? PB_REMOVE_CODE
                                   : e->code;
            int peacekeepers = peacekeepers_arrive(&v, j, code, ms);
            const char *economic;
            if (gathering_of_people(&v, j, code, source, ms))
                code = PB_DEMONSTRATE_CODE;
            else if (crowd_violence(&v, code, source, ms))
                code = PB_RIOT_CODE;
            else if (force_on_protesters(&v, j, code, source, mt))
                code = PB_REPRESS_CODE;
            else if (military_cooperation(code, source, target))
                code = PB_MILITARY_COOPERATION_CODE;
            else if (military_withdrawal(&v, j, code, source))
                code = PB_RETREAT_CODE;
            else if (peacekeepers || deployment_in_aid(&v, j, code, mt))
                code = PB_PEACEKEEPING_CODE;
            else if (deportation(&v, j, code))
                code = PB_DEPORT_CODE;
            else if (economic_restriction(&v, j, code))
                code = PB_SANCTION_CODE;
            else if (aerial_force(&v, j, code))
                code = PB_AIR_STRIKE_CODE;
            else if (assassination(&v, j, code))
                code = PB_ASSASSINATE_CODE;
            else if ((economic = monetary_aid(&v, j, code)))
                code = economic;
            else if (hosted_between(&v, j, code))
                code = PB_TC_MEDIATE;
            else if (welcomed_guest(&v, j, code))
                code = PB_HOST_CODE;
            size_t before = list->n;
            emitted[k] = 0;
            if (emit(doc, &v, list, first_event, sentence_no,
                     aimed(ctx, doc, &v, j,
                           pb_codebook_find(ctx->codebook, code)),
                     mode, frame, j, source, ms, target, mt) != 0)
                return -1;
            emitted[k] = list->n > before;
            const char *linked = linked_reverse(&v, j, code, peacekeepers);
            if (linked && mt &&
                emit(doc, &v, list, first_event, sentence_no,
                     pb_codebook_find(ctx->codebook, linked), mode, frame, j,
                     target, mt, source, ms) != 0)
                return -1;
            if (code_guest(doc, &v, list, first_event, sentence_no, j, source,
                           ms, target, mt) != 0)
                return -1;
            /* the act just coded (not its linked reverse), negated:
             * denied by its doer's own? */
            const pb_event *act =
                list->n > before ? &list->items[before] : NULL;
            /* (but "no longer sending" says it stopped, no denial) */
            static const char *const longer[] = {"longer", NULL};
            int ceased = child_word(&v, j, "advmod", longer);
            const pb_mention *denier =
                act && act->mode == PB_MODE_NEGATED && mt && !ceased
                    ? own_denier(&v, j, act->source.code)
                    : NULL;
            if (denier &&
                emit(doc, &v, list, first_event, sentence_no,
                     pb_codebook_find(ctx->codebook, PB_DENY_CODE),
                     PB_MODE_ASSERTED, -1, (uint32_t)v.s->tokens[j].head - 1,
                     denier->code, denier, act->target.code, mt) != 0)
                return -1;
        }
        uint32_t end = j;
        if ((long)j > covered &&
            (v.mention_at[j] < 0 || modifier_agent(&v, j)) &&
            !agent_of_coded_verb(&v, j, ev, n_ev) &&
            !act_of_coded_verb(&v, j, ev, n_ev) && !investigated_act(&v, j)) {
            if (code_noun(ctx, doc, &v, list, first_event, sentence_no, j,
                          ev, n_ev, &end) != 0)
                return -1;
            covered = (long)end;
        }
    }
    drop_sums_behind_aid_kinds(list, first_event);
    return closing_statement(ctx, doc, &v, list, first_event, sentence_no, ev,
                             n_ev);
}

int pb_coder_run(const pb_context *ctx, pb_doc *doc)
{
    event_list list = {0};
    pb_ww_doc when_where;
    pb_coref coref = {0};
    pb_ww_doc_init(&when_where, &doc->article_date);
    for (size_t i = 0; i < doc->n_sentences; i++) {
        if (code_sentence(ctx, doc, &list, &when_where, &coref,
                          (uint32_t)(i + 1), &doc->sentences[i]) != 0)
            return -1;
    }
    doc->events = list.items;
    doc->n_events = list.n;
    return 0;
}
