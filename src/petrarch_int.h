/* petrarch_int.h — what the PETRARCH dictionary readers share: a
 * comment-stripping line reader that records skipped lines as FILE:LINE
 * notes, and small string helpers. Private to petrarch_dict.c and
 * petrarch_verbs.c.
 */
#ifndef PB_PETRARCH_INT_H
#define PB_PETRARCH_INT_H

#include "petrarch_dict.h"

typedef struct pb_pd_reader {
    pb_pdict *d;          /* notes and the arena go here */
    const char *path;     /* borrowed, for notes */
    char *buf;            /* the whole file, NUL-terminated (malloc'd) */
    char *pos;            /* start of the next line */
    long line_no;         /* number of the line last returned */
    int in_comment;       /* inside a multi-line <!-- … --> */
} pb_pd_reader;

int pb_pd_reader_open(pb_pd_reader *r, pb_pdict *d, const char *path,
                      pb_error *err);
/* The next non-blank line, comments removed, or NULL at the end. The
 * returned text may be modified until the next call. */
char *pb_pd_reader_next(pb_pd_reader *r);
void pb_pd_reader_close(pb_pd_reader *r);
/* Counts a skipped line and keeps "PATH:LINE: message" (printf-style). */
void pb_pd_note(pb_pd_reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Lower-cased copy of s[0..n) in the arena; NULL out of memory. */
char *pb_pd_lower_dup(pb_arena *a, const char *s, size_t n);
/* Splits s[0..n) at '_' and blanks into lower-case words. Returns the
 * count, -1 when more than max, -2 out of memory. */
int pb_pd_split_words(pb_arena *a, const char *s, size_t n, const char **out,
                      int max);
/* Parses the inside of "[code]" or "[a:b]" ("---" is the null code, kept
 * as NULL; so is "+++", TABARI's mark of a complex event, which no
 * successor codes). Returns 0, or -1 when malformed or out of memory. */
int pb_pd_parse_code(pb_arena *a, const char *s, size_t n, const char **code,
                     const char **code2);

#endif
