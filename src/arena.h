/* arena.h — region allocator and growable byte buffer shared by every stage.
 *
 * A document owns one arena; everything a stage produces for that document
 * (token strings, lemmas, events) is allocated from it and released in one
 * step by pb_arena_free. Build with -DPB_ARENA_DEBUG to make every allocation
 * a separate malloc, so AddressSanitizer sees overflows between objects.
 */
#ifndef PB_ARENA_H
#define PB_ARENA_H

#include <stddef.h>

typedef struct pb_arena_block pb_arena_block;

typedef struct pb_arena {
    pb_arena_block *head; /* newest block first; NULL when empty */
} pb_arena;

/* A zeroed arena is ready to use. */
#define PB_ARENA_INIT {NULL}

/* Returns zeroed memory aligned for any type, or NULL when out of memory. */
void *pb_arena_alloc(pb_arena *arena, size_t size);
/* Copies len bytes and a terminating NUL; NULL when out of memory. */
char *pb_arena_strndup(pb_arena *arena, const char *s, size_t len);
char *pb_arena_strdup(pb_arena *arena, const char *s);
/* Releases every allocation; the arena is empty and reusable afterwards. */
void pb_arena_free(pb_arena *arena);

/* A growable, always NUL-terminated byte string owned by its user. */
typedef struct pb_buf {
    char *data;  /* NULL until the first append */
    size_t len;  /* bytes used, excluding the NUL */
    size_t cap;  /* bytes allocated */
    int failed;  /* set once an allocation failed; later appends do nothing */
} pb_buf;

#define PB_BUF_INIT {NULL, 0, 0, 0}

void pb_buf_append(pb_buf *b, const char *s, size_t len);
void pb_buf_puts(pb_buf *b, const char *s);
void pb_buf_putc(pb_buf *b, char c);
void pb_buf_printf(pb_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void pb_buf_reset(pb_buf *b);  /* length 0, memory kept */
void pb_buf_free(pb_buf *b);

#endif
