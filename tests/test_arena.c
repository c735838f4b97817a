/* test_arena.c — the region allocator and growable buffer. */
#include "test.h"
#include "../src/arena.h"

#include <stdint.h>

static void test_alloc_is_zeroed_and_aligned(void)
{
    pb_arena a = PB_ARENA_INIT;
    for (int i = 0; i < 5000; i++) {
        unsigned char *p = pb_arena_alloc(&a, (size_t)(i % 97) + 1);
        CHECK(p != NULL);
        CHECK(((uintptr_t)p & 15) == 0);
        CHECK(p[0] == 0);
        p[0] = 0xff;
    }
    /* A block larger than the largest arena block still works. */
    char *big = pb_arena_alloc(&a, 3 * 1024 * 1024);
    CHECK(big != NULL);
    big[3 * 1024 * 1024 - 1] = 'x';
    pb_arena_free(&a);
    CHECK(a.head == NULL);
}

static void test_strndup(void)
{
    pb_arena a = PB_ARENA_INIT;
    CHECK_STR(pb_arena_strndup(&a, "Beijing talks", 7), "Beijing");
    CHECK_STR(pb_arena_strdup(&a, ""), "");
    pb_arena_free(&a);
}

static void test_buf(void)
{
    pb_buf b = PB_BUF_INIT;
    pb_buf_puts(&b, "ISR");
    pb_buf_putc(&b, '-');
    pb_buf_printf(&b, "%03d/%s", 42, "CHN");
    CHECK_STR(b.data, "ISR-042/CHN");
    CHECK_INT(b.len, 11);
    for (int i = 0; i < 10000; i++)
        pb_buf_putc(&b, 'a');
    CHECK_INT(b.len, 10011);
    pb_buf_reset(&b);
    CHECK_STR(b.data, "");
    pb_buf_free(&b);
}

const pb_test_case arena_tests[] = {
    {"alloc_is_zeroed_and_aligned", test_alloc_is_zeroed_and_aligned},
    {"strndup", test_strndup},
    {"buf", test_buf},
    {NULL, NULL},
};
