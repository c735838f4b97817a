/* test_text.c — the text stage: UTF-8 repair, normalisation, tokenisation
 * and sentence splitting, with every token's offsets checked against the
 * original bytes.
 */
#include "test.h"
#include "../src/text.h"

#include <stdio.h>
#include <string.h>

/* Segments src and returns the sentences; tokens are checked to lie inside
 * the text, in order, and to cover text that normalises to their form. */
static pb_sentence *segment(pb_arena *a, const char *src, size_t *n_sents)
{
    pb_text t;
    pb_raw_token *toks;
    size_t n_toks, n_split, n_broken;
    pb_sentence *sents = NULL;
    *n_sents = 0;
    if (!CHECK(pb_text_normalize(a, src, strlen(src), &t) == 0) ||
        !CHECK(pb_tokenize(a, &t, &toks, &n_toks, &n_split) == 0) ||
        !CHECK(pb_segment(a, &t, toks, n_toks, &sents, n_sents, &n_broken) ==
               0))
        return NULL;
    uint32_t last_end = 0;
    for (size_t i = 0; i < *n_sents; i++) {
        for (uint32_t k = 0; k < sents[i].n_tokens; k++) {
            const pb_token *tok = &sents[i].tokens[k];
            CHECK(tok->start >= last_end);
            CHECK(tok->start < tok->end);
            CHECK(tok->end <= strlen(src));
            last_end = tok->end;
        }
        CHECK(sents[i].start == sents[i].tokens[0].start);
        CHECK(sents[i].end == sents[i].tokens[sents[i].n_tokens - 1].end);
    }
    return sents;
}

/* Joins the forms of a sentence with '|'. */
static const char *forms(const pb_sentence *s)
{
    static char buf[2048];
    size_t n = 0;
    buf[0] = '\0';
    for (uint32_t k = 0; k < s->n_tokens && n < sizeof buf - 64; k++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", k ? "|" : "",
                              s->tokens[k].form);
    return buf;
}

static void test_utf8_validation(void)
{
    CHECK_INT(pb_utf8_valid_length((const unsigned char *)"a", 1), 1);
    CHECK_INT(pb_utf8_valid_length((const unsigned char *)"\xC3\xA9", 2), 2);
    CHECK_INT(pb_utf8_valid_length((const unsigned char *)"\xE2\x80\x99", 3),
              3);
    CHECK_INT(pb_utf8_valid_length((const unsigned char *)"\xF0\x9F\x98\x80",
                                   4),
              4);
    /* Overlong, surrogate, truncated, stray continuation. */
    CHECK_INT(pb_utf8_valid_length((const unsigned char *)"\xC0\xAF", 2), 0);
    CHECK_INT(pb_utf8_valid_length((const unsigned char *)"\xED\xA0\x80", 3),
              0);
    CHECK_INT(pb_utf8_valid_length((const unsigned char *)"\xE2\x80", 2), 0);
    CHECK_INT(pb_utf8_valid_length((const unsigned char *)"\x80", 1), 0);
}

static void test_normalize_folds_typography(void)
{
    pb_arena a = PB_ARENA_INIT;
    pb_text t;
    const char *src = "\xE2\x80\x9CIt\xE2\x80\x99s\xC2\xA0" "fine\xE2\x80\x9D"
                      " \xE2\x88\x92" "5 \xE2\x80\x94 ok\xE2\x80\xA6";
    CHECK(pb_text_normalize(&a, src, strlen(src), &t) == 0);
    CHECK_STR(t.norm, "\"It's fine\" -5 -- ok...");
    CHECK_INT(t.invalid_utf8, 0);
    /* The apostrophe (norm byte 3) came from the 3-byte U+2019 at 5. */
    CHECK_INT(t.orig_at[3], 5);
    CHECK_INT(pb_text_orig_end(&t, 3), 8);
    CHECK_INT(t.orig_at[t.norm_len], strlen(src));
    pb_arena_free(&a);
}

static void test_normalize_repairs_invalid_utf8(void)
{
    pb_arena a = PB_ARENA_INIT;
    pb_text t;
    const char src[] = "Isra\xFF" "el\x00said";
    CHECK(pb_text_normalize(&a, src, sizeof src - 1, &t) == 0);
    CHECK_INT(t.invalid_utf8, 1);
    CHECK_STR(t.norm, "Israel said");
    pb_arena_free(&a);
}

static void test_tokenizer_penn_rules(void)
{
    pb_arena a = PB_ARENA_INIT;
    size_t n;
    pb_sentence *s = segment(
        &a,
        "Israel's defense chief didn't say (publicly) that U.S.-made jets, "
        "worth $1,200.5 million, left at 10:30 on 2011-06-14; 5% cannot.",
        &n);
    CHECK_INT(n, 1);
    if (s)
        CHECK_STR(forms(&s[0]),
                  "Israel|'s|defense|chief|did|n't|say|(|publicly|)|that|"
                  "U.S.-made|jets|,|worth|$|1,200.5|million|,|left|at|10:30|"
                  "on|2011-06-14|;|5|%|can|not|.");
    pb_arena_free(&a);
}

static void test_tokenizer_quotes_urls_and_clitics(void)
{
    pb_arena a = PB_ARENA_INIT;
    size_t n;
    pb_sentence *s = segment(
        &a,
        "\xE2\x80\x9CWe'll see,\xE2\x80\x9D the minister's aide wrote at "
        "https://example.org/a?b=c -- or mail news@example.org...",
        &n);
    CHECK_INT(n, 1);
    if (s)
        CHECK_STR(forms(&s[0]),
                  "\"|We|'ll|see|,|\"|the|minister|'s|aide|wrote|at|"
                  "https://example.org/a?b=c|--|or|mail|news@example.org|...");
    pb_arena_free(&a);
}

static void test_offsets_point_into_original(void)
{
    pb_arena a = PB_ARENA_INIT;
    const char *src = "\xE2\x80\x9C" "Beijing\xE2\x80\x9D\xC2\xA0" "replied.";
    size_t n;
    pb_sentence *s = segment(&a, src, &n);
    if (CHECK(s && n == 1 && s[0].n_tokens == 5)) {
        /* The opening quote is the 3-byte U+201C at offset 0. */
        CHECK_INT(s[0].tokens[0].start, 0);
        CHECK_INT(s[0].tokens[0].end, 3);
        CHECK_INT(s[0].tokens[1].start, 3);
        CHECK_INT(s[0].tokens[1].end, 10);
        CHECK_STR(s[0].tokens[1].form, "Beijing");
        CHECK_INT(s[0].tokens[2].start, 10);
        CHECK_INT(s[0].tokens[2].end, 13);
        CHECK_INT(s[0].tokens[3].start, 15);
        CHECK(memcmp(src + s[0].tokens[3].start, "replied", 7) == 0);
    }
    pb_arena_free(&a);
}

static void test_splitter_keeps_abbreviations(void)
{
    pb_arena a = PB_ARENA_INIT;
    size_t n;
    pb_sentence *s = segment(
        &a,
        "Maj. Gen. Aviv Kochavi met Lt. Col. J. R. Smith of the U.N. on "
        "Jan. 5 in Washington. Mr. Smith left No. 10 early. He flew to the "
        "U.S. The trip ended.",
        &n);
    if (CHECK_INT(n, 4)) {
        CHECK_STR(forms(&s[0]), "Maj.|Gen.|Aviv|Kochavi|met|Lt.|Col.|J.|R.|"
                                "Smith|of|the|U.N.|on|Jan.|5|in|Washington|.");
        CHECK_STR(forms(&s[1]), "Mr.|Smith|left|No.|10|early|.");
        CHECK_STR(forms(&s[2]), "He|flew|to|the|U.S.");
        CHECK_STR(forms(&s[3]), "The|trip|ended|.");
    }
    /* an initial ends a sentence only before a sentence opener */
    s = segment(&a,
                "He posted on the platform X. The talks began. John F. "
                "Kennedy left.",
                &n);
    if (CHECK_INT(n, 3)) {
        CHECK_STR(forms(&s[0]), "He|posted|on|the|platform|X.");
        CHECK_STR(forms(&s[2]), "John|F.|Kennedy|left|.");
    }
    pb_arena_free(&a);
}

static void test_splitter_separates_run_in_subheadings(void)
{
    pb_arena a = PB_ARENA_INIT;
    size_t n;
    /* a subheading the page ran into its paragraph */
    pb_sentence *s = segment(&a,
                             "Rebel attacks rose. Recent attacks The army "
                             "said rebels attacked a convoy.",
                             &n);
    if (CHECK_INT(n, 3)) {
        CHECK_STR(forms(&s[1]), "Recent|attacks");
        CHECK_STR(forms(&s[2]), "The|army|said|rebels|attacked|a|convoy|.");
    }
    /* one opened by an article, and one before a clause opener */
    s = segment(&a,
                "Rebels struck. The attack The train came under fire. "
                "Jobs and savings Although the farm is small, it pays.",
                &n);
    if (CHECK_INT(n, 5)) {
        CHECK_STR(forms(&s[1]), "The|attack");
        CHECK_STR(forms(&s[3]), "Jobs|and|savings");
    }
    /* not a sentence's own words before a name or title */
    s = segment(&a,
                "Officials in The Hague said so. Mendez once told The "
                "Washington Post. Media outlets closed The doors. "
                "Yesterday afternoon Marine One landed. The case went "
                "before The Hague court. Police spokesman Although Smith "
                "spoke.",
                &n);
    CHECK_INT(n, 6);
    pb_arena_free(&a);
}

static void test_splitter_quotes_and_paragraphs(void)
{
    pb_arena a = PB_ARENA_INIT;
    size_t n;
    pb_sentence *s = segment(
        &a,
        "\"We will respond,\" he said. \"Now!\" she shouted.\n\n"
        "A headline without a period\n\nAnother paragraph? Yes. "
        "The U.S. officials agreed.",
        &n);
    if (CHECK_INT(n, 6)) {
        CHECK_STR(forms(&s[0]), "\"|We|will|respond|,|\"|he|said|.");
        CHECK_STR(forms(&s[1]), "\"|Now|!|\"|she|shouted|.");
        CHECK_STR(forms(&s[2]), "A|headline|without|a|period");
        CHECK_STR(forms(&s[3]), "Another|paragraph|?");
        CHECK_STR(forms(&s[4]), "Yes|.");
        CHECK_STR(forms(&s[5]), "The|U.S.|officials|agreed|.");
    }
    pb_arena_free(&a);
}

static void test_limits_break_long_sentences_and_tokens(void)
{
    pb_arena a = PB_ARENA_INIT;
    static char src[PB_MAX_SENTENCE_TOKENS * 11 + 64 + PB_MAX_TOKEN_BYTES * 3];
    size_t len = 0;
    for (unsigned i = 0; i < PB_MAX_SENTENCE_TOKENS * 2 + 10; i++) {
        memcpy(src + len, "word ", 5);
        len += 5;
    }
    memset(src + len, 'x', PB_MAX_TOKEN_BYTES * 2 + 7);
    len += PB_MAX_TOKEN_BYTES * 2 + 7;
    src[len] = '\0';
    pb_text t;
    pb_raw_token *toks;
    size_t n_toks, n_split, n_broken, n_sents;
    pb_sentence *sents;
    CHECK(pb_text_normalize(&a, src, len, &t) == 0);
    CHECK(pb_tokenize(&a, &t, &toks, &n_toks, &n_split) == 0);
    CHECK_INT(n_split, 2);
    CHECK_INT(n_toks, PB_MAX_SENTENCE_TOKENS * 2 + 10 + 3);
    CHECK(pb_segment(&a, &t, toks, n_toks, &sents, &n_sents, &n_broken) == 0);
    CHECK_INT(n_sents, 3);
    CHECK_INT(n_broken, 2);
    CHECK_INT(sents[0].n_tokens, PB_MAX_SENTENCE_TOKENS);
    pb_arena_free(&a);
}

static void test_pathological_quotes_are_linear_and_bounded(void)
{
    pb_arena a = PB_ARENA_INIT;
    enum { N = 10000 };
    static char src[N + 16];
    memcpy(src, "Go.", 3);
    memset(src + 3, '"', N);
    src[N + 3] = '\0';
    size_t n;
    pb_sentence *s = segment(&a, src, &n);
    CHECK(s != NULL);
    for (size_t i = 0; s && i < n; i++)
        CHECK(s[i].n_tokens <= PB_MAX_SENTENCE_TOKENS);
    pb_arena_free(&a);
}

static void test_empty_and_blank_text(void)
{
    pb_arena a = PB_ARENA_INIT;
    size_t n;
    segment(&a, "", &n);
    CHECK_INT(n, 0);
    segment(&a, " \n\t\n ", &n);
    CHECK_INT(n, 0);
    pb_arena_free(&a);
}

const pb_test_case text_tests[] = {
    {"utf8_validation", test_utf8_validation},
    {"normalize_folds_typography", test_normalize_folds_typography},
    {"normalize_repairs_invalid_utf8", test_normalize_repairs_invalid_utf8},
    {"tokenizer_penn_rules", test_tokenizer_penn_rules},
    {"tokenizer_quotes_urls_and_clitics",
     test_tokenizer_quotes_urls_and_clitics},
    {"offsets_point_into_original", test_offsets_point_into_original},
    {"splitter_keeps_abbreviations", test_splitter_keeps_abbreviations},
    {"splitter_separates_run_in_subheadings",
     test_splitter_separates_run_in_subheadings},
    {"splitter_quotes_and_paragraphs", test_splitter_quotes_and_paragraphs},
    {"limits_break_long_sentences_and_tokens",
     test_limits_break_long_sentences_and_tokens},
    {"pathological_quotes_are_linear_and_bounded",
     test_pathological_quotes_are_linear_and_bounded},
    {"empty_and_blank_text", test_empty_and_blank_text},
    {NULL, NULL},
};
