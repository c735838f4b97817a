/* datafile.c — line reader for the project's TAB-separated data files
 * (see datafile.h).
 */
#include "datafile.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int pb_datafile_open(pb_datafile *df, const char *path, pb_error *err)
{
    memset(df, 0, sizeof *df);
    df->path = path;
    df->fp = fopen(path, "rb");
    if (!df->fp) {
        pb_set_error(err, PB_ERR_IO, "%s: %s", path, strerror(errno));
        return PB_ERR_IO;
    }
    return PB_OK;
}

int pb_datafile_error(const pb_datafile *df, pb_error *err, const char *fmt,
                      ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    pb_set_error(err, PB_ERR_DATA, "%s:%ld: %s", df->path, df->line_no, msg);
    return PB_ERR_DATA;
}

static char *trim(char *s)
{
    while (*s == ' ')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

int pb_datafile_next(pb_datafile *df, pb_error *err)
{
    for (;;) {
        size_t len = 0;
        int c;
        df->line_no++;
        while ((c = fgetc(df->fp)) != EOF && c != '\n') {
            if (len + 1 >= PB_DATAFILE_MAX_LINE) {
                pb_datafile_error(df, err, "line longer than %d bytes",
                                  PB_DATAFILE_MAX_LINE);
                return -1;
            }
            if (len + 1 >= df->cap) {
                size_t cap = df->cap ? df->cap * 2 : 256;
                char *p = realloc(df->line, cap);
                if (!p) {
                    pb_set_error(err, PB_ERR_NOMEM, "out of memory");
                    return -1;
                }
                df->line = p;
                df->cap = cap;
            }
            df->line[len++] = (char)c;
        }
        if (ferror(df->fp)) {
            pb_set_error(err, PB_ERR_IO, "%s: read error", df->path);
            return -1;
        }
        if (c == EOF && len == 0)
            return 0;
        if (!df->line) {
            df->line = malloc(1);
            if (!df->line) {
                pb_set_error(err, PB_ERR_NOMEM, "out of memory");
                return -1;
            }
            df->cap = 1;
        }
        df->line[len] = '\0';
        char *hash = strchr(df->line, '#');
        if (hash)
            *hash = '\0';
        char *s = df->line;
        while (*s == ' ' || *s == '\t' || *s == '\r')
            s++;
        if (*s == '\0')
            continue;
        /* Trailing TABs would make empty fields: drop trailing blanks. */
        size_t n = strlen(df->line);
        while (n && (df->line[n - 1] == ' ' || df->line[n - 1] == '\t' ||
                     df->line[n - 1] == '\r'))
            df->line[--n] = '\0';
        df->n_fields = 0;
        char *field = df->line;
        for (;;) {
            char *tab = strchr(field, '\t');
            if (df->n_fields == PB_DATAFILE_MAX_FIELDS) {
                pb_datafile_error(df, err, "more than %d fields",
                                  PB_DATAFILE_MAX_FIELDS);
                return -1;
            }
            if (tab)
                *tab = '\0';
            df->fields[df->n_fields++] = trim(field);
            if (!tab)
                break;
            field = tab + 1;
        }
        return 1;
    }
}

void pb_datafile_close(pb_datafile *df)
{
    if (df->fp)
        fclose(df->fp);
    free(df->line);
    memset(df, 0, sizeof *df);
}

int pb_datafile_each(const char *path,
                     int (*line)(pb_datafile *df, void *user, pb_error *err),
                     void *user, pb_error *err)
{
    pb_datafile df;
    int rc = pb_datafile_open(&df, path, err);
    int more;
    while (rc == PB_OK && (more = pb_datafile_next(&df, err)) != 0)
        rc = more < 0 ? err->code : line(&df, user, err);
    pb_datafile_close(&df);
    return rc;
}
