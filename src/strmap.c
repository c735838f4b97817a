/* strmap.c — string → pointer-list hash map with linear probing (see
 * strmap.h). Grows at 50 % load so probes stay short.
 */
#include "strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

size_t pb_hash_string(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return (size_t)h;
}

static pb_strmap_slot *find_slot(pb_strmap_slot *slots, size_t n_slots,
                                 const char *key)
{
    size_t mask = n_slots - 1;
    for (size_t i = pb_hash_string(key) & mask;; i = (i + 1) & mask) {
        if (!slots[i].key || strcmp(slots[i].key, key) == 0)
            return &slots[i];
    }
}

static int grow(pb_strmap *m)
{
    size_t n = m->n_slots ? m->n_slots * 2 : 64;
    pb_strmap_slot *slots = calloc(n, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < m->n_slots; i++)
        if (m->slots[i].key)
            *find_slot(slots, n, m->slots[i].key) = m->slots[i];
    free(m->slots);
    m->slots = slots;
    m->n_slots = n;
    return 0;
}

int pb_strmap_add(pb_strmap *m, const char *key, const void *value)
{
    if ((m->n_keys + 1) * 2 > m->n_slots && grow(m) != 0)
        return -1;
    pb_strmap_slot *s = find_slot(m->slots, m->n_slots, key);
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 2;
        const void **v = realloc(s->values, cap * sizeof *v);
        if (!v)
            return -1;
        s->values = v;
        s->cap = cap;
    }
    if (!s->key) {
        s->key = key;
        m->n_keys++;
    }
    s->values[s->n++] = value;
    return 0;
}

size_t pb_strmap_get(const pb_strmap *m, const char *key,
                     const void *const **values)
{
    *values = NULL;
    if (m->n_slots == 0)
        return 0;
    pb_strmap_slot *s = find_slot(m->slots, m->n_slots, key);
    if (!s->key)
        return 0;
    *values = s->values;
    return s->n;
}

void pb_strmap_sort(pb_strmap *m, int (*cmp)(const void *, const void *))
{
    for (size_t i = 0; i < m->n_slots; i++)
        if (m->slots[i].n > 1)
            qsort(m->slots[i].values, m->slots[i].n, sizeof(void *), cmp);
}

void pb_strmap_free(pb_strmap *m)
{
    for (size_t i = 0; i < m->n_slots; i++)
        free(m->slots[i].values);
    free(m->slots);
    m->slots = NULL;
    m->n_slots = m->n_keys = 0;
}
