/* syntax_model.c — the syntax stage's front door: the UPOS and relation name
 * tables, the model file format (save for the trainer, load with validation
 * for everyone), and pb_syntax_annotate, which runs tagger, lemmatizer and
 * parser in order over one sentence.
 */
#include "syntax_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const upos_names[PB_UPOS_COUNT] = {
    "_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
};

/* Bytes of a relation name with its NUL and zero padding: names are
 * stored in fixed-width slots so that pb_deprel_from_name, which the
 * CoNLL-U reader calls for every token, compares two words per name
 * instead of calling strcmp. */
#define DEPREL_NAME_SIZE 16

/* Universal relations and the subtypes of the English UD treebanks, in the
 * order of PB_DEPREL_LIST (syntax.h). */
static const char deprel_names[][DEPREL_NAME_SIZE] = {
#define PB_DEPREL_NAME(id, name) name,
    PB_DEPREL_LIST(PB_DEPREL_NAME)
#undef PB_DEPREL_NAME
};
#define DEPREL_COUNT PB_REL_COUNT
_Static_assert(sizeof deprel_names / sizeof deprel_names[0] <= PB_DEPREL_MAX,
               "relation table larger than PB_DEPREL_MAX");

const char *pb_upos_name(int upos)
{
    return upos > 0 && upos < PB_UPOS_COUNT ? upos_names[upos] : "_";
}

int pb_upos_from_name(const char *name)
{
    for (int i = 1; i < PB_UPOS_COUNT; i++)
        if (strcmp(upos_names[i], name) == 0)
            return i;
    return 0;
}

const char *pb_deprel_name(int rel)
{
    return rel > 0 && rel < DEPREL_COUNT ? deprel_names[rel] : "_";
}

int pb_deprel_from_name(const char *name)
{
    size_t len = strnlen(name, DEPREL_NAME_SIZE);
    if (len == DEPREL_NAME_SIZE)
        return 0; /* longer than any relation */
    char key[DEPREL_NAME_SIZE] = {0};
    memcpy(key, name, len);
    _Static_assert(DEPREL_NAME_SIZE == 16, "names are compared as 2 words");
    uint64_t k0, k1;
    memcpy(&k0, key, 8);
    memcpy(&k1, key + 8, 8);
    for (int i = 1; i < DEPREL_COUNT; i++) {
        uint64_t w0, w1;
        memcpy(&w0, deprel_names[i], 8);
        memcpy(&w1, deprel_names[i] + 8, 8);
        if (w0 == k0 && w1 == k1)
            return i;
    }
    return 0;
}

int pb_deprel_count(void)
{
    return DEPREL_COUNT;
}

size_t pb_deprel_universal_len(int rel)
{
    const char *s = pb_deprel_name(rel);
    const char *c = strchr(s, ':');
    return c ? (size_t)(c - s) : strlen(s);
}

/* ---- file format --------------------------------------------------------
 * "PBSYNTX\0", u32 version, u32 byte-order mark, u32 n_tags, u32 beam width,
 * n_tags × (u8 upos, char xpos[8]), padding to 8;
 * the tagger, five string tables, the action and label classifiers;
 * u64 FNV-1a hash of everything before it. Native little-endian layout;
 * arrays are 8-byte aligned so loading only points into the file buffer. */

#define MODEL_MAGIC "PBSYNTX"
#define MODEL_VERSION 2u
#define MODEL_BOM 0x01020304u
/* Largest model file accepted. */
#define MODEL_MAX_BYTES ((size_t)1 << 30)

typedef struct writer {
    FILE *fp;
    uint64_t pos;
    int failed;
} writer;

/* Checksum of a model image: 8-byte words mixed by multiply-rotate, then
 * the tail bytes. Fast enough to check a 40 MB model in a few ms. */
static uint64_t model_checksum(const unsigned char *b, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ULL ^ len;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t v;
        memcpy(&v, b + i, 8);
        h = (h ^ v) * 0x9e3779b97f4a7c15ULL;
        h ^= h >> 29;
    }
    for (; i < len; i++)
        h = (h ^ b[i]) * 0x100000001b3ULL;
    return pb_mix64(h);
}

static void w_bytes(writer *w, const void *p, size_t len)
{
    if (len && fwrite(p, 1, len, w->fp) != len)
        w->failed = 1;
    w->pos += len;
}
static void w_u32(writer *w, uint32_t v) { w_bytes(w, &v, 4); }
static void w_u64(writer *w, uint64_t v) { w_bytes(w, &v, 8); }
static void w_pad(writer *w)
{
    static const unsigned char zero[8];
    if (w->pos % 8)
        w_bytes(w, zero, 8 - w->pos % 8);
}

static void w_pmodel(writer *w, const pb_pmodel *m)
{
    w_u32(w, m->n_classes);
    w_u32(w, m->slots ? m->slot_mask : 0);
    w_u64(w, m->slots ? m->n_rows_words : 0);
    w_u64(w, m->n_features);
    w_u32(w, m->slots ? 1 : 0);
    w_u32(w, m->dense);
    if (!m->slots)
        return;
    w_bytes(w, m->slots,
            PB_PMODEL_SLOT_WORDS(m) * ((size_t)m->slot_mask + 1) *
                sizeof *m->slots);
    w_pad(w);
    if (m->n_rows_words)
        w_bytes(w, m->rows, (size_t)m->n_rows_words * sizeof *m->rows);
    w_pad(w);
}

static void w_strtab(writer *w, const pb_strtab *t)
{
    w_u32(w, t->slots ? t->mask : 0);
    w_u32(w, t->slots ? 1 : 0);
    w_u64(w, t->blob_len);
    w_u64(w, t->count);
    if (!t->slots)
        return;
    w_bytes(w, t->slots, ((size_t)t->mask + 1) * sizeof *t->slots);
    w_pad(w);
    w_bytes(w, t->blob, (size_t)t->blob_len);
    w_pad(w);
}

int pb_syntax_model_save(const pb_syntax_model *m, const char *path,
                         char *err, size_t errlen)
{
    writer w = {fopen(path, "w+b"), 0, 0};
    if (!w.fp) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    char magic[8] = MODEL_MAGIC;
    w_bytes(&w, magic, 8);
    w_u32(&w, MODEL_VERSION);
    w_u32(&w, MODEL_BOM);
    w_u32(&w, m->n_tags);
    w_u32(&w, m->beam);
    for (uint32_t i = 0; i < m->n_tags; i++) {
        w_bytes(&w, &m->tag_upos[i], 1);
        w_bytes(&w, m->tag_xpos[i], PB_XPOS_SIZE);
    }
    w_pad(&w);
    w_pmodel(&w, &m->tagger);
    w_strtab(&w, &m->tagdict);
    w_strtab(&w, &m->ambig);
    w_strtab(&w, &m->lem_train);
    w_strtab(&w, &m->lem_exc);
    w_strtab(&w, &m->lem_index);
    w_strtab(&w, &m->lem_suffix);
    w_pmodel(&w, &m->actions);
    w_pmodel(&w, &m->labels);
    /* Read the image back to checksum exactly the bytes on disk. */
    unsigned char *img = NULL;
    if (!w.failed && fflush(w.fp) == 0 && fseek(w.fp, 0, SEEK_SET) == 0 &&
        (img = malloc(w.pos ? w.pos : 1)) != NULL &&
        fread(img, 1, w.pos, w.fp) == w.pos && fseek(w.fp, 0, SEEK_END) == 0) {
        uint64_t h = model_checksum(img, w.pos);
        w_u64(&w, h);
    } else {
        w.failed = 1;
    }
    free(img);
    if (fclose(w.fp) != 0 || w.failed) {
        snprintf(err, errlen, "%s: write failed", path);
        return -1;
    }
    return 0;
}

typedef struct reader {
    const unsigned char *base;
    size_t len, pos;
    int bad;
} reader;

static const void *r_take(reader *r, size_t n)
{
    if (r->bad || n > r->len - r->pos) {
        r->bad = 1;
        return NULL;
    }
    const void *p = r->base + r->pos;
    r->pos += n;
    return p;
}
static uint32_t r_u32(reader *r)
{
    uint32_t v = 0;
    const void *p = r_take(r, 4);
    if (p)
        memcpy(&v, p, 4);
    return v;
}
static uint64_t r_u64(reader *r)
{
    uint64_t v = 0;
    const void *p = r_take(r, 8);
    if (p)
        memcpy(&v, p, 8);
    return v;
}
static void r_pad(reader *r)
{
    if (r->pos % 8)
        r_take(r, 8 - r->pos % 8);
}

/* Reads and validates a classifier: every slot's row lies inside the rows,
 * every class is in range and the table has an empty slot. */
static int r_pmodel(reader *r, pb_pmodel *m)
{
    memset(m, 0, sizeof *m);
    m->n_classes = r_u32(r);
    uint32_t mask = r_u32(r);
    uint64_t words = r_u64(r);
    m->n_features = r_u64(r);
    uint32_t present = r_u32(r);
    m->dense = r_u32(r);
    if (r->bad || m->n_classes == 0 || m->n_classes > PB_PERC_MAX_CLASSES ||
        m->dense > 1 || (m->dense && m->n_classes > PB_PERC_DENSE_MAX))
        return -1;
    if (!present)
        return 0;
    if ((mask & (mask + 1)) != 0 || mask == UINT32_MAX ||
        words >= UINT32_MAX || (m->dense && words != 0))
        return -1;
    size_t nslots = (size_t)mask + 1;
    m->slots = r_take(r, PB_PMODEL_SLOT_WORDS(m) * nslots * sizeof *m->slots);
    r_pad(r);
    m->rows = words ? r_take(r, (size_t)words * sizeof *m->rows) : NULL;
    r_pad(r);
    if (r->bad)
        return -1;
    m->slot_mask = mask;
    m->n_rows_words = words;
    size_t empty = 0;
    if (m->dense) {
        size_t sw = PB_PMODEL_SLOT_WORDS(m);
        for (size_t i = 0; i < nslots; i++)
            empty += m->slots[sw * i] == 0;
        return empty ? 0 : -1;
    }
    for (size_t i = 0; i < nslots; i++) {
        uint32_t off = m->slots[2 * i + 1];
        if (off == 0) {
            empty++;
            continue;
        }
        if (off - 1 >= words)
            return -1;
        int32_t cnt = m->rows[off - 1];
        if (cnt < 0 || (uint64_t)cnt > words - off)
            return -1;
        for (int32_t j = 0; j < cnt; j++) {
            int32_t e = m->rows[off + (uint32_t)j];
            if ((uint32_t)(e & 255) >= m->n_classes)
                return -1;
        }
    }
    return empty ? 0 : -1;
}

static int r_strtab(reader *r, pb_strtab *t)
{
    memset(t, 0, sizeof *t);
    uint32_t mask = r_u32(r);
    uint32_t present = r_u32(r);
    uint64_t blen = r_u64(r);
    t->count = r_u64(r);
    if (r->bad)
        return -1;
    if (!present)
        return 0;
    if ((mask & (mask + 1)) != 0 || mask == UINT32_MAX || blen == 0 ||
        blen >= UINT32_MAX)
        return -1;
    size_t nslots = (size_t)mask + 1;
    t->slots = r_take(r, nslots * sizeof *t->slots);
    r_pad(r);
    t->blob = r_take(r, (size_t)blen);
    r_pad(r);
    if (r->bad || t->blob[blen - 1] != '\0')
        return -1;
    t->mask = mask;
    t->blob_len = blen;
    size_t empty = 0;
    for (size_t i = 0; i < nslots; i++) {
        if (t->slots[i] == 0)
            empty++;
        else if (t->slots[i] - 1 >= blen)
            return -1;
    }
    /* Every key must be followed by a value inside the blob. */
    for (size_t i = 0; i < nslots; i++) {
        if (!t->slots[i])
            continue;
        size_t off = t->slots[i] - 1;
        size_t kl = strlen(t->blob + off);
        if (off + kl + 1 >= blen)
            return -1;
    }
    return empty ? 0 : -1;
}

int pb_syntax_model_load(const char *path, pb_syntax_model **out, char *err,
                         size_t errlen)
{
    *out = NULL;
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    long size = -1;
    if (fseek(fp, 0, SEEK_END) == 0)
        size = ftell(fp);
    if (size < 0 || fseek(fp, 0, SEEK_SET) != 0 ||
        (size_t)size > MODEL_MAX_BYTES) {
        fclose(fp);
        snprintf(err, errlen, "%s: cannot size model file", path);
        return -1;
    }
    pb_syntax_model *m = calloc(1, sizeof *m);
    /* The tables are read in place, so the buffer is where the weight
     * lookups go: huge pages; also 8-byte aligned as the format needs. */
    uint64_t *buf = pb_huge_alloc((size_t)size / 8 * 8 + 8);
    if (!m || !buf) {
        fclose(fp);
        free(m);
        free(buf);
        snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    m->blob = buf;
    size_t got = fread(buf, 1, (size_t)size, fp);
    fclose(fp);
    if (got != (size_t)size) {
        pb_syntax_model_free(m);
        snprintf(err, errlen, "%s: read error", path);
        return -1;
    }
    reader r = {(const unsigned char *)buf, (size_t)size, 0, 0};
    const char *msg = NULL;
    const char *magic = r_take(&r, 8);
    uint32_t version = r_u32(&r), bom = r_u32(&r);
    if (!magic || memcmp(magic, MODEL_MAGIC, 8) != 0)
        msg = "not a Polybius syntax model";
    else if (version != MODEL_VERSION)
        msg = "unsupported model version";
    else if (bom != MODEL_BOM)
        msg = "model written on a machine of another byte order";
    if (!msg && (size_t)size >= 8) {
        uint64_t stored;
        const unsigned char *b = (const unsigned char *)buf;
        uint64_t h = model_checksum(b, (size_t)size - 8);
        memcpy(&stored, b + size - 8, 8);
        if (h != stored)
            msg = "model file is corrupt (checksum mismatch)";
    }
    if (!msg) {
        m->n_tags = r_u32(&r);
        m->beam = r_u32(&r);
        if (m->n_tags == 0 || m->n_tags > PB_TAG_MAX) {
            msg = "bad tag count";
        } else if (m->beam == 0 || m->beam > PB_BEAM_MAX) {
            msg = "bad beam width";
        } else {
            for (uint32_t i = 0; i < m->n_tags && !r.bad; i++) {
                const unsigned char *p = r_take(&r, 1 + PB_XPOS_SIZE);
                if (!p)
                    break;
                m->tag_upos[i] = p[0] < PB_UPOS_COUNT ? p[0] : 0;
                memcpy(m->tag_xpos[i], p + 1, PB_XPOS_SIZE);
                m->tag_xpos[i][PB_XPOS_SIZE - 1] = '\0';
            }
            r_pad(&r);
            if (r_pmodel(&r, &m->tagger) < 0 ||
                r_strtab(&r, &m->tagdict) < 0 ||
                r_strtab(&r, &m->ambig) < 0 ||
                r_strtab(&r, &m->lem_train) < 0 ||
                r_strtab(&r, &m->lem_exc) < 0 ||
                r_strtab(&r, &m->lem_index) < 0 ||
                r_strtab(&r, &m->lem_suffix) < 0 ||
                r_pmodel(&r, &m->actions) < 0 ||
                r_pmodel(&r, &m->labels) < 0 || r.bad)
                msg = "model file is malformed";
            else if (m->tagger.n_classes != m->n_tags ||
                     m->actions.n_classes != PB_ACT_COUNT ||
                     m->labels.n_classes > PB_DEPREL_MAX)
                msg = "model classifiers do not match";
            else if (pb_pmodel_build_filter(&m->tagger) < 0 ||
                     pb_pmodel_build_filter(&m->actions) < 0 ||
                     pb_pmodel_build_filter(&m->labels) < 0)
                msg = "out of memory";
        }
    }
    if (msg) {
        snprintf(err, errlen, "%s: %s", path, msg);
        pb_syntax_model_free(m);
        return -1;
    }
    *out = m;
    return 0;
}

void pb_syntax_model_clear(pb_syntax_model *m)
{
    pb_pmodel_free(&m->tagger);
    pb_pmodel_free(&m->actions);
    pb_pmodel_free(&m->labels);
    pb_strtab_free(&m->tagdict);
    pb_strtab_free(&m->ambig);
    pb_strtab_free(&m->lem_train);
    pb_strtab_free(&m->lem_exc);
    pb_strtab_free(&m->lem_index);
    pb_strtab_free(&m->lem_suffix);
    free(m->blob);
    m->blob = NULL;
}

void pb_syntax_model_free(pb_syntax_model *m)
{
    if (!m)
        return;
    pb_syntax_model_clear(m);
    free(m);
}

/* ---- annotation ---------------------------------------------------------- */

/* Parses the tagged tokens but for the days set aside (parse_aside.c),
 * which are then hung on their verbs. word and tag have room for n + 1
 * values. */
static int parse_without_asides(const pb_syntax_model *m, pb_token *tokens,
                                uint32_t n, const pb_wordfeat *wf,
                                uint64_t *word, uint64_t *tag,
                                pb_arena *arena)
{
    uint8_t *aside = pb_arena_alloc(arena, n);
    pb_token *kept = pb_arena_alloc(arena, n * sizeof *kept);
    uint32_t *orig = pb_arena_alloc(arena, n * sizeof *orig);
    if (!aside || !kept || !orig)
        return -1;
    if (pb_aside_find(tokens, n, aside) == 0) {
        kept = tokens;
        memset(aside, 0, n);
    }
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (aside[i])
            continue;
        if (kept != tokens)
            kept[k] = tokens[i];
        orig[k] = i;
        word[k + 1] = wf[i].lower;
        tag[k + 1] = pb_parser_tag_value(&tokens[i]);
        k++;
    }
    if (pb_parser_run(m, kept, k, word, tag, arena) < 0)
        return -1;
    if (kept == tokens)
        return 0;
    for (uint32_t j = 0; j < k; j++) {
        uint32_t i = orig[j];
        tokens[i].head = kept[j].head > 0
                             ? (int16_t)(orig[kept[j].head - 1] + 1)
                             : kept[j].head;
        tokens[i].deprel = kept[j].deprel;
    }
    pb_aside_attach(tokens, n, aside);
    return 0;
}

/* One piece of at most PB_SYNTAX_MAX_TOKENS tokens. */
static int annotate_piece(const pb_syntax_model *m, pb_token *tokens,
                          uint32_t n, const uint8_t *names, pb_arena *arena)
{
    pb_wordfeat *wf = pb_arena_alloc(arena, n * sizeof *wf);
    int *tags = pb_arena_alloc(arena, n * sizeof *tags);
    uint64_t *word = pb_arena_alloc(arena, ((size_t)n + 1) * sizeof *word);
    uint64_t *tag = pb_arena_alloc(arena, ((size_t)n + 1) * sizeof *tag);
    if (!wf || !tags || !word || !tag)
        return -1;
    for (uint32_t i = 0; i < n; i++)
        pb_wordfeat_compute(tokens[i].form, i == 0, &wf[i]);
    pb_tagger_lexicon(m, wf, tokens, n);
    pb_tagger_decode(m, wf, tokens, n, tags);
    pb_tag_place_names(tokens, n, names);
    pb_tag_repair(tokens, n);
    pb_tag_subjunctive(m, tokens, n);
    pb_tag_after_auxiliary(m, tokens, n);
    if (parse_without_asides(m, tokens, n, wf, word, tag, arena) < 0)
        return -1;
    /* the repair may retag a word, so lemmas come last */
    pb_tree_repair(tokens, n);
    return pb_syntax_lemmatize(m, tokens, n, arena);
}

int pb_syntax_annotate(const pb_syntax_model *m, pb_token *tokens, uint32_t n,
                       pb_arena *arena)
{
    return pb_syntax_annotate_names(m, tokens, n, NULL, arena);
}

int pb_syntax_annotate_names(const pb_syntax_model *m, pb_token *tokens,
                             uint32_t n, const uint8_t *names,
                             pb_arena *arena)
{
    for (uint32_t off = 0; off < n; off += PB_SYNTAX_MAX_TOKENS) {
        uint32_t len = n - off < PB_SYNTAX_MAX_TOKENS ? n - off
                                                      : PB_SYNTAX_MAX_TOKENS;
        if (annotate_piece(m, tokens + off, len, names ? names + off : NULL,
                           arena) < 0)
            return -1;
        if (off == 0)
            continue;
        /* Heads of later pieces are relative to the piece. */
        for (uint32_t i = off; i < off + len; i++) {
            long h = tokens[i].head;
            long abs_h = h > 0 ? h + (long)off : 0;
            tokens[i].head = abs_h <= INT16_MAX ? (int16_t)abs_h : -1;
        }
    }
    return 0;
}
