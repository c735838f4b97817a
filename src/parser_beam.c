/* parser_beam.c — beam-search decoding for the arc-hybrid parser of the
 * syntax stage (Zhang & Nivre 2011), shared by the runtime and by global
 * max-violation training in tools/train-syntax.c. States are persistent
 * (Goldberg, Zhao & Huang 2013): each shares its stack of token records and
 * its history with the state it came from, so a step costs O(width).
 */
#include "syntax_int.h"

#include <string.h>

/* The attachments of one token as far as the features look: two outermost
 * children on each side with their relations, counts and relation sets. */
typedef struct kids {
    uint64_t lset, rset;
    int32_t lc1, lc2, rc1, rc2;
    uint8_t llc1, llc2, lrc1, lrc2, nl, nr;
} kids;

/* One stack entry; entries below the top are shared between states. */
typedef struct bnode {
    const struct bnode *below;  /* NULL under the root */
    kids k;
    int32_t tok;
} bnode;

struct pb_beam_state {
    const pb_beam_state *prev;  /* the state before the last action */
    const bnode *top;           /* s0 (the root entry when sp == 1) */
    kids bk;                    /* left children of the buffer front */
    double score;               /* sum of the action scores so far */
    int32_t sp, b;              /* stack depth incl. root; buffer front */
    int32_t dep, head;          /* arc of the last action (arcs only) */
    uint8_t act, rel, gold;
};

/* A candidate of the next beam: parent state, action and total score. */
typedef struct cand {
    double score;
    int parent, act;
} cand;

static void kids_attach(kids *k, int h, int d, int rel)
{
    if (d < h) {
        if (k->lc1 == 0 || d < k->lc1) {
            k->lc2 = k->lc1, k->llc2 = k->llc1;
            k->lc1 = d, k->llc1 = (uint8_t)rel;
        } else if (k->lc2 == 0 || d < k->lc2) {
            k->lc2 = d, k->llc2 = (uint8_t)rel;
        }
        if (k->nl < PB_VALENCY_MAX)
            k->nl++;
        k->lset |= 1ULL << (rel & 63);
    } else {
        if (k->rc1 == 0 || d > k->rc1) {
            k->rc2 = k->rc1, k->lrc2 = k->lrc1;
            k->rc1 = d, k->lrc1 = (uint8_t)rel;
        } else if (k->rc2 == 0 || d > k->rc2) {
            k->rc2 = d, k->lrc2 = (uint8_t)rel;
        }
        if (k->nr < PB_VALENCY_MAX)
            k->nr++;
        k->rset |= 1ULL << (rel & 63);
    }
}

/* Writes what the features read about token t into the view. */
static void put_kids(pb_pconf *c, int t, const kids *k)
{
    c->lc1[t] = k->lc1, c->lc2[t] = k->lc2;
    c->rc1[t] = k->rc1, c->rc2[t] = k->rc2;
    c->nl[t] = k->nl, c->nr[t] = k->nr;
    c->lset[t] = k->lset, c->rset[t] = k->rset;
    c->label[k->lc1] = k->llc1, c->label[k->lc2] = k->llc2;
    c->label[k->rc1] = k->lrc1, c->label[k->rc2] = k->lrc2;
}

/* Makes the view c show state s to the feature functions, which read only
 * the top three stack entries, the children of s0, s1 and b0, and sp/b. */
static void load_view(pb_pconf *c, const pb_beam_state *s)
{
    c->sp = s->sp;
    c->b = s->b;
    const bnode *x = s->top;
    for (int i = 1; i <= 3 && x; i++, x = x->below) {
        c->stack[s->sp - i] = x->tok;
        if (i <= 2)
            put_kids(c, x->tok, &x->k);
    }
    if (s->b <= (int)c->n)
        put_kids(c, s->b, &s->bk);
}

/* Fills *to with parent + act; for arcs the view must show the parent. */
static int apply(const pb_beam_scorer *sc, pb_pconf *view,
                 const pb_beam_state *p, int act, pb_beam_state *to,
                 pb_arena *arena)
{
    *to = *p;
    to->prev = p;
    to->act = (uint8_t)act;
    to->rel = 0;
    if (act == PB_ACT_SHIFT) {
        bnode *nd = pb_arena_alloc(arena, sizeof *nd);
        if (!nd)
            return -1;
        nd->below = p->top;
        nd->k = p->bk;
        nd->tok = p->b;
        memset(&to->bk, 0, sizeof to->bk);
        to->top = nd;
        to->sp++;
        to->b++;
        return 0;
    }
    int d, h;
    pb_pconf_arc(view, act, &d, &h);
    int rel = sc->label(sc->ctx, view, d, h);
    to->dep = d, to->head = h, to->rel = (uint8_t)rel;
    to->sp--;
    if (act == PB_ACT_LEFT) {
        kids_attach(&to->bk, h, d, rel);
        to->top = p->top->below;
        return 0;
    }
    bnode *nd = pb_arena_alloc(arena, sizeof *nd);
    if (!nd)
        return -1;
    *nd = *p->top->below;
    kids_attach(&nd->k, h, d, rel);
    to->top = nd;
    return 0;
}

/* Inserts c into top[0..*nt-1], sorted by score, best first, at most width
 * long. Candidates arrive in (parent, action) order and an equal score does
 * not overtake, so ties go to the earlier one as in greedy decoding. */
static void keep_best(cand *top, int *nt, int width, cand c)
{
    int i = *nt;
    if (i == width) {
        if (!(c.score > top[width - 1].score))
            return;
        i--;
    } else {
        (*nt)++;
    }
    while (i > 0 && c.score > top[i - 1].score) {
        top[i] = top[i - 1];
        i--;
    }
    top[i] = c;
}

const pb_beam_state *pb_beam_search(const pb_beam_scorer *sc, uint32_t n,
                                    const uint64_t *word, const uint64_t *tag,
                                    int width, const int *gold,
                                    const pb_beam_state **best,
                                    uint8_t *gold_in, pb_arena *arena)
{
    if (width < 1)
        width = 1;
    if (width > PB_BEAM_MAX)
        width = PB_BEAM_MAX;
    pb_pconf view;
    bnode *root = pb_arena_alloc(arena, sizeof *root);
    pb_beam_state *cur = pb_arena_alloc(arena, sizeof *cur);
    cand *top = pb_arena_alloc(arena, (size_t)width * sizeof *top);
    if (!root || !cur || !top ||
        pb_pconf_init(&view, n, word, tag, arena) < 0)
        return NULL;
    cur->top = root;
    cur->sp = 1;
    cur->b = 1;
    cur->gold = 1;
    int ncur = 1;
    uint64_t feats[PB_PARSER_MAX_FEATS];
    double scores[PB_ACT_COUNT];
    for (uint32_t t = 0; t < 2 * n; t++) {
        int nt = 0;
        for (int i = 0; i < ncur; i++) {
            load_view(&view, &cur[i]);
            size_t nf = pb_parser_features(&view, feats);
            sc->actions(sc->ctx, feats, nf, scores);
            for (int a = 0; a < PB_ACT_COUNT; a++)
                if (pb_pconf_valid(&view, a))
                    keep_best(top, &nt, width,
                              (cand){cur[i].score + scores[a], i, a});
        }
        pb_beam_state *next = pb_arena_alloc(arena, (size_t)nt * sizeof *next);
        if (!next)
            return NULL;
        uint8_t any_gold = 0;
        for (int j = 0; j < nt; j++) {
            const pb_beam_state *p = &cur[top[j].parent];
            if (top[j].act != PB_ACT_SHIFT)
                load_view(&view, p);
            if (apply(sc, &view, p, top[j].act, &next[j], arena) < 0)
                return NULL;
            next[j].score = top[j].score;
            next[j].gold = p->gold && gold && top[j].act == gold[t];
            any_gold |= next[j].gold;
        }
        if (best)
            best[t + 1] = &next[0];
        if (gold_in)
            gold_in[t + 1] = any_gold;
        cur = next;
        ncur = nt;
    }
    return &cur[0];
}

double pb_beam_score(const pb_beam_state *s)
{
    return s->score;
}

int pb_beam_is_gold(const pb_beam_state *s)
{
    return s->gold;
}

int pb_beam_path(const pb_beam_state *s, int *acts, int *rels)
{
    int steps = 0;
    for (const pb_beam_state *x = s; x->prev; x = x->prev)
        steps++;
    int i = steps;
    for (const pb_beam_state *x = s; x->prev; x = x->prev) {
        i--;
        acts[i] = x->act;
        rels[i] = x->rel;
    }
    return steps;
}

/* ---- decoding with a loaded model -------------------------------------- */

typedef struct runtime {
    const pb_syntax_model *m;
    int root, fallback;
} runtime;

static void runtime_actions(void *ctx, const uint64_t *feats, size_t nf,
                            double *scores)
{
    const runtime *r = ctx;
    int32_t s[PB_ACT_COUNT];
    pb_pmodel_score(&r->m->actions, feats, nf, s);
    for (int a = 0; a < PB_ACT_COUNT; a++)
        scores[a] = s[a];
}

static int runtime_label(void *ctx, const pb_pconf *c, int dep, int head)
{
    const runtime *r = ctx;
    return pb_parser_label(r->m, c, dep, head, r->root, r->fallback);
}

int pb_parser_beam(const pb_syntax_model *m, pb_token *tokens, uint32_t n,
                   const uint64_t *word, const uint64_t *tag, int width,
                   pb_arena *arena)
{
    runtime r = {m, PB_REL_ROOT, PB_REL_DEP};
    pb_beam_scorer sc = {runtime_actions, runtime_label, &r};
    const pb_beam_state *s =
        pb_beam_search(&sc, n, word, tag, width, NULL, NULL, NULL, arena);
    if (!s)
        return -1;
    for (; s->prev; s = s->prev) {
        if (s->act == PB_ACT_SHIFT)
            continue;
        tokens[s->dep - 1].head = (int16_t)s->head;
        tokens[s->dep - 1].deprel = s->rel;
    }
    return 0;
}
