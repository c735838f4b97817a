/* normalize.c — text stage, step 1: UTF-8 validation with repair, and
 * folding of the typographic characters news text is full of (curly quotes,
 * non-breaking and thin spaces, U+2212 minus, dashes, ellipsis, zero-width
 * marks) into the plain forms the tokenizer and dictionaries expect.
 * Every output byte remembers the original offset of its character.
 */
#include "text.h"

#include <string.h>

size_t pb_utf8_valid_length(const unsigned char *s, size_t n)
{
    if (n == 0)
        return 0;
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    size_t len;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    /* Reject overlong forms, surrogates and code points past U+10FFFF. */
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return 0;
    return len;
}

static unsigned decode(const unsigned char *s, size_t len)
{
    if (len == 1)
        return s[0];
    unsigned cp = s[0] & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (size_t i = 1; i < len; i++)
        cp = (cp << 6) | (s[i] & 0x3F);
    return cp;
}

/* The replacement for a code point: NULL keeps it, "" drops it. */
static const char *fold(unsigned cp)
{
    switch (cp) {
    case 0x00A0: case 0x1680: case 0x2000: case 0x2001: case 0x2002:
    case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2007:
    case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000: case 0x2028: case 0x2029:
        return " ";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060:
    case 0xFEFF: case 0x200E: case 0x200F:
        return "";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x02BC: case 0x00B4: case 0x0060:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
    case 0xFE63: case 0xFF0D:
        return "-";
    case 0x2014: case 0x2015:
        return "--";
    case 0x2026:
        return "...";
    case 0x2022: case 0x00B7:
        return "*";
    default:
        break;
    }
    /* C0 and C1 controls other than tab, newline and return; DEL. */
    if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
        (cp >= 0x7F && cp < 0xA0))
        return " ";
    return NULL;
}

int pb_text_normalize(pb_arena *arena, const char *src, size_t len,
                      pb_text *out)
{
    memset(out, 0, sizeof *out);
    out->orig = src;
    out->orig_len = len;
    /* A folded character never grows ("..." from the 3-byte U+2026, "--"
     * from a 3-byte dash), so the output is never longer than the input. */
    size_t cap = len + 1;
    char *norm = pb_arena_alloc(arena, cap);
    uint32_t *at = pb_arena_alloc(arena, cap * sizeof *at);
    if (!norm || !at)
        return -1;
    const unsigned char *s = (const unsigned char *)src;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        size_t clen = pb_utf8_valid_length(s + i, len - i);
        const char *rep;
        size_t rlen;
        if (clen == 0) {
            /* Drop an invalid byte: "Isra\xFFel" still reads "Israel".
             * The original keeps it; output shows it as U+FFFD. */
            rep = "";
            rlen = 0;
            clen = 1;
            out->invalid_utf8++;
        } else {
            rep = fold(decode(s + i, clen));
            if (rep) {
                rlen = strlen(rep);
            } else {
                rep = src + i;
                rlen = clen;
            }
        }
        for (size_t k = 0; k < rlen; k++) {
            norm[o] = rep[k];
            at[o] = (uint32_t)i;
            o++;
        }
        i += clen;
    }
    norm[o] = '\0';
    at[o] = (uint32_t)len;
    out->norm = norm;
    out->norm_len = o;
    out->orig_at = at;
    return 0;
}

uint32_t pb_text_orig_end(const pb_text *t, size_t i)
{
    uint32_t start = t->orig_at[i];
    const unsigned char *s = (const unsigned char *)t->orig + start;
    size_t clen = pb_utf8_valid_length(s, t->orig_len - start);
    return start + (uint32_t)(clen ? clen : 1);
}
