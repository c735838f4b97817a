/* test_cli.c — the polybius command end to end: the golden events of the
 * bundled example, output formats, and how bad inputs are reported (one
 * message naming file and line, other inputs still coded, non-zero exit).
 * The binary under test is $PB_POLYBIUS (default build/polybius).
 */
#include "test.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct run_result {
    char *out;   /* stdout, malloc'd */
    char *err;   /* stderr, malloc'd */
    int status;  /* exit status, or -1 */
} run_result;

static const char *binary(void)
{
    const char *b = getenv("PB_POLYBIUS");
    return b && *b ? b : "build/polybius";
}

static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n - 1, fp)) > 0) {
        n += got;
        if (n + 1 == cap) {
            char *p = realloc(buf, cap *= 2);
            if (!p) {
                free(buf);
                buf = NULL;
            }
            buf = p;
        }
    }
    fclose(fp);
    if (buf)
        buf[n] = '\0';
    return buf;
}

static char tmpdir[64];

static const char *tmp_path(const char *name)
{
    static char path[4][256];
    static int k;
    if (!tmpdir[0]) {
        snprintf(tmpdir, sizeof tmpdir, "/tmp/polybius-test-XXXXXX");
        if (!mkdtemp(tmpdir))
            return NULL;
    }
    k = (k + 1) % 4;
    snprintf(path[k], sizeof path[k], "%s/%s", tmpdir, name);
    return path[k];
}

static void write_file(const char *path, const char *text, size_t len)
{
    FILE *fp = fopen(path, "wb");
    if (CHECK(fp != NULL)) {
        fwrite(text, 1, len, fp);
        fclose(fp);
    }
}

/* Runs `polybius ARGS` through the shell, capturing both streams. */
static run_result run(const char *args)
{
    run_result r = {NULL, NULL, -1};
    char cmd[4096];
    const char *out = tmp_path("stdout");
    const char *err = tmp_path("stderr");
    snprintf(cmd, sizeof cmd, "%s %s >%s 2>%s </dev/null", binary(), args,
             out, err);
    int st = system(cmd);
    if (st != -1 && WIFEXITED(st))
        r.status = WEXITSTATUS(st);
    r.out = slurp(out);
    r.err = slurp(err);
    if (!r.out)
        r.out = calloc(1, 1);
    if (!r.err)
        r.err = calloc(1, 1);
    return r;
}

static void run_free(run_result *r)
{
    free(r->out);
    free(r->err);
}

static size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static void test_golden_example(void)
{
    run_result r = run("code examples/israel-china-visit.txt");
    char *want = slurp("tests/golden/israel-china-visit.jsonl");
    CHECK_INT(r.status, 0);
    CHECK_STR(r.err, "");
    if (CHECK(want != NULL) && !CHECK_STR(r.out, want))
        fprintf(stderr, "  (regenerate with: build/polybius code "
                        "examples/israel-china-visit.txt)\n");
    free(want);
    run_free(&r);
}

/* Every line is a JSON object with the fields DESIGN.md promises. */
static void test_json_records_are_complete(void)
{
    run_result r = run("code --date 2013-05-05 examples/israel-china-visit.txt");
    CHECK_INT(r.status, 0);
    size_t lines = 0;
    for (char *line = strtok(r.out, "\n"); line; line = strtok(NULL, "\n")) {
        json_error_t e;
        json_t *o = json_loads(line, 0, &e);
        lines++;
        if (!CHECK(json_is_object(o)))
            continue;
        static const char *const keys[] = {
            "article", "sentence", "span", "date", "date_precision",
            "article_date", "source", "target", "cameo", "root",
            "quad_class", "goldstein", "plover", "mode", "text", NULL};
        for (const char *const *k = keys; *k; k++)
            if (!CHECK(json_object_get(o, *k) != NULL))
                fprintf(stderr, "  missing key %s\n", *k);
        CHECK_STR(json_string_value(json_object_get(o, "article_date")),
                  "2013-05-05");
        json_t *src = json_object_get(o, "source");
        CHECK(json_is_string(json_object_get(src, "code")));
        CHECK(json_is_string(json_object_get(src, "text")));
        const char *cameo = json_string_value(json_object_get(o, "cameo"));
        const char *root = json_string_value(json_object_get(o, "root"));
        CHECK(cameo && root && strncmp(cameo, root, 2) == 0);
        json_decref(o);
    }
    CHECK(lines > 5);
    run_free(&r);
}

static void test_no_events_and_no_date(void)
{
    const char *path = tmp_path("quiet.txt");
    const char *text = "Weather report\n\nIt rained all day in the hills.\n";
    write_file(path, text, strlen(text));
    char args[512];
    snprintf(args, sizeof args, "code %s", path);
    run_result r = run(args);
    CHECK_INT(r.status, 0);
    CHECK_STR(r.out, "");
    run_free(&r);

    /* An article without a date gives events without a date. */
    path = tmp_path("nodate.txt");
    text = "Talks\n\nIran accused Israel of sabotage.\n";
    write_file(path, text, strlen(text));
    snprintf(args, sizeof args, "code %s", path);
    r = run(args);
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "\"cameo\":\"112\"") != NULL);
    CHECK(strstr(r.out, "\"date\":null,\"date_precision\":null") != NULL);
    run_free(&r);

    /* An implied target (a protest's authorities) is named by no words. */
    path = tmp_path("protest.txt");
    text = "Protest\n\nKenyans protested in Nairobi.\n";
    write_file(path, text, strlen(text));
    snprintf(args, sizeof args, "code %s", path);
    r = run(args);
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "\"target\":{\"code\":\"KENGOV\",\"country\":"
                        "\"KEN\",\"agent\":\"GOV\",\"text\":null}") != NULL);
    run_free(&r);
}

static void test_bad_inputs_are_reported_and_skipped(void)
{
    const char *good = tmp_path("good.txt");
    const char *text = "Title\n\nSyria condemned Israel on Friday.\n";
    write_file(good, text, strlen(text));
    const char *jsonl = tmp_path("mixed.jsonl");
    const char *lines =
        "{\"id\":\"j1\",\"date\":\"2020-01-02\",\"text\":\"Iran accused "
        "Israel.\"}\n"
        "{\"id\":\"j2\",\"text\": broken}\n"
        "{\"id\":\"j3\",\"date\":\"2020-02-31\",\"text\":\"Iran accused "
        "Israel.\"}\n"
        "{\"id\":\"j4\",\"text\":\"Israel accused Iran.\"}\n";
    write_file(jsonl, lines, strlen(lines));
    char args[1024];
    snprintf(args, sizeof args, "code %s/missing.txt %s %s", tmpdir, jsonl,
             good);
    run_result r = run(args);
    CHECK_INT(r.status, 1);
    /* One message per bad input, naming the file and line. */
    CHECK_INT(count_lines(r.err), 3);
    CHECK(strstr(r.err, "missing.txt: No such file or directory") != NULL);
    CHECK(strstr(r.err, "mixed.jsonl:2: invalid JSON") != NULL);
    CHECK(strstr(r.err, "mixed.jsonl:3: invalid date \"2020-02-31\"") != NULL);
    /* The good inputs were still coded. */
    CHECK(strstr(r.out, "\"article\":\"j1\"") != NULL);
    CHECK(strstr(r.out, "\"article\":\"j4\"") != NULL);
    CHECK(strstr(r.out, "\"article\":\"good\"") != NULL);
    run_free(&r);
}

static void test_usage_errors(void)
{
    run_result r = run("code --date 2013-13-01 examples/israel-china-visit.txt");
    CHECK_INT(r.status, 2);
    CHECK(strstr(r.err, "--date") != NULL);
    CHECK_STR(r.out, "");
    run_free(&r);
    r = run("code --format xml examples/israel-china-visit.txt");
    CHECK_INT(r.status, 2);
    run_free(&r);
    r = run("frobnicate");
    CHECK_INT(r.status, 2);
    CHECK(strstr(r.err, "unknown command") != NULL);
    run_free(&r);
    r = run("code --help");
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "usage: polybius code") != NULL);
    run_free(&r);
    r = run("code --dicts /nonexistent examples/israel-china-visit.txt");
    CHECK_INT(r.status, 2);
    CHECK(strstr(r.err, "/nonexistent") != NULL);
    run_free(&r);
}

static void test_invalid_utf8_and_nul_bytes_are_repaired(void)
{
    const char *path = tmp_path("binary.txt");
    const char text[] = "Title\n\nIran\xFF accused\x00 Israel \xC0\xAF of "
                        "sabotage.\n";
    write_file(path, text, sizeof text - 1);
    char args[512];
    snprintf(args, sizeof args, "code %s", path);
    run_result r = run(args);
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.err, "warning: repaired 3 invalid UTF-8 sequences") != NULL);
    /* The output stays valid JSON. */
    json_error_t e;
    json_t *o = json_loads(r.out, JSON_DISABLE_EOF_CHECK, &e);
    CHECK(o != NULL);
    json_decref(o);
    run_free(&r);
}

static void test_tsv_and_stdin(void)
{
    /* run() gives the command /dev/null as input: call the shell here. */
    char cmd[1024];
    const char *out = tmp_path("tsv.out");
    snprintf(cmd, sizeof cmd,
             "%s code --format tsv --header - < "
             "examples/israel-china-visit.txt > %s",
             binary(), out);
    CHECK_INT(system(cmd), 0);
    char *tsv = slurp(out);
    if (CHECK(tsv != NULL)) {
        CHECK(strncmp(tsv, "article\tsentence\tspan_start", 27) == 0);
        /* Every row has the header's 26 columns. */
        for (char *line = strtok(tsv, "\n"); line; line = strtok(NULL, "\n")) {
            int tabs = 0;
            for (char *p = line; *p; p++)
                tabs += *p == '\t';
            CHECK_INT(tabs, 25);
        }
    }
    free(tsv);
}

/* Runs `polybius parse` on text written to the temporary file name. */
static run_result parse_text(const char *name, const char *text)
{
    const char *path = tmp_path(name);
    write_file(path, text, strlen(text));
    char args[512];
    snprintf(args, sizeof args, "parse %s", path);
    return run(args);
}

static void test_parse_writes_conllu(void)
{
    run_result r = parse_text("parse.txt", "Israel accused Iran. Talks "
                                           "resumed.");
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "# text = Israel accused Iran.") != NULL);
    CHECK(strstr(r.out, "# text = Talks resumed.") != NULL);
    /* Ten tab-separated columns on every token line. */
    size_t tokens = 0;
    for (char *line = strtok(r.out, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#')
            continue;
        int tabs = 0;
        for (char *p = line; *p; p++)
            tabs += *p == '\t';
        CHECK_INT(tabs, 9);
        tokens++;
    }
    CHECK_INT(tokens, 7);
    run_free(&r);
    /* JSON lines are articles, their text unescaped: the paragraph break
     * ends a sentence */
    r = parse_text("parse.jsonl",
                   "{\"id\":\"a1\",\"title\":\"Talks\",\"text\":"
                   "\"Israel accused Iran\\n\\nTalks resumed.\"}\n");
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "# text = Israel accused Iran\n") != NULL);
    CHECK(strstr(r.out, "# text = Talks resumed.") != NULL);
    CHECK(strstr(r.out, "\"id\"") == NULL);
    run_free(&r);
}

/* Place names the gazetteer knows are proper nouns wherever the tagger
 * would read a common noun or an adjective: a state of one word inside
 * the sentence, every word of a name of several. */
static void test_parse_tags_place_names(void)
{
    run_result r = parse_text("places.txt", "Security forces in Guinea "
                                            "detained Papua New Guinea's "
                                            "envoy.");
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "\tGuinea\tguinea\tPROPN\tNNP\t") != NULL);
    CHECK(strstr(r.out, "\tPapua\tpapua\tPROPN\tNNP\t") != NULL);
    CHECK(strstr(r.out, "\tNew\tnew\tPROPN\tNNP\t") != NULL);
    CHECK(strstr(r.out, "\tGuinea\tguinea\tNOUN") == NULL);
    run_free(&r);
    /* the name of a division before its kind, no actor's word */
    r = parse_text("places.txt", "Troops bombed villages in northern Shan "
                                 "state on Sunday.");
    CHECK_INT(r.status, 0);
    CHECK(strstr(r.out, "\tShan\tshan\tPROPN\tNNP\t") != NULL);
    run_free(&r);
}

static void test_cleanup(void)
{
    char cmd[128];
    if (tmpdir[0]) {
        snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
        CHECK_INT(system(cmd), 0);
    }
}

const pb_test_case cli_tests[] = {
    {"golden_example", test_golden_example},
    {"json_records_are_complete", test_json_records_are_complete},
    {"no_events_and_no_date", test_no_events_and_no_date},
    {"bad_inputs_are_reported_and_skipped",
     test_bad_inputs_are_reported_and_skipped},
    {"usage_errors", test_usage_errors},
    {"invalid_utf8_and_nul_bytes_are_repaired",
     test_invalid_utf8_and_nul_bytes_are_repaired},
    {"tsv_and_stdin", test_tsv_and_stdin},
    {"parse_writes_conllu", test_parse_writes_conllu},
    {"parse_tags_place_names", test_parse_tags_place_names},
    {"cleanup", test_cleanup},
    {NULL, NULL},
};
