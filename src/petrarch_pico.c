/* petrarch_pico.c — reader for the PETRARCH internal coding ontology
 * (PETR.Internal.Coding.Ontology.txt: "CAMEO:PICO" lines, PICO a sum of
 * hex terms) and the two conversions the tree coder uses to combine and
 * negate verb codes.
 */
#include "petrarch_dict.h"
#include "petrarch_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Parses "0x1000-0xFFFF", "-0xFFFF+0x2040+0x300": a signed sum of hex
 * terms, up to the first character that is not part of one. Returns 0 on
 * success, -1 when no term was read. */
static int parse_sum(const char *s, int32_t *out)
{
    int32_t sum = 0;
    int terms = 0;
    for (;;) {
        while (*s == ' ' || *s == '\t')
            s++;
        int sign = 1;
        if (*s == '-' || *s == '+') {
            sign = *s == '-' ? -1 : 1;
            s++;
        } else if (terms > 0) {
            break;
        }
        while (*s == ' ' || *s == '\t')
            s++;
        if (!(s[0] == '0' && (s[1] == 'x' || s[1] == 'X') &&
              isxdigit((unsigned char)s[2])))
            break;
        char *end;
        long v = strtol(s + 2, &end, 16);
        sum += sign * (int32_t)v;
        terms++;
        s = end;
    }
    *out = sum;
    return terms ? 0 : -1;
}

int pb_pdict_read_ontology(pb_pdict *d, const char *path, pb_error *err)
{
    pb_pd_reader r;
    int rc = pb_pd_reader_open(&r, d, path, err);
    if (rc != PB_OK)
        return rc;
    pb_pd_pico *tab = pb_arena_alloc(&d->arena,
                                     PB_PD_MAX_PICO * sizeof *tab);
    size_t n = 0;
    char *line;
    while (tab && (line = pb_pd_reader_next(&r))) {
        char *colon = strchr(line, ':');
        char *s = line;
        while (isspace((unsigned char)*s))
            s++;
        int32_t value;
        if (!colon || colon == s || parse_sum(colon + 1, &value) != 0) {
            pb_pd_note(&r, "ontology line without CODE:0xVALUE");
            continue;
        }
        if (n == PB_PD_MAX_PICO) {
            pb_pd_note(&r, "more than %d ontology lines", PB_PD_MAX_PICO);
            break;
        }
        size_t len = (size_t)(colon - s);
        while (len && isspace((unsigned char)s[len - 1]))
            len--;
        tab[n].code = pb_arena_strndup(&d->arena, s, len);
        if (!tab[n].code) {
            tab = NULL;
            break;
        }
        tab[n++].value = value;
    }
    pb_pd_reader_close(&r);
    if (!tab) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory reading %s", path);
        return PB_ERR_NOMEM;
    }
    d->pico = tab;
    d->n_pico = n;
    return PB_OK;
}

int32_t pb_pd_pico_of(const pb_pdict *d, const char *code)
{
    for (size_t i = 0; code && i < d->n_pico; i++)
        if (strcmp(d->pico[i].code, code) == 0)
            return d->pico[i].value;
    return 0;
}

static const char *exact_code(const pb_pdict *d, int32_t value)
{
    for (size_t i = 0; i < d->n_pico; i++)
        if (d->pico[i].value == value)
            return d->pico[i].code;
    return NULL;
}

const char *pb_pd_pico_code(const pb_pdict *d, int32_t value)
{
    static const int32_t masks[] = {-1, ~0xF, ~0xFF, ~0xFFF};
    for (size_t k = 0; k < sizeof masks / sizeof masks[0]; k++) {
        int32_t v = value & masks[k];
        const char *c = v > 0 || k == 0 ? exact_code(d, v) : NULL;
        if (c)
            return c;
    }
    return NULL;
}
