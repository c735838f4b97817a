/* suites.h — the list of test suites tests/run.c runs, in pipeline order.
 * Each tests/test_NAME.c defines `const pb_test_case NAME_tests[]`.
 */
#ifndef PB_SUITES_H
#define PB_SUITES_H

#include "test.h"

typedef struct pb_test_suite {
    const char *name;
    const pb_test_case *tests;
} pb_test_suite;

extern const pb_test_case arena_tests[];
extern const pb_test_case text_tests[];
extern const pb_test_case article_tests[];

static const pb_test_suite pb_test_suites[] = {
    {"arena", arena_tests},
    {"text", text_tests},
    {"article", article_tests},
    {NULL, NULL},
};

#endif
