/* doc.c — the pipeline: runs one article through text → syntax → events
 * into a pb_doc, and keeps the document's warnings. Each stage is its own
 * module; this file only sequences them and applies the article limits.
 */
#include "internal.h"
#include "coder.h"
#include "syntax.h"
#include "text.h"
#include "places.h"
#include "lexicon.h"

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

/* Is the lower-cased key the name of a state or of a city of a million
 * people or more ("senegal", "beijing", "papua new guinea")? Smaller
 * towns are often English words as well ("Reading", "Nice", "Mobile"). */
#define PB_NAMED_CITY_POPULATION 1000000L
static int major_place(const pb_doc *doc, const char *key)
{
    const pb_place *found;
    return pb_gazetteer_find(doc->ctx->gazetteer, key, &found, 1) > 0 &&
           (found->type == PB_PLACE_COUNTRY ||
            found->population >= PB_NAMED_CITY_POPULATION);
}

/* Writes form lower-cased into key (PB_MAX_TOKEN_BYTES + 1 bytes);
 * 0 when it is shorter than two bytes or does not fit. */
static int word_key(char *key, const char *form)
{
    size_t len = strlen(form);
    if (len < 2 || len > PB_MAX_TOKEN_BYTES)
        return 0;
    for (size_t k = 0; k <= len; k++)
        key[k] = (char)tolower((unsigned char)form[k]);
    return 1;
}

/* Is the capitalised word the name of a state ("Guinea", "Turkey",
 * "Chad", which the tagger may read as common nouns)? */
static int state_word(const pb_doc *doc, const char *form)
{
    char key[PB_MAX_TOKEN_BYTES + 1];
    const pb_place *found;
    return word_key(key, form) &&
           pb_gazetteer_find(doc->ctx->gazetteer, key, &found, 1) > 0 &&
           found->type == PB_PLACE_COUNTRY;
}

/* Is token i the name of a division of a state, a capitalised word
 * right before a lower-case kind of division ("northern Shan state",
 * "Kunar province"), that is no actor's word (not "the Mexican
 * state")? The tagger may read such a name as an adjective. */
static int named_division(const pb_doc *doc, const pb_sentence *s, size_t i)
{
    static const char *const divisions[] = {
        "state", "province", "region", "district", "county", "governorate",
        "prefecture", NULL};
    char key[PB_MAX_TOKEN_BYTES + 1];
    const char *f = s->tokens[i].form, *next;
    if (i + 1 >= s->n_tokens || !(next = s->tokens[i + 1].form) ||
        !doc->ctx->lexicon)
        return 0;
    int division = 0;
    for (int k = 0; divisions[k]; k++)
        division |= strcmp(next, divisions[k]) == 0;
    if (!division || !word_key(key, f))
        return 0;
    const pb_phrase *const *phrases;
    return pb_lexicon_phrases(doc->ctx->lexicon, key, &phrases) == 0;
}

/* Longest name of a multi-word place the tagger may misread ("Guinea" as
 * a common noun, "United" as a participle), in words. */
#define PB_PLACE_NAME_WORDS 4

/* Appends form lower-cased to key (of size PB_KEY_SIZE), after a space
 * unless key is empty; 0 when it does not fit. */
#define PB_KEY_SIZE (PB_PLACE_NAME_WORDS * (PB_MAX_TOKEN_BYTES + 1))
static int append_word(char *key, size_t *len, const char *form)
{
    size_t fl = strlen(form);
    if (*len + fl + 2 > PB_KEY_SIZE)
        return 0;
    if (*len)
        key[(*len)++] = ' ';
    for (size_t k = 0; k < fl; k++)
        key[(*len)++] = (char)tolower((unsigned char)form[k]);
    key[*len] = '\0';
    return 1;
}

/* Marks in names the words the tagger cannot be trusted to read as a
 * proper noun: the first word of the sentence when it is a major place
 * (PB_NAME_OPENING; capitals tell nothing there), and every word of a
 * capitalised major place of several words or state of one after the
 * first (PB_NAME_IN_PLACE: "Papua New Guinea", "Sierra Leone", "in
 * Guinea"). Returns the number of words marked. */
static size_t mark_place_names(const pb_doc *doc, const pb_sentence *s,
                               uint8_t *names)
{
    char key[PB_KEY_SIZE];
    size_t marked = 0;
    for (size_t i = 0; i < s->n_tokens; i++) {
        size_t len = 0, last = 0;
        for (size_t j = i; j < s->n_tokens && j < i + PB_PLACE_NAME_WORDS;
             j++) {
            const char *f = s->tokens[j].form;
            if (!f || !isupper((unsigned char)f[0]) ||
                !append_word(key, &len, f))
                break;
            if (j > i && major_place(doc, key))
                last = j;
        }
        if (!last && i > 0 && len &&
            (state_word(doc, s->tokens[i].form) ||
             named_division(doc, s, i)))
            last = i; /* "Security forces in Guinea", "in Shan state" */
        if (last) {
            for (size_t j = i; j <= last; j++)
                names[j] = PB_NAME_IN_PLACE;
            marked += last - i + 1;
            i = last;
        } else if (i == 0 && len && word_key(key, s->tokens[0].form) &&
                   major_place(doc, key)) {
            names[0] = PB_NAME_OPENING;
            marked++;
        }
    }
    return marked;
}

static int run_syntax(pb_doc *doc)
{
    for (size_t i = 0; i < doc->n_sentences; i++) {
        pb_sentence *s = &doc->sentences[i];
        uint8_t *names = NULL;
        if (doc->ctx->gazetteer && s->n_tokens) {
            names = pb_arena_alloc(&doc->arena, s->n_tokens); /* zeroed */
            if (!names)
                return -1;
            if (!mark_place_names(doc, s, names))
                names = NULL;
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
