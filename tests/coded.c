/* coded.c — the tests' view of coded events: codes a text with the
 * default data and writes its events as "SRC>TGT:CODE[:mode][@date]",
 * the form the pipeline and data tests compare against.
 */
#include "test.h"
#include "polybius.h"
#include "../src/internal.h"
#include "../src/codebook.h"

#include <stdio.h>
#include <string.h>

const char *pb_test_code(const char *text, const char *date)
{
    static char out[4096];
    out[0] = '\0';
    pb_context *ctx = pb_test_context();
    if (!CHECK(ctx != NULL))
        return out;
    pb_error err;
    pb_article *a = pb_article_from_body(text, strlen(text), &err);
    if (a && date)
        pb_article_set_date(a, date, &err);
    pb_doc *doc = a ? pb_doc_process(ctx, a, PB_STAGE_EVENTS, &err) : NULL;
    static const char *const modes[] = {"", ":negated", ":intended",
                                        ":hypothetical"};
    size_t n = 0;
    for (size_t i = 0; doc && i < doc->n_events && n < sizeof out; i++) {
        const pb_event *e = &doc->events[i];
        char d[16];
        pb_date_format(&e->date, d, sizeof d);
        n += (size_t)snprintf(out + n, sizeof out - n, "%s%s>%s:%s%s%s%s",
                              i ? " " : "", e->source.code, e->target.code,
                              e->code->code, modes[e->mode], d[0] ? "@" : "",
                              d);
    }
    pb_doc_free(doc);
    pb_article_free(a);
    return out;
}
