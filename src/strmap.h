/* strmap.h — an open-addressing hash map from strings to lists of
 * pointers. The lexicon indexes phrases and patterns by first word with it.
 * Keys and values are borrowed: they must outlive the map.
 */
#ifndef PB_STRMAP_H
#define PB_STRMAP_H

#include <stddef.h>

typedef struct pb_strmap_slot {
    const char *key;      /* NULL: empty slot */
    const void **values;  /* malloc'd */
    size_t n, cap;
} pb_strmap_slot;

typedef struct pb_strmap {
    pb_strmap_slot *slots;
    size_t n_slots;       /* power of two, or 0 */
    size_t n_keys;
} pb_strmap;

#define PB_STRMAP_INIT {NULL, 0, 0}

/* Appends value to key's list. Returns 0, or -1 out of memory. */
int pb_strmap_add(pb_strmap *m, const char *key, const void *value);
/* The list for key: count returned, *values borrowed (NULL when none). */
size_t pb_strmap_get(const pb_strmap *m, const char *key,
                     const void *const **values);
/* Sorts every list with cmp (qsort order). */
void pb_strmap_sort(pb_strmap *m, int (*cmp)(const void *, const void *));
void pb_strmap_free(pb_strmap *m);

/* FNV-1a hash of a NUL-terminated string. */
size_t pb_hash_string(const char *s);

#endif
