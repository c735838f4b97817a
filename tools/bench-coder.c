/* bench-coder.c — speed of the tree coder alone: loads the CAMEO.2.0 +
 * Phoenix dictionaries (timed), reads gold-parsed sentences from a CoNLL-U
 * file, codes every sentence on one thread, five runs, and prints the load
 * time, the median sentences/s and a hash of the events, so a faster but
 * wrong build is caught.
 *
 * usage: bench-coder DICT_DIR FILE.conllu
 */
#include "../src/petrarch_dict.h"
#include "../src/syntax.h"
#include "../src/tree_coder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Timed runs; the median is reported. Sentences are coded this many times
 * per run so one run lasts long enough to time. */
#define BENCH_RUNS 5
#define BENCH_REPEAT 20
/* Sentence date for the actors' date restrictions. */
#define BENCH_DATE 20150101

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static unsigned long hash_str(unsigned long h, const char *s)
{
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ul;
    return (h ^ 0xff) * 1099511628211ul;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fputs("usage: bench-coder DICT_DIR FILE.conllu\n", stderr);
        return 2;
    }
    pb_pdict *d = pb_pdict_new();
    pb_error err;
    double t0 = now();
    if (!d || pb_pdict_load_phoenix(d, argv[1], &err) != PB_OK) {
        fprintf(stderr, "bench-coder: %s\n", d ? err.message : "no memory");
        pb_pdict_free(d);
        return 1;
    }
    double load_ms = (now() - t0) * 1e3;
    pb_arena arena = PB_ARENA_INIT;
    pb_conllu_sentence *cs;
    size_t n_cs;
    char msg[512];
    if (pb_conllu_read(argv[2], &arena, &cs, &n_cs, msg, sizeof msg) != 0) {
        fprintf(stderr, "bench-coder: %s\n", msg);
        pb_pdict_free(d);
        pb_arena_free(&arena);
        return 1;
    }
    double rates[BENCH_RUNS];
    unsigned long hash = 14695981039346656037ul;
    size_t events = 0;
    for (int run = 0; run < BENCH_RUNS; run++) {
        double start = now();
        for (int rep = 0; rep < BENCH_REPEAT; rep++)
            for (size_t i = 0; i < n_cs; i++) {
                pb_arena scratch = PB_ARENA_INIT;
                pb_tc_event *ev;
                size_t n_ev;
                if (pb_tree_code_sentence(d, &cs[i].sentence, BENCH_DATE,
                                          &scratch, &ev, &n_ev) != 0) {
                    fputs("bench-coder: out of memory\n", stderr);
                    return 1;
                }
                if (run == 0 && rep == 0) {
                    events += n_ev;
                    for (size_t k = 0; k < n_ev; k++) {
                        hash = hash_str(hash, ev[k].source);
                        hash = hash_str(hash, ev[k].target);
                        hash = hash_str(hash, ev[k].code);
                    }
                }
                pb_arena_free(&scratch);
            }
        rates[run] = (double)(n_cs * BENCH_REPEAT) / (now() - start);
    }
    qsort(rates, BENCH_RUNS, sizeof rates[0], cmp_double);
    printf("dictionaries: %zu actors (%zu phrases), %zu agent phrases, "
           "%zu patterns, loaded in %.1f ms\n",
           d->stats.actors, d->stats.actor_phrases, d->stats.agent_phrases,
           d->stats.patterns, load_ms);
    printf("coded %zu sentences x %d, %zu events per pass, hash %016lx\n",
           n_cs, BENCH_REPEAT, events, hash);
    printf("coding: %.0f sentences/s (median of %d runs, one thread)\n",
           rates[BENCH_RUNS / 2], BENCH_RUNS);
    pb_pdict_free(d);
    pb_arena_free(&arena);
    return 0;
}
