# mk/syntax.mk — the syntax stage's make targets (included by the Makefile).
#
#   make model            trains data/syntax/en-ewt.model from UD English-EWT
#   make accuracy-syntax  scores the committed model on EWT test and PUD and
#                         fails below the floors in accuracy-floors.txt
#   make bench-syntax     tag+parse speed on news, one thread: the PUD
#                         sentences (gold tokens), the Wikinews and VOA
#                         articles (split by our text stage)

CORPORA     ?= ../shared/corpora
WORDNET_DIR ?= /usr/share/wordnet
EWT_DIR     := $(CORPORA)/ud-english-ewt
PUD_GOLD    := $(CORPORA)/ud-english-pud/en_pud-ud-test.conllu
SYNTAX_MODEL := data/syntax/en-ewt.model

.PHONY: model accuracy-syntax bench-syntax

build/train-syntax: tools/train-syntax.c build/libpolybius.a $(HEADERS)
	$(CC) $(ALL_CFLAGS) -o $@ tools/train-syntax.c build/libpolybius.a $(LDLIBS)

build/bench-syntax: tools/bench-syntax.c tools/tool_util.c tools/tool_util.h \
                    build/libpolybius.a $(HEADERS)
	$(CC) $(ALL_CFLAGS) -o $@ tools/bench-syntax.c tools/tool_util.c \
	    build/libpolybius.a $(LDLIBS)

build/eval-syntax: tools/bench-syntax.c build/libpolybius.a $(HEADERS)
	$(CC) $(ALL_CFLAGS) -DPB_EVAL_MAIN -o $@ tools/bench-syntax.c build/libpolybius.a $(LDLIBS)

# BEAM=1 (the committed model) decodes greedily, ~4x faster; BEAM=8 trains
# a beam parser, about +1 UAS (BENCHMARKS.md, "Syntax stage").
BEAM ?= 1
# WORDNET_CLASSES=1 gives rare words their WordNet analyses in the tagger's
# ambiguity lexicon: EWT UPOS 95.53, but the coder scores lower on news
# (BENCHMARKS.md, "Syntax stage"), so the committed model is trained without.
WORDNET_CLASSES ?= 0

model: build/.deps build/train-syntax
	./build/train-syntax --train $(EWT_DIR)/en_ewt-ud-train.conllu \
	    --dev $(EWT_DIR)/en_ewt-ud-dev.conllu --wordnet $(WORDNET_DIR) \
	    --beam $(BEAM) --wordnet-classes $(WORDNET_CLASSES) \
	    --out $(SYNTAX_MODEL)

accuracy-syntax: build/eval-syntax
	./build/eval-syntax --model $(SYNTAX_MODEL) --floors accuracy-floors.txt \
	    ewt=$(EWT_DIR)/en_ewt-ud-test.conllu pud=$(PUD_GOLD)

bench-syntax: build/bench-syntax
	./build/bench-syntax --model $(SYNTAX_MODEL) $(PUD_GOLD) \
	    $(CORPORA)/wikinews/wikinews_2019.csv \
	    $(CORPORA)/wikinews/wikinews_2020.csv \
	    $(CORPORA)/voa/voa_stories.jsonl
