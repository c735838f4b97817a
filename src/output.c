/* output.c — the output stage: writes a document's events as JSON lines
 * (the record in DESIGN.md) or TSV, or its sentences as CoNLL-U. Texts
 * taken from the article are re-validated so the output is always valid
 * UTF-8 and valid JSON, whatever the input held.
 */
#include "internal.h"
#include "codebook.h"
#include "lexicon.h"
#include "syntax.h"
#include "text.h"

#include <stdio.h>
#include <string.h>

static const char *const mode_names[] = {"asserted", "negated", "intended",
                                         "hypothetical"};

/* Appends s[0..n) as the inside of a JSON string. White space runs
 * (newlines included) become one space when `fold_space` is set. */
static void json_chars(pb_buf *b, const char *s, size_t n, int fold_space)
{
    const unsigned char *u = (const unsigned char *)s;
    int in_space = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = u[i];
        if (fold_space && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
            if (!in_space)
                pb_buf_putc(b, ' ');
            in_space = 1;
            i++;
            continue;
        }
        in_space = 0;
        if (c == '"' || c == '\\') {
            pb_buf_putc(b, '\\');
            pb_buf_putc(b, (char)c);
            i++;
        } else if (c == '\n' || c == '\t' || c == '\r') {
            pb_buf_puts(b, c == '\n' ? "\\n" : c == '\t' ? "\\t" : "\\r");
            i++;
        } else if (c < 0x20 || c == 0x7F) {
            pb_buf_putc(b, ' '); /* NUL and other controls: meaningless */
            i++;
        } else if (c < 0x80) {
            pb_buf_putc(b, (char)c);
            i++;
        } else {
            size_t len = pb_utf8_valid_length(u + i, n - i);
            if (len == 0) {
                pb_buf_puts(b, "\xEF\xBF\xBD");
                i++;
            } else {
                pb_buf_append(b, s + i, len);
                i += len;
            }
        }
    }
}

static void json_string(pb_buf *b, const char *s, size_t n, int fold_space)
{
    pb_buf_putc(b, '"');
    json_chars(b, s, n, fold_space);
    pb_buf_putc(b, '"');
}

static void json_str_or_null(pb_buf *b, const char *s)
{
    if (s && *s)
        json_string(b, s, strlen(s), 0);
    else
        pb_buf_puts(b, "null");
}

/* Splits an actor code into its country and first agent: "ISRGOV" → ISR,
 * GOV; "IGOUNO" → no country. Writes "" for a missing part. */
static void split_code(const pb_doc *doc, const char *code, char country[4],
                       char agent[4])
{
    country[0] = agent[0] = '\0';
    if (strlen(code) < 3)
        return;
    char head[4];
    memcpy(head, code, 3);
    head[3] = '\0';
    if (pb_lexicon_is_country(doc->ctx->lexicon, head)) {
        memcpy(country, head, 4);
        if (strlen(code) >= 6) {
            memcpy(agent, code + 3, 3);
            agent[3] = '\0';
        }
    }
}

static void json_actor(pb_buf *b, const pb_doc *doc, const pb_actor_ref *a)
{
    char country[4], agent[4];
    split_code(doc, a->code, country, agent);
    pb_buf_puts(b, "{\"code\":");
    json_string(b, a->code, strlen(a->code), 0);
    pb_buf_puts(b, ",\"country\":");
    json_str_or_null(b, country);
    pb_buf_puts(b, ",\"agent\":");
    json_str_or_null(b, agent);
    pb_buf_puts(b, ",\"text\":");
    json_string(b, a->text, strlen(a->text), 1);
    pb_buf_putc(b, '}');
}

static void json_event(pb_buf *b, const pb_doc *doc, const pb_event *e)
{
    const pb_sentence *s = &doc->sentences[e->sentence - 1];
    char date[16];
    pb_buf_puts(b, "{\"article\":");
    json_str_or_null(b, doc->id);
    pb_buf_printf(b, ",\"sentence\":%u,\"span\":[%u,%u],\"date\":",
                  e->sentence, s->start, s->end);
    pb_date_format(&e->date, date, sizeof date);
    json_str_or_null(b, date);
    pb_buf_puts(b, ",\"date_precision\":");
    json_str_or_null(b, pb_date_precision(&e->date));
    pb_buf_puts(b, ",\"article_date\":");
    json_str_or_null(b, doc->date);
    pb_buf_puts(b, ",\"source\":");
    json_actor(b, doc, &e->source);
    pb_buf_puts(b, ",\"target\":");
    json_actor(b, doc, &e->target);
    pb_buf_printf(b,
                  ",\"cameo\":\"%s\",\"root\":\"%s\",\"quad_class\":%d,"
                  "\"goldstein\":%g,\"plover\":",
                  e->code->code, e->code->root, e->code->quad_class,
                  e->code->goldstein);
    json_str_or_null(b, e->code->plover);
    pb_buf_printf(b, ",\"mode\":\"%s\",\"text\":", mode_names[e->mode]);
    json_string(b, doc->text + s->start, s->end - s->start, 1);
    pb_buf_puts(b, "}\n");
}

/* Appends a TSV field: tabs and newlines become spaces, invalid UTF-8 is
 * replaced. */
static void tsv_field(pb_buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (u[i] < 0x20 || u[i] == 0x7F) {
            pb_buf_putc(b, ' ');
            i++;
        } else if (u[i] < 0x80) {
            pb_buf_putc(b, (char)u[i]);
            i++;
        } else {
            size_t len = pb_utf8_valid_length(u + i, n - i);
            if (len == 0) {
                pb_buf_puts(b, "\xEF\xBF\xBD");
                i++;
            } else {
                pb_buf_append(b, s + i, len);
                i += len;
            }
        }
    }
}

static void tsv_str(pb_buf *b, const char *s)
{
    tsv_field(b, s ? s : "", s ? strlen(s) : 0);
    pb_buf_putc(b, '\t');
}

const char *pb_tsv_header(void)
{
    return "article\tsentence\tspan_start\tspan_end\tdate\tdate_precision\t"
           "article_date\tsource_code\tsource_country\tsource_agent\t"
           "source_text\ttarget_code\ttarget_country\ttarget_agent\t"
           "target_text\tcameo\troot\tquad_class\tgoldstein\tplover\tmode\t"
           "text\n";
}

static void tsv_actor(pb_buf *b, const pb_doc *doc, const pb_actor_ref *a)
{
    char country[4], agent[4];
    split_code(doc, a->code, country, agent);
    tsv_str(b, a->code);
    tsv_str(b, country);
    tsv_str(b, agent);
    tsv_str(b, a->text);
}

static void tsv_event(pb_buf *b, const pb_doc *doc, const pb_event *e)
{
    const pb_sentence *s = &doc->sentences[e->sentence - 1];
    char date[16];
    pb_date_format(&e->date, date, sizeof date);
    tsv_str(b, doc->id);
    pb_buf_printf(b, "%u\t%u\t%u\t", e->sentence, s->start, s->end);
    tsv_str(b, date);
    tsv_str(b, pb_date_precision(&e->date));
    tsv_str(b, doc->date);
    tsv_actor(b, doc, &e->source);
    tsv_actor(b, doc, &e->target);
    pb_buf_printf(b, "%s\t%s\t%d\t%g\t", e->code->code, e->code->root,
                  e->code->quad_class, e->code->goldstein);
    tsv_str(b, e->code->plover);
    tsv_str(b, mode_names[e->mode]);
    tsv_field(b, doc->text + s->start, s->end - s->start);
    pb_buf_putc(b, '\n');
}

static void conllu_sentence(pb_buf *b, const pb_doc *doc, size_t i)
{
    const pb_sentence *s = &doc->sentences[i];
    char id[64];
    snprintf(id, sizeof id, "%s%s%zu", doc->id, doc->id[0] ? "-" : "", i + 1);
    pb_buf text = PB_BUF_INIT;
    tsv_field(&text, doc->text + s->start, s->end - s->start);
    pb_conllu_write(b, s, id, text.data ? text.data : "");
    pb_buf_free(&text);
}

/* Flushes the buffer through the writer once it holds this much. */
#define PB_OUTPUT_CHUNK 65536

static int flush(pb_buf *b, pb_write_fn write, void *user)
{
    int rc = b->len ? write(user, b->data, b->len) : 0;
    pb_buf_reset(b);
    return rc;
}

int pb_doc_write(const pb_doc *doc, int format, pb_write_fn write, void *user,
                 pb_error *err)
{
    pb_buf b = PB_BUF_INIT;
    int rc = 0;
    size_t n = format == PB_FORMAT_CONLLU ? doc->n_sentences : doc->n_events;
    if (format != PB_FORMAT_JSON && format != PB_FORMAT_TSV &&
        format != PB_FORMAT_CONLLU) {
        pb_set_error(err, PB_ERR_USAGE, "unknown output format %d", format);
        return PB_ERR_USAGE;
    }
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (format == PB_FORMAT_JSON)
            json_event(&b, doc, &doc->events[i]);
        else if (format == PB_FORMAT_TSV)
            tsv_event(&b, doc, &doc->events[i]);
        else
            conllu_sentence(&b, doc, i);
        if (b.failed)
            break;
        if (b.len >= PB_OUTPUT_CHUNK)
            rc = flush(&b, write, user);
    }
    if (b.failed) {
        pb_buf_free(&b);
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return PB_ERR_NOMEM;
    }
    if (rc == 0)
        rc = flush(&b, write, user);
    pb_buf_free(&b);
    if (rc != 0) {
        pb_set_error(err, PB_ERR_IO, "the output could not be written");
        return PB_ERR_IO;
    }
    return PB_OK;
}
