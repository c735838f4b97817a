/* coder.h — the events stage: from a document whose sentences are
 * tokenised, tagged and lemmatised to CAMEO events. The interface is one
 * call, document in, events out, so a better coder replaces this module
 * without touching the pipeline.
 */
#ifndef PB_CODER_H
#define PB_CODER_H

#include "internal.h"

/* Words allowed between consecutive words of a pattern ("paid a secret
 * visit to"). */
#define PB_MAX_PATTERN_GAP 3
/* How far after a pattern its target may be, in tokens. */
#define PB_MAX_TARGET_DISTANCE 12
/* Events kept per sentence; more are dropped with a warning. */
#define PB_MAX_EVENTS_PER_SENTENCE 32

/* Codes every sentence of doc with ctx's lexicon and codebook, appending
 * to doc->events. Returns 0, or -1 out of memory. */
int pb_coder_run(const pb_context *ctx, pb_doc *doc);

#endif
