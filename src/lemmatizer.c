/* lemmatizer.c — lower-case lemmas for tagged words, the middle step of the
 * syntax stage. At run time: the treebank's own (form, tag) → lemma table,
 * then WordNet's irregular forms, then suffix rewrite rules learned from the
 * treebank, preferring a rewrite that WordNet knows as a lemma. At training
 * time (pb_lemmatizer_build) it reads the treebank and WordNet into tables
 * that live in the model file; WordNet is not needed at run time.
 */
#include "syntax_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Longest word the lemmatizer rewrites; longer words are only lower-cased. */
#define LEMMA_WORD_MAX 96
/* Rewrite rules kept per (suffix, tag). */
#define RULES_PER_SUFFIX 4
/* A (suffix, tag) context must be seen this often to keep rules. */
#define RULE_MIN_COUNT 2
/* Separator between key parts and between rules in table values. */
#define KEY_SEP '\1'
#define RULE_SEP '\2'

static void ascii_lower_copy(char *dst, const char *src, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        dst[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    dst[len] = '\0';
}

/* WordNet part of speech of a Penn tag: 'n', 'v', 'a', 'r', or 0. */
static char wn_pos(const char *xpos)
{
    if (xpos[0] == 'N' && xpos[1] == 'N' && xpos[2] != 'P')
        return 'n';
    if (xpos[0] == 'V' && xpos[1] == 'B')
        return 'v';
    if (xpos[0] == 'J' && xpos[1] == 'J')
        return 'a';
    if (xpos[0] == 'R' && xpos[1] == 'B')
        return 'r';
    return 0;
}

/* Writes "a\1b" into key (size cap); returns its length or 0 if too long. */
static size_t make_key(char *key, size_t cap, const char *a, size_t alen,
                       const char *b)
{
    size_t blen = strlen(b);
    if (alen + blen + 2 > cap)
        return 0;
    memcpy(key, a, alen);
    key[alen] = KEY_SEP;
    memcpy(key + alen + 1, b, blen + 1);
    return alen + 1 + blen;
}

static int in_index(const pb_syntax_model *m, const char *w, size_t len,
                    char p)
{
    char key[LEMMA_WORD_MAX + 4];
    char ps[2] = {p, 0};
    size_t kl = make_key(key, sizeof key, w, len, ps);
    return kl && pb_strtab_get(&m->lem_index, key, kl) != NULL;
}

int pb_wordnet_lemma(const pb_syntax_model *m, const char *lower, char part)
{
    return in_index(m, lower, strlen(lower), part);
}

int pb_takes_es(const char *stem, size_t len)
{
    if (len < 2)
        return 1;
    char a = stem[len - 2], b = stem[len - 1];
    return b == 's' || b == 'x' || b == 'z' || b == 'o' ||
           (b == 'h' && (a == 'c' || a == 's'));
}

/* Applies rule "<strip digit><add>" to word; writes into out (cap bytes).
 * A bare "-es" cut must leave a stem that takes "-es". */
static int apply_rule(const char *word, size_t len, const char *rule,
                      size_t rlen, char *out, size_t cap)
{
    if (rlen < 1 || rule[0] < '0' || rule[0] > '9')
        return -1;
    size_t strip = (size_t)(rule[0] - '0');
    if (strip >= len || len - strip + rlen > cap)
        return -1;
    if (strip == 2 && rlen == 1 && strcmp(word + len - 2, "es") == 0 &&
        !pb_takes_es(word, len - 2)) /* "departes" is no form of "depart" */
        return -1;
    for (size_t k = len - strip; k < len; k++)
        if ((unsigned char)word[k] >= 0x80)
            return -1; /* English suffixes are ASCII: never cut a character */
    memcpy(out, word, len - strip);
    memcpy(out + len - strip, rule + 1, rlen - 1);
    out[len - strip + rlen - 1] = '\0';
    return 0;
}

/* Generic English rewrites tried after the learned ones (validated by the
 * WordNet index only). */
static const char *const generic_rules[] = {
    "1", "2", "3", "1e", "3e", "3y", "2y", "0", NULL,
};

const char *pb_syntax_lemma(const pb_syntax_model *m, const char *form,
                            const char *xpos, pb_arena *arena)
{
    if (!form)
        form = "";
    if (!xpos)
        xpos = "";
    size_t len = strlen(form);
    if (len > LEMMA_WORD_MAX) {
        char *r = pb_arena_strndup(arena, form, len);
        if (r)
            ascii_lower_copy(r, form, len);
        return r;
    }
    char low[LEMMA_WORD_MAX + 1];
    ascii_lower_copy(low, form, len);
    char key[LEMMA_WORD_MAX + PB_XPOS_SIZE + 4];
    size_t kl = make_key(key, sizeof key, low, len, xpos);
    const char *v = kl ? pb_strtab_get(&m->lem_train, key, kl) : NULL;
    if (v)
        return pb_arena_strdup(arena, v);
    char p = wn_pos(xpos);
    if (!p || pb_acronym(form))
        return pb_arena_strdup(arena, low); /* no suffix rules on an
                                               acronym: "ADF" is not "ad" */
    char ps[2] = {p, 0};
    kl = make_key(key, sizeof key, low, len, ps);
    v = kl ? pb_strtab_get(&m->lem_exc, key, kl) : NULL;
    if (v)
        return pb_arena_strdup(arena, v);
    /* Base-form tags keep a word WordNet knows as a lemma. */
    if ((strcmp(xpos, "NN") == 0 || strcmp(xpos, "VB") == 0 ||
         strcmp(xpos, "VBP") == 0 || strcmp(xpos, "JJ") == 0 ||
         strcmp(xpos, "RB") == 0) &&
        in_index(m, low, len, p))
        return pb_arena_strdup(arena, low);

    /* Learned rules, longest suffix first; the first rewrite WordNet knows
     * wins, else the best rule of the longest suffix. */
    char cand[LEMMA_WORD_MAX + 16];
    char fallback[LEMMA_WORD_MAX + 16];
    fallback[0] = '\0';
    int have_fallback = 0;
    size_t maxs = len < PB_LEMMA_SUFFIX_MAX ? len : PB_LEMMA_SUFFIX_MAX;
    for (size_t s = maxs + 1; s-- > 0;) {
        kl = make_key(key, sizeof key, low + len - s, s, xpos);
        v = kl ? pb_strtab_get(&m->lem_suffix, key, kl) : NULL;
        if (!v)
            continue;
        while (*v) {
            const char *e = strchr(v, RULE_SEP);
            size_t rl = e ? (size_t)(e - v) : strlen(v);
            /* a rule rewrites only the suffix it was found under: a
             * whole-word rewrite learned from one word ("Fucking" →
             * "fucking") must not turn "feuding" into it */
            if ((size_t)(v[0] - '0') <= s &&
                apply_rule(low, len, v, rl, cand, sizeof cand) == 0) {
                if (in_index(m, cand, strlen(cand), p))
                    return pb_arena_strdup(arena, cand);
                if (!have_fallback) {
                    memcpy(fallback, cand, strlen(cand) + 1);
                    have_fallback = 1;
                }
            }
            v = e ? e + 1 : v + rl;
        }
    }
    for (int i = 0; generic_rules[i]; i++) {
        const char *r = generic_rules[i];
        if (apply_rule(low, len, r, strlen(r), cand, sizeof cand) == 0 &&
            in_index(m, cand, strlen(cand), p))
            return pb_arena_strdup(arena, cand);
    }
    return pb_arena_strdup(arena, have_fallback ? fallback : low);
}

/* Hash of the treebank-table key ("form\1XPOS", form lower-cased) of a
 * word, the first lookup pb_syntax_lemma makes; 0 when there is none. */
static uint64_t train_key_hash(const char *form, const char *xpos)
{
    size_t len = strlen(form);
    if (len > LEMMA_WORD_MAX)
        return 0;
    char low[LEMMA_WORD_MAX + 1];
    char key[LEMMA_WORD_MAX + PB_XPOS_SIZE + 4];
    ascii_lower_copy(low, form, len);
    size_t kl = make_key(key, sizeof key, low, len, xpos);
    return kl ? pb_hash_bytes(key, kl) : 0;
}

/* Words whose treebank-table lookups are started together, so that a
 * sentence waits for memory about once rather than twice per word. */
#define LEMMA_BATCH 64

int pb_syntax_lemmatize(const pb_syntax_model *m, pb_token *tokens,
                        uint32_t n, pb_arena *arena)
{
    uint64_t h[LEMMA_BATCH];
    for (uint32_t i0 = 0; i0 < n; i0 += LEMMA_BATCH) {
        uint32_t nb = n - i0 < LEMMA_BATCH ? n - i0 : LEMMA_BATCH;
        for (uint32_t k = 0; k < nb; k++) {
            const pb_token *t = &tokens[i0 + k];
            h[k] = train_key_hash(t->form ? t->form : "", t->xpos);
            pb_strtab_prefetch_slot(&m->lem_train, h[k]);
        }
        for (uint32_t k = 0; k < nb; k++)
            pb_strtab_prefetch_entry(&m->lem_train, h[k]);
        for (uint32_t i = i0; i < i0 + nb; i++) {
            tokens[i].lemma = pb_syntax_lemma(m, tokens[i].form,
                                              tokens[i].xpos, arena);
            if (!tokens[i].lemma)
                return -1;
        }
    }
    return 0;
}

/* ---- training-time tables ---------------------------------------------- */

/* A counting map from strings to counts (training only). */
typedef struct countmap {
    char **keys;
    long *counts;
    size_t cap, n;
} countmap;

static int countmap_add(countmap *cm, const char *key, long by)
{
    if ((cm->n + 1) * 2 > cm->cap) {
        size_t ncap = cm->cap ? cm->cap * 2 : 1024;
        char **nk = calloc(ncap, sizeof *nk);
        long *nc = calloc(ncap, sizeof *nc);
        if (!nk || !nc) {
            free(nk);
            free(nc);
            return -1;
        }
        for (size_t i = 0; i < cm->cap; i++) {
            if (!cm->keys[i])
                continue;
            size_t j = pb_hash_bytes(cm->keys[i], strlen(cm->keys[i])) &
                       (ncap - 1);
            while (nk[j])
                j = (j + 1) & (ncap - 1);
            nk[j] = cm->keys[i];
            nc[j] = cm->counts[i];
        }
        free(cm->keys);
        free(cm->counts);
        cm->keys = nk;
        cm->counts = nc;
        cm->cap = ncap;
    }
    size_t j = pb_hash_bytes(key, strlen(key)) & (cm->cap - 1);
    while (cm->keys[j]) {
        if (strcmp(cm->keys[j], key) == 0) {
            cm->counts[j] += by;
            return 0;
        }
        j = (j + 1) & (cm->cap - 1);
    }
    cm->keys[j] = strdup(key);
    if (!cm->keys[j])
        return -1;
    cm->counts[j] = by;
    cm->n++;
    return 0;
}

static void countmap_free(countmap *cm)
{
    for (size_t i = 0; i < cm->cap; i++)
        free(cm->keys[i]);
    free(cm->keys);
    free(cm->counts);
    memset(cm, 0, sizeof *cm);
}

/* Entries as "context\3value" keys with counts, sorted by context, then by
 * count descending, then by value: a deterministic ranking. */
typedef struct ranked {
    const char *key;
    long count;
} ranked;

static int cmp_ranked(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    const char *xs = strchr(x->key, '\3'), *ys = strchr(y->key, '\3');
    size_t xl = (size_t)(xs - x->key), yl = (size_t)(ys - y->key);
    size_t ml = xl < yl ? xl : yl;
    int c = memcmp(x->key, y->key, ml);
    if (c)
        return c;
    if (xl != yl)
        return xl < yl ? -1 : 1;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(xs, ys);
}

static ranked *countmap_sorted(const countmap *cm)
{
    ranked *r = malloc((cm->n + 1) * sizeof *r);
    if (!r)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < cm->cap; i++)
        if (cm->keys[i])
            r[k].key = cm->keys[i], r[k].count = cm->counts[i], k++;
    qsort(r, k, sizeof *r, cmp_ranked);
    return r;
}

static int read_wordnet(pb_strtab_builder *exc, pb_strtab_builder *index,
                        const char *dir, char *err, size_t errlen)
{
    static const char *const names[4] = {"noun", "verb", "adj", "adv"};
    static const char poses[4] = {'n', 'v', 'a', 'r'};
    char path[4096], line[4096], key[512];
    for (int f = 0; f < 4; f++) {
        for (int kind = 0; kind < 2; kind++) {
            snprintf(path, sizeof path, "%s/%s.%s", dir,
                     kind ? "index" : names[f], kind ? names[f] : "exc");
            FILE *fp = fopen(path, "r");
            if (!fp) {
                snprintf(err, errlen, "%s: cannot open (install wordnet-base)",
                         path);
                return -1;
            }
            char ps[2] = {poses[f], 0};
            while (fgets(line, sizeof line, fp)) {
                if (line[0] == ' ' || line[0] == '\n')
                    continue; /* index.* licence header lines */
                char *a = strtok(line, " \n");
                char *b = strtok(NULL, " \n");
                if (!a || strchr(a, '_'))
                    continue;
                size_t al = strlen(a);
                if (!make_key(key, sizeof key, a, al, ps))
                    continue;
                int rc = kind ? pb_strtab_builder_add(index, key, "")
                              : (b && !strchr(b, '_')
                                     ? pb_strtab_builder_add(exc, key, b)
                                     : 0);
                if (rc < 0) {
                    fclose(fp);
                    snprintf(err, errlen, "out of memory");
                    return -1;
                }
            }
            fclose(fp);
        }
    }
    return 0;
}

/* The rewrite turning word into lemma: "<strip digit><add>", or "" when the
 * rewrite strips more than 9 bytes. */
static void edit_rule(const char *word, const char *lemma, char *rule,
                      size_t cap)
{
    size_t wl = strlen(word), p = 0;
    while (word[p] && word[p] == lemma[p])
        p++;
    size_t strip = wl - p;
    if (strip > 9 || strlen(lemma + p) + 2 > cap) {
        rule[0] = '\0';
        return;
    }
    rule[0] = (char)('0' + strip);
    strcpy(rule + 1, lemma + p);
}

int pb_lemmatizer_build(pb_syntax_model *m, const pb_conllu_sentence *sents,
                        size_t n, const char *wordnet_dir, char *err,
                        size_t errlen)
{
    pb_strtab_builder exc = {0}, index = {0}, train = {0}, suffix = {0};
    countmap pairs = {0}, rules = {0};
    ranked *rp = NULL, *rr = NULL;
    int rc = -1;
    char low[LEMMA_WORD_MAX + 1], lem[LEMMA_WORD_MAX + 1];
    char key[2 * LEMMA_WORD_MAX + 32], rule[LEMMA_WORD_MAX + 4];
    if (read_wordnet(&exc, &index, wordnet_dir, err, errlen) < 0)
        goto done;
    for (size_t s = 0; s < n; s++) {
        const pb_sentence *se = &sents[s].sentence;
        for (uint32_t i = 0; i < se->n_tokens; i++) {
            const pb_token *t = &se->tokens[i];
            size_t fl = strlen(t->form);
            if (!t->lemma || fl > LEMMA_WORD_MAX ||
                strlen(t->lemma) > LEMMA_WORD_MAX || !t->xpos[0])
                continue;
            ascii_lower_copy(low, t->form, fl);
            ascii_lower_copy(lem, t->lemma, strlen(t->lemma));
            snprintf(key, sizeof key, "%s%c%s\3%s", low, KEY_SEP, t->xpos,
                     lem);
            if (countmap_add(&pairs, key, 1) < 0)
                goto oom;
            if (!wn_pos(t->xpos))
                continue;
            edit_rule(low, lem, rule, sizeof rule);
            if (!rule[0])
                continue;
            for (size_t k = 0; k <= PB_LEMMA_SUFFIX_MAX && k <= fl; k++) {
                snprintf(key, sizeof key, "%s%c%s\3%s", low + fl - k, KEY_SEP,
                         t->xpos, rule);
                if (countmap_add(&rules, key, 1) < 0)
                    goto oom;
            }
        }
    }
    rp = countmap_sorted(&pairs);
    rr = countmap_sorted(&rules);
    if (!rp || !rr)
        goto oom;
    /* (form, tag) → most frequent lemma: the first entry of each context. */
    for (size_t i = 0; i < pairs.n; i++) {
        const char *sep = strchr(rp[i].key, '\3');
        size_t cl = (size_t)(sep - rp[i].key);
        if (i > 0 && strncmp(rp[i - 1].key, rp[i].key, cl + 1) == 0)
            continue;
        memcpy(key, rp[i].key, cl);
        key[cl] = '\0';
        if (pb_strtab_builder_add(&train, key, sep + 1) < 0)
            goto oom;
    }
    /* (suffix, tag) → best rules, joined by RULE_SEP. */
    for (size_t i = 0; i < rules.n;) {
        const char *sep = strchr(rr[i].key, '\3');
        size_t cl = (size_t)(sep - rr[i].key);
        size_t j = i;
        long total = 0;
        while (j < rules.n && strncmp(rr[j].key, rr[i].key, cl + 1) == 0)
            total += rr[j++].count;
        if (total >= RULE_MIN_COUNT) {
            char val[RULES_PER_SUFFIX * (LEMMA_WORD_MAX + 4)];
            size_t vl = 0;
            for (size_t k = i; k < j && k < i + RULES_PER_SUFFIX; k++) {
                const char *r = strchr(rr[k].key, '\3') + 1;
                size_t rl = strlen(r);
                if (vl + rl + 2 > sizeof val)
                    break;
                if (vl)
                    val[vl++] = RULE_SEP;
                memcpy(val + vl, r, rl);
                vl += rl;
            }
            val[vl] = '\0';
            memcpy(key, rr[i].key, cl);
            key[cl] = '\0';
            if (pb_strtab_builder_add(&suffix, key, val) < 0)
                goto oom;
        }
        i = j;
    }
    pb_strtab_free(&m->lem_train);
    pb_strtab_free(&m->lem_exc);
    pb_strtab_free(&m->lem_index);
    pb_strtab_free(&m->lem_suffix);
    if (pb_strtab_build(&train, &m->lem_train) < 0 ||
        pb_strtab_build(&exc, &m->lem_exc) < 0 ||
        pb_strtab_build(&index, &m->lem_index) < 0 ||
        pb_strtab_build(&suffix, &m->lem_suffix) < 0)
        goto oom;
    rc = 0;
    goto done;
oom:
    snprintf(err, errlen, "out of memory");
done:
    free(rp);
    free(rr);
    countmap_free(&pairs);
    countmap_free(&rules);
    pb_strtab_builder_free(&exc);
    pb_strtab_builder_free(&index);
    pb_strtab_builder_free(&train);
    pb_strtab_builder_free(&suffix);
    return rc;
}
