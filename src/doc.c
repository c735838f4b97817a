/* doc.c — the pipeline: runs one article through text → syntax → events
 * into a pb_doc, and keeps the document's warnings. Each stage is its own
 * module; this file only sequences them and applies the article limits.
 */
#include "internal.h"
#include "coder.h"
#include "syntax.h"
#include "text.h"
#include "places.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PB_MAX_WARNINGS 100

void pb_doc_warn(pb_doc *doc, const char *fmt, ...)
{
    if (doc->n_warnings >= PB_MAX_WARNINGS)
        return;
    if (!doc->warnings) {
        doc->warnings = pb_arena_alloc(&doc->arena,
                                       PB_MAX_WARNINGS * sizeof *doc->warnings);
        if (!doc->warnings) {
            doc->failed = 1;
            return;
        }
    }
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char *copy = pb_arena_strdup(&doc->arena, msg);
    if (!copy) {
        doc->failed = 1;
        return;
    }
    doc->warnings[doc->n_warnings++] = copy;
}

const char *pb_date_precision(const pb_date *d)
{
    if (d->year == 0)
        return NULL;
    return d->month == 0 ? "year" : d->day == 0 ? "month" : "day";
}

/* Copies the body, cut at the article limit on a character boundary, with
 * the reader's ignored lines turned to spaces (offsets stay the same). */
static char *working_text(pb_doc *doc, const pb_article *a, size_t *len)
{
    size_t n = a->text_len;
    if (n > PB_MAX_ARTICLE_BYTES) {
        n = PB_MAX_ARTICLE_BYTES;
        while (n > 0 && ((unsigned char)a->text[n] & 0xC0) == 0x80)
            n--;
        pb_doc_warn(doc, "article longer than %u bytes: cut after byte %zu",
                    PB_MAX_ARTICLE_BYTES, n);
    }
    char *t = pb_arena_strndup(&doc->arena, a->text, n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < a->n_ignored; i++) {
        size_t s = a->ignored[i].start, e = a->ignored[i].end;
        if (e > n)
            e = n;
        if (s < e)
            memset(t + s, ' ', e - s);
    }
    *len = n;
    return t;
}

static int run_text(pb_doc *doc, const pb_article *a)
{
    size_t len;
    char *work = working_text(doc, a, &len);
    if (!work)
        return -1;
    /* Token offsets index this text: the body with ignored lines blanked. */
    doc->text = work;
    doc->text_len = len;
    pb_text text;
    if (pb_text_normalize(&doc->arena, work, len, &text) != 0)
        return -1;
    if (text.invalid_utf8)
        pb_doc_warn(doc, "repaired %zu invalid UTF-8 sequence%s",
                    text.invalid_utf8, text.invalid_utf8 == 1 ? "" : "s");
    pb_raw_token *toks;
    size_t n_toks, n_split, n_broken;
    if (pb_tokenize(&doc->arena, &text, &toks, &n_toks, &n_split) != 0)
        return -1;
    if (n_split)
        pb_doc_warn(doc, "%zu token%s longer than %u bytes cut", n_split,
                    n_split == 1 ? "" : "s", PB_MAX_TOKEN_BYTES);
    if (pb_segment(&doc->arena, &text, toks, n_toks, &doc->sentences,
                   &doc->n_sentences, &n_broken) != 0)
        return -1;
    if (n_broken)
        pb_doc_warn(doc, "%zu sentence%s longer than %u tokens broken",
                    n_broken, n_broken == 1 ? "" : "s",
                    PB_MAX_SENTENCE_TOKENS);
    return 0;
}

/* Is the first word of sentence s the name of a state or of a city of a
 * million people or more ("Senegal", "Beijing")? The tagger cannot tell
 * a name by its capital there. Smaller towns are often English words as
 * well ("Reading", "Nice", "Mobile"). */
#define PB_OPENING_CITY_POPULATION 1000000L
static int opening_place(const pb_doc *doc, const pb_sentence *s)
{
    char key[PB_MAX_TOKEN_BYTES + 1];
    const pb_place *found;
    const char *f = s->n_tokens ? s->tokens[0].form : NULL;
    size_t len = f ? strlen(f) : 0;
    if (!doc->ctx->gazetteer || len < 2 || len > PB_MAX_TOKEN_BYTES)
        return 0;
    for (size_t k = 0; k <= len; k++)
        key[k] = (char)tolower((unsigned char)f[k]);
    return pb_gazetteer_find(doc->ctx->gazetteer, key, &found, 1) > 0 &&
           (found->type == PB_PLACE_COUNTRY ||
            found->population >= PB_OPENING_CITY_POPULATION);
}

static int run_syntax(pb_doc *doc)
{
    for (size_t i = 0; i < doc->n_sentences; i++) {
        pb_sentence *s = &doc->sentences[i];
        uint8_t *names = NULL;
        if (opening_place(doc, s)) {
            names = pb_arena_alloc(&doc->arena, s->n_tokens); /* zeroed */
            if (!names)
                return -1;
            names[0] = 1;
        }
        if (pb_syntax_annotate_names(doc->ctx->syntax, s->tokens, s->n_tokens,
                                     names, &doc->arena) != 0)
            return -1;
    }
    return 0;
}

static char *copy_field(pb_doc *doc, const char *s)
{
    char *p = pb_arena_strdup(&doc->arena, s);
    if (!p)
        doc->failed = 1;
    return p;
}

pb_doc *pb_doc_process(const pb_context *ctx, const pb_article *a, int stage,
                       pb_error *err)
{
    if (err) {
        err->code = PB_OK;
        err->message[0] = '\0';
    }
    pb_doc *doc = calloc(1, sizeof *doc);
    if (!doc) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return NULL;
    }
    doc->ctx = ctx;
    doc->id = copy_field(doc, a->id);
    doc->date = copy_field(doc, a->date);
    doc->source = copy_field(doc, a->source);
    doc->url = copy_field(doc, a->url);
    doc->title = copy_field(doc, a->title);
    if (a->date[0])
        pb_date_parse(a->date, &doc->article_date); /* checked on entry */
    int rc = doc->failed ? -1 : run_text(doc, a);
    if (rc == 0 && stage >= PB_STAGE_SYNTAX)
        rc = run_syntax(doc);
    if (rc == 0 && stage >= PB_STAGE_EVENTS)
        rc = pb_coder_run(ctx, doc);
    if (rc != 0 || doc->failed) {
        pb_doc_free(doc);
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return NULL;
    }
    return doc;
}

void pb_doc_free(pb_doc *doc)
{
    if (!doc)
        return;
    pb_arena_free(&doc->arena);
    free(doc);
}

size_t pb_doc_sentence_count(const pb_doc *doc) { return doc->n_sentences; }
size_t pb_doc_event_count(const pb_doc *doc) { return doc->n_events; }
size_t pb_doc_warning_count(const pb_doc *doc) { return doc->n_warnings; }

const char *pb_doc_warning(const pb_doc *doc, size_t i)
{
    return i < doc->n_warnings ? doc->warnings[i] : NULL;
}
