/* parser.c — the transition-based dependency parser of the syntax stage:
 * the arc-hybrid transition system (root at the bottom of the stack, one
 * root arc made last), its dynamic oracle for training, the Zhang & Nivre
 * style feature templates for transitions and relations, projectivisation of
 * training trees, and greedy parsing with a loaded model (beam search is
 * in parser_beam.c).
 */
#include "syntax_int.h"

#include <string.h>

/* Feature values for missing positions and for the root. */
#define NONE_W 0x6e6f6e65ULL
#define ROOT_W 0x726f6f74ULL
#define NONE_T 0x4e4f4e45ULL
#define ROOT_T 0x524f4f54ULL

int pb_pconf_init(pb_pconf *c, uint32_t n, const uint64_t *word,
                  const uint64_t *tag, pb_arena *arena)
{
    memset(c, 0, sizeof *c);
    size_t m = (size_t)n + 2;
    c->n = n;
    c->stack = pb_arena_alloc(arena, m * sizeof *c->stack);
    c->head = pb_arena_alloc(arena, m * sizeof *c->head);
    c->label = pb_arena_alloc(arena, m * sizeof *c->label);
    c->lc1 = pb_arena_alloc(arena, m * sizeof *c->lc1);
    c->lc2 = pb_arena_alloc(arena, m * sizeof *c->lc2);
    c->rc1 = pb_arena_alloc(arena, m * sizeof *c->rc1);
    c->rc2 = pb_arena_alloc(arena, m * sizeof *c->rc2);
    c->nl = pb_arena_alloc(arena, m * sizeof *c->nl);
    c->nr = pb_arena_alloc(arena, m * sizeof *c->nr);
    c->lset = pb_arena_alloc(arena, m * sizeof *c->lset);
    c->rset = pb_arena_alloc(arena, m * sizeof *c->rset);
    if (!c->stack || !c->head || !c->label || !c->lc1 || !c->lc2 ||
        !c->rc1 || !c->rc2 || !c->nl || !c->nr || !c->lset || !c->rset)
        return -1;
    for (size_t i = 0; i < m; i++)
        c->head[i] = -1;
    c->stack[0] = 0;
    c->sp = 1;
    c->b = 1;
    c->word = word;
    c->tag = tag;
    return 0;
}

int pb_pconf_terminal(const pb_pconf *c)
{
    return c->b > (int)c->n && c->sp <= 1;
}

int pb_pconf_valid(const pb_pconf *c, int act)
{
    int buf = c->b <= (int)c->n;
    switch (act) {
    case PB_ACT_SHIFT:
        return buf;
    case PB_ACT_LEFT:
        return buf && c->sp >= 2;
    case PB_ACT_RIGHT:
        /* The root takes its one dependent only when all else is done. */
        return c->sp >= 3 || (c->sp == 2 && !buf);
    default:
        return 0;
    }
}

void pb_pconf_arc(const pb_pconf *c, int act, int *dep, int *head)
{
    *dep = c->stack[c->sp - 1];
    *head = act == PB_ACT_LEFT ? c->b : c->stack[c->sp - 2];
}

static void attach(pb_pconf *c, int h, int d, int rel)
{
    c->head[d] = h;
    c->label[d] = (uint8_t)rel;
    if (d < h) {
        if (c->lc1[h] == 0 || d < c->lc1[h]) {
            c->lc2[h] = c->lc1[h];
            c->lc1[h] = d;
        } else if (c->lc2[h] == 0 || d < c->lc2[h]) {
            c->lc2[h] = d;
        }
        if (c->nl[h] < PB_VALENCY_MAX)
            c->nl[h]++;
        c->lset[h] |= 1ULL << (rel & 63);
    } else {
        if (c->rc1[h] == 0 || d > c->rc1[h]) {
            c->rc2[h] = c->rc1[h];
            c->rc1[h] = d;
        } else if (c->rc2[h] == 0 || d > c->rc2[h]) {
            c->rc2[h] = d;
        }
        if (c->nr[h] < PB_VALENCY_MAX)
            c->nr[h]++;
        c->rset[h] |= 1ULL << (rel & 63);
    }
}

void pb_pconf_apply(pb_pconf *c, int act, int rel)
{
    if (act == PB_ACT_SHIFT) {
        c->stack[c->sp++] = c->b++;
        return;
    }
    int d, h;
    pb_pconf_arc(c, act, &d, &h);
    attach(c, h, d, rel);
    c->sp--;
}

int pb_pconf_cost(const pb_pconf *c, int act, const int *gold)
{
    int n = (int)c->n, b = c->b, cost = 0;
    if (act == PB_ACT_SHIFT) {
        /* b0 loses heads below s0 and dependents anywhere on the stack. */
        for (int i = 0; i < c->sp; i++) {
            int k = c->stack[i];
            if (i < c->sp - 1 && gold[b] == k)
                cost++;
            if (k > 0 && gold[k] == b)
                cost++;
        }
        return cost;
    }
    int s0 = c->stack[c->sp - 1];
    int s1 = c->sp >= 2 ? c->stack[c->sp - 2] : -1;
    int h = act == PB_ACT_LEFT ? b : s1;
    /* s0 loses its dependents still in the buffer … */
    for (int k = b; k <= n; k++)
        if (gold[k] == s0)
            cost++;
    /* … and its head, unless h is it or it was lost already. */
    int g = gold[s0];
    if (g != h && (g == s1 || g > b || (act == PB_ACT_RIGHT && g == b)))
        cost++;
    return cost;
}

/* ---- features ---------------------------------------------------------- */

static inline uint64_t W(const pb_pconf *c, int x)
{
    return x < 0 ? NONE_W : x == 0 ? ROOT_W : c->word[x];
}
static inline uint64_t T(const pb_pconf *c, int x)
{
    return x < 0 ? NONE_T : x == 0 ? ROOT_T : c->tag[x];
}
static inline uint64_t L(const pb_pconf *c, int x)
{
    return x <= 0 ? 0 : c->label[x];
}
static inline uint64_t WT(const pb_pconf *c, int x)
{
    return pb_mix64(W(c, x) ^ (T(c, x) * 0x9e3779b97f4a7c15ULL));
}
static inline int child(const int *a, int x)
{
    return x < 0 || a[x] == 0 ? -1 : a[x];
}
static inline uint64_t dist_bucket(int a, int b)
{
    if (a < 0 || b < 0)
        return 0;
    int d = a > b ? a - b : b - a;
    return d < 5 ? (uint64_t)d : d < 10 ? 5 : 6;
}

size_t pb_parser_features(const pb_pconf *c, uint64_t *out)
{
    int n = (int)c->n;
    int s0 = c->sp >= 1 ? c->stack[c->sp - 1] : -1;
    int s1 = c->sp >= 2 ? c->stack[c->sp - 2] : -1;
    int s2 = c->sp >= 3 ? c->stack[c->sp - 3] : -1;
    int b0 = c->b <= n ? c->b : -1;
    int b1 = c->b + 1 <= n ? c->b + 1 : -1;
    int b2 = c->b + 2 <= n ? c->b + 2 : -1;
    int s0l = child(c->lc1, s0), s0l2 = child(c->lc2, s0);
    int s0r = child(c->rc1, s0), s0r2 = child(c->rc2, s0);
    int b0l = child(c->lc1, b0), b0l2 = child(c->lc2, b0);
    int s1l = child(c->lc1, s1), s1r = child(c->rc1, s1);
    uint64_t s0w = W(c, s0), s0t = T(c, s0), s0wt = WT(c, s0);
    uint64_t s1w = W(c, s1), s1t = T(c, s1), s1wt = WT(c, s1);
    uint64_t b0w = W(c, b0), b0t = T(c, b0), b0wt = WT(c, b0);
    uint64_t b1t = T(c, b1), b2t = T(c, b2), s2t = T(c, s2);
    uint64_t d = dist_bucket(s0, b0), d10 = dist_bucket(s1, s0);
    uint64_t s0vl = s0 >= 0 ? c->nl[s0] : 0, s0vr = s0 >= 0 ? c->nr[s0] : 0;
    uint64_t b0vl = b0 >= 0 ? c->nl[b0] : 0;
    uint64_t s1vl = s1 >= 0 ? c->nl[s1] : 0, s1vr = s1 >= 0 ? c->nr[s1] : 0;
    uint64_t s0sl = s0 >= 0 ? c->lset[s0] : 0, s0sr = s0 >= 0 ? c->rset[s0] : 0;
    uint64_t b0sl = b0 >= 0 ? c->lset[b0] : 0, s1sr = s1 >= 0 ? c->rset[s1] : 0;
    uint64_t s0lt = T(c, s0l), s0rt = T(c, s0r), b0lt = T(c, b0l);
    size_t k = 0;
    uint32_t t = 1;
#define F(a, b, cc) (out[k++] = pb_feat3(t++, (a), (b), (cc)))
    /* single words */
    F(s0w, 0, 0); F(s0t, 0, 0); F(s0wt, 0, 0);
    F(s1w, 0, 0); F(s1t, 0, 0); F(s1wt, 0, 0);
    F(b0w, 0, 0); F(b0t, 0, 0); F(b0wt, 0, 0);
    F(W(c, b1), 0, 0); F(b1t, 0, 0); F(WT(c, b1), 0, 0);
    F(W(c, b2), 0, 0); F(b2t, 0, 0);
    F(W(c, s2), 0, 0); F(s2t, 0, 0);
    /* pairs */
    F(s0wt, b0wt, 0); F(s0wt, b0w, 0); F(s0w, b0wt, 0); F(s0wt, b0t, 0);
    F(s0t, b0wt, 0); F(s0w, b0w, 0); F(s0t, b0t, 0); F(b0t, b1t, 0);
    F(s1wt, s0wt, 0); F(s1w, s0w, 0); F(s1t, s0t, 0); F(s1t, s0w, 0);
    F(s1w, s0t, 0); F(s0w, b0t, b1t); F(b0w, b1t, 0); F(s1t, b0w, 0);
    /* three tags */
    F(b0t, b1t, b2t); F(s0t, b0t, b1t); F(s1t, s0t, b0t);
    F(s0t, s0lt, b0t); F(s0t, s0rt, b0t); F(s0t, b0t, b0lt);
    F(s1t, s0t, s0lt); F(s1t, T(c, s1r), s0t); F(s2t, s1t, s0t);
    F(s1t, s0t, s0rt); F(s1t, T(c, s1l), s0t);
    /* distance */
    F(s0w, d, 0); F(s0t, d, 0); F(b0w, d, 0); F(b0t, d, 0);
    F(s0w, b0w, d); F(s0t, b0t, d); F(s1t, s0t, d10); F(s1w, s0w, d10);
    F(s1wt, d10, 0); F(s0wt, d10, 0);
    /* valency */
    F(s0w, s0vr, 0); F(s0t, s0vr, 0); F(s0w, s0vl, 0); F(s0t, s0vl, 0);
    F(b0w, b0vl, 0); F(b0t, b0vl, 0); F(s1t, s1vr, 0); F(s1t, s1vl, 0);
    /* children */
    F(W(c, s0l), 0, 0); F(s0lt, 0, 0); F(L(c, s0l), 0, 0);
    F(W(c, s0r), 0, 0); F(s0rt, 0, 0); F(L(c, s0r), 0, 0);
    F(W(c, b0l), 0, 0); F(b0lt, 0, 0); F(L(c, b0l), 0, 0);
    F(W(c, s1r), 0, 0); F(T(c, s1r), 0, 0); F(L(c, s1r), 0, 0);
    F(T(c, s1l), 0, 0); F(L(c, s1l), 0, 0);
    /* second children */
    F(W(c, s0l2), 0, 0); F(T(c, s0l2), 0, 0); F(L(c, s0l2), 0, 0);
    F(W(c, s0r2), 0, 0); F(T(c, s0r2), 0, 0); F(L(c, s0r2), 0, 0);
    F(T(c, b0l2), 0, 0); F(L(c, b0l2), 0, 0);
    F(s0t, s0lt, T(c, s0l2)); F(s0t, s0rt, T(c, s0r2));
    F(b0t, b0lt, T(c, b0l2));
    /* relation sets */
    F(s0w, s0sr, 0); F(s0t, s0sr, 0); F(s0w, s0sl, 0); F(s0t, s0sl, 0);
    F(b0w, b0sl, 0); F(b0t, b0sl, 0); F(s1t, s1sr, 0);
    F(s0t, L(c, s0l), L(c, s0r)); F(s1t, s0t, s0sl);
    /* the s1 / s0 / b0 triangle that decides RIGHT against LEFT */
    F(s1w, s0t, b0t); F(s1t, s0w, b0t); F(s1t, s0t, b0w);
    F(s1t, b0t, dist_bucket(s1, b0)); F(s1t, s0t, b1t);
#undef F
    return k;
}

size_t pb_label_features(const pb_pconf *c, int dep, int head, uint64_t *out)
{
    int n = (int)c->n;
    uint64_t dir = dep < head ? 1 : 2;
    uint64_t dist = dist_bucket(dep, head);
    uint64_t hw = W(c, head), ht = T(c, head), dw = W(c, dep), dt = T(c, dep);
    int dl = child(c->lc1, dep), dr = child(c->rc1, dep);
    int dl2 = child(c->lc2, dep);
    uint64_t dlw = W(c, dl), dll = L(c, dl), drw = W(c, dr), drl = L(c, dr);
    uint64_t hset = dep < head ? c->lset[head] : c->rset[head];
    uint64_t tm1 = T(c, dep - 1 >= 1 ? dep - 1 : -1);
    uint64_t tp1 = T(c, dep + 1 <= n ? dep + 1 : -1);
    uint64_t hvl = c->nl[head], hvr = c->nr[head];
    size_t k = 0;
    uint32_t t = 200;
#define F(a, b, cc) (out[k++] = pb_feat3(t++, (a), (b), (cc)))
    F(0, 0, 0);
    F(hw, dir, 0); F(ht, dir, 0); F(dw, dir, 0); F(dt, dir, 0);
    F(hw, dt, dir); F(ht, dw, dir); F(ht, dt, dir); F(hw, dw, dir);
    F(dt, dir, dist); F(ht, dt, dist * 4 + dir);
    F(dt, c->lset[dep], 0); F(dt, c->rset[dep], 0);
    F(dt, dlw, dll); F(dt, dll, 0); F(dlw, dll, dir);
    F(ht, hset, dir); F(dt, ht, hset * 4 + dir);
    F(tm1, dt, dir); F(tp1, dt, dir);
    F(dt, drw, drl); F(dt, drl, 0);
    F(dw, ht, dir); F(hw, ht, dt);
    F(dt, c->nl[dep], c->nr[dep]); F(hw, dlw, dll);
    F(ht, dlw, dll); F(dt, dll, L(c, dl2));
    F(ht, dt, hvl * 256 + hvr); F(dt, dir, c->lset[dep] ^ (c->rset[dep] << 1));
    F(dw, dlw, 0); F(hw, dw, dt);
    F(ht, dt, tm1); F(ht, dt, tp1);
    F(dep == 1, dt, dir); F(dep == n, dt, dir);
#undef F
    return k;
}

/* ---- projectivisation --------------------------------------------------- */

/* 1 when h dominates x (h is x or one of its ancestors). */
static int dominates(const int *head, uint32_t n, int h, int x)
{
    for (uint32_t steps = 0; x > 0 && steps <= n; steps++) {
        if (x == h)
            return 1;
        x = head[x];
    }
    return x == h;
}

/* 1 when arc head[d] → d is projective. */
static int arc_projective(const int *head, uint32_t n, int d)
{
    int h = head[d];
    int lo = h < d ? h : d, hi = h < d ? d : h;
    for (int k = lo + 1; k < hi; k++)
        if (!dominates(head, n, h, k))
            return 0;
    return 1;
}

static int is_tree(const int *head, uint32_t n)
{
    int roots = 0;
    for (uint32_t i = 1; i <= n; i++) {
        if (head[i] < 0 || head[i] > (int)n || head[i] == (int)i)
            return 0;
        if (head[i] == 0)
            roots++;
        int x = (int)i;
        uint32_t steps = 0;
        while (x != 0 && steps++ <= n)
            x = head[x];
        if (x != 0)
            return 0;
    }
    return roots == 1;
}

int pb_tree_is_projective(const int *head, uint32_t n)
{
    for (uint32_t d = 1; d <= n; d++)
        if (!arc_projective(head, n, (int)d))
            return 0;
    return 1;
}

int pb_projectivize(int *head, uint32_t n)
{
    if (!is_tree(head, n))
        return -1;
    int lifts = 0;
    for (;;) {
        /* Lift the shortest non-projective arc to its grandparent. */
        int best = 0, best_len = 0;
        for (uint32_t d = 1; d <= n; d++) {
            if (arc_projective(head, n, (int)d))
                continue;
            int len = head[d] > (int)d ? head[d] - (int)d : (int)d - head[d];
            if (!best || len < best_len)
                best = (int)d, best_len = len;
        }
        if (!best)
            return lifts;
        head[best] = head[head[best]];
        lifts++;
    }
}

/* ---- parsing with a model ---------------------------------------------- */

uint64_t pb_parser_tag_value(const pb_token *t)
{
    return pb_hash_bytes(t->xpos, strnlen(t->xpos, PB_XPOS_SIZE)) ^
           ((uint64_t)t->upos * 0x9e3779b97f4a7c15ULL);
}

int pb_parser_label(const pb_syntax_model *m, const pb_pconf *c, int dep,
                    int head, int root, int fallback)
{
    if (head == 0)
        return root;
    uint64_t feats[PB_LABEL_MAX_FEATS];
    int32_t scores[PB_PERC_MAX_CLASSES];
    size_t nf = pb_label_features(c, dep, head, feats);
    pb_pmodel_score(&m->labels, feats, nf, scores);
    int best = -1;
    int nrel = pb_deprel_count();
    for (int r = 1; r < nrel && r < (int)m->labels.n_classes; r++) {
        if (r == root)
            continue;
        if (best < 0 || scores[r] > scores[best])
            best = r;
    }
    return best < 0 ? fallback : best;
}

int pb_parser_greedy(const pb_syntax_model *m, pb_token *tokens, uint32_t n,
                     const uint64_t *word, const uint64_t *tag,
                     pb_arena *arena)
{
    pb_pconf c;
    if (pb_pconf_init(&c, n, word, tag, arena) < 0)
        return -1;
    uint64_t feats[PB_PARSER_MAX_FEATS];
    int32_t scores[PB_PERC_MAX_CLASSES];
    int root = PB_REL_ROOT, dep = PB_REL_DEP;
    while (!pb_pconf_terminal(&c)) {
        /* A step with one valid action (the first shift, the arcs left
         * once the buffer is empty) needs no scores. */
        int best = -1, nvalid = 0;
        for (int a = 0; a < PB_ACT_COUNT; a++)
            if (pb_pconf_valid(&c, a))
                best = a, nvalid++;
        if (nvalid > 1) {
            size_t nf = pb_parser_features(&c, feats);
            pb_pmodel_score(&m->actions, feats, nf, scores);
            best = -1;
            for (int a = 0; a < PB_ACT_COUNT; a++)
                if (pb_pconf_valid(&c, a) &&
                    (best < 0 || scores[a] > scores[best]))
                    best = a;
        }
        int rel = 0;
        if (best != PB_ACT_SHIFT) {
            int d, h;
            pb_pconf_arc(&c, best, &d, &h);
            rel = pb_parser_label(m, &c, d, h, root, dep);
        }
        pb_pconf_apply(&c, best, rel);
    }
    for (uint32_t i = 1; i <= n; i++) {
        tokens[i - 1].head = (int16_t)c.head[i];
        tokens[i - 1].deprel = c.label[i];
    }
    return 0;
}

int pb_parser_run(const pb_syntax_model *m, pb_token *tokens, uint32_t n,
                  const uint64_t *word, const uint64_t *tag, pb_arena *arena)
{
    if (m->beam > 1)
        return pb_parser_beam(m, tokens, n, word, tag, (int)m->beam, arena);
    return pb_parser_greedy(m, tokens, n, word, tag, arena);
}

int pb_syntax_parse(const pb_syntax_model *m, pb_token *tokens, uint32_t n,
                    pb_arena *arena)
{
    if (n == 0)
        return 0;
    uint64_t *word = pb_arena_alloc(arena, ((size_t)n + 1) * sizeof *word);
    uint64_t *tag = pb_arena_alloc(arena, ((size_t)n + 1) * sizeof *tag);
    if (!word || !tag)
        return -1;
    for (uint32_t i = 0; i < n; i++) {
        pb_wordfeat wf;
        pb_wordfeat_compute(tokens[i].form, i == 0, &wf);
        word[i + 1] = wf.lower;
        tag[i + 1] = pb_parser_tag_value(&tokens[i]);
    }
    return pb_parser_run(m, tokens, n, word, tag, arena);
}
