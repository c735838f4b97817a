/* places.h — the place stage: a gazetteer of GeoNames cities (cities15000,
 * from Debian's libtimezonemap-data), ISO 3166-1 countries and ISO 3166-2
 * first-level divisions (Debian's iso-codes), read at load time from the
 * package files, and the search for place names in locative phrases ("in
 * Beijing", "near Damascus"). Loaded once into the context; immutable.
 */
#ifndef PB_PLACES_H
#define PB_PLACES_H

#include "internal.h"
#include "actors.h"
#include "lexicon.h"

/* Where the package files live (override the folder with POLYBIUS_GEO). */
#define PB_GEONAMES_CITIES "/usr/share/libtimezonemap/ui/cities15000.txt"
#define PB_ISO_COUNTRIES "/usr/share/iso-codes/json/iso_3166-1.json"
#define PB_ISO_DIVISIONS "/usr/share/iso-codes/json/iso_3166-2.json"

/* Longest place name, in tokens ("Rio de Janeiro"). */
#define PB_PLACE_MAX_WORDS 4
/* Most place mentions kept per sentence. */
#define PB_PLACE_MAX_PER_SENTENCE 16
/* A city name's alternate spellings are indexed only for cities at least
 * this large ("Kiev", "New York"), to keep rare homonyms out. */
#define PB_PLACE_ALT_MIN_POPULATION 100000
/* A candidate in a country the document mentions wins over the most
 * populous candidate unless that one is this many times larger (Paris,
 * France over Paris, Texas in an article about the United States). */
#define PB_PLACE_DOMINANCE 20
/* A city's own name outranks other places' alternate names ("London"
 * over "City of London", "New Delhi" over Delhi) from this size on. */
#define PB_PLACE_PRIMARY_MIN_POPULATION 100000
/* The population a first-level division competes with against cities of
 * the same name (the files give divisions none). */
#define PB_PLACE_DIVISION_POPULATION 500000

enum pb_place_type {
    PB_PLACE_COUNTRY = 1,
    PB_PLACE_DIVISION, /* ISO 3166-2 first-level division */
    PB_PLACE_CITY,
};

typedef struct pb_place {
    const char *name;      /* GeoNames or ISO name (gazetteer-owned) */
    const char *admin1;    /* GeoNames admin1 code, ISO 3166-2 code, or "" */
    char country[4];       /* ISO 3166-1 alpha-3, "" when not in ISO */
    char cc2[3];           /* ISO 3166-1 alpha-2 */
    uint8_t type;          /* enum pb_place_type */
    uint8_t has_coords;    /* lat/lon known (countries: city centroid) */
    double lat, lon;
    long population;       /* cities; countries: sum of their cities */
    long geonameid;        /* cities; 0 otherwise */
} pb_place;

typedef struct pb_gazetteer pb_gazetteer;

/* Loads the gazetteer from the three package files (paths above; the
 * POLYBIUS_GEO environment variable, when set, names one folder holding
 * all three). Returns PB_OK or an error code with err filled. */
int pb_gazetteer_load(pb_gazetteer **out, pb_error *err);
void pb_gazetteer_free(pb_gazetteer *g);
size_t pb_gazetteer_size(const pb_gazetteer *g);

/* Most candidates considered for one name. */
#define PB_PLACE_MAX_CANDIDATES 32

/* Candidates for a lower-cased name, best first (countries, then cities
 * and divisions by population), copied into out[0..max). Returns the
 * count. */
size_t pb_gazetteer_find(const pb_gazetteer *g, const char *key,
                         const pb_place **out, size_t max);
/* The country entry for an alpha-3 code, or NULL. */
const pb_place *pb_gazetteer_country(const pb_gazetteer *g,
                                     const char *alpha3);
/* The country's name ("China") for an alpha-3 code, or NULL. */
const char *pb_gazetteer_country_name(const pb_gazetteer *g,
                                      const char *alpha3);

/* Countries mentioned so far in a document, to break ties. */
#define PB_PLACE_MAX_DOC_COUNTRIES 64
typedef struct pb_country_set {
    char codes[PB_PLACE_MAX_DOC_COUNTRIES][4];
    size_t n;
} pb_country_set;

void pb_country_set_add(pb_country_set *set, const char *alpha3);
int pb_country_set_has(const pb_country_set *set, const char *alpha3);

/* A place named in a sentence. */
typedef struct pb_place_mention {
    uint32_t first, last; /* token span */
    uint32_t head;        /* the span's head token */
    const pb_place *place;
} pb_place_mention;

/* Finds the place names of a sentence that stand in a locative phrase:
 * the name's head has a case marker in/at/near/to/from/… (to and from
 * only with a verb or noun of motion), or such a word precedes it. A name
 * the gazetteer lacks but the actor tables read as a state ("in Russia")
 * is that country. `mentions` are the sentence's actors and `mention_at`
 * maps tokens to them (-1 none); `mentioned` holds the states named as
 * actors in earlier sentences. Fills out[0..PB_PLACE_MAX_PER_SENTENCE);
 * returns the count. */
size_t pb_places_sentence(const pb_gazetteer *g, const pb_lexicon *lex,
                          const pb_sentence *s, const char *const *lower,
                          const pb_mention *mentions, size_t n_mentions,
                          const int *mention_at,
                          const pb_country_set *mentioned,
                          pb_place_mention *out);

#endif
