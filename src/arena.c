/* arena.c — region allocator and growable buffer (see arena.h).
 *
 * Blocks grow geometrically up to PB_ARENA_MAX_BLOCK; an allocation larger
 * than a block gets a block of its own. PB_ARENA_DEBUG turns every
 * allocation into its own block so sanitizers can see each object's bounds;
 * under AddressSanitizer the block's header is poisoned as well, so that
 * reading an array at index -1 (just before its data) is reported, not
 * served from the header.
 */
#include "arena.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    PB_ARENA_FIRST_BLOCK = 16 * 1024,
    PB_ARENA_MAX_BLOCK = 1024 * 1024,
    PB_ARENA_ALIGN = 16,
};

#if defined(PB_ARENA_DEBUG) && defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define HEADER_POISON(b) \
    ASAN_POISON_MEMORY_REGION((b), offsetof(pb_arena_block, data))
#define HEADER_UNPOISON(b) \
    ASAN_UNPOISON_MEMORY_REGION((b), offsetof(pb_arena_block, data))
#else
#define HEADER_POISON(b) ((void)(b))
#define HEADER_UNPOISON(b) ((void)(b))
#endif

struct pb_arena_block {
    pb_arena_block *next; /* older block */
    size_t used;          /* bytes handed out from data */
    size_t size;          /* bytes available in data */
    _Alignas(16) unsigned char data[];
};

static size_t round_up(size_t n)
{
    return (n + PB_ARENA_ALIGN - 1) & ~(size_t)(PB_ARENA_ALIGN - 1);
}

void *pb_arena_alloc(pb_arena *arena, size_t size)
{
    if (size == 0)
        size = 1;
    if (size > SIZE_MAX / 2)
        return NULL;
    size = round_up(size);
    pb_arena_block *b = arena->head;
#ifndef PB_ARENA_DEBUG
    if (b && b->size - b->used >= size) {
        void *p = b->data + b->used;
        b->used += size;
        return p;
    }
    size_t want = b ? b->size * 2 : PB_ARENA_FIRST_BLOCK;
    if (want > PB_ARENA_MAX_BLOCK)
        want = PB_ARENA_MAX_BLOCK;
    if (want < size)
        want = size;
#else
    size_t want = size;
#endif
    pb_arena_block *nb = malloc(sizeof *nb + want);
    if (!nb)
        return NULL;
    nb->size = want;
    nb->used = size;
    memset(nb->data, 0, want);
    /* Keep a partly used current block in front when the new block is a
     * one-off large allocation, so its free space is not wasted. */
    if (b)
        HEADER_UNPOISON(b);
    if (b && want == size && b->size - b->used > 0) {
        nb->next = b->next;
        b->next = nb;
    } else {
        nb->next = b;
        arena->head = nb;
    }
    if (b)
        HEADER_POISON(b);
    HEADER_POISON(nb);
    return nb->data;
}

char *pb_arena_strndup(pb_arena *arena, const char *s, size_t len)
{
    char *p = pb_arena_alloc(arena, len + 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *pb_arena_strdup(pb_arena *arena, const char *s)
{
    return pb_arena_strndup(arena, s, strlen(s));
}

void pb_arena_free(pb_arena *arena)
{
    pb_arena_block *b = arena->head;
    while (b) {
        HEADER_UNPOISON(b);
        pb_arena_block *next = b->next;
        free(b);
        b = next;
    }
    arena->head = NULL;
}

static int buf_reserve(pb_buf *b, size_t extra)
{
    if (b->failed)
        return 0;
    if (extra > SIZE_MAX / 4 - b->len) {
        b->failed = 1;
        return 0;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return 0;
    }
    b->data = p;
    b->cap = cap;
    return 1;
}

void pb_buf_append(pb_buf *b, const char *s, size_t len)
{
    if (!buf_reserve(b, len))
        return;
    memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void pb_buf_puts(pb_buf *b, const char *s)
{
    pb_buf_append(b, s, strlen(s));
}

void pb_buf_putc(pb_buf *b, char c)
{
    pb_buf_append(b, &c, 1);
}

void pb_buf_printf(pb_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !buf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void pb_buf_reset(pb_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void pb_buf_free(pb_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}
