/* datafile.h — reads the project's plain-text data files (data/README.md):
 * one entry per line, '#' comments, TAB-separated fields. Shared by the
 * codebook and lexicon loaders so every file follows the same rules and
 * every error names FILE:LINE.
 */
#ifndef PB_DATAFILE_H
#define PB_DATAFILE_H

#include "internal.h"

#include <stdio.h>

#define PB_DATAFILE_MAX_FIELDS 8
#define PB_DATAFILE_MAX_LINE 65536

typedef struct pb_datafile {
    FILE *fp;
    const char *path;  /* borrowed, for messages */
    long line_no;      /* number of the current line, 1-based */
    char *line;        /* current line, comment and newline removed */
    size_t cap;
    char *fields[PB_DATAFILE_MAX_FIELDS];
    int n_fields;      /* fields of the current line */
} pb_datafile;

/* Opens path; returns 0, or PB_ERR_IO with err filled. */
int pb_datafile_open(pb_datafile *df, const char *path, pb_error *err);
/* Advances to the next non-blank line and splits it at TABs (fields are
 * trimmed of spaces). Returns 1 for a line, 0 at the end, -1 on error with
 * err filled (line too long, too many fields, read error). */
int pb_datafile_next(pb_datafile *df, pb_error *err);
/* Fills err with "PATH:LINE: message". Returns PB_ERR_DATA. */
int pb_datafile_error(const pb_datafile *df, pb_error *err, const char *fmt,
                      ...) __attribute__((format(printf, 3, 4)));
void pb_datafile_close(pb_datafile *df);

/* Reads path and calls line(df, user, err) for each entry line, stopping
 * at the first error. Returns PB_OK, or the error (err filled). */
int pb_datafile_each(const char *path,
                     int (*line)(pb_datafile *df, void *user, pb_error *err),
                     void *user, pb_error *err);

#endif
