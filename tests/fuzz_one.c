/* fuzz_one.c — one fuzzing step over the public API (see fuzz_one.h). */
#include "fuzz_one.h"

static int discard(void *user, const char *data, size_t len)
{
    size_t *total = user;
    (void)data;
    *total += len;
    return 0;
}

int pb_fuzz_one(const pb_context *ctx, const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    pb_error err;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    pb_article *a;
    switch (data[0] % 3) {
    case 0:
        a = pb_article_from_text(text, len, &err);
        break;
    case 1:
        a = pb_article_from_json(text, len, &err);
        break;
    default:
        a = pb_article_from_body(text, len, &err);
        break;
    }
    if (!a)
        return 0;
    pb_doc *doc = pb_doc_process(ctx, a, PB_STAGE_EVENTS, &err);
    if (doc) {
        size_t total = 0;
        static const int formats[] = {PB_FORMAT_JSON, PB_FORMAT_TSV,
                                      PB_FORMAT_CONLLU};
        for (size_t f = 0; f < sizeof formats / sizeof *formats; f++)
            pb_doc_write(doc, formats[f], discard, &total, &err);
        for (size_t i = 0; i < pb_doc_warning_count(doc); i++)
            total += pb_doc_warning(doc, i) != NULL;
    }
    pb_doc_free(doc);
    pb_article_free(a);
    return 0;
}
