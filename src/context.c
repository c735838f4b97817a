/* context.c — loads everything a document needs and nothing changes
 * afterwards: the CAMEO codebook, the lexicon (actors, agents, verbs, and
 * the verbs as tree-coder blocks) and the syntax model. One context serves
 * any number of documents and threads.
 */
#include "internal.h"
#include "codebook.h"
#include "modality.h"
#include "aims.h"
#include "coder.h"
#include "petrarch_dict.h"
#include "lexicon.h"
#include "places.h"
#include "syntax.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PB_DATA_DIR
#define PB_DATA_DIR "/usr/local/share/polybius"
#endif

static int has_codebook(const char *dir)
{
    char path[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/cameo.tsv", dir);
    return access(path, R_OK) == 0;
}

void pb_default_data_dir(char *buf, size_t size)
{
    const char *env = getenv("POLYBIUS_DATA");
    if (env && *env) {
        snprintf(buf, size, "%s", env);
        return;
    }
    char exe[PATH_MAX - 64]; /* room for the relative part below */
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            /* build/polybius, build/san/polybius, PREFIX/bin/polybius */
            static const char *const relative[] = {
                "../data", "../../data", "../share/polybius"};
            for (size_t i = 0; i < 3; i++) {
                char dir[PATH_MAX];
                snprintf(dir, sizeof dir, "%s/%s", exe, relative[i]);
                if (has_codebook(dir)) {
                    snprintf(buf, size, "%s", dir);
                    return;
                }
            }
        }
    }
    snprintf(buf, size, "%s", PB_DATA_DIR);
}

pb_context *pb_context_new(const char *data_dir, pb_error *err)
{
    char dir[PATH_MAX];
    if (!data_dir) {
        pb_default_data_dir(dir, sizeof dir);
        data_dir = dir;
    }
    pb_context *ctx = calloc(1, sizeof *ctx);
    if (!ctx || !(ctx->data_dir = strdup(data_dir))) {
        free(ctx);
        pb_set_error(err, PB_ERR_NOMEM, "out of memory");
        return NULL;
    }
    char path[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/cameo.tsv", data_dir);
    char plover[PATH_MAX + 64], modality[PATH_MAX + 64], aims[PATH_MAX + 64];
    snprintf(plover, sizeof plover, "%s/plover.tsv", data_dir);
    snprintf(modality, sizeof modality, "%s/modality.tsv", data_dir);
    snprintf(aims, sizeof aims, "%s/aims.tsv", data_dir);
    if (pb_codebook_load(path, &ctx->codebook, err) != PB_OK ||
        pb_codebook_load_plover(ctx->codebook, plover, err) != PB_OK ||
        pb_modality_load(ctx->codebook, modality, err) != PB_OK ||
        pb_aims_load(ctx->codebook, aims, &ctx->aims, err) != PB_OK ||
        pb_lexicon_load(data_dir, ctx->codebook, &ctx->lexicon, err) != PB_OK ||
        pb_coder_dict_new(ctx->lexicon, ctx->codebook, &ctx->coder_dict,
                          err) != PB_OK)
        goto fail;
    snprintf(path, sizeof path, "%s/syntax/en-ewt.model", data_dir);
    char msg[400];
    if (pb_syntax_model_load(path, &ctx->syntax, msg, sizeof msg) != 0) {
        pb_set_error(err, PB_ERR_DATA, "%s", msg);
        goto fail;
    }
    if (pb_gazetteer_load(&ctx->gazetteer, err) != PB_OK)
        goto fail;
    return ctx;
fail:
    pb_context_free(ctx);
    return NULL;
}

void pb_context_free(pb_context *ctx)
{
    if (!ctx)
        return;
    pb_aims_free(ctx->aims);
    pb_codebook_free(ctx->codebook);
    pb_lexicon_free(ctx->lexicon);
    pb_pdict_free(ctx->coder_dict);
    pb_syntax_model_free(ctx->syntax);
    pb_gazetteer_free(ctx->gazetteer);
    free(ctx->data_dir);
    free(ctx);
}

int pb_eval_parse(const pb_context *ctx, const char *conllu_path,
                  pb_parse_eval *scores, pb_error *err)
{
    pb_parse_scores sc;
    char msg[400];
    memset(scores, 0, sizeof *scores);
    if (pb_syntax_evaluate(ctx->syntax, conllu_path, &sc, msg, sizeof msg)) {
        pb_set_error(err, PB_ERR_INPUT, "%s", msg);
        return PB_ERR_INPUT;
    }
    scores->words = (long)sc.words;
    scores->sentences = (long)sc.sentences;
    scores->upos = sc.upos_pct;
    scores->xpos = sc.xpos_pct;
    scores->lemma = sc.lemma_pct;
    scores->uas = sc.uas_pct;
    scores->las = sc.las_pct;
    return PB_OK;
}
