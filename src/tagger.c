/* tagger.c — the part-of-speech tagger of the syntax stage: a greedy
 * left-to-right averaged perceptron over (UPOS, Penn XPOS) pair classes with
 * word, affix, shape and context features, and a dictionary of frequent
 * unambiguous words. Word features computed here are shared with the parser.
 * Also the retagging that needs the model's lexicon or WordNet: place
 * names, subjunctives after "demanded that", verbs after a modal or "did
 * not".
 */
#include "syntax_int.h"

#include <string.h>
#include <strings.h>

/* Longest run of one shape class kept before runs are collapsed ("Xxxxx"
 * and "Xxxxxxxx" share the shape "Xxxx"). */
#define SHAPE_RUN_MAX 3
/* Longest shape string hashed. */
#define SHAPE_MAX 24

enum {
    T_BIAS, T_LOWER, T_FORM, T_SUF1, T_SUF2, T_SUF3, T_SUF4, T_PRE1, T_PRE2,
    T_PRE3, T_SHAPE, T_FLAGS, T_P1, T_P2, T_P1P2, T_P1W, T_WM1, T_SUFM1,
    T_WM2, T_WP1, T_SUFP1, T_WP2, T_SUFP2, T_WM1W, T_WWP1, T_P1SUF,
    T_SHAPEP1, T_SHAPEM1, T_P1WP1, T_FLAGSUF, T_WM1WP1, T_P2W, T_SHAPEW,
    T_FLAGSM1, T_AMB, T_AMBP1, T_AMBP2, T_AMBM1, T_AMBAMBP1, T_P1AMB,
    T_AMBWP1, T_AMBSUF, T_AMBP1P2
};

static unsigned char ascii_lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

void pb_wordfeat_compute(const char *form, int first, pb_wordfeat *out)
{
    if (!form)
        form = "";
    size_t len = strlen(form);
    if (len > PB_WORD_HASH_MAX)
        len = PB_WORD_HASH_MAX;
    unsigned char low[PB_WORD_HASH_MAX];
    char shape[SHAPE_MAX];
    size_t sl = 0;
    char last = 0;
    int run = 0, letters = 0, uppers = 0, alnum = 0;
    uint32_t flags = first ? PB_WF_FIRST_WORD : 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)form[i];
        low[i] = ascii_lower(c);
        char s;
        if (c >= 'A' && c <= 'Z')
            s = 'X', uppers++, letters++, alnum++;
        else if (c >= 'a' && c <= 'z')
            s = 'x', letters++, alnum++;
        else if (c >= '0' && c <= '9')
            s = 'd', flags |= PB_WF_DIGIT, alnum++;
        else if (c >= 0x80)
            s = 'u', flags |= PB_WF_NON_ASCII;
        else
            s = (char)c;
        if (c == '-')
            flags |= PB_WF_HYPHEN;
        if (s == last) {
            if (++run > SHAPE_RUN_MAX)
                continue;
        } else {
            run = 1;
            last = s;
        }
        if (sl < SHAPE_MAX)
            shape[sl++] = s;
    }
    if (len && form[0] >= 'A' && form[0] <= 'Z')
        flags |= PB_WF_UPPER_FIRST;
    if (letters && uppers == letters)
        flags |= PB_WF_ALL_UPPER;
    if (len && !alnum && !(flags & PB_WF_NON_ASCII))
        flags |= PB_WF_PUNCT_ONLY;
    out->flags = flags;
    out->form = pb_hash_bytes(form, len);
    out->lower = pb_hash_bytes(low, len);
    out->shape = pb_hash_bytes(shape, sl);
    for (size_t k = 0; k < 3; k++)
        out->pre[k] = k < len ? pb_hash_bytes(low, k + 1) : out->lower;
    for (size_t k = 0; k < 4; k++)
        out->suf[k] = k < len ? pb_hash_bytes(low + len - k - 1, k + 1)
                              : out->lower;
}

/* Sentinel hashes for positions before the start and after the end. */
#define WORD_BOS 0x5eed0001ULL
#define WORD_EOS 0x5eed0002ULL
#define TAG_BOS 1000

size_t pb_tagger_features(const pb_wordfeat *wf, uint32_t n, uint32_t i,
                          const int *tags, uint64_t *out)
{
    const pb_wordfeat *w = &wf[i];
    uint64_t wm1 = i >= 1 ? wf[i - 1].lower : WORD_BOS;
    uint64_t wm2 = i >= 2 ? wf[i - 2].lower : WORD_BOS;
    uint64_t wp1 = i + 1 < n ? wf[i + 1].lower : WORD_EOS;
    uint64_t wp2 = i + 2 < n ? wf[i + 2].lower : WORD_EOS;
    uint64_t sm1 = i >= 1 ? wf[i - 1].suf[2] : WORD_BOS;
    uint64_t sp1 = i + 1 < n ? wf[i + 1].suf[2] : WORD_EOS;
    uint64_t sp2 = i + 2 < n ? wf[i + 2].suf[2] : WORD_EOS;
    uint64_t shp1 = i + 1 < n ? wf[i + 1].shape : WORD_EOS;
    uint64_t shm1 = i >= 1 ? wf[i - 1].shape : WORD_BOS;
    uint64_t fm1 = i >= 1 ? wf[i - 1].flags : WORD_BOS;
    uint64_t p1 = i >= 1 ? (uint64_t)tags[i - 1] : TAG_BOS;
    uint64_t p2 = i >= 2 ? (uint64_t)tags[i - 2] : TAG_BOS;
    size_t k = 0;
    out[k++] = pb_feat3(T_BIAS, 0, 0, 0);
    out[k++] = pb_feat3(T_LOWER, w->lower, 0, 0);
    out[k++] = pb_feat3(T_FORM, w->form, 0, 0);
    out[k++] = pb_feat3(T_SUF1, w->suf[0], 0, 0);
    out[k++] = pb_feat3(T_SUF2, w->suf[1], 0, 0);
    out[k++] = pb_feat3(T_SUF3, w->suf[2], 0, 0);
    out[k++] = pb_feat3(T_SUF4, w->suf[3], 0, 0);
    out[k++] = pb_feat3(T_PRE1, w->pre[0], 0, 0);
    out[k++] = pb_feat3(T_PRE2, w->pre[1], 0, 0);
    out[k++] = pb_feat3(T_PRE3, w->pre[2], 0, 0);
    out[k++] = pb_feat3(T_SHAPE, w->shape, 0, 0);
    out[k++] = pb_feat3(T_FLAGS, w->flags, 0, 0);
    out[k++] = pb_feat3(T_P1, p1, 0, 0);
    out[k++] = pb_feat3(T_P2, p2, 0, 0);
    out[k++] = pb_feat3(T_P1P2, p1, p2, 0);
    out[k++] = pb_feat3(T_P1W, p1, w->lower, 0);
    out[k++] = pb_feat3(T_WM1, wm1, 0, 0);
    out[k++] = pb_feat3(T_SUFM1, sm1, 0, 0);
    out[k++] = pb_feat3(T_WM2, wm2, 0, 0);
    out[k++] = pb_feat3(T_WP1, wp1, 0, 0);
    out[k++] = pb_feat3(T_SUFP1, sp1, 0, 0);
    out[k++] = pb_feat3(T_WP2, wp2, 0, 0);
    out[k++] = pb_feat3(T_SUFP2, sp2, 0, 0);
    out[k++] = pb_feat3(T_WM1W, wm1, w->lower, 0);
    out[k++] = pb_feat3(T_WWP1, w->lower, wp1, 0);
    out[k++] = pb_feat3(T_P1SUF, p1, w->suf[2], 0);
    out[k++] = pb_feat3(T_SHAPEP1, shp1, 0, 0);
    out[k++] = pb_feat3(T_SHAPEM1, shm1, 0, 0);
    out[k++] = pb_feat3(T_P1WP1, p1, wp1, 0);
    out[k++] = pb_feat3(T_FLAGSUF, w->flags, w->suf[2], 0);
    out[k++] = pb_feat3(T_WM1WP1, wm1, wp1, 0);
    out[k++] = pb_feat3(T_P2W, p2, w->lower, 0);
    out[k++] = pb_feat3(T_SHAPEW, w->shape, wp1, 0);
    out[k++] = pb_feat3(T_FLAGSM1, fm1, w->flags, 0);
    uint64_t ap1 = i + 1 < n ? wf[i + 1].ambig : WORD_EOS;
    uint64_t ap2 = i + 2 < n ? wf[i + 2].ambig : WORD_EOS;
    uint64_t am1 = i >= 1 ? wf[i - 1].ambig : WORD_BOS;
    out[k++] = pb_feat3(T_AMB, w->ambig, 0, 0);
    out[k++] = pb_feat3(T_AMBP1, ap1, 0, 0);
    out[k++] = pb_feat3(T_AMBP2, ap2, 0, 0);
    out[k++] = pb_feat3(T_AMBM1, am1, 0, 0);
    out[k++] = pb_feat3(T_AMBAMBP1, w->ambig, ap1, 0);
    out[k++] = pb_feat3(T_P1AMB, p1, w->ambig, 0);
    out[k++] = pb_feat3(T_AMBWP1, w->ambig, wp1, 0);
    out[k++] = pb_feat3(T_AMBSUF, w->ambig, w->suf[2], 0);
    out[k++] = pb_feat3(T_AMBP1P2, w->ambig, ap1, ap2);
    return k;
}

void pb_tagger_lexicon(const pb_syntax_model *m, pb_wordfeat *wf,
                       const pb_token *tokens, uint32_t n)
{
    char low[PB_WORD_HASH_MAX + 1];
    /* wf[i].lower is the hash of the lexicon's key for the word (for the
     * forms it looks up, of at most PB_WORD_HASH_MAX bytes), so the
     * lookups of the whole sentence can be started first. */
    for (uint32_t i = 0; i < n; i++)
        pb_strtab_prefetch_slot(&m->ambig, wf[i].lower);
    for (uint32_t i = 0; i < n; i++)
        pb_strtab_prefetch_entry(&m->ambig, wf[i].lower);
    for (uint32_t i = 0; i < n; i++) {
        wf[i].ambig = 0;
        const char *f = tokens[i].form ? tokens[i].form : "";
        size_t len = strlen(f);
        if (!m->ambig.slots || len > PB_WORD_HASH_MAX)
            continue;
        for (size_t k = 0; k < len; k++)
            low[k] = (char)ascii_lower((unsigned char)f[k]);
        const char *v = pb_strtab_get(&m->ambig, low, len);
        /* a capitalised word inside the sentence is a name more often
         * than the WordNet word it spells ("Bush", "Li", "Zimbabwean") */
        if (v && (unsigned char)v[0] == PB_AMBIG_WORDNET && i > 0 &&
            f[0] >= 'A' && f[0] <= 'Z')
            v = NULL;
        if (v)
            wf[i].ambig = pb_hash_bytes(v, strlen(v));
    }
}

/* Class from the tag dictionary for an exact form, or -1. */
static int tagdict_lookup(const pb_syntax_model *m, const char *form)
{
    if (!m->tagdict.slots)
        return -1;
    size_t len = strlen(form);
    if (len > PB_WORD_HASH_MAX)
        return -1;
    const char *v = pb_strtab_get(&m->tagdict, form, len);
    if (!v || !v[0])
        return -1;
    int c = (unsigned char)v[0] - 1;
    return c < (int)m->n_tags ? c : -1;
}

void pb_tagger_decode(const pb_syntax_model *m, const pb_wordfeat *wf,
                      pb_token *tokens, uint32_t n, int *tags)
{
    uint64_t feats[PB_TAGGER_MAX_FEATS];
    int32_t scores[PB_PERC_MAX_CLASSES];
    /* The dictionary lookups do not depend on the tags, and wf[i].form is
     * the hash of the dictionary's key: start them all first. */
    for (uint32_t i = 0; i < n; i++)
        pb_strtab_prefetch_slot(&m->tagdict, wf[i].form);
    for (uint32_t i = 0; i < n; i++)
        pb_strtab_prefetch_entry(&m->tagdict, wf[i].form);
    for (uint32_t i = 0; i < n; i++) {
        int best = tagdict_lookup(m, tokens[i].form ? tokens[i].form : "");
        if (best < 0) {
            size_t nf = pb_tagger_features(wf, n, i, tags, feats);
            pb_pmodel_score(&m->tagger, feats, nf, scores);
            best = 0;
            for (uint32_t c = 1; c < m->n_tags; c++)
                if (scores[c] > scores[best])
                    best = (int)c;
        }
        tags[i] = best;
        tokens[i].upos = m->tag_upos[best];
        memcpy(tokens[i].xpos, m->tag_xpos[best], PB_XPOS_SIZE);
    }
}

int pb_syntax_tag(const pb_syntax_model *m, pb_token *tokens, uint32_t n,
                  pb_arena *arena)
{
    if (n == 0)
        return 0;
    pb_wordfeat *wf = pb_arena_alloc(arena, n * sizeof *wf);
    int *tags = pb_arena_alloc(arena, n * sizeof *tags);
    if (!wf || !tags)
        return -1;
    for (uint32_t i = 0; i < n; i++)
        pb_wordfeat_compute(tokens[i].form, i == 0, &wf[i]);
    pb_tagger_lexicon(m, wf, tokens, n);
    pb_tagger_decode(m, wf, tokens, n, tags);
    return 0;
}

/* Could the lower-case word be a base-form verb: did training tag it VB
 * or VBP, or does WordNet list it as a verb? */
static int can_be_base_verb(const pb_syntax_model *m, const char *low)
{
    size_t len = strlen(low);
    if (!m->ambig.slots || len > PB_WORD_HASH_MAX)
        return 0;
    const char *v = pb_strtab_get(&m->ambig, low, len);
    if (!v) /* (a verb training saw with one tag only: "publish") */
        return pb_wordnet_lemma(m, low, 'v');
    if ((unsigned char)v[0] == PB_AMBIG_WORDNET)
        return strchr(v + 1, 'v') != NULL;
    for (; *v; v++) {
        unsigned cls = (unsigned char)*v - 1u;
        if (cls < m->n_tags && (strcmp(m->tag_xpos[cls], "VB") == 0 ||
                                strcmp(m->tag_xpos[cls], "VBP") == 0))
            return 1;
    }
    return 0;
}

/* Token t becomes a base-form verb when its word can be one. */
static void retag_base_verb(const pb_syntax_model *m, pb_token *t)
{
    char low[PB_WORD_HASH_MAX + 1];
    size_t len = strlen(t->form);
    if (len > PB_WORD_HASH_MAX)
        return;
    for (size_t k = 0; k <= len; k++)
        low[k] = (char)ascii_lower((unsigned char)t->form[k]);
    if (!can_be_base_verb(m, low))
        return;
    t->upos = PB_UPOS_VERB;
    memcpy(t->xpos, "VB", 3);
}

static int form_in(const pb_token *t, const char *const *words)
{
    for (; t->form && *words; words++)
        if (strcasecmp(t->form, *words) == 0)
            return 1;
    return 0;
}

static void make_proper_noun(pb_token *t)
{
    t->upos = PB_UPOS_PROPN;
    memcpy(t->xpos, "NNP", 4);
}

void pb_tag_place_names(pb_token *tokens, uint32_t n, const uint8_t *names)
{
    static const char *const misread[] = {"VB", "VBD", "VBG", "VBN", "VBP",
                                          "VBZ", "MD", "JJ", "RB", NULL};
    if (n < 2 || !names)
        return;
    for (uint32_t i = 0; i < n; i++) {
        pb_token *t = &tokens[i];
        if (names[i] == PB_NAME_IN_PLACE && strcmp(t->xpos, "NNP") != 0 &&
            strcmp(t->xpos, "NNPS") != 0)
            make_proper_noun(t);
        if (i > 0 || names[i] != PB_NAME_OPENING)
            continue;
        for (int k = 0; misread[k]; k++)
            if (strcmp(t->xpos, misread[k]) == 0) {
                make_proper_noun(t);
                break;
            }
    }
}

void pb_tag_subjunctive(const pb_syntax_model *m, pb_token *tokens, uint32_t n)
{
    static const char *const demanding[] = {
        "demand", "demanded", "demands", "demanding", "insist", "insisted",
        "insists", "urge", "urged", "urges", "ask", "asked", "asks",
        "propose", "proposed", "recommend", "recommended", "request",
        "requested", "require", "required", NULL};
    static const char *const that[] = {"that", NULL};
    for (uint32_t i = 1; i + 3 < n; i++) {
        if (!form_in(&tokens[i], that) || !form_in(&tokens[i - 1], demanding))
            continue;
        uint32_t w = i + 2; /* the subject's head noun comes first */
        while (w + 1 < n && w < i + 7 && tokens[w - 1].xpos[0] != 'N')
            w++;
        pb_token *t = &tokens[w];
        int finite = 0; /* "that the trade deal talks continue" */
        for (uint32_t k = i + 1; k < n && tokens[k].xpos[0] != ','; k++)
            finite |= strcmp(tokens[k].xpos, "VBD") == 0 ||
                      strcmp(tokens[k].xpos, "VBZ") == 0 ||
                      strcmp(tokens[k].xpos, "VBP") == 0 ||
                      strcmp(tokens[k].xpos, "MD") == 0;
        const char *next = tokens[w + 1].xpos;
        if (finite || w + 1 >= n || strcmp(t->xpos, "NN") != 0 ||
            !t->form || t->form[0] < 'a' || t->form[0] > 'z' ||
            !(next[0] == 'N' || next[0] == 'J' || strcmp(next, "DT") == 0 ||
              strcmp(next, "PRP$") == 0 || strcmp(next, "CD") == 0))
            continue;
        retag_base_verb(m, t);
    }
}

/* Is token t a modal, or a form of "do" the tagger read as the
 * auxiliary? */
static int modal_or_do(const pb_token *t)
{
    static const char *const does[] = {"do", "does", "did", NULL};
    return strcmp(t->xpos, "MD") == 0 ||
           (t->upos == PB_UPOS_AUX && form_in(t, does));
}

void pb_tag_after_auxiliary(const pb_syntax_model *m, pb_token *tokens,
                            uint32_t n)
{
    for (uint32_t i = 0; i + 1 < n; i++) {
        if (!modal_or_do(&tokens[i]))
            continue;
        uint32_t w = i + 1, adverbs = 0;
        while (w + 1 < n && adverbs < 4 && strcmp(tokens[w].xpos, "RB") == 0)
            w++, adverbs++;
        pb_token *t = &tokens[w];
        /* (a do with no adverb may be the verb: "the storm did damage") */
        if ((strcmp(tokens[i].xpos, "MD") != 0 && adverbs == 0) ||
            strcmp(t->xpos, "NN") != 0 || !t->form || t->form[0] < 'a' ||
            t->form[0] > 'z')
            continue;
        retag_base_verb(m, t);
    }
}
