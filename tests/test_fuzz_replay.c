/* test_fuzz_replay.c — replays every input kept in tests/fuzz-corpus/
 * (seeds written here and any input a fuzzing run ever found crashing)
 * through pb_fuzz_one, so a fixed crash stays fixed.
 */
#include "test.h"
#include "fuzz_one.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#define FUZZ_CORPUS_DIR "tests/fuzz-corpus"
#define FUZZ_MAX_INPUT (1u << 22)

static void test_replay_corpus(void)
{
    pb_context *ctx = pb_test_context();
    if (!CHECK(ctx != NULL))
        return;
    DIR *dir = opendir(FUZZ_CORPUS_DIR);
    if (!CHECK(dir != NULL))
        return;
    int replayed = 0;
    struct dirent *e;
    unsigned char *buf = malloc(FUZZ_MAX_INPUT);
    while (buf && (e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", FUZZ_CORPUS_DIR, e->d_name);
        FILE *fp = fopen(path, "rb");
        if (!CHECK(fp != NULL))
            continue;
        size_t n = fread(buf, 1, FUZZ_MAX_INPUT, fp);
        fclose(fp);
        pb_fuzz_one(ctx, buf, n);
        replayed++;
    }
    free(buf);
    closedir(dir);
    CHECK(replayed >= 8);
}

const pb_test_case fuzz_replay_tests[] = {
    {"replay_corpus", test_replay_corpus},
    {NULL, NULL},
};
