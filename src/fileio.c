/* fileio.c — whole-file reading with a size limit (see fileio.h). */
#include "fileio.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PB_READ_CHUNK = 1 << 16 };

char *pb_read_file(const char *path, size_t max_bytes, size_t *len,
                   pb_error *err)
{
    *len = 0;
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        pb_set_error(err, PB_ERR_IO, "%s: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = PB_READ_CHUNK, n = 0;
    char *buf = malloc(cap);
    int code = buf ? PB_OK : PB_ERR_NOMEM;
    while (code == PB_OK) {
        if (n + 1 == cap) {
            if (cap > max_bytes) {
                code = PB_ERR_IO;
                pb_set_error(err, code, "%s: larger than %zu bytes", path,
                             max_bytes);
                break;
            }
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                code = PB_ERR_NOMEM;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - 1 - n, fp);
        n += got;
        if (got == 0)
            break;
    }
    if (code == PB_OK && ferror(fp)) {
        code = PB_ERR_IO;
        pb_set_error(err, code, "%s: read error", path);
    }
    if (code == PB_OK && n > max_bytes) {
        code = PB_ERR_IO;
        pb_set_error(err, code, "%s: larger than %zu bytes", path, max_bytes);
    }
    fclose(fp);
    if (code != PB_OK) {
        if (code == PB_ERR_NOMEM)
            pb_set_error(err, code, "%s: out of memory", path);
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}
