/* coref.c — in-document coreference (see coref.h).
 *
 * Each sentence first resolves its references against the actors of the
 * PB_COREF_WINDOW sentences before it, then adds its own actors (found
 * and resolved) to the memory with their kind — a person (people.txt, or
 * an agent-coded office holder), a state, an organisation, a plural group
 * or a pair ("Israel and China") — and whether each was a subject. The
 * words of a person's name are remembered for the whole document, so
 * that a bare surname later stands for the person.
 */
#include "coref.h"
#include "lexicon.h"
#include "syntax.h"
#include "timex.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

enum pb_coref_kind {
    PB_COREF_PERSON, PB_COREF_STATE, PB_COREF_ORG, PB_COREF_GROUP,
    PB_COREF_PAIR,
};

/* Letters of a state's code ("ISR"); an agent follows ("ISRGOV"). */
#define PB_COREF_STATE_LEN 3

/* Head nouns of an agent phrase naming one office holder. */
static const char *const office_words[] = {
    "minister", "president", "premier", "chancellor", "leader",
    "secretary", "spokesman", "spokeswoman", "spokesperson", "king",
    "queen", "prince", "ambassador", "envoy", "governor", "mayor",
    "general", "commander", "chief", "emir", "official", "counterpart",
    NULL};

/* Nouns after "the" that stand for the state named last ("the
 * country"). */
static const char *const country_words[] = {"country", "nation", NULL};
static const char *const neighbouring[] = {"neighbouring", "neighboring",
                                           NULL};

/* Is one of the sentence's first k mentions a state's ("Iraq", "Iraqi
 * officials")? */
static int state_before(const pb_lexicon *lex, const pb_mention *m, size_t k)
{
    for (size_t i = 0; i < k; i++) {
        char code[PB_COREF_STATE_LEN + 1];
        if (strlen(m[i].code) < PB_COREF_STATE_LEN)
            continue;
        memcpy(code, m[i].code, PB_COREF_STATE_LEN);
        code[PB_COREF_STATE_LEN] = '\0';
        if (pb_lexicon_is_country(lex, code))
            return 1;
    }
    return 0;
}

/* Out of memory, from state_of_last_before. */
static const char PB_COREF_NOMEM[] = "";

/* The state (three letters, in the arena) of the last mention before
 * mention k that is a state's agent ("Colombian President Gustavo
 * Petro" COLGOV: COL), or NULL; PB_COREF_NOMEM out of memory. */
static const char *state_of_last_before(const pb_lexicon *lex,
                                        const pb_mention *m, size_t k,
                                        pb_arena *arena)
{
    for (size_t i = k; i-- > 0;) {
        char code[PB_COREF_STATE_LEN + 1];
        if (m[i].is_agent_only || strlen(m[i].code) <= PB_COREF_STATE_LEN)
            continue;
        memcpy(code, m[i].code, PB_COREF_STATE_LEN);
        code[PB_COREF_STATE_LEN] = '\0';
        if (!pb_lexicon_is_country(lex, code))
            return NULL;
        const char *r = pb_arena_strdup(arena, code);
        return r ? r : PB_COREF_NOMEM;
    }
    return NULL;
}

/* Nouns after "his" or "her" that stand for the following of the person
 * named last ("her party", "his supporters"). */
static const char *const followings[] = {
    "party", "movement", "supporters", "followers", "coalition", "bloc",
    NULL};

/* Nouns after "both" that stand for the pair named last ("both sides",
 * "both countries"). */
static const char *const pair_words[] = {
    "sides", "countries", "nations", "governments", "parties", "leaders",
    "neighbours", "neighbors", "states", "capitals", NULL};

/* Verbs whose object is charged "of" an act ("accused the group of
 * attacking"). */
static const char *const charging[] = {"accuse", "suspect", "convict",
                                       "acquit", NULL};

/* Nouns that, after "the", stand for a group or organisation named
 * before ("the group said"). */
static const char *const group_words[] = {
    "group", "militia", "movement", "organization", "organisation", NULL};

/* Verbs whose "it" subject is usually no actor ("it is likely"). */
static const char *const expletive_verbs[] = {
    "be", "seem", "appear", "remain", "happen", "take", NULL};

static int in_list(const char *w, const char *const *list)
{
    while (*list && strcmp(*list, w) != 0)
        list++;
    return *list != NULL;
}

/* The same, ignoring case ("Following" as "following"). */
static int in_list_folded(const char *w, const char *const *list)
{
    while (*list && strcasecmp(*list, w) != 0)
        list++;
    return *list != NULL;
}

static int rel_starts(const pb_token *t, const char *base)
{
    const char *r = pb_deprel_name(t->deprel);
    size_t n = strlen(base);
    return strncmp(r, base, n) == 0 && (r[n] == '\0' || r[n] == ':');
}

/* The token of a mention whose head lies outside it. */
static uint32_t head_token(const pb_sentence *s, const pb_mention *m)
{
    for (uint32_t i = m->first; i <= m->last; i++) {
        int h = s->tokens[i].head - 1;
        if (h < (int)m->first || h > (int)m->last)
            return i;
    }
    return m->last;
}

static int plural_tag(const pb_token *t)
{
    return strcmp(t->xpos, "NNS") == 0 || strcmp(t->xpos, "NNPS") == 0;
}

/* The kind of a mention found in the text (not an agent alone). */
static int kind_of(const pb_lexicon *lex, const pb_sentence *s,
                   const char *const *lower, const pb_mention *m)
{
    if (m->is_person)
        return PB_COREF_PERSON;
    if (strchr(m->code, '/'))
        return PB_COREF_PAIR;
    if (plural_tag(&s->tokens[m->last]))
        return PB_COREF_GROUP;
    size_t n = strlen(m->code);
    if (n == PB_COREF_STATE_LEN && pb_lexicon_is_country(lex, m->code))
        return PB_COREF_STATE;
    if (n > PB_COREF_STATE_LEN && in_list(lower[m->last], office_words))
        return PB_COREF_PERSON;
    /* a title before a name ("Kenyan President William Ruto") */
    for (uint32_t i = m->first; n > PB_COREF_STATE_LEN && i < m->last; i++)
        if (in_list(lower[i], office_words) &&
            s->tokens[m->last].upos == PB_UPOS_PROPN)
            return PB_COREF_PERSON;
    return PB_COREF_ORG;
}

/* "a" sep "b" in the arena ("ISR" "" "GOV", "ISR" "/" "CHN"), or NULL. */
static char *join(pb_arena *arena, const char *a, const char *sep,
                  const char *b)
{
    size_t na = strlen(a), ns = strlen(sep), nb = strlen(b);
    char *p = pb_arena_alloc(arena, na + ns + nb + 1);
    if (p) {
        memcpy(p, a, na);
        memcpy(p + na, sep, ns);
        memcpy(p + na + ns, b, nb + 1);
    }
    return p;
}

/* ---- choosing an antecedent -------------------------------------------- */

typedef int (*entry_test)(const pb_coref_entry *e, const void *arg);

static int within(const pb_coref_entry *e, uint32_t sentence_no)
{
    return e->sentence < sentence_no &&
           e->sentence + PB_COREF_WINDOW >= sentence_no;
}

/* The antecedent among the entries that pass `ok`: the subject of the
 * previous sentence when one passes, else the one code all candidates
 * share; NULL when there is none or they disagree. */
static const pb_coref_entry *choose(const pb_coref *c, uint32_t sentence_no,
                                    entry_test ok, const void *arg)
{
    const pb_coref_entry *only = NULL;
    int disagree = 0;
    for (size_t i = c->n; i-- > 0;) {
        const pb_coref_entry *e = &c->entries[i];
        if (!within(e, sentence_no) || !ok(e, arg))
            continue;
        if (e->subject && e->sentence + 1 == sentence_no)
            return e;
        if (!only)
            only = e;
        else if (strcmp(only->code, e->code) != 0)
            disagree = 1;
    }
    return disagree ? NULL : only;
}

/* A state other than `own` (a state code, or "") ("the neighbouring
 * country"). */
static int is_other_state(const pb_coref_entry *e, const void *own)
{
    return e->kind == PB_COREF_STATE &&
           strncmp(e->code, own, PB_COREF_STATE_LEN) != 0;
}

static int is_kind(const pb_coref_entry *e, const void *kinds)
{
    for (const int *k = kinds; *k >= 0; k++)
        if (e->kind == *k)
            return 1;
    return 0;
}

/* A subject of one of the kinds: "they" and the state an agent phrase
 * belongs to are read from subjects only (objects gave too many wrong
 * antecedents on the dev articles). */
static int is_kind_subject(const pb_coref_entry *e, const void *kinds)
{
    return e->subject && is_kind(e, kinds);
}

/* Is code a group or organisation no state's organ stands for
 * ("YEMREBHOU", "PSEREBHMS", "IMGMUSISI", "NGOHRIAMN"; not "ISR",
 * "ISRGOV")? */
static int group_code(const char *code)
{
    return strlen(code) > PB_COREF_STATE_LEN && !strchr(code, '/') &&
           !pb_agent_is_state_organ(code + PB_COREF_STATE_LEN);
}

static int is_group_entry(const pb_coref_entry *e, const void *unused)
{
    (void)unused;
    return (e->kind == PB_COREF_ORG || e->kind == PB_COREF_GROUP) &&
           group_code(e->code);
}

/* The last group or organisation named in this sentence before mention k
 * ("A spokesman for the Houthis said the group …"), or NULL. */
static const char *group_before(const pb_mention *m, size_t k)
{
    while (k-- > 0)
        if (!m[k].is_agent_only && !m[k].is_person && group_code(m[k].code))
            return m[k].code;
    return NULL;
}

/* "it": the subject of the latest sentence with one, when it is a state
 * or an organisation. */
static const pb_coref_entry *choose_it(const pb_coref *c, uint32_t sentence_no)
{
    for (size_t i = c->n; i-- > 0;) {
        const pb_coref_entry *e = &c->entries[i];
        if (!within(e, sentence_no) || !e->subject)
            continue;
        return e->kind == PB_COREF_STATE || e->kind == PB_COREF_ORG ? e : NULL;
    }
    return NULL;
}

static int has_agent(const pb_coref_entry *e, const void *agent)
{
    /* "KENJUD", or an organisation's part ("IGOUNOJUDICJ": the court) */
    size_t n = strlen(e->code), na = strlen(agent);
    if (strchr(e->code, '/') != NULL)
        return 0;
    for (size_t k = PB_COREF_STATE_LEN; k + na <= n; k += PB_COREF_STATE_LEN)
        if (strncmp(e->code + k, agent, na) == 0 &&
            ((k == PB_COREF_STATE_LEN && k + na == n) ||
             strncmp(e->code, "IGO", 3) == 0))
            return 1;
    return 0;
}

/* ---- one sentence ------------------------------------------------------- */

/* Does "both" at token i stand alone for a pair: a subject or object, or
 * a modifier before a verb that has no subject ("Both criticized Iran",
 * which the parser reads as advmod)? */
static int both_alone(const pb_sentence *s, uint32_t i)
{
    const pb_token *t = &s->tokens[i];
    if (rel_starts(t, "nsubj") || rel_starts(t, "obj"))
        return 1;
    if (t->head < 1 || (uint32_t)t->head - 1 <= i ||
        (uint32_t)t->head > s->n_tokens ||
        s->tokens[t->head - 1].upos != PB_UPOS_VERB)
        return 0;
    for (uint32_t k = 0; k < s->n_tokens; k++)
        if (s->tokens[k].head == t->head && rel_starts(&s->tokens[k], "nsubj"))
            return 0;
    return 1;
}

/* A resolution: tokens [first, last] stand for `code`. */
typedef struct resolved {
    uint32_t first, last;
    const char *code;
    int kind;
    int replaces;        /* index of the agent mention it replaces, or -1 */
} resolved;

/* How many actors are named before token i of the sentence? */
static size_t actors_before(const pb_mention *m, size_t n, uint32_t i)
{
    size_t count = 0;
    for (size_t k = 0; k < n && m[k].first < i; k++)
        count += !m[k].is_agent_only;
    return count;
}


/* Is there a noun subject before token i ("Demonstrators celebrated what
 * they called …")? The pronoun likely stands for it. */
static int noun_subject_before(const pb_sentence *s, const pb_mention *m,
                               size_t n, uint32_t i)
{
    size_t j = 0;
    for (uint32_t k = 0; k < i; k++) {
        while (j < n && m[j].last < k)
            j++;
        if (j < n && m[j].first <= k && !m[j].is_agent_only)
            continue; /* an actor: never the pronoun's own clause-mate */
        if (rel_starts(&s->tokens[k], "nsubj") &&
            (s->tokens[k].upos == PB_UPOS_NOUN ||
             s->tokens[k].upos == PB_UPOS_PROPN))
            return 1;
    }
    return 0;
}

static int code_in_sentence(const pb_mention *m, size_t n, const char *code)
{
    for (size_t k = 0; k < n; k++)
        if (!m[k].is_agent_only && strcmp(m[k].code, code) == 0)
            return 1;
    return 0;
}

/* Is w a quotation mark? A quote's first "it" ("'It does suggest an
 * ongoing effort,' he said") speaks of a thing, not of the state the
 * last sentences named. */
static int opening_quote(const char *w)
{
    return strcmp(w, "\"") == 0 || strcmp(w, "``") == 0 ||
           strcmp(w, "'") == 0;
}

/* The antecedent of pronoun token i, or NULL. */
static const pb_coref_entry *resolve_pronoun(const pb_coref *c,
                                             const pb_sentence *s,
                                             const char *const *lower,
                                             uint32_t i, uint32_t sentence_no,
                                             const pb_mention *m, size_t n)
{
    static const int persons[] = {PB_COREF_PERSON, -1};
    static const int plurals[] = {PB_COREF_PAIR, PB_COREF_GROUP,
                                  PB_COREF_STATE, -1};
    const pb_token *t = &s->tokens[i];
    const char *w = lower[i];
    int subject = rel_starts(t, "nsubj");
    if (strcmp(t->xpos, "PRP") != 0)
        return NULL; /* "her visit" is a possessive */
    /* A subject with an actor before it in its sentence is the tree
     * coder's to resolve ("Ethiopia indicated it would act"). */
    if ((subject && actors_before(m, n, i) > 0) || noun_subject_before(s, m, n, i))
        return NULL;
    /* "tariffs on Mexico, Canada and China to pressure them": "they"
     * after actors of its own sentence stands for some of them, not for
     * the subject of an earlier sentence */
    if ((!strcmp(w, "they") || !strcmp(w, "them")) && actors_before(m, n, i) >= 2)
        return NULL;
    const pb_coref_entry *e = NULL;
    if (!strcmp(w, "he") || !strcmp(w, "she") || !strcmp(w, "him") ||
        !strcmp(w, "her"))
        e = choose(c, sentence_no, is_kind, persons);
    else if (!strcmp(w, "they") || !strcmp(w, "them"))
        e = choose(c, sentence_no, is_kind_subject, plurals);
    else if (!strcmp(w, "it") && subject && t->head >= 1 &&
             !(i > 0 && opening_quote(lower[i - 1])) &&
             (uint32_t)t->head <= s->n_tokens &&
             !in_list(s->tokens[t->head - 1].lemma
                          ? s->tokens[t->head - 1].lemma
                          : lower[t->head - 1],
                      expletive_verbs))
        e = choose_it(c, sentence_no);
    /* "Li welcomed him": a pronoun is not an actor of its own sentence. */
    if (e && code_in_sentence(m, n, e->code))
        return NULL;
    return e;
}

/* For one body or office holder ("the senate", "the minister"; not
 * plural people such as "the officials", often other ones than those the
 * sentence named): the code of the last mention before mention k of the
 * same sentence that has k's agent with a state ("the Argentine congress
 * approved a bill, but it was dismissed by the senate"), or NULL. */
static const char *same_agent_before(const pb_sentence *s,
                                     const pb_mention *m, size_t k)
{
    const pb_token *head = &s->tokens[head_token(s, &m[k])];
    if (plural_tag(head))
        return NULL;
    const char *agent = m[k].code;
    for (size_t j = k; j-- > 0;) {
        size_t len = strlen(m[j].code);
        if (!m[j].is_agent_only && len > PB_COREF_STATE_LEN &&
            strcmp(m[j].code + PB_COREF_STATE_LEN, agent) == 0)
            return m[j].code;
    }
    return NULL;
}

/* Is agent mention m the name of an institution outside the state ("the
 * University of Southern California", "the Times")? Its state is not
 * the one the last sentences named; organs of the state ("the Foreign
 * Ministry") are. */
static int named_institution(const pb_sentence *s, const pb_mention *m)
{
    const char *form = s->tokens[head_token(s, m)].form;
    if (!form || !isupper((unsigned char)form[0]))
        return 0;
    return !pb_agent_is_state_organ(m->code);
}

/* ---- names -------------------------------------------------------------- */

/* Capitalised words of a name that are titles, not names. */
static const char *const title_words[] = {
    "prime", "foreign", "defense", "defence", "vice", "deputy", "mr.",
    "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.",
    "maj.", "major", "capt.", "adm.", "sgt.", "sheikh", "sir", "lord",
    "lady", "pope", "justice", "judge", "senator", "representative",
    "congressman",
    "congresswoman", "former", "acting", "interim", "supreme", "crown",
    "state", "national", "security", "affairs", "interior", "finance",
    "trade", "commerce", "economy", "health", "energy", "army", "air",
    "force", "navy", "staff", "ministry", "council", "house", NULL};

/* Can token i be a word of a person's name: a capitalised noun (the
 * tagger takes names it has not seen, "Wang", for common nouns) that is
 * no title ("Minister") and no day or month? */
static int name_word(const pb_sentence *s, const char *const *lower,
                     uint32_t i)
{
    const pb_token *t = &s->tokens[i];
    return (t->upos == PB_UPOS_PROPN || t->upos == PB_UPOS_NOUN) && t->form &&
           isupper((unsigned char)t->form[0]) && strlen(t->form) >= 2 &&
           !in_list(lower[i], title_words) &&
           !in_list(lower[i], office_words) && !pb_day_word(t->form);
}

static void remember_name(pb_coref *c, const char *word, const char *code,
                          const char *partner)
{
    if (c->n_names == PB_COREF_MAX_NAMES) {
        memmove(c->names, c->names + 1,
                (PB_COREF_MAX_NAMES - 1) * sizeof *c->names);
        c->n_names--;
    }
    c->names[c->n_names++] = (pb_coref_name){word, code, partner};
}

/* The latest memory of name word `word`, or NULL. */
static const pb_coref_name *name_entry(const pb_coref *c, const char *word)
{
    for (size_t i = c->n_names; i-- > 0;)
        if (strcmp(c->names[i].word, word) == 0)
            return &c->names[i];
    return NULL;
}

/* Remembers the name words of person mention m: its own and those of
 * the name right after it ("Chinese Commerce Minister Wang Wentao"). A
 * word already known as another, uncoded person's ("khan" of "Usman
 * Khan", when this is "Sadiq Khan") stays that person's: the bare word
 * is then ambiguous. */
static void remember_names(pb_coref *c, const pb_sentence *s,
                           const char *const *lower, const pb_mention *m,
                           uint32_t next_mention)
{
    uint32_t end = m->last + 1;
    while (end < s->n_tokens && end < next_mention && end <= m->last + 4 &&
           name_word(s, lower, end))
        end++;
    for (uint32_t i = m->first; i < end; i++) {
        if (!name_word(s, lower, i))
            continue;
        const pb_coref_name *e = name_entry(c, lower[i]);
        int other = 0; /* the earlier person's other word is not ours */
        if (e && !*e->code && e->partner) {
            other = 1;
            for (uint32_t k = m->first; k < end && other; k++)
                other = strcmp(lower[k], e->partner) != 0;
        }
        if (!other)
            remember_name(c, lower[i], m->code, NULL);
    }
}

/* The code of the person a name word stands for (the latest one it was
 * remembered with), or NULL. */
static const char *name_code(const pb_coref *c, const char *word)
{
    const pb_coref_name *e = name_entry(c, word);
    return e ? e->code : NULL;
}

/* The person a run of name words from token i on stands for ("Wang",
 * "Wang Wentao"), every word naming the same one; *last is set to the
 * run's last token. The run must stand alone, not after a mention (the
 * name of "Minister Wang Wentao" is that mention's) nor inside one. */
static const char *named_person(const pb_coref *c, const pb_sentence *s,
                                const char *const *lower, uint32_t i,
                                const pb_mention *m, size_t n, size_t k,
                                uint32_t *last)
{
    if (!name_word(s, lower, i) || (i > 0 && name_word(s, lower, i - 1)) ||
        (k > 0 && m[k - 1].last + 1 == i))
        return NULL;
    const char *code = NULL;
    uint32_t j = i;
    for (; j < s->n_tokens && name_word(s, lower, j) &&
           !(k < n && m[k].first <= j);
         j++) {
        const char *w = name_code(c, lower[j]);
        if (!w || !*w || (code && strcmp(code, w) != 0))
            return NULL; /* ("" is an uncoded person's name: see
                            remember_uncoded_names) */
        code = w;
    }
    if (j < s->n_tokens && name_word(s, lower, j))
        return NULL; /* the run goes on into a mention */
    *last = j - 1;
    return code;
}

/* The mention whose span holds token t, or -1. */
static long mention_holding(const pb_mention *m, size_t n, uint32_t t)
{
    for (size_t k = 0; k < n; k++)
        if (m[k].first <= t && t <= m[k].last)
            return (long)k;
    return -1;
}

/* The code of mention mj when it names a state alone ("Russia", not
 * "Russian troops" or an agent), else NULL (also for mj -1). */
static const char *bare_state_of(const pb_lexicon *lex, const pb_mention *m,
                                 long mj)
{
    const char *code = mj >= 0 ? m[mj].code : NULL;
    return code && strlen(code) == PB_COREF_STATE_LEN &&
                   pb_lexicon_is_country(lex, code) && !m[mj].is_agent_only
               ? code
               : NULL;
}

/* The state that says the clause whose subject is token x ("Russia said
 * its troops …"), or whose clause it is joined to ("China protested,
 * with its foreign ministry urging Tokyo …", "… and its army
 * withdrew"), or NULL. */
static const char *speakers_own(const pb_lexicon *lex, const pb_sentence *s,
                                const pb_mention *m, size_t n, uint32_t x)
{
    if (s->tokens[x].head < 1)
        return NULL;
    uint32_t clause = (uint32_t)s->tokens[x].head - 1;
    if (!(rel_starts(&s->tokens[clause], "ccomp") ||
          rel_starts(&s->tokens[clause], "conj") ||
          rel_starts(&s->tokens[clause], "advcl")) ||
        s->tokens[clause].head < 1 || s->tokens[clause].upos != PB_UPOS_VERB)
        return NULL;
    uint32_t say = (uint32_t)s->tokens[clause].head - 1;
    for (uint32_t j = 0; j < s->n_tokens; j++) {
        if (s->tokens[j].head != (int)say + 1 ||
            !rel_starts(&s->tokens[j], "nsubj"))
            continue;
        return bare_state_of(lex, m, mention_holding(m, n, j));
    }
    return NULL;
}

/* The owner of "its"/"their" before the agent phrase of mention k when
 * the subject of the clause it stands in cannot own it, being a state's
 * organ or a body of states ("Mexico cut ties with Ecuador after
 * Ecuadorian police raided its embassy", "Rwanda rejected a UN report
 * accusing its army"): the subject of the nearest clause above that is
 * a state. NULL when the nearest subject is a state or group itself
 * (the tree coder reads those) or no state owns it. */
static const char *possessive_owner(const pb_lexicon *lex,
                                    const pb_sentence *s,
                                    const pb_mention *m, size_t n, size_t k)
{
    int skipped = 0;
    uint32_t x = head_token(s, &m[k]);
    if (rel_starts(&s->tokens[x], "nsubj"))
        /* "Russia said its troops had captured two villages": the
         * speaker's; else the tree coder's ("its air force had struck") */
        return speakers_own(lex, s, m, n, x);
    for (int climb = 0; climb < 8 && s->tokens[x].head >= 1; climb++) {
        x = (uint32_t)s->tokens[x].head - 1;
        if (s->tokens[x].upos != PB_UPOS_VERB)
            continue;
        if (rel_starts(&s->tokens[x], "acl"))
            skipped = 1; /* "a UN report accusing its army": the report's */
        for (uint32_t j = 0; j < s->n_tokens; j++) {
            if (s->tokens[j].head != (int)x + 1 ||
                !rel_starts(&s->tokens[j], "nsubj"))
                continue;
            if (s->tokens[j].upos == PB_UPOS_PRON)
                return NULL; /* "it will not withdraw its troops" */
            const char *code = bare_state_of(lex, m, mention_holding(m, n, j));
            if (code)
                return skipped ? code : NULL;
            skipped = 1; /* an organ, a body of states, a report */
        }
    }
    return NULL;
}

/* The talks (a noun of talks) hung on verb v as an oblique "after",
 * "following", "during" or "in" which it acts; -1 if none. */
static int talks_before(const pb_sentence *s, uint32_t v,
                        const char *const *talks)
{
    static const char *const when[] = {"after", "following", "during", "in",
                                       NULL};
    for (uint32_t o = 0; o < s->n_tokens; o++) {
        const pb_token *t = &s->tokens[o];
        if (t->head - 1 != (int)v || !rel_starts(t, "obl") || !t->lemma ||
            !in_list(t->lemma, talks))
            continue;
        for (uint32_t c = 0; c < o; c++)
            if (s->tokens[c].head - 1 == (int)o &&
                rel_starts(&s->tokens[c], "case") && s->tokens[c].form &&
                in_list_folded(s->tokens[c].form, when))
                return (int)o;
    }
    return -1;
}

/* Are tokens from..to-1 at most two adjectives ("the country's rival
 * leaders")? None at all is true. */
static int adjectives_between(const pb_sentence *s, uint32_t from, uint32_t to)
{
    if (to < from || to - from > 2)
        return 0;
    for (uint32_t i = from; i < to; i++)
        if (s->tokens[i].upos != PB_UPOS_ADJ)
            return 0;
    return 1;
}

/* The person mention the subject person k met or spoke with, the object
 * or "with" phrase of k's verb ("Putin met Xi in Beijing", "Biden spoke
 * with Macron"), so that "the two leaders" after are the pair; -1 if
 * none. */
static long person_met(const pb_sentence *s, const pb_mention *out,
                       const int *kinds, size_t n_out, size_t k)
{
    static const char *const meeting[] = {"meet", "host", "receive",
                                          "welcome", "visit", "call",
                                          "phone", "speak", "talk", NULL};
    static const char *const talks[] = {"talk", "talks", "meeting",
                                        "call", "conversation", NULL};
    static const char *const means[] = {"phone", "telephone", "video",
                                        "videoconference", "videolink",
                                        NULL};
    int verb = s->tokens[head_token(s, &out[k])].head - 1;
    const char *lemma = verb >= 0 ? s->tokens[verb].lemma : NULL;
    /* "held talks with Xi": the talks' "with" phrase */
    int held = lemma && strcmp(lemma, "hold") == 0;
    /* "After talks with Aliyev, Mirziyoyev said …": talks the subject's
     * verb is said to follow or to happen in */
    int after = verb >= 0 ? talks_before(s, (uint32_t)verb, talks) : -1;
    /* (or that a participle on the subject or its verb follows:
     * "Tokayev, speaking after talks with Japarov, said …") */
    uint32_t subject = head_token(s, &out[k]);
    for (uint32_t p = 0; verb >= 0 && after < 0 && p < s->n_tokens; p++)
        if ((s->tokens[p].head - 1 == verb ||
             s->tokens[p].head - 1 == (int)subject) &&
            strcmp(s->tokens[p].xpos, "VBG") == 0 &&
            (rel_starts(&s->tokens[p], "acl") ||
             rel_starts(&s->tokens[p], "advcl")))
            after = talks_before(s, p, talks);
    if (after >= 0)
        for (size_t j = 0; j < n_out; j++)
            for (uint32_t w = out[j].first;
                 j != k && kinds[j] == PB_COREF_PERSON &&
                 strcmp(out[j].code, out[k].code) != 0 && w <= out[j].last;
                 w++)
                if (s->tokens[w].head - 1 == after &&
                    rel_starts(&s->tokens[w], "nmod"))
                    return (long)j;
    if (!lemma || (!in_list(lemma, meeting) && !held))
        return -1;
    for (size_t j = 0; j < n_out; j++) {
        if (j == k || kinds[j] != PB_COREF_PERSON ||
            strcmp(out[j].code, out[k].code) == 0)
            continue;
        /* any word of the mention hung there (the parser may hang a
         * demonym before the name elsewhere) */
        for (uint32_t w = out[j].first; w <= out[j].last; w++) {
            const pb_token *t = &s->tokens[w];
            int h = t->head - 1;
            /* (a title hung on the name after it: "met Sri Lankan
             * Foreign Minister Vijitha Herath") */
            if (h > (int)out[j].last && rel_starts(t, "nmod:desc")) {
                t = &s->tokens[h];
                h = t->head - 1;
            }
            if (!held && h == verb &&
                (rel_starts(t, "obj") || rel_starts(t, "obl")))
                return (long)j;
            if (held && h >= 0 && s->tokens[h].head - 1 == verb &&
                rel_starts(&s->tokens[h], "obj") && s->tokens[h].lemma &&
                in_list(s->tokens[h].lemma, talks) &&
                (rel_starts(t, "nmod") || rel_starts(t, "obj")))
                return (long)j; /* (or misread as the talks' object) */
            /* "spoke by phone with Trump", the "with" phrase hung on
             * the means */
            if (!held && h >= 0 && s->tokens[h].head - 1 == verb &&
                rel_starts(&s->tokens[h], "obl") && s->tokens[h].lemma &&
                in_list(s->tokens[h].lemma, means) && rel_starts(t, "nmod"))
                return (long)j;
        }
    }
    return -1;
}

/* The pair the sentence's mentions before mention k form: two actors
 * joined by "and", or a person subject and the person met or talked with
 * ("Ruto held talks with Abiy on Thursday, and the two leaders signed
 * …": KENGOV/ETHGOV, in the arena), or NULL; PB_COREF_NOMEM out of
 * memory. */
static const char *pair_before(const pb_lexicon *lex, const pb_sentence *s,
                               const char *const *lower, const pb_mention *m,
                               size_t k, pb_arena *arena)
{
    int *kinds = pb_arena_alloc(arena, (k + 1) * sizeof *kinds);
    if (!kinds)
        return PB_COREF_NOMEM;
    for (size_t j = 0; j < k; j++)
        kinds[j] = m[j].is_agent_only ? -1 : kind_of(lex, s, lower, &m[j]);
    for (size_t j = 0; j < k; j++) {
        /* "Israel and Hamas agreed to a truce, with Egypt urging both
         * sides …": two actors joined by "and" */
        if (j + 1 < k && kinds[j] >= 0 && kinds[j + 1] >= 0 &&
            kinds[j] != PB_COREF_PAIR && kinds[j + 1] != PB_COREF_PAIR &&
            m[j + 1].first == m[j].last + 2 &&
            strcmp(lower[m[j].last + 1], "and") == 0 &&
            strcmp(m[j].code, m[j + 1].code) != 0) {
            const char *p = join(arena, m[j].code, "/", m[j + 1].code);
            return p ? p : PB_COREF_NOMEM;
        }
        if (kinds[j] != PB_COREF_PERSON ||
            !rel_starts(&s->tokens[head_token(s, &m[j])], "nsubj"))
            continue;
        long met = person_met(s, m, kinds, k, j);
        if (met >= 0) {
            const char *p = join(arena, m[j].code, "/", m[met].code);
            return p ? p : PB_COREF_NOMEM;
        }
    }
    return NULL;
}

/* Resolves "the two", "both sides" in *r: the pair formed earlier in
 * the sentence (pair_before), else the pair of the last sentences in
 * *e. Returns 0, or -1 out of memory. */
static int pair_reference(const pb_coref *c, const pb_lexicon *lex,
                          const pb_sentence *s, const char *const *lower,
                          const pb_mention *m, size_t k, uint32_t sentence_no,
                          pb_arena *arena, resolved *r,
                          const pb_coref_entry **e)
{
    static const int pairs[] = {PB_COREF_PAIR, -1};
    r->code = pair_before(lex, s, lower, m, k, arena);
    if (r->code == PB_COREF_NOMEM)
        return -1;
    r->kind = PB_COREF_PAIR;
    if (!r->code)
        *e = choose(c, sentence_no, is_kind, pairs);
    return 0;
}

/* The state (three letters, in the arena) of the last mention before
 * mention k that names a state or one of its organs, skipping the state
 * of the subject of the clause token x stands in ("Petro called the
 * country's election a fraud": not Colombia's own), or NULL;
 * PB_COREF_NOMEM out of memory. */
static const char *state_named_before(const pb_lexicon *lex,
                                      const pb_sentence *s,
                                      const pb_mention *m, size_t k,
                                      uint32_t x, pb_arena *arena)
{
    char own[PB_COREF_STATE_LEN + 1] = "";
    uint32_t v = x;
    for (int d = 0; d < 8 && s->tokens[v].upos != PB_UPOS_VERB &&
                    s->tokens[v].head >= 1;
         d++)
        v = (uint32_t)s->tokens[v].head - 1;
    for (size_t i = 0; i < k && s->tokens[v].upos == PB_UPOS_VERB; i++)
        for (uint32_t h = m[i].first; h <= m[i].last; h++)
            if (s->tokens[h].head == (int)v + 1 &&
                rel_starts(&s->tokens[h], "nsubj") &&
                strlen(m[i].code) >= PB_COREF_STATE_LEN) {
                memcpy(own, m[i].code, PB_COREF_STATE_LEN);
                own[PB_COREF_STATE_LEN] = '\0';
            }
    for (size_t i = k; i-- > 0;) {
        char code[PB_COREF_STATE_LEN + 1];
        if (m[i].is_agent_only || strlen(m[i].code) < PB_COREF_STATE_LEN)
            continue;
        memcpy(code, m[i].code, PB_COREF_STATE_LEN);
        code[PB_COREF_STATE_LEN] = '\0';
        if (!pb_lexicon_is_country(lex, code) || strcmp(code, own) == 0)
            continue;
        const char *r = pb_arena_strdup(arena, code);
        return r ? r : PB_COREF_NOMEM;
    }
    return NULL;
}

/* Do the words of agent mention m name an armed group rather than a
 * state's force: "paramilitary" ("the paramilitaries"), or a group word
 * right after the mention ("the rebel group", "the militant group";
 * *last is moved onto it)? */
static int armed_group_words(const pb_sentence *s, const char *const *lower,
                             const pb_mention *m, uint32_t *last)
{
    static const char *const paramilitary[] = {"paramilitary",
                                               "paramilitaries", NULL};
    if (m->last + 1 < s->n_tokens && in_list(lower[m->last + 1], group_words)) {
        *last = m->last + 1;
        return 1;
    }
    for (uint32_t w = m->first; w <= m->last; w++)
        if (in_list(lower[w], paramilitary))
            return 1;
    return 0;
}

/* Finds the references of the sentence; returns their count in out. */
static size_t find_references(const pb_coref *c, const pb_lexicon *lex,
                              const pb_sentence *s, const char *const *lower,
                              uint32_t sentence_no, const pb_mention *m,
                              size_t n, pb_arena *arena, resolved *out)
{
    static const int pairs[] = {PB_COREF_PAIR, -1};
    static const int states[] = {PB_COREF_STATE, -1};
    size_t n_out = 0;
    size_t k = 0; /* the first mention not before token i */
    for (uint32_t i = 0; i < s->n_tokens; i++) {
        while (k < n && m[k].last < i)
            k++;
        int in_mention = k < n && m[k].first <= i;
        resolved r = {i, i, NULL, 0, -1};
        const pb_coref_entry *e = NULL;
        if (in_mention && m[k].first == i && m[k].is_agent_only && i > 0 &&
            strcmp(lower[i - 1], "the") == 0) {
            /* "the prime minister": an actor with that agent, else the
             * one state of the last sentences with it */
            r.first = i - 1;
            r.last = m[k].last;
            r.replaces = (int)k;
            const char *same = NULL;
            if (armed_group_words(s, lower, &m[k], &r.last)) {
                /* "the paramilitary group shelled a camp": the armed
                 * group named last (the RSF), not the state's army */
                same = group_before(m, k);
                e = same ? NULL : choose(c, sentence_no, is_group_entry, NULL);
                if (!same && !e)
                    r.last = m[k].last;
            }
            if (!same && !e)
                same = same_agent_before(s, m, k);
            if (!same && !e)
                e = choose(c, sentence_no, has_agent, m[k].code);
            if (same)
                r.code = same; /* "the Argentine congress … the senate" */
            else if (e)
                r.code = e->code;
            else if (!named_institution(s, &m[k]) &&
                     (e = choose(c, sentence_no, is_kind_subject, states)) &&
                     !(r.code = join(arena, e->code, "", m[k].code)))
                return (size_t)-1;
            pb_mention named = m[k];
            named.code = r.code ? r.code : "";
            named.is_agent_only = 0;
            r.kind = kind_of(lex, s, lower, &named);
            i = m[k].last;
        } else if (in_mention && m[k].first == i && m[k].is_agent_only &&
                   i > 0 && (strcmp(lower[i - 1], "its") == 0 ||
                             strcmp(lower[i - 1], "their") == 0) &&
                   s->tokens[i - 1].head == (int)head_token(s, &m[k]) + 1 &&
                   rel_starts(&s->tokens[i - 1], "nmod")) {
            const char *owner = possessive_owner(lex, s, m, n, k);
            if (owner) {
                r.first = i - 1;
                r.last = m[k].last;
                r.replaces = (int)k;
                if (!(r.code = join(arena, owner, "", m[k].code)))
                    return (size_t)-1;
                r.kind = PB_COREF_STATE;
            }
            i = m[k].last;
        } else if (in_mention) {
            continue;
        } else if (strcmp(lower[i], "the") == 0 && i + 1 < s->n_tokens &&
                   strcmp(lower[i + 1], "two") == 0 &&
                   !(k < n && m[k].first == i + 1)) {
            r.last = i + 1;
            if (i + 2 < s->n_tokens && plural_tag(&s->tokens[i + 2]) &&
                !(k < n && m[k].first <= i + 2))
                r.last = i + 2; /* "the two leaders" */
            if (pair_reference(c, lex, s, lower, m, k, sentence_no, arena,
                               &r, &e) != 0)
                return (size_t)-1;
            i = r.last;
        } else if (strcmp(lower[i], "the") == 0 && i + 1 < s->n_tokens &&
                   in_list(lower[i + 1], group_words) &&
                   !(k < n && m[k].first == i + 1) &&
                   !(i + 2 < s->n_tokens &&
                     strcmp(lower[i + 2], "of") == 0 &&
                     !(i > 0 && s->tokens[i - 1].lemma &&
                       in_list(s->tokens[i - 1].lemma, charging)))) {
            /* (not "the group of protesters"; but "accused the group of
             * attacking") */
            /* "the group", "the militia": the group named last */
            r.last = i + 1;
            r.code = group_before(m, k);
            r.kind = PB_COREF_ORG;
            if (!r.code)
                e = choose(c, sentence_no, is_group_entry, NULL);
            i = r.last;
        } else if (strcmp(lower[i], "the") == 0 && i + 1 < s->n_tokens &&
                   in_list(lower[i + 1], country_words) &&
                   !(k < n && m[k].first <= i + 1) &&
                   !(i + 2 < s->n_tokens &&
                     (strcmp(lower[i + 2], "of") == 0 ||
                      strcmp(lower[i + 2], "'s") == 0 ||
                      strcmp(lower[i + 2], "’s") == 0)) &&
                   !state_before(lex, m, k)) {
            /* "He pledged aid for the country": the state named last
             * (not "the country of …"; not "the country's leading
             * newspaper", nor after a state in the sentence, which the
             * phrase mostly describes) */
            r.last = i + 1;
            e = choose(c, sentence_no, is_kind, states);
            if (e && !pb_lexicon_is_country(lex, e->code))
                e = NULL; /* a region ("Europe") is no country */
            i = r.last;
        } else if (strcmp(lower[i], "the") == 0 && i + 2 < s->n_tokens &&
                   in_list(lower[i + 1], country_words) &&
                   (strcmp(lower[i + 2], "'s") == 0 ||
                    strcmp(lower[i + 2], "’s") == 0) &&
                   k < n && adjectives_between(s, i + 3, m[k].first) &&
                   m[k].is_agent_only && state_before(lex, m, k)) {
            /* "extended its mission in South Sudan and urged the
             * country's [rival] leaders": the state named last in the
             * sentence, not the own state of the clause's subject, owns
             * the people or organ after it (not "the country's economic
             * crisis") */
            r.last = i + 1;
            r.code = state_named_before(lex, s, m, k, i + 1, arena);
            r.kind = PB_COREF_STATE;
            if (r.code == PB_COREF_NOMEM)
                return (size_t)-1;
            i = r.last;
        } else if (strcmp(lower[i], "the") == 0 && i + 2 < s->n_tokens &&
                   in_list(lower[i + 1], neighbouring) &&
                   in_list(lower[i + 2], country_words) &&
                   !(k < n && m[k].first <= i + 2)) {
            /* "Congo accused the neighbouring country of sending troops":
             * the state named last that is not the sentence's own */
            char own[PB_COREF_STATE_LEN + 1] = "";
            for (size_t q = 0; q < k && !own[0]; q++)
                if (strlen(m[q].code) >= PB_COREF_STATE_LEN) {
                    memcpy(own, m[q].code, PB_COREF_STATE_LEN);
                    own[PB_COREF_STATE_LEN] = '\0';
                }
            r.last = i + 2;
            e = choose(c, sentence_no, is_other_state, own);
            if (e && !pb_lexicon_is_country(lex, e->code))
                e = NULL;
            i = r.last;
        } else if ((strcmp(lower[i], "his") == 0 ||
                    strcmp(lower[i], "her") == 0) &&
                   i + 1 < s->n_tokens && in_list(lower[i + 1], country_words) &&
                   (rel_starts(&s->tokens[i + 1], "nsubj") ||
                    rel_starts(&s->tokens[i + 1], "obj")) &&
                   !(k < n && m[k].first <= i + 1)) {
            /* "Petro announced that his country would break relations",
             * "accused Russia of failing to protect his country": the
             * state of the last person or organ named before it, as the
             * one acting or acted on (not "of importance to his
             * country") */
            r.last = i + 1;
            r.code = state_of_last_before(lex, m, k, arena);
            r.kind = PB_COREF_STATE;
            if (r.code == PB_COREF_NOMEM)
                return (size_t)-1;
            i = r.last;
        } else if ((strcmp(lower[i], "his") == 0 ||
                    strcmp(lower[i], "her") == 0) &&
                   i + 1 < s->n_tokens && in_list(lower[i + 1], followings) &&
                   !(k < n && m[k].first <= i + 1)) {
            /* "police raided the offices of her party": the party or
             * supporters of the person named last in the sentence, coded
             * as that person is ("Venezuelan opposition leader Maria
             * Corina Machado": VENOPP) */
            for (size_t q = k; q-- > 0 && !r.code;)
                if (m[q].is_person && strlen(m[q].code) > PB_COREF_STATE_LEN)
                    r.code = m[q].code;
            r.last = i + 1;
            r.kind = PB_COREF_ORG;
            i = r.last;
        } else if (strcmp(lower[i], "both") == 0 && both_alone(s, i)) {
            e = choose(c, sentence_no, is_kind, pairs);
        } else if (strcmp(lower[i], "both") == 0 && i + 1 < s->n_tokens &&
                   in_list(lower[i + 1], pair_words) &&
                   !(k < n && m[k].first <= i + 1)) {
            r.last = i + 1; /* "urged both sides to exercise restraint" */
            if (pair_reference(c, lex, s, lower, m, k, sentence_no, arena,
                               &r, &e) != 0)
                return (size_t)-1;
            i = r.last;
        } else if ((r.code = named_person(c, s, lower, i, m, n, k,
                                          &r.last)) != NULL) {
            r.kind = PB_COREF_PERSON; /* "Wang" for Wang Wentao */
            i = r.last;
        } else {
            e = resolve_pronoun(c, s, lower, i, sentence_no, m, n);
        }
        if (e && !r.code) {
            r.code = e->code;
            r.kind = e->kind;
        }
        if (r.code)
            out[n_out++] = r;
    }
    return n_out;
}

/* ---- memory ------------------------------------------------------------- */
static void remember(pb_coref *c, const char *code, uint32_t sentence_no,
                     int kind, int subject)
{
    if (c->n == PB_COREF_MAX_ENTRIES) {
        memmove(c->entries, c->entries + 1,
                (PB_COREF_MAX_ENTRIES - 1) * sizeof *c->entries);
        c->n--;
    }
    c->entries[c->n++] = (pb_coref_entry){code, sentence_no, (uint8_t)kind,
                                          (uint8_t)subject};
}

/* "28-year-old Usman Khan stabbed …; Mayor of London Sadiq Khan …;
 * Khan was convicted": a run of two or more name words outside any
 * mention that is no reference to one remembered person is an uncoded
 * person's name; its words are remembered as "" with another word of
 * the run, so that the bare surname does not resolve to a coded person
 * who shares it (see remember_names). */
static void remember_uncoded_names(pb_coref *c, const pb_sentence *s,
                                   const char *const *lower,
                                   const pb_mention *out, size_t n_out)
{
    for (uint32_t i = 0; i < s->n_tokens;) {
        uint32_t j = i;
        while (j < s->n_tokens && name_word(s, lower, j) &&
               mention_holding(out, n_out, j) < 0)
            j++;
        /* (not the name right after a person's title: "Mayor of London
         * Sadiq Khan" is the mention's) */
        int titled = i > 0 && mention_holding(out, n_out, i - 1) >= 0;
        for (uint32_t k = i; j - i >= 2 && !titled && k < j; k++)
            remember_name(c, lower[k], "", lower[k == i ? i + 1 : i]);
        i = j > i ? j : i + 1;
    }
}

int pb_coref_sentence(pb_coref *c, const pb_lexicon *lex,
                      const pb_sentence *s, const char *const *lower,
                      uint32_t sentence_no, pb_arena *arena,
                      pb_mention **mentions, size_t *n_mentions)
{
    const pb_mention *m = *mentions;
    size_t n = *n_mentions;
    resolved *res = pb_arena_alloc(arena, (s->n_tokens + 1) * sizeof *res);
    if (!res)
        return -1;
    size_t n_res = find_references(c, lex, s, lower, sentence_no, m, n,
                                   arena, res);
    if (n_res == (size_t)-1)
        return -1;
    /* Merge in text order; a resolved agent phrase replaces its mention. */
    pb_mention *out = pb_arena_alloc(arena, (n + n_res + 1) * sizeof *out);
    int *kinds = pb_arena_alloc(arena, (n + n_res + 1) * sizeof *kinds);
    if (!out || !kinds)
        return -1;
    size_t n_out = 0, r = 0, k = 0;
    while (k < n || r < n_res) {
        if (r < n_res && (k == n || res[r].first <= m[k].first)) {
            out[n_out] = (pb_mention){
                .first = res[r].first, .last = res[r].last,
                .code = res[r].code, .is_resolved = 1,
                .is_person = res[r].kind == PB_COREF_PERSON};
            kinds[n_out++] = res[r].kind;
            if (res[r].replaces >= 0)
                k = (size_t)res[r].replaces + 1; /* the agent it stands for */
            r++;
        } else {
            out[n_out] = m[k];
            kinds[n_out++] = m[k].is_agent_only
                                 ? -1
                                 : kind_of(lex, s, lower, &m[k]);
            k++;
        }
    }
    /* Remember the names of the sentence's persons. */
    remember_uncoded_names(c, s, lower, out, n_out);
    for (k = 0; k < n_out; k++)
        if (kinds[k] == PB_COREF_PERSON && !out[k].is_resolved)
            remember_names(c, s, lower, &out[k],
                           k + 1 < n_out ? out[k + 1].first : s->n_tokens);
    /* Remember the sentence's actors, and "A and B" as a pair. */
    int in_pair = 0; /* a pair's members are no subjects: the pair is */
    for (k = 0; k < n_out; k++) {
        if (kinds[k] < 0)
            continue;
        int subject = !in_pair &&
                      rel_starts(&s->tokens[head_token(s, &out[k])], "nsubj");
        in_pair = 0;
        remember(c, out[k].code, sentence_no, kinds[k], subject);
        if (k + 1 < n_out && kinds[k + 1] >= 0 &&
            kinds[k] != PB_COREF_PAIR && kinds[k + 1] != PB_COREF_PAIR &&
            out[k + 1].first == out[k].last + 2 &&
            strcmp(lower[out[k].last + 1], "and") == 0 &&
            strcmp(out[k].code, out[k + 1].code) != 0) {
            char *p = join(arena, out[k].code, "/", out[k + 1].code);
            if (!p)
                return -1;
            c->entries[c->n - 1].subject = 0;
            remember(c, p, sentence_no, PB_COREF_PAIR, subject);
            in_pair = 1;
        }
        long met = subject && kinds[k] == PB_COREF_PERSON
                       ? person_met(s, out, kinds, n_out, k)
                       : -1;
        if (met >= 0) {
            char *p = join(arena, out[k].code, "/", out[met].code);
            if (!p)
                return -1;
            remember(c, p, sentence_no, PB_COREF_PAIR, 0);
        }
    }
    *mentions = out;
    *n_mentions = n_out;
    return 0;
}
