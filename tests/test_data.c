/* test_data.c — the default knowledge base under data/: every file loads
 * through pb_context_new, the tables have the sizes we expect, every CAMEO
 * code has a verb pattern, modal codes inherit, and a malformed line in
 * each kind of file (cameo.tsv, plover.tsv, modality.tsv, aims.tsv,
 * actors, agents, verbs) stops loading with a "FILE:LINE:" message. Bad data directories are written to a mkdtemp
 * directory and removed afterwards. A few plain sentences check that
 * phrases and actors added to the data are coded as the data says.
 */
#include "test.h"
#include "polybius.h"
#include "../src/internal.h"
#include "../src/codebook.h"
#include "../src/lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_CODES 400

/* The codes of cameo.tsv (first field of each non-comment line). */
static int read_codes(const char *path, char codes[][8], int max)
{
    FILE *fp = fopen(path, "r");
    int n = 0;
    char line[1024];
    while (fp && fgets(line, sizeof line, fp) && n < max) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        size_t k = strcspn(line, "\t\n");
        if (k == 0 || k >= 8 || strncmp(line, "code", 4) == 0)
            continue;
        memcpy(codes[n], line, k);
        codes[n++][k] = '\0';
    }
    if (fp)
        fclose(fp);
    return n;
}

static void test_default_data_loads(void)
{
    pb_error err;
    pb_context *ctx = pb_context_new("data", &err);
    if (!CHECK(ctx != NULL)) {
        fprintf(stderr, "  %s\n", err.message);
        return;
    }
    CHECK(pb_codebook_count(ctx->codebook) >= 300);
    CHECK(pb_lexicon_pattern_count(ctx->lexicon) >= 5000);
    CHECK(pb_lexicon_phrase_count(ctx->lexicon) >= 3000);
    /* Roots have categories, a subcode inherits, 01 has none. */
    CHECK_STR(pb_codebook_find(ctx->codebook, "0874")->plover, "RETREAT");
    CHECK_STR(pb_codebook_find(ctx->codebook, "1823")->plover, "ASSAULT");
    CHECK_STR(pb_codebook_find(ctx->codebook, "057")->plover, "SUPPORT");
    CHECK(pb_codebook_find(ctx->codebook, "010")->plover == NULL);
    /* Modal codes: listed, inherited (0871 → 087), none ("threaten to
     * meet"), and none for the modal roots themselves. */
    const pb_codebook *cb = ctx->codebook;
    CHECK_STR(pb_codebook_find(cb, "084")->modal[PB_MODAL_APPEAL]->code,
              "0253");
    CHECK_STR(pb_codebook_find(cb, "0871")->modal[PB_MODAL_INTEND]->code,
              "0356");
    CHECK_STR(pb_codebook_find(cb, "195")->modal[PB_MODAL_THREATEN]->code,
              "1384");
    CHECK_STR(pb_codebook_find(cb, "195")->modal[PB_MODAL_INTEND]->code,
              "1384");
    CHECK(pb_codebook_find(cb, "042")->modal[PB_MODAL_THREATEN] == NULL);
    CHECK(pb_codebook_find(cb, "111")->modal[PB_MODAL_INTEND] == NULL);
    pb_context_free(ctx);
}

/* Every code below the roots has a pattern in verbs.txt (the loader has
 * already checked that every code of verbs.txt is in the codebook). */
static void test_every_code_has_a_pattern(void)
{
    static char codes[MAX_CODES][8], covered[MAX_CODES];
    int n = read_codes("data/cameo.tsv", codes, MAX_CODES);
    CHECK(n >= 300);
    memset(covered, 0, sizeof covered);
    FILE *fp = fopen("data/verbs.txt", "r");
    if (!CHECK(fp != NULL))
        return;
    static char line[65536];
    while (fgets(line, sizeof line, fp)) {
        size_t k = strcspn(line, "\t\n");
        if (line[0] == '#' || line[k] != '\t')
            continue;
        for (int i = 0; i < n; i++)
            if (strlen(codes[i]) == k && strncmp(codes[i], line, k) == 0)
                covered[i] = 1;
    }
    fclose(fp);
    int missing = 0;
    for (int i = 0; i < n; i++)
        if (strlen(codes[i]) > 2 && !covered[i]) {
            fprintf(stderr, "  no pattern for CAMEO %s\n", codes[i]);
            missing++;
        }
    CHECK_INT(missing, 0);
}

/* ---- phrases of the data, coded ------------------------------------------- */

/* Sub-codes of accusations, a cancelled visit (CAMEO 161, the codebook's
 * own example), borders opened (081), and an IGO and a dated group. */
static void test_data_phrases_are_coded(void)
{
    CHECK_STR(pb_test_code("Kenya accused Uganda of embezzlement.", NULL),
              "KEN>UGA:1121");
    CHECK_STR(
        pb_test_code("Russia accused Ukraine of collusion with NATO.", NULL),
        "RUS>UKR:1125");
    CHECK_STR(pb_test_code("A French minister cancelled a planned visit to "
                           "Haiti.",
                           NULL),
              "FRAGOV>HTI:161");
    CHECK_STR(pb_test_code("Benin opened its borders to Ghana.", NULL),
              "BEN>GHA:081");
    CHECK_STR(pb_test_code("The Warsaw Pact criticized NATO.", NULL),
              "IGOEEU>IGOWSTNAT:111");
    CHECK_STR(pb_test_code("Israel mounted an invasion of Lebanon.", NULL),
              "ISR>LBN:192");
    /* A trade war is a sanction, not a war (163, not 190); raised
     * sanctions, a phone conversation, a partnership forged, downing a
     * plane, and a gas cut-off. */
    CHECK_STR(pb_test_code("The United States is waging a trade war with "
                         "China.", NULL),
              "USA>CHN:163");
    CHECK_STR(pb_test_code("The Security Council ramped up sanctions on "
                         "North Korea.", NULL),
              "IGOUNO>PRK:163");
    CHECK_STR(
        pb_test_code("Germany had a phone conversation with France.", NULL),
        "DEU>FRA:041");
    CHECK_STR(pb_test_code("Japan forged a strategic partnership with "
                           "India.",
                           NULL),
              "JPN>IND:050");
    CHECK_STR(pb_test_code("Syria downed an Israeli jet.", NULL),
              "SYR>ISR:193");
    CHECK_STR(pb_test_code("Russia halted gas deliveries to Poland.", NULL),
              "RUS>POL:163");
    /* signing a letter is a statement, not a formal agreement (057) */
    CHECK_STR(pb_test_code("French officials signed a letter about Russia.",
                           NULL),
              "FRAGOV>RUS:010");
}

/* ---- malformed lines ------------------------------------------------------ */

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "w");
    if (fp) {
        fputs(text, fp);
        fclose(fp);
    }
}

static void remove_file(const char *dir, const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    unlink(path);
}

static const char good_cameo[] =
    "# codebook\n"
    "01\tMake public statement\t0\t1\n"
    "010\tMake statement\t0\t1\n"
    "03\tExpress intent to cooperate\t4\t1\n"
    "036\tExpress intent to meet or negotiate\t4\t1\n"
    "04\tConsult\t1\t1\n"
    "040\tConsult\t1\t1\n";
static const char good_plover[] = "04\tCONSULT\n";
static const char good_modality[] = "04\t-\t036\t-\t-\t-\n";
static const char good_aims[] = "1\tresign; resignation\n";
static const char good_countries[] = "ISR\tIsrael\nCHN\tChina\n";
static const char good_agents[] = "GOV\tgovernment\n";
static const char good_verbs[] = "010\tsay\n040\tmeet; ~meeting\n";

/* Writes a data dir whose files are all good except `bad_name`, which gets
 * `bad_text`; loads it and checks the message names `want` (FILE:LINE:). */
static void check_rejected(const char *bad_name, const char *bad_text,
                           const char *want)
{
    char dir[] = "/tmp/pb-test-data-XXXXXX";
    if (!CHECK(mkdtemp(dir) != NULL))
        return;
    char actors[600];
    snprintf(actors, sizeof actors, "%s/actors", dir);
    CHECK(mkdir(actors, 0700) == 0);
    struct {
        const char *name, *text;
    } files[] = {
        {"cameo.tsv", good_cameo},
        {"plover.tsv", good_plover},
        {"modality.tsv", good_modality},
        {"aims.tsv", good_aims},
        {"actors/countries.txt", good_countries},
        {"agents.txt", good_agents},
        {"verbs.txt", good_verbs},
    };
    for (size_t i = 0; i < sizeof files / sizeof *files; i++)
        write_file(dir, files[i].name,
                   strcmp(files[i].name, bad_name) == 0 ? bad_text
                                                        : files[i].text);
    pb_error err;
    pb_context *ctx = pb_context_new(dir, &err);
    CHECK(ctx == NULL);
    char expect[700];
    snprintf(expect, sizeof expect, "%s/%s", dir, want);
    if (!CHECK(ctx == NULL && strstr(err.message, expect) != NULL))
        fprintf(stderr, "  want \"%s\" in \"%s\"\n", expect, err.message);
    pb_context_free(ctx);
    for (size_t i = 0; i < sizeof files / sizeof *files; i++)
        remove_file(dir, files[i].name);
    rmdir(actors);
    rmdir(dir);
}

static void test_malformed_lines_are_rejected(void)
{
    /* cameo.tsv: a quad class out of range on line 3. */
    check_rejected("cameo.tsv",
                   "01\tMake public statement\t0\t1\n"
                   "010\tMake statement\t0\t1\n"
                   "04\tConsult\t1\t9\n"
                   "040\tConsult\t1\t1\n",
                   "cameo.tsv:3:");
    /* plover.tsv: a code the codebook lacks, line 2. */
    check_rejected("plover.tsv", "04\tCONSULT\n999\tASSAULT\n", "plover.tsv:2:");
    /* plover.tsv: a category in lower case, line 1. */
    check_rejected("plover.tsv", "04\tconsult\n", "plover.tsv:1:");
    /* modality.tsv: an intent that is no 03 code (line 2), a code the
     * codebook lacks (line 1), a missing column (line 1), a modal root
     * listed itself (line 1). */
    check_rejected("modality.tsv",
                   "04\t-\t036\t-\t-\t-\n040\t-\t010\t-\t-\t-\n",
                   "modality.tsv:2:");
    check_rejected("modality.tsv", "04\t-\t037\t-\t-\t-\n", "modality.tsv:1:");
    check_rejected("modality.tsv", "04\t-\t036\t-\t-\n", "modality.tsv:1:");
    check_rejected("modality.tsv", "03\t-\t036\t-\t-\t-\n", "modality.tsv:1:");
    /* aims.tsv: an aim digit out of range (line 2), a family the
     * codebook lacks with its aims (line 1), an aim listed twice (line
     * 2), a missing field (line 1). */
    check_rejected("aims.tsv", "1\tresign\n7\tpolicy\n", "aims.tsv:2:");
    check_rejected("aims.tsv", "family\t141\n", "aims.tsv:1:");
    check_rejected("aims.tsv", "1\tresign\n1\toust\n", "aims.tsv:2:");
    check_rejected("aims.tsv", "1 resign\n", "aims.tsv:1:");
    /* actors: a bad period, line 2; a lower-case code, line 1. */
    check_rejected("actors/countries.txt",
                   "ISR\tIsrael\nISRGOV\tNetanyahu\t2009-13..\n",
                   "actors/countries.txt:2:");
    check_rejected("actors/countries.txt", "isr\tIsrael\n",
                   "actors/countries.txt:1:");
    /* agents: an agent code of six letters, line 2. */
    check_rejected("agents.txt", "GOV\tgovernment\nGOVMIL\tjunta\n",
                   "agents.txt:2:");
    /* verbs: a code not in the codebook (line 2), an empty pattern
     * (line 3), a missing field (line 1). */
    check_rejected("verbs.txt", "010\tsay\n0421\tvisit\n", "verbs.txt:2:");
    check_rejected("verbs.txt", "010\tsay\n040\tmeet\n040\tmeet; ; talk\n",
                   "verbs.txt:3:");
    check_rejected("verbs.txt", "010 say\n", "verbs.txt:1:");
    /* a source mark '$' anywhere but at the end of a verb pattern after
     * its preposition */
    check_rejected("verbs.txt",
                   "040\treceive visit from $\n040\treceive $ visit\n",
                   "verbs.txt:2:");
    check_rejected("verbs.txt", "040\t~visit from $\n", "verbs.txt:1:");
    check_rejected("verbs.txt", "040\tmeet $\n", "verbs.txt:1:");
}

const pb_test_case data_tests[] = {
    {"default_data_loads", test_default_data_loads},
    {"every_code_has_a_pattern", test_every_code_has_a_pattern},
    {"data_phrases_are_coded", test_data_phrases_are_coded},
    {"malformed_lines_are_rejected", test_malformed_lines_are_rejected},
    {NULL, NULL},
};
