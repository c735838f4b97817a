/* actors.c — actor recognition over one sentence (see actors.h).
 *
 * Pass 1 takes, left to right, the longest phrase that matches at each
 * token (actors win ties over agents; one opening with "the" yields to
 * a longer one from the next word); among entries with the same words
 * the date decides (a dated role that holds on the sentence's date, else
 * the undated default, else — date unknown — the latest role; a listed
 * person out of every role is the state's elite, ELI, and so is a state
 * agent after "former"). Names that only contain a state's ("South
 * China Sea", code "-") give no mention.
 * Pass 2 composes neighbours: COUNTRY [adj]* AGENT (and the states
 * listed before it: "Hungarian and Romanian officials"), COUNTRY 's
 * AGENT, AGENT of [the] COUNTRY, and AGENT-or-COUNTRY before a named
 * person.
 */
#include "actors.h"
#include "syntax.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Words allowed between a country and its agent: "Chinese senior
 * officials", "Israel's top military commander". */
#define PB_MAX_AGENT_GAP 2

/* The actor file whose entries are people (coref.c: "he", "she"). */
#define PB_PEOPLE_FILE "people.txt"

/* The state part of an actor code ("USA" of "USAGOV") into out. */
static const char *state_of(const char *code, char out[4])
{
    snprintf(out, 4, "%.3s", code);
    return out;
}

static int from_people_file(const pb_phrase *ph)
{
    size_t n = ph->file ? strlen(ph->file) : 0, k = strlen(PB_PEOPLE_FILE);
    return n >= k && strcmp(ph->file + n - k, PB_PEOPLE_FILE) == 0;
}

static long key_start(const pb_date *d)
{
    return d->year * 10000L + (d->month ? d->month : 1) * 100L +
           (d->day ? d->day : 1);
}

static long key_end(const pb_date *d)
{
    return d->year * 10000L + (d->month ? d->month : 12) * 100L +
           (d->day ? d->day : 31);
}

int pb_period_contains(const pb_date *from, const pb_date *to,
                       const pb_date *d)
{
    return (from->year == 0 || key_start(from) <= key_end(d)) &&
           (to->year == 0 || key_start(d) <= key_end(to));
}

static int phrase_matches(const pb_phrase *ph, const pb_sentence *s,
                          const char *const *lower, uint32_t at)
{
    if (at + ph->n_words > s->n_tokens)
        return 0;
    for (uint32_t k = 0; k < ph->n_words; k++) {
        if (strcmp(lower[at + k], ph->words[k]) != 0)
            return 0;
    }
    if (ph->proper && !isupper((unsigned char)s->tokens[at].form[0]))
        return 0; /* "an armed Islamic group" is no Armed Islamic Group */
    uint32_t end = at + ph->n_words;
    if (ph->kind == PB_PHRASE_AGENT && pb_count_word(ph->words[ph->n_words - 1]) &&
        end < s->n_tokens && strcmp(lower[end], "of") == 0)
        return 0; /* "thousands of Syrian refugees": the refugees */
    if (ph->exact_case) {
        /* Compare the original forms word by word with the stored ones. */
        const char *e = ph->exact;
        for (uint32_t k = 0; k < ph->n_words; k++) {
            size_t n = strlen(s->tokens[at + k].form);
            if (strncmp(e, s->tokens[at + k].form, n) != 0 ||
                (e[n] != ' ' && e[n] != '\0'))
                return 0;
            e += n + (e[n] == ' ');
        }
    }
    return 1;
}

static int same_words(const pb_phrase *a, const pb_phrase *b)
{
    if (a->n_words != b->n_words || a->kind != b->kind)
        return 0;
    for (uint32_t k = 0; k < a->n_words; k++)
        if (strcmp(a->words[k], b->words[k]) != 0)
            return 0;
    return 1;
}

/* Did the person of candidate i (and the candidates with its words)
 * hold a role that began before date? */
static int served_before(const pb_phrase *const *cands, size_t n, size_t i,
                         const pb_date *date)
{
    for (size_t j = i; date->year && j < n; j++)
        if (same_words(cands[j], cands[i]) && cands[j]->from.year &&
            key_start(&cands[j]->from) <= key_start(date))
            return 1;
    return 0;
}

/* Among the candidates with the same words as cands[i], picks by date. */
static const pb_phrase *choose_by_date(const pb_phrase *const *cands,
                                       size_t n, size_t i,
                                       const pb_date *date)
{
    const pb_phrase *undated = NULL, *holding = NULL, *latest = NULL;
    for (size_t j = i; j < n; j++) {
        const pb_phrase *c = cands[j];
        if (!same_words(c, cands[i]))
            continue;
        if (c->from.year == 0 && c->to.year == 0) {
            if (!undated)
                undated = c;
            continue;
        }
        if (date->year && pb_period_contains(&c->from, &c->to, date)) {
            /* a date of a month or year may overlap two roles ("the RSF
             * … late last year"): the later one, which held at its end */
            if (!holding || key_start(&c->from) > key_start(&holding->from))
                holding = c;
        }
        if (!latest || c->to.year == 0 ||
            (latest->to.year != 0 && key_end(&c->to) > key_end(&latest->to)))
            latest = c;
    }
    if (holding)
        return holding;
    if (undated)
        return undated;
    return date->year ? NULL : latest;
}

static int is_country_code(const pb_lexicon *lex, const char *code)
{
    return strlen(code) == 3 && pb_lexicon_is_country(lex, code);
}

static const char *join_codes(pb_arena *arena, const char *country,
                              const char *agent)
{
    size_t a = strlen(country), b = strlen(agent);
    char *p = pb_arena_alloc(arena, a + b + 1);
    if (p) {
        memcpy(p, country, a);
        memcpy(p + a, agent, b + 1);
    }
    return p;
}

/* The state of a word that joins a state's name to a participle of
 * leading, basing, owning or flagging ("Saudi-led", "U.S.-based",
 * "London-based", "Israeli-owned", "British-flagged"), which the
 * tokenizer keeps as one word: the state the coalition, group or ship
 * belongs to. NULL for others ("Iran-backed" militias are no
 * Iranians). */
static const char *hyphen_home(const pb_lexicon *lex, const char *lower)
{
    static const char *const homes[] = {"led", "based", "owned", "run",
                                        "headquartered", "flagged",
                                        "registered", NULL};
    const char *dash = strrchr(lower, '-');
    char prefix[64];
    size_t n = dash ? (size_t)(dash - lower) : 0;
    int home = 0;
    for (int k = 0; dash && homes[k]; k++)
        home |= strcmp(dash + 1, homes[k]) == 0;
    if (!home || n == 0 || n >= sizeof prefix)
        return NULL;
    memcpy(prefix, lower, n);
    prefix[n] = '\0';
    const pb_phrase *const *cands;
    size_t nc = pb_lexicon_phrases(lex, prefix, &cands);
    for (size_t c = 0; c < nc; c++)
        if (cands[c]->n_words == 1 && is_country_code(lex, cands[c]->code))
            return cands[c]->code;
    return NULL;
}

/* A lower-case word that may sit between a country and its agent: an
 * adjective, noun or participle ("Chinese senior officials", "Israeli
 * armed forces"), never a verb ("France deployed soldiers"). Untagged
 * text allows any lower-case word but "and"/"or". */
static int is_modifier(const pb_token *t)
{
    const char *x = t->xpos;
    return islower((unsigned char)t->form[0]) && strcmp(t->form, "and") != 0 &&
           strcmp(t->form, "or") != 0 &&
           (!x[0] || x[0] == 'J' || x[0] == 'N' || strcmp(x, "VBN") == 0 ||
            strcmp(x, "VBG") == 0);
}

/* Is every token in [from, to) a list separator ("and", "or", ",")?
 * An empty gap is not a list. */
static int list_gap(const char *const *lower, uint32_t from, uint32_t to)
{
    if (from >= to)
        return 0;
    for (uint32_t g = from; g < to; g++)
        if (strcmp(lower[g], "and") != 0 && strcmp(lower[g], "or") != 0 &&
            strcmp(lower[g], ",") != 0)
            return 0;
    return 1;
}

/* Does the one-token mention p modify the noun of tokens [first, last]
 * (the next state and its agent): a state
 * adjective ("Hungarian and Romanian officials"), or a state's name the
 * parser hangs on that noun as a compound ("US and British activists";
 * not "Israel and Palestinian officials", where Israel heads a phrase of
 * its own)? */
static int modifies_agent(const pb_sentence *s, const pb_mention *p,
                          uint32_t first, uint32_t last)
{
    const pb_token *t = &s->tokens[p->first];
    if (t->xpos[0] == 'J')
        return 1;
    const char *r = pb_deprel_name(t->deprel);
    return strcmp(r, "compound") == 0 && t->head > (int)first &&
           t->head <= (int)last + 1;
}

/* "Hungarian and Romanian officials", "US and British activists": the
 * states listed before mention k (a state about to take `agent`, whose
 * noun ends at agent_last) that modify that noun take the agent too.
 * Returns 0, or -1 out of memory. */
static int share_agent(const pb_lexicon *lex, const pb_sentence *s,
                       const char *const *lower, pb_mention *m, size_t k,
                       const char *agent, uint32_t agent_last,
                       pb_arena *arena)
{
    while (k > 0 && !m[k - 1].is_agent_only &&
           m[k - 1].first == m[k - 1].last &&
           modifies_agent(s, &m[k - 1], m[k].first, agent_last) &&
           is_country_code(lex, m[k - 1].code) &&
           list_gap(lower, m[k - 1].last + 1, m[k].first)) {
        k--;
        if (!(m[k].code = join_codes(arena, m[k].code, agent)))
            return -1;
    }
    return 0;
}

/* Does "former", "ex" or "retired" stand right before mention mt, or
 * inside it before its agent ("Former French Ambassador Michel Duclos",
 * "the French former ambassador"), with a state and an agent in its
 * code? CAMEO codes such a person as the state's elite (ELI). */
static int former(const pb_sentence *s, const char *const *lower,
                  const pb_mention *mt, const pb_lexicon *lex)
{
    static const char *const words[] = {"former", "ex", "retired", NULL};
    char state[4];
    if (mt->is_agent_only || strlen(mt->code) < 6 ||
        !is_country_code(lex, state_of(mt->code, state)) ||
        strcmp(mt->code + 3, PB_ELITE_AGENT) == 0)
        return 0;
    uint32_t from = mt->first > 0 ? mt->first - 1 : 0;
    for (uint32_t i = from; i < mt->last && i < s->n_tokens; i++)
        for (const char *const *w = words; *w; w++)
            if (strcmp(lower[i], *w) == 0)
                return 1;
    return 0;
}

/* Does "former", "ex" or "retired" stand right before mention mt? */
static int after_former(const char *const *lower, const pb_mention *mt)
{
    static const char *const words[] = {"former", "ex", "retired", NULL};
    for (const char *const *w = words; mt->first > 0 && *w; w++)
        if (strcmp(lower[mt->first - 1], *w) == 0)
            return 1;
    return 0;
}

/* Is mention mt an organisation right after "former", naming someone's
 * office there ("former NATO Secretary General Anders Fogh Rasmussen",
 * "a former UN envoy")? The person no longer speaks or acts for it, and
 * no state claims him. */
static int former_official(const char *const *lower, const pb_mention *mt,
                           const pb_lexicon *lex)
{
    char state[4];
    return !mt->is_agent_only &&
           !is_country_code(lex, state_of(mt->code, state)) &&
           after_former(lower, mt);
}

/* Is mention mt a state organ's agent alone right after "former", "ex"
 * or "retired" ("an Afghan writer and former diplomat")? CAMEO codes a
 * former official as the elite (ELI), as `former` does for one whose
 * state is named with him. */
static int former_organ(const char *const *lower, const pb_mention *mt)
{
    return mt->is_agent_only && pb_agent_is_state_organ(mt->code) &&
           after_former(lower, mt);
}

/* Is token i "Georgia" in a sentence that names another US state or
 * Atlanta ("overturn the results in Georgia, Michigan, Pennsylvania")?
 * It is the US state then, not the country. */
static int georgia_the_state(const pb_sentence *s, const char *const *lower,
                             uint32_t i)
{
    static const char *const states[] = {
        "alabama", "arizona", "carolina", "florida", "michigan", "nevada",
        "ohio", "pennsylvania", "tennessee", "texas", "virginia",
        "wisconsin", "atlanta", "iowa", "minnesota", "kentucky",
        "mississippi", "louisiana", "arkansas", "california",
        "colorado", "kansas", NULL};
    if (strcmp(lower[i], "georgia") != 0)
        return 0;
    for (uint32_t k = 0; k < s->n_tokens; k++)
        for (int w = 0; states[w]; w++)
            if (strcmp(lower[k], states[w]) == 0)
                return 1;
    return 0;
}

/* Is the phrase at token i the end of a longer name joined by a
 * Romance particle ("Mocimboa da Praia", "Ciudad del Este", "Porto de
 * Lisboa")? A place or body named there is not the one the phrase
 * names alone (Praia, Cape Verde's capital). People's names keep
 * theirs ("Lula da Silva"). */
static int inside_longer_name(const pb_sentence *s, const char *const *lower,
                              uint32_t i, const pb_phrase *best)
{
    static const char *const particles[] = {"da", "de", "do", "dos", "das",
                                            "del", "della", "di", "du",
                                            "des", NULL};
    if (i < 2 || from_people_file(best) ||
        !isupper((unsigned char)s->tokens[i - 2].form[0]))
        return 0;
    for (int w = 0; particles[w]; w++)
        if (strcmp(lower[i - 1], particles[w]) == 0)
            return 1;
    return 0;
}

/* Does phrase best, matched at token i and opening with "the" ("the
 * West"), yield to a phrase that starts at the next word and runs
 * further ("the West Bank", "the West African nation")? */
static int the_yields(const pb_lexicon *lex, const pb_sentence *s,
                      const char *const *lower, uint32_t i,
                      const pb_phrase *best)
{
    if (strcmp(lower[i], "the") != 0 || i + 1 >= s->n_tokens)
        return 0;
    const pb_phrase *const *cands;
    size_t nc = pb_lexicon_phrases(lex, lower[i + 1], &cands);
    for (size_t c = 0; c < nc; c++)
        if (cands[c]->n_words >= best->n_words &&
            phrase_matches(cands[c], s, lower, i + 1))
            return 1;
    return 0;
}

int pb_actors_find(const pb_lexicon *lex, const pb_sentence *s,
                   const char *const *lower, const pb_date *date,
                   pb_arena *arena, pb_mention **out, size_t *n_out)
{
    *out = NULL;
    *n_out = 0;
    if (s->n_tokens == 0)
        return 0;
    pb_mention *m = pb_arena_alloc(arena, s->n_tokens * sizeof *m);
    if (!m)
        return -1;
    char state[4];
    size_t n = 0;
    for (uint32_t i = 0; i < s->n_tokens;) {
        const pb_phrase *const *cands;
        size_t nc = pb_lexicon_phrases(lex, lower[i], &cands);
        const pb_phrase *best = NULL, *out_of_office = NULL;
        for (size_t c = 0; c < nc && !best; c++) {
            if (!phrase_matches(cands[c], s, lower, i))
                continue;
            best = choose_by_date(cands, nc, c, date);
            if (!best) {
                /* Only dated roles that do not hold now: a person
                 * named in full, or by surname once in office before,
                 * is then one of the state's elite (below); a surname
                 * before any role is no sign of that person ("Soli
                 * Ozel" in 2019 is not the later party leader Ozel);
                 * for anything else a shorter phrase may still match. */
                if (!out_of_office && from_people_file(cands[c]) &&
                    (cands[c]->n_words > 1 ||
                     served_before(cands, nc, c, date)) &&
                    is_country_code(lex, state_of(cands[c]->code, state)))
                    out_of_office = cands[c];
                while (c + 1 < nc && same_words(cands[c + 1], cands[c]))
                    c++;
            }
        }
        const char *code = best ? best->code : NULL;
        const char *home = best || out_of_office ? NULL
                                                 : hyphen_home(lex, lower[i]);
        if (home) {
            m[n].first = m[n].last = i;
            m[n].code = home;
            m[n].is_agent_only = m[n].is_person = m[n].is_resolved = 0;
            n++;
            i++;
            continue;
        }
        if (!best && out_of_office) {
            /* "Former president Donald Trump" in 2023, Ehud Barak in
             * 2005: CAMEO codes people out of office as elites (ELI) */
            best = out_of_office;
            code = join_codes(arena, state_of(best->code, state),
                              PB_ELITE_AGENT);
            if (!code)
                return -1;
        }
        if (!best || the_yields(lex, s, lower, i, best)) {
            i++;
            continue;
        }
        if (strcmp(best->code, PB_NOT_AN_ACTOR) == 0 ||
            georgia_the_state(s, lower, i) ||
            inside_longer_name(s, lower, i, best)) {
            i += best->n_words; /* "South China Sea": a sea, not China */
            continue;
        }
        m[n].first = i;
        m[n].last = i + best->n_words - 1;
        m[n].code = code;
        m[n].is_agent_only = best->kind == PB_PHRASE_AGENT;
        m[n].is_person = (uint8_t)from_people_file(best);
        m[n].is_resolved = 0;
        n++;
        i += best->n_words;
    }
    /* Pass 2: compose neighbours, merging mention j into mention k. */
    size_t w = 0;
    for (size_t k = 0; k < n; k++) {
        pb_mention cur = m[k];
        if (w > 0) {
            pb_mention *prev = &m[w - 1];
            uint32_t gap_from = prev->last + 1, gap_to = cur.first;
            int adjacent = gap_from == gap_to;
            int possessive = gap_to == gap_from + 1 &&
                             strcmp(lower[gap_from], "'s") == 0;
            int modifiers = gap_to - gap_from <= PB_MAX_AGENT_GAP;
            for (uint32_t g = gap_from; g < gap_to && modifiers; g++)
                modifiers = is_modifier(&s->tokens[g]);
            int of_link = (gap_to == gap_from + 1 &&
                           strcmp(lower[gap_from], "of") == 0) ||
                          (gap_to == gap_from + 2 &&
                           strcmp(lower[gap_from], "of") == 0 &&
                           strcmp(lower[gap_from + 1], "the") == 0);
            int prev_country = !prev->is_agent_only &&
                               is_country_code(lex, prev->code);
            int cur_country = !cur.is_agent_only &&
                              is_country_code(lex, cur.code);
            const char *code = NULL;
            if (prev_country && cur.is_agent_only &&
                (adjacent || possessive || modifiers)) {
                code = join_codes(arena, prev->code, cur.code); /* Israeli officials */
                if (adjacent && share_agent(lex, s, lower, m, w - 1,
                                            cur.code, cur.last, arena) != 0)
                    return -1;
            } else if (prev->is_agent_only && cur_country && of_link &&
                       !(cur.last + 1 < s->n_tokens &&
                         strcmp(lower[cur.last + 1], "'s") == 0)) {
                /* not "leader of Sudan's RSF militia": the possessed */
                code = join_codes(arena, cur.code, prev->code); /* minister of Israel */
            } else if (adjacent && !cur.is_agent_only &&
                       strlen(cur.code) > 3) {
                code = cur.code; /* Defense Minister Ehud Barak */
            } else if (adjacent && prev_country && cur_country &&
                       cur.first == cur.last &&
                       strcmp(lower[cur.first], "american") == 0) {
                code = cur.code; /* an Iranian American journalist */
            }
            if (code) {
                prev->last = cur.last;
                prev->code = code;
                prev->is_agent_only = 0;
                prev->is_person = cur.is_person;
                continue;
            }
        }
        m[w++] = cur;
    }
    for (size_t k = 0; k < w; k++) {
        if (former(s, lower, &m[k], lex) &&
            !(m[k].code = join_codes(arena, state_of(m[k].code, state),
                                     PB_ELITE_AGENT)))
            return -1;
        if (former_official(lower, &m[k], lex))
            m[k].code = "---" PB_ELITE_AGENT;
        if (former_organ(lower, &m[k]))
            m[k].code = PB_ELITE_AGENT;
    }
    *out = m;
    *n_out = w;
    return 0;
}
