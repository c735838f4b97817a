/* input.c — finds the articles the user named: files, directories (walked
 * in name order), and "-" for standard input. A file whose first
 * non-blank byte is '{' is read as JSON lines, one article per line;
 * anything else is one plain-text article (or, for `parse`, raw text). Every failure names the file
 * (and line) and the walk goes on.
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct walk {
    int kind;
    cli_article_fn fn;
    void *user;
    int n_failed;
} walk;

/* Reads a whole stream up to PB_CLI_MAX_FILE_BYTES. Returns a malloc'd
 * buffer (NUL-terminated) or NULL with errno-style reason in *why. */
static char *read_all(FILE *fp, size_t *len, const char **why)
{
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf) {
        *why = "out of memory";
        return NULL;
    }
    for (;;) {
        if (n + 1 >= cap) {
            if (cap >= PB_CLI_MAX_FILE_BYTES + 1) {
                free(buf);
                *why = "file larger than 64 MiB (split it, or use JSON lines)";
                return NULL;
            }
            cap *= 2;
            char *p = realloc(buf, cap);
            if (!p) {
                free(buf);
                *why = "out of memory";
                return NULL;
            }
            buf = p;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, fp);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(fp)) {
        free(buf);
        *why = strerror(errno);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static int deliver(walk *w, pb_article *a, const char *where)
{
    int rc = w->fn(a, where, w->user);
    pb_article_free(a);
    return rc;
}

/* Default article id: the file's base name without its extension. */
static void default_id(pb_article *a, const char *path)
{
    if (pb_article_id(a)[0] || strcmp(path, "-") == 0)
        return;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char id[256];
    snprintf(id, sizeof id, "%s", base);
    char *dot = strrchr(id, '.');
    if (dot && dot != id)
        *dot = '\0';
    pb_article_set_id(a, id, NULL);
}

/* Reads JSON lines from text[0..len), one article per non-blank line. */
static int read_json_lines(walk *w, const char *path, const char *text,
                           size_t len)
{
    size_t pos = 0;
    long line_no = 0;
    while (pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        line_no++;
        const char *line = text + pos;
        size_t n = end - pos;
        pos = nl ? end + 1 : len;
        size_t k = 0;
        while (k < n && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r'))
            k++;
        if (k == n)
            continue;
        char where[4200];
        snprintf(where, sizeof where, "%s:%ld", path, line_no);
        if (n > PB_CLI_MAX_JSON_LINE) {
            cli_error("%s: line longer than %u bytes, skipped", where,
                      PB_CLI_MAX_JSON_LINE);
            w->n_failed++;
            continue;
        }
        pb_error err;
        pb_article *a = pb_article_from_json(line, n, &err);
        if (!a) {
            cli_error("%s: %s", where, err.message);
            w->n_failed++;
            continue;
        }
        if (!pb_article_id(a)[0]) {
            char id[300];
            const char *base = strrchr(path, '/');
            snprintf(id, sizeof id, "%s:%ld", base ? base + 1 : path, line_no);
            pb_article_set_id(a, id, NULL);
        }
        if (deliver(w, a, where))
            return 1;
    }
    return 0;
}

static int read_file(walk *w, const char *path)
{
    FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!fp) {
        cli_error("%s: %s", path, strerror(errno));
        w->n_failed++;
        return 0;
    }
    size_t len = 0;
    const char *why = NULL;
    char *text = read_all(fp, &len, &why);
    if (fp != stdin)
        fclose(fp);
    if (!text) {
        cli_error("%s: %s", path, why);
        w->n_failed++;
        return 0;
    }
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    size_t k = 0;
    while (k < len && (text[k] == ' ' || text[k] == '\n' || text[k] == '\t' ||
                       text[k] == '\r'))
        k++;
    int rc = 0;
    if (k < len && text[k] == '{') {
        rc = read_json_lines(w, name, text, len);
    } else {
        pb_error err;
        pb_article *a = w->kind == CLI_INPUT_RAW
                            ? pb_article_from_body(text, len, &err)
                            : pb_article_from_text(text, len, &err);
        if (!a) {
            cli_error("%s: %s", name, err.message);
            w->n_failed++;
        } else {
            default_id(a, path);
            rc = deliver(w, a, name);
        }
    }
    free(text);
    return rc;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int read_path(walk *w, const char *path, int depth);

static int read_dir(walk *w, const char *path, int depth)
{
    if (depth > PB_CLI_MAX_DEPTH) {
        cli_error("%s: directories nested deeper than %d, skipped", path,
                  PB_CLI_MAX_DEPTH);
        w->n_failed++;
        return 0;
    }
    DIR *dir = opendir(path);
    if (!dir) {
        cli_error("%s: %s", path, strerror(errno));
        w->n_failed++;
        return 0;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    int rc = 0;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *p);
            if (!p)
                break;
            names = p;
        }
        if (!(names[n] = strdup(e->d_name)))
            break;
        n++;
    }
    closedir(dir);
    if (n)
        qsort(names, n, sizeof *names, compare_names);
    for (size_t i = 0; i < n; i++) {
        if (rc == 0) {
            size_t len = strlen(path) + strlen(names[i]) + 2;
            char *child = malloc(len);
            if (child) {
                snprintf(child, len, "%s/%s", path, names[i]);
                rc = read_path(w, child, depth + 1);
                free(child);
            }
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

static int read_path(walk *w, const char *path, int depth)
{
    if (strcmp(path, "-") == 0)
        return read_file(w, path);
    struct stat st;
    if (stat(path, &st) != 0) {
        cli_error("%s: %s", path, strerror(errno));
        w->n_failed++;
        return 0;
    }
    if (S_ISDIR(st.st_mode))
        return read_dir(w, path, depth);
    if (!S_ISREG(st.st_mode) && depth > 0)
        return 0; /* sockets, fifos … inside a directory */
    return read_file(w, path);
}

int cli_read_inputs(char **inputs, int n_inputs, int kind, cli_article_fn fn,
                    void *user, int *n_failed)
{
    walk w = {.kind = kind, .fn = fn, .user = user};
    static char dash[] = "-";
    static char *stdin_only[] = {dash};
    if (n_inputs == 0) {
        inputs = stdin_only;
        n_inputs = 1;
    }
    int rc = 0;
    for (int i = 0; i < n_inputs && rc == 0; i++)
        rc = read_path(&w, inputs[i], 0);
    *n_failed = w.n_failed;
    return rc;
}

pb_doc *cli_process(const pb_context *ctx, const pb_article *a, int stage,
                    const char *where, int *n_failed)
{
    pb_error err;
    pb_doc *doc = pb_doc_process(ctx, a, stage, &err);
    if (!doc) {
        cli_error("%s: %s", where, err.message);
        (*n_failed)++;
        return NULL;
    }
    for (size_t i = 0; i < pb_doc_warning_count(doc); i++)
        fprintf(stderr, "polybius: %s: warning: %s\n", where,
                pb_doc_warning(doc, i));
    return doc;
}
