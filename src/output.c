/* output.c — the output stage: writes a document's events as JSON lines
 * (the record in DESIGN.md), TSV or GDELT 2.0 event rows, or its
 * sentences as CoNLL-U. Texts taken from the article are re-validated so
 * the output is always valid UTF-8 and valid JSON, whatever the input held.
 */
#include "internal.h"
#include "codebook.h"
#include "lexicon.h"
#include "places.h"
#include "syntax.h"
#include "text.h"
#include "whenwhere.h"

#include <stdio.h>
#include <string.h>

static const char *const mode_names[] = {"asserted", "negated", "intended",
                                         "hypothetical"};

/* Appends the character at s[i] (i < n), non-ASCII: the valid UTF-8
 * sequence, or U+FFFD for an invalid byte. Returns the bytes consumed. */
static size_t append_non_ascii(pb_buf *b, const char *s, size_t i, size_t n)
{
    size_t len = pb_utf8_valid_length((const unsigned char *)s + i, n - i);
    if (len == 0) {
        pb_buf_puts(b, "\xEF\xBF\xBD");
        return 1;
    }
    pb_buf_append(b, s + i, len);
    return len;
}

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
            i += append_non_ascii(b, s, i, n);
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
    if (a->text)
        json_string(b, a->text, strlen(a->text), 1);
    else
        pb_buf_puts(b, "null"); /* implied, not named */
    pb_buf_putc(b, '}');
}

/* Coordinates are written with two decimals (about 1 km), as in DESIGN.md. */
static void json_location(pb_buf *b, const pb_place *p)
{
    if (!p) {
        pb_buf_puts(b, "null");
        return;
    }
    pb_buf_puts(b, "{\"name\":");
    json_string(b, p->name, strlen(p->name), 0);
    pb_buf_puts(b, ",\"country\":");
    json_str_or_null(b, p->country);
    if (p->has_coords)
        pb_buf_printf(b, ",\"lat\":%.2f,\"lon\":%.2f}", p->lat, p->lon);
    else
        pb_buf_puts(b, ",\"lat\":null,\"lon\":null}");
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
    json_str_or_null(b, pb_event_precision(e));
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
    pb_buf_printf(b, ",\"mode\":\"%s\",\"location\":", mode_names[e->mode]);
    json_location(b, e->location);
    pb_buf_puts(b, ",\"text\":");
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
            i += append_non_ascii(b, s, i, n);
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
           "location_name\tlocation_country\tlocation_lat\tlocation_lon\t"
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
    tsv_str(b, pb_event_precision(e));
    tsv_str(b, doc->date);
    tsv_actor(b, doc, &e->source);
    tsv_actor(b, doc, &e->target);
    pb_buf_printf(b, "%s\t%s\t%d\t%g\t", e->code->code, e->code->root,
                  e->code->quad_class, e->code->goldstein);
    tsv_str(b, e->code->plover);
    tsv_str(b, mode_names[e->mode]);
    const pb_place *p = e->location;
    tsv_str(b, p ? p->name : NULL);
    tsv_str(b, p ? p->country : NULL);
    if (p && p->has_coords)
        pb_buf_printf(b, "%.2f\t%.2f\t", p->lat, p->lon);
    else
        pb_buf_puts(b, "\t\t");
    tsv_field(b, doc->text + s->start, s->end - s->start);
    pb_buf_putc(b, '\n');
}

/* ---- GDELT 2.0 event table ------------------------------------------- */

const char *pb_gdelt_header(void)
{
    return "GLOBALEVENTID\tSQLDATE\tMonthYear\tYear\tFractionDate\t"
           "Actor1Code\tActor1Name\tActor1CountryCode\tActor1KnownGroupCode\t"
           "Actor1EthnicCode\tActor1Religion1Code\tActor1Religion2Code\t"
           "Actor1Type1Code\tActor1Type2Code\tActor1Type3Code\t"
           "Actor2Code\tActor2Name\tActor2CountryCode\tActor2KnownGroupCode\t"
           "Actor2EthnicCode\tActor2Religion1Code\tActor2Religion2Code\t"
           "Actor2Type1Code\tActor2Type2Code\tActor2Type3Code\t"
           "IsRootEvent\tEventCode\tEventBaseCode\tEventRootCode\tQuadClass\t"
           "GoldsteinScale\tNumMentions\tNumSources\tNumArticles\tAvgTone\t"
           "Actor1Geo_Type\tActor1Geo_FullName\tActor1Geo_CountryCode\t"
           "Actor1Geo_ADM1Code\tActor1Geo_ADM2Code\tActor1Geo_Lat\t"
           "Actor1Geo_Long\tActor1Geo_FeatureID\t"
           "Actor2Geo_Type\tActor2Geo_FullName\tActor2Geo_CountryCode\t"
           "Actor2Geo_ADM1Code\tActor2Geo_ADM2Code\tActor2Geo_Lat\t"
           "Actor2Geo_Long\tActor2Geo_FeatureID\t"
           "ActionGeo_Type\tActionGeo_FullName\tActionGeo_CountryCode\t"
           "ActionGeo_ADM1Code\tActionGeo_ADM2Code\tActionGeo_Lat\t"
           "ActionGeo_Long\tActionGeo_FeatureID\tDATEADDED\tSOURCEURL\n";
}

/* GDELT's geographic resolution codes. */
enum { GEO_COUNTRY = 1, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY,
       GEO_WORLD_STATE };

/* A stable event id: FNV-1a over article id, sentence and event index,
 * kept to 53 bits so every JSON reader holds it exactly. */
static unsigned long long gdelt_id(const pb_doc *doc, const pb_event *e,
                                   size_t index)
{
    char tail[48];
    snprintf(tail, sizeof tail, "#%u#%zu", e->sentence, index);
    unsigned long long h = 1469598103934665603ULL;
    for (const char *p = doc->id; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ULL;
    for (const char *p = tail; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ULL;
    return h & ((1ULL << 53) - 1);
}

static void gdelt_actor(pb_buf *b, const pb_doc *doc, const pb_actor_ref *a)
{
    char country[4], agent[4];
    split_code(doc, a->code, country, agent);
    tsv_str(b, a->code);
    tsv_str(b, a->text);
    tsv_str(b, country);
    pb_buf_puts(b, "\t\t\t\t"); /* group, ethnic, two religion codes */
    tsv_str(b, agent);
    pb_buf_puts(b, "\t\t");     /* second and third type codes */
}

/* The eight ActionGeo columns (Type … FeatureID). Country codes are ISO
 * 3166-1 alpha-2 (GDELT writes FIPS 10-4; no FIPS table ships with
 * Debian); ADM1 is alpha-2 + the GeoNames admin1 code, or the ISO 3166-2
 * code without its hyphen. */
static void gdelt_geo(pb_buf *b, const pb_doc *doc, const pb_place *p)
{
    if (!p) {
        pb_buf_puts(b, "\t\t\t\t\t\t\t\t");
        return;
    }
    int us = strcmp(p->cc2, "US") == 0;
    int type = p->type == PB_PLACE_COUNTRY ? GEO_COUNTRY
               : p->type == PB_PLACE_DIVISION ? (us ? GEO_US_STATE
                                                    : GEO_WORLD_STATE)
               : us ? GEO_US_CITY
                    : GEO_WORLD_CITY;
    pb_buf_printf(b, "%d\t", type);
    const char *country = pb_gazetteer_country_name(doc->ctx->gazetteer,
                                                    p->country);
    tsv_field(b, p->name, strlen(p->name));
    if (p->type != PB_PLACE_COUNTRY && country)
        pb_buf_printf(b, ", %s", country);
    pb_buf_putc(b, '\t');
    tsv_str(b, p->cc2);
    if (p->type == PB_PLACE_DIVISION)
        pb_buf_printf(b, "%.2s%s\t", p->admin1, p->admin1 + 3);
    else if (p->type == PB_PLACE_CITY && p->admin1[0])
        pb_buf_printf(b, "%s%s\t", p->cc2, p->admin1);
    else
        pb_buf_printf(b, "%s\t", p->cc2);
    pb_buf_putc(b, '\t'); /* ADM2 */
    if (p->has_coords)
        pb_buf_printf(b, "%.4f\t%.4f\t", p->lat, p->lon);
    else
        pb_buf_puts(b, "\t\t");
    if (p->type == PB_PLACE_CITY)
        pb_buf_printf(b, "%ld\t", p->geonameid);
    else
        tsv_str(b, p->type == PB_PLACE_DIVISION ? p->admin1 : p->cc2);
}

/* One GDELT 2.0 event row. Dates keep their precision: unknown parts of
 * SQLDATE and MonthYear are zeros (20110600 for June 2011). */
static void gdelt_event(pb_buf *b, const pb_doc *doc, const pb_event *e,
                        size_t index)
{
    const pb_date *d = &e->date;
    pb_buf_printf(b, "%llu\t", gdelt_id(doc, e, index));
    if (d->year)
        pb_buf_printf(b, "%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t", d->year,
                      d->month, d->day, d->year, d->month, d->year,
                      d->year + (d->month * 30 + d->day) / 365.0);
    else
        pb_buf_puts(b, "\t\t\t\t");
    gdelt_actor(b, doc, &e->source);
    gdelt_actor(b, doc, &e->target);
    char base[4];
    snprintf(base, sizeof base, "%.3s", e->code->code);
    pb_buf_printf(b, "%d\t%s\t%s\t%s\t%d\t%g\t1\t1\t1\t\t",
                  e->sentence == 1, e->code->code, base, e->code->root,
                  e->code->quad_class, e->code->goldstein);
    gdelt_geo(b, doc, NULL); /* Actor1Geo: actors are not geolocated */
    gdelt_geo(b, doc, NULL); /* Actor2Geo */
    gdelt_geo(b, doc, e->location);
    /* DATEADDED: the article's date (never the clock, so runs repeat). */
    const pb_date *added = &doc->article_date;
    if (added->year)
        pb_buf_printf(b, "%04d%02d%02d000000\t", added->year, added->month,
                      added->day);
    else
        pb_buf_putc(b, '\t');
    tsv_field(b, doc->url, strlen(doc->url));
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
        format != PB_FORMAT_CONLLU && format != PB_FORMAT_GDELT) {
        pb_set_error(err, PB_ERR_USAGE, "unknown output format %d", format);
        return PB_ERR_USAGE;
    }
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (format == PB_FORMAT_JSON)
            json_event(&b, doc, &doc->events[i]);
        else if (format == PB_FORMAT_TSV)
            tsv_event(&b, doc, &doc->events[i]);
        else if (format == PB_FORMAT_GDELT)
            gdelt_event(&b, doc, &doc->events[i], i);
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
