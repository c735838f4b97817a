/* train-syntax.c — trains the syntax model (data/syntax/en-ewt.model) from
 * UD CoNLL-U treebanks: tag classes, tag dictionary and ambiguity lexicon
 * (treebank classes; with --wordnet-classes 1 also WordNet analyses for
 * rare words), the averaged
 * perceptron tagger (dev-set early stopping), jackknifed tags for parser
 * training, lemma tables (treebank + WordNet), and the arc-hybrid parser:
 * greedy with a dynamic oracle (--beam 1), or beam search trained globally
 * with max-violation updates. Single-threaded and deterministic: same data,
 * same seed, same binary → byte-identical model. Progress goes to stderr.
 *
 * usage: train-syntax --train T.conllu --dev D.conllu --wordnet DIR
 *                     --out MODEL [--tag-epochs N] [--parse-epochs N]
 *                     [--beam K] [--folds K] [--seed S] [--max-sentences N]
 *                     [--wordnet-classes 0|1]
 */
#include "../src/syntax_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Tag dictionary: a form seen this often with one class this share of the
 * time is tagged by lookup. */
#define TAGDICT_MIN_COUNT 20
#define TAGDICT_MIN_SHARE 0.995
/* Ambiguity lexicon: words seen this often, classes with this share. */
#define AMBIG_MIN_COUNT 3
#define AMBIG_MIN_SHARE 0.01
/* Probability of following the model's own (possibly wrong) transition
 * once exploration starts, and the epoch at which it starts. */
#define EXPLORE_P 0.9
#define EXPLORE_FROM_EPOCH 1

/* Parser beam width when --beam is not given. */
#define DEFAULT_BEAM 1
/* Most transition features a beam-trained parser keeps: global training
 * touches many more features than greedy training, and a table of this
 * many still fits 2^20 slots (16 bytes each), which keeps the model under
 * 40 MB. The weakest (by largest averaged weight) are dropped first. */
#define BEAM_ACTION_FEATURES_MAX 690000

typedef struct options {
    const char *train, *dev, *wordnet, *out;
    int tag_epochs, parse_epochs, folds, beam;
    int wordnet_classes; /* WordNet analyses for rare words (BENCHMARKS.md) */
    double tag_prune, parse_prune;
    uint64_t seed;
    size_t max_sentences;
} options;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void die(const char *msg)
{
    fprintf(stderr, "train-syntax: %s\n", msg);
    exit(1);
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        die("out of memory");
    return p;
}

static void shuffle(size_t *a, size_t n, pb_rng *rng)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(pb_rng_next(rng) % i);
        size_t t = a[i - 1];
        a[i - 1] = a[j];
        a[j] = t;
    }
}

/* ---- tag classes --------------------------------------------------------- */

typedef struct pair_count {
    uint8_t upos;
    char xpos[PB_XPOS_SIZE];
    long count;
} pair_count;

static int cmp_pair(const void *a, const void *b)
{
    const pair_count *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    if (x->upos != y->upos)
        return x->upos < y->upos ? -1 : 1;
    return strcmp(x->xpos, y->xpos);
}

static int class_of(const pb_syntax_model *m, const pb_token *t)
{
    for (uint32_t c = 0; c < m->n_tags; c++)
        if (m->tag_upos[c] == t->upos && strcmp(m->tag_xpos[c], t->xpos) == 0)
            return (int)c;
    return 0;
}

static void build_tag_classes(pb_syntax_model *m, pb_conllu_sentence *s,
                              size_t n)
{
    pair_count *pc = xcalloc(PB_TAG_MAX * 4, sizeof *pc);
    size_t np = 0;
    for (size_t i = 0; i < n; i++) {
        for (uint32_t k = 0; k < s[i].sentence.n_tokens; k++) {
            const pb_token *t = &s[i].sentence.tokens[k];
            size_t j = 0;
            while (j < np && !(pc[j].upos == t->upos &&
                               strcmp(pc[j].xpos, t->xpos) == 0))
                j++;
            if (j == np) {
                if (np == PB_TAG_MAX * 4)
                    continue;
                pc[np].upos = t->upos;
                memcpy(pc[np].xpos, t->xpos, PB_XPOS_SIZE);
                np++;
            }
            pc[j].count++;
        }
    }
    qsort(pc, np, sizeof *pc, cmp_pair);
    m->n_tags = np < PB_TAG_MAX ? (uint32_t)np : PB_TAG_MAX;
    for (uint32_t c = 0; c < m->n_tags; c++) {
        m->tag_upos[c] = pc[c].upos;
        memcpy(m->tag_xpos[c], pc[c].xpos, PB_XPOS_SIZE);
    }
    free(pc);
}

/* ---- tag dictionary ------------------------------------------------------ */

typedef struct form_class {
    const char *form;
    int cls;
} form_class;

static int cmp_form_class(const void *a, const void *b)
{
    const form_class *x = a, *y = b;
    int c = strcmp(x->form, y->form);
    return c ? c : x->cls - y->cls;
}

static void build_tagdict(pb_syntax_model *m, pb_conllu_sentence *s, size_t n,
                          int **gold_cls)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += s[i].sentence.n_tokens;
    form_class *fc = xcalloc(total, sizeof *fc);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < s[i].sentence.n_tokens; j++) {
            fc[k].form = s[i].sentence.tokens[j].form;
            fc[k].cls = gold_cls[i][j];
            k++;
        }
    qsort(fc, total, sizeof *fc, cmp_form_class);
    pb_strtab_builder b = {0};
    for (size_t i = 0; i < total;) {
        size_t j = i, best_n = 0;
        int best = -1;
        while (j < total && strcmp(fc[j].form, fc[i].form) == 0) {
            size_t r = j;
            while (r < total && strcmp(fc[r].form, fc[i].form) == 0 &&
                   fc[r].cls == fc[j].cls)
                r++;
            if (r - j > best_n)
                best_n = r - j, best = fc[j].cls;
            j = r;
        }
        if (j - i >= TAGDICT_MIN_COUNT &&
            (double)best_n >= TAGDICT_MIN_SHARE * (double)(j - i) &&
            strlen(fc[i].form) <= PB_WORD_HASH_MAX) {
            char v[2] = {(char)(best + 1), 0};
            if (pb_strtab_builder_add(&b, fc[i].form, v) < 0)
                die("out of memory");
        }
        i = j;
    }
    if (pb_strtab_build(&b, &m->tagdict) < 0)
        die("out of memory");
    fprintf(stderr, "tag dictionary: %zu forms\n", b.n);
    pb_strtab_builder_free(&b);
    free(fc);
}

/* ---- WordNet classes for rare words -------------------------------------- */

/* A word seen fewer than AMBIG_MIN_COUNT times in training gets, in the
 * ambiguity lexicon, the set of its WordNet analyses instead: lemma of a part
 * of speech, or an inflection of one found by WordNet's own suffix rules
 * (morphy's, read backwards) or exception lists. Such values start with
 * PB_AMBIG_WORDNET, a byte no class list holds (classes are at most
 * PB_TAG_MAX), so the tagger's T_AMB* features tell them apart from treebank
 * classes. */
/* Value letters, one per analysis bit, in bit order: lemma noun, verb,
 * adjective, adverb; plural noun, verb in -s, -ed, -ing; adjective in -er,
 * -est. */
static const char wn_letters[] = "NVARszdgcu";
enum { WN_PLURAL = 4, WN_VBZ, WN_VBD, WN_VBG, WN_JJR, WN_JJS };

typedef struct wn_rule {
    char pos;                    /* 'n', 'v' or 'a' */
    const char *suffix, *ending; /* form = lemma - ending + suffix */
    int bit;
} wn_rule;

static const wn_rule wn_rules[] = {
    {'n', "s", "", WN_PLURAL},      {'n', "ses", "s", WN_PLURAL},
    {'n', "xes", "x", WN_PLURAL},   {'n', "zes", "z", WN_PLURAL},
    {'n', "ches", "ch", WN_PLURAL}, {'n', "shes", "sh", WN_PLURAL},
    {'n', "men", "man", WN_PLURAL}, {'n', "ies", "y", WN_PLURAL},
    {'v', "s", "", WN_VBZ},         {'v', "ies", "y", WN_VBZ},
    {'v', "es", "e", WN_VBZ},       {'v', "es", "", WN_VBZ},
    {'v', "ed", "e", WN_VBD},       {'v', "ed", "", WN_VBD},
    {'v', "ing", "e", WN_VBG},      {'v', "ing", "", WN_VBG},
    {'a', "er", "", WN_JJR},        {'a', "est", "", WN_JJS},
    {'a', "er", "e", WN_JJR},       {'a', "est", "e", WN_JJS},
};

typedef struct wn_forms {
    form_class *a;   /* form, analysis bit (in cls) */
    size_t n, cap;
} wn_forms;

static int ends_with(const char *s, size_t len, const char *end)
{
    size_t el = strlen(end);
    return el <= len && memcmp(s + len - el, end, el) == 0;
}

static void wn_push(wn_forms *f, const char *form, size_t len, int bit)
{
    if (len == 0 || len > PB_WORD_HASH_MAX)
        return;
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 4096;
        f->a = realloc(f->a, f->cap * sizeof *f->a);
        if (!f->a)
            die("out of memory");
    }
    char *s = malloc(len + 1);
    if (!s)
        die("out of memory");
    memcpy(s, form, len);
    s[len] = '\0';
    f->a[f->n].form = s;
    f->a[f->n].cls = bit;
    f->n++;
}

/* Bit of an exception-list form of part of speech p, by its ending. */
static int wn_exc_bit(char p, const char *form, size_t len)
{
    if (p == 'n')
        return WN_PLURAL;
    if (p == 'a')
        return ends_with(form, len, "est") ? WN_JJS : WN_JJR;
    if (ends_with(form, len, "ing"))
        return WN_VBG;
    return ends_with(form, len, "s") ? WN_VBZ : WN_VBD;
}

/* Adds a lemma of part of speech p (bit pos_bit) and its regular forms. */
static void wn_add_lemma(wn_forms *f, const char *lemma, char p, int pos_bit)
{
    size_t len = strlen(lemma);
    char form[PB_WORD_HASH_MAX + 8];
    wn_push(f, lemma, len, pos_bit);
    for (size_t r = 0; r < sizeof wn_rules / sizeof wn_rules[0]; r++) {
        const wn_rule *w = &wn_rules[r];
        size_t el = strlen(w->ending), sl = strlen(w->suffix);
        if (w->pos != p || !ends_with(lemma, len, w->ending) ||
            len - el + sl > PB_WORD_HASH_MAX)
            continue;
        memcpy(form, lemma, len - el);
        memcpy(form + len - el, w->suffix, sl);
        wn_push(f, form, len - el + sl, w->bit);
    }
}

/* Reads WordNet's index and exception files under dir into f. */
static void wn_read(const char *dir, wn_forms *f)
{
    static const char *const names[4] = {"noun", "verb", "adj", "adv"};
    static const char poses[4] = {'n', 'v', 'a', 'r'};
    char path[4096], line[4096];
    for (int k = 0; k < 4; k++) {
        for (int exc = 0; exc < 2; exc++) {
            if (exc && poses[k] == 'r')
                continue; /* adv.exc only holds comparatives of adverbs */
            snprintf(path, sizeof path, "%s/%s.%s", dir,
                     exc ? names[k] : "index", exc ? "exc" : names[k]);
            FILE *fp = fopen(path, "r");
            if (!fp)
                die("cannot open WordNet files (install wordnet-base)");
            while (fgets(line, sizeof line, fp)) {
                if (line[0] == ' ' || line[0] == '\n')
                    continue; /* index.* licence header lines */
                char *w = strtok(line, " \n");
                if (!w || strchr(w, '_'))
                    continue;
                size_t len = strlen(w);
                if (exc)
                    wn_push(f, w, len, wn_exc_bit(poses[k], w, len));
                else
                    wn_add_lemma(f, w, poses[k], k);
            }
            fclose(fp);
        }
    }
}

/* Adds every WordNet form to b with its analyses; forms already in b (the
 * treebank's frequent words) keep their treebank classes. */
static void add_wordnet_classes(pb_strtab_builder *b, const char *dir)
{
    wn_forms f = {0};
    wn_read(dir, &f);
    qsort(f.a, f.n, sizeof *f.a, cmp_form_class);
    size_t added = 0;
    for (size_t i = 0; i < f.n;) {
        unsigned bits = 0;
        size_t j = i;
        for (; j < f.n && strcmp(f.a[j].form, f.a[i].form) == 0; j++)
            bits |= 1u << f.a[j].cls;
        char v[sizeof wn_letters + 1];
        size_t vl = 0;
        v[vl++] = (char)PB_AMBIG_WORDNET;
        for (size_t k = 0; wn_letters[k]; k++)
            if (bits & (1u << k))
                v[vl++] = wn_letters[k];
        v[vl] = '\0';
        if (pb_strtab_builder_add(b, f.a[i].form, v) < 0)
            die("out of memory");
        added++;
        i = j;
    }
    fprintf(stderr, "WordNet classes: %zu forms\n", added);
    for (size_t i = 0; i < f.n; i++)
        free((char *)f.a[i].form);
    free(f.a);
}

/* Lower-case form → the classes it had in training (bytes class+1, in class
 * order), for words seen at least AMBIG_MIN_COUNT times; with wordnet_dir
 * (not NULL) other words get their WordNet analyses (add_wordnet_classes). */
static void build_ambig(pb_syntax_model *m, pb_conllu_sentence *s, size_t n,
                        int **gold_cls, const char *wordnet_dir)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += s[i].sentence.n_tokens;
    form_class *fc = xcalloc(total, sizeof *fc);
    char **lows = xcalloc(total, sizeof *lows);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < s[i].sentence.n_tokens; j++) {
            const char *f = s[i].sentence.tokens[j].form;
            char *l = strdup(f);
            if (!l)
                die("out of memory");
            for (char *p = l; *p; p++)
                if (*p >= 'A' && *p <= 'Z')
                    *p = (char)(*p + 32);
            lows[k] = l;
            fc[k].form = l;
            fc[k].cls = gold_cls[i][j];
            k++;
        }
    qsort(fc, total, sizeof *fc, cmp_form_class);
    pb_strtab_builder b = {0};
    for (size_t i = 0; i < total;) {
        size_t j = i;
        while (j < total && strcmp(fc[j].form, fc[i].form) == 0)
            j++;
        if (j - i >= AMBIG_MIN_COUNT &&
            strlen(fc[i].form) <= PB_WORD_HASH_MAX) {
            char v[PB_TAG_MAX + 1];
            size_t vl = 0;
            for (size_t r = i; r < j;) {
                size_t q = r;
                while (q < j && fc[q].cls == fc[r].cls)
                    q++;
                if ((double)(q - r) >= AMBIG_MIN_SHARE * (double)(j - i))
                    v[vl++] = (char)(fc[r].cls + 1);
                r = q;
            }
            v[vl] = '\0';
            if (pb_strtab_builder_add(&b, fc[i].form, v) < 0)
                die("out of memory");
        }
        i = j;
    }
    fprintf(stderr, "ambiguity lexicon: %zu words\n", b.n);
    if (wordnet_dir)
        add_wordnet_classes(&b, wordnet_dir);
    if (pb_strtab_build(&b, &m->ambig) < 0)
        die("out of memory");
    pb_strtab_builder_free(&b);
    for (size_t i = 0; i < total; i++)
        free(lows[i]);
    free(lows);
    free(fc);
}

/* ---- tagger -------------------------------------------------------------- */

static int dict_class(const pb_syntax_model *m, const char *form)
{
    const char *v = pb_strtab_get(&m->tagdict, form, strlen(form));
    return v && v[0] ? (unsigned char)v[0] - 1 : -1;
}

/* Tags sentence copies with m's tagger; returns accuracy on the classes. */
static double tagger_accuracy(const pb_syntax_model *m, pb_conllu_sentence *s,
                              size_t n, int **gold_cls)
{
    size_t right = 0, total = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t len = s[i].sentence.n_tokens;
        pb_token *toks = xcalloc(len, sizeof *toks);
        pb_wordfeat *wf = xcalloc(len, sizeof *wf);
        int *tags = xcalloc(len, sizeof *tags);
        for (uint32_t j = 0; j < len; j++) {
            toks[j].form = s[i].sentence.tokens[j].form;
            pb_wordfeat_compute(toks[j].form, j == 0, &wf[j]);
        }
        pb_tagger_lexicon(m, wf, toks, len);
        pb_tagger_decode(m, wf, toks, len, tags);
        for (uint32_t j = 0; j < len; j++)
            right += tags[j] == gold_cls[i][j];
        total += len;
        free(toks);
        free(wf);
        free(tags);
    }
    return total ? 100.0 * (double)right / (double)total : 0;
}

/* Trains on sentences idx[0..nidx-1]; with a dev set keeps the best epoch
 * (its number goes to *best_epoch), else the last of `epochs`. */
static void train_tagger(pb_syntax_model *m, pb_conllu_sentence *s,
                         int **gold_cls, const size_t *idx, size_t nidx,
                         int epochs, pb_conllu_sentence *dev, size_t ndev,
                         int **dev_cls, uint64_t seed, double prune,
                         int *best_epoch)
{
    pb_ptrain t;
    if (pb_ptrain_init(&t, m->n_tags) < 0)
        die("out of memory");
    size_t *order = xcalloc(nidx, sizeof *order);
    memcpy(order, idx, nidx * sizeof *order);
    pb_rng rng = {seed};
    uint64_t feats[PB_TAGGER_MAX_FEATS];
    float scores[PB_PERC_MAX_CLASSES];
    double best_acc = -1;
    pb_pmodel best = {0};
    for (int e = 0; e < epochs; e++) {
        double t0 = now();
        shuffle(order, nidx, &rng);
        size_t right = 0, total = 0;
        for (size_t oi = 0; oi < nidx; oi++) {
            const pb_sentence *se = &s[order[oi]].sentence;
            uint32_t len = se->n_tokens;
            pb_wordfeat *wf = xcalloc(len, sizeof *wf);
            int *tags = xcalloc(len, sizeof *tags);
            for (uint32_t j = 0; j < len; j++)
                pb_wordfeat_compute(se->tokens[j].form, j == 0, &wf[j]);
            pb_tagger_lexicon(m, wf, se->tokens, len);
            for (uint32_t j = 0; j < len; j++) {
                int gold = gold_cls[order[oi]][j];
                int d = dict_class(m, se->tokens[j].form);
                if (d >= 0) {
                    tags[j] = d;
                    continue;
                }
                size_t nf = pb_tagger_features(wf, len, j, tags, feats);
                pb_ptrain_score(&t, feats, nf, scores);
                int guess = 0;
                for (uint32_t c = 1; c < m->n_tags; c++)
                    if (scores[c] > scores[guess])
                        guess = (int)c;
                if (guess != gold &&
                    pb_ptrain_update(&t, feats, nf, gold, guess) < 0)
                    die("out of memory");
                pb_ptrain_tick(&t);
                tags[j] = guess;
                right += guess == gold;
                total++;
            }
            free(wf);
            free(tags);
        }
        pb_pmodel_free(&m->tagger);
        if (pb_ptrain_finish(&t, prune, &m->tagger) < 0)
            die("out of memory");
        if (!dev) {
            fprintf(stderr, "  tagger epoch %d: train %.2f%% (%.1fs)\n", e + 1,
                    100.0 * (double)right / (double)(total ? total : 1),
                    now() - t0);
            continue;
        }
        double acc = tagger_accuracy(m, dev, ndev, dev_cls);
        fprintf(stderr, "  tagger epoch %d: train %.2f%% dev %.2f%% (%.1fs)\n",
                e + 1, 100.0 * (double)right / (double)(total ? total : 1), acc,
                now() - t0);
        if (acc > best_acc) {
            best_acc = acc;
            *best_epoch = e + 1;
            pb_pmodel_free(&best);
            best = m->tagger;
            memset(&m->tagger, 0, sizeof m->tagger);
        }
    }
    if (dev) {
        pb_pmodel_free(&m->tagger);
        m->tagger = best;
    }
    free(order);
    pb_ptrain_free(&t);
}

/* Replaces the tags of s[i] with the model's predictions. */
static void predict_tags(const pb_syntax_model *m, pb_conllu_sentence *s,
                         size_t i)
{
    pb_sentence *se = &s[i].sentence;
    pb_wordfeat *wf = xcalloc(se->n_tokens, sizeof *wf);
    int *tags = xcalloc(se->n_tokens, sizeof *tags);
    for (uint32_t j = 0; j < se->n_tokens; j++)
        pb_wordfeat_compute(se->tokens[j].form, j == 0, &wf[j]);
    pb_tagger_lexicon(m, wf, se->tokens, se->n_tokens);
    pb_tagger_decode(m, wf, se->tokens, se->n_tokens, tags);
    free(wf);
    free(tags);
}

/* ---- parser -------------------------------------------------------------- */

typedef struct psent {
    uint32_t n;
    uint64_t *word, *tag;   /* 1..n */
    int *gold;              /* projectivised heads, 1..n */
    int *rel;               /* gold relations, 1..n */
} psent;

static int prepare_parse(psent *p, const pb_sentence *gold,
                         const pb_sentence *tagged, int projectivize)
{
    uint32_t n = gold->n_tokens;
    p->n = n;
    p->word = xcalloc(n + 2, sizeof *p->word);
    p->tag = xcalloc(n + 2, sizeof *p->tag);
    p->gold = xcalloc(n + 2, sizeof *p->gold);
    p->rel = xcalloc(n + 2, sizeof *p->rel);
    for (uint32_t i = 0; i < n; i++) {
        pb_wordfeat wf;
        pb_wordfeat_compute(gold->tokens[i].form, i == 0, &wf);
        p->word[i + 1] = wf.lower;
        p->tag[i + 1] = pb_parser_tag_value(&tagged->tokens[i]);
        p->gold[i + 1] = gold->tokens[i].head;
        p->rel[i + 1] = gold->tokens[i].deprel;
    }
    return projectivize ? pb_projectivize(p->gold, n) : 0;
}

static void free_psent(psent *p)
{
    free(p->word);
    free(p->tag);
    free(p->gold);
    free(p->rel);
}

/* Parses dev sentences with m; returns LAS (full relations), fills uas. */
/* Early stopping on dev LAS: the best epoch's parser weights so far. */
typedef struct best_parser {
    double las;
    pb_pmodel actions, labels;
} best_parser;

/* Takes the model's parser weights when dev LAS improved on the best. */
static void keep_best_parser(pb_syntax_model *m, double las, best_parser *b)
{
    if (las <= b->las)
        return;
    b->las = las;
    pb_pmodel_free(&b->actions);
    pb_pmodel_free(&b->labels);
    b->actions = m->actions;
    b->labels = m->labels;
    memset(&m->actions, 0, sizeof m->actions);
    memset(&m->labels, 0, sizeof m->labels);
}

/* Puts the best epoch's parser weights back into the model. */
static void restore_best_parser(pb_syntax_model *m, best_parser *b)
{
    pb_pmodel_free(&m->actions);
    pb_pmodel_free(&m->labels);
    m->actions = b->actions;
    m->labels = b->labels;
}

static double parser_dev(const pb_syntax_model *m, psent *dev, size_t ndev,
                         double *uas)
{
    size_t right_u = 0, right_l = 0, total = 0;
    pb_arena a = PB_ARENA_INIT;
    for (size_t i = 0; i < ndev; i++) {
        psent *p = &dev[i];
        pb_token *toks = xcalloc(p->n, sizeof *toks);
        if (pb_parser_run(m, toks, p->n, p->word, p->tag, &a) < 0)
            die("out of memory");
        for (uint32_t j = 0; j < p->n; j++) {
            int ok = toks[j].head == p->gold[j + 1];
            right_u += ok;
            right_l += ok && toks[j].deprel == p->rel[j + 1];
        }
        total += p->n;
        free(toks);
        pb_arena_free(&a);
    }
    *uas = 100.0 * (double)right_u / (double)(total ? total : 1);
    return 100.0 * (double)right_l / (double)(total ? total : 1);
}

static void train_parser(pb_syntax_model *m, psent *tr, size_t ntr,
                         psent *dev, size_t ndev, int epochs, uint64_t seed,
                         double prune)
{
    pb_ptrain act, lab;
    int nrel = pb_deprel_count();
    int root = PB_REL_ROOT;
    if (pb_ptrain_init(&act, PB_ACT_COUNT) < 0 ||
        pb_ptrain_init(&lab, (uint32_t)nrel) < 0)
        die("out of memory");
    size_t *order = xcalloc(ntr, sizeof *order);
    for (size_t i = 0; i < ntr; i++)
        order[i] = i;
    pb_rng rng = {seed ^ 0x7061727365ULL};
    uint64_t feats[PB_PARSER_MAX_FEATS], lfeats[PB_LABEL_MAX_FEATS];
    float scores[PB_PERC_MAX_CLASSES];
    best_parser best = {.las = -1};
    pb_arena arena = PB_ARENA_INIT;
    for (int e = 0; e < epochs; e++) {
        double t0 = now();
        shuffle(order, ntr, &rng);
        size_t steps = 0, wrong = 0;
        for (size_t oi = 0; oi < ntr; oi++) {
            psent *p = &tr[order[oi]];
            pb_pconf c;
            if (pb_pconf_init(&c, p->n, p->word, p->tag, &arena) < 0)
                die("out of memory");
            while (!pb_pconf_terminal(&c)) {
                size_t nf = pb_parser_features(&c, feats);
                pb_ptrain_score(&act, feats, nf, scores);
                int cost[PB_ACT_COUNT], pred = -1, gold = -1, minc = 1 << 30;
                for (int a = 0; a < PB_ACT_COUNT; a++) {
                    cost[a] = pb_pconf_valid(&c, a) ? pb_pconf_cost(&c, a, p->gold)
                                                   : -1;
                    if (cost[a] >= 0 && cost[a] < minc)
                        minc = cost[a];
                }
                for (int a = 0; a < PB_ACT_COUNT; a++) {
                    if (cost[a] < 0)
                        continue;
                    if (pred < 0 || scores[a] > scores[pred])
                        pred = a;
                    if (cost[a] == minc && (gold < 0 || scores[a] > scores[gold]))
                        gold = a;
                }
                if (cost[pred] != minc) {
                    wrong++;
                    if (pb_ptrain_update(&act, feats, nf, gold, pred) < 0)
                        die("out of memory");
                }
                pb_ptrain_tick(&act);
                steps++;
                int next = gold;
                if (e >= EXPLORE_FROM_EPOCH &&
                    (double)(pb_rng_next(&rng) >> 11) / 9007199254740992.0 <
                        EXPLORE_P)
                    next = pred;
                int rel = 0;
                if (next != PB_ACT_SHIFT) {
                    int d, h;
                    pb_pconf_arc(&c, next, &d, &h);
                    if (h == 0) {
                        rel = root;
                    } else {
                        size_t nl = pb_label_features(&c, d, h, lfeats);
                        pb_ptrain_score(&lab, lfeats, nl, scores);
                        int lp = -1;
                        for (int r = 1; r < nrel; r++)
                            if (r != root && (lp < 0 || scores[r] > scores[lp]))
                                lp = r;
                        rel = lp;
                        if (p->gold[d] == h) {
                            int lg = p->rel[d];
                            if (lg > 0 && lg != root && lg != lp &&
                                pb_ptrain_update(&lab, lfeats, nl, lg, lp) < 0)
                                die("out of memory");
                            pb_ptrain_tick(&lab);
                            if (lg > 0 && lg != root)
                                rel = lg;
                        }
                    }
                }
                pb_pconf_apply(&c, next, rel);
            }
            pb_arena_free(&arena);
        }
        pb_pmodel_free(&m->actions);
        pb_pmodel_free(&m->labels);
        if (pb_ptrain_finish(&act, prune, &m->actions) < 0 ||
            pb_ptrain_finish(&lab, prune, &m->labels) < 0)
            die("out of memory");
        double uas = 0, las = parser_dev(m, dev, ndev, &uas);
        fprintf(stderr,
                "  parser epoch %d: %.2f%% wrong steps, dev UAS %.2f LAS %.2f "
                "(%zu + %zu features, %.1fs)\n",
                e + 1, 100.0 * (double)wrong / (double)(steps ? steps : 1), uas,
                las, act.count, lab.count, now() - t0);
        keep_best_parser(m, las, &best);
    }
    restore_best_parser(m, &best);
    free(order);
    pb_ptrain_free(&act);
    pb_ptrain_free(&lab);
}

/* ---- parser: beam search, global training ------------------------------- */

/* The classifiers being trained, as the beam search scores with them. */
typedef struct beam_trainer {
    pb_ptrain act, lab;
    const psent *p;   /* the sentence being trained on */
    int root, nrel;
} beam_trainer;

static void bt_actions(void *ctx, const uint64_t *feats, size_t nf,
                       double *scores)
{
    beam_trainer *bt = ctx;
    float s[PB_ACT_COUNT];
    pb_ptrain_score(&bt->act, feats, nf, s);
    for (int a = 0; a < PB_ACT_COUNT; a++)
        scores[a] = s[a];
}

/* Relation of an arc in the beam: arcs to the right head take the gold
 * relation (as the gold path does) and train the relation classifier. */
static int bt_label(void *ctx, const pb_pconf *c, int dep, int head)
{
    beam_trainer *bt = ctx;
    if (head == 0)
        return bt->root;
    uint64_t lf[PB_LABEL_MAX_FEATS];
    float s[PB_PERC_MAX_CLASSES];
    size_t nl = pb_label_features(c, dep, head, lf);
    pb_ptrain_score(&bt->lab, lf, nl, s);
    int lp = -1;
    for (int r = 1; r < bt->nrel; r++)
        if (r != bt->root && (lp < 0 || s[r] > s[lp]))
            lp = r;
    int lg = bt->p->rel[dep];
    if (bt->p->gold[dep] != head || lg <= 0 || lg == bt->root)
        return lp;
    if (lg != lp && pb_ptrain_update(&bt->lab, lf, nl, lg, lp) < 0)
        die("out of memory");
    pb_ptrain_tick(&bt->lab);
    return lg;
}

/* One sentence: static-oracle gold path, beam search with the current
 * weights, then a max-violation update (Huang, Fayong & Guo 2012) on the
 * prefix where the best beam state leads the gold prefix by most. Returns 1
 * when it updated. */
static int beam_train_sentence(beam_trainer *bt, const psent *p, int width,
                               pb_arena *arena)
{
    size_t steps = 2 * (size_t)p->n;
    uint64_t *gf = xcalloc(steps * PB_PARSER_MAX_FEATS, sizeof *gf);
    size_t *gnf = xcalloc(steps, sizeof *gnf);
    int *gacts = xcalloc(steps, sizeof *gacts), *grels = xcalloc(steps, sizeof *grels);
    int *pacts = xcalloc(steps, sizeof *pacts), *prels = xcalloc(steps, sizeof *prels);
    double *gscore = xcalloc(steps + 1, sizeof *gscore);
    const pb_beam_state **best = xcalloc(steps + 1, sizeof *best);
    uint8_t *gold_in = xcalloc(steps + 1, sizeof *gold_in);
    static const int prefer[PB_ACT_COUNT] = {PB_ACT_LEFT, PB_ACT_RIGHT,
                                             PB_ACT_SHIFT};
    pb_pconf c;
    if (pb_pconf_init(&c, p->n, p->word, p->tag, arena) < 0)
        die("out of memory");
    for (size_t t = 0; t < steps; t++) {
        uint64_t *f = gf + t * PB_PARSER_MAX_FEATS;
        gnf[t] = pb_parser_features(&c, f);
        float s[PB_ACT_COUNT];
        pb_ptrain_score(&bt->act, f, gnf[t], s);
        int act = PB_ACT_SHIFT;
        for (int i = 0; i < PB_ACT_COUNT; i++)
            if (pb_pconf_valid(&c, prefer[i]) &&
                pb_pconf_cost(&c, prefer[i], p->gold) == 0) {
                act = prefer[i];
                break;
            }
        int rel = 0;
        if (act != PB_ACT_SHIFT) {
            int d, h;
            pb_pconf_arc(&c, act, &d, &h);
            rel = h == 0 ? bt->root
                  : p->rel[d] > 0 && p->rel[d] != bt->root ? p->rel[d]
                                                           : PB_REL_DEP;
        }
        gacts[t] = act;
        grels[t] = rel;
        gscore[t + 1] = gscore[t] + s[act];
        pb_pconf_apply(&c, act, rel);
    }
    pb_beam_scorer sc = {bt_actions, bt_label, bt};
    bt->p = p;
    if (!pb_beam_search(&sc, p->n, p->word, p->tag, width, gacts, best,
                        gold_in, arena))
        die("out of memory");
    size_t tstar = 0;
    double vmax = 0;
    for (size_t t = 1; t <= steps; t++) {
        if (pb_beam_is_gold(best[t]))
            continue;
        double v = pb_beam_score(best[t]) - gscore[t];
        if (v >= 0 && (tstar == 0 || v > vmax))
            tstar = t, vmax = v;
    }
    if (tstar > 0) {
        pb_beam_path(best[tstar], pacts, prels);
        size_t j = 0;
        while (j < tstar && pacts[j] == gacts[j] && prels[j] == grels[j])
            j++;
        if (pb_pconf_init(&c, p->n, p->word, p->tag, arena) < 0)
            die("out of memory");
        uint64_t feats[PB_PARSER_MAX_FEATS];
        for (size_t t = 0; t < tstar; t++) {
            if (t >= j) {
                size_t nf = pb_parser_features(&c, feats);
                if (pb_ptrain_add(&bt->act, feats, nf, pacts[t], -1.0f) < 0 ||
                    pb_ptrain_add(&bt->act, gf + t * PB_PARSER_MAX_FEATS,
                                  gnf[t], gacts[t], 1.0f) < 0)
                    die("out of memory");
            }
            pb_pconf_apply(&c, pacts[t], prels[t]);
        }
    }
    pb_ptrain_tick(&bt->act);
    free(gf);
    free(gnf);
    free(gacts);
    free(grels);
    free(pacts);
    free(prels);
    free(gscore);
    free(best);
    free(gold_in);
    return tstar > 0;
}

static int cmp_double_desc(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x > y ? -1 : x < y;
}

/* pb_ptrain_finish with the pruning threshold raised, when needed, so that
 * at most max_rows features keep a weight. */
static void finish_capped(const pb_ptrain *t, double prune, size_t max_rows,
                          pb_pmodel *out)
{
    if (t->count > max_rows) {
        double *top = xcalloc(t->count, sizeof *top);
        double step = (double)t->step;
        for (size_t r = 0; r < t->count; r++)
            for (uint32_t c = 0; c < t->n_classes; c++) {
                size_t i = r * t->n_classes + c;
                double a = fabs((double)t->w[i] - t->u[i] / step);
                if (a > top[r])
                    top[r] = a;
            }
        qsort(top, t->count, sizeof *top, cmp_double_desc);
        double cut = nextafter(top[max_rows], HUGE_VAL);
        if (cut > prune)
            prune = cut;
        free(top);
    }
    if (pb_ptrain_finish(t, prune, out) < 0)
        die("out of memory");
}

static void train_parser_beam(pb_syntax_model *m, psent *tr, size_t ntr,
                              psent *dev, size_t ndev, int epochs,
                              uint64_t seed, double prune)
{
    beam_trainer bt;
    memset(&bt, 0, sizeof bt);
    bt.nrel = pb_deprel_count();
    bt.root = PB_REL_ROOT;
    if (pb_ptrain_init(&bt.act, PB_ACT_COUNT) < 0 ||
        pb_ptrain_init(&bt.lab, (uint32_t)bt.nrel) < 0)
        die("out of memory");
    size_t *order = xcalloc(ntr, sizeof *order);
    for (size_t i = 0; i < ntr; i++)
        order[i] = i;
    pb_rng rng = {seed ^ 0x7061727365ULL};
    best_parser best = {.las = -1};
    pb_arena arena = PB_ARENA_INIT;
    for (int e = 0; e < epochs; e++) {
        double t0 = now();
        shuffle(order, ntr, &rng);
        size_t updates = 0;
        for (size_t oi = 0; oi < ntr; oi++) {
            updates += (size_t)beam_train_sentence(&bt, &tr[order[oi]],
                                                   (int)m->beam, &arena);
            pb_arena_free(&arena);
        }
        pb_pmodel_free(&m->actions);
        pb_pmodel_free(&m->labels);
        finish_capped(&bt.act, prune, BEAM_ACTION_FEATURES_MAX, &m->actions);
        if (pb_ptrain_finish(&bt.lab, prune, &m->labels) < 0)
            die("out of memory");
        double uas = 0, las = parser_dev(m, dev, ndev, &uas);
        fprintf(stderr,
                "  parser epoch %d (beam %u): %.2f%% sentences updated, dev "
                "UAS %.2f LAS %.2f (%zu + %zu features, %llu kept, %.1fs)\n",
                e + 1, m->beam, 100.0 * (double)updates / (double)(ntr ? ntr : 1),
                uas, las, bt.act.count, bt.lab.count,
                (unsigned long long)m->actions.n_features, now() - t0);
        keep_best_parser(m, las, &best);
    }
    restore_best_parser(m, &best);
    free(order);
    pb_ptrain_free(&bt.act);
    pb_ptrain_free(&bt.lab);
}

/* ---- main ---------------------------------------------------------------- */

static int **gold_classes(const pb_syntax_model *m, pb_conllu_sentence *s,
                          size_t n)
{
    int **g = xcalloc(n, sizeof *g);
    for (size_t i = 0; i < n; i++) {
        g[i] = xcalloc(s[i].sentence.n_tokens, sizeof **g);
        for (uint32_t j = 0; j < s[i].sentence.n_tokens; j++)
            g[i][j] = class_of(m, &s[i].sentence.tokens[j]);
    }
    return g;
}

/* Deep copy of sentence tokens (tags will be overwritten). */
static pb_conllu_sentence *copy_sentences(const pb_conllu_sentence *s,
                                          size_t n)
{
    pb_conllu_sentence *c = xcalloc(n, sizeof *c);
    for (size_t i = 0; i < n; i++) {
        c[i] = s[i];
        c[i].sentence.tokens = xcalloc(s[i].sentence.n_tokens,
                                       sizeof(pb_token));
        memcpy(c[i].sentence.tokens, s[i].sentence.tokens,
               s[i].sentence.n_tokens * sizeof(pb_token));
    }
    return c;
}

static void parse_options(int argc, char **argv, options *o)
{
    memset(o, 0, sizeof *o);
    o->tag_epochs = 10;
    o->parse_epochs = 15;
    o->folds = 5;
    o->beam = DEFAULT_BEAM;
    o->seed = 20240611;
    o->tag_prune = 0.5;
    o->parse_prune = 1.0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!v)
            die("missing option value");
        if (strcmp(a, "--train") == 0)
            o->train = v;
        else if (strcmp(a, "--dev") == 0)
            o->dev = v;
        else if (strcmp(a, "--wordnet") == 0)
            o->wordnet = v;
        else if (strcmp(a, "--out") == 0)
            o->out = v;
        else if (strcmp(a, "--tag-epochs") == 0)
            o->tag_epochs = atoi(v);
        else if (strcmp(a, "--parse-epochs") == 0)
            o->parse_epochs = atoi(v);
        else if (strcmp(a, "--tag-prune") == 0)
            o->tag_prune = atof(v);
        else if (strcmp(a, "--parse-prune") == 0)
            o->parse_prune = atof(v);
        else if (strcmp(a, "--beam") == 0)
            o->beam = atoi(v);
        else if (strcmp(a, "--folds") == 0)
            o->folds = atoi(v);
        else if (strcmp(a, "--seed") == 0)
            o->seed = strtoull(v, NULL, 10);
        else if (strcmp(a, "--max-sentences") == 0)
            o->max_sentences = strtoull(v, NULL, 10);
        else if (strcmp(a, "--wordnet-classes") == 0)
            o->wordnet_classes = atoi(v);
        else
            die("unknown option (see the header of tools/train-syntax.c)");
        i++;
    }
    if (o->beam < 1 || o->beam > PB_BEAM_MAX)
        die("--beam must be between 1 and PB_BEAM_MAX");
    if (!o->train || !o->dev || !o->wordnet || !o->out)
        die("usage: train-syntax --train T --dev D --wordnet DIR --out MODEL");
}

int main(int argc, char **argv)
{
    options o;
    parse_options(argc, argv, &o);
    double t_start = now();
    char err[512];
    pb_arena arena = PB_ARENA_INIT;
    pb_conllu_sentence *train, *dev;
    size_t ntrain, ndev;
    if (pb_conllu_read(o.train, &arena, &train, &ntrain, err, sizeof err) < 0 ||
        pb_conllu_read(o.dev, &arena, &dev, &ndev, err, sizeof err) < 0)
        die(err);
    if (o.max_sentences && ntrain > o.max_sentences)
        ntrain = o.max_sentences;
    fprintf(stderr, "read %zu training and %zu dev sentences\n", ntrain, ndev);

    pb_syntax_model m;
    memset(&m, 0, sizeof m);
    build_tag_classes(&m, train, ntrain);
    fprintf(stderr, "%u tag classes\n", m.n_tags);
    int **train_cls = gold_classes(&m, train, ntrain);
    int **dev_cls = gold_classes(&m, dev, ndev);
    build_tagdict(&m, train, ntrain, train_cls);
    build_ambig(&m, train, ntrain, train_cls,
                o.wordnet_classes ? o.wordnet : NULL);

    /* Tagger on all training data, early-stopped on dev. */
    size_t *all = xcalloc(ntrain, sizeof *all);
    for (size_t i = 0; i < ntrain; i++)
        all[i] = i;
    int best_epoch = o.tag_epochs;
    fprintf(stderr, "tagger:\n");
    train_tagger(&m, train, train_cls, all, ntrain, o.tag_epochs, dev, ndev,
                 dev_cls, o.seed, o.tag_prune, &best_epoch);
    fprintf(stderr, "tagger: best epoch %d (%.0fs so far)\n", best_epoch,
            now() - t_start);

    /* Jackknifed tags for the parser's training data; dev gets the real
     * tagger's tags. */
    pb_conllu_sentence *train_tagged = copy_sentences(train, ntrain);
    pb_conllu_sentence *dev_tagged = copy_sentences(dev, ndev);
    for (size_t i = 0; i < ndev; i++)
        predict_tags(&m, dev_tagged, i);
    if (o.folds >= 2) {
        pb_syntax_model fold = m;
        memset(&fold.tagger, 0, sizeof fold.tagger);
        size_t *idx = xcalloc(ntrain, sizeof *idx);
        for (int f = 0; f < o.folds; f++) {
            size_t k = 0;
            for (size_t i = 0; i < ntrain; i++)
                if ((int)(i % (size_t)o.folds) != f)
                    idx[k++] = i;
            fprintf(stderr, "jackknife fold %d/%d\n", f + 1, o.folds);
            int unused = 0;
            train_tagger(&fold, train, train_cls, idx, k, best_epoch, NULL, 0,
                         NULL, o.seed + (uint64_t)f + 1, o.tag_prune, &unused);
            for (size_t i = (size_t)f; i < ntrain; i += (size_t)o.folds)
                predict_tags(&fold, train_tagged, i);
            pb_pmodel_free(&fold.tagger);
        }
        free(idx);
    }

    fprintf(stderr, "lemmatizer tables\n");
    if (pb_lemmatizer_build(&m, train, ntrain, o.wordnet, err, sizeof err) < 0)
        die(err);

    /* Parser. */
    psent *ptr = xcalloc(ntrain, sizeof *ptr), *pdev = xcalloc(ndev, sizeof *pdev);
    size_t nptr = 0, lifted = 0, skipped = 0;
    for (size_t i = 0; i < ntrain; i++) {
        int r = prepare_parse(&ptr[nptr], &train[i].sentence,
                              &train_tagged[i].sentence, 1);
        if (r < 0) {
            free_psent(&ptr[nptr]);
            skipped++;
            continue;
        }
        lifted += (size_t)r;
        nptr++;
    }
    for (size_t i = 0; i < ndev; i++)
        prepare_parse(&pdev[i], &dev[i].sentence, &dev_tagged[i].sentence, 0);
    fprintf(stderr, "parser: %zu sentences (%zu arcs lifted, %zu skipped)\n",
            nptr, lifted, skipped);
    m.beam = (uint32_t)o.beam;
    if (o.beam > 1)
        train_parser_beam(&m, ptr, nptr, pdev, ndev, o.parse_epochs, o.seed,
                          o.parse_prune);
    else
        train_parser(&m, ptr, nptr, pdev, ndev, o.parse_epochs, o.seed,
                     o.parse_prune);

    if (pb_syntax_model_save(&m, o.out, err, sizeof err) < 0)
        die(err);
    fprintf(stderr,
            "wrote %s: tagger %llu, actions %llu, labels %llu features "
            "(%.0fs)\n",
            o.out, (unsigned long long)m.tagger.n_features,
            (unsigned long long)m.actions.n_features,
            (unsigned long long)m.labels.n_features, now() - t_start);

    for (size_t i = 0; i < nptr; i++)
        free_psent(&ptr[i]);
    for (size_t i = 0; i < ndev; i++)
        free_psent(&pdev[i]);
    free(ptr);
    free(pdev);
    for (size_t i = 0; i < ntrain; i++) {
        free(train_cls[i]);
        free(train_tagged[i].sentence.tokens);
    }
    for (size_t i = 0; i < ndev; i++) {
        free(dev_cls[i]);
        free(dev_tagged[i].sentence.tokens);
    }
    free(train_cls);
    free(dev_cls);
    free(train_tagged);
    free(dev_tagged);
    free(all);
    pb_syntax_model_clear(&m);
    pb_arena_free(&arena);
    return 0;
}
