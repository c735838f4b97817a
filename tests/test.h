/* test.h — the tiny test harness every tests/test_*.c file uses.
 *
 * A test is a void function that makes CHECK assertions; a suite is a
 * NULL-terminated table of named tests. tests/run.c runs every suite listed
 * in tests/suites.h and prints "N passed, N failed" as its last line.
 * A test passes when none of its checks failed.
 */
#ifndef PB_TEST_H
#define PB_TEST_H

#include "polybius.h"

#include <stddef.h>
#include <string.h>

typedef struct pb_test_case {
    const char *name;
    void (*run)(void);
} pb_test_case;

/* Records one assertion; prints file:line and the expression on failure. */
int pb_test_check(int ok, const char *expr, const char *file, int line);
int pb_test_check_str(const char *got, const char *want, const char *expr,
                      const char *file, int line);
int pb_test_check_long(long got, long want, const char *expr,
                       const char *file, int line);

/* The context of the default data ("data/"), loaded on first use and freed
 * by the runner at exit; NULL (with a message) when it cannot be loaded. */
pb_context *pb_test_context(void);

/* Codes `text` (an article body, dated `date` when not NULL) with the
 * default data and returns its events as "SRC>TGT:CODE[:mode][@date]",
 * space-separated, in a static buffer (tests/coded.c). */
const char *pb_test_code(const char *text, const char *date);

/* Directory of the shared corpora (PB_CORPORA, default ../shared/corpora). */
const char *pb_test_corpora(void);
/* Path of a file under the corpora directory, in a static buffer. */
const char *pb_test_corpus_path(const char *relative);

#define CHECK(cond) pb_test_check(!!(cond), #cond, __FILE__, __LINE__)
#define CHECK_STR(got, want) \
    pb_test_check_str((got), (want), #got, __FILE__, __LINE__)
#define CHECK_INT(got, want) \
    pb_test_check_long((long)(got), (long)(want), #got, __FILE__, __LINE__)

#endif
