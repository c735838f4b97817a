/* timex.c — absolute date expressions in a sentence (see timex.h).
 * Token patterns, tried at each token: MONTH DAY[,] YEAR; DAY MONTH YEAR;
 * MONTH YEAR; MONTH DAY; MONTH (after in/since/until/by/during/last/this);
 * and a bare four-digit year after in/since/until/by/during/from.
 */
#include "timex.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char *const month_names[12][2] = {
    {"january", "jan."}, {"february", "feb."}, {"march", "mar."},
    {"april", "apr."},   {"may", NULL},        {"june", "jun."},
    {"july", "jul."},    {"august", "aug."},   {"september", "sept."},
    {"october", "oct."}, {"november", "nov."}, {"december", "dec."},
};

/* 1..12 for a month name, 0 otherwise. "May" and "March" count only when
 * capitalised, since both are common words. */
static int month_of(const pb_token *t, const char *lower)
{
    for (int m = 0; m < 12; m++) {
        for (int k = 0; k < 2; k++) {
            const char *name = month_names[m][k];
            if (name && strcmp(lower, name) == 0)
                return isupper((unsigned char)t->form[0]) ? m + 1 : 0;
        }
    }
    if (strcmp(lower, "sep.") == 0 && isupper((unsigned char)t->form[0]))
        return 9;
    return 0;
}

static int number_of(const char *s, int min, int max)
{
    if (!*s)
        return 0;
    int v = 0;
    for (const char *p = s; *p; p++) {
        if (!isdigit((unsigned char)*p) || p - s > 4)
            return 0;
        v = v * 10 + (*p - '0');
    }
    return v >= min && v <= max ? v : 0;
}

static int year_of(const char *s)
{
    return strlen(s) == 4 ? number_of(s, PB_TIMEX_MIN_YEAR, PB_TIMEX_MAX_YEAR)
                          : 0;
}

static int day_of(const char *s)
{
    /* "5", "05", "5th", "21st" */
    char digits[4];
    size_t n = 0;
    while (n < 3 && isdigit((unsigned char)s[n])) {
        digits[n] = s[n];
        n++;
    }
    digits[n] = '\0';
    const char *rest = s + n;
    if (*rest && strcmp(rest, "st") && strcmp(rest, "nd") &&
        strcmp(rest, "rd") && strcmp(rest, "th"))
        return 0;
    return n ? number_of(digits, 1, 31) : 0;
}

static int is_anchor_word(const char *w)
{
    static const char *const words[] = {"in", "since", "until", "by",
                                        "during", "from", "of", "last",
                                        "early", "late", "mid", NULL};
    for (const char *const *p = words; *p; p++)
        if (strcmp(w, *p) == 0)
            return 1;
    return 0;
}

int pb_timex_find(const pb_sentence *s, const char *const *lower,
                  const pb_date *article, pb_date *out)
{
    uint32_t n = s->n_tokens;
    for (uint32_t i = 0; i < n; i++) {
        const char *w = lower[i];
        const char *next = i + 1 < n ? lower[i + 1] : "";
        const char *next2 = i + 2 < n ? lower[i + 2] : "";
        const char *next3 = i + 3 < n ? lower[i + 3] : "";
        int month = month_of(&s->tokens[i], w);
        memset(out, 0, sizeof *out);
        if (month) {
            int day = day_of(next);
            int year = 0;
            if (day)
                year = strcmp(next2, ",") == 0 ? year_of(next3)
                                               : year_of(next2);
            else
                year = year_of(next);
            out->month = month;
            out->day = day;
            if (year) {
                out->year = year;
            } else if (article->year && (day || (i > 0 &&
                                                 is_anchor_word(lower[i - 1])))) {
                /* A month without a year: the latest such month up to the
                 * article's. */
                out->year = article->year -
                            (article->month && month > article->month ? 1 : 0);
            } else {
                continue;
            }
            return 1;
        }
        int day = day_of(w);
        if (day && i + 2 < n) {
            int m = month_of(&s->tokens[i + 1], next);
            int year = year_of(next2);
            if (m && year) {
                out->year = year;
                out->month = m;
                out->day = day;
                return 1;
            }
        }
        int year = year_of(w);
        if (year && i > 0 && is_anchor_word(lower[i - 1])) {
            out->year = year;
            return 1;
        }
    }
    return 0;
}
