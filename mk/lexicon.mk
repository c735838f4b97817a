# mk/lexicon.mk — the default knowledge base's make targets (included by the
# Makefile).
#
#   make build/dev-articles.jsonl  the development articles (DEV-ARTICLES.tsv)
#                                  as JSON lines, from Wikinews and VOA
#   make accuracy-lexicon          codes the CAMEO codebook examples and the
#                                  PLOVER gold records with the default data
#                                  and fails below the floors in
#                                  accuracy-floors.txt (lexicon.* lines)

CORPORA ?= ../shared/corpora
DEV_LIST := $(CORPORA)/DEV-ARTICLES.tsv
DEV_WIKINEWS := $(CORPORA)/wikinews/wikinews_2019.csv $(CORPORA)/wikinews/wikinews_2020.csv
DEV_VOA := $(CORPORA)/voa/voa_stories.jsonl
CAMEO_CODES := $(CORPORA)/cameo/cameo-codes.csv
PLOVER_GSR := $(CORPORA)/plover/PLOVER_GSR_CAMEO.txt

.PHONY: accuracy-lexicon

TOOL_UTIL := tools/tool_util.c tools/tool_util.h

build/dev-articles: tools/dev-articles.c $(TOOL_UTIL) build/libpolybius.a $(HEADERS)
	$(CC) $(ALL_CFLAGS) -o $@ tools/dev-articles.c tools/tool_util.c build/libpolybius.a $(LDLIBS)

build/dev-articles.jsonl: build/dev-articles $(DEV_LIST) $(DEV_WIKINEWS) $(DEV_VOA)
	./build/dev-articles --list $(DEV_LIST) $(addprefix --wikinews ,$(DEV_WIKINEWS)) \
	    --voa $(DEV_VOA) -o $@.tmp && mv $@.tmp $@

build/eval-lexicon: tools/eval-lexicon.c $(TOOL_UTIL) build/libpolybius.a $(HEADERS)
	$(CC) $(ALL_CFLAGS) -o $@ tools/eval-lexicon.c tools/tool_util.c build/libpolybius.a $(LDLIBS)

accuracy-lexicon: build/eval-lexicon
	./build/eval-lexicon --dicts data --floors accuracy-floors.txt \
	    --cameo $(CAMEO_CODES) --plover $(PLOVER_GSR)
