/* test_time.c — the time stage (timex.c) and the attachment of dates to
 * events (whenwhere.c): every kind of expression, weekdays read by tense,
 * chains of relative expressions, undated articles, and the dates and
 * modes of events coded end to end. Every sentence is written for here.
 */
#include "test.h"
#include "polybius.h"
#include "../src/internal.h"
#include "../src/codebook.h"
#include "../src/lexicon.h"
#include "../src/whenwhere.h"

#include <stdio.h>
#include <string.h>

/* "DATE/PRECISION" that the main verb of the last sentence of `text`
 * (dated `date`, NULL for none) takes; "-" for no date. */
static const char *date_of(const char *date, const char *text)
{
    static char out[64];
    snprintf(out, sizeof out, "?");
    pb_context *ctx = pb_test_context();
    if (!CHECK(ctx != NULL))
        return out;
    pb_error err;
    pb_article *a = pb_article_from_body(text, strlen(text), &err);
    if (date)
        pb_article_set_date(a, date, &err);
    pb_doc *doc = pb_doc_process(ctx, a, PB_STAGE_SYNTAX, &err);
    pb_ww_doc wwd;
    pb_ww_doc_init(&wwd, &doc->article_date);
    for (size_t i = 0; i < doc->n_sentences; i++) {
        const pb_sentence *s = &doc->sentences[i];
        const char **lower = pb_arena_alloc(&doc->arena,
                                            (s->n_tokens + 1) * sizeof *lower);
        for (uint32_t k = 0; k < s->n_tokens; k++)
            lower[k] = pb_lower(&doc->arena, s->tokens[k].form);
        pb_ww_sentence w;
        pb_date sdate;
        pb_ww_dates(&wwd, s, lower, &w, &sdate);
        if (i + 1 < doc->n_sentences)
            continue;
        uint32_t root = 0;
        for (uint32_t k = 0; k < s->n_tokens; k++)
            if (s->tokens[k].head == 0)
                root = k;
        pb_event e;
        memset(&e, 0, sizeof e);
        pb_ww_event(&w, root, &e);
        char d[16];
        pb_date_format(&e.date, d, sizeof d);
        const char *prec = pb_event_precision(&e);
        snprintf(out, sizeof out, "%s/%s", d[0] ? d : "-", prec ? prec : "-");
    }
    pb_doc_free(doc);
    pb_article_free(a);
    return out;
}

static void test_absolute_dates(void)
{
    CHECK_STR(date_of("2013-05-05", "Iran tested a missile on May 5, 2011."),
              "2011-05-05/day");
    CHECK_STR(date_of("2013-05-05", "The treaty was signed on 12 June 2015."),
              "2015-06-12/day");
    CHECK_STR(date_of("2013-05-05", "In June 2011 Barak traveled to China."),
              "2011-06/month");
    CHECK_STR(date_of("2013-05-05", "In 2000 Israel cancelled the sale."),
              "2000/year");
    CHECK_STR(date_of("2013-05-05", "In mid-2012 the rebels seized the town."),
              "2012/year");
    CHECK_STR(date_of("2013-05-05", "In the 1990s Israel sold arms to China."),
              "1990/decade");
    /* a number that counts things is not a year */
    CHECK_STR(date_of("2013-05-05", "The army sent 2000 soldiers."),
              "2013-05-05/day");
}

static void test_months_without_a_year(void)
{
    CHECK_STR(date_of("2013-05-05", "Kochavi visited Beijing in April."),
              "2013-04/month");
    CHECK_STR(date_of("2013-05-05", "The army attacked in November."),
              "2012-11/month");
    CHECK_STR(date_of("2013-05-05", "The president will visit Japan in "
                                    "October."),
              "2013-10/month");
    CHECK_STR(date_of("2013-05-05", "Officials met in Doha on June 2."),
              "2012-06-02/day");
}

static void test_relative_to_the_article(void)
{
    CHECK_STR(date_of("2013-05-05", "Iran seized a tanker yesterday."),
              "2013-05-04/day");
    CHECK_STR(date_of("2013-05-05", "The minister will arrive tomorrow."),
              "2013-05-06/day");
    CHECK_STR(date_of("2013-05-05", "Police arrested him 10 days ago."),
              "2013-04-25/day");
    CHECK_STR(date_of("2013-05-05", "The army withdrew last year."),
              "2012/year");
    CHECK_STR(date_of("2013-05-05", "The president will visit India next "
                                    "month."),
              "2013-06/month");
    /* last week: the month of that calendar week's Thursday */
    CHECK_STR(date_of("2020-01-06", "A drone killed the general last week."),
              "2020-01/month");
    CHECK_STR(date_of("2013-05-05", "Rebels have shelled the city in recent "
                                    "weeks."),
              "2013-05/month");
}

static void test_weekdays_follow_the_tense(void)
{
    /* 2013-05-05 was a Sunday. */
    CHECK_STR(date_of("2013-05-05", "On Friday Israeli warplanes struck a "
                                    "depot."),
              "2013-05-03/day");
    CHECK_STR(date_of("2013-05-05", "Netanyahu is due to leave for China on "
                                    "Monday."),
              "2013-05-06/day");
    CHECK_STR(date_of("2013-05-05", "The president met the envoy on "
                                    "Monday."),
              "2013-04-29/day");
    CHECK_STR(date_of("2013-05-05", "The minister will visit Tehran on "
                                    "Saturday."),
              "2013-05-11/day");
    /* the article's own weekday is the article's day */
    CHECK_STR(date_of("2013-05-05", "A spokesman declined to comment on "
                                    "Sunday."),
              "2013-05-05/day");
    CHECK_STR(date_of("2013-05-05", "Sunday night gunmen attacked a "
                                    "checkpoint."),
              "2013-05-05/day");
    CHECK_STR(date_of("2013-05-05", "Last Sunday the court freed him."),
              "2013-04-28/day");
}

static void test_chains_of_relative_expressions(void)
{
    CHECK_STR(date_of("2013-05-05", "In June 2011 Barak traveled to China. "
                                    "Two months later General Chen visited "
                                    "Israel."),
              "2011-08/month");
    CHECK_STR(date_of("2013-05-05", "The rebels seized the town on 3 May "
                                    "2012. The next day the army retook it. "
                                    "A week later the rebels returned."),
              "2012-05-11/day");
    CHECK_STR(date_of("2013-05-05", "Netanyahu is due to leave on Monday. "
                                    "Kochavi visited Beijing 10 days before "
                                    "Netanyahu's departure."),
              "2013-04-26/day");
    CHECK_STR(date_of("2013-05-05", "The treaty was signed two months "
                                    "before, in March 2012."),
              "2012-03/month");
    CHECK_STR(date_of("2013-05-05", "The army shelled the city two days "
                                    "after March 5, 2013."),
              "2013-03-07/day");
    /* a date in a relative clause is background: the story's time stays */
    CHECK_STR(date_of("2020-10-29", "Biden gained among retirees, who voted "
                                    "for Trump in 2016. The deal was signed "
                                    "the previous month."),
              "2020-09/month");
}

/* "until" and "since" bound a span: the act inside it is dated by the
 * report (an ongoing one) or not at all by them */
static void test_span_bounds_date_no_act(void)
{
    CHECK_STR(date_of("2021-04-02", "Al-Shabab has been attacking Kenyan "
                                    "troops since 2011."),
              "2021-04-02/day");
    CHECK_STR(date_of("2021-04-02", "Trump delayed the tariffs until April "
                                    "22."),
              "2021-04-02/day");
}

/* A date far from the article's inside a reported clause dates what the
 * clause tells, not the report; a recent one, or one right next to the
 * verb of saying, dates the report too */
static void test_reported_clauses_keep_their_dates(void)
{
    CHECK_STR(date_of("2025-03-13", "He said it was formed in 1993."),
              "2025-03-13/day");
    CHECK_STR(date_of("2020-11-02", "Trump said he banned travel from China "
                                    "in January."),
              "2020-11-02/day");
    CHECK_STR(date_of("2019-07-10", "The IMF said in May the deal might help "
                                    "Africa."),
              "2019-05/month");
    CHECK_STR(date_of("2019-03-14", "Police detained three journalists "
                                    "yesterday, the ministry said."),
              "2019-03-13/day");
}

static void test_undated_articles_give_no_date(void)
{
    CHECK_STR(date_of(NULL, "The army shelled the town yesterday."), "-/-");
    CHECK_STR(date_of(NULL, "Rebels attacked the airport on Friday."), "-/-");
    CHECK_STR(date_of(NULL, "Iran accused Israel of sabotage."), "-/-");
    CHECK_STR(date_of(NULL, "In June 2011 Barak traveled to China."),
              "2011-06/month");
}

/* A vague time adverb ("later", "earlier", "previously") with no date
 * expression: the event happened, but not on the article's date. */
static void test_vague_adverbs_give_no_date(void)
{
    CHECK_STR(date_of("2013-05-05", "Israel later paid compensation to China."),
              "-/-");
    CHECK_STR(date_of("2013-05-05", "The minister had previously visited "
                                    "Cairo."),
              "-/-");
    /* A real date still wins over the adverb. */
    CHECK_STR(date_of("2013-05-05", "Israel later paid compensation in 2002."),
              "2002/year");
    CHECK_STR(date_of("2013-05-05", "Israel paid compensation to China."),
              "2013-05-05/day");
}

static void test_precision_comparison(void)
{
    pb_date a = {2013, 5, 6}, b = {2013, 5, 0}, c = {2013, 4, 30};
    pb_tvalue va = pb_tvalue_of(&a), vb = pb_tvalue_of(&b),
              vc = pb_tvalue_of(&c);
    CHECK_INT(pb_tvalue_compare(&va, &vb), 0);
    CHECK_INT(pb_tvalue_compare(&va, &vc), 1);
    CHECK_INT(pb_tvalue_compare(&vc, &vb), -1);
    CHECK_STR(pb_precision_name(PB_PREC_DECADE), "decade");
    CHECK(pb_precision_name(PB_PREC_NONE) == NULL);
}

/* End to end: a future visit is intended and dated after the article. */
static void test_event_dates_and_modes(void)
{
    pb_context *ctx = pb_test_context();
    if (!CHECK(ctx != NULL))
        return;
    static const char text[] =
        "Netanyahu is due to leave for China on Monday. On Friday Israeli "
        "warplanes struck a weapons depot near Damascus.";
    pb_error err;
    pb_article *a = pb_article_from_body(text, sizeof text - 1, &err);
    pb_article_set_date(a, "2013-05-05", &err);
    pb_doc *doc = pb_doc_process(ctx, a, PB_STAGE_EVENTS, &err);
    int seen_visit = 0, seen_strike = 0;
    for (size_t i = 0; doc && i < doc->n_events; i++) {
        const pb_event *e = &doc->events[i];
        char d[16];
        pb_date_format(&e->date, d, sizeof d);
        if (strcmp(e->code->root, "04") == 0) {
            seen_visit = 1;
            CHECK_STR(d, "2013-05-06");
            CHECK_INT(e->mode, PB_MODE_INTENDED);
        } else if (strcmp(e->code->root, "19") == 0) {
            seen_strike = 1;
            CHECK_STR(d, "2013-05-03");
            CHECK_INT(e->mode, PB_MODE_ASSERTED);
        }
    }
    CHECK(seen_visit && seen_strike);
    pb_doc_free(doc);
    pb_article_free(a);
}

const pb_test_case time_tests[] = {
    {"absolute_dates", test_absolute_dates},
    {"months_without_a_year", test_months_without_a_year},
    {"relative_to_the_article", test_relative_to_the_article},
    {"weekdays_follow_the_tense", test_weekdays_follow_the_tense},
    {"chains_of_relative_expressions", test_chains_of_relative_expressions},
    {"span_bounds_date_no_act", test_span_bounds_date_no_act},
    {"reported_clauses_keep_their_dates",
     test_reported_clauses_keep_their_dates},
    {"undated_articles_give_no_date", test_undated_articles_give_no_date},
    {"vague_adverbs_give_no_date", test_vague_adverbs_give_no_date},
    {"precision_comparison", test_precision_comparison},
    {"event_dates_and_modes", test_event_dates_and_modes},
    {NULL, NULL},
};
