/* tool_util.c — helpers shared by the measurement tools (tool_util.h). */
#include "tool_util.h"
#include "../src/fileio.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(void)
{
    fputs("out of memory\n", stderr);
    exit(2);
}

char *tool_read_file(const char *prog, const char *path, size_t *len)
{
    pb_error err;
    size_t n;
    char *buf = pb_read_file(path, TOOL_MAX_FILE_BYTES, &n, &err);
    if (!buf) {
        fprintf(stderr, "%s: %s\n", prog, err.message);
        exit(2);
    }
    if (len)
        *len = n;
    return buf;
}

char *tool_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (!p)
        out_of_memory();
    memcpy(p, s, n);
    return p;
}

char *tool_csv_field(const char **p, int *end_of_record)
{
    const char *s = *p;
    size_t cap = 256, n = 0;
    char *out = malloc(cap);
    if (!out)
        out_of_memory();
    int quoted = (*s == '"');
    if (quoted)
        s++;
    while (*s) {
        if (quoted && *s == '"') {
            if (s[1] != '"') {
                s++;
                quoted = 0;
                continue;
            }
            s++; /* "" stands for one quote */
        } else if (!quoted && (*s == ',' || *s == '\n' || *s == '\r')) {
            break;
        }
        if (n + 2 > cap) {
            cap *= 2;
            char *nb = realloc(out, cap);
            if (!nb)
                out_of_memory();
            out = nb;
        }
        out[n++] = *s++;
    }
    out[n] = '\0';
    *end_of_record = 1;
    if (*s == ',') {
        *end_of_record = 0;
        s++;
    } else {
        if (*s == '\r')
            s++;
        if (*s == '\n')
            s++;
    }
    *p = s;
    return out;
}
