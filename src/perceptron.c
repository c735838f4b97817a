/* perceptron.c — the averaged perceptron behind the tagger and the parser,
 * and the immutable string tables of the lemmatizer and tag dictionary.
 * Training keeps exact 64-bit feature keys and dense rows; finishing averages,
 * prunes and quantises the weights into compact sparse rows that the runtime
 * reads straight from the model file, with a fingerprint filter per table
 * built at load time to skip most lookups of absent keys. Part of the
 * syntax stage.
 */
/* madvise and MADV_HUGEPAGE are not POSIX (pb_huge_alloc). */
#define _DEFAULT_SOURCE
#include "syntax_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Table capacity of a training classifier when it is created. */
#define PTRAIN_INITIAL_CAP (1u << 16)
/* Quantised weights use this many magnitude bits (sums of PB_PARSER_MAX_FEATS
 * such weights must fit an int32). */
#define QUANT_MAX ((1 << 22) - 1)

/* Bytes of a transparent huge page on x86-64 (and most 64-bit Linux). */
#define HUGE_PAGE_BYTES ((size_t)2 << 20)

void *pb_huge_alloc(size_t size)
{
#ifdef MADV_HUGEPAGE
    size_t len = ((size ? size : 1) + HUGE_PAGE_BYTES - 1) &
                 ~(HUGE_PAGE_BYTES - 1);
    void *p = NULL;
    if (posix_memalign(&p, HUGE_PAGE_BYTES, len) != 0)
        return NULL;
    (void)madvise(p, len, MADV_HUGEPAGE); /* only advice: may be refused */
    return p;
#else
    return malloc(size ? size : 1);
#endif
}

uint64_t pb_hash_bytes(const void *data, size_t len)
{
    const unsigned char *p = data;
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return pb_mix64(h ^ len);
}

/* ---- runtime ---------------------------------------------------------- */

/* A sparse row entry packs the class in its low bits. */
#define ROW_CLASS_BITS 8
#define ROW_CLASS_MASK ((1 << ROW_CLASS_BITS) - 1)
/* Rows are decoded with >> on negative values, which C leaves to the
 * implementation; every compiler we build with shifts arithmetically. */
_Static_assert((-(1 << ROW_CLASS_BITS) >> ROW_CLASS_BITS) == -1,
               "signed right shift must be arithmetic");

/* Lookup helpers inlined by force: the dense probe so that the slot width
 * is a constant in the scoring loop (-O2 would keep one generic out-of-line
 * copy), the prefetches because GCC deems a call that only prefetches free
 * of effects and drops it. */
#define PROBE_INLINE static inline __attribute__((always_inline))

/* ---- fingerprint filter ----
 * A lookup of a key the table lacks walks to the end of its cluster, the
 * longest walks there are (the parser's transition table is two-thirds
 * full). Every table therefore gets, at load time, a blocked Bloom filter
 * over the fingerprints its slots hold: a key whose fingerprint it rules
 * out cannot match any slot, so skipping its probe returns exactly what the
 * probe would. One 64-bit block per fingerprint keeps the test to one load
 * from an array small enough to stay cached. */

/* Filter bits per stored fingerprint (before rounding the block count up to
 * a power of two), and bits set per fingerprint. */
#define FILTER_BITS_PER_KEY 16
#define FILTER_PROBES 2
#define FILTER_PROBE_BITS 6
/* Most blocks a filter has: the block number is 24 bits of a product. */
#define FILTER_MAX_BLOCKS ((size_t)1 << 24)

/* A fingerprint's place in the filter: a block and the bits it sets. */
typedef struct filter_pos {
    uint32_t block;
    uint64_t bits;
} filter_pos;

/* The multiplier's high product bits mix every fingerprint bit: the block
 * comes from the top 24 bits, the bit numbers from the 24 below them. */
static inline filter_pos filter_place(const pb_pmodel *m, uint32_t fp)
{
    uint64_t h = (uint64_t)fp * 0x9e3779b97f4a7c15ULL;
    filter_pos p = {(uint32_t)(h >> 40) & m->filter_mask, 0};
    for (int k = 0; k < FILTER_PROBES; k++)
        p.bits |= 1ULL << ((h >> (16 + FILTER_PROBE_BITS * k)) & 63);
    return p;
}

/* Fingerprint word of key as its slots store it. */
static inline uint32_t key_fingerprint(const pb_pmodel *m, uint64_t key)
{
    return (uint32_t)(key >> 32) | (m->dense ? 1u : 0u);
}

int pb_pmodel_build_filter(pb_pmodel *m)
{
    free(m->filter);
    m->filter = NULL;
    m->filter_mask = 0;
    if (!m->slots)
        return 0;
    size_t nslots = (size_t)m->slot_mask + 1, used = 0;
    size_t sw = PB_PMODEL_SLOT_WORDS(m), usedw = m->dense ? 0 : 1;
    for (size_t i = 0; i < nslots; i++)
        used += m->slots[sw * i + usedw] != 0;
    size_t blocks = 1;
    while (blocks * 64 < used * FILTER_BITS_PER_KEY &&
           blocks < FILTER_MAX_BLOCKS)
        blocks *= 2;
    /* A filter of a huge page or more is probed like the tables. */
    size_t bytes = blocks * sizeof(uint64_t);
    uint64_t *filter = bytes >= HUGE_PAGE_BYTES ? pb_huge_alloc(bytes)
                                                : malloc(bytes);
    if (!filter)
        return -1;
    memset(filter, 0, bytes);
    m->filter_mask = (uint32_t)(blocks - 1);
    for (size_t i = 0; i < nslots; i++) {
        const uint32_t *slot = m->slots + sw * i;
        if (slot[usedw] == 0)
            continue;
        filter_pos p = filter_place(m, slot[0]);
        filter[p.block] |= p.bits;
    }
    m->filter = filter;
    return 0;
}

/* Both layouts probe linearly: a lookup walks from the key's home slot to
 * the first slot that holds its fingerprint or is empty. In the parser's
 * two-thirds full transition table the walks are of unpredictable length,
 * and a branch per slot mispredicts on most lookups, so there the first
 * PROBE_WINDOW slots are tested together without branches and only the few
 * longer walks loop. The sparse tables, under half full, keep the plain
 * walk, which measured faster for them. */
#define PROBE_WINDOW 4

/* 1 when a dense slot whose fingerprint word is w (0 = empty) ends a probe
 * for fingerprint fp. */
static inline unsigned ends_probe(uint32_t w, uint32_t fp)
{
    return (unsigned)(w == fp) | (unsigned)(w == 0);
}

/* Index of the slot where the probe for fp from home stops in an
 * inline-weight table of sw-word slots. The table always has an empty
 * slot, so the walk ends. */
PROBE_INLINE uint32_t dense_probe(const pb_pmodel *m, size_t sw,
                                  uint32_t home, uint32_t fp)
{
    const uint32_t *s = m->slots;
    uint32_t mask = m->slot_mask;
    _Static_assert(PROBE_WINDOW == 4, "the window below tests four slots");
    unsigned ends = ends_probe(s[sw * home], fp) |
                    ends_probe(s[sw * ((home + 1) & mask)], fp) << 1 |
                    ends_probe(s[sw * ((home + 2) & mask)], fp) << 2 |
                    ends_probe(s[sw * ((home + 3) & mask)], fp) << 3;
    if (ends)
        return (home + (uint32_t)__builtin_ctz(ends)) & mask;
    uint32_t i = (home + PROBE_WINDOW) & mask;
    while (!ends_probe(s[sw * i], fp))
        i = (i + 1) & mask;
    return i;
}

/* Starts loading the slots of the first PROBE_WINDOW of key's walk. */
PROBE_INLINE void prefetch_window(const pb_pmodel *m, size_t sw, uint64_t key)
{
    uint32_t home = (uint32_t)key & m->slot_mask;
    __builtin_prefetch(&m->slots[sw * home]);
    __builtin_prefetch(
        &m->slots[sw * ((home + PROBE_WINDOW - 1) & m->slot_mask)]);
}

/* A row of no entries, for keys the table does not hold. */
static const int32_t EMPTY_ROW[1] = {0};

static inline const int32_t *pmodel_row(const pb_pmodel *m, uint64_t key)
{
    uint32_t i = (uint32_t)key & m->slot_mask;
    uint32_t fp = (uint32_t)(key >> 32);
    for (;;) {
        uint32_t off = m->slots[2 * (size_t)i + 1];
        if (off == 0)
            return EMPTY_ROW;
        if (m->slots[2 * (size_t)i] == fp)
            return m->rows + (off - 1);
        i = (i + 1) & m->slot_mask;
    }
}

/* Slot of key in an inline-weight table of slot width sw: the slot holding
 * its weights, or an empty one (fingerprint word 0). */
static inline const uint32_t *dense_slot(const pb_pmodel *m, size_t sw,
                                         uint64_t key)
{
    uint32_t i = dense_probe(m, sw, (uint32_t)key & m->slot_mask,
                             (uint32_t)(key >> 32) | 1u);
    return m->slots + sw * i;
}

/* Weight of class c in a slot from dense_slot, 0 when it is empty; masked
 * rather than branched on, as hits and misses do not follow a pattern. */
static inline int32_t slot_weight(const uint32_t *slot, uint32_t c)
{
    int32_t hit = -(int32_t)(slot[0] != 0);
    return (int32_t)slot[1 + c] & hit;
}

/* Features scored in one batch; longer lists are scored in several. */
#define SCORE_BATCH 128

/* Classes of the parser's transition classifier, the dense table scored
 * once per parser step: its slot width is a constant and its sums stay in
 * registers. */
#define DENSE3_CLASSES 3
_Static_assert(DENSE3_CLASSES <= PB_PERC_DENSE_MAX, "dense3 must be dense");

/* Pass one of scoring: starts loading the filter block of every key and
 * keeps its place in pos. */
PROBE_INLINE void prefetch_filter(const pb_pmodel *m, const uint64_t *feats,
                                  size_t nf, filter_pos *pos)
{
    for (size_t i = 0; i < nf; i++) {
        pos[i] = filter_place(m, key_fingerprint(m, feats[i]));
        __builtin_prefetch(&m->filter[pos[i].block]);
    }
}

/* Passes one and two: copies to keep the keys that the filter lets through
 * (all of them when the table has none) and starts loading their probe
 * windows; returns how many. The filter is read only once every block has
 * been asked for, so that a key it rules out costs no load of the table:
 * the loads in flight, not the instructions, bound the scoring. */
PROBE_INLINE size_t keep_keys(const pb_pmodel *m, size_t sw,
                              const uint64_t *feats, size_t nf,
                              uint64_t *keep)
{
    size_t nk = 0;
    if (!m->filter) {
        for (size_t i = 0; i < nf; i++) {
            keep[nk++] = feats[i];
            prefetch_window(m, sw, feats[i]);
        }
        return nk;
    }
    filter_pos pos[SCORE_BATCH];
    prefetch_filter(m, feats, nf, pos);
    for (size_t i = 0; i < nf; i++) {
        if ((m->filter[pos[i].block] & pos[i].bits) != pos[i].bits)
            continue;
        keep[nk++] = feats[i];
        prefetch_window(m, sw, feats[i]);
    }
    return nk;
}

/* Inline-weight classifiers: the keys the filter lets through are probed
 * and their weights added. */
static void score_dense(const pb_pmodel *m, const uint64_t *feats, size_t nf,
                        int32_t *scores)
{
    size_t sw = 1 + (size_t)m->n_classes;
    uint64_t keep[SCORE_BATCH];
    size_t nk = keep_keys(m, sw, feats, nf, keep);
    if (m->n_classes == DENSE3_CLASSES) {
        int32_t s0 = 0, s1 = 0, s2 = 0;
        for (size_t i = 0; i < nk; i++) {
            const uint32_t *slot = dense_slot(m, 1 + DENSE3_CLASSES, keep[i]);
            s0 += slot_weight(slot, 0);
            s1 += slot_weight(slot, 1);
            s2 += slot_weight(slot, 2);
        }
        scores[0] += s0;
        scores[1] += s1;
        scores[2] += s2;
        return;
    }
    for (size_t i = 0; i < nk; i++) {
        const uint32_t *slot = dense_slot(m, sw, keep[i]);
        for (uint32_t c = 0; c < m->n_classes; c++)
            scores[c] += slot_weight(slot, c);
    }
}

void pb_pmodel_score(const pb_pmodel *m, const uint64_t *feats, size_t nf,
                     int32_t *scores)
{
    memset(scores, 0, m->n_classes * sizeof *scores);
    if (!m->slots)
        return;
    const int32_t *rows[SCORE_BATCH];
    uint64_t keep[SCORE_BATCH];
    while (nf > 0) {
        size_t nb = nf < SCORE_BATCH ? nf : SCORE_BATCH;
        if (m->dense) {
            score_dense(m, feats, nb, scores);
            feats += nb;
            nf -= nb;
            continue;
        }
        /* Passes so the memory loads of all features overlap: filter
         * blocks, then slots, then rows; then add. */
        size_t nk = keep_keys(m, 2, feats, nb, keep);
        for (size_t i = 0; i < nk; i++) {
            rows[i] = pmodel_row(m, keep[i]);
            __builtin_prefetch(rows[i]);
        }
        for (size_t i = 0; i < nk; i++) {
            const int32_t *row = rows[i];
            int32_t cnt = row[0];
            /* e = weight * 256 + class with 0 <= class < 256, so the
             * arithmetic shift is exactly the weight (and cheaper than the
             * rounding-towards-zero division the compiler must emit).
             * Two entries per iteration halve the loop overhead. */
            int32_t j = 1;
            for (; j < cnt; j += 2) {
                int32_t e = row[j], f = row[j + 1];
                scores[e & ROW_CLASS_MASK] += e >> ROW_CLASS_BITS;
                scores[f & ROW_CLASS_MASK] += f >> ROW_CLASS_BITS;
            }
            if (j == cnt)
                scores[row[j] & ROW_CLASS_MASK] += row[j] >> ROW_CLASS_BITS;
        }
        feats += nb;
        nf -= nb;
    }
}

void pb_pmodel_free(pb_pmodel *m)
{
    if (!m)
        return;
    if (m->own) {
        free((void *)m->slots);
        free((void *)m->rows);
    }
    free(m->filter);
    memset(m, 0, sizeof *m);
}

/* ---- training --------------------------------------------------------- */

int pb_ptrain_init(pb_ptrain *t, uint32_t n_classes)
{
    memset(t, 0, sizeof *t);
    if (n_classes == 0 || n_classes > PB_PERC_MAX_CLASSES)
        return -1;
    t->n_classes = n_classes;
    t->cap = PTRAIN_INITIAL_CAP;
    t->keys = calloc(t->cap, sizeof *t->keys);
    t->row_of = calloc(t->cap, sizeof *t->row_of);
    t->step = 1;
    if (!t->keys || !t->row_of) {
        pb_ptrain_free(t);
        return -1;
    }
    return 0;
}

void pb_ptrain_free(pb_ptrain *t)
{
    free(t->keys);
    free(t->row_of);
    free(t->w);
    free(t->u);
    memset(t, 0, sizeof *t);
}

static long ptrain_find(const pb_ptrain *t, uint64_t key)
{
    size_t mask = t->cap - 1;
    for (size_t i = (size_t)key & mask;; i = (i + 1) & mask) {
        if (t->keys[i] == 0)
            return -1;
        if (t->keys[i] == key)
            return (long)t->row_of[i];
    }
}

static int ptrain_grow(pb_ptrain *t)
{
    size_t ncap = t->cap * 2;
    uint64_t *nk = calloc(ncap, sizeof *nk);
    uint32_t *nr = calloc(ncap, sizeof *nr);
    if (!nk || !nr) {
        free(nk);
        free(nr);
        return -1;
    }
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->keys[i])
            continue;
        size_t j = (size_t)t->keys[i] & (ncap - 1);
        while (nk[j])
            j = (j + 1) & (ncap - 1);
        nk[j] = t->keys[i];
        nr[j] = t->row_of[i];
    }
    free(t->keys);
    free(t->row_of);
    t->keys = nk;
    t->row_of = nr;
    t->cap = ncap;
    return 0;
}

/* Row of key, created (zeroed) when missing; -1 on OOM. */
static long ptrain_row(pb_ptrain *t, uint64_t key)
{
    if ((t->count + 1) * 4 > t->cap * 3 && ptrain_grow(t) < 0)
        return -1;
    size_t mask = t->cap - 1, i = (size_t)key & mask;
    while (t->keys[i]) {
        if (t->keys[i] == key)
            return (long)t->row_of[i];
        i = (i + 1) & mask;
    }
    if (t->count == t->rows_cap) {
        size_t ncap = t->rows_cap ? t->rows_cap * 2 : 4096;
        float *nw = realloc(t->w, ncap * t->n_classes * sizeof *nw);
        if (!nw)
            return -1;
        t->w = nw;
        double *nu = realloc(t->u, ncap * t->n_classes * sizeof *nu);
        if (!nu)
            return -1;
        t->u = nu;
        t->rows_cap = ncap;
    }
    size_t r = t->count++;
    memset(t->w + r * t->n_classes, 0, t->n_classes * sizeof *t->w);
    memset(t->u + r * t->n_classes, 0, t->n_classes * sizeof *t->u);
    t->keys[i] = key;
    t->row_of[i] = (uint32_t)r;
    return (long)r;
}

void pb_ptrain_score(const pb_ptrain *t, const uint64_t *feats, size_t nf,
                     float *scores)
{
    memset(scores, 0, t->n_classes * sizeof *scores);
    for (size_t i = 0; i < nf; i++) {
        long r = ptrain_find(t, feats[i]);
        if (r < 0)
            continue;
        const float *w = t->w + (size_t)r * t->n_classes;
        for (uint32_t c = 0; c < t->n_classes; c++)
            scores[c] += w[c];
    }
}

int pb_ptrain_add(pb_ptrain *t, const uint64_t *feats, size_t nf, int cls,
                  float delta)
{
    for (size_t i = 0; i < nf; i++) {
        long r = ptrain_row(t, feats[i]);
        if (r < 0)
            return -1;
        size_t j = (size_t)r * t->n_classes + (size_t)cls;
        t->w[j] += delta;
        t->u[j] += (double)delta * (double)t->step;
    }
    return 0;
}

int pb_ptrain_update(pb_ptrain *t, const uint64_t *feats, size_t nf, int good,
                     int bad)
{
    if (good == bad)
        return 0;
    for (size_t i = 0; i < nf; i++) {
        long r = ptrain_row(t, feats[i]);
        if (r < 0)
            return -1;
        size_t base = (size_t)r * t->n_classes;
        t->w[base + (size_t)good] += 1.0f;
        t->u[base + (size_t)good] += (double)t->step;
        t->w[base + (size_t)bad] -= 1.0f;
        t->u[base + (size_t)bad] -= (double)t->step;
    }
    return 0;
}

/* Gives a finished table its filter; frees the table when that fails. */
static int finish_filter(pb_pmodel *out)
{
    if (pb_pmodel_build_filter(out) == 0)
        return 0;
    pb_pmodel_free(out);
    return -1;
}

/* Slots in order of key, so the finished table does not depend on the order
 * in which features were first seen beyond the keys themselves. */
static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The inline-weight layout for classifiers of few classes. Slots are
 * filled in key order so the image is deterministic. */
static int finish_dense(const pb_ptrain *t, double scale, double prune,
                        size_t cap, pb_pmodel *out)
{
    uint32_t C = t->n_classes;
    double step = (double)t->step;
    size_t sw = 1 + (size_t)C;
    uint64_t *keys = malloc((t->count + 1) * sizeof *keys);
    uint32_t *slots = calloc(sw * cap, sizeof *slots);
    if (!keys || !slots) {
        free(keys);
        free(slots);
        return -1;
    }
    size_t nk = 0;
    for (size_t s = 0; s < t->cap; s++) {
        if (!t->keys[s])
            continue;
        size_t base = (size_t)t->row_of[s] * C;
        for (uint32_t c = 0; c < C; c++) {
            double a = (double)t->w[base + c] - t->u[base + c] / step;
            if (fabs(a) >= prune && lround(a * scale) != 0) {
                keys[nk++] = t->keys[s];
                break;
            }
        }
    }
    qsort(keys, nk, sizeof *keys, cmp_u64);
    for (size_t k = 0; k < nk; k++) {
        size_t base = (size_t)ptrain_find(t, keys[k]) * C;
        uint32_t i = (uint32_t)keys[k] & (uint32_t)(cap - 1);
        while (slots[sw * i])
            i = (i + 1) & (uint32_t)(cap - 1);
        uint32_t *slot = slots + sw * i;
        slot[0] = (uint32_t)(keys[k] >> 32) | 1u;
        for (uint32_t c = 0; c < C; c++) {
            double a = (double)t->w[base + c] - t->u[base + c] / step;
            int32_t q = fabs(a) >= prune ? (int32_t)lround(a * scale) : 0;
            memcpy(&slot[1 + c], &q, sizeof q);
        }
    }
    free(keys);
    out->n_classes = C;
    out->slot_mask = (uint32_t)(cap - 1);
    out->slots = slots;
    out->rows = NULL;
    out->n_rows_words = 0;
    out->n_features = nk;
    out->dense = 1;
    out->own = 1;
    return finish_filter(out);
}

int pb_ptrain_finish(const pb_ptrain *t, double prune, pb_pmodel *out)
{
    memset(out, 0, sizeof *out);
    uint32_t C = t->n_classes;
    double maxabs = 0;
    double step = (double)t->step;
    for (size_t i = 0; i < t->count * C; i++) {
        double a = fabs((double)t->w[i] - t->u[i] / step);
        if (a > maxabs)
            maxabs = a;
    }
    double scale = maxabs > 0 ? QUANT_MAX / maxabs : 1.0;

    /* Sorted keys of the rows that keep at least one weight. */
    uint64_t *keys = malloc((t->count + 1) * sizeof *keys);
    if (!keys)
        return -1;
    size_t nk = 0, words = 0;
    for (size_t s = 0; s < t->cap; s++) {
        if (!t->keys[s])
            continue;
        size_t base = (size_t)t->row_of[s] * C, kept = 0;
        for (uint32_t c = 0; c < C; c++) {
            double a = (double)t->w[base + c] - t->u[base + c] / step;
            if (fabs(a) >= prune && lround(a * scale) != 0)
                kept++;
        }
        if (kept) {
            keys[nk++] = t->keys[s];
            words += 1 + kept;
        }
    }
    qsort(keys, nk, sizeof *keys, cmp_u64);

    size_t cap = 1024;
    while (cap < nk + nk / 2 + 1)
        cap *= 2;
    if (C <= PB_PERC_DENSE_MAX) {
        free(keys);
        return finish_dense(t, scale, prune, cap, out);
    }
    uint32_t *slots = calloc(2 * cap, sizeof *slots);
    int32_t *rows = malloc((words + 1) * sizeof *rows);
    if (!slots || !rows || words + 1 >= UINT32_MAX) {
        free(keys);
        free(slots);
        free(rows);
        return -1;
    }
    size_t pos = 0;
    for (size_t k = 0; k < nk; k++) {
        uint64_t key = keys[k];
        size_t base = (size_t)ptrain_find(t, key) * C;
        size_t start = pos++;
        int32_t cnt = 0;
        for (uint32_t c = 0; c < C; c++) {
            double a = (double)t->w[base + c] - t->u[base + c] / step;
            long q = lround(a * scale);
            if (fabs(a) >= prune && q != 0) {
                rows[pos++] = (int32_t)(q * 256 + (long)c);
                cnt++;
            }
        }
        rows[start] = cnt;
        uint32_t i = (uint32_t)key & (uint32_t)(cap - 1);
        while (slots[2 * (size_t)i + 1])
            i = (i + 1) & (uint32_t)(cap - 1);
        slots[2 * (size_t)i] = (uint32_t)(key >> 32);
        slots[2 * (size_t)i + 1] = (uint32_t)(start + 1);
    }
    free(keys);
    out->n_classes = C;
    out->slot_mask = (uint32_t)(cap - 1);
    out->slots = slots;
    out->rows = rows;
    out->n_rows_words = pos;
    out->n_features = nk;
    out->own = 1;
    return finish_filter(out);
}

/* ---- string tables ---------------------------------------------------- */

const char *pb_strtab_get(const pb_strtab *t, const char *key, size_t keylen)
{
    if (!t->slots)
        return NULL;
    uint32_t i = (uint32_t)pb_hash_bytes(key, keylen) & t->mask;
    for (;;) {
        uint32_t off = t->slots[i];
        if (off == 0)
            return NULL;
        const char *k = t->blob + (off - 1);
        if (strncmp(k, key, keylen) == 0 && k[keylen] == '\0')
            return k + keylen + 1;
        i = (i + 1) & t->mask;
    }
}

void pb_strtab_prefetch_slot(const pb_strtab *t, uint64_t h)
{
    if (t->slots)
        __builtin_prefetch(&t->slots[(uint32_t)h & t->mask]);
}

void pb_strtab_prefetch_entry(const pb_strtab *t, uint64_t h)
{
    if (!t->slots)
        return;
    uint32_t off = t->slots[(uint32_t)h & t->mask];
    if (off)
        __builtin_prefetch(t->blob + (off - 1));
}

void pb_strtab_free(pb_strtab *t)
{
    if (t && t->own) {
        free((void *)t->slots);
        free((void *)t->blob);
    }
    if (t)
        memset(t, 0, sizeof *t);
}

int pb_strtab_builder_add(pb_strtab_builder *b, const char *key,
                          const char *val)
{
    if (b->n == b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 256;
        char **nk = realloc(b->keys, ncap * sizeof *nk);
        if (!nk)
            return -1;
        b->keys = nk;
        char **nv = realloc(b->vals, ncap * sizeof *nv);
        if (!nv)
            return -1;
        b->vals = nv;
        b->cap = ncap;
    }
    char *k = strdup(key), *v = strdup(val);
    if (!k || !v) {
        free(k);
        free(v);
        return -1;
    }
    b->keys[b->n] = k;
    b->vals[b->n] = v;
    b->n++;
    return 0;
}

void pb_strtab_builder_free(pb_strtab_builder *b)
{
    for (size_t i = 0; i < b->n; i++) {
        free(b->keys[i]);
        free(b->vals[i]);
    }
    free(b->keys);
    free(b->vals);
    memset(b, 0, sizeof *b);
}

int pb_strtab_build(const pb_strtab_builder *b, pb_strtab *out)
{
    memset(out, 0, sizeof *out);
    size_t cap = 64;
    while (cap < b->n * 2 + 1)
        cap *= 2;
    size_t blen = 0;
    for (size_t i = 0; i < b->n; i++)
        blen += strlen(b->keys[i]) + strlen(b->vals[i]) + 2;
    uint32_t *slots = calloc(cap, sizeof *slots);
    char *blob = malloc(blen + 1);
    if (!slots || !blob || blen + 1 >= UINT32_MAX) {
        free(slots);
        free(blob);
        return -1;
    }
    out->slots = slots;
    out->blob = blob;
    out->mask = (uint32_t)(cap - 1);
    out->own = 1;
    size_t pos = 0;
    for (size_t i = 0; i < b->n; i++) {
        size_t kl = strlen(b->keys[i]), vl = strlen(b->vals[i]);
        if (pb_strtab_get(out, b->keys[i], kl))
            continue;
        memcpy(blob + pos, b->keys[i], kl + 1);
        memcpy(blob + pos + kl + 1, b->vals[i], vl + 1);
        uint32_t s = (uint32_t)pb_hash_bytes(b->keys[i], kl) & out->mask;
        while (slots[s])
            s = (s + 1) & out->mask;
        slots[s] = (uint32_t)(pos + 1);
        pos += kl + vl + 2;
        out->count++;
    }
    out->blob_len = pos;
    return 0;
}
