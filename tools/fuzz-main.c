/* fuzz-main.c — libFuzzer entry point for `make fuzz`: loads the default
 * context once and feeds every input to pb_fuzz_one. Inputs that crash are
 * saved by libFuzzer; copy them to tests/fuzz-corpus/ so `make check`
 * replays them forever.
 */
#include "../tests/fuzz_one.h"

#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static pb_context *ctx;
    if (!ctx) {
        pb_error err;
        ctx = pb_context_new("data", &err);
        if (!ctx) {
            fprintf(stderr, "fuzz: %s\n", err.message);
            abort();
        }
    }
    return pb_fuzz_one(ctx, data, size);
}
