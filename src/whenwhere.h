/* whenwhere.h — dates and places of events: runs the time stage
 * (timex.c) and the place stage (places.c) on each sentence and gives
 * every event the expression and the place that govern its clause in the
 * dependency tree, else the nearest in the sentence, else the article
 * date and no place. Called by the event coder, sentence by sentence.
 */
#ifndef PB_WHENWHERE_H
#define PB_WHENWHERE_H

#include "internal.h"
#include "actors.h"
#include "places.h"
#include "timex.h"

/* Ancestors climbed from an event's head looking for its expression. */
#define PB_WW_MAX_CLIMB 8
/* Tokens between an event's verb and an expression the parser hung in
 * another clause that still date it ("said in May the …"). */
#define PB_WW_ADJACENT 2

/* What carries over from one sentence to the next. */
typedef struct pb_ww_doc {
    pb_tvalue article;         /* the article date (prec NONE: undated) */
    pb_tvalue anchor;          /* the previous expression's value */
    pb_country_set mentioned;  /* states named as actors so far */
} pb_ww_doc;

/* The expressions and places of one sentence. */
typedef struct pb_ww_sentence {
    const pb_sentence *s;
    pb_tvalue article;
    pb_timex times[PB_TIMEX_MAX_PER_SENTENCE];
    size_t n_times;
    pb_place_mention places[PB_PLACE_MAX_PER_SENTENCE];
    size_t n_places;
} pb_ww_sentence;

void pb_ww_doc_init(pb_ww_doc *d, const pb_date *article_date);

/* Finds the sentence's expressions and returns, in *sentence_date, the
 * date the sentence speaks of (its first resolved expression, else the
 * article date) — the date that dated actor roles are checked against. */
void pb_ww_dates(pb_ww_doc *d, const pb_sentence *s,
                 const char *const *lower, pb_ww_sentence *out,
                 pb_date *sentence_date);

/* Finds the sentence's places once its actors are known, and records the
 * states among those actors for later ambiguous names. */
void pb_ww_places(pb_ww_doc *d, const pb_context *ctx, const pb_sentence *s,
                  const char *const *lower, const pb_mention *mentions,
                  size_t n_mentions, const int *mention_at,
                  pb_ww_sentence *out);

/* Dates and places event e, whose verb or noun is token `head`; an
 * asserted event dated after the article becomes intended. */
void pb_ww_event(const pb_ww_sentence *w, uint32_t head, pb_event *e);

/* The precision name of an event's date ("day" … "decade"), or NULL. */
const char *pb_event_precision(const pb_event *e);

#endif
