/* test_petrarch.c — the PETRARCH dictionary readers (every syntax element
 * of the verb, actor, agent and discard formats, on small files written
 * into a mkdtemp directory), the tree coder on hand-parsed sentences
 * (passive, negation, compounds, lists inside noun phrases, pronouns,
 * reported speech, conjoined verbs, clauses and passives, the coding
 * ontology, transformations), and
 * the first records of the UD-PETRARCH validation suite.
 */
#include "test.h"
#include "../src/petrarch_dict.h"
#include "../src/syntax.h"
#include "../src/tree_coder.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char tmpdir[256];

/* Writes text to NAME in the test directory; returns its path (static). */
static const char *write_file(const char *name, const char *text)
{
    static char path[512];
    if (!tmpdir[0] || access(tmpdir, W_OK) != 0) { /* none, or removed */
        snprintf(tmpdir, sizeof tmpdir, "/tmp/pb-petrarch-XXXXXX");
        if (!mkdtemp(tmpdir))
            tmpdir[0] = '\0';
    }
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *fp = fopen(path, "w");
    if (fp) {
        fputs(text, fp);
        fclose(fp);
    }
    return path;
}

static void remove_file(const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    unlink(path);
}

static const char verbs_txt[] =
    "<!-- a test verb dictionary -->\n"
    "&CURRENCY\n"
    "+DOLLAR\n"
    "+SWISS FRANC\n"
    "+YEN_\n"
    "&TIES_\n"
    "+TIE\n"
    "&MONEY\n"
    "+&CURRENCY\n"
    "+GOLD\n"
    "\n"
    "--- ATTACK [190] ---\n"
    "ATTACK   # a comment\n"
    "BREAK {BROKE BROKEN BREAKS}\n"
    "+BREAK_DOWN {+BROKE_DOWN +BREAKS_DOWN} [0874]\n"
    "WIRE_+TAP [1711]\n"
    "- * &MONEY [071]\n"
    "- NOT * [191]\n"
    "- * (WITH {HEAVY ARTILLERY}) [195]\n"
    "- + WAS_* BY $ [193]\n"
    "- % * [192]\n"
    "- * ^ TIES [---]\n"
    "- SAID_* [181:182]\n"
    "- * TALKS\n"
    "- * TWICE * [199]\n"
    "~ a (a b ATTACK) SAY = a b 015\n"
    "--- MEET [---] ---\n"
    "MEET {MET MEETS MEETING}\n"
    "- * [040:040]\n"
    "--- VISIT [042:043] ---\n"
    "VISIT\n"
    "--- SAY [010] ---\n"
    "SAY {SAID SAYS SAYING}\n"
    "--- AGREE [030] ---\n"
    "AGREE\n"
    "- * AT ^ + [031]\n"
    "--- URGE [102] ---\n"
    "URGE\n"
    "- * HARD [+++]\n"
    "--- RESPOND [---] ---\n"
    "RESPOND\n";

static const char actors_txt[] =
    "# test actors\n"
    "ARNOR_  [ARN]\n"
    "+ARNORIAN\n"
    "GONDOR [GON]\n"
    "MINAS_TIRITH [GON] ; a comment\n"
    "THE_SHIRE [FRO/SAM]\n"
    "SAM_GAMGEE [HOB]\n"
    "\t[HOBCIV <20080120]\n"
    "\t[HOBMIL 20080120-20121109]\n"
    "\t[HOBELI >121109]\n"
    "GOLLUM\n"
    "+SMEAGOL\n"
    "\t[HOB < 950601]\n"
    "\t[HOBREB 950602 - 990815]\n"
    "\t[ORC]\n"
    "BOROMIR [---]\n"
    "\t[950601-990815]\n"
    "+ORPHAN\n";

static const char agents_txt[] =
    "!PERSON! = MAN, WOMAN\n"
    "GOVERNMENT [~GOV]\n"
    "ARMY {} [~MIL]\n"
    "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
    "SECURITY [~SEC]\n"
    "CONGRESS [~LEG]\n"
    "CONGRESS!PERSON! [~LEG]\n"
    "HUMAN_RIGHTS_BODY [NGO~]\n"
    "SPY\n";

static const char discards_txt[] = "+WORLD CUP\nBASEBALL_\nMONTHS LATER\n";

static pb_pdict *load_test_dicts(void)
{
    pb_pdict *d = pb_pdict_new();
    pb_error err;
    CHECK_INT(pb_pdict_read_verbs(d, write_file("v.txt", verbs_txt), &err),
              PB_OK);
    CHECK_INT(pb_pdict_read_actors(d, write_file("a.txt", actors_txt), &err),
              PB_OK);
    CHECK_INT(pb_pdict_read_agents(d, write_file("g.txt", agents_txt), &err),
              PB_OK);
    CHECK_INT(pb_pdict_read_discards(d, write_file("d.txt", discards_txt),
                                     &err),
              PB_OK);
    pb_pdict_finish(d);
    remove_file("v.txt");
    remove_file("a.txt");
    remove_file("g.txt");
    remove_file("d.txt");
    rmdir(tmpdir);
    tmpdir[0] = '\0';
    return d;
}

static const pb_pd_phrase *first_phrase(const pb_pdict *d, const char *w,
                                        int n_words)
{
    const pb_pd_phrase *const *p;
    size_t n = pb_pdict_phrases(d, w, &p);
    for (size_t i = 0; i < n; i++)
        if (p[i]->n_words == n_words)
            return p[i];
    return NULL;
}

static const pb_pd_block *block_of(const pb_pdict *d, const char *w)
{
    const pb_pd_verb *const *v;
    return pb_pdict_verbs(d, w, &v) ? v[0]->block : NULL;
}

static void test_synsets_and_plurals(void)
{
    pb_pdict *d = load_test_dicts();
    const void *const *v;
    CHECK_INT(pb_strmap_get(&d->synsets, "&CURRENCY", &v), 1);
    const pb_pd_synset *cur = v[0];
    /* dollar, dollars, swiss franc, swiss francs, yen (no plural) */
    CHECK_INT(cur->n_phrases, 5);
    CHECK_STR(cur->phrases[1][0], "dollars");
    CHECK_STR(cur->phrases[3][1], "francs");
    CHECK_STR(cur->phrases[4][0], "yen");
    CHECK_INT(pb_strmap_get(&d->synsets, "&TIES", &v), 1);
    CHECK_INT(((const pb_pd_synset *)v[0])->n_phrases, 1); /* label '_' */
    CHECK_INT(pb_strmap_get(&d->synsets, "&MONEY", &v), 1);
    CHECK_INT(((const pb_pd_synset *)v[0])->n_phrases, 7); /* embedded */
    CHECK_INT(d->stats.synsets, 3);
    pb_pdict_free(d);
}

static void test_verbs_forms_and_codes(void)
{
    pb_pdict *d = load_test_dicts();
    const pb_pd_verb *const *v;
    CHECK_INT(d->stats.blocks, 7);
    CHECK_INT(d->stats.transformations, 1);
    /* Regular forms generated; irregular ones as written. */
    CHECK(block_of(d, "attacked") && block_of(d, "attacks") &&
          block_of(d, "attacking"));
    CHECK(block_of(d, "broke") != NULL);
    CHECK(block_of(d, "breaked") == NULL);
    CHECK(block_of(d, "met") != NULL);
    size_t n = pb_pdict_verbs(d, "broke", &v);
    int compound = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i]->n_after == 1 && strcmp(v[i]->after[0], "down") == 0) {
            compound = 1;
            CHECK_STR(v[i]->code, "0874");
            CHECK(v[i]->has_own_code);
        }
    CHECK(compound);
    CHECK_INT(pb_pdict_verbs(d, "taps", &v), 1);
    CHECK_INT(v[0]->n_before, 1);
    CHECK_STR(v[0]->before[0], "wire");
    CHECK_STR(v[0]->code, "1711");
    CHECK_INT(pb_pdict_verbs(d, "visit", &v), 1);
    CHECK_STR(v[0]->code, "042");
    CHECK_STR(v[0]->code2, "043");
    CHECK_INT(pb_pdict_verbs(d, "meet", &v), 1);
    CHECK(v[0]->code == NULL); /* [---] */
    pb_pdict_free(d);
}

static void test_pattern_elements(void)
{
    pb_pdict *d = load_test_dicts();
    const pb_pd_block *b = block_of(d, "attack");
    if (!CHECK(b != NULL)) {
        pb_pdict_free(d);
        return;
    }
    /* "* TALKS" has no code and "* TWICE *" two verbs: both skipped. */
    CHECK_INT(b->n_patterns, 7);
    /* Those two, URGE's complex-event "[+++]" (TABARI's mark, which no
     * successor codes: the verb's own code applies), "[950601-990815]"
     * in the actors and "SPY" in the agents. */
    CHECK_INT(d->stats.skipped, 5);
    const pb_pd_block *urge = block_of(d, "urge");
    CHECK(urge && urge->n_patterns == 0);
    const pb_pd_pattern *p = &b->patterns[0];
    CHECK_INT(p->n_items, 2);
    CHECK_INT(p->items[1].kind, PB_PI_SYNSET);
    p = &b->patterns[1]; /* NOT * */
    CHECK_INT(p->verb_at, 1);
    CHECK_STR(p->items[0].word, "not");
    p = &b->patterns[2]; /* * (WITH {HEAVY ARTILLERY}) */
    CHECK_INT(p->n_items, 4);
    CHECK(!p->items[1].grouped && p->items[2].grouped && p->items[3].grouped);
    p = &b->patterns[3]; /* + WAS_* BY $ */
    CHECK_INT(p->items[0].kind, PB_PI_TARGET);
    CHECK_INT(p->items[2].kind, PB_PI_VERB);
    CHECK(p->items[2].tight);
    CHECK_INT(p->items[4].kind, PB_PI_SOURCE);
    CHECK_INT(b->patterns[4].items[0].kind, PB_PI_COMPOUND);
    p = &b->patterns[5]; /* * ^ TIES [---] */
    CHECK_INT(p->items[1].kind, PB_PI_SKIP);
    CHECK(p->code == NULL);
    p = &b->patterns[6]; /* SAID_* [181:182] */
    CHECK_STR(p->code, "181");
    CHECK_STR(p->code2, "182");
    int noted = 0;
    for (size_t i = 0; i < d->n_notes; i++)
        noted += strstr(d->notes[i], "v.txt:24: ") != NULL || /* "* TALKS" */
                 strstr(d->notes[i], "v.txt:39: complex") != NULL;
    CHECK_INT(noted, 2);
    pb_pdict_free(d);
}

static void test_actor_dates(void)
{
    pb_pdict *d = load_test_dicts();
    const pb_pd_phrase *p = first_phrase(d, "sam", 2);
    if (!CHECK(p != NULL)) {
        pb_pdict_free(d);
        return;
    }
    CHECK_STR(pb_pd_actor_code(p->actor, 20070101), "HOBCIV");
    CHECK_STR(pb_pd_actor_code(p->actor, 20100101), "HOBMIL");
    CHECK_STR(pb_pd_actor_code(p->actor, 20130101), "HOBELI"); /* YYMMDD */
    CHECK_STR(pb_pd_actor_code(p->actor, 0), "HOB");           /* default */
    p = first_phrase(d, "smeagol", 1); /* a synonym shares the record */
    CHECK(p && p->actor == first_phrase(d, "gollum", 1)->actor);
    CHECK_STR(pb_pd_actor_code(p->actor, 19950101), "HOB");
    CHECK_STR(pb_pd_actor_code(p->actor, 19970101), "HOBREB");
    CHECK_STR(pb_pd_actor_code(p->actor, 20010101), "ORC");
    p = first_phrase(d, "boromir", 1);
    CHECK(p && pb_pd_actor_code(p->actor, 0) == NULL); /* null code */
    CHECK(first_phrase(d, "minas", 2) != NULL);
    CHECK_INT(pb_pd_parse_date("950601", 6), 19950601);
    CHECK_INT(pb_pd_parse_date("121109", 6), 20121109);
    CHECK_INT(pb_pd_parse_date("20121309", 8), -1);
    pb_pdict_free(d);
}

static void test_agents_and_discards(void)
{
    pb_pdict *d = load_test_dicts();
    const pb_pd_phrase *p = first_phrase(d, "governments", 1);
    CHECK(p && p->is_agent && !p->agent_prefix);
    CHECK_STR(p ? p->agent : "", "GOV");
    CHECK(first_phrase(d, "armys", 1) == NULL);   /* {} */
    CHECK(first_phrase(d, "armies", 1) == NULL);
    CHECK(first_phrase(d, "securities", 1) != NULL); /* Y → IES */
    CHECK(first_phrase(d, "congresses", 1) != NULL); /* SS → SSES */
    p = first_phrase(d, "golden", 2);
    CHECK(p != NULL);
    const pb_pd_phrase *const *all;
    size_t n = pb_pdict_phrases(d, "golden", &all);
    CHECK_INT(n, 2); /* goose, geese */
    CHECK(first_phrase(d, "congresswoman", 1) != NULL);
    CHECK(first_phrase(d, "congresswomen", 1) == NULL); /* no plural */
    p = first_phrase(d, "human", 3);
    CHECK(p && p->agent_prefix);
    CHECK_STR(p ? p->agent : "", "NGO");
    CHECK(first_phrase(d, "spy", 1) == NULL); /* no code: skipped */
    CHECK(pb_pdict_discarded(d, "after the world cup final") != NULL);
    CHECK(pb_pdict_discarded(d, "after the world cupboard") != NULL); /* stem */
    CHECK(pb_pdict_discarded(d, "a baseball game") != NULL);
    CHECK(pb_pdict_discarded(d, "baseballs") == NULL); /* '_': whole word */
    CHECK(pb_pdict_discarded(d, "gondor attacked arnor") == NULL);
    CHECK(pb_pdict_discarded(d, "the world cup") &&
          pb_pdict_discarded(d, "the world cup")->story == 1);
    pb_pdict_free(d);
}

/* Codes a CoNLL-U sentence (form, lemma, upos, head, deprel per line:
 * "Arnor Arnor PROPN 2 nsubj") with the test dictionaries; returns
 * "SRC>TGT:CODE" space-separated, in a static buffer. */
static const char *code_conllu(pb_pdict *d, const char *rows, int32_t date)
{
    static char out[1024];
    out[0] = '\0';
    char conllu[4096];
    size_t k = 0;
    int id = 1;
    for (const char *p = rows; *p;) {
        const char *e = strchr(p, '\n');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        char form[64], lemma[64], upos[16], rel[32];
        int head;
        char line[256];
        snprintf(line, sizeof line, "%.*s", (int)len, p);
        if (sscanf(line, "%63s %63s %15s %d %31s", form, lemma, upos, &head,
                   rel) == 5)
            k += (size_t)snprintf(conllu + k, sizeof conllu - k,
                                  "%d\t%s\t%s\t%s\t_\t_\t%d\t%s\t_\t_\n", id++,
                                  form, lemma, upos, head, rel);
        p += len + (e != NULL);
    }
    snprintf(conllu + k, sizeof conllu - k, "\n");
    pb_arena arena = PB_ARENA_INIT;
    pb_conllu_sentence *cs;
    size_t n_cs;
    char msg[256];
    if (!CHECK(pb_conllu_parse_string(conllu, "test", &arena, &cs, &n_cs, msg,
                                      sizeof msg) == 0 && n_cs == 1)) {
        pb_arena_free(&arena);
        return out;
    }
    pb_tc_event *ev;
    size_t n_ev;
    CHECK(pb_tree_code_sentence(d, &cs[0].sentence, date, &arena, &ev,
                                &n_ev) == 0);
    size_t o = 0;
    for (size_t i = 0; i < n_ev && o < sizeof out; i++)
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s>%s:%s",
                              i ? " " : "", ev[i].source, ev[i].target,
                              ev[i].code);
    pb_arena_free(&arena);
    return out;
}

static void test_coder_active_passive_negation(void)
{
    pb_pdict *d = load_test_dicts();
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "attacked attack VERB 0 root\n"
                             "Gondor Gondor PROPN 2 obj\n",
                          0),
              "ARN>GON:190");
    /* Passive: the agent is the source, the subject the target. */
    CHECK_STR(code_conllu(d, "Gondor Gondor PROPN 3 nsubj:pass\n"
                             "was be AUX 3 aux:pass\n"
                             "attacked attack VERB 0 root\n"
                             "by by ADP 5 case\n"
                             "Arnor Arnor PROPN 3 obl:agent\n",
                          0),
              "ARN>GON:193"); /* the "+ WAS_* BY $" pattern */
    /* Negation codes only through a pattern that says "not". */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 4 nsubj\n"
                             "did do AUX 4 aux\n"
                             "not not PART 4 advmod\n"
                             "attack attack VERB 0 root\n"
                             "Gondor Gondor PROPN 4 obj\n",
                          0),
              "ARN>GON:191");
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 3 nsubj\n"
                             "never never ADV 3 advmod\n"
                             "visited visit VERB 0 root\n"
                             "Gondor Gondor PROPN 3 obj\n",
                          0),
              "");
    /* Paired code: the visit and its reception. */
    CHECK_STR(code_conllu(d, "Arnorian Arnorian ADJ 2 amod\n"
                             "government government NOUN 3 nsubj\n"
                             "visited visit VERB 0 root\n"
                             "Minas Minas PROPN 3 obj\n"
                             "Tirith Tirith PROPN 4 flat\n",
                          0),
              "ARNGOV>GON:042 GON>ARNGOV:043");
    pb_pdict_free(d);
}

static void test_coder_compounds_speech_conj(void)
{
    pb_pdict *d = load_test_dicts();
    /* Compound target; "the Shire" names two actors (FRO/SAM). */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "attacked attack VERB 0 root\n"
                             "Gondor Gondor PROPN 2 obj\n"
                             "and and CCONJ 5 cc\n"
                             "the the DET 6 det\n"
                             "Shire Shire PROPN 3 conj\n",
                          0),
              "ARN>GON:190 ARN>FRO:190 ARN>SAM:190");
    /* A name's title says whom he serves at the time: "Gondor's army
     * Sam Gamgee" acts for Gondor, whatever Sam's own code. */
    CHECK_STR(code_conllu(d, "Gondor Gondor PROPN 3 nmod:poss\n"
                             "'s 's PART 1 case\n"
                             "army army NOUN 5 compound\n"
                             "Sam Sam PROPN 5 compound\n"
                             "Gamgee Gamgee PROPN 6 nsubj\n"
                             "attacked attack VERB 0 root\n"
                             "Arnor Arnor PROPN 6 obj\n",
                          20100101),
              "GONMIL>ARN:190");
    /* "attackes" is no English form of "attack", whatever lemma a given
     * parse carries, so it codes nothing; "attacks" does. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "attackes attack VERB 0 root\n"
                             "Gondor Gondor PROPN 2 obj\n",
                          0),
              "");
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "attacks attack VERB 0 root\n"
                             "Gondor Gondor PROPN 2 obj\n",
                          0),
              "ARN>GON:190");
    /* An act only asked for has not happened: the urging codes the
     * sentence alone, whether the parse hangs the "to" clause on the
     * verb (xcomp) or on the one urged (acl). */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "urged urge VERB 0 root\n"
                             "Gondor Gondor PROPN 2 obj\n"
                             "to to PART 5 mark\n"
                             "attack attack VERB 2 xcomp\n"
                             "the the DET 7 det\n"
                             "Shire Shire PROPN 5 obj\n",
                          0),
              "ARN>GON:102");
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "urged urge VERB 0 root\n"
                             "Gondor Gondor PROPN 2 obj\n"
                             "to to PART 5 mark\n"
                             "attack attack VERB 3 acl\n"
                             "the the DET 7 det\n"
                             "Shire Shire PROPN 5 obj\n",
                          0),
              "ARN>GON:102");
    /* Reported speech: the embedded event is coded, and the speaker's
     * statement takes the embedded subject as its target. */
    CHECK_STR(code_conllu(d, "Gondor Gondor PROPN 2 nsubj\n"
                             "said say VERB 0 root\n"
                             "Arnor Arnor PROPN 4 nsubj\n"
                             "attacked attack VERB 2 ccomp\n"
                             "Smeagol Smeagol PROPN 4 obj\n",
                          19970101),
              "GON>ARN:010 ARN>HOBREB:190");
    /* ... but a speaker after the report ("…, Gondor said") addresses no
     * one in it */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "attacked attack VERB 5 ccomp\n"
                             "Smeagol Smeagol PROPN 2 obj\n"
                             "Gondor Gondor PROPN 5 nsubj\n"
                             "said say VERB 0 root\n",
                          19970101),
              "ARN>HOBREB:190");
    /* Conjoined verbs share the subject. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "met meet VERB 0 root\n"
                             "Gondor Gondor PROPN 2 obj\n"
                             "and and CCONJ 5 cc\n"
                             "attacked attack VERB 2 conj\n"
                             "Sam Sam PROPN 5 obj\n"
                             "Gamgee Gamgee PROPN 6 flat\n",
                          20100101),
              "ARN>GON:040 GON>ARN:040 ARN>HOBMIL:190");
    /* A compound subject with no target codes its members pairwise. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 4 nsubj\n"
                             "and and CCONJ 3 cc\n"
                             "Gondor Gondor PROPN 1 conj\n"
                             "agreed agree VERB 0 root\n",
                          0),
              "ARN>GON:030 GON>ARN:030");
    /* '^' skips a whole simple noun phrase ("at the Gondor summit"),
     * actors in it included, not only one word */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "agreed agree VERB 0 root\n"
                             "at at ADP 6 case\n"
                             "the the DET 6 det\n"
                             "Gondor Gondor PROPN 6 compound\n"
                             "summit summit NOUN 2 obl\n"
                             "with with ADP 9 case\n"
                             "the the DET 9 det\n"
                             "Shire Shire PROPN 6 nmod\n",
                          0),
              "ARN>FRO:031 ARN>SAM:031");
    /* A complement verb the dictionary lists without a code leaves the
     * urging to the verb that has an object: "urged Gondor to respond" */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "urged urge VERB 0 root\n"
                             "Gondor Gondor PROPN 2 obj\n"
                             "to to PART 5 mark\n"
                             "respond respond VERB 2 xcomp\n",
                          0),
              "ARN>GON:102");
    /* A discard phrase stops the sentence. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "played play VERB 0 root\n"
                             "baseball baseball NOUN 2 obj\n"
                             "attacked attack VERB 2 conj\n"
                             "Gondor Gondor PROPN 4 obj\n",
                          0),
              "");
    pb_pdict_free(d);
}

static void test_coder_lists_and_pronouns(void)
{
    pb_pdict *d = load_test_dicts();
    /* Actors listed inside a noun phrase are all targets. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "attacked attack VERB 0 root\n"
                             "positions position NOUN 2 obj\n"
                             "of of ADP 5 case\n"
                             "Gondor Gondor PROPN 3 nmod\n"
                             "and and CCONJ 8 cc\n"
                             "Sam Sam PROPN 8 compound\n"
                             "Gamgee Gamgee PROPN 5 conj\n",
                          20100101),
              "ARN>GON:190 ARN>HOBMIL:190");
    /* A listed agent without an actor takes its neighbour's actor (the
     * list is a compound, so the "% *" pattern codes it). */
    CHECK_STR(code_conllu(d, "Arnorian Arnorian ADJ 2 amod\n"
                             "army army NOUN 5 nsubj\n"
                             "and and CCONJ 4 cc\n"
                             "government government NOUN 2 conj\n"
                             "attacked attack VERB 0 root\n"
                             "Gondor Gondor PROPN 5 obj\n",
                          0),
              "ARNMIL>GON:192 ARNGOV>GON:192");
    /* A state organ after "former" is the elite (ELI), whether "former"
     * stands before the agent or before the actor in front of it. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 3 compound\n"
                             "former former ADJ 3 amod\n"
                             "government government NOUN 4 nsubj\n"
                             "attacked attack VERB 0 root\n"
                             "former former ADJ 7 amod\n"
                             "Gondor Gondor PROPN 7 compound\n"
                             "army army NOUN 4 obj\n",
                          0),
              "ARNELI>GONELI:190");
    /* A pronoun subject stands for the subject of the clause above, so
     * the transformation "~ a (a b ATTACK) SAY = a b 015" binds it to a:
     * Gondor claims the attack on Arnor. */
    CHECK_STR(code_conllu(d, "Gondor Gondor PROPN 2 nsubj\n"
                             "said say VERB 0 root\n"
                             "it it PRON 4 nsubj\n"
                             "attacked attack VERB 2 ccomp\n"
                             "Arnor Arnor PROPN 4 obj\n",
                          0),
              "GON>ARN:015");
    /* An actor inside an adverbial clause with its own subject is not the
     * target of the main verb: the compound subject agrees mutually. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 4 nsubj\n"
                             "and and CCONJ 3 cc\n"
                             "Gondor Gondor PROPN 1 conj\n"
                             "agreed agree VERB 0 root\n"
                             "after after SCONJ 8 mark\n"
                             "Sam Sam PROPN 8 nsubj\n"
                             "Gamgee Gamgee PROPN 6 flat\n"
                             "left leave VERB 4 advcl\n",
                          0),
              "ARN>GON:030 GON>ARN:030");
    pb_pdict_free(d);
}

/* Clauses and passives: what a verb's roles may reach. */
static void test_coder_clauses_and_passives(void)
{
    pb_pdict *d = load_test_dicts();
    /* A conjunct with its own subject is a clause of its own: its actor
     * is not the fallback target ("…, a Gondor official statement"). */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "attacked attack VERB 0 root\n"
                             ", , PUNCT 5 punct\n"
                             "Gondor Gondor PROPN 5 nsubj\n"
                             "statement statement NOUN 2 conj\n",
                          0),
              "");
    /* A passive without "by": an actor inside a phrase of cause or topic
     * is the source; a place ("over Arnor") is not. */
    CHECK_STR(code_conllu(d, "Gondor Gondor PROPN 3 nsubj:pass\n"
                             "was be AUX 3 aux:pass\n"
                             "attacked attack VERB 0 root\n"
                             "over over ADP 5 case\n"
                             "dispute dispute NOUN 3 obl\n"
                             "with with ADP 7 case\n"
                             "Arnor Arnor PROPN 5 nmod\n",
                          0),
              "ARN>GON:190");
    CHECK_STR(code_conllu(d, "Gondor Gondor PROPN 3 nsubj:pass\n"
                             "was be AUX 3 aux:pass\n"
                             "attacked attack VERB 0 root\n"
                             "over over ADP 5 case\n"
                             "Arnor Arnor PROPN 3 obl\n",
                          0),
              "");
    /* The "by" phrase the parser hung on an adverb is still the agent. */
    CHECK_STR(code_conllu(d, "Gondor Gondor PROPN 3 nsubj:pass\n"
                             "was be AUX 3 aux:pass\n"
                             "met meet VERB 0 root\n"
                             "earlier earlier ADV 3 advmod\n"
                             "by by ADP 6 case\n"
                             "Arnor Arnor PROPN 4 obl\n",
                          0),
              "ARN>GON:040 GON>ARN:040");
    /* A passive governing verb leaves its active complement active. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 3 nsubj:pass\n"
                             "was be AUX 3 aux:pass\n"
                             "scheduled schedule VERB 0 root\n"
                             "to to PART 5 mark\n"
                             "meet meet VERB 3 xcomp\n"
                             "Gondor Gondor PROPN 5 obj\n",
                          0),
              "ARN>GON:040 GON>ARN:040");
    /* A place in a clause of time is no target ("attacked while in
     * detention in Gondor"); a place in the verb's own phrase is. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "attacked attack VERB 0 root\n"
                             "while while SCONJ 5 mark\n"
                             "in in ADP 5 case\n"
                             "detention detention NOUN 2 advcl\n"
                             "in in ADP 7 case\n"
                             "Gondor Gondor PROPN 5 nmod\n",
                          0),
              "");
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "attacked attack VERB 0 root\n"
                             "in in ADP 4 case\n"
                             "Gondor Gondor PROPN 2 obl\n",
                          0),
              "ARN>GON:190");
    /* A subjectless clause of time is the scene, not an event. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "attacked attack VERB 0 root\n"
                             "Gondor Gondor PROPN 2 obj\n"
                             "after after SCONJ 5 mark\n"
                             "visiting visit VERB 2 advcl\n"
                             "the the DET 7 det\n"
                             "Shire Shire PROPN 5 obj\n",
                          0),
              "ARN>GON:190");
    pb_pdict_free(d);
}

static const char neg_verbs_txt[] =
    "&NEGAUX\n"
    "+DID N'T\n"
    "--- CLASH [110] ---\n"
    "CLASH\n"
    "- &NEGAUX * OVER EFFORTS [904]\n"
    "--- AGREE [030] ---\n"
    "AGREE\n"
    "--- HELP [070] ---\n"
    "HELP\n"
    "--- URGE [023] ---\n"
    "URGE\n"
    "--- RESPOND [010] ---\n"
    "RESPOND\n";

static const char ontology_txt[] =
    "# a test ontology\n"
    "010:0x1000\n"
    "023:0x2040\n"
    "030:0x3000#Intend\n"
    "033:0x3040\n"
    "036:0x3010\n"
    "050:0x0080\n"
    "070:0x0040\n"
    "110:0x1007f#0xFFFF+0x0080\n"
    "120:-0xFFFF\n"
    "122:-0xFFFF+0x2040+0x300\n";

static pb_pdict *load_pico_dicts(int with_ontology)
{
    pb_pdict *d = pb_pdict_new();
    pb_error err;
    CHECK_INT(pb_pdict_read_verbs(d, write_file("v.txt", neg_verbs_txt), &err),
              PB_OK);
    CHECK_INT(pb_pdict_read_actors(d, write_file("a.txt", actors_txt), &err),
              PB_OK);
    if (with_ontology)
        CHECK_INT(pb_pdict_read_ontology(d, write_file("o.txt", ontology_txt),
                                         &err),
                  PB_OK);
    pb_pdict_finish(d);
    remove_file("v.txt");
    remove_file("a.txt");
    remove_file("o.txt");
    rmdir(tmpdir);
    tmpdir[0] = '\0';
    return d;
}

static void test_coder_negation_and_ontology(void)
{
    static const char didnt_clash[] = "Arnor Arnor PROPN 4 nsubj\n"
                                      "did do AUX 4 aux\n"
                                      "n't not PART 4 advmod\n"
                                      "clash clash VERB 0 root\n"
                                      "with with ADP 6 case\n"
                                      "Gondor Gondor PROPN 4 obl\n";
    static const char agreed_to_help[] = "Arnor Arnor PROPN 2 nsubj\n"
                                         "agreed agree VERB 0 root\n"
                                         "to to PART 4 mark\n"
                                         "help help VERB 2 xcomp\n"
                                         "Gondor Gondor PROPN 4 obj\n";
    pb_pdict *d = load_pico_dicts(0);
    /* A negation inside a synset phrase ("did n't") makes the pattern one
     * that codes a negated verb. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 4 nsubj\n"
                             "did do AUX 4 aux\n"
                             "n't not PART 4 advmod\n"
                             "clash clash VERB 0 root\n"
                             "over over ADP 6 case\n"
                             "efforts effort NOUN 4 obl\n"
                             "of of ADP 8 case\n"
                             "Gondor Gondor PROPN 6 nmod\n",
                          0),
              "ARN>GON:904");
    /* Without an ontology a negated verb codes nothing, and a verb with a
     * coded complement leaves the event to it. */
    CHECK_STR(code_conllu(d, didnt_clash, 0), "");
    CHECK_STR(code_conllu(d, agreed_to_help, 0), "ARN>GON:070");
    pb_pdict_free(d);

    d = load_pico_dicts(1);
    CHECK_INT(d->n_pico, 10);
    CHECK_INT(pb_pd_pico_of(d, "110"), 0x1007F);
    CHECK_INT(pb_pd_pico_of(d, "122"), -0xFFFF + 0x2040 + 0x300);
    CHECK_INT(pb_pd_pico_of(d, "999"), 0);
    CHECK_STR(pb_pd_pico_code(d, 0x0080), "050");
    CHECK_STR(pb_pd_pico_code(d, 0x3015), "036"); /* target digit dropped */
    CHECK(pb_pd_pico_code(d, 0x7777) == NULL);
    /* Negation through the ontology: "did not clash" (0x1007F) minus
     * 0xFFFF is 0x0080, diplomatic cooperation. */
    CHECK_STR(code_conllu(d, didnt_clash, 0), "ARN>GON:050");
    /* Combination: "agree" 0x3000 + "help" 0x0040 = 0x3040, 033. */
    CHECK_STR(code_conllu(d, agreed_to_help, 0), "ARN>GON:033");
    /* The one urged is the one to respond: an asking verb's "to" clause
     * combines with nothing, and the urging is the event (a combination
     * would give the response, 010, as the urger's act). */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "urged urge VERB 0 root\n"
                             "Gondor Gondor PROPN 2 iobj\n"
                             "to to PART 5 mark\n"
                             "respond respond VERB 2 xcomp\n",
                          0),
              "ARN>GON:023");
    pb_pdict_free(d);
}

static void test_coder_transformations(void)
{
    static const char verbs[] = "--- ATTACK [190] ---\n"
                                "ATTACK\n"
                                "- * TOWN [193]\n"
                                "--- SAY [010] ---\n"
                                "SAY {SAID SAYS SAYING}\n"
                                "--- WANT [030] ---\n"
                                "WANT\n"
                                "--- MEET [040] ---\n"
                                "MEET {MET MEETS MEETING}\n"
                                "~ a (b . ATTACK) SAY = a b 112\n"
                                "~ a (_ b ATTACK ) WANT = a b 138\n"
                                "~ a (a b Q) SAY = a b Q\n"
                                "~ a (b c) SAY = a b 111\n"
                                "~ a (a b ATTACK) Q = a b 015\n";
    pb_pdict *d = pb_pdict_new();
    pb_error err;
    CHECK_INT(pb_pdict_read_verbs(d, write_file("t.txt", verbs), &err),
              PB_OK);
    size_t verb_notes = d->stats.skipped;
    CHECK_INT(pb_pdict_read_actors(d, write_file("a.txt", actors_txt), &err),
              PB_OK);
    pb_pdict_finish(d);
    remove_file("t.txt");
    remove_file("a.txt");
    rmdir(tmpdir);
    tmpdir[0] = '\0';
    /* Two lines are malformed: four words before '=', a 'Q' top verb. */
    CHECK_INT(d->stats.transformations, 3);
    CHECK_INT(verb_notes, 2);
    CHECK(d->transforms[2].inner_verb == NULL &&
          d->transforms[2].code == NULL);
    CHECK_INT(d->transforms[1].inner_source, '_');
    /* a (b . ATTACK) SAY: the speaker accuses the attacker; 193 falls
     * under ATTACK's 190 with its last digit zeroed. */
    static const char said_attacked[] = "Gondor Gondor PROPN 2 nsubj\n"
                                        "said say VERB 0 root\n"
                                        "Arnor Arnor PROPN 4 nsubj\n"
                                        "attacked attack VERB 2 ccomp\n"
                                        "town town NOUN 4 obj\n"
                                        "of of ADP 7 case\n"
                                        "Gondor Gondor PROPN 5 nmod\n";
    CHECK_STR(code_conllu(d, said_attacked, 0), "GON>ARN:112");
    /* a (_ b ATTACK) WANT: the complement has no subject of its own. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "wants want VERB 0 root\n"
                             "to to PART 4 mark\n"
                             "attack attack VERB 2 xcomp\n"
                             "Gondor Gondor PROPN 4 obj\n",
                          0),
              "ARN>GON:138");
    /* a (a b Q) SAY: the inner event, with its own code, and no
     * statement. */
    CHECK_STR(code_conllu(d, "Gondor Gondor PROPN 2 nsubj\n"
                             "says say VERB 0 root\n"
                             "it it PRON 5 nsubj\n"
                             "will will AUX 5 aux\n"
                             "meet meet VERB 2 ccomp\n"
                             "Arnor Arnor PROPN 5 obj\n",
                          0),
              "GON>ARN:040");
    /* No line fits (the speaker is not the one meeting, and meeting is
     * no attack): both events are coded as they stand. */
    CHECK_STR(code_conllu(d, "Gondor Gondor PROPN 2 nsubj\n"
                             "said say VERB 0 root\n"
                             "Arnor Arnor PROPN 4 nsubj\n"
                             "met meet VERB 2 ccomp\n"
                             "Gondorians Gondorians PROPN 4 obj\n",
                          0),
              "GON>ARN:010");
    pb_pdict_free(d);
}

static int discard_output(void *user, const char *data, size_t len)
{
    (void)user;
    (void)data;
    (void)len;
    return 0;
}

/* Synset patterns: a {…} phrase after the verb is one noun phrase, so
 * only adjectives may come between its words, and before the verb its
 * words hang on its last; a longer synset phrase is the more specific
 * match. */
static void test_coder_synset_phrases(void)
{
    static const char verbs[] = "&KIND\n"
                                "+NAVAL\n"
                                "+TRADE\n"
                                "&COIN\n"
                                "+CROWN\n"
                                "&TREASURE\n"
                                "+SILVER DRAGON CROWN\n"
                                "--- DROP [120] ---\n"
                                "DROP\n"
                                "- * {OLD &KIND PACTS} [121]\n"
                                "--- GIVE [070] ---\n"
                                "GIVE\n"
                                "- * &COIN [071]\n"
                                "- * &TREASURE [072]\n"
                                "--- RISE [---] ---\n"
                                "RISE {RISES ROSE RISEN RISING}\n"
                                "- {WAR TOLL} * [190]\n";
    pb_pdict *d = pb_pdict_new();
    pb_error err;
    CHECK_INT(pb_pdict_read_verbs(d, write_file("t.txt", verbs), &err),
              PB_OK);
    CHECK_INT(pb_pdict_read_actors(d, write_file("a.txt", actors_txt), &err),
              PB_OK);
    pb_pdict_finish(d);
    remove_file("t.txt");
    remove_file("a.txt");
    rmdir(tmpdir);
    /* "old binding naval pacts": an adjective between the words. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "dropped drop VERB 0 root\n"
                             "old old ADJ 6 amod\n"
                             "binding binding ADJ 6 amod\n"
                             "naval naval ADJ 6 amod\n"
                             "pacts pact NOUN 2 obj\n"
                             "with with ADP 8 case\n"
                             "Gondor Gondor PROPN 6 nmod\n",
                          0),
              "ARN>GON:121");
    /* "old naval border pacts": a noun between them, no match. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "dropped drop VERB 0 root\n"
                             "old old ADJ 6 amod\n"
                             "naval naval ADJ 6 amod\n"
                             "border border NOUN 6 compound\n"
                             "pacts pact NOUN 2 obj\n"
                             "with with ADP 8 case\n"
                             "Gondor Gondor PROPN 6 nmod\n",
                          0),
              "ARN>GON:120");
    /* "silver dragon crown" (&TREASURE, 3 words) beats "crown" (&COIN),
     * though &COIN's pattern comes first. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "gave give VERB 0 root\n"
                             "a a DET 6 det\n"
                             "silver silver ADJ 6 amod\n"
                             "dragon dragon NOUN 6 compound\n"
                             "crown crown NOUN 2 obj\n"
                             "to to ADP 8 case\n"
                             "Gondor Gondor PROPN 2 obl\n",
                          0),
              "ARN>GON:072");
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 2 nsubj\n"
                             "gave give VERB 0 root\n"
                             "a a DET 4 det\n"
                             "crown crown NOUN 2 obj\n"
                             "to to ADP 6 case\n"
                             "Gondor Gondor PROPN 2 obl\n",
                          0),
              "ARN>GON:071");
    /* Before the verb too, "{WAR TOLL}" is one noun phrase: "Arnor's war
     * and famine toll" holds it; not when the parse makes the war one
     * item and the famine toll another. */
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 6 nmod:poss\n"
                             "'s 's PART 1 case\n"
                             "war war NOUN 6 compound\n"
                             "and and CCONJ 5 cc\n"
                             "famine famine NOUN 3 conj\n"
                             "toll toll NOUN 7 nsubj\n"
                             "rose rise VERB 0 root\n"
                             "in in ADP 9 case\n"
                             "Gondor Gondor PROPN 7 obl\n",
                          0),
              "ARN>GON:190");
    CHECK_STR(code_conllu(d, "Arnor Arnor PROPN 3 nmod:poss\n"
                             "'s 's PART 1 case\n"
                             "war war NOUN 7 nsubj\n"
                             "and and CCONJ 6 cc\n"
                             "famine famine NOUN 6 compound\n"
                             "toll toll NOUN 3 conj\n"
                             "rose rise VERB 0 root\n"
                             "in in ADP 9 case\n"
                             "Gondor Gondor PROPN 7 obl\n",
                          0),
              "");
    pb_pdict_free(d);
}

static void test_validation_subset(void)
{
    const char *suite = pb_test_corpus_path(
        "ud-petrarch-validate/PETR_Validate_records_2_02.xml");
    if (access(suite, R_OK) != 0) {
        fprintf(stderr, "  (skipped: %s not found)\n", suite);
        return;
    }
    pb_validate_options opt = {0};
    opt.parse_given = 1;
    opt.max_records = 20;
    pb_validate_result res;
    pb_error err;
    CHECK_INT(pb_validate_run(NULL, suite, &opt, discard_output, NULL, &res,
                              &err),
              PB_OK);
    CHECK_INT(res.records, 20);
    CHECK(res.correct >= 12); /* 15 when this test was written */
    CHECK(res.load_ms < 1000.0);
    /* --dicts DIR says where the <Environment>'s files are: the same
     * files give the same result; a directory without them is an error
     * naming the file. */
    pb_validate_result same;
    char dir[1024];
    snprintf(dir, sizeof dir, "%s", suite); /* the corpus path is static */
    *strrchr(dir, '/') = '\0';
    opt.dicts_dir = dir;
    CHECK_INT(pb_validate_run(NULL, suite, &opt, discard_output, NULL, &same,
                              &err),
              PB_OK);
    CHECK_INT(same.correct, res.correct);
    opt.dicts_dir = "/nonexistent";
    CHECK_INT(pb_validate_run(NULL, suite, &opt, discard_output, NULL, &same,
                              &err),
              PB_ERR_IO);
    if (!CHECK(strstr(err.message, "/nonexistent/PETR_Validate_verbs_2_02.txt")
               != NULL))
        fprintf(stderr, "  message: %s\n", err.message);
}

/* A suite's text is read in the PETRARCH way: an underscore joins the
 * words of one name ("Minas_Tirith" is the dictionaries' Minas Tirith). */
static void test_validation_text_underscores(void)
{
    pb_context *ctx = pb_test_context();
    if (!CHECK(ctx != NULL))
        return;
    write_file("v.txt", verbs_txt);
    write_file("a.txt", actors_txt);
    write_file("g.txt", agents_txt);
    const char *suite = write_file(
        "suite.xml",
        "<Validation>\n<Environment>\n<Verbfile>v.txt</Verbfile>\n"
        "<Actorfile>a.txt</Actorfile>\n<Agentfile>g.txt</Agentfile>\n"
        "</Environment>\n"
        "<Sentence date=\"20100101\" id=\"U-1\" category=\"T\">\n"
        "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" "
        "eventcode=\"190\"></EventCoding>\n"
        "<Text>\nArnor attacked Minas_Tirith on Monday.\n</Text>\n"
        "</Sentence>\n</Validation>\n");
    char path[512];
    snprintf(path, sizeof path, "%s", suite);
    pb_validate_options opt = {0};
    pb_validate_result res;
    pb_error err;
    if (!CHECK_INT(pb_validate_run(ctx, path, &opt, discard_output, NULL,
                                   &res, &err),
                   PB_OK))
        fprintf(stderr, "  message: %s\n", err.message);
    CHECK_INT(res.records, 1);
    CHECK_INT(res.correct, 1);
    remove_file("v.txt");
    remove_file("a.txt");
    remove_file("g.txt");
    remove_file("suite.xml");
    rmdir(tmpdir);
    tmpdir[0] = '\0';
}

const pb_test_case petrarch_tests[] = {
    {"synsets_and_plurals", test_synsets_and_plurals},
    {"verbs_forms_and_codes", test_verbs_forms_and_codes},
    {"pattern_elements", test_pattern_elements},
    {"actor_dates", test_actor_dates},
    {"agents_and_discards", test_agents_and_discards},
    {"coder_active_passive_negation", test_coder_active_passive_negation},
    {"coder_compounds_speech_conj", test_coder_compounds_speech_conj},
    {"coder_lists_and_pronouns", test_coder_lists_and_pronouns},
    {"coder_clauses_and_passives", test_coder_clauses_and_passives},
    {"coder_negation_and_ontology", test_coder_negation_and_ontology},
    {"coder_transformations", test_coder_transformations},
    {"coder_synset_phrases", test_coder_synset_phrases},
    {"validation_subset", test_validation_subset},
    {"validation_text_underscores", test_validation_text_underscores},
    {NULL, NULL},
};
