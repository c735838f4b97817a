/* coder.h — the events stage: from a document whose sentences are
 * tokenised, tagged, lemmatised and parsed to CAMEO events. One call,
 * document in, events out (event_coder.c: the project's verb patterns
 * and the actors stage's mentions coded on the tree by tree_coder.c).
 */
#ifndef PB_CODER_H
#define PB_CODER_H

#include "internal.h"

/* Words allowed between consecutive words of a pattern ("paid a secret
 * visit to"). */
#define PB_MAX_PATTERN_GAP 3
/* Events kept per sentence; more are dropped with a warning. */
#define PB_MAX_EVENTS_PER_SENTENCE 32

/* Codes every sentence of doc with ctx's lexicon, verb blocks
 * (ctx->coder_dict) and codebook, appending to doc->events. Returns 0,
 * or -1 out of memory. */
int pb_coder_run(const pb_context *ctx, pb_doc *doc);

/* Translates the lexicon's verb patterns into tree-coder verb blocks
 * (data/README.md, verbs.txt); complements combine through cb's modal
 * codes (modality.h). Returns PB_OK or PB_ERR_NOMEM. */
int pb_coder_dict_new(const pb_lexicon *lex, const pb_codebook *cb,
                      pb_pdict **out, pb_error *err);

#endif
