/* test_article.c — the article reader: plain-text header block, title,
 * by-line and disclaimers; JSON lines; envelope overrides and date checks.
 */
#include "test.h"
#include "polybius.h"
#include "../src/internal.h"

#include <string.h>

static void test_plain_text_with_header(void)
{
    const char *src =
        "Date: 2013-05-05\n"
        "Source: Example Wire\n"
        "ID: a1\n"
        "URL: https://example.org/a1\n"
        "\n"
        "Spy chief visits Beijing\n"
        "\n"
        "The chief visited Beijing.\n"
        "The outlet is not responsible for the content of quoted articles.\n"
        "By Jane Doe\n";
    pb_error err;
    pb_article *a = pb_article_from_text(src, strlen(src), &err);
    if (!CHECK(a != NULL))
        return;
    CHECK_STR(pb_article_date(a), "2013-05-05");
    CHECK_STR(pb_article_source(a), "Example Wire");
    CHECK_STR(pb_article_id(a), "a1");
    CHECK_STR(pb_article_url(a), "https://example.org/a1");
    CHECK_STR(pb_article_title(a), "Spy chief visits Beijing");
    /* The body is kept byte for byte; dropped lines become ranges. */
    CHECK(strncmp(pb_article_text(a), "\nThe chief visited Beijing.\n", 28) ==
          0);
    CHECK_INT(a->n_ignored, 2);
    pb_article_free(a);
}

static void test_byline_names_source_when_none_given(void)
{
    const char *src = "Title line\nBody sentence here.\n\nBy Jane Doe\n";
    pb_error err;
    pb_article *a = pb_article_from_text(src, strlen(src), &err);
    if (!CHECK(a != NULL))
        return;
    CHECK_STR(pb_article_title(a), "Title line");
    CHECK_STR(pb_article_source(a), "Jane Doe");
    CHECK_STR(pb_article_date(a), "");
    pb_article_free(a);
    /* A sentence that starts with "By" is not a by-line. */
    src = "Title\nBy the end of the day, the talks had failed.\n";
    a = pb_article_from_text(src, strlen(src), &err);
    if (CHECK(a != NULL)) {
        CHECK_STR(pb_article_source(a), "");
        CHECK_INT(a->n_ignored, 0);
    }
    pb_article_free(a);
}

static void test_header_with_impossible_date_fails(void)
{
    const char *src = "Date: 2013-02-30\n\nTitle\nBody.\n";
    pb_error err;
    pb_article *a = pb_article_from_text(src, strlen(src), &err);
    CHECK(a == NULL);
    CHECK_INT(err.code, PB_ERR_INPUT);
    CHECK(strstr(err.message, "2013-02-30") != NULL);
}

static void test_json_article(void)
{
    const char *line = "{\"id\":\"x7\",\"date\":\"2020-02-29T10:00:00Z\","
                       "\"source\":\"VOA\",\"title\":\"T\",\"text\":"
                       "\"Iran accused Israel.\\nNew line.\"}";
    pb_error err;
    pb_article *a = pb_article_from_json(line, strlen(line), &err);
    if (!CHECK(a != NULL))
        return;
    CHECK_STR(pb_article_id(a), "x7");
    CHECK_STR(pb_article_date(a), "2020-02-29");
    CHECK_STR(pb_article_source(a), "VOA");
    CHECK_STR(pb_article_text(a), "Iran accused Israel.\nNew line.");
    pb_article_free(a);
}

static void test_json_errors(void)
{
    pb_error err;
    static const char *const bad[] = {
        "{\"text\": \"unterminated",
        "[1, 2]",
        "{\"title\": \"no text\"}",
        "{\"text\": \"x\", \"date\": \"2021-13-01\"}",
        "{\"text\": \"x\", \"source\": 5}",
        "{\"text\": \"x\", \"text\": \"duplicate\"}",
        NULL,
    };
    for (const char *const *b = bad; *b; b++) {
        pb_article *a = pb_article_from_json(*b, strlen(*b), &err);
        CHECK(a == NULL);
        CHECK_INT(err.code, PB_ERR_INPUT);
        CHECK(err.message[0] != '\0');
    }
}

static void test_dates(void)
{
    pb_date d;
    CHECK(pb_date_parse("2024-02-29", &d) == 0);
    CHECK(pb_date_parse("2023-02-29", &d) != 0);
    CHECK(pb_date_parse("1900-02-29", &d) != 0);
    CHECK(pb_date_parse("2000-02-29", &d) == 0);
    CHECK(pb_date_parse("2011-06", &d) == 0 && d.month == 6 && d.day == 0);
    CHECK_STR(pb_date_precision(&d), "month");
    CHECK(pb_date_parse("2011", &d) == 0 && d.month == 0);
    CHECK_STR(pb_date_precision(&d), "year");
    CHECK(pb_date_parse("11-06-14", &d) != 0);
    CHECK(pb_date_parse("2011-6-14", &d) != 0);
    CHECK(pb_date_parse("2011-06-14x", &d) != 0);
    CHECK(pb_date_parse("", &d) != 0);

    pb_error err;
    pb_article *a = pb_article_from_body("text", 4, &err);
    CHECK(pb_article_set_date(a, "2013-05-05", &err) == PB_OK);
    CHECK_STR(pb_article_date(a), "2013-05-05");
    CHECK(pb_article_set_date(a, "May 5", &err) == PB_ERR_INPUT);
    CHECK_STR(pb_article_date(a), "2013-05-05");
    CHECK(pb_article_set_id(a, "override", &err) == PB_OK);
    CHECK_STR(pb_article_id(a), "override");
    pb_article_free(a);
}

/* Freeing NULL must not crash (the sanitizer run would abort). */
static void test_free_null_is_noop(void)
{
    pb_article_free(NULL);
    pb_doc_free(NULL);
    pb_context_free(NULL);
}

const pb_test_case article_tests[] = {
    {"plain_text_with_header", test_plain_text_with_header},
    {"byline_names_source_when_none_given",
     test_byline_names_source_when_none_given},
    {"header_with_impossible_date_fails",
     test_header_with_impossible_date_fails},
    {"json_article", test_json_article},
    {"json_errors", test_json_errors},
    {"dates", test_dates},
    {"free_null_is_noop", test_free_null_is_noop},
    {NULL, NULL},
};
