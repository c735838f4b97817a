/* coder.c — the first event coder: verb and event-noun patterns matched on
 * lemmas, with source and target taken from the actor mentions around them
 * (TABARI-style, on the token sequence). The tree-based coder replaces this
 * file behind the same pb_coder_run interface.
 *
 * For a verb pattern the source is the nearest actor before the verb and
 * the target the first actor after the pattern; for an event noun the
 * source is the possessor or adjacent actor ("Israel's air strike",
 * "Israeli air strike") or a "by" phrase, the target a prepositional object
 * ("on Syria"). Actors joined by "and" or commas act together. Words before
 * the verb set the mode (negated, intended, hypothetical).
 */
#include "coder.h"
#include "actors.h"
#include "codebook.h"
#include "lexicon.h"
#include "syntax.h"
#include "whenwhere.h"

#include <string.h>

#define PB_MODE_WINDOW 3     /* tokens before the head read for modality */
#define PB_NOUN_TARGET_WINDOW 4

typedef struct sentence_view {
    const pb_sentence *s;
    const char **lower;      /* lower-cased forms */
    const char **lemma;      /* lemmas (lower forms when untagged) */
    pb_mention *mentions;
    size_t n_mentions;
    int *mention_at;         /* token → mention index, -1 when none */
    pb_date date;            /* the date the sentence speaks of */
    pb_ww_sentence when_where; /* its dates and places (whenwhere.h) */
} sentence_view;

static int word_is(const sentence_view *v, uint32_t i, const char *w)
{
    return strcmp(v->lemma[i], w) == 0 || strcmp(v->lower[i], w) == 0;
}

static int pos_fits(const pb_token *t, int is_noun)
{
    if (!t->xpos[0])
        return 1; /* untagged: accept */
    return is_noun ? t->xpos[0] == 'N' : t->xpos[0] == 'V';
}

/* Matches pattern p with its head at token j; *end = last matched token. */
static int match_pattern(const sentence_view *v, const pb_pattern *p,
                         uint32_t j, uint32_t *end)
{
    if (!pos_fits(&v->s->tokens[j], p->is_noun))
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

/* The token of a mention whose head lies outside it (the phrase's head). */
static uint32_t mention_head(const sentence_view *v, const pb_mention *m)
{
    for (uint32_t i = m->first; i <= m->last; i++) {
        int h = v->s->tokens[i].head;
        if (h <= 0 || (uint32_t)(h - 1) < m->first || (uint32_t)(h - 1) > m->last)
            return i;
    }
    return m->last;
}

/* Are mentions a and b (a before b) conjuncts? On a parsed sentence, when
 * b's head is a `conj` of a token in a (so "the United States, and Beijing
 * accused" — two clauses — is not a compound); unparsed, when only "and",
 * "," or ", and" lies between them. */
static int coordinated(const sentence_view *v, const pb_mention *a,
                       const pb_mention *b)
{
    uint32_t from = a->last + 1, to = b->first;
    int lexical = (to - from == 1 && (word_is(v, from, "and") ||
                                      word_is(v, from, ","))) ||
                  (to - from == 2 && word_is(v, from, ",") &&
                   word_is(v, from + 1, "and"));
    if (!lexical)
        return 0;
    const pb_token *hb = &v->s->tokens[mention_head(v, b)];
    if (hb->head < 0)
        return 1; /* no tree: trust the words */
    uint32_t target = (uint32_t)(hb->head - 1);
    return hb->head > 0 && strcmp(pb_deprel_name(hb->deprel), "conj") == 0 &&
           target >= a->first && target <= a->last;
}

/* The group of coordinated mentions containing mention k: [*lo, *hi]. */
static void coordination(const sentence_view *v, size_t k, size_t *lo,
                         size_t *hi)
{
    *lo = *hi = k;
    while (*lo > 0 && coordinated(v, &v->mentions[*lo - 1], &v->mentions[*lo]))
        (*lo)--;
    while (*hi + 1 < v->n_mentions &&
           coordinated(v, &v->mentions[*hi], &v->mentions[*hi + 1]))
        (*hi)++;
}

static int codeable(const pb_mention *m)
{
    return !m->is_agent_only;
}

/* Index of the nearest codeable mention ending before token j, or -1. */
static long mention_before(const sentence_view *v, uint32_t j)
{
    for (size_t k = v->n_mentions; k-- > 0;)
        if (v->mentions[k].last < j && codeable(&v->mentions[k]))
            return (long)k;
    return -1;
}

/* Index of the first codeable mention starting in (from, limit], or -1. */
static long mention_after(const sentence_view *v, uint32_t from,
                          uint32_t limit)
{
    for (size_t k = 0; k < v->n_mentions; k++) {
        const pb_mention *m = &v->mentions[k];
        if (m->first > from && m->first <= limit && codeable(m))
            return (long)k;
    }
    return -1;
}

/* The codeable mention holding a dependent of token `head` whose relation
 * is one of `rels` — or, when that dependent is not an actor itself, an
 * actor modifying it ("officers of the People's Liberation Army"). */
static long dependent_mention(const sentence_view *v, uint32_t head,
                              const char *const *rels)
{
    const pb_token *t = v->s->tokens;
    for (uint32_t i = 0; i < v->s->n_tokens; i++) {
        if (t[i].head != (int)head + 1)
            continue;
        const char *rel = pb_deprel_name(t[i].deprel);
        int wanted = 0;
        for (const char *const *r = rels; *r && !wanted; r++)
            wanted = strcmp(rel, *r) == 0;
        if (!wanted)
            continue;
        int k = v->mention_at[i];
        if (k >= 0 && codeable(&v->mentions[k]))
            return k;
        for (uint32_t c = 0; c < v->s->n_tokens; c++) {
            k = v->mention_at[c];
            if (t[c].head == (int)i + 1 && k >= 0 &&
                codeable(&v->mentions[k]) &&
                strncmp(pb_deprel_name(t[c].deprel), "nmod", 4) == 0)
                return k;
        }
    }
    return -1;
}

/* Source and target of the verb at token j from the tree: the subject
 * (or passive agent) is the source, the object, oblique or passive subject
 * the target. A verb with no subject of its own — conjoined ("condemned
 * the strike and accused Israel") or a complement ("is due to leave") —
 * takes its governor's. Leaves -1 where the tree says nothing. */
static void tree_arguments(const sentence_view *v, uint32_t j, long *src,
                           long *tgt)
{
    static const char *const subjects[] = {"nsubj", "obl:agent", NULL};
    static const char *const objects[] = {"obj", "iobj", "nsubj:pass", "obl",
                                          NULL};
    *src = *tgt = -1;
    if (v->s->tokens[j].head < 0)
        return;
    *tgt = dependent_mention(v, j, objects);
    uint32_t verb = j;
    for (int climb = 0; climb < 4; climb++) {
        *src = dependent_mention(v, verb, subjects);
        const pb_token *t = &v->s->tokens[verb];
        const char *rel = pb_deprel_name(t->deprel);
        if (*src >= 0 || t->head <= 0 ||
            (strcmp(rel, "conj") != 0 && strcmp(rel, "xcomp") != 0))
            break;
        verb = (uint32_t)(t->head - 1);
    }
}

static int mode_before(const sentence_view *v, uint32_t j)
{
    static const char *const negators[] = {"not", "n't", "never", "no", NULL};
    static const char *const intenders[] = {"will", "'ll", "shall", "to",
                                            NULL};
    static const char *const hedges[] = {"may", "might", "could", "would",
                                         "should", "if", "can", NULL};
    for (uint32_t d = 1; d <= PB_MODE_WINDOW && d <= j; d++) {
        uint32_t i = j - d;
        if (v->mention_at[i] >= 0 || v->s->tokens[i].form[0] == ',')
            break;
        for (const char *const *w = negators; *w; w++)
            if (word_is(v, i, *w))
                return PB_MODE_NEGATED;
        for (const char *const *w = hedges; *w; w++)
            if (word_is(v, i, *w))
                return PB_MODE_HYPOTHETICAL;
        for (const char *const *w = intenders; *w; w++)
            if (word_is(v, i, *w))
                return PB_MODE_INTENDED;
    }
    return PB_MODE_ASSERTED;
}

static pb_actor_ref actor_ref(pb_doc *doc, const sentence_view *v,
                              const pb_mention *m)
{
    pb_actor_ref r;
    r.code = m->code;
    r.start = v->s->tokens[m->first].start;
    r.end = v->s->tokens[m->last].end;
    r.text = pb_arena_strndup(&doc->arena, doc->text + r.start, r.end - r.start);
    if (!r.text)
        doc->failed = 1;
    return r;
}

typedef struct event_list {
    pb_event *items;   /* arena-grown copy */
    size_t n, cap;
} event_list;

static int add_event(pb_doc *doc, event_list *list, size_t sentence_first,
                     const pb_event *e)
{
    for (size_t i = sentence_first; i < list->n; i++) {
        const pb_event *o = &list->items[i];
        if (o->code == e->code && strcmp(o->source.code, e->source.code) == 0 &&
            strcmp(o->target.code, e->target.code) == 0)
            return 0;
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

/* Emits one event per (source, target) pair of the two groups. */
static int emit_pairs(pb_doc *doc, const sentence_view *v, event_list *list,
                      size_t first_event, uint32_t sentence_no,
                      const pb_cameo_code *code, int mode, long src,
                      long tgt, uint32_t head)
{
    size_t slo, shi, tlo, thi;
    coordination(v, (size_t)src, &slo, &shi);
    coordination(v, (size_t)tgt, &tlo, &thi);
    for (size_t a = slo; a <= shi; a++) {
        for (size_t b = tlo; b <= thi; b++) {
            const pb_mention *ma = &v->mentions[a], *mb = &v->mentions[b];
            if (!codeable(ma) || !codeable(mb) || a == b ||
                strcmp(ma->code, mb->code) == 0)
                continue;
            pb_event e;
            memset(&e, 0, sizeof e);
            e.sentence = sentence_no;
            e.source = actor_ref(doc, v, ma);
            e.target = actor_ref(doc, v, mb);
            e.code = code;
            e.mode = (uint8_t)mode;
            pb_ww_event(&v->when_where, head, &e);
            if (doc->failed || add_event(doc, list, first_event, &e) != 0)
                return -1;
        }
    }
    return 0;
}

/* The source and target of an event noun spanning tokens [j, end]. */
static void noun_arguments(const sentence_view *v, uint32_t j, uint32_t end,
                           long *src, long *tgt)
{
    static const char *const preps[] = {"on", "against", "in", "at", "to",
                                        "with", "into", "over", NULL};
    *src = *tgt = -1;
    if (j >= 1 && v->mention_at[j - 1] >= 0)
        *src = v->mention_at[j - 1];
    else if (j >= 2 && word_is(v, j - 1, "'s") && v->mention_at[j - 2] >= 0)
        *src = v->mention_at[j - 2];
    uint32_t n = v->s->n_tokens;
    for (uint32_t i = end + 1; i < n && i <= end + PB_NOUN_TARGET_WINDOW; i++) {
        if (i + 1 < n && v->mention_at[i + 1] >= 0) {
            if (word_is(v, i, "by") && *src < 0)
                *src = v->mention_at[i + 1];
            for (const char *const *p = preps; *p; p++)
                if (word_is(v, i, *p) && *tgt < 0)
                    *tgt = v->mention_at[i + 1];
        }
    }
    if (*src >= 0 && !codeable(&v->mentions[*src]))
        *src = -1;
    if (*tgt >= 0 && !codeable(&v->mentions[*tgt]))
        *tgt = -1;
}

static int code_sentence(const pb_context *ctx, pb_doc *doc, event_list *list,
                         pb_ww_doc *when_where, uint32_t sentence_no,
                         const pb_sentence *s)
{
    sentence_view v = {.s = s};
    uint32_t n = s->n_tokens;
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
    /* The sentence's date expressions; v.date is its own date. */
    pb_ww_dates(when_where, s, v.lower, &v.when_where, &v.date);
    if (pb_actors_find(ctx->lexicon, s, v.lower, &v.date, &doc->arena,
                       &v.mentions, &v.n_mentions) != 0)
        return -1;
    for (size_t k = 0; k < v.n_mentions; k++)
        for (uint32_t i = v.mentions[k].first; i <= v.mentions[k].last; i++)
            v.mention_at[i] = (int)k;
    pb_ww_places(when_where, ctx, s, v.lower, v.mentions, v.n_mentions,
                 v.mention_at, &v.when_where);
    size_t first_event = list->n;
    for (uint32_t j = 0; j < n; j++) {
        if (v.mention_at[j] >= 0)
            continue;
        const pb_pattern *const *pats;
        size_t np = pb_lexicon_patterns(ctx->lexicon, v.lemma[j], &pats);
        for (size_t p = 0; p < np; p++) {
            uint32_t end;
            if (!match_pattern(&v, pats[p], j, &end))
                continue;
            const pb_cameo_code *code =
                pb_codebook_find(ctx->codebook, pats[p]->code);
            long src, tgt;
            if (pats[p]->is_noun) {
                noun_arguments(&v, j, end, &src, &tgt);
            } else {
                tree_arguments(&v, j, &src, &tgt);
                if (src < 0)
                    src = mention_before(&v, j);
                if (tgt < 0)
                    tgt = mention_after(&v, end, end + PB_MAX_TARGET_DISTANCE);
            }
            if (src >= 0 && tgt >= 0 &&
                emit_pairs(doc, &v, list, first_event, sentence_no, code,
                           mode_before(&v, j), src, tgt, j) != 0)
                return -1;
            break; /* the longest matching pattern wins */
        }
    }
    return 0;
}

int pb_coder_run(const pb_context *ctx, pb_doc *doc)
{
    event_list list = {0};
    pb_ww_doc when_where;
    pb_ww_doc_init(&when_where, &doc->article_date);
    for (size_t i = 0; i < doc->n_sentences; i++) {
        if (code_sentence(ctx, doc, &list, &when_where, (uint32_t)(i + 1),
                          &doc->sentences[i]) != 0)
            return -1;
    }
    doc->events = list.items;
    doc->n_events = list.n;
    return 0;
}
