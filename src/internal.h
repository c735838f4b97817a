/* internal.h — what the library's modules share and the public header
 * hides: the article, context, document and event records, dates, and the
 * error helper. Included by every library source file; never by the CLI.
 */
#ifndef PB_INTERNAL_H
#define PB_INTERNAL_H

#include "polybius.h"
#include "arena.h"
#include "token.h"

#include <stddef.h>
#include <stdint.h>

typedef struct pb_codebook pb_codebook;
typedef struct pb_lexicon pb_lexicon;
typedef struct pb_syntax_model pb_syntax_model;
typedef struct pb_gazetteer pb_gazetteer;
typedef struct pb_place pb_place;
typedef struct pb_pdict pb_pdict;

/* A byte range [start, end) of an article body. */
typedef struct pb_range {
    uint32_t start, end;
} pb_range;

struct pb_article {
    char *id, *date, *source, *url, *title; /* malloc'd, never NULL */
    char *text;        /* the body, byte for byte as read (malloc'd) */
    size_t text_len;
    pb_range *ignored; /* by-line and disclaimer lines: read as spaces */
    size_t n_ignored;
};

/* A calendar date at some precision: month 0 = year only, day 0 = month
 * only; year 0 = no date. */
typedef struct pb_date {
    int year, month, day;
} pb_date;

/* Parses YYYY, YYYY-MM or YYYY-MM-DD (a time may follow a full date).
 * Returns 0, or -1 when the text is not a real date. */
int pb_date_parse(const char *s, pb_date *out);
/* Writes the ISO form at the date's precision ("" for no date). */
void pb_date_format(const pb_date *d, char *buf, size_t size);
/* "day", "month", "year", or NULL for no date. */
const char *pb_date_precision(const pb_date *d);

struct pb_context {
    char *data_dir;              /* malloc'd */
    pb_codebook *codebook;       /* data/cameo.tsv */
    pb_lexicon *lexicon;         /* actors, agents, verbs */
    pb_syntax_model *syntax;     /* data/syntax/en-ewt.model */
    pb_gazetteer *gazetteer;     /* places (places.h), from Debian packages */
    pb_pdict *coder_dict;        /* verbs.txt as tree-coder verb blocks */
    struct pb_aims *aims;        /* data/aims.tsv */
};

/* How an event is asserted in the text. */
enum pb_mode {
    PB_MODE_ASSERTED,
    PB_MODE_NEGATED,
    PB_MODE_INTENDED,
    PB_MODE_HYPOTHETICAL,
};

/* One side of an event. */
typedef struct pb_actor_ref {
    const char *code;     /* CAMEO actor code, e.g. "ISRGOV" (arena) */
    const char *text;     /* the words that named it (arena); NULL when
                             implied (a protest's authorities) */
    uint32_t start, end;  /* their byte span in the article body */
} pb_actor_ref;

typedef struct pb_cameo_code pb_cameo_code;

typedef struct pb_event {
    uint32_t sentence;          /* 1-based sentence number */
    pb_actor_ref source;
    pb_actor_ref target;
    const pb_cameo_code *code;  /* borrowed from the context's codebook */
    pb_date date;               /* year 0: the date cannot be known */
    uint8_t date_decade;        /* date.year starts a decade ("the 1990s") */
    uint8_t mode;               /* enum pb_mode */
    const pb_place *location;   /* borrowed from the gazetteer; NULL: none */
} pb_event;

struct pb_doc {
    pb_arena arena;              /* owns everything below */
    const pb_context *ctx;       /* borrowed; outlives the document */
    char *id, *date, *source, *url, *title; /* copies of the envelope */
    pb_date article_date;
    const char *text;            /* copy of the body */
    size_t text_len;
    pb_sentence *sentences;
    size_t n_sentences;
    pb_event *events;
    size_t n_events;
    char **warnings;
    size_t n_warnings;
    int failed;                  /* an allocation failed */
};

/* Adds a warning to the document (printf-style). */
void pb_doc_warn(pb_doc *doc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Fills err (when not NULL) with a code and a printf-style message. */
void pb_set_error(pb_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
