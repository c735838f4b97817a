# mk/fuzz.mk — `make fuzz`: coverage-guided fuzzing of the public entry
# points (article readers, the whole pipeline, every output format) with
# libFuzzer under ASan + UBSan. Runs FUZZ_SECONDS; crashing inputs land in
# build/fuzz-crashes/ — add each to tests/fuzz-corpus/ with its fix.

FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_FLAGS   := -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -Iinclude \
                -fsanitize=fuzzer,address,undefined -DPB_ARENA_DEBUG

.PHONY: fuzz

build/fuzz-pipeline: $(LIB_SRC) tests/fuzz_one.c tools/fuzz-main.c $(HEADERS)
	@mkdir -p build
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $(LIB_SRC) tests/fuzz_one.c \
	    tools/fuzz-main.c $(LDLIBS)

fuzz: build/.deps build/fuzz-pipeline
	@mkdir -p build/fuzz-work build/fuzz-crashes
	./build/fuzz-pipeline -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	    -artifact_prefix=build/fuzz-crashes/ build/fuzz-work tests/fuzz-corpus
