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
extern const pb_test_case syntax_tests[];
extern const pb_test_case article_tests[];
extern const pb_test_case petrarch_tests[];
extern const pb_test_case data_tests[];
extern const pb_test_case time_tests[];
extern const pb_test_case places_tests[];
extern const pb_test_case pipeline_tests[];
extern const pb_test_case cli_tests[];
extern const pb_test_case fuzz_replay_tests[];

static const pb_test_suite pb_test_suites[] = {
    {"arena", arena_tests},
    {"text", text_tests},
    {"syntax", syntax_tests},
    {"article", article_tests},
    {"petrarch", petrarch_tests},
    {"data", data_tests},
    {"time", time_tests},
    {"places", places_tests},
    {"pipeline", pipeline_tests},
    {"cli", cli_tests},
    {"fuzz_replay", fuzz_replay_tests},
    {NULL, NULL},
};

#endif
