/* timex.h — the time stage: finds the temporal expressions of a sentence
 * and resolves them to calendar values. Absolute ("June 2011", "the
 * 1990s"), anchored to the article date ("yesterday", "on Tuesday", "10
 * days ago") or to the previous expression ("two months later"). The
 * attachment of expressions to events is in whenwhere.c.
 */
#ifndef PB_TIMEX_H
#define PB_TIMEX_H

#include "internal.h"

/* Earliest and latest years read as a bare year ("in 2000"). */
#define PB_TIMEX_MIN_YEAR 1900
#define PB_TIMEX_MAX_YEAR 2100
/* Most expressions kept per sentence; later ones are ignored. */
#define PB_TIMEX_MAX_PER_SENTENCE 16
/* Largest count read in "N days ago" / "N months later". */
#define PB_TIMEX_MAX_COUNT 999

/* How precise a value is, coarsest first. */
enum pb_precision {
    PB_PREC_NONE,   /* no value */
    PB_PREC_DECADE, /* date.year is the decade's first year, month 0 */
    PB_PREC_YEAR,
    PB_PREC_MONTH,
    PB_PREC_DAY,
};

/* A resolved value: the date truncated to its precision. */
typedef struct pb_tvalue {
    pb_date date;
    uint8_t prec; /* enum pb_precision */
} pb_tvalue;

/* One expression in a sentence. Expressions whose value depends on the
 * tense ("on Tuesday", "in April") carry both readings; the others have
 * past == future. */
typedef struct pb_timex {
    uint32_t first, last; /* token span, inclusive */
    uint32_t head;        /* the span's token whose head lies outside it */
    pb_tvalue past;       /* most recent such day / month up to the article */
    pb_tvalue future;     /* the next one from the article on */
    uint8_t clause_future; /* the clause speaks of the future */
} pb_timex;

/* Is w a weekday or month name, "today", "yesterday" or "tonight" (any
 * case)? Such a word names a time, never a party or a place. */
int pb_calendar_word(const char *w);

/* The same without month names ("May" is also a name): a weekday,
 * "today", "yesterday" or "tonight". */
int pb_day_word(const char *w);

/* The value of an article date (precision from its parts). */
pb_tvalue pb_tvalue_of(const pb_date *d);
/* "day", "month", "year", "decade", or NULL for PB_PREC_NONE. */
const char *pb_precision_name(int prec);
/* Compares a and b at the coarser of their precisions: -1, 0 or 1. */
int pb_tvalue_compare(const pb_tvalue *a, const pb_tvalue *b);

/* Finds and resolves the expressions of one sentence, in text order, into
 * out[0..PB_TIMEX_MAX_PER_SENTENCE). `lower` holds the lower-cased token
 * forms. `anchor` is the value of the previous expression of the document
 * (prec NONE at its start); expressions anchored to it ("two months
 * later") use it, and each resolved expression replaces it. Values that
 * cannot be known (a relative expression in an undated article) have
 * precision NONE. "Two days after the election" counts from an event:
 * it is no expression unless an earlier one gives the anchor. Returns the
 * number of expressions. */
size_t pb_timex_sentence(const pb_sentence *s, const char *const *lower,
                         const pb_tvalue *article, pb_tvalue *anchor,
                         pb_timex *out);

/* The value of x for a clause in the future (1) or not (0). */
const pb_tvalue *pb_timex_value(const pb_timex *x, int future);

#endif
