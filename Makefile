# Makefile — builds libpolybius, the polybius command and the tests.
#
# Human verbs: all, demo, check, accuracy, bench, model, install, clean.
# `make deps` installs the Debian packages the build needs (run by `all`).
# Set WERROR=1 (CI does) to turn warnings into errors.

CC      ?= cc
PREFIX  ?= /usr/local
CORPORA ?= ../shared/corpora
WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes
ifeq ($(WERROR),1)
WARN    += -Werror
endif
CFLAGS  ?= -O2 -g
ALL_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(CFLAGS) -Iinclude
LDLIBS  := -ljansson -lm -lpthread
SAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
             -fno-omit-frame-pointer -DPB_ARENA_DEBUG

LIB_SRC  := $(sort $(wildcard src/*.c))
CLI_SRC  := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/*.c))
HEADERS  := $(wildcard include/*.h src/*.h cli/*.h tests/*.h)

LIB_OBJ  := $(LIB_SRC:%.c=build/obj/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=build/obj/%.o)
TEST_OBJ := $(TEST_SRC:%.c=build/obj/%.o)
SAN_LIB_OBJ  := $(LIB_SRC:%.c=build/san/%.o)
SAN_CLI_OBJ  := $(CLI_SRC:%.c=build/san/%.o)
SAN_TEST_OBJ := $(TEST_SRC:%.c=build/san/%.o)

.PHONY: all deps demo check check-fast accuracy bench model install clean

all: build/.deps build/polybius build/run-tests

deps build/.deps: tools/install-deps.sh
	@sh tools/install-deps.sh
	@mkdir -p build && touch build/.deps

build/obj/%.o: %.c $(HEADERS) | build/.deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

build/san/%.o: %.c $(HEADERS) | build/.deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -c $< -o $@

build/libpolybius.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

build/polybius: $(CLI_OBJ) build/libpolybius.a
	$(CC) $(ALL_CFLAGS) -o $@ $(CLI_OBJ) build/libpolybius.a $(LDLIBS)

build/run-tests: $(TEST_OBJ) build/libpolybius.a
	$(CC) $(ALL_CFLAGS) -o $@ $(TEST_OBJ) build/libpolybius.a $(LDLIBS)

build/san/polybius: $(SAN_CLI_OBJ) $(SAN_LIB_OBJ)
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -o $@ $^ $(LDLIBS)

build/san/run-tests: $(SAN_TEST_OBJ) $(SAN_LIB_OBJ)
	$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -o $@ $^ $(LDLIBS)

# The bundled example: code it and print its events.
demo: all
	./build/polybius code examples/israel-china-visit.txt

# Every test, once with the optimised build and once under ASan + UBSan.
# The sanitizer run comes last so its closing "N passed, N failed" line is
# the one CI reads; both must pass.
check: all build/san/run-tests build/san/polybius
	PB_POLYBIUS=build/polybius ./build/run-tests
	PB_POLYBIUS=build/san/polybius ./build/san/run-tests

# Accuracy against external gold data, failing below accuracy-floors.txt.
accuracy: all accuracy-syntax accuracy-lexicon accuracy-coder accuracy-time

# Speed: tag+parse alone, then the whole pipeline on real news (VOA).
# Method and results: BENCHMARKS.md.
bench: all bench-syntax build/bench-pipeline
	./build/bench-pipeline $(CORPORA)/voa/voa_stories.jsonl

build/bench-pipeline: tools/bench-pipeline.c build/libpolybius.a $(HEADERS)
	$(CC) $(ALL_CFLAGS) -o $@ tools/bench-pipeline.c build/libpolybius.a $(LDLIBS)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/polybius
	install -m 755 build/polybius $(DESTDIR)$(PREFIX)/bin/polybius
	cp -R data/. $(DESTDIR)$(PREFIX)/share/polybius/

clean:
	rm -rf build

-include mk/*.mk
