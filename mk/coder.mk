# mk/coder.mk — the tree coder's make targets (included by the Makefile).
#
#   make accuracy-coder  runs the PETRARCH unit-test suite (raw text), the
#                        UD-PETRARCH records (given parse and raw text) and
#                        the PETR-2 GSR suite, failing below accuracy-floors.txt
#   make bench-coder     coding speed alone with the CAMEO.2.0 + Phoenix set

CODER_PETR   := $(CORPORA)/petrarch2
CODER_UDP    := $(CORPORA)/ud-petrarch-validate
CODER_KNOWN  := tests/validate-known-differences.tsv

.PHONY: accuracy-coder bench-coder

build/bench-coder: tools/bench-coder.c build/libpolybius.a $(HEADERS)
	$(CC) $(ALL_CFLAGS) -o $@ tools/bench-coder.c build/libpolybius.a $(LDLIBS)

# coder_check NAME FIGURE: fails when FIGURE is below the floor NAME.
coder_check = awk -v n=$(1) -v v=$(2) '$$1 == n { f = $$2 } \
    END { if (f == "") { print "no floor " n; exit 1 } \
          printf "%-28s %6.1f  (floor %s)\n", n, v, f; exit (v + 0 < f + 0) }' \
    accuracy-floors.txt

# coder_run NAME ARGS: runs one suite, prints its report, checks the share
# of records right against the floor NAME, and the share without the known
# differences against NAME.unquirked.
define coder_run
	./build/polybius validate $(2) --known $(CODER_KNOWN) > build/$(1).txt
	@cat build/$(1).txt
	@$(call coder_check,$(1),$$(tail -1 build/$(1).txt | sed 's/.*(\(.*\)%)/\1/'))
	@$(call coder_check,$(1).unquirked,$$(sed -n 's/^known differences.*without them: .*(\(.*\)%)$$/\1/p' build/$(1).txt))
endef

accuracy-coder: build/polybius
	$(call coder_run,coder.unittest.raw,$(CODER_PETR)/text/PETR.UnitTest.records.xml \
	    --dicts $(CODER_PETR)/dictionaries)
	$(call coder_run,coder.udval.given,$(CODER_UDP)/PETR_Validate_records_2_02.xml --parse given)
	$(call coder_run,coder.udval.raw,$(CODER_UDP)/PETR_Validate_records_2_02.xml)
	./build/polybius validate $(CODER_UDP)/PETR2_GSR_validation.xml --parse given \
	    --dicts $(CODER_UDP)/gsr-dictionaries > build/coder.gsr.txt
	@cat build/coder.gsr.txt
	@$(call coder_check,coder.gsr.given.precision,$$(sed -n 's/^events: precision \([0-9.]*\)%.*/\1/p' build/coder.gsr.txt))
	@$(call coder_check,coder.gsr.given.recall,$$(sed -n 's/^events: .*recall \([0-9.]*\)%.*/\1/p' build/coder.gsr.txt))

bench-coder: build/bench-coder
	./build/bench-coder $(CODER_PETR)/dictionaries $(CORPORA)/ud-english-pud/en_pud-ud-test.conllu
