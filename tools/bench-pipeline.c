/* bench-pipeline.c — speed of the whole pipeline (raw text → events) on a
 * JSON-lines corpus, single thread: median of several runs, with sentence,
 * token and event counts and an FNV hash of the JSON output so a faster but
 * different build is noticed. Used by `make bench`.
 *
 * usage: bench-pipeline [--runs N] [--dicts DIR] FILE.jsonl
 */
#include "polybius.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_RUNS 21
#define MAX_ARTICLES 100000

typedef struct hash_sink {
    uint64_t hash;
    size_t bytes;
} hash_sink;

static int hash_write(void *user, const char *data, size_t len)
{
    hash_sink *h = user;
    for (size_t i = 0; i < len; i++) {
        h->hash ^= (unsigned char)data[i];
        h->hash *= 1099511628211ull;
    }
    h->bytes += len;
    return 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int runs = 5;
    const char *dicts = NULL, *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (strcmp(argv[i], "--dicts") == 0 && i + 1 < argc)
            dicts = argv[++i];
        else
            path = argv[i];
    }
    if (!path || runs < 1 || runs > MAX_RUNS) {
        fprintf(stderr, "usage: bench-pipeline [--runs 1..%d] [--dicts DIR] "
                        "FILE.jsonl\n", MAX_RUNS);
        return 2;
    }
    pb_error err;
    double t0 = now();
    pb_context *ctx = pb_context_new(dicts, &err);
    double load_s = now() - t0;
    if (!ctx) {
        fprintf(stderr, "bench-pipeline: %s\n", err.message);
        return 2;
    }
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        perror(path);
        return 2;
    }
    pb_article **articles = calloc(MAX_ARTICLES, sizeof *articles);
    size_t n = 0, bytes = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while (articles && n < MAX_ARTICLES && (len = getline(&line, &cap, fp)) > 0) {
        pb_article *a = pb_article_from_json(line, (size_t)len, &err);
        if (a) {
            bytes += pb_article_text_length(a);
            articles[n++] = a;
        }
    }
    free(line);
    fclose(fp);
    double times[MAX_RUNS];
    size_t sentences = 0, events = 0;
    hash_sink sink = {1469598103934665603ull, 0};
    for (int r = 0; r < runs; r++) {
        sentences = events = 0;
        sink.hash = 1469598103934665603ull;
        double start = now();
        for (size_t i = 0; i < n; i++) {
            pb_doc *doc = pb_doc_process(ctx, articles[i], PB_STAGE_EVENTS, &err);
            if (!doc)
                continue;
            sentences += pb_doc_sentence_count(doc);
            events += pb_doc_event_count(doc);
            pb_doc_write(doc, PB_FORMAT_JSON, hash_write, &sink, &err);
            pb_doc_free(doc);
        }
        times[r] = now() - start;
    }
    qsort(times, (size_t)runs, sizeof *times, compare_doubles);
    double median = times[runs / 2];
    printf("pipeline: %s\n", path);
    printf("  articles %zu, text %.1f KB, sentences %zu, events %zu\n", n,
           (double)bytes / 1024, sentences, events);
    printf("  context load %.3f s\n", load_s);
    printf("  median of %d runs: %.3f s = %.0f sentences/s, %.2f MB/s\n",
           runs, median, (double)sentences / median,
           (double)bytes / median / 1e6);
    printf("  output hash %016llx (%zu bytes)\n", (unsigned long long)sink.hash,
           sink.bytes);
    for (size_t i = 0; i < n; i++)
        pb_article_free(articles[i]);
    free(articles);
    pb_context_free(ctx);
    return 0;
}
