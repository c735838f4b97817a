/* article.c — the article reader, the pipeline's entry: turns a plain-text
 * article (header block, title, body, by-line) or a JSON-lines record into
 * an envelope (id, date, source, url, title) and a body.
 *
 * The body is kept byte for byte so token offsets point into it; lines the
 * reader drops (by-line, disclaimers) are recorded as ignored ranges that
 * the text stage reads as white space.
 */
#include "internal.h"

#include <ctype.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Lines longer than this are body text, never a by-line or disclaimer. */
#define PB_MAX_BOILERPLATE_LINE 300u
#define PB_MAX_BYLINE_WORDS 8

/* Boilerplate found at the end of wire and web articles (lower case). */
static const char *const disclaimer_phrases[] = {
    "is not responsible for the content",
    "all rights reserved",
    "copyright (c)",
    "copyright \xc2\xa9",
    "may not be published, broadcast, rewritten",
    "click here to",
    "sign up for our",
    "follow us on",
    "reporting by",
    "editing by",
    NULL,
};

void pb_set_error(pb_error *err, int code, const char *fmt, ...)
{
    if (!err)
        return;
    err->code = code;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
}

static void clear_error(pb_error *err)
{
    if (err) {
        err->code = PB_OK;
        err->message[0] = '\0';
    }
}

static char *dup_range(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

static char *dup_trimmed(const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    return dup_range(s, n);
}

static pb_article *article_new(void)
{
    pb_article *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->id = dup_range("", 0);
    a->date = dup_range("", 0);
    a->source = dup_range("", 0);
    a->url = dup_range("", 0);
    a->title = dup_range("", 0);
    if (!a->id || !a->date || !a->source || !a->url || !a->title) {
        pb_article_free(a);
        return NULL;
    }
    return a;
}

void pb_article_free(pb_article *a)
{
    if (!a)
        return;
    free(a->id);
    free(a->date);
    free(a->source);
    free(a->url);
    free(a->title);
    free(a->text);
    free(a->ignored);
    free(a);
}

static int replace_field(char **field, char *value)
{
    if (!value)
        return -1;
    free(*field);
    *field = value;
    return 0;
}

static int add_ignored(pb_article *a, size_t start, size_t end)
{
    pb_range *p = realloc(a->ignored, (a->n_ignored + 1) * sizeof *p);
    if (!p)
        return -1;
    a->ignored = p;
    a->ignored[a->n_ignored].start = (uint32_t)start;
    a->ignored[a->n_ignored].end = (uint32_t)end;
    a->n_ignored++;
    return 0;
}

/* ---- dates ---------------------------------------------------------------- */

static int days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

static int read_digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

int pb_date_parse(const char *s, pb_date *out)
{
    size_t n = strlen(s);
    int y = 0, m = 0, d = 0;
    memset(out, 0, sizeof *out);
    if (n < 4 || !read_digits(s, 4, &y) || y < 1000)
        return -1;
    size_t used = 4;
    if (n >= 7 && s[4] == '-') {
        if (!read_digits(s + 5, 2, &m) || m < 1 || m > 12)
            return -1;
        used = 7;
        if (n >= 10 && s[7] == '-') {
            if (!read_digits(s + 8, 2, &d) || d < 1 ||
                d > days_in_month(y, m))
                return -1;
            used = 10;
        }
    }
    /* A time part may follow a full date ("2013-05-05T08:00:00Z"). */
    if (used < n && !(used == 10 && (s[10] == 'T' || s[10] == ' ')))
        return -1;
    out->year = y;
    out->month = m;
    out->day = d;
    return 0;
}

void pb_date_format(const pb_date *d, char *buf, size_t size)
{
    if (d->year == 0)
        snprintf(buf, size, "%s", "");
    else if (d->month == 0)
        snprintf(buf, size, "%04d", d->year);
    else if (d->day == 0)
        snprintf(buf, size, "%04d-%02d", d->year, d->month);
    else
        snprintf(buf, size, "%04d-%02d-%02d", d->year, d->month, d->day);
}

int pb_article_set_date(pb_article *a, const char *date, pb_error *err)
{
    clear_error(err);
    if (!date || !*date)
        return replace_field(&a->date, dup_range("", 0)) ? PB_ERR_NOMEM : 0;
    pb_date d;
    if (pb_date_parse(date, &d) != 0) {
        pb_set_error(err, PB_ERR_INPUT,
                     "invalid date \"%.40s\" (expected YYYY-MM-DD, YYYY-MM "
                     "or YYYY)",
                     date);
        return PB_ERR_INPUT;
    }
    char buf[16];
    pb_date_format(&d, buf, sizeof buf);
    if (replace_field(&a->date, dup_range(buf, strlen(buf)))) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return PB_ERR_NOMEM;
    }
    return PB_OK;
}

int pb_article_set_id(pb_article *a, const char *id, pb_error *err)
{
    clear_error(err);
    if (replace_field(&a->id, dup_range(id ? id : "", id ? strlen(id) : 0))) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return PB_ERR_NOMEM;
    }
    return PB_OK;
}

/* ---- plain text ------------------------------------------------------------ */

typedef struct line {
    size_t start, end; /* [start, end) without the newline */
    size_t next;       /* offset of the following line */
} line;

static int next_line(const char *s, size_t len, size_t pos, line *l)
{
    if (pos >= len)
        return 0;
    const char *nl = memchr(s + pos, '\n', len - pos);
    l->start = pos;
    l->end = nl ? (size_t)(nl - s) : len;
    l->next = nl ? l->end + 1 : len;
    if (l->end > l->start && s[l->end - 1] == '\r')
        l->end--;
    return 1;
}

static int is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]))
            return 0;
    return 1;
}

static int contains_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++) {
        size_t j = 0;
        while (j < k && tolower((unsigned char)s[i + j]) == needle[j])
            j++;
        if (j == k)
            return 1;
    }
    return 0;
}

static int is_disclaimer(const char *s, size_t n)
{
    if (n > PB_MAX_BOILERPLATE_LINE)
        return 0;
    for (const char *const *p = disclaimer_phrases; *p; p++)
        if (contains_ci(s, n, *p))
            return 1;
    return 0;
}

/* "By Jane Doe" or "By Jane Doe, Reuters": returns the name's length
 * (after "By "), or 0 when the line is not a by-line. */
static size_t byline_name(const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s))
        s++, n--;
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (n < 4 || n > 80 || strncmp(s, "By ", 3) != 0 ||
        !isupper((unsigned char)s[3]) || s[n - 1] == '.')
        return 0;
    int words = 1;
    for (size_t i = 3; i < n; i++)
        if (s[i] == ' ' && s[i - 1] != ' ')
            words++;
    return words <= PB_MAX_BYLINE_WORDS ? n - 3 : 0;
}

/* A header line "Key: value"; returns the key's index or -1. */
static int header_key(const char *s, size_t n, size_t *value_at)
{
    static const char *const keys[] = {"date:", "source:", "id:", "url:"};
    for (int k = 0; k < 4; k++) {
        size_t kl = strlen(keys[k]);
        if (n >= kl && contains_ci(s, kl, keys[k])) {
            *value_at = kl;
            return k;
        }
    }
    return -1;
}

pb_article *pb_article_from_text(const char *bytes, size_t len,
                                 pb_error *err)
{
    clear_error(err);
    pb_article *a = article_new();
    if (!a)
        goto nomem;
    size_t pos = 0;
    line l;
    /* Header block, then the title: the first non-empty line. */
    int in_header = 1;
    while (next_line(bytes, len, pos, &l)) {
        pos = l.next;
        const char *s = bytes + l.start;
        size_t n = l.end - l.start;
        if (is_blank(s, n))
            continue;
        size_t v;
        int key = in_header ? header_key(s, n, &v) : -1;
        if (key < 0) {
            in_header = 0;
            if (replace_field(&a->title, dup_trimmed(s, n)))
                goto nomem;
            break;
        }
        char *value = dup_trimmed(s + v, n - v);
        if (!value)
            goto nomem;
        if (key == 0) {
            int rc = pb_article_set_date(a, value, err);
            free(value);
            if (rc) {
                pb_article_free(a);
                return NULL;
            }
        } else if (replace_field(key == 1   ? &a->source
                                 : key == 2 ? &a->id
                                            : &a->url,
                                 value)) {
            goto nomem;
        }
    }
    /* The body: everything after the title, kept byte for byte. */
    a->text_len = len - pos;
    a->text = dup_range(bytes + pos, a->text_len);
    if (!a->text)
        goto nomem;
    /* Drop disclaimers and take a by-line as the source. */
    size_t p = 0, last_start = 0, last_end = 0;
    int have_last = 0;
    while (next_line(a->text, a->text_len, p, &l)) {
        p = l.next;
        const char *s = a->text + l.start;
        size_t n = l.end - l.start;
        if (is_blank(s, n))
            continue;
        if (is_disclaimer(s, n)) {
            if (add_ignored(a, l.start, l.end))
                goto nomem;
            continue;
        }
        last_start = l.start;
        last_end = l.end;
        have_last = 1;
    }
    if (have_last) {
        size_t nl = byline_name(a->text + last_start, last_end - last_start);
        if (nl) {
            if (add_ignored(a, last_start, last_end))
                goto nomem;
            if (!a->source[0]) {
                const char *s = a->text + last_start;
                while (*s != 'B')
                    s++;
                if (replace_field(&a->source, dup_trimmed(s + 3, nl)))
                    goto nomem;
            }
        }
    }
    return a;
nomem:
    pb_article_free(a);
    pb_set_error(err, PB_ERR_NOMEM, "out of memory");
    return NULL;
}

pb_article *pb_article_from_body(const char *bytes, size_t len,
                                 pb_error *err)
{
    clear_error(err);
    pb_article *a = article_new();
    if (!a || !(a->text = dup_range(bytes, len))) {
        pb_article_free(a);
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return NULL;
    }
    a->text_len = len;
    return a;
}

/* ---- JSON lines ------------------------------------------------------------ */

static int json_field(pb_article *a, json_t *obj, const char *key,
                      char **field, pb_error *err)
{
    json_t *v = json_object_get(obj, key);
    if (!v || json_is_null(v))
        return PB_OK;
    char buf[32];
    const char *s;
    size_t n;
    if (json_is_string(v)) {
        s = json_string_value(v);
        n = json_string_length(v);
    } else if (json_is_integer(v) && strcmp(key, "id") == 0) {
        snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(v));
        s = buf;
        n = strlen(buf);
    } else {
        pb_set_error(err, PB_ERR_INPUT, "field \"%s\" must be a string", key);
        return PB_ERR_INPUT;
    }
    (void)a;
    if (replace_field(field, dup_range(s, n))) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return PB_ERR_NOMEM;
    }
    return PB_OK;
}

pb_article *pb_article_from_json(const char *text, size_t len, pb_error *err)
{
    clear_error(err);
    json_error_t jerr;
    json_t *obj = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!obj) {
        pb_set_error(err, PB_ERR_INPUT, "invalid JSON at column %d: %s",
                     jerr.column, jerr.text);
        return NULL;
    }
    pb_article *a = NULL;
    if (!json_is_object(obj)) {
        pb_set_error(err, PB_ERR_INPUT, "a JSON article must be an object");
        goto fail;
    }
    json_t *body = json_object_get(obj, "text");
    if (!json_is_string(body)) {
        pb_set_error(err, PB_ERR_INPUT,
                     "a JSON article needs a \"text\" string");
        goto fail;
    }
    a = article_new();
    if (!a) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        goto fail;
    }
    char *date = NULL;
    if (json_field(a, obj, "id", &a->id, err) ||
        json_field(a, obj, "source", &a->source, err) ||
        json_field(a, obj, "url", &a->url, err) ||
        json_field(a, obj, "title", &a->title, err) ||
        json_field(a, obj, "date", &date, err))
        goto fail;
    /* Feeds often name the date "published" (e.g. VOA's export). */
    if (!date && json_field(a, obj, "published", &date, err))
        goto fail;
    if (date) {
        int rc = pb_article_set_date(a, date, err);
        free(date);
        if (rc)
            goto fail;
    }
    a->text_len = json_string_length(body);
    a->text = dup_range(json_string_value(body), a->text_len);
    if (!a->text) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        goto fail;
    }
    json_decref(obj);
    return a;
fail:
    pb_article_free(a);
    json_decref(obj);
    return NULL;
}

/* ---- accessors ------------------------------------------------------------- */

const char *pb_article_id(const pb_article *a) { return a->id; }
const char *pb_article_date(const pb_article *a) { return a->date; }
const char *pb_article_source(const pb_article *a) { return a->source; }
const char *pb_article_url(const pb_article *a) { return a->url; }
const char *pb_article_title(const pb_article *a) { return a->title; }
const char *pb_article_text(const pb_article *a) { return a->text; }
size_t pb_article_text_length(const pb_article *a) { return a->text_len; }
