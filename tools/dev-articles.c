/* dev-articles.c — gathers the development articles (the Wikinews and VOA
 * stories listed in DEV-ARTICLES.tsv) into one JSON-lines file of
 * {"id","date","source","url","title","text"} records that `polybius code`
 * and the evaluation tools read. Only listed articles are written: the
 * others are kept for independent evaluation and must not be tuned on.
 * Used by `make build/dev-articles.jsonl` (mk/lexicon.mk).
 *
 * usage: dev-articles --list DEV-ARTICLES.tsv [--wikinews FILE.csv]...
 *                     [--voa FILE.jsonl] [-o OUT.jsonl]
 *
 * Ids: Wikinews articles are "wikinews:" + the page name of their URL,
 * VOA stories "voa:" + their story id. The date is the list's date. A
 * Wikinews text that opens with its dateline ("Friday, January 4, 2019")
 * loses that line, which is not part of the story.
 */
#include "tool_util.h"

#include <jansson.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEV 10000      /* entries on the development list */
#define MAX_INPUTS 16      /* --wikinews files */

typedef struct dev_entry {
    char *set;   /* "wikinews" or "voa" */
    char *key;   /* URL or story id */
    char *date;
    char *title;
    int found;
} dev_entry;

static dev_entry dev[MAX_DEV];
static size_t n_dev;

/* Splits the development list: set, key, date, title per line. */
static void load_list(const char *path)
{
    size_t len;
    char *buf = tool_read_file("dev-articles", path, &len);
    int lineno = 0;
    for (char *line = buf; line && *line;) {
        char *next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        lineno++;
        size_t l = strlen(line);
        if (l && line[l - 1] == '\r')
            line[l - 1] = '\0';
        if (*line && *line != '#') {
            char *f[4] = {0};
            char *p = line;
            for (int i = 0; i < 4 && p; i++) {
                f[i] = p;
                p = strchr(p, '\t');
                if (p && i < 3)
                    *p++ = '\0';
            }
            if (!f[3] || (strcmp(f[0], "wikinews") && strcmp(f[0], "voa"))) {
                fprintf(stderr, "%s:%d: expected SET<TAB>KEY<TAB>DATE<TAB>TITLE\n",
                        path, lineno);
                exit(2);
            }
            if (n_dev == MAX_DEV) {
                fprintf(stderr, "%s:%d: more than %d entries\n", path, lineno,
                        MAX_DEV);
                exit(2);
            }
            dev[n_dev++] = (dev_entry){tool_strdup(f[0]), tool_strdup(f[1]),
                                       tool_strdup(f[2]), tool_strdup(f[3]), 0};
        }
        line = next;
    }
    free(buf);
}

static dev_entry *find_dev(const char *set, const char *key)
{
    for (size_t i = 0; i < n_dev; i++)
        if (!strcmp(dev[i].set, set) && !strcmp(dev[i].key, key))
            return &dev[i];
    return NULL;
}

/* Writes one record; the id is built from the set and the key. */
static void emit(FILE *out, dev_entry *d, const char *id, const char *source,
                 const char *url, const char *text)
{
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(id));
    json_object_set_new(o, "date", json_string(d->date));
    json_object_set_new(o, "source", json_string(source));
    json_object_set_new(o, "url", json_string(url));
    json_object_set_new(o, "title", json_string(d->title));
    json_object_set_new(o, "text", json_string(text));
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if (!s) {
        fprintf(stderr, "dev-articles: %s: text is not valid UTF-8\n", id);
        exit(2);
    }
    fprintf(out, "%s\n", s);
    free(s);
    json_decref(o);
    d->found++;
}

/* A first line such as "Friday, January 4, 2019" is the Wikinews dateline. */
static const char *skip_dateline(const char *text)
{
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday"};
    const char *nl = strchr(text, '\n');
    if (!nl || nl - text > 40)
        return text;
    int is_day = 0;
    for (int i = 0; i < 7; i++)
        if (!strncmp(text, days[i], strlen(days[i])) &&
            text[strlen(days[i])] == ',')
            is_day = 1;
    const char *q = nl;
    for (;;) { /* trailing spaces, including U+00A0 (C2 A0) */
        if (q > text && isspace((unsigned char)q[-1]))
            q--;
        else if (q - text > 1 && (unsigned char)q[-1] == 0xA0 &&
                 (unsigned char)q[-2] == 0xC2)
            q -= 2;
        else
            break;
    }
    if (!is_day || q - text < 4 || !isdigit((unsigned char)q[-1]))
        return text;
    while (*nl && isspace((unsigned char)*nl))
        nl++;
    return nl;
}

static void read_wikinews(const char *path, FILE *out)
{
    size_t len;
    char *buf = tool_read_file("dev-articles", path, &len);
    const char *p = buf;
    int header = 1;
    while (*p) {
        char *f[8] = {0};
        int nf = 0, eor = 0;
        while (!eor && *p) {
            char *v = tool_csv_field(&p, &eor);
            if (nf < 8)
                f[nf++] = v;
            else
                free(v);
        }
        if (header) {
            if (nf < 4 || strcmp(f[0], "url") || strcmp(f[3], "text")) {
                fprintf(stderr, "%s: expected the header url,date,title,text\n",
                        path);
                exit(2);
            }
            header = 0;
        } else if (nf >= 4) {
            dev_entry *d = find_dev("wikinews", f[0]);
            if (d) {
                const char *page = strstr(f[0], "/wiki/");
                char id[1024];
                snprintf(id, sizeof id, "wikinews:%s", page ? page + 6 : f[0]);
                emit(out, d, id, "Wikinews", f[0], skip_dateline(f[3]));
            }
        }
        for (int i = 0; i < nf; i++)
            free(f[i]);
    }
    free(buf);
}

static void read_voa(const char *path, FILE *out)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        perror(path);
        exit(2);
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int lineno = 0;
    while ((n = getline(&line, &cap, fp)) > 0) {
        lineno++;
        json_error_t jerr;
        json_t *o = json_loadb(line, (size_t)n, 0, &jerr);
        if (!o) {
            fprintf(stderr, "%s:%d: %s\n", path, lineno, jerr.text);
            exit(2);
        }
        const char *sid = json_string_value(json_object_get(o, "id"));
        const char *text = json_string_value(json_object_get(o, "text"));
        const char *url = json_string_value(json_object_get(o, "url"));
        dev_entry *d = sid ? find_dev("voa", sid) : NULL;
        if (d && text) {
            char id[256];
            snprintf(id, sizeof id, "voa:%s", sid);
            emit(out, d, id, "VOA", url ? url : "", text);
        }
        json_decref(o);
    }
    free(line);
    fclose(fp);
}

int main(int argc, char **argv)
{
    const char *list = NULL, *voa = NULL, *outpath = NULL;
    const char *wikinews[MAX_INPUTS];
    int n_wiki = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--list") && i + 1 < argc)
            list = argv[++i];
        else if (!strcmp(argv[i], "--wikinews") && i + 1 < argc &&
                 n_wiki < MAX_INPUTS)
            wikinews[n_wiki++] = argv[++i];
        else if (!strcmp(argv[i], "--voa") && i + 1 < argc)
            voa = argv[++i];
        else if (!strcmp(argv[i], "-o") && i + 1 < argc)
            outpath = argv[++i];
        else {
            fprintf(stderr, "usage: dev-articles --list DEV-ARTICLES.tsv "
                            "[--wikinews FILE.csv]... [--voa FILE.jsonl] "
                            "[-o OUT.jsonl]\n");
            return 2;
        }
    }
    if (!list) {
        fprintf(stderr, "dev-articles: --list is required\n");
        return 2;
    }
    load_list(list);
    FILE *out = outpath ? fopen(outpath, "w") : stdout;
    if (!out) {
        perror(outpath);
        return 2;
    }
    for (int i = 0; i < n_wiki; i++)
        read_wikinews(wikinews[i], out);
    if (voa)
        read_voa(voa, out);
    size_t written = 0, missing = 0;
    for (size_t i = 0; i < n_dev; i++) {
        if (dev[i].found)
            written++;
        else if ((!strcmp(dev[i].set, "voa") && voa) ||
                 (!strcmp(dev[i].set, "wikinews") && n_wiki)) {
            fprintf(stderr, "dev-articles: not found: %s %s\n", dev[i].set,
                    dev[i].key);
            missing++;
        }
        free(dev[i].set);
        free(dev[i].key);
        free(dev[i].date);
        free(dev[i].title);
    }
    if (out != stdout && fclose(out) != 0) {
        perror(outpath);
        return 2;
    }
    fprintf(stderr, "dev-articles: %zu articles written, %zu missing\n",
            written, missing);
    return missing ? 1 : 0;
}
