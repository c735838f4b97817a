/* test_places.c — the place stage (places.c): the gazetteer loads from
 * the Debian package files, names in locative phrases become places,
 * metonyms stay actors, homonyms follow the countries the document names,
 * and places reach the JSON, TSV and GDELT outputs. Sentences written
 * for here.
 */
#include "test.h"
#include "polybius.h"
#include "../src/internal.h"
#include "../src/places.h"

#include <stdio.h>
#include <string.h>

static pb_doc *code(const char *text)
{
    pb_error err;
    pb_article *a = pb_article_from_body(text, strlen(text), &err);
    pb_article_set_date(a, "2013-05-05", &err);
    pb_article_set_id(a, "t", &err);
    pb_doc *doc = pb_doc_process(pb_test_context(), a, PB_STAGE_EVENTS, &err);
    pb_article_free(a);
    return doc;
}

/* "NAME/CCC" of the location of every event, space-separated; "-" for
 * an event without one. */
static const char *locations(const char *text)
{
    static char out[1024];
    out[0] = '\0';
    if (!CHECK(pb_test_context() != NULL))
        return out;
    pb_doc *doc = code(text);
    size_t n = 0;
    for (size_t i = 0; doc && i < doc->n_events; i++) {
        const pb_place *p = doc->events[i].location;
        n += (size_t)snprintf(out + n, sizeof out - n, "%s%s%s%s",
                              i ? " " : "", p ? p->name : "-", p ? "/" : "",
                              p ? p->country : "");
    }
    pb_doc_free(doc);
    return out;
}

static void test_gazetteer_loads_and_ranks(void)
{
    pb_context *ctx = pb_test_context();
    if (!CHECK(ctx != NULL))
        return;
    const pb_gazetteer *g = ctx->gazetteer;
    CHECK(pb_gazetteer_size(g) > 20000);
    const pb_place *c[PB_PLACE_MAX_CANDIDATES];
    size_t n = pb_gazetteer_find(g, "damascus", c, PB_PLACE_MAX_CANDIDATES);
    CHECK(n >= 2);
    if (n) {
        CHECK_STR(c[0]->country, "SYR"); /* over Damascus, Maryland */
        CHECK(c[0]->lat > 33 && c[0]->lat < 34);
    }
    n = pb_gazetteer_find(g, "syria", c, PB_PLACE_MAX_CANDIDATES);
    if (CHECK(n >= 1))
        CHECK_INT(c[0]->type, PB_PLACE_COUNTRY);
    n = pb_gazetteer_find(g, "florida", c, PB_PLACE_MAX_CANDIDATES);
    if (CHECK(n >= 1))
        CHECK_INT(c[0]->type, PB_PLACE_DIVISION); /* over Florida, Cuba */
    CHECK_STR(pb_gazetteer_country_name(g, "CHN"), "China");
}

static void test_locative_phrases(void)
{
    CHECK_STR(locations("On Friday Israeli warplanes struck a weapons depot "
                        "near Damascus."),
              "Damascus/SYR");
    /* the visit and China's hosting of it */
    CHECK_STR(locations("The Israeli defense minister traveled to China."),
              "China/CHN China/CHN");
    CHECK_STR(locations("Israel struck targets in Syria."), "Syria/SYR");
    CHECK_STR(locations("Kochavi met officials of the State Security "
                        "Ministry in Beijing."),
              "Beijing/CHN");
    /* where someone came from is the place of the coming, not of the
     * arrest; nor does it give the police its state */
    CHECK_STR(locations("Cambodian police arrested an activist as he "
                        "returned from France on Tuesday."),
              "-");
    CHECK_STR(pb_test_code("Police arrested an activist as he returned from "
                           "France on Tuesday.",
                           NULL),
              "");
    CHECK_STR(locations("Israeli troops withdrew from Gaza."), "Gaza/PSE");
}

static void test_metonyms_are_actors_not_places(void)
{
    CHECK_STR(locations("Beijing accused Israel of breaking its "
                        "commitments."),
              "-");
    CHECK_STR(locations("Israeli diplomats have urged Beijing to act."), "-");
    /* "to" names a place only after a verb of motion */
    CHECK_STR(locations("Israel sold a radar system to China."), "-");
    /* a state's adjective before "city" is no place of its own (Ethiopia
     * has a Somali Region); the city named after it is */
    CHECK_STR(locations("Somali troops attacked al-Shabab militants in the "
                        "Somali city of Beledweyne."),
              "Beledweyne/SOM");
    CHECK_STR(locations("Gunmen killed a candidate in the northern Mexican "
                        "state of Guerrero."),
              "Guerrero/MEX");
    CHECK_STR(locations("Somali troops attacked al-Shabab militants in "
                        "Mogadishu."),
              "Mogadishu/SOM");
}

static void test_homonyms_follow_the_document(void)
{
    pb_context *ctx = pb_test_context();
    if (!CHECK(ctx != NULL))
        return;
    static const char *const texts[][2] = {
        {"Lebanese officials met. Syria accused Israel of an attack in "
         "Tripoli.",
         "LBN"},
        {"Syria accused Israel of an attack in Tripoli.", "LBY"},
        /* a far larger namesake wins over a mentioned country */
        {"Canada and the United States met. Iran accused Israel of an "
         "attack in Paris.",
         "FRA"},
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        pb_doc *doc = code(texts[i][0]);
        /* the last event: the attack sentence's (the first sentence may
         * code a meeting of its own) */
        const pb_place *p =
            doc && doc->n_events ? doc->events[doc->n_events - 1].location
                                 : NULL;
        if (CHECK(p != NULL))
            CHECK_STR(p->country, texts[i][1]);
        pb_doc_free(doc);
    }
}

static int collect(void *user, const char *data, size_t len)
{
    pb_buf *b = user;
    pb_buf_append(b, data, len);
    return 0;
}

static void test_outputs_carry_the_place(void)
{
    if (!CHECK(pb_test_context() != NULL))
        return;
    pb_doc *doc = code("In the 1990s Israeli warplanes struck a depot near "
                       "Damascus.");
    pb_buf b = PB_BUF_INIT;
    pb_error err;
    CHECK_INT(pb_doc_write(doc, PB_FORMAT_JSON, collect, &b, &err), PB_OK);
    CHECK(b.data && strstr(b.data, "\"date\":\"1990\",\"date_precision\":"
                                   "\"decade\"") != NULL);
    CHECK(b.data && strstr(b.data, "\"mode\":\"asserted\",\"location\":{"
                                   "\"name\":\"Damascus\",\"country\":\"SYR\","
                                   "\"lat\":33.51,\"lon\":36.29}") != NULL);
    pb_buf_reset(&b);
    CHECK_INT(pb_doc_write(doc, PB_FORMAT_GDELT, collect, &b, &err), PB_OK);
    int tabs = 0;
    for (const char *p = b.data ? b.data : ""; *p && *p != '\n'; p++)
        tabs += *p == '\t';
    CHECK_INT(tabs, 60); /* 61 columns */
    CHECK(b.data && strstr(b.data, "\t4\tDamascus, Syria\tSY\tSY13\t\t"
                                   "33.5102\t36.2913\t170654\t") != NULL);
    tabs = 0;
    for (const char *p = pb_gdelt_header(); *p; p++)
        tabs += *p == '\t';
    CHECK_INT(tabs, 60);
    pb_buf_free(&b);
    pb_doc_free(doc);
}

const pb_test_case places_tests[] = {
    {"gazetteer_loads_and_ranks", test_gazetteer_loads_and_ranks},
    {"locative_phrases", test_locative_phrases},
    {"metonyms_are_actors_not_places", test_metonyms_are_actors_not_places},
    {"homonyms_follow_the_document", test_homonyms_follow_the_document},
    {"outputs_carry_the_place", test_outputs_carry_the_place},
    {NULL, NULL},
};
