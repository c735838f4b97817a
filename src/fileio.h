/* fileio.h — reads a whole file into memory under a size limit: the one
 * way the library loads CoNLL-U files, PETRARCH dictionaries and
 * validation suites. A file over the limit is an error, never cut short.
 */
#ifndef PB_FILEIO_H
#define PB_FILEIO_H

#include "internal.h"

#include <stddef.h>

/* Returns the file's bytes, NUL-terminated (malloc'd; the caller frees),
 * and its length in *len. NULL with err filled ("PATH: reason") when the
 * file cannot be opened or read (PB_ERR_IO), is larger than max_bytes
 * (PB_ERR_IO) or memory runs out (PB_ERR_NOMEM). */
char *pb_read_file(const char *path, size_t max_bytes, size_t *len,
                   pb_error *err);

#endif
