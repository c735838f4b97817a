/* polybius.h — the one public header of libpolybius.
 *
 * Polybius turns news articles into coded political events (CAMEO codes,
 * actors, dates, provenance). The pipeline is
 *   article → text (normalise, split, tokenise) → syntax → actors → events
 *   → output
 * and pb_doc_code runs all of it; the stages stay callable on their own.
 *
 * Ownership rule, for every type here: each *_new / *_load / *_from_* has a
 * matching *_free; *_free(NULL) does nothing. Strings returned by accessors
 * are borrowed and live as long as the object they came from. A pb_context
 * is immutable once loaded and may be shared by many threads; a pb_article
 * or pb_doc belongs to one thread at a time. The library never prints.
 */
#ifndef POLYBIUS_H
#define POLYBIUS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PB_VERSION "0.1.0"

/* Result codes. Every function that can fail returns one and fills a
 * pb_error with the message. */
enum pb_result {
    PB_OK = 0,
    PB_ERR_NOMEM,  /* out of memory */
    PB_ERR_IO,     /* a file could not be read */
    PB_ERR_INPUT,  /* malformed input: bad JSON, impossible date, … */
    PB_ERR_DATA,   /* a dictionary or model file is malformed */
    PB_ERR_USAGE,  /* the caller passed an invalid argument */
};

typedef struct pb_error {
    int code;           /* enum pb_result */
    char message[512];  /* "" when code is PB_OK */
} pb_error;

/* ---- context: dictionaries, codebook, models -------------------------- */

typedef struct pb_context pb_context;

/* Loads everything under data_dir (the project's data/ folder or an
 * installed copy). NULL data_dir means the default location (see
 * pb_default_data_dir). Returns NULL and fills err on failure. */
pb_context *pb_context_new(const char *data_dir, pb_error *err);
void pb_context_free(pb_context *ctx);

/* Writes the data directory used when none is given into buf: the
 * POLYBIUS_DATA environment variable if set, else the first of ../data,
 * ../../data and ../share/polybius (from the executable's folder) that
 * holds cameo.tsv, else the directory compiled in (PB_DATA_DIR). */
void pb_default_data_dir(char *buf, size_t size);

/* ---- articles --------------------------------------------------------- */

typedef struct pb_article pb_article;

/* Parses a plain-text article: an optional header block of `Date:`,
 * `Source:`, `ID:`, `URL:` lines, then the title (first non-empty line),
 * then the body. A closing "By NAME" line sets the source; boilerplate
 * disclaimers are dropped. Invalid UTF-8 is kept and repaired later. */
pb_article *pb_article_from_text(const char *bytes, size_t len,
                                 pb_error *err);

/* Parses one JSON-lines record {"id","date","source","url","title","text"};
 * only "text" is required. */
pb_article *pb_article_from_json(const char *line, size_t len,
                                 pb_error *err);

/* Makes an article of raw text: no title, header or by-line handling. */
pb_article *pb_article_from_body(const char *bytes, size_t len,
                                 pb_error *err);

/* Overrides the envelope. A date is YYYY-MM-DD (or YYYY-MM, YYYY); an
 * impossible date is PB_ERR_INPUT. NULL or "" clears the field. */
int pb_article_set_date(pb_article *a, const char *date, pb_error *err);
int pb_article_set_id(pb_article *a, const char *id, pb_error *err);

const char *pb_article_id(const pb_article *a);     /* "" when unknown */
const char *pb_article_date(const pb_article *a);   /* "" when unknown */
const char *pb_article_source(const pb_article *a); /* "" when unknown */
const char *pb_article_url(const pb_article *a);    /* "" when unknown */
const char *pb_article_title(const pb_article *a);  /* "" when none */
const char *pb_article_text(const pb_article *a);   /* the body */
size_t pb_article_text_length(const pb_article *a);
void pb_article_free(pb_article *a);

/* ---- documents: one article run through the pipeline ------------------ */

typedef struct pb_doc pb_doc;

/* Stages to run. PB_STAGE_TEXT segments and tokenises; PB_STAGE_SYNTAX adds
 * tags and the tree; PB_STAGE_EVENTS codes events (implies the others). */
enum pb_stage {
    PB_STAGE_TEXT = 1,
    PB_STAGE_SYNTAX = 2,
    PB_STAGE_EVENTS = 3,
};

/* Runs the pipeline up to `stage` on a copy of the article. Returns NULL
 * only when out of memory; problems with the text itself (invalid UTF-8,
 * limits reached) are warnings on the document. */
pb_doc *pb_doc_process(const pb_context *ctx, const pb_article *a,
                       int stage, pb_error *err);
void pb_doc_free(pb_doc *doc);

size_t pb_doc_sentence_count(const pb_doc *doc);
size_t pb_doc_event_count(const pb_doc *doc);
size_t pb_doc_warning_count(const pb_doc *doc);
const char *pb_doc_warning(const pb_doc *doc, size_t i);

/* ---- output ------------------------------------------------------------ */

enum pb_format {
    PB_FORMAT_JSON,   /* one event per line, the record in DESIGN.md */
    PB_FORMAT_TSV,    /* one event per line, tab-separated, fixed columns */
    PB_FORMAT_CONLLU, /* tokens, tags and trees of every sentence */
    PB_FORMAT_GDELT,  /* one event per line, the 61 GDELT 2.0 event columns */
};

/* Receives output bytes; returns 0 to continue, non-zero to stop. */
typedef int (*pb_write_fn)(void *user, const char *data, size_t len);

/* Writes the document in the given format through `write`. */
int pb_doc_write(const pb_doc *doc, int format, pb_write_fn write,
                 void *user, pb_error *err);

/* The TSV header line (with its newline) naming the columns. */
const char *pb_tsv_header(void);
/* The GDELT 2.0 event column names, tab-separated, with a newline. */
const char *pb_gdelt_header(void);

/* ---- evaluation -------------------------------------------------------- */

typedef struct pb_parse_eval {
    long words;       /* gold words scored */
    long sentences;
    double upos, xpos, lemma, uas, las; /* percentages */
} pb_parse_eval;

/* Re-tags and re-parses the gold-tokenised sentences of a CoNLL-U file and
 * scores them (CoNLL 2018 definitions, punctuation included). */
int pb_eval_parse(const pb_context *ctx, const char *conllu_path,
                  pb_parse_eval *scores, pb_error *err);

/* ---- PETRARCH validation suites ---------------------------------------- */

typedef struct pb_validate_options {
    const char *dicts_dir;   /* where the dictionaries the suite's
                                <Environment> names are; NULL: beside the
                                XML file (or ../dictionaries/ from it).
                                A suite naming none uses the CAMEO.2.0 +
                                Phoenix set in dicts_dir */
    int parse_given;         /* 1: code each record's <Parse> (CoNLL-U);
                                0: tokenise, tag and parse <Text> ourselves */
    const char *known_path;  /* known-differences TSV (suite, id, reason),
                                reported apart; NULL for none */
    int verbose;             /* also write every record coded wrongly */
    size_t max_records;      /* 0: all; else stop after this many */
} pb_validate_options;

typedef struct pb_validate_result {
    size_t records;          /* records evaluated */
    size_t correct;          /* records whose events are exactly right */
    size_t skipped;          /* evaluate="false" or error= expectations */
    size_t expected, produced, matched; /* events */
    size_t known, known_correct; /* listed known differences among them */
    size_t dict_skipped;     /* malformed dictionary lines skipped */
    double load_ms;          /* dictionary loading time */
} pb_validate_result;

/* Runs a PETRARCH-format validation suite (records XML) with the tree
 * coder and writes a per-category report through `write`, ending with
 * "records correct: K/N (P%)". ctx supplies the tagger and parser. */
int pb_validate_run(const pb_context *ctx, const char *suite_path,
                    const pb_validate_options *opt, pb_write_fn write,
                    void *user, pb_validate_result *res, pb_error *err);

#ifdef __cplusplus
}
#endif

#endif
