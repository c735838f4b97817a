/* run.c — the test runner: runs every suite in suites.h, one line per
 * failing check, and ends with "N passed, N failed" (tests, not checks).
 * An optional argument runs only the suites whose name contains it.
 */
#include "test.h"
#include "suites.h"

#include <stdio.h>
#include <stdlib.h>

static int current_failed;
static pb_context *test_context;
static int test_context_tried;

pb_context *pb_test_context(void)
{
    if (!test_context_tried) {
        pb_error err;
        test_context_tried = 1;
        test_context = pb_context_new("data", &err);
        if (!test_context)
            fprintf(stderr, "  cannot load data/: %s\n", err.message);
    }
    return test_context;
}

int pb_test_check(int ok, const char *expr, const char *file, int line)
{
    if (!ok) {
        fprintf(stderr, "  FAIL %s:%d: %s\n", file, line, expr);
        current_failed = 1;
    }
    return ok;
}

int pb_test_check_str(const char *got, const char *want, const char *expr,
                      const char *file, int line)
{
    int ok = (got == NULL && want == NULL) ||
             (got && want && strcmp(got, want) == 0);
    if (!ok) {
        fprintf(stderr, "  FAIL %s:%d: %s is \"%s\", expected \"%s\"\n", file,
                line, expr, got ? got : "(null)", want ? want : "(null)");
        current_failed = 1;
    }
    return ok;
}

int pb_test_check_long(long got, long want, const char *expr,
                       const char *file, int line)
{
    if (got != want) {
        fprintf(stderr, "  FAIL %s:%d: %s is %ld, expected %ld\n", file, line,
                expr, got, want);
        current_failed = 1;
        return 0;
    }
    return 1;
}

const char *pb_test_corpora(void)
{
    const char *dir = getenv("PB_CORPORA");
    return dir && *dir ? dir : "../shared/corpora";
}

const char *pb_test_corpus_path(const char *relative)
{
    static char path[4096];
    snprintf(path, sizeof path, "%s/%s", pb_test_corpora(), relative);
    return path;
}

int main(int argc, char **argv)
{
    const char *only = argc > 1 ? argv[1] : NULL;
    int passed = 0, failed = 0;
    for (const pb_test_suite *s = pb_test_suites; s->name; s++) {
        if (only && !strstr(s->name, only))
            continue;
        for (const pb_test_case *t = s->tests; t->name; t++) {
            current_failed = 0;
            t->run();
            if (current_failed) {
                fprintf(stderr, "FAILED %s/%s\n", s->name, t->name);
                failed++;
            } else {
                passed++;
            }
        }
    }
    pb_context_free(test_context);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
