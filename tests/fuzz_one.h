/* fuzz_one.h — one fuzzing step over the public API, shared by the
 * libFuzzer harness (tools/fuzz-main.c, `make fuzz`) and the test that
 * replays every saved input in tests/fuzz-corpus/ (`make check`).
 */
#ifndef PB_FUZZ_ONE_H
#define PB_FUZZ_ONE_H

#include "polybius.h"

#include <stddef.h>
#include <stdint.h>

/* The first byte picks the reader (plain-text article, JSON line, raw
 * body), the rest is the input; a parsed article is run through the whole
 * pipeline and written in every format. Returns 0; a bug shows as a crash
 * or sanitizer report. */
int pb_fuzz_one(const pb_context *ctx, const uint8_t *data, size_t size);

#endif
