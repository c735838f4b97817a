/* tool_util.h — small helpers the measurement tools share (dev-articles,
 * eval-lexicon): whole-file reading and string copies that exit on
 * failure, and an RFC 4180 CSV field reader. Not part of the library.
 */
#ifndef PB_TOOL_UTIL_H
#define PB_TOOL_UTIL_H

#include <stddef.h>

/* Largest input file a tool reads. */
#define TOOL_MAX_FILE_BYTES ((size_t)1 << 30)

/* The file's bytes, NUL-terminated (malloc'd), length in *len (may be
 * NULL); prints "PROG: reason" and exits 2 on any failure. */
char *tool_read_file(const char *prog, const char *path, size_t *len);
/* A malloc'd copy of s; exits 2 when out of memory. */
char *tool_strdup(const char *s);
/* One RFC 4180 field starting at *p: quoted ("" is a quote) or bare.
 * Returns a malloc'd copy and moves *p past the field and its separator;
 * *end_of_record is set when the field closed its record (line end or
 * end of input). Exits 2 when out of memory. */
char *tool_csv_field(const char **p, int *end_of_record);

#endif
