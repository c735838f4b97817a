/* places.c — the gazetteer (GeoNames cities15000, ISO 3166-1 and 3166-2
 * from the Debian packages) and the search for place names in locative
 * phrases of a sentence (see places.h). The cities file is read whole and
 * split in place; names are indexed lower-cased in one hash map.
 */
#include "places.h"
#include "strmap.h"
#include "syntax.h"
#include "text.h"
#include "timex.h"

#include <ctype.h>
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Degrees to radians (M_PI is not C11). */
#define PB_DEG_TO_RAD (3.14159265358979323846 / 180)
/* Largest gazetteer file read (cities15000 is about 5 MB). */
#define PB_GEO_MAX_FILE_BYTES (64L * 1024 * 1024)
/* Columns of a GeoNames line, and the ones read. */
#define GN_COLUMNS 19
enum { GN_ID, GN_NAME, GN_ASCII, GN_ALT, GN_LAT, GN_LON, GN_CC = 8,
       GN_ADMIN1 = 10, GN_POP = 14 };
/* Ranks of the ways a name can point at a place: a country's name wins;
 * then the own name of a sizeable city; then other names (alternate
 * spellings, small towns, divisions), each rank by population. */
enum { TIER_OTHER = 1, TIER_PRIMARY, TIER_COUNTRY };
/* Modifiers allowed between a locative word and the name ("in the
 * northern", "near the capital"). */
#define PB_PLACE_MAX_MODIFIERS 5
/* Words searched back for a verb or noun of motion before "to"/"from". */
#define PB_PLACE_MOTION_WINDOW 6

typedef struct place_name {
    const pb_place *place;
    int tier;
} place_name;

struct pb_gazetteer {
    char *cities_text;      /* the cities file, split in place (malloc'd) */
    pb_place *places;       /* malloc'd; never moves after loading */
    size_t n_places;
    pb_strmap by_name;      /* lower-cased name → place_name list */
    pb_strmap by_code;      /* alpha-3 → its country entry */
    pb_arena arena;         /* keys, ISO strings, place_name records */
    json_t *iso;            /* kept: ISO names are borrowed from it */
    json_t *iso2;
};

/* A city's name fields, kept while the index is built. */
typedef struct city_names {
    const char *ascii, *alternates;
} city_names;

static char *read_file(const char *path, pb_error *err)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        pb_set_error(err, PB_ERR_IO,
                     "cannot read %s (install the Debian package that "
                     "ships it: see tools/install-deps.sh)",
                     path);
        return NULL;
    }
    char *buf = NULL;
    long size = -1;
    if (fseek(fp, 0, SEEK_END) == 0 && (size = ftell(fp)) >= 0 &&
        size <= PB_GEO_MAX_FILE_BYTES && fseek(fp, 0, SEEK_SET) == 0 &&
        (buf = malloc((size_t)size + 1)) != NULL &&
        fread(buf, 1, (size_t)size, fp) == (size_t)size) {
        buf[size] = '\0';
    } else {
        free(buf);
        buf = NULL;
        pb_set_error(err, PB_ERR_IO, "cannot read %s", path);
    }
    fclose(fp);
    return buf;
}

/* Adds `name` (lower-cased) as a key for place p with the given tier,
 * once per place. */
static int add_name(pb_gazetteer *g, const char *name, const pb_place *p,
                    int tier)
{
    if (!name || !*name)
        return 0;
    char *key = pb_lower(&g->arena, name);
    if (!key)
        return -1;
    const void *const *have;
    size_t n = pb_strmap_get(&g->by_name, key, &have);
    for (size_t i = 0; i < n; i++) {
        place_name *pn = (place_name *)have[i];
        if (pn->place == p) {
            if (tier > pn->tier)
                pn->tier = tier;
            return 0;
        }
    }
    place_name *pn = pb_arena_alloc(&g->arena, sizeof *pn);
    if (!pn)
        return -1;
    pn->place = p;
    pn->tier = tier;
    return pb_strmap_add(&g->by_name, key, pn);
}

/* An alternate name worth indexing: Latin letters, capitalised, not an
 * abbreviation. */
static int plain_alternate(const char *s, size_t len)
{
    if (len < 4 || !isupper((unsigned char)s[0]))
        return 0;
    int lower = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || !(isalpha(c) || c == ' ' || c == '-' || c == '.' ||
                           c == '\''))
            return 0;
        lower |= islower(c) != 0;
    }
    return lower;
}

static int add_alternates(pb_gazetteer *g, const char *list, const pb_place *p)
{
    while (list && *list) {
        const char *end = strchr(list, ',');
        size_t len = end ? (size_t)(end - list) : strlen(list);
        if (plain_alternate(list, len)) {
            char *name = pb_arena_strndup(&g->arena, list, len);
            if (!name || add_name(g, name, p, TIER_OTHER) != 0)
                return -1;
        }
        list = end ? end + 1 : NULL;
    }
    return 0;
}

/* Splits the cities file into places (first n_cities entries). */
static size_t parse_cities(char *text, pb_place *places, city_names *names)
{
    size_t n = 0;
    for (char *line = text; line && *line;) {
        char *next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        char *col[GN_COLUMNS];
        int k = 0;
        for (char *p = line; k < GN_COLUMNS;) {
            col[k++] = p;
            p = strchr(p, '\t');
            if (!p)
                break;
            *p++ = '\0';
        }
        if (k == GN_COLUMNS && strlen(col[GN_CC]) == 2) {
            pb_place *pl = &places[n];
            memset(pl, 0, sizeof *pl);
            pl->name = col[GN_NAME];
            pl->admin1 = col[GN_ADMIN1];
            memcpy(pl->cc2, col[GN_CC], 3);
            pl->type = PB_PLACE_CITY;
            pl->has_coords = 1;
            pl->lat = strtod(col[GN_LAT], NULL);
            pl->lon = strtod(col[GN_LON], NULL);
            pl->population = strtol(col[GN_POP], NULL, 10);
            pl->geonameid = strtol(col[GN_ID], NULL, 10);
            names[n].ascii = col[GN_ASCII];
            names[n].alternates = col[GN_ALT];
            n++;
        }
        line = next;
    }
    return n;
}

static size_t count_lines(const char *text)
{
    size_t n = 1;
    for (; *text; text++)
        n += *text == '\n';
    return n;
}

static const char *json_str(json_t *o, const char *key)
{
    return json_string_value(json_object_get(o, key));
}

/* Countries from iso_3166-1; their lat/lon is the population-weighted
 * centroid of their cities (on the sphere, so it never falls off the
 * antimeridian). */
static size_t add_countries(pb_gazetteer *g, json_t *list, size_t first)
{
    size_t n = first, index;
    json_t *e;
    json_array_foreach(list, index, e) {
        const char *a2 = json_str(e, "alpha_2"), *a3 = json_str(e, "alpha_3");
        const char *name = json_str(e, "common_name");
        if (!name)
            name = json_str(e, "name");
        if (!a2 || !a3 || strlen(a2) != 2 || strlen(a3) != 3 || !name)
            continue;
        pb_place *p = &g->places[n++];
        memset(p, 0, sizeof *p);
        p->name = name;
        p->admin1 = "";
        memcpy(p->cc2, a2, 3);
        memcpy(p->country, a3, 4);
        p->type = PB_PLACE_COUNTRY;
        double x = 0, y = 0, z = 0;
        for (size_t i = 0; i < first; i++) {
            const pb_place *c = &g->places[i];
            if (strcmp(c->cc2, a2) != 0)
                continue;
            double w = (double)(c->population > 0 ? c->population : 1);
            double la = c->lat * PB_DEG_TO_RAD, lo = c->lon * PB_DEG_TO_RAD;
            x += w * cos(la) * cos(lo);
            y += w * cos(la) * sin(lo);
            z += w * sin(la);
            p->population += c->population;
            p->has_coords = 1;
        }
        if (p->has_coords) {
            p->lat = atan2(z, sqrt(x * x + y * y)) / PB_DEG_TO_RAD;
            p->lon = atan2(y, x) / PB_DEG_TO_RAD;
        }
    }
    return n;
}

/* Is name a bare point of the compass ("East", "Northern", "Far North")
 * or a body of water ("Red Sea", "Gulf")? Divisions so named (Cameroon's,
 * Ghana's, Sudan's, Papua New Guinea's) would claim "in the East and
 * South China Seas", "in the North African country", "a ship in the Red
 * Sea". */
static int generic_name(const char *name)
{
    size_t len = strlen(name);
    if (strcasecmp(name, "gulf") == 0 ||
        (len > 4 && strcasecmp(name + len - 4, " sea") == 0))
        return 1;
    static const char *const compass[] = {
        "north", "south", "east", "west", "northeast", "northwest",
        "southeast", "southwest", "north-east", "north-west", "south-east",
        "south-west", "northern", "southern", "eastern", "western",
        "central", "centre", "center", "far north", "far west", "far east",
        "north east", "north west", "south east", "south west", NULL};
    for (int i = 0; compass[i]; i++)
        if (strcasecmp(name, compass[i]) == 0)
            return 1;
    return 0;
}

static size_t add_divisions(pb_gazetteer *g, json_t *list, size_t first)
{
    size_t n = first, index;
    json_t *e;
    json_array_foreach(list, index, e) {
        const char *code = json_str(e, "code"), *name = json_str(e, "name");
        if (!code || !name || json_object_get(e, "parent") ||
            strlen(code) < 4 || code[2] != '-' || generic_name(name))
            continue;
        pb_place *p = &g->places[n++];
        memset(p, 0, sizeof *p);
        p->name = name;
        p->admin1 = code;
        memcpy(p->cc2, code, 2);
        p->cc2[2] = '\0';
        p->type = PB_PLACE_DIVISION;
    }
    return n;
}

/* The population a place competes with: divisions have none in the
 * files, so they stand as a large city (Florida the state over Florida,
 * Cuba; Washington the city over the state). */
static long rank_population(const pb_place *p)
{
    return p->type == PB_PLACE_DIVISION ? PB_PLACE_DIVISION_POPULATION
                                        : p->population;
}

static int better_name(const void *a, const void *b)
{
    const place_name *x = *(const place_name *const *)a;
    const place_name *y = *(const place_name *const *)b;
    if (x->tier != y->tier)
        return y->tier - x->tier;
    long px = rank_population(x->place), py = rank_population(y->place);
    return (py > px) - (py < px);
}

/* Fills every place's alpha-3 code from its alpha-2 and indexes names. */
static int index_places(pb_gazetteer *g, size_t n_cities,
                        const city_names *names)
{
    pb_strmap by_cc2 = PB_STRMAP_INIT;
    int rc = 0;
    for (size_t i = n_cities; i < g->n_places && rc == 0; i++)
        if (g->places[i].type == PB_PLACE_COUNTRY)
            rc = pb_strmap_add(&by_cc2, g->places[i].cc2, &g->places[i]) ||
                 pb_strmap_add(&g->by_code, g->places[i].country,
                               &g->places[i]);
    for (size_t i = 0; i < g->n_places && rc == 0; i++) {
        pb_place *p = &g->places[i];
        const void *const *c;
        if (!p->country[0] && pb_strmap_get(&by_cc2, p->cc2, &c))
            memcpy(p->country, ((const pb_place *)c[0])->country, 4);
        int tier = p->type == PB_PLACE_COUNTRY ? TIER_COUNTRY
                   : p->type == PB_PLACE_CITY &&
                           p->population >= PB_PLACE_PRIMARY_MIN_POPULATION
                       ? TIER_PRIMARY
                       : TIER_OTHER;
        rc = add_name(g, p->name, p, tier);
        if (rc == 0 && i < n_cities) {
            rc = add_name(g, names[i].ascii, p, tier);
            if (rc == 0 && p->population >= PB_PLACE_ALT_MIN_POPULATION)
                rc = add_alternates(g, names[i].alternates, p);
        }
    }
    pb_strmap_free(&by_cc2);
    return rc;
}

/* Adds the other ISO names of each country ("Syrian Arab Republic",
 * "Korea, Republic of" → "Korea"), at country rank. */
static int index_country_names(pb_gazetteer *g, json_t *list)
{
    size_t index;
    json_t *e;
    json_array_foreach(list, index, e) {
        const void *const *c;
        const char *a3 = json_str(e, "alpha_3");
        if (!a3 || !pb_strmap_get(&g->by_code, a3, &c))
            continue;
        const pb_place *p = c[0];
        static const char *const keys[] = {"name", "official_name", NULL};
        for (const char *const *k = keys; *k; k++) {
            const char *name = json_str(e, *k);
            if (!name)
                continue;
            if (add_name(g, name, p, TIER_COUNTRY) != 0)
                return -1;
            const char *comma = strchr(name, ',');
            char *shortname = comma ? pb_arena_strndup(&g->arena, name,
                                                       (size_t)(comma - name))
                                    : NULL;
            if (comma && (!shortname ||
                          add_name(g, shortname, p, TIER_COUNTRY) != 0))
                return -1;
        }
    }
    return 0;
}

static void geo_path(char *buf, size_t size, const char *dir,
                     const char *path)
{
    if (dir && *dir)
        snprintf(buf, size, "%s/%s", dir, strrchr(path, '/') + 1);
    else
        snprintf(buf, size, "%s", path);
}

int pb_gazetteer_load(pb_gazetteer **out, pb_error *err)
{
    *out = NULL;
    const char *dir = getenv("POLYBIUS_GEO");
    char path[PATH_MAX];
    pb_gazetteer *g = calloc(1, sizeof *g);
    if (!g) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return PB_ERR_NOMEM;
    }
    geo_path(path, sizeof path, dir, PB_GEONAMES_CITIES);
    if (!(g->cities_text = read_file(path, err)))
        goto fail;
    json_error_t je;
    geo_path(path, sizeof path, dir, PB_ISO_COUNTRIES);
    g->iso = json_load_file(path, 0, &je);
    json_t *countries = json_object_get(g->iso, "3166-1");
    geo_path(path, sizeof path, dir, PB_ISO_DIVISIONS);
    if (countries)
        g->iso2 = json_load_file(path, 0, &je);
    json_t *divisions = json_object_get(g->iso2, "3166-2");
    if (!json_is_array(countries) || !json_is_array(divisions)) {
        pb_set_error(err, PB_ERR_IO,
                     "cannot read %s (install the Debian package iso-codes)",
                     path);
        goto fail;
    }
    size_t max_cities = count_lines(g->cities_text);
    size_t cap = max_cities + json_array_size(countries) +
                 json_array_size(divisions);
    city_names *names = malloc(max_cities * sizeof *names);
    g->places = malloc(cap * sizeof *g->places);
    if (!names || !g->places) {
        free(names);
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        goto fail;
    }
    size_t n_cities = parse_cities(g->cities_text, g->places, names);
    g->n_places = add_countries(g, countries, n_cities);
    g->n_places = add_divisions(g, divisions, g->n_places);
    int rc = index_places(g, n_cities, names);
    free(names);
    if (rc != 0 || index_country_names(g, countries) != 0) {
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        goto fail;
    }
    pb_strmap_sort(&g->by_name, better_name);
    *out = g;
    return PB_OK;
fail:
    pb_gazetteer_free(g);
    return err ? err->code : PB_ERR_IO;
}

void pb_gazetteer_free(pb_gazetteer *g)
{
    if (!g)
        return;
    pb_strmap_free(&g->by_name);
    pb_strmap_free(&g->by_code);
    pb_arena_free(&g->arena);
    json_decref(g->iso);
    json_decref(g->iso2);
    free(g->places);
    free(g->cities_text);
    free(g);
}

size_t pb_gazetteer_size(const pb_gazetteer *g)
{
    return g->n_places;
}

size_t pb_gazetteer_find(const pb_gazetteer *g, const char *key,
                         const pb_place **out, size_t max)
{
    const void *const *values;
    size_t n = pb_strmap_get(&g->by_name, key, &values);
    if (n > max)
        n = max;
    for (size_t i = 0; i < n; i++)
        out[i] = ((const place_name *)values[i])->place;
    return n;
}

const pb_place *pb_gazetteer_country(const pb_gazetteer *g,
                                     const char *alpha3)
{
    const void *const *c;
    return pb_strmap_get(&g->by_code, alpha3, &c) ? c[0] : NULL;
}

const char *pb_gazetteer_country_name(const pb_gazetteer *g,
                                      const char *alpha3)
{
    const pb_place *p = pb_gazetteer_country(g, alpha3);
    return p ? p->name : NULL;
}

void pb_country_set_add(pb_country_set *set, const char *alpha3)
{
    if (strlen(alpha3) != 3 || pb_country_set_has(set, alpha3) ||
        set->n == PB_PLACE_MAX_DOC_COUNTRIES)
        return;
    memcpy(set->codes[set->n++], alpha3, 4);
}

int pb_country_set_has(const pb_country_set *set, const char *alpha3)
{
    for (size_t i = 0; i < set->n; i++)
        if (strcmp(set->codes[i], alpha3) == 0)
            return 1;
    return 0;
}

/* ---- place names in a sentence ------------------------------------------ */

static int in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

/* Words that make a locative phrase of the name they govern. */
static const char *const locatives[] = {
    "in",     "at",     "near",    "to",      "from",    "into",
    "inside", "outside", "across", "around",  "throughout", "toward",
    "towards", "via",   "through", "within",  "off",     "onto",
    "outskirts", NULL};

/* Verbs and nouns after which "to"/"from" name a place, not a party
 * (lemmas, and past forms the tagger may leave unlemmatised). */
static const char *const motion[] = {
    "went",   "came",    "flew",    "fled",    "withdrew", "sent",
    "brought", "drove",  "spread",  "expand",  "extend",   "spill",
    "go",     "come",    "travel",  "visit",   "trip",     "fly",
    "flight", "arrive",  "return",  "leave",   "head",     "move",
    "send",   "deploy",  "withdraw", "retreat", "flee",    "march",
    "drive",  "sail",    "journey", "mission", "delegation", "transfer",
    "deport", "expel",   "extradite", "evacuate", "launch", "fire",
    "smuggle", "escape", "cross",   "relocate", "bring",   "carry",
    "walk",   "dispatch", "airlift", "advance", "route",   "road",
    "migrate", "defect", "shell",   "rocket",  "missile", "bus",
    "tour",   "voyage",  "pilgrimage", "way", NULL};

/* Words allowed between the locative word and the name. */
static const char *const modifiers[] = {
    "the",      "northern", "southern", "eastern", "western", "central",
    "north",    "south",    "east",     "west",    "northeastern",
    "northwestern", "southeastern", "southwestern", "downtown",
    "neighboring", "neighbouring", "capital", "city", "town", "village",
    "port",     "province", "region",  "state",   ",", "of", "cities",
    "towns",    "villages", "provinces", "regions", "districts", "district",
    "areas",    "area",     NULL};

/* Words after a name that still end it ("Gaza City" is read as Gaza). */
static const char *const name_tails[] = {"city", "province", "governorate",
                                         "region", "district", NULL};

/* Lower-case words inside a longer proper name ("Mocimboa da Praia",
 * "Rio de Janeiro", "Dar es Salaam"). */
static const char *const name_particles[] = {"da", "de", "do", "dos", "das",
                                             "del", "di", "es", "al", "el",
                                             NULL};

static const char *lemma_of(const pb_sentence *s, const char *const *lower,
                            uint32_t i)
{
    return s->tokens[i].lemma ? s->tokens[i].lemma : lower[i];
}

/* A token that can be part of a name: capitalised, not an adjective,
 * verb, number or function word. */
static int proper_token(const pb_sentence *s, const char *const *lower,
                        uint32_t i)
{
    const pb_token *t = &s->tokens[i];
    unsigned char c = (unsigned char)t->form[0];
    if (!(isupper(c) || c >= 0xC0) || pb_calendar_word(lower[i]))
        return 0;
    static const char *const not_names[] = {"JJ", "JJR", "JJS", "VB", "VBD",
                                            "VBG", "VBN", "VBP", "VBZ",
                                            "PRP", "DT", "IN", "CD", "CC",
                                            "MD", NULL};
    return !in_list(t->xpos, not_names);
}

static int motion_before(const pb_sentence *s, const char *const *lower,
                         uint32_t k)
{
    for (uint32_t d = 1; d <= PB_PLACE_MOTION_WINDOW && d <= k; d++)
        if (in_list(lemma_of(s, lower, k - d), motion))
            return 1;
    return 0;
}

/* Does the locative word at token k (governing the name headed by `head`)
 * make a place of it? */
static int locative_at(const pb_sentence *s, const char *const *lower,
                       uint32_t k, uint32_t head)
{
    if (!in_list(lower[k], locatives))
        return 0;
    if (strcmp(lower[k], "to") != 0 && strcmp(lower[k], "from") != 0)
        return 1;
    int g = s->tokens[head].head;
    return (g > 0 && in_list(lemma_of(s, lower, (uint32_t)g - 1), motion)) ||
           motion_before(s, lower, k);
}

/* Nouns of a kind of place, before the name they introduce ("the city
 * of Kharkiv", "the Mexican state of Guerrero"). */
static const char *const place_nouns[] = {
    "city", "town", "village", "port", "province", "region", "district",
    "state", "capital", "area", "outskirts", "cities", "towns", "villages",
    "provinces", "regions", "districts", "areas", NULL};

/* Is verb v one that carries out an assault its object names ("carried
 * out air strikes on Hodeidah", "launched an attack on Kharkiv")? */
static int assault_carried_out(const pb_sentence *s, const char *const *lower,
                               uint32_t v, const char *const *assaults)
{
    static const char *const doing[] = {"carry", "launch", "conduct",
                                        "mount", "stage", NULL};
    if (!in_list(lemma_of(s, lower, v), doing))
        return 0;
    for (uint32_t k = v + 1; k < s->n_tokens; k++)
        if (s->tokens[k].head == (int)v + 1 &&
            strcmp(pb_deprel_name(s->tokens[k].deprel), "obj") == 0)
            return in_list(lemma_of(s, lower, k), assaults) ||
                   strcmp(lower[k], "strikes") == 0 ||
                   strcmp(lower[k], "airstrikes") == 0 ||
                   strcmp(lower[k], "attacks") == 0 ||
                   strcmp(lower[k], "raids") == 0;
    return 0;
}

/* Is the name headed by `head` the place a verb of assault or a visit
 * is done to ("shelled Kharkiv", "struck the town of Rafah", "visited
 * Shanghai"), the name of a site so done to ("raided the Jenin camp"),
 * or what an assault is made "on" or "against" ("an air strike on
 * Rafah")? A place attacked or visited is where the act happens (but
 * "the storm hit Texas" names no place). */
static int assaulted_place(const pb_sentence *s, const char *const *lower,
                           uint32_t head)
{
    static const char *const assaults[] = {
        "visit", "tour", "shell", "bomb", "bombard", "strike", "attack",
        "raid", "storm", "capture", "seize", "besiege", "pound", "target",
        "overrun", "invade", "occupy", "rocket", "airstrike", "take",
        "retake", "recapture", "advance", NULL};
    static const char *const parts[] = {"part", "parts", "outskirts",
                                        "suburb", "suburbs", "centre",
                                        "center", NULL};
    uint32_t h = head;
    const pb_token *t = &s->tokens[h];
    if ((strncmp(pb_deprel_name(t->deprel), "nmod", 4) == 0 ||
         strcmp(pb_deprel_name(t->deprel), "appos") == 0) &&
        t->head > 0 && in_list(lower[t->head - 1], place_nouns))
        t = &s->tokens[h = (uint32_t)t->head - 1]; /* "the city of Kharkiv",
                                                      "second city Aleppo" */
    if (strncmp(pb_deprel_name(t->deprel), "nmod", 4) == 0 && t->head > 0 &&
        in_list(lower[t->head - 1], parts))
        t = &s->tokens[h = (uint32_t)t->head - 1]; /* "a government-held
                                                      part of …" */
    else if (strcmp(pb_deprel_name(t->deprel), "compound") == 0 &&
             t->head > 0 && s->tokens[t->head - 1].upos == PB_UPOS_NOUN)
        t = &s->tokens[h = (uint32_t)t->head - 1]; /* "raided the Jenin
                                                      camp", "shelled the
                                                      Kharkiv power plant" */
    if (t->head <= 0 ||
        !(in_list(lemma_of(s, lower, (uint32_t)t->head - 1), assaults) ||
          assault_carried_out(s, lower, (uint32_t)t->head - 1, assaults)))
        return 0;
    if (strcmp(pb_deprel_name(t->deprel), "obj") == 0)
        return 1;
    /* "an air strike on Rafah", "attacks against Odesa" */
    for (uint32_t c = 0; c < h; c++)
        if (s->tokens[c].head == (int)h + 1 &&
            strcmp(pb_deprel_name(s->tokens[c].deprel), "case") == 0 &&
            (strcmp(lower[c], "on") == 0 || strcmp(lower[c], "against") == 0))
            return 1;
    return 0;
}

static int is_locative(const pb_sentence *s, const char *const *lower,
                       uint32_t first, uint32_t head)
{
    if (assaulted_place(s, lower, head))
        return 1;
    for (uint32_t c = 0; c < s->n_tokens; c++)
        if (s->tokens[c].head == (int)head + 1 &&
            strncmp(pb_deprel_name(s->tokens[c].deprel), "case", 4) == 0 &&
            locative_at(s, lower, c, head))
            return 1;
    uint32_t k = first;
    for (int skip = 0; skip <= PB_PLACE_MAX_MODIFIERS && k > 0; skip++) {
        if (locative_at(s, lower, k - 1, head))
            return 1;
        if (k >= 3 && strcmp(lower[k - 1], "'s") == 0 &&
            s->tokens[k - 2].upos == PB_UPOS_PROPN) {
            k -= 2; /* "in Nigeria's Plateau state" */
            continue;
        }
        /* "in the Mexican state of Guerrero": a demonym the tagger
         * calls a name, before the kind of place */
        int demonym = s->tokens[k - 1].upos == PB_UPOS_PROPN &&
                      k < s->n_tokens && in_list(lower[k], place_nouns);
        if (!in_list(lower[k - 1], modifiers) && !demonym &&
            strncmp(s->tokens[k - 1].xpos, "JJ", 2) != 0)
            return 0;
        k--;
    }
    return 0;
}

/* The best candidate: one in a country the document names as an actor
 * (elsewhere than in this name) unless the first candidate is far larger;
 * else the actor tables' reading of the name itself ("Tripoli" as Libya);
 * else the first. */
static const pb_place *choose(const pb_place **c, size_t n,
                              const char *actor_country,
                              const pb_country_set *mentioned)
{
    if (n == 0)
        return NULL;
    if (pb_country_set_has(mentioned, c[0]->country))
        return c[0];
    for (size_t k = 1; k < n; k++) {
        if (!pb_country_set_has(mentioned, c[k]->country))
            continue;
        long pop = rank_population(c[k]) > 0 ? rank_population(c[k]) : 1;
        if (rank_population(c[0]) <= PB_PLACE_DOMINANCE * pop)
            return c[k];
        break;
    }
    for (size_t k = 0; actor_country && k < n; k++)
        if (strcmp(c[k]->country, actor_country) == 0)
            return c[k];
    return c[0];
}

/* The countries named before this sentence and by this sentence's actors
 * other than mention `skip` (the name itself). */
static void context_countries(const pb_lexicon *lex,
                              const pb_country_set *before,
                              const pb_mention *mentions, size_t n_mentions,
                              int skip, pb_country_set *out)
{
    *out = *before;
    for (size_t k = 0; k < n_mentions; k++) {
        char code[4];
        if ((int)k == skip || strlen(mentions[k].code) < 3)
            continue;
        memcpy(code, mentions[k].code, 3);
        code[3] = '\0';
        if (pb_lexicon_is_country(lex, code))
            pb_country_set_add(out, code);
    }
}

static uint32_t span_head(const pb_sentence *s, uint32_t first, uint32_t last)
{
    for (uint32_t i = first; i <= last; i++) {
        int h = s->tokens[i].head;
        if (h <= 0 || (uint32_t)(h - 1) < first || (uint32_t)(h - 1) > last)
            return i;
    }
    return last;
}

/* The state code of the actor mention spanning exactly [first, last]. */
static const char *actor_country(const pb_lexicon *lex,
                                 const pb_mention *mentions,
                                 const int *mention_at, uint32_t first,
                                 uint32_t last)
{
    int k = mention_at[first];
    if (k < 0 || mention_at[last] != k)
        return NULL;
    const char *code = mentions[k].code;
    return strlen(code) == 3 && pb_lexicon_is_country(lex, code) ? code
                                                                 : NULL;
}

/* Is the name at [first, last] an actor mention of a state's organ
 * ("the White House", USAGOV) that the place found lies outside of
 * (Casablanca, "Dar al-Beida")? Then it names the organ, not the place. */
static int organ_elsewhere(const pb_lexicon *lex, const pb_mention *mentions,
                           const int *mention_at, uint32_t first,
                           uint32_t last, const pb_place *place)
{
    int k = mention_at[first];
    if (k < 0 || mention_at[last] != k)
        return 0;
    const char *code = mentions[k].code;
    char state[4];
    if (!code || strlen(code) <= 3)
        return 0;
    snprintf(state, sizeof state, "%.3s", code);
    return pb_lexicon_is_country(lex, state) &&
           strcmp(state, place->country) != 0;
}

/* Is the name at [first, last] an acronym that is an actor mention of
 * another state or of no state ("UN", IGOUNO, is not the Indian town of
 * Un)? Then it names the actor, not the place. */
static int acronym_of_actor(const pb_sentence *s, const pb_mention *mentions,
                            const int *mention_at, uint32_t first,
                            uint32_t last, const pb_place *place)
{
    int k = mention_at[first];
    if (k < 0 || mention_at[last] != k || first != last)
        return 0;
    return pb_acronym(s->tokens[first].form) &&
           strncmp(mentions[k].code, place->country, 3) != 0;
}

/* Does a name at [first, last] stand alone (not inside a longer proper
 * name, not a possessive)? */
static int name_ends(const pb_sentence *s, const char *const *lower,
                     uint32_t first, uint32_t last)
{
    uint32_t n = s->n_tokens;
    if (last + 1 < n && (strcmp(lower[last + 1], "'s") == 0 ||
                         strcmp(lower[last + 1], "'") == 0))
        return 0;
    if (last + 1 < n && proper_token(s, lower, last + 1) &&
        !in_list(lower[last + 1], name_tails))
        return 0;
    if (first >= 2 && in_list(lower[first - 1], name_particles) &&
        proper_token(s, lower, first - 2))
        return 0; /* "Praia" of "Mocimboa da Praia" */
    return first == 0 || !proper_token(s, lower, first - 1);
}

/* Candidates for the lower-cased name key (of length len, in a buffer
 * with room for one more byte): the name itself, else the other common
 * romanisation of a final Arabic "a" ("Hodeidah" for GeoNames'
 * "Hodeida", "Falluja" for "Fallujah"). */
static size_t find_spelling(const pb_gazetteer *g, char *key, size_t len,
                            const pb_place **cands)
{
    size_t nc = pb_gazetteer_find(g, key, cands, PB_PLACE_MAX_CANDIDATES);
    if (nc || len < 4)
        return nc;
    if (key[len - 2] == 'a' && key[len - 1] == 'h') {
        key[len - 1] = '\0';
        nc = pb_gazetteer_find(g, key, cands, PB_PLACE_MAX_CANDIDATES);
        key[len - 1] = 'h';
    } else if (key[len - 1] == 'a') {
        key[len] = 'h';
        key[len + 1] = '\0';
        nc = pb_gazetteer_find(g, key, cands, PB_PLACE_MAX_CANDIDATES);
        key[len] = '\0';
    }
    return nc;
}

size_t pb_places_sentence(const pb_gazetteer *g, const pb_lexicon *lex,
                          const pb_sentence *s, const char *const *lower,
                          const pb_mention *mentions, size_t n_mentions,
                          const int *mention_at,
                          const pb_country_set *mentioned,
                          pb_place_mention *out)
{
    size_t count = 0;
    uint32_t n = s->n_tokens;
    char key[PB_PLACE_MAX_WORDS * (PB_MAX_TOKEN_BYTES + 1) + 1]; /* (+1: find_spelling) */
    for (uint32_t i = 0; i < n && count < PB_PLACE_MAX_PER_SENTENCE; i++) {
        if (!proper_token(s, lower, i))
            continue;
        uint32_t longest = n - i < PB_PLACE_MAX_WORDS ? n - i
                                                       : PB_PLACE_MAX_WORDS;
        for (uint32_t len = longest; len >= 1; len--) {
            uint32_t last = i + len - 1;
            if (!proper_token(s, lower, last))
                continue;
            size_t kl = 0;
            for (uint32_t k = i; k <= last; k++) {
                size_t wl = strlen(lower[k]);
                if (wl > PB_MAX_TOKEN_BYTES)
                    wl = PB_MAX_TOKEN_BYTES;
                if (k > i)
                    key[kl++] = ' ';
                memcpy(key + kl, lower[k], wl);
                kl += wl;
            }
            key[kl] = '\0';
            const pb_place *cands[PB_PLACE_MAX_CANDIDATES];
            size_t nc = find_spelling(g, key, kl, cands);
            const char *actor = actor_country(lex, mentions, mention_at, i,
                                              last);
            static const char *const settlements[] = {"city", "town",
                                                      "village", "capital",
                                                      "port", NULL};
            if (len == 1 && actor && last + 1 < n &&
                in_list(lower[last + 1], settlements))
                continue; /* "the Somali city of Beledweyne": a state's
                             adjective, not Ethiopia's Somali Region */
            pb_country_set context;
            context_countries(lex, mentioned, mentions, n_mentions,
                              mention_at[i], &context);
            const pb_place *place = choose(cands, nc, actor, &context);
            if (!place && actor)
                place = pb_gazetteer_country(g, actor);
            if (!place || organ_elsewhere(lex, mentions, mention_at, i, last,
                                          place) ||
                acronym_of_actor(s, mentions, mention_at, i, last, place))
                continue;
            uint32_t head = span_head(s, i, last);
            if (name_ends(s, lower, i, last) &&
                is_locative(s, lower, i, head)) {
                pb_place_mention *m = &out[count++];
                m->first = i;
                m->last = last;
                m->head = head;
                m->place = place;
            }
            i = last;
            break;
        }
    }
    return count;
}
