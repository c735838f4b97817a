/* whenwhere.c — attaches expressions and places to events (see
 * whenwhere.h). An event at token j takes the expression (or place) whose
 * governor is j or j's nearest ancestor with one (not climbing from a
 * parenthetical "he said" into the quote); failing that the one nearest
 * to j in the sentence, but an expression in another clause (a reported
 * or relative clause) only when it lies within a month of the article
 * or right next to j; failing that the article date and no place. An
 * expression that bounds a span ("until April 2", "since 2011") dates no
 * act but one in a clause hung on it.
 */
#include "whenwhere.h"
#include "syntax.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

void pb_ww_doc_init(pb_ww_doc *d, const pb_date *article_date)
{
    memset(d, 0, sizeof *d);
    d->article = pb_tvalue_of(article_date);
}

/* Does expression x bound a span ("delayed the tariffs until April 2",
 * "till 2020", "has been attacking Kenyan troops since 2011")? It dates
 * the end or the start of a state, not the act in its sentence; an act
 * going on since then is dated by the report. */
static int limit_expression(const pb_sentence *s, const pb_timex *x)
{
    static const char *const limits[] = {"until", "till", "til", "since",
                                         NULL};
    if (x->first == 0)
        return 0;
    const char *lead = s->tokens[x->first - 1].form;
    for (const char *const *w = limits; lead && *w; w++)
        if (strcasecmp(lead, *w) == 0)
            return 1;
    return 0;
}

void pb_ww_dates(pb_ww_doc *d, const pb_sentence *s,
                 const char *const *lower, pb_ww_sentence *out,
                 pb_date *sentence_date)
{
    out->s = s;
    out->article = d->article;
    out->n_places = 0;
    out->n_times = pb_timex_sentence(s, lower, &d->article, &d->anchor,
                                     out->times);
    *sentence_date = d->article.date;
    for (size_t i = 0; i < out->n_times; i++) {
        const pb_timex *x = &out->times[i];
        const pb_tvalue *v = pb_timex_value(x, x->clause_future);
        if (v->prec != PB_PREC_NONE && !limit_expression(s, x)) {
            *sentence_date = v->date;
            break;
        }
    }
}

void pb_ww_places(pb_ww_doc *d, const pb_context *ctx, const pb_sentence *s,
                  const char *const *lower, const pb_mention *mentions,
                  size_t n_mentions, const int *mention_at,
                  pb_ww_sentence *out)
{
    out->n_places = pb_places_sentence(ctx->gazetteer, ctx->lexicon, s, lower,
                                       mentions, n_mentions, mention_at,
                                       &d->mentioned, out->places);
    for (size_t k = 0; k < n_mentions; k++) {
        char country[4];
        if (strlen(mentions[k].code) < 3)
            continue;
        memcpy(country, mentions[k].code, 3);
        country[3] = '\0';
        if (pb_lexicon_is_country(ctx->lexicon, country))
            pb_country_set_add(&d->mentioned, country);
    }
}

/* The token a phrase headed by `head` depends on, or -1. */
static long governor(const pb_sentence *s, uint32_t head)
{
    int h = s->tokens[head].head;
    return h > 0 ? h - 1 : -1;
}

/* Has token k a dependent of relation rel (exactly) whose word is one of
 * words ("since" as the case of "attack")? */
static int marked_by(const pb_sentence *s, uint32_t k, const char *rel,
                     const char *const *words)
{
    for (uint32_t c = 0; c < s->n_tokens; c++) {
        if (s->tokens[c].head != (int)k + 1 || !s->tokens[c].form ||
            strcmp(pb_deprel_name(s->tokens[c].deprel), rel) != 0)
            continue;
        for (const char *const *w = words; *w; w++)
            if (strcasecmp(s->tokens[c].form, *w) == 0)
                return 1;
    }
    return 0;
}

/* The marks of a clause that states a charge or a reason ("accused X of
 * executing", "arrested on suspicion of smuggling", "jailed for
 * insulting"). */
static const char *const charge_marks[] = {"of", "for", NULL};

/* Is relation of token k one that starts a clause of its own? So does
 * the charge of an accusation or blame ("accused Saudi authorities of
 * executing prisoners last year"): an act of its own time. */
static int clause_relation(const pb_sentence *s, uint32_t k)
{
    static const char *const clauses[] = {"ccomp", "acl:relcl", "parataxis",
                                          "csubj", NULL};
    const char *r = pb_deprel_name(s->tokens[k].deprel);
    for (const char *const *c = clauses; *c; c++)
        if (strcmp(r, *c) == 0)
            return 1;
    return strncmp(r, "advcl", 5) == 0 && marked_by(s, k, "mark", charge_marks);
}

/* Does the item headed by h sit in a clause other than the one of token
 * j ("he said it was formed in 1993", "who is considering a run next
 * year")? Walking up from h to the first ancestor of j, no clause may
 * begin. */
static int in_other_clause(const pb_sentence *s, uint32_t j, uint32_t h)
{
    for (int d = 0; d < PB_WW_MAX_CLIMB * 4; d++) {
        for (long a = j, up = 0; a >= 0 && up < PB_WW_MAX_CLIMB * 4; up++) {
            if ((uint32_t)a == h)
                return 0; /* reached j's own line */
            a = governor(s, (uint32_t)a);
        }
        if (clause_relation(s, h))
            return 1;
        long g = governor(s, h);
        if (g < 0)
            return 0;
        h = (uint32_t)g;
    }
    return 0;
}

/* Is there a comma between token j and the span [first, last]? */
static int comma_between(const pb_sentence *s, uint32_t j, uint32_t first,
                         uint32_t last)
{
    uint32_t from = j < first ? j + 1 : last + 1, to = j < first ? first : j;
    for (uint32_t k = from; k < to; k++)
        if (s->tokens[k].form && strcmp(s->tokens[k].form, ",") == 0)
            return 1;
    return 0;
}

/* Index of the item (expression or place, heads in `heads`, spans in
 * `first`/`last`) that the event at token j takes, or -1: one governed
 * by j or by the nearest of its ancestors that governs one (not through
 * a parenthetical "he said," hung on the quote it reports), else the
 * nearest one; an item in another clause only when `near` marks it
 * (NULL: all are) or it stands right next to j. */
static long attach(const pb_sentence *s, uint32_t j, const uint32_t *heads,
                   const uint32_t *first, const uint32_t *last, size_t n,
                   const uint8_t *near)
{
    if (n == 0)
        return -1;
    long node = j;
    for (int climb = 0; climb < PB_WW_MAX_CLIMB && node >= 0; climb++) {
        for (size_t i = 0; i < n; i++)
            if (governor(s, heads[i]) == node)
                return (long)i;
        if (strcmp(pb_deprel_name(s->tokens[node].deprel), "parataxis") == 0)
            break;
        node = governor(s, (uint32_t)node);
    }
    long best = -1, best_dist = 0;
    for (size_t i = 0; i < n; i++) {
        if (near && !near[i] && in_other_clause(s, j, heads[i]) &&
            !(last[i] + PB_WW_ADJACENT >= j && j + PB_WW_ADJACENT >= first[i] &&
              !comma_between(s, j, first[i], last[i])))
            continue; /* not one next to j the parser hung elsewhere:
                         "said in May the …", "Cairo last year signed"
                         (but "who met Biden last July, criticized …") */
        long dist = j < first[i] ? (long)(first[i] - j)
                    : j > last[i] ? (long)(j - last[i])
                                  : 0;
        if (best < 0 || dist < best_dist) {
            best = (long)i;
            best_dist = dist;
        }
    }
    return best;
}

/* Does a vague time adverb modify the verb at head ("Israel later paid
 * compensation", "had earlier visited")? Such an event happened at some
 * unknown time, not on the article's date. */
static int vague_time(const pb_sentence *s, uint32_t head)
{
    static const char *const vague[] = {"later", "earlier", "previously",
                                        "eventually", "subsequently",
                                        "afterwards", "afterward",
                                        "formerly", "once", NULL};
    for (uint32_t i = 0; i < s->n_tokens; i++) {
        const pb_token *t = &s->tokens[i];
        if (t->head != (int)head + 1)
            continue;
        for (const char *const *w = vague; *w; w++)
            if (strcasecmp(t->form, *w) == 0)
                return 1;
    }
    return 0;
}

/* Does token i lie in the subtree of token root? */
static int within(const pb_sentence *s, uint32_t i, uint32_t root)
{
    for (uint32_t d = 0; d <= s->n_tokens; d++) {
        if (i == root)
            return 1;
        if (s->tokens[i].head < 1)
            return 0;
        i = (uint32_t)s->tokens[i].head - 1;
    }
    return 0;
}

/* Does value v lie within about a month of the article's date a? A date
 * that near, named in a reported clause ("X attacked Y yesterday,
 * officials said"), dates the report too; a far one ("said it was formed
 * in 1993") only what the clause tells. */
static int near_article(const pb_tvalue *v, const pb_tvalue *a)
{
    if (v->prec == PB_PREC_NONE || a->prec == PB_PREC_NONE ||
        v->prec == PB_PREC_DECADE)
        return 0;
    long vm = (long)v->date.year * 12 + (v->date.month ? v->date.month : 1);
    long am = (long)a->date.year * 12 + (a->date.month ? a->date.month : 1);
    if (!v->date.month)
        return v->date.year == a->date.year;
    return labs(vm - am) <= 1;
}

/* Does the expression headed by x date a thing an act answers or is
 * about ("struck … in response to an attack in Kashmir last month",
 * "rebukes over last month's deportations"): a noun modifying another,
 * marked by a preposition of reason or topic? Then it dates that thing,
 * not the act of the verb at head (but "at the Singapore summit in June
 * 2018" dates the meeting). */
static int dates_inner_noun(const pb_sentence *s, uint32_t x, uint32_t head)
{
    static const char *const reasons[] = {"to", "over", "for", "about",
                                          "against", NULL};
    long g = governor(s, x);
    if (g < 0 || (uint32_t)g == head)
        return 0;
    const pb_token *t = &s->tokens[g];
    if (t->upos != PB_UPOS_NOUN ||
        strncmp(pb_deprel_name(t->deprel), "nmod", 4) != 0)
        return 0;
    return marked_by(s, (uint32_t)g, "case", reasons);
}

/* Does token k lie in a phrase of time below the verb at head ("since
 * the attack on a concert hall near Moscow", "after talks in Cairo"), or
 * in a gerund clause of its charge ("arrested on suspicion of smuggling
 * cocaine into Guatemala")? A place there is where that other thing
 * happened. */
static int in_time_phrase(const pb_sentence *s, uint32_t k, uint32_t head)
{
    static const char *const times[] = {"since", "after", "before",
                                        "following", "until", "amid", NULL};
    for (uint32_t d = 0; d < s->n_tokens && k != head; d++) {
        const char *r = pb_deprel_name(s->tokens[k].deprel);
        if (marked_by(s, k, "case", times) ||
            ((strncmp(r, "acl", 3) == 0 || strncmp(r, "advcl", 5) == 0) &&
             strcmp(s->tokens[k].xpos, "VBG") == 0 &&
             marked_by(s, k, "mark", charge_marks)))
            return 1;
        if (s->tokens[k].head < 1)
            return 0;
        k = (uint32_t)s->tokens[k].head - 1;
    }
    return 0;
}

/* Does expression x name a time ahead of the article ("next month",
 * "tomorrow", "the coming week")? */
static int ahead_word(const pb_sentence *s, const pb_timex *x)
{
    static const char *const ahead[] = {"next", "tomorrow", "coming",
                                        "upcoming", NULL};
    for (uint32_t k = x->first; k <= x->last && k < s->n_tokens; k++)
        for (const char *const *a = ahead; *a; a++)
            if (s->tokens[k].form && strcasecmp(s->tokens[k].form, *a) == 0)
                return 1;
    return 0;
}

/* Is the place headed by p where another verb's mover came from ("as he
 * returned from France", "rockets fired from Gaza hit Sderot")? The
 * place of that coming, not of the event at head. */
static int origin_of_other(const pb_sentence *s, uint32_t p, uint32_t head)
{
    static const char *const from[] = {"from", NULL};
    long g = governor(s, p);
    return g >= 0 && (uint32_t)g != head &&
           s->tokens[g].upos == PB_UPOS_VERB && marked_by(s, p, "case", from);
}

void pb_ww_event(const pb_ww_sentence *w, uint32_t head, pb_event *e)
{
    uint32_t heads[PB_TIMEX_MAX_PER_SENTENCE + PB_PLACE_MAX_PER_SENTENCE];
    uint32_t first[PB_TIMEX_MAX_PER_SENTENCE + PB_PLACE_MAX_PER_SENTENCE];
    uint32_t last[PB_TIMEX_MAX_PER_SENTENCE + PB_PLACE_MAX_PER_SENTENCE];
    size_t times[PB_TIMEX_MAX_PER_SENTENCE], n_times = 0;
    uint8_t near[PB_TIMEX_MAX_PER_SENTENCE];
    for (size_t i = 0; i < w->n_times; i++) {
        if (limit_expression(w->s, &w->times[i]) &&
            !within(w->s, head, w->times[i].head))
            continue; /* but "since 2011, when the government sent
                         soldiers" dates the sending */
        if (dates_inner_noun(w->s, w->times[i].head, head))
            continue;
        const pb_timex *x = &w->times[i];
        near[n_times] = (uint8_t)near_article(
            pb_timex_value(x, x->clause_future), &w->article);
        heads[n_times] = x->head;
        first[n_times] = x->first;
        last[n_times] = x->last;
        times[n_times++] = i;
    }
    long t = attach(w->s, head, heads, first, last, n_times, near);
    pb_tvalue v = w->article;
    if (t >= 0) {
        /* a past-tense act took place on the day before the article, even
         * when the day is named in a clause about the future ("marched
         * Thursday after the council dissolved the party") */
        const pb_timex *x = &w->times[times[t]];
        int past_act = strcmp(w->s->tokens[head].xpos, "VBD") == 0;
        v = *pb_timex_value(x, x->clause_future && !past_act);
        /* but a past act is not dated by another clause's future
         * ("said he would visit China next month": the saying is done) */
        if (past_act && governor(w->s, x->head) != (long)head &&
            (x->clause_future || ahead_word(w->s, x)))
            v = w->article;
        /* nor dated after the article at all: "two months later, Russia
         * withdrew its troops", with no earlier date in the article to
         * count from, is some time not known */
        if (past_act && v.prec != PB_PREC_NONE &&
            w->article.prec != PB_PREC_NONE &&
            pb_tvalue_compare(&v, &w->article) > 0)
            memset(&v, 0, sizeof v);
    }
    else if (vague_time(w->s, head))
        memset(&v, 0, sizeof v); /* when is not known */
    e->date = v.date;
    e->date_decade = v.prec == PB_PREC_DECADE;
    if (v.prec != PB_PREC_NONE && w->article.prec != PB_PREC_NONE &&
        e->mode == PB_MODE_ASSERTED && pb_tvalue_compare(&v, &w->article) > 0)
        e->mode = PB_MODE_INTENDED;

    size_t places[PB_PLACE_MAX_PER_SENTENCE], n_places = 0;
    for (size_t i = 0; i < w->n_places; i++) {
        if (in_time_phrase(w->s, w->places[i].head, head) ||
            origin_of_other(w->s, w->places[i].head, head))
            continue; /* where the thing it follows happened, or where
                         someone came from */
        heads[n_places] = w->places[i].head;
        first[n_places] = w->places[i].first;
        last[n_places] = w->places[i].last;
        places[n_places++] = i;
    }
    long p = attach(w->s, head, heads, first, last, n_places, NULL);
    e->location = p >= 0 ? w->places[places[p]].place : NULL;
}

const char *pb_event_precision(const pb_event *e)
{
    if (!e->date.year)
        return NULL;
    return e->date_decade ? "decade" : pb_date_precision(&e->date);
}
