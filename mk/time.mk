# mk/time.mk — the time and place stages' make targets (included by the
# Makefile).
#
#   make accuracy-time   dates and places of our own test sets
#                        (tests/data/dates.tsv, tests/data/places.tsv)
#                        through the real pipeline, with the gazetteer load
#                        time; fails below the time.* floors in
#                        accuracy-floors.txt
#   make dev-time        share of events of the development articles dated
#                        other than their article, one line per such event

.PHONY: accuracy-time dev-time

build/eval-time: tools/eval-time.c build/libpolybius.a $(HEADERS)
	$(CC) $(ALL_CFLAGS) -o $@ tools/eval-time.c build/libpolybius.a $(LDLIBS)

accuracy-time: build/eval-time
	./build/eval-time --dicts data --floors accuracy-floors.txt \
	    --dates tests/data/dates.tsv --places tests/data/places.tsv

dev-time: build/eval-time build/dev-articles.jsonl
	./build/eval-time --dicts data --dev build/dev-articles.jsonl --verbose
