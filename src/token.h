/* token.h — the token and sentence records every stage after `text` reads.
 *
 * The text stage fills form and offsets; the syntax stage fills the tags,
 * lemma, head and relation; actors and events read all of them. Strings
 * belong to the document's arena and live as long as the document.
 */
#ifndef PB_TOKEN_H
#define PB_TOKEN_H

#include <stdint.h>

/* Penn tags are at most 5 bytes ("-LRB-"); one more for the NUL. */
#define PB_XPOS_SIZE 8

typedef struct pb_token {
    const char *form;   /* normalised surface form (curly quotes folded …) */
    const char *lemma;  /* lower-case lemma; NULL until the syntax stage */
    uint32_t start;     /* byte offset of the first byte in the original text */
    uint32_t end;       /* byte offset one past the last byte */
    uint8_t upos;       /* enum pb_upos (syntax.h); 0 = not yet tagged */
    uint8_t deprel;     /* index into the relation table (syntax.h) */
    int16_t head;       /* 0 = root, k = k-th token (1-based); -1 = unparsed */
    char xpos[PB_XPOS_SIZE]; /* Penn Treebank tag, "" until tagged */
} pb_token;

typedef struct pb_sentence {
    uint32_t start;     /* byte span of the sentence in the original text */
    uint32_t end;
    uint32_t n_tokens;
    pb_token *tokens;   /* n_tokens entries, in text order */
} pb_sentence;

#endif
