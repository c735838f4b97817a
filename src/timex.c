/* timex.c — temporal expressions of a sentence (see timex.h). Each token
 * position is tried against four matchers in turn — deictic ("yesterday",
 * "last week", "10 days ago"), anchored ("two months later", "the next
 * day"), weekday ("on Tuesday", "Sunday night") and absolute ("May 5,
 * 2013", "the 1990s", "mid-2012") — and the match is resolved at once.
 */
#include "timex.h"
#include "syntax.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Tokens searched backwards for "will" when a sentence has no tree. */
#define PB_TIMEX_TENSE_WINDOW 8
/* Tokens between a relative expression and an absolute one restating it
 * ("two months before, in March 2012"). */
#define PB_TIMEX_APPOSITION_GAP 2
/* Latest year a calendar computation may reach. */
#define PB_TIMEX_LAST_YEAR 9999

enum unit { U_DAY, U_WEEK, U_MONTH, U_YEAR, U_DECADE };
enum kind { K_ABS, K_YEARLESS, K_DEICTIC, K_WEEKDAY, K_ANCHORED };

/* ---- calendar ---------------------------------------------------------- */

/* Days since 1970-01-01 of a proleptic Gregorian date (era arithmetic). */
static long days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int days_in_month(int y, int m)
{
    static const int len[12] = {31, 28, 31, 30, 31, 30,
                                31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : len[m - 1];
}

/* 0 = Sunday. 1970-01-01 was a Thursday. */
static int weekday_of(long z)
{
    long w = (z + 4) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

static pb_tvalue make_value(int y, int m, int d, int prec)
{
    pb_tvalue v;
    memset(&v, 0, sizeof v);
    if (prec == PB_PREC_NONE || y < 1 || y > PB_TIMEX_LAST_YEAR)
        return v;
    v.prec = (uint8_t)prec;
    v.date.year = prec == PB_PREC_DECADE ? y - y % 10 : y;
    v.date.month = prec >= PB_PREC_MONTH ? m : 0;
    v.date.day = prec >= PB_PREC_DAY ? d : 0;
    return v;
}

pb_tvalue pb_tvalue_of(const pb_date *d)
{
    int prec = !d->year   ? PB_PREC_NONE
               : !d->month ? PB_PREC_YEAR
               : !d->day   ? PB_PREC_MONTH
                           : PB_PREC_DAY;
    return make_value(d->year, d->month, d->day, prec);
}

const char *pb_precision_name(int prec)
{
    static const char *const names[] = {NULL, "decade", "year", "month",
                                        "day"};
    return prec > PB_PREC_NONE && prec <= PB_PREC_DAY ? names[prec] : NULL;
}

int pb_tvalue_compare(const pb_tvalue *a, const pb_tvalue *b)
{
    int prec = a->prec < b->prec ? a->prec : b->prec;
    pb_tvalue x = make_value(a->date.year, a->date.month, a->date.day, prec);
    pb_tvalue y = make_value(b->date.year, b->date.month, b->date.day, prec);
    long kx = ((long)x.date.year * 13 + x.date.month) * 32 + x.date.day;
    long ky = ((long)y.date.year * 13 + y.date.month) * 32 + y.date.day;
    return (kx > ky) - (kx < ky);
}

static int unit_precision(int unit)
{
    static const int prec[] = {PB_PREC_DAY, PB_PREC_DAY, PB_PREC_MONTH,
                               PB_PREC_YEAR, PB_PREC_DECADE};
    return prec[unit];
}

/* base moved by n units, at the coarsest of base's precision, the unit's
 * and `cap`. Unknown parts stand at mid-period (day 15, July, year 5 of a
 * decade) so "two months after 2011" stays in 2011. */
static pb_tvalue shift(const pb_tvalue *base, long n, int unit, int cap)
{
    if (base->prec == PB_PREC_NONE)
        return *base;
    long y = base->date.year, m = base->date.month, d = base->date.day;
    if (base->prec == PB_PREC_DECADE)
        y += 5;
    if (base->prec <= PB_PREC_YEAR)
        m = 7;
    if (base->prec <= PB_PREC_MONTH)
        d = 15;
    int yy = (int)y, mm = (int)m, dd = (int)d;
    if (unit == U_DAY || unit == U_WEEK) {
        civil_from_days(days_from_civil(y, m, d) + n * (unit == U_WEEK ? 7 : 1),
                        &yy, &mm, &dd);
    } else {
        long months = y * 12 + (m - 1) +
                      n * (unit == U_MONTH ? 1 : unit == U_YEAR ? 12 : 120);
        if (months < 12 || months / 12 > PB_TIMEX_LAST_YEAR)
            return make_value(0, 0, 0, PB_PREC_NONE);
        yy = (int)(months / 12);
        mm = (int)(months % 12) + 1;
        if (dd > days_in_month(yy, mm))
            dd = days_in_month(yy, mm);
    }
    int prec = base->prec;
    if (unit_precision(unit) < prec)
        prec = unit_precision(unit);
    if (cap < prec)
        prec = cap;
    return make_value(yy, mm, dd, prec);
}

/* ---- words ------------------------------------------------------------- */

typedef struct scan {
    const pb_sentence *s;
    const char *const *w; /* lower-cased forms */
    uint32_t n;
} scan;

static const char *at(const scan *c, uint32_t i)
{
    return i < c->n ? c->w[i] : "";
}

static int is(const scan *c, uint32_t i, const char *word)
{
    return strcmp(at(c, i), word) == 0;
}

static int in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

/* Days first, then months: pb_day_word looks at the first ten. */
static const char *const calendar_words[] = {
    "today",    "yesterday", "tonight",  "monday",   "tuesday",
    "wednesday", "thursday", "friday",   "saturday", "sunday",
    "january",  "february",  "march",    "april",    "may",
    "june",     "july",      "august",   "september", "october",
    "november", "december",  NULL};
enum { DAY_WORDS = 10 };

/* Is w, in any case, one of the first n calendar words (all of them
 * when n < 0)? First letters are compared before whole words: the
 * repairs ask about every token. */
static int calendar_word_in(const char *w, int n)
{
    if (!w)
        return 0;
    int first = tolower((unsigned char)w[0]);
    for (int k = 0; calendar_words[k] && (n < 0 || k < n); k++)
        if (calendar_words[k][0] == first &&
            strcasecmp(w, calendar_words[k]) == 0)
            return 1;
    return 0;
}

int pb_day_word(const char *w)
{
    return calendar_word_in(w, DAY_WORDS);
}

int pb_calendar_word(const char *w)
{
    return calendar_word_in(w, -1);
}

static int capitalised(const scan *c, uint32_t i)
{
    return i < c->n && isupper((unsigned char)c->s->tokens[i].form[0]);
}

static int month_name(const char *w)
{
    static const char *const names[12][2] = {
        {"january", "jan."}, {"february", "feb."}, {"march", "mar."},
        {"april", "apr."},   {"may", NULL},        {"june", "jun."},
        {"july", "jul."},    {"august", "aug."},   {"september", "sept."},
        {"october", "oct."}, {"november", "nov."}, {"december", "dec."},
    };
    for (int m = 0; m < 12; m++)
        for (int k = 0; k < 2; k++)
            if (names[m][k] && strcmp(w, names[m][k]) == 0)
                return m + 1;
    return strcmp(w, "sep.") == 0 ? 9 : 0;
}

/* 1..12 for a month name at token i, 0 otherwise. Capitalised only: "may"
 * and "march" are common words. */
static int month_at(const scan *c, uint32_t i)
{
    return capitalised(c, i) ? month_name(at(c, i)) : 0;
}

/* 0..6 (Sunday first) for a capitalised weekday name at i, else -1. */
static int weekday_at(const scan *c, uint32_t i)
{
    static const char *const names[7] = {"sunday",   "monday", "tuesday",
                                         "wednesday", "thursday", "friday",
                                         "saturday"};
    if (!capitalised(c, i))
        return -1;
    for (int k = 0; k < 7; k++)
        if (strcmp(at(c, i), names[k]) == 0)
            return k;
    return -1;
}

static int digits_value(const char *s, size_t len, int min, int max)
{
    if (len == 0 || len > 4)
        return 0;
    int v = 0;
    for (size_t k = 0; k < len; k++) {
        if (!isdigit((unsigned char)s[k]))
            return 0;
        v = v * 10 + (s[k] - '0');
    }
    return v >= min && v <= max ? v : 0;
}

static int year_word(const char *w)
{
    return strlen(w) == 4
               ? digits_value(w, 4, PB_TIMEX_MIN_YEAR, PB_TIMEX_MAX_YEAR)
               : 0;
}

/* "5", "05", "5th", "21st" → the day; 0 otherwise. */
static int day_word(const char *w)
{
    size_t n = 0;
    while (n < 3 && isdigit((unsigned char)w[n]))
        n++;
    const char *rest = w + n;
    if (*rest && strcmp(rest, "st") && strcmp(rest, "nd") &&
        strcmp(rest, "rd") && strcmp(rest, "th"))
        return 0;
    return digits_value(w, n, 1, 31);
}

/* "two", "a", "10" → the count; 0 otherwise. */
static long count_word(const char *w)
{
    static const char *const words[] = {
        "zero", "one", "two",   "three",  "four",   "five",  "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve", NULL};
    if (strcmp(w, "a") == 0 || strcmp(w, "an") == 0)
        return 1;
    if (strcmp(w, "twenty") == 0)
        return 20;
    if (strcmp(w, "thirty") == 0)
        return 30;
    for (long k = 1; words[k]; k++)
        if (strcmp(w, words[k]) == 0)
            return k;
    return digits_value(w, strlen(w), 1, PB_TIMEX_MAX_COUNT);
}

/* U_* for "day(s)", "week(s)" …; -1 otherwise. */
static int unit_word(const char *w)
{
    static const char *const units[] = {"day", "week", "month", "year",
                                        "decade"};
    for (int u = 0; u < 5; u++) {
        size_t len = strlen(units[u]);
        if (strncmp(w, units[u], len) == 0 &&
            (w[len] == '\0' || (w[len] == 's' && w[len + 1] == '\0')))
            return u;
    }
    return -1;
}

/* ---- matchers ------------------------------------------------------------ */

/* What a match says, before resolution. */
typedef struct spec {
    int kind;        /* enum kind */
    pb_tvalue abs;   /* K_ABS; K_YEARLESS: month (and day), year 0 */
    long n;          /* K_DEICTIC, K_ANCHORED: offset in units */
    int unit, cap;   /* its unit; the coarsest precision it may keep */
    int weekday;     /* K_WEEKDAY: 0 = Sunday */
    int strict;      /* -1 "last", +1 "next": the reading is fixed */
    int week;        /* K_DEICTIC: n calendar weeks (Monday to Sunday) */
    int from_event;  /* K_ANCHORED: "two days after the election", counted
                        from an event, not from a date */
    uint32_t len;    /* tokens matched */
} spec;

static void spec_init(spec *sp, int kind, uint32_t len)
{
    memset(sp, 0, sizeof *sp);
    sp->kind = kind;
    sp->len = len;
    sp->cap = PB_PREC_DAY;
}

static void yearless(spec *sp, int month, int day, uint32_t len, int strict)
{
    spec_init(sp, K_YEARLESS, len);
    sp->abs.date.month = month;
    sp->abs.date.day = day;
    sp->abs.prec = (uint8_t)(day ? PB_PREC_DAY : PB_PREC_MONTH);
    sp->strict = strict;
}

static void absolute(spec *sp, int y, int m, int d, int prec, uint32_t len)
{
    spec_init(sp, K_ABS, len);
    sp->abs = make_value(y, m, d, prec);
}

/* Words after which a lone month or a bare year is a date. */
static int date_lead(const char *w)
{
    static const char *const words[] = {
        "in",    "since", "until", "till",  "by",   "during", "from",
        "of",    "last",  "next",  "this",  "early", "late",  "mid",
        "before", "after", "through", "between", "and", "to", "for", NULL};
    return in_list(w, words);
}

static int strictness(const char *w)
{
    return strcmp(w, "last") == 0 ? -1
           : (strcmp(w, "next") == 0 || strcmp(w, "coming") == 0) ? 1
                                                                   : 0;
}

/* "mid-2012", "early-2012", "mid-June": prefix, then *rest. */
static int part_prefix(const char *w, const char **rest)
{
    static const char *const prefixes[] = {"mid-", "early-", "late-", NULL};
    for (const char *const *p = prefixes; *p; p++) {
        size_t len = strlen(*p);
        if (strncmp(w, *p, len) == 0) {
            *rest = w + len;
            return 1;
        }
    }
    return 0;
}

static int match_absolute(const scan *c, uint32_t i, spec *sp)
{
    const char *w = at(c, i);
    const char *prev = i > 0 ? at(c, i - 1) : "";
    int month = month_at(c, i);
    if (month) {
        int day = day_word(at(c, i + 1));
        if (day) {
            int comma = is(c, i + 2, ",");
            int year = year_word(at(c, i + 2 + comma));
            if (year)
                absolute(sp, year, month, day, PB_PREC_DAY, 3 + comma);
            else
                yearless(sp, month, day, 2, 0);
            return 1;
        }
        int year = year_word(at(c, i + 1 + is(c, i + 1, ",")));
        if (year) {
            absolute(sp, year, month, 0, PB_PREC_MONTH,
                     2 + is(c, i + 1, ","));
            return 1;
        }
        if (i > 0 && date_lead(prev)) {
            yearless(sp, month, 0, 1, strictness(prev));
            return 1;
        }
        return 0;
    }
    int day = day_word(w);
    if (day && (month = month_at(c, i + 1)) != 0) {
        int year = year_word(at(c, i + 2));
        if (year)
            absolute(sp, year, month, day, PB_PREC_DAY, 3);
        else
            yearless(sp, month, day, 2, 0);
        return 1;
    }
    size_t len = strlen(w);
    if (len == 10 && w[4] == '-' && w[7] == '-') { /* 2013-05-05 */
        int y = digits_value(w, 4, PB_TIMEX_MIN_YEAR, PB_TIMEX_MAX_YEAR);
        int m = digits_value(w + 5, 2, 1, 12);
        int d = digits_value(w + 8, 2, 1, 31);
        if (y && m && d && d <= days_in_month(y, m)) {
            absolute(sp, y, m, d, PB_PREC_DAY, 1);
            return 1;
        }
    }
    if (len == 5 && w[4] == 's' && w[3] == '0') { /* 1990s */
        int y = digits_value(w, 4, PB_TIMEX_MIN_YEAR, PB_TIMEX_MAX_YEAR);
        if (y) {
            absolute(sp, y, 0, 0, PB_PREC_DECADE, 1);
            return 1;
        }
    }
    const char *rest;
    if (part_prefix(w, &rest)) {
        int y = year_word(rest);
        int m = month_name(rest);
        if (y)
            absolute(sp, y, 0, 0, PB_PREC_YEAR, 1);
        else if (m)
            yearless(sp, m, 0, 1, 0);
        return y || m;
    }
    static const char *const seasons[] = {"spring", "summer", "autumn",
                                          "fall", "winter", NULL};
    if (in_list(w, seasons)) {
        int of = is(c, i + 1, "of");
        int y = year_word(at(c, i + 1 + of));
        if (y) {
            absolute(sp, y, 0, 0, PB_PREC_YEAR, 2 + of);
            return 1;
        }
    }
    /* A bare year after a lead word; after a weak lead ("of", "by",
     * "from") not when it counts a plural noun ("by 2000 votes"). */
    static const char *const strong[] = {"in", "since", "during", "until",
                                         "till", "early", "late", "mid",
                                         "before", "after", NULL};
    int year = year_word(w);
    if (year && i > 0 && date_lead(prev) && strcmp(prev, "and") != 0 &&
        strcmp(prev, "to") != 0 && strcmp(prev, "for") != 0 &&
        (in_list(prev, strong) ||
         strcmp(i + 1 < c->n ? c->s->tokens[i + 1].xpos : "", "NNS") != 0)) {
        absolute(sp, year, 0, 0, PB_PREC_YEAR, 1);
        return 1;
    }
    return 0;
}

/* "in recent weeks", "the past few days": the article's month or year. */
static int match_recent(const scan *c, uint32_t i, spec *sp)
{
    uint32_t k = i;
    if (is(c, k, "recent")) {
        k++;
    } else if (is(c, k, "the") && (is(c, k + 1, "past") ||
                                   is(c, k + 1, "last")) &&
               is(c, k + 2, "few")) {
        k += 3;
    } else {
        return 0;
    }
    int unit = unit_word(at(c, k));
    if (unit < 0 || strcmp(at(c, k) + strlen(at(c, k)) - 1, "s") != 0)
        return 0;
    spec_init(sp, K_DEICTIC, k - i + 1);
    sp->unit = U_DAY;
    sp->cap = unit <= U_WEEK ? PB_PREC_MONTH : PB_PREC_YEAR;
    return 1;
}

static int match_deictic(const scan *c, uint32_t i, spec *sp)
{
    static const struct {
        const char *word;
        long n;
    } days[] = {{"yesterday", -1}, {"today", 0}, {"tonight", 0},
                {"tomorrow", 1}};
    const char *w = at(c, i);
    for (size_t k = 0; k < sizeof days / sizeof days[0]; k++) {
        if (strcmp(w, days[k].word) == 0) {
            spec_init(sp, K_DEICTIC, 1);
            sp->n = days[k].n;
            return 1;
        }
    }
    if (is(c, i, "the") && is(c, i + 1, "day") &&
        (is(c, i + 2, "before") || is(c, i + 2, "after")) &&
        (is(c, i + 3, "yesterday") || is(c, i + 3, "tomorrow"))) {
        spec_init(sp, K_DEICTIC, 4);
        sp->n = is(c, i + 3, "yesterday") ? -2 : 2;
        return 1;
    }
    static const char *const parts[] = {"morning", "afternoon", "evening",
                                        NULL};
    if (is(c, i, "last") && is(c, i + 1, "night")) {
        spec_init(sp, K_DEICTIC, 2);
        sp->n = -1;
        return 1;
    }
    if (is(c, i, "this") && in_list(at(c, i + 1), parts)) {
        spec_init(sp, K_DEICTIC, 2);
        return 1;
    }
    if (match_recent(c, i, sp))
        return 1;
    /* last / past / next / coming / this week, month, year */
    int the = is(c, i, "the") && (is(c, i + 1, "past") ||
                                  is(c, i + 1, "coming"));
    const char *mod = at(c, i + the);
    int unit = unit_word(at(c, i + the + 1));
    long n = strcmp(mod, "last") == 0 || strcmp(mod, "past") == 0 ? -1
             : strcmp(mod, "next") == 0 || strcmp(mod, "coming") == 0 ? 1
             : strcmp(mod, "this") == 0                               ? 0
                                                                      : 2;
    if (n != 2 && unit >= U_WEEK && unit <= U_YEAR &&
        strchr(at(c, i + the + 1), 's') == NULL) {
        spec_init(sp, K_DEICTIC, 2 + the);
        sp->n = n;
        sp->unit = unit;
        sp->week = unit == U_WEEK;
        sp->cap = unit == U_WEEK ? PB_PREC_MONTH : unit_precision(unit);
        return 1;
    }
    /* N units ago */
    long count = count_word(w);
    unit = unit_word(at(c, i + 1));
    if (count && unit >= 0 && is(c, i + 2, "ago")) {
        /* "a decade ago" is a year, not the decade it falls in */
        spec_init(sp, K_DEICTIC, 3);
        sp->n = unit == U_DECADE ? -10 * count : -count;
        sp->unit = unit == U_DECADE ? U_YEAR : unit;
        return 1;
    }
    return 0;
}

static int match_weekday(const scan *c, uint32_t i, spec *sp)
{
    static const char *const parts[] = {"morning", "afternoon", "evening",
                                        "night", NULL};
    uint32_t k = i;
    int strict = 0;
    if (is(c, k, "this") && is(c, k + 1, "coming"))
        k++;
    if (is(c, k, "last") || is(c, k, "next") || is(c, k, "coming") ||
        is(c, k, "this")) {
        strict = strictness(at(c, k));
        k++;
    }
    int wd = weekday_at(c, k);
    if (wd < 0)
        return 0;
    spec_init(sp, K_WEEKDAY, k - i + 1 + in_list(at(c, k + 1), parts));
    sp->weekday = wd;
    sp->strict = strict;
    return 1;
}

/* Absolute, deictic or weekday expressions: those needing no anchor. */
static int match_simple(const scan *c, uint32_t i, spec *sp)
{
    return match_deictic(c, i, sp) || match_weekday(c, i, sp) ||
           match_absolute(c, i, sp);
}

/* The anchored forms; *base is set (and *has_base = 1) when a date
 * follows "before"/"after" ("two days after May 5"). */
static int match_anchored(const scan *c, uint32_t i, spec *sp, spec *base,
                          int *has_base)
{
    static const char *const later[] = {"later", "after", "afterwards",
                                        "afterward", "on", NULL};
    static const char *const earlier[] = {"earlier", "before", "previously",
                                          "prior", NULL};
    static const char *const next[] = {"next", "following", "subsequent",
                                       NULL};
    static const char *const prev[] = {"previous", "preceding", "prior",
                                       NULL};
    *has_base = 0;
    long count = count_word(at(c, i));
    int unit = unit_word(at(c, i + 1));
    const char *dir = at(c, i + 2);
    /* "two years on, the city …", not "exercises in five years on
     * Monday" (the "on" of a day) */
    int on_of_day = strcmp(dir, "on") == 0 && i + 3 < c->n &&
                    c->s->tokens[i + 3].upos != PB_UPOS_PUNCT;
    if (count && unit >= 0 && !on_of_day &&
        (in_list(dir, later) || in_list(dir, earlier))) {
        spec_init(sp, K_ANCHORED, 3);
        sp->n = in_list(dir, later) ? count : -count;
        sp->unit = unit;
        int relative = strcmp(dir, "before") == 0 || strcmp(dir, "after") == 0;
        if (relative && match_simple(c, i + 3, base)) {
            *has_base = 1;
            sp->len += base->len;
        }
        sp->from_event = relative && !*has_base && i + 3 < c->n &&
                         c->s->tokens[i + 3].upos != PB_UPOS_PUNCT;
        return 1;
    }
    /* the next day, the previous year */
    unit = unit_word(at(c, i + 2));
    if (is(c, i, "the") && unit >= 0 && unit <= U_YEAR &&
        (in_list(at(c, i + 1), next) || in_list(at(c, i + 1), prev))) {
        spec_init(sp, K_ANCHORED, 3);
        sp->n = in_list(at(c, i + 1), next) ? 1 : -1;
        sp->unit = unit;
        return 1;
    }
    /* the day before / after */
    if (is(c, i, "the") && is(c, i + 1, "day") &&
        (is(c, i + 2, "before") || is(c, i + 2, "after"))) {
        spec_init(sp, K_ANCHORED, 3);
        sp->n = is(c, i + 2, "after") ? 1 : -1;
        if (match_simple(c, i + 3, base)) {
            *has_base = 1;
            sp->len += base->len;
        }
        return 1;
    }
    /* that day, later that month, the same week */
    uint32_t k = i + (is(c, i, "later") || is(c, i, "earlier"));
    if (is(c, k, "the") && is(c, k + 1, "same"))
        k++;
    else if (!is(c, k, "that"))
        return 0;
    unit = unit_word(at(c, k + 1));
    if (unit >= 0 && unit <= U_YEAR && !strchr(at(c, k + 1), 's')) {
        spec_init(sp, K_ANCHORED, k - i + 2);
        sp->unit = U_DAY;
        sp->cap = unit == U_WEEK ? PB_PREC_MONTH : unit_precision(unit);
        return 1;
    }
    return 0;
}

/* ---- tense --------------------------------------------------------------- */

static const char *lemma_at(const scan *c, uint32_t i)
{
    const char *l = c->s->tokens[i].lemma;
    return l ? l : at(c, i);
}

/* Does the clause headed by token g speak of the future? */
static int future_node(const scan *c, uint32_t g)
{
    static const char *const will[] = {"will", "'ll", "shall", "wo", NULL};
    static const char *const intent[] = {
        "due", "expect", "schedule", "set", "plan", "intend", "prepare",
        "hope", "aim", "go", "poise", NULL};
    static const char *const speech[] = {"say", "tell", "announce", "report",
                                         "state", "claim", "be", "have",
                                         NULL};
    static const char *const perfect[] = {"has", "have", "had", "did", "does",
                                          "do", "was", "were", NULL};
    const pb_token *t = c->s->tokens;
    int present = 0, progressive = 0;
    for (uint32_t k = 0; k < c->n; k++) {
        if (t[k].head != (int)g + 1)
            continue;
        if (in_list(at(c, k), will))
            return 1;
        if (in_list(at(c, k), perfect))
            return 0;
        if (is(c, k, "is") || is(c, k, "are") || is(c, k, "am"))
            progressive = 1;
        if (is(c, k, "to") && t[g].head > 0 &&
            in_list(lemma_at(c, (uint32_t)t[g].head - 1), intent))
            return 1;
    }
    const char *xpos = t[g].xpos;
    /* "is scheduled for February", "is due on Monday" */
    if ((strcmp(xpos, "VBN") == 0 || strcmp(xpos, "JJ") == 0) &&
        progressive && in_list(lemma_at(c, g), intent))
        return 1;
    if ((strcmp(xpos, "VBZ") == 0 || strcmp(xpos, "VBP") == 0) &&
        !in_list(lemma_at(c, g), speech))
        present = 1;
    if (strcmp(xpos, "VBG") == 0 && progressive)
        present = 1;
    return present;
}

/* Tense of the clause an expression with head token `head` belongs to. */
static int clause_future(const scan *c, uint32_t head, uint32_t first)
{
    const pb_token *t = c->s->tokens;
    if (t[head].head >= 0) {
        uint32_t g = t[head].head > 0 ? (uint32_t)t[head].head - 1 : head;
        /* "Demonstrators chanted as they march in Khartoum Thursday": a
         * present tense in an adverbial clause of a past one (or of a
         * participle, often a misread past) is the past's */
        const char *grel = pb_deprel_name(t[g].deprel);
        if ((strcmp(t[g].xpos, "VBZ") == 0 || strcmp(t[g].xpos, "VBP") == 0) &&
            strncmp(grel, "advcl", 5) == 0 && t[g].head > 0 &&
            (strcmp(t[t[g].head - 1].xpos, "VBD") == 0 ||
             strcmp(t[t[g].head - 1].xpos, "VBN") == 0))
            return 0;
        if (future_node(c, g))
            return 1;
        /* "is expected to visit … on Monday": the governor's governor. */
        const char *rel = pb_deprel_name(t[g].deprel);
        if (t[g].head > 0 && strncmp(rel, "xcomp", 5) == 0 &&
            future_node(c, (uint32_t)t[g].head - 1))
            return 1;
    }
    /* The tree may hang the expression on a noun ("will vote on the
     * resolution on Tuesday"): a "will" earlier in the clause. */
    for (uint32_t d = 1; d <= PB_TIMEX_TENSE_WINDOW && d <= first; d++) {
        const char *w = at(c, first - d);
        if (strcmp(w, "will") == 0 || strcmp(w, "'ll") == 0 ||
            strcmp(w, "shall") == 0)
            return 1;
        if (strcmp(w, ".") == 0 || strcmp(w, ";") == 0 ||
            strcmp(w, ",") == 0)
            break;
    }
    return 0;
}

/* ---- resolution ------------------------------------------------------------ */

static pb_tvalue resolve_yearless(const spec *sp, const pb_tvalue *article,
                                  int future)
{
    if (article->prec < PB_PREC_YEAR)
        return make_value(0, 0, 0, PB_PREC_NONE);
    int m = sp->abs.date.month, d = sp->abs.date.day;
    int y = article->date.year;
    if (article->prec >= PB_PREC_MONTH) {
        int am = article->date.month;
        int ad = article->prec == PB_PREC_DAY ? article->date.day : 0;
        /* Is (m, d) after the article's month and day? */
        int after = m > am || (m == am && d && ad && d > ad);
        int same = m == am && (!d || !ad || d == ad);
        if (sp->strict < 0 || (!sp->strict && !future))
            y -= after || (sp->strict < 0 && same);
        else
            y += !after && !(same && sp->strict == 0);
    }
    if (d > days_in_month(y, m))
        d = days_in_month(y, m);
    return make_value(y, m, d, sp->abs.prec);
}

static pb_tvalue resolve_weekday(const spec *sp, const pb_tvalue *article,
                                 int future)
{
    if (article->prec < PB_PREC_DAY)
        return *article;
    long z = days_from_civil(article->date.year, article->date.month,
                             article->date.day);
    int aw = weekday_of(z);
    long delta;
    if (sp->strict < 0 || (!sp->strict && !future)) {
        delta = -((aw - sp->weekday + 7) % 7);
        if (delta == 0 && sp->strict < 0)
            delta = -7;
    } else {
        delta = (sp->weekday - aw + 7) % 7;
        if (delta == 0 && sp->strict > 0)
            delta = 7;
    }
    int y, m, d;
    civil_from_days(z + delta, &y, &m, &d);
    return make_value(y, m, d, PB_PREC_DAY);
}

/* "last week": the month holding the Thursday of the calendar week n
 * weeks from the article's (the ISO rule for a week's month). */
static pb_tvalue resolve_week(const spec *sp, const pb_tvalue *article)
{
    if (article->prec < PB_PREC_DAY)
        return shift(article, 0, U_DAY, sp->cap);
    long z = days_from_civil(article->date.year, article->date.month,
                             article->date.day);
    long monday = z - (weekday_of(z) + 6) % 7;
    int y, m, d;
    civil_from_days(monday + 7 * sp->n + 3, &y, &m, &d);
    return make_value(y, m, d, sp->cap);
}

static pb_tvalue resolve_simple(const spec *sp, const pb_tvalue *article,
                                int future)
{
    switch (sp->kind) {
    case K_ABS:
        return sp->abs;
    case K_YEARLESS:
        return resolve_yearless(sp, article, future);
    case K_WEEKDAY:
        return resolve_weekday(sp, article, future);
    default:
        return sp->week ? resolve_week(sp, article)
                        : shift(article, sp->n, sp->unit, sp->cap);
    }
}

static uint32_t span_head(const pb_sentence *s, uint32_t first, uint32_t last)
{
    for (uint32_t i = first; i <= last; i++) {
        int h = s->tokens[i].head;
        if (h <= 0 || (uint32_t)(h - 1) < first || (uint32_t)(h - 1) > last)
            return i;
    }
    return last;
}

const pb_tvalue *pb_timex_value(const pb_timex *x, int future)
{
    return future ? &x->future : &x->past;
}

/* Does token i stand in a relative clause ("senior citizens, who voted
 * for Trump in 2016")? Its date describes the background, and does not
 * move the story's time. */
static int in_relative_clause(const pb_sentence *s, uint32_t i)
{
    static const char *const relatives[] = {"who", "which", "whom", NULL};
    for (uint32_t d = 0; d < s->n_tokens && s->tokens[i].head > 0; d++) {
        if (strcmp(pb_deprel_name(s->tokens[i].deprel), "acl:relcl") == 0)
            return 1;
        for (uint32_t k = 0; k < s->n_tokens; k++) /* "…, who voted" */
            if (s->tokens[k].head == (int)i + 1 && k < i &&
                strncmp(pb_deprel_name(s->tokens[k].deprel), "nsubj", 5) == 0)
                for (const char *const *w = relatives; *w; w++)
                    if (s->tokens[k].form &&
                        strcasecmp(s->tokens[k].form, *w) == 0)
                        return 1;
        i = (uint32_t)s->tokens[i].head - 1;
    }
    return 0;
}

size_t pb_timex_sentence(const pb_sentence *s, const char *const *lower,
                         const pb_tvalue *article, pb_tvalue *anchor,
                         pb_timex *out)
{
    scan c = {s, lower, s->n_tokens};
    size_t count = 0;
    for (uint32_t i = 0; i < c.n && count < PB_TIMEX_MAX_PER_SENTENCE;) {
        spec sp, base;
        int has_base = 0;
        if (!match_anchored(&c, i, &sp, &base, &has_base) &&
            !match_simple(&c, i, &sp)) {
            i++;
            continue;
        }
        if (sp.kind == K_ANCHORED && sp.from_event &&
            (!anchor->prec || count > 0)) {
            /* "visited two days after Trump" with no date before it: the
             * event it counts from has no known date; after a date of
             * the sentence's own ("on Sunday, two days after breaking
             * off ties"), it says when the other event was, not this */
            i += sp.len;
            continue;
        }
        pb_timex *x = &out[count++];
        memset(x, 0, sizeof *x);
        x->first = i;
        x->last = i + sp.len - 1;
        if (sp.kind == K_ANCHORED && !has_base) {
            /* "two months later, in August 2011": the date restates it. */
            uint32_t j = x->last + 1;
            for (int gap = 0; gap < PB_TIMEX_APPOSITION_GAP &&
                              (is(&c, j, ",") || is(&c, j, "in") ||
                               is(&c, j, "on"));
                 gap++)
                j++;
            spec again;
            if (j < c.n && match_absolute(&c, j, &again) &&
                again.kind == K_ABS) {
                sp = again;
                x->last = j + again.len - 1;
            }
        }
        x->head = span_head(s, x->first, x->last);
        x->clause_future = (uint8_t)clause_future(&c, x->head, x->first);
        for (int future = 0; future <= 1; future++) {
            pb_tvalue v;
            if (sp.kind == K_ANCHORED) {
                pb_tvalue from = has_base ? resolve_simple(&base, article,
                                                           future)
                                 : anchor->prec ? *anchor
                                                : *article;
                v = shift(&from, sp.n, sp.unit, sp.cap);
            } else {
                v = resolve_simple(&sp, article, future);
            }
            *(future ? &x->future : &x->past) = v;
        }
        const pb_tvalue *v = pb_timex_value(x, x->clause_future);
        if (v->prec != PB_PREC_NONE && !in_relative_clause(s, x->head))
            *anchor = *v;
        i = x->last + 1;
    }
    return count;
}
