/* text.h — the text stage: UTF-8 repair and normalisation, tokenisation,
 * sentence splitting. First stage of the pipeline after the article reader.
 *
 * The original bytes are never changed. Normalisation produces a clean copy
 * (valid UTF-8, typographic characters folded to their ASCII forms) with a
 * map from every normalised byte back to the original, so every token
 * keeps byte offsets into the original text.
 */
#ifndef PB_TEXT_H
#define PB_TEXT_H

#include "arena.h"
#include "token.h"

#include <stddef.h>
#include <stdint.h>

/* Limits: past them the text is cut (or a sentence broken) with a warning. */
#define PB_MAX_ARTICLE_BYTES (4u * 1024u * 1024u)
#define PB_MAX_SENTENCE_TOKENS 200u
#define PB_MAX_TOKEN_BYTES 200u

typedef struct pb_text {
    const char *orig;      /* original bytes (borrowed) */
    size_t orig_len;
    char *norm;            /* normalised text, NUL-terminated (arena) */
    size_t norm_len;
    uint32_t *orig_at;     /* orig_at[i]: original offset of the character
                              that produced norm[i]; orig_at[norm_len] =
                              orig_len (arena) */
    size_t invalid_utf8;   /* invalid bytes, dropped from norm */
} pb_text;

/* Validates and normalises src[0..len). Returns 0, or -1 out of memory. */
int pb_text_normalize(pb_arena *arena, const char *src, size_t len,
                      pb_text *out);

/* Original offset one past the character that produced norm[i]. */
uint32_t pb_text_orig_end(const pb_text *t, size_t i);

/* Length of the valid UTF-8 sequence at s[0..n), or 0 if it is invalid. */
size_t pb_utf8_valid_length(const unsigned char *s, size_t n);

/* How a token may take part in sentence splitting. */
enum pb_token_kind {
    PB_TOK_WORD,
    PB_TOK_TERMINAL,     /* . ! ? ... — may end a sentence */
    PB_TOK_TITLE_ABBREV, /* Mr. Gen. Jan. J. — never ends a sentence */
    PB_TOK_ABBREV,       /* U.S. Inc. etc. — ends one before a sentence
                            opener */
    PB_TOK_CLOSER,       /* closing quote or bracket after a terminal */
};

/* A token in normalised coordinates, as the tokenizer produces it. */
typedef struct pb_raw_token {
    uint32_t start, end;  /* byte span in the normalised text */
    uint8_t kind;         /* enum pb_token_kind */
    uint8_t par_break;    /* a blank line precedes this token */
    const char *form;     /* arena string: the token's text, or its
                             rewritten form ("n't", "--") */
} pb_raw_token;

/* Splits the normalised text into tokens. Returns 0, or -1 out of memory;
 * *n_split counts tokens cut at PB_MAX_TOKEN_BYTES. */
int pb_tokenize(pb_arena *arena, const pb_text *t, pb_raw_token **out,
                size_t *n_out, size_t *n_split);

/* Groups tokens into sentences and maps offsets back to the original text.
 * Sentences longer than PB_MAX_SENTENCE_TOKENS are broken; *n_broken
 * counts them. Returns 0, or -1 out of memory. */
int pb_segment(pb_arena *arena, const pb_text *t, const pb_raw_token *toks,
               size_t n_toks, pb_sentence **out, size_t *n_out,
               size_t *n_broken);

#endif
