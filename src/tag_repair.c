/* tag_repair.c — corrects, between tagging and parsing, tags that cannot
 * stand in news text: an adjective right after a modal ("would free the
 * prisoners") is the verb; a verb in -s right before a finite verb
 * ("member states broke", "US airstrikes recaptured") is a plural noun;
 * after "be", participles of harm are the passive verb ("were
 * wounded"); an irregular past tense the tagger called a name after a
 * noun ("Germany froze") is the verb; an acronym in parentheses
 * ("(WHO)") is a name; and the other repairs described where they are
 * written. pb_syntax_annotate runs it (syntax.h); the tree repairs that
 * follow parsing are in tree_repair.c.
 */
#include "syntax.h"
#include "timex.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

int pb_finite_xpos(const char *x)
{
    return strcmp(x, "VBD") == 0 || strcmp(x, "VBZ") == 0 ||
           strcmp(x, "VBP") == 0 || strcmp(x, "MD") == 0;
}

/* Does form end like an adjective that is never a verb ("acceptable",
 * "dangerous", "useful", "helpless", "political")? */
static int adjective_only(const char *form)
{
    static const char *const endings[] = {"able", "ible", "ous", "ful",
                                          "less", "ical", NULL};
    size_t len = strlen(form);
    for (const char *const *e = endings; *e; e++) {
        size_t k = strlen(*e);
        if (len > k + 1 && strcmp(form + len - k, *e) == 0)
            return 1;
    }
    return 0;
}

int pb_acronym(const char *form)
{
    size_t len = form ? strlen(form) : 0;
    for (size_t k = 0; k < len; k++)
        if (!isupper((unsigned char)form[k]) && form[k] != '.')
            return 0;
    return len >= 2;
}

/* Is token t's form, in any case, one of words? (The first letters are
 * compared before the whole words: the lists are asked about every
 * token.) */
static int form_in(const pb_token *t, const char *const *words)
{
    if (!t->form)
        return 0;
    int first = tolower((unsigned char)t->form[0]);
    for (const char *const *w = words; *w; w++)
        if (tolower((unsigned char)(*w)[0]) == first &&
            strcasecmp(t->form, *w) == 0)
            return 1;
    return 0;
}

/* Token t takes universal tag upos and Penn tag xpos (a literal shorter
 * than PB_XPOS_SIZE). */
static void retag(pb_token *t, int upos, const char *xpos)
{
    t->upos = (uint8_t)upos;
    memcpy(t->xpos, xpos, strlen(xpos) + 1);
}

/* Is form an irregular past tense of a verb news reports acts with
 * ("froze", "fled", "swore")? */
static int irregular_past(const char *form)
{
    static const char *const pasts[] = {
        "froze", "fled", "struck", "fought", "shot", "sought", "swore",
        "stole", "broke", "spoke", "rose", "drove", "overthrew", "threw",
        "withdrew", "blew", "flew", "began", "ran", "won", "hung", "led",
        "met", "shut", "split", "spread", "sent", "lent", "built", "held",
        "told", "sold", "brought", "bought", "caught", "kept", "left",
        "lost", "paid", "took", "gave", "came", "went", "saw", "forbade",
        "bore", "tore", "sank", "slew", "wrote", "chose", "undertook",
        "overtook", "retook", "oversaw", "overran", "upheld", "withheld",
        "forgave", "rebuilt", "swept", "spent", "dealt", "fell", NULL};
    for (int i = 0; form && pasts[i]; i++)
        if (strcmp(form, pasts[i]) == 0)
            return 1;
    return 0;
}

/* Is xpos a word of a noun phrase that can open a report ("Russian
 * police", "the head of the agency", "Fano militiamen")? */
static int nominal_xpos(const char *x)
{
    return x[0] == 'N' || strcmp(x, "DT") == 0 || strcmp(x, "JJ") == 0 ||
           strcmp(x, "CD") == 0 || strcmp(x, "POS") == 0 ||
           strcmp(x, "PRP$") == 0 || strcmp(x, "HYPH") == 0 ||
           strcmp(x, "CC") == 0 || strcmp(x, "IN") == 0;
}

/* Where does the attribution that closes a report start ("…, police
 * said.", "…, the ministry said in a statement.", "…, residents told
 * Reuters.", "…, according to …")? Returns the index of its comma, or 0
 * when the sentence has none: a noun phrase, one verb of saying, then no
 * other verb before the end. */
static uint32_t attribution_comma(const pb_token *t, uint32_t n)
{
    static const char *const sayings[] = {
        "said", "says", "told", "reported", "added", "announced",
        "stated", "confirmed", "claimed", "according", NULL};
    uint32_t c = n;
    while (c > 1 && strcmp(t[c - 1].xpos, ",") != 0)
        c--;
    if (c <= 2)
        return 0;
    c--;
    uint32_t k = c + 1;
    while (k < n && (nominal_xpos(t[k].xpos) || t[k].xpos[0] == 'R' ||
                     (t[k].form && isupper((unsigned char)t[k].form[0]))) &&
           !form_in(&t[k], sayings))
        k++; /* "the rights group OVD-Info said", read as an adverb */
    if (k >= n || !form_in(&t[k], sayings))
        return 0;
    for (uint32_t j = k + 1; j < n; j++)
        if (t[j].xpos[0] == 'V' || strcmp(t[j].xpos, "MD") == 0)
            return 0;
    return c;
}

/* Is the finite verb at i that of a relative or adverbial clause, a
 * wh-word or subordinator ("who", "after", "when") opening its clause
 * before any other verb, or of what a participle says ("saying the
 * move was aimed at …")? */
static int subordinate_verb(const pb_token *t, uint32_t i)
{
    static const char *const subordinators[] = {
        "after", "before", "when", "while", "as", "because", "since",
        "until", "if", "although", "though", "once", "whereas", NULL};
    for (uint32_t k = i; k-- > 0;) {
        if (t[k].xpos[0] == 'W')
            return 1;
        if (strcmp(t[k].xpos, "IN") == 0 && form_in(&t[k], subordinators))
            /* a clause's subject follows; "while in detention … was
             * extradited" opens none */
            return nominal_xpos(t[k + 1].xpos) &&
                   strcmp(t[k + 1].xpos, "IN") != 0 &&
                   strcmp(t[k + 1].xpos, "CC") != 0;
        if (strcmp(t[k].xpos, "VBG") == 0)
            return 1; /* "saying the move was aimed at …" */
        if (t[k].xpos[0] == 'V' || strcmp(t[k].xpos, "MD") == 0)
            return 0;
    }
    return 0;
}

/* Is the plural noun at v, right after the name that opens the sentence
 * and before a preposition, article or possessive, a present tense
 * ("Ethiopia departs from Libya …")? Only where the clause needs a verb
 * (repair_reported_clause). */
static int present_after_name(const pb_token *t, uint32_t v)
{
    size_t len = t[v].form ? strlen(t[v].form) : 0;
    if (strcmp(t[v].xpos, "NNS") != 0 || len < 4 ||
        !islower((unsigned char)t[v].form[0]) || t[v].form[len - 1] != 's' ||
        t[v].form[len - 2] == 's' || t[v].form[len - 2] == 'u')
        return 0; /* (not "bus", "campus": no verb's "-s") */
    for (uint32_t k = 0; k < v; k++)
        if (strcmp(t[k].xpos, "NNP") != 0)
            return 0;
    const char *next = t[v + 1].xpos;
    return strcmp(next, "IN") == 0 || strcmp(next, "DT") == 0 ||
           strcmp(next, "TO") == 0 || strcmp(next, "PRP$") == 0;
}

/* "Russian police detained dozens of people on Friday, police said",
 * "Ethiopian troops and Fano militiamen fought heavy battles …,
 * residents told Reuters": a report needs a clause with a finite verb
 * before its attribution. Where that clause has none, a participle or
 * adjective right after the noun phrase it opens with, and not ending
 * that clause, is the clause's past-tense verb (the tagger, trained on
 * web text, reads "-ed" after a noun as a modifier; without the
 * attribution the tree repair of a verbless sentence corrects it). The
 * verb of a relative or adverbial clause ("people who laid flowers",
 * "after soldiers crossed the border") is not the clause's, and a
 * possessor's adjective before the participle is its noun ("South
 * Korea's military fired"). A plural noun right after an opening name
 * may be the present tense ("Ethiopia departs from Libya"). */
static void repair_reported_clause(pb_token *t, uint32_t n)
{
    uint32_t c = attribution_comma(t, n);
    if (c == 0)
        return;
    for (uint32_t i = 0; i < c; i++)
        if (pb_finite_xpos(t[i].xpos) && !subordinate_verb(t, i))
            return;
    for (uint32_t v = 1; v + 1 < c; v++) {
        size_t len = t[v].form ? strlen(t[v].form) : 0;
        /* (an irregular past read as a noun too: "Floods swept …") */
        int participle =
            strcmp(t[v].xpos, "VBN") == 0 ||
            (strcmp(t[v].xpos, "JJ") == 0 &&
             ((len > 4 && strcmp(t[v].form + len - 2, "ed") == 0) ||
              irregular_past(t[v].form))) ||
            (t[v].xpos[0] == 'N' && irregular_past(t[v].form));
        int possessed = v >= 2 && strcmp(t[v - 1].xpos, "JJ") == 0 &&
                        strcmp(t[v - 2].xpos, "POS") == 0;
        if (present_after_name(t, v)) {
            retag(&t[v], PB_UPOS_VERB, "VBZ");
            return;
        }
        if (participle && (t[v - 1].xpos[0] == 'N' || possessed) &&
            strcmp(t[v + 1].xpos, ",") != 0) {
            if (possessed)
                retag(&t[v - 1], PB_UPOS_NOUN, "NN");
            retag(&t[v], PB_UPOS_VERB, "VBD");
            return;
        }
        if (!nominal_xpos(t[v].xpos))
            return;
    }
}

/* "Philippine police arrested Rodrigo Duterte on a warrant from the
 * International Criminal Court, which accuses him …": the tagger reads
 * the main verb as a participle when the only other finite verb is a
 * subordinate clause's, and the parser makes the arrested man the
 * agent of "police arrested by". In a sentence whose finite verbs are
 * all subordinate, a participle right after the opening noun phrase and
 * before its own object's first word is the main clause's past tense. */
static void repair_main_participle(pb_token *t, uint32_t n)
{
    int subordinate = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (!pb_finite_xpos(t[i].xpos))
            continue;
        if (!subordinate_verb(t, i))
            return;
        subordinate = 1;
    }
    uint32_t v = 0;
    while (v < n && nominal_xpos(t[v].xpos) && strcmp(t[v].xpos, "IN") != 0 &&
           strcmp(t[v].xpos, "CC") != 0)
        v++; /* the opening noun phrase */
    if (!subordinate || v == 0 || v + 1 >= n ||
        strcmp(t[v].xpos, "VBN") != 0 || t[v - 1].xpos[0] != 'N')
        return;
    const char *next = t[v + 1].xpos;
    if (next[0] != 'N' && strcmp(next, "DT") != 0 && strcmp(next, "CD") != 0 &&
        strcmp(next, "PRP$") != 0 && strcmp(next, "JJ") != 0)
        return; /* ("troops stationed in …", "forces backed by …") */
    retag(&t[v], PB_UPOS_VERB, "VBD");
}

void pb_tag_repair(pb_token *tokens, uint32_t n)
{
    /* "expelled diplomats amid a row", "arrested dozens of his
     * supporters": prepositions and counting nouns the tagger took for
     * verbs are never verbs */
    static const char *const prepositions[] = {"amid", "amidst", "despite",
                                               "toward", "towards", "via",
                                               NULL};
    static const char *const counts[] = {"dozens", "hundreds", "thousands",
                                         "scores", "millions", NULL};
    for (uint32_t i = 0; i < n; i++) {
        pb_token *t = &tokens[i];
        if (t->upos != PB_UPOS_VERB && t->upos != PB_UPOS_AUX)
            continue;
        if (form_in(t, prepositions)) {
            retag(t, PB_UPOS_ADP, "IN");
        } else if (form_in(t, counts)) {
            retag(t, PB_UPOS_NOUN, "NNS");
        }
    }
    /* "Hamas gunmen fired rockets": auxiliaries are a closed class; a
     * longer word outside it that the tagger called one (an unknown noun
     * before a participle) is a noun */
    static const char *const auxiliary_forms[] = {
        "be", "being", "been", "have", "having", "does", "did", "will",
        "would", "could", "should", "shall", "might", "must", "ought",
        "need", "dare", "used", "were", "wilt", "gets", "getting", "gotten",
        NULL};
    for (uint32_t i = 0; i < n; i++) {
        pb_token *t = &tokens[i];
        size_t len = t->form ? strlen(t->form) : 0, letters = 0;
        while (letters < len && isalpha((unsigned char)t->form[letters]))
            letters++;
        if (t->upos != PB_UPOS_AUX || len < 4 || letters < len ||
            form_in(t, auxiliary_forms))
            continue; /* (not "’ve", "’ll") */
        int plural = t->form[len - 1] == 's' ||
                     strcasecmp(t->form + len - 3, "men") == 0;
        retag(t, PB_UPOS_NOUN, plural ? "NNS" : "NN");
    }
    /* "blocked highways near Brasilia": a plural in -ways (highways,
     * railways, waterways) is a noun, not an adverb like "always" */
    static const char *const way_adverbs[] = {
        "always", "sideways", "anyways", "halfways", "someways",
        "longways", "edgeways", "leeways", "noways", NULL};
    for (uint32_t i = 0; i < n; i++) {
        pb_token *t = &tokens[i];
        size_t len = t->form ? strlen(t->form) : 0;
        if (t->upos != PB_UPOS_ADV || len < 7 ||
            strcasecmp(t->form + len - 4, "ways") != 0 ||
            form_in(t, way_adverbs))
            continue;
        retag(t, PB_UPOS_NOUN, "NNS");
    }
    /* "Chinese Premier Li Qiang": a capitalised word between a
     * capitalised adjective or name and a name, tagged as the part of a
     * word split in two (GW, web text's typos), is the name's title */
    for (uint32_t i = 1; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        const pb_token *prev = &tokens[i - 1];
        if (strcmp(t->xpos, "GW") != 0 || !t->form ||
            !isupper((unsigned char)t->form[0]) ||
            tokens[i + 1].upos != PB_UPOS_PROPN || !prev->form ||
            !isupper((unsigned char)prev->form[0]) ||
            (prev->upos != PB_UPOS_ADJ && prev->upos != PB_UPOS_PROPN))
            continue;
        retag(t, PB_UPOS_PROPN, "NNP");
    }
    /* "Human Rights Watch accused": a capitalised word inside a name,
     * read as a verb before the verb, is the name's last word */
    for (uint32_t i = 1; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        const pb_token *prev = &tokens[i - 1], *next = &tokens[i + 1];
        if (!t->form || !isupper((unsigned char)t->form[0]) ||
            (t->upos != PB_UPOS_VERB && t->upos != PB_UPOS_AUX) ||
            !prev->form || !isupper((unsigned char)prev->form[0]) ||
            !next->form || !islower((unsigned char)next->form[0]) ||
            next->upos != PB_UPOS_VERB || pb_acronym(t->form))
            continue;
        retag(t, PB_UPOS_PROPN, "NNP");
    }
    /* "police had used force": a form of "have" right before a
     * participle is the perfect's auxiliary, not the verb */
    static const char *const haves[] = {"had", "has", "have", NULL};
    for (uint32_t i = 0; i + 1 < n; i++)
        if (form_in(&tokens[i], haves) && tokens[i].upos == PB_UPOS_VERB &&
            strcmp(tokens[i + 1].xpos, "VBN") == 0)
            tokens[i].upos = PB_UPOS_AUX;
    /* "Germany froze development aid": the tagger, meeting a past tense
     * it rarely saw after a name, may call it a name; a lower-case word
     * is none, and an irregular past after a nominal is the verb. So is
     * one called a common noun after a name in a sentence with no finite
     * verb ("Ukraine shot down 40 Russian drones", "the army fought
     * rebels"), or before "down" or "dead" in any sentence. */
    int finite = 0;
    for (uint32_t i = 0; i < n; i++)
        finite |= pb_finite_xpos(tokens[i].xpos);
    for (uint32_t i = 1; i < n; i++) {
        pb_token *t = &tokens[i];
        int name = strcmp(t->xpos, "NNP") == 0 &&
                   (tokens[i - 1].upos == PB_UPOS_PROPN ||
                    tokens[i - 1].upos == PB_UPOS_NOUN);
        static const char *const downs[] = {"down", "dead", NULL};
        int noun = strcmp(t->xpos, "NN") == 0 &&
                   (!finite || (i + 1 < n && form_in(&tokens[i + 1], downs))) &&
                   (tokens[i - 1].upos == PB_UPOS_PROPN ||
                    tokens[i - 1].upos == PB_UPOS_NOUN);
        /* or any other word class in a sentence with no finite verb
         * ("Armenia froze its membership", read as a preposition) */
        int other = !finite && t->upos != PB_UPOS_VERB &&
                    t->upos != PB_UPOS_AUX &&
                    (tokens[i - 1].upos == PB_UPOS_PROPN ||
                     tokens[i - 1].upos == PB_UPOS_NOUN);
        if (!(name || noun || other) || !irregular_past(t->form))
            continue;
        retag(t, PB_UPOS_VERB, "VBD");
    }
    /* "NATO peacekeeping troops have arrived": "peacekeeping" before a
     * noun is its modifier, never a verb */
    static const char *const modifiers[] = {"peacekeeping", "peace-keeping",
                                            NULL};
    for (uint32_t i = 0; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        if (!form_in(t, modifiers) || t->xpos[0] != 'V' ||
            (tokens[i + 1].upos != PB_UPOS_NOUN &&
             tokens[i + 1].upos != PB_UPOS_PROPN))
            continue;
        retag(t, PB_UPOS_NOUN, "NN");
    }
    /* "A US national has been put under investigation": "national"
     * after a name and before no noun is a person, not an adjective */
    for (uint32_t i = 1; i < n; i++) {
        pb_token *t = &tokens[i];
        const pb_token *next = i + 1 < n ? &tokens[i + 1] : NULL;
        if (!t->form || strcasecmp(t->form, "national") != 0 ||
            t->upos != PB_UPOS_ADJ || tokens[i - 1].upos != PB_UPOS_PROPN ||
            (next && (next->upos == PB_UPOS_NOUN ||
                      next->upos == PB_UPOS_PROPN ||
                      next->upos == PB_UPOS_ADJ)))
            continue;
        retag(t, PB_UPOS_NOUN, "NN");
    }
    /* "French maritime authorities today release an impounded ship": a
     * word read as a noun between "today" (or a day) after a plural
     * subject and a determiner is the verb */
    static const char *const nows[] = {"today", "yesterday", "tonight", NULL};
    for (uint32_t i = 2; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        const pb_token *prev = &tokens[i - 1], *next = &tokens[i + 1];
        if (strcmp(t->xpos, "NN") != 0 || next->upos != PB_UPOS_DET ||
            !(form_in(prev, nows) || (prev->form && pb_day_word(prev->form))) ||
            !(strcmp(tokens[i - 2].xpos, "NNS") == 0 ||
              strcmp(tokens[i - 2].xpos, "NNPS") == 0))
            continue;
        retag(t, PB_UPOS_VERB, "VBP");
    }
    /* "Russian missiles hit Kyiv on Monday": a verb whose past is its
     * present, read as the present right after its subject in a
     * sentence naming a day of the week or "yesterday", is the past (a
     * news report's day is one gone by) */
    static const char *const same_past[] = {
        "hit", "cut", "put", "set", "shut", "spread", "split", "cast",
        "hurt", "burst", "shed", "quit", "bid", NULL};
    int day_named = 0;
    for (uint32_t i = 0; i < n; i++)
        day_named |= tokens[i].form &&
                     (pb_day_word(tokens[i].form) ||
                      strcasecmp(tokens[i].form, "yesterday") == 0);
    for (uint32_t i = 1; day_named && i < n; i++) {
        pb_token *t = &tokens[i];
        const pb_token *prev = &tokens[i - 1];
        if (!form_in(t, same_past) ||
            (strcmp(t->xpos, "VBP") != 0 && strcmp(t->xpos, "VB") != 0) ||
            !(prev->upos == PB_UPOS_NOUN || prev->upos == PB_UPOS_PROPN ||
              prev->upos == PB_UPOS_PRON))
            continue; /* (its subject right before it: no "will", "to") */
        retag(t, PB_UPOS_VERB, "VBD");
    }
    /* In a sentence with no finite verb, an "-ed" word read as an
     * adjective between a plural subject and a preposition of movement
     * ("Russian forces advanced toward Chasiv Yar"), or as an adjective
     * or participle right after the report's day ("The Security Council
     * on Friday extended sanctions"), is the past tense */
    static const char *const headings[] = {"toward", "towards", "into",
                                           "across", "through", "against",
                                           "on", "onto", NULL};
    for (uint32_t i = 1; !finite && i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        const pb_token *prev = &tokens[i - 1];
        size_t len = t->form ? strlen(t->form) : 0;
        if (len < 5 || strcmp(t->form + len - 2, "ed") != 0)
            continue;
        int heading = t->upos == PB_UPOS_ADJ &&
                      form_in(&tokens[i + 1], headings) &&
                      (strcmp(prev->xpos, "NNS") == 0 ||
                       strcmp(prev->xpos, "NNPS") == 0);
        int after_day = (t->upos == PB_UPOS_ADJ ||
                         strcmp(t->xpos, "VBN") == 0) &&
                        prev->form &&
                        (pb_day_word(prev->form) || form_in(prev, nows));
        if (!heading && !after_day)
            continue;
        retag(t, PB_UPOS_VERB, "VBD");
        finite = 1;
    }
    /* "Kenya, which hosts the largest refugee camp": a word in -s read
     * as a plural noun right after a relative pronoun and before a
     * determiner, name or number is the clause's verb */
    static const char *const relatives[] = {"which", "who", NULL};
    for (uint32_t i = 1; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        const pb_token *next = &tokens[i + 1];
        size_t len = t->form ? strlen(t->form) : 0;
        if (strcmp(t->xpos, "NNS") != 0 || len < 4 || t->form[len - 1] != 's' ||
            !form_in(&tokens[i - 1], relatives) ||
            !(next->upos == PB_UPOS_DET || next->upos == PB_UPOS_PROPN ||
              next->upos == PB_UPOS_NUM ||
              strcmp(next->xpos, "PRP$") == 0))
            continue;
        retag(t, PB_UPOS_VERB, "VBZ");
    }
    /* "will use force against Taiwan": after "use", "force" is the
     * noun (the tagger's verb reading coded a coercion) */
    static const char *const uses[] = {"use", "uses", "used", "using",
                                       "threaten", "threatens", "threatened",
                                       "renounce", "renounced", NULL};
    for (uint32_t i = 1; i < n; i++) {
        pb_token *t = &tokens[i];
        if (!form_in(&tokens[i - 1], uses) || !t->form ||
            strcasecmp(t->form, "force") != 0 ||
            t->xpos[0] != 'V')
            continue;
        retag(t, PB_UPOS_NOUN, "NN");
    }
    /* "pounded the port of Kherson overnight, wounding …": "overnight"
     * read as a noun after a name or noun, before no noun of its own, is
     * the adverb */
    for (uint32_t i = 1; i < n; i++) {
        pb_token *t = &tokens[i];
        if (!t->form || strcasecmp(t->form, "overnight") != 0 ||
            t->upos != PB_UPOS_NOUN ||
            (tokens[i - 1].upos != PB_UPOS_PROPN &&
             tokens[i - 1].upos != PB_UPOS_NOUN) ||
            (i + 1 < n && (tokens[i + 1].upos == PB_UPOS_NOUN ||
                           tokens[i + 1].upos == PB_UPOS_PROPN)))
            continue;
        retag(t, PB_UPOS_ADV, "RB");
    }
    /* "a Brazilian drug trafficking suspect", "money laundering charges":
     * a crime in -ing between what is trafficked and a noun is a noun of
     * the phrase */
    static const char *const crimes[] = {"trafficking", "smuggling",
                                         "laundering", "racketeering",
                                         NULL};
    /* (what is trafficked: not "rebels smuggling weapons") */
    static const char *const contraband[] = {
        "drug", "drugs", "arms", "money", "human", "people", "migrant",
        "wildlife", "gun", "cocaine", "heroin", "fuel", "cigarette",
        "gold", NULL};
    for (uint32_t i = 1; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        if (t->upos == PB_UPOS_NOUN || !form_in(t, crimes) ||
            !form_in(&tokens[i - 1], contraband) ||
            strncmp(tokens[i + 1].xpos, "NN", 2) != 0)
            continue;
        retag(t, PB_UPOS_NOUN, "NN");
    }
    /* "demanded that the finance minister resign": after a demand's
     * "that" and the noun phrase it opens, a verb of what is demanded
     * read as the phrase's last noun is the bare verb */
    static const char *const demanding[] = {
        "demanded", "demands", "demand", "demanding", "insisted", "insists",
        "urged", "urges", "asked", "requested", "required", "proposed",
        "recommended", NULL};
    static const char *const demanded_acts[] = {
        "resign", "withdraw", "leave", "release", "stop", "halt", "end",
        "return", "apologise", "apologize", "pay", "quit", "comply",
        "lift", "cancel", "reverse", "free", "step", NULL};
    for (uint32_t i = 3; i < n; i++) {
        pb_token *t = &tokens[i];
        if (t->upos != PB_UPOS_NOUN || !form_in(t, demanded_acts))
            continue;
        uint32_t k = i; /* back over the noun phrase to "that" */
        while (k > 0 && tokens[k - 1].form &&
               strcasecmp(tokens[k - 1].form, "that") != 0 &&
               (tokens[k - 1].xpos[0] == 'N' || tokens[k - 1].xpos[0] == 'J' ||
                strcmp(tokens[k - 1].xpos, "DT") == 0 ||
                strcmp(tokens[k - 1].xpos, "PRP$") == 0 ||
                strcmp(tokens[k - 1].xpos, "POS") == 0))
            k--;
        if (k < 2 || k == i || !tokens[k - 1].form ||
            strcasecmp(tokens[k - 1].form, "that") != 0 ||
            !form_in(&tokens[k - 2], demanding))
            continue;
        retag(t, PB_UPOS_VERB, "VB");
    }
    /* "Myanmar's military shelled villages": "military" after a
     * possessive, before a past form in -ed that a noun phrase follows,
     * is the noun, the past form its verb */
    static const char *const forces[] = {"military", NULL};
    for (uint32_t i = 1; i + 2 < n; i++) {
        pb_token *t = &tokens[i];
        pb_token *verb = &tokens[i + 1];
        const pb_token *next = &tokens[i + 2];
        size_t len = verb->form ? strlen(verb->form) : 0;
        if (t->upos != PB_UPOS_ADJ || !form_in(t, forces) ||
            strcmp(tokens[i - 1].xpos, "POS") != 0 || len < 4 ||
            strcasecmp(verb->form + len - 2, "ed") != 0 ||
            (strcmp(verb->xpos, "VBN") != 0 && strcmp(verb->xpos, "VBD") != 0 &&
             strcmp(verb->xpos, "JJ") != 0) ||
            !(next->upos == PB_UPOS_DET || next->upos == PB_UPOS_NUM ||
              next->upos == PB_UPOS_PROPN || next->upos == PB_UPOS_NOUN ||
              next->upos == PB_UPOS_ADJ))
            continue;
        retag(t, PB_UPOS_NOUN, "NN");
        retag(verb, PB_UPOS_VERB, "VBD");
    }
    /* "Protesters in Dhaka set fire to police stations": "set" before
     * "fire to" or "fire on" is the verb, past after a noun, bare after
     * "to" or an auxiliary, a participle after "has" */
    static const char *const fire_aims[] = {"to", "on", NULL};
    static const char *const bare_before[] = {
        "to", "will", "would", "could", "should", "can", "may", "might",
        "must", "did", "does", "do", NULL};
    static const char *const perfect[] = {"has", "have", "had", NULL};
    for (uint32_t i = 1; i + 2 < n; i++) {
        pb_token *t = &tokens[i];
        if (!t->form || strcasecmp(t->form, "set") != 0 ||
            t->upos == PB_UPOS_VERB || !tokens[i + 1].form ||
            strcasecmp(tokens[i + 1].form, "fire") != 0 ||
            !form_in(&tokens[i + 2], fire_aims))
            continue;
        const char *tag = form_in(&tokens[i - 1], bare_before) ? "VB"
                          : form_in(&tokens[i - 1], perfect)   ? "VBN"
                                                                : "VBD";
        retag(t, PB_UPOS_VERB, tag);
        retag(&tokens[i + 1], PB_UPOS_NOUN, "NN");
    }
    /* "two soldiers stand accused of the bombing": "stand" before a
     * participle of charging is the verb ("stand trial" too) */
    static const char *const standing[] = {"stand", "stands", "stood", NULL};
    static const char *const charged[] = {"accused", "charged", "convicted",
                                          "indicted", "trial", NULL};
    for (uint32_t i = 1; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        if (!form_in(t, standing) || !form_in(&tokens[i + 1], charged) ||
            t->upos == PB_UPOS_VERB)
            continue;
        retag(t, PB_UPOS_VERB,
              strcasecmp(t->form, "stood") == 0    ? "VBD"
              : strcasecmp(t->form, "stands") == 0 ? "VBZ"
                                                   : "VBP");
        if (strcasecmp(tokens[i + 1].form, "trial") != 0)
            retag(&tokens[i + 1], PB_UPOS_VERB, "VBN");
    }
    /* "after fighting broke out", "heavy shelling killed two": a
     * gerund right before a past or present verb is a noun, the
     * verb's subject (a gerund clause needs an object or modifier
     * first) */
    for (uint32_t i = 0; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        const pb_token *next = &tokens[i + 1];
        /* (opening the sentence: "Fighting erupted between …", the
         * verb after it read as a participle) */
        static const char *const aux_gerunds[] = {"having", "being",
                                                  "getting", NULL};
        int opening = i == 0 && strcmp(next->xpos, "VBN") == 0;
        if (strcmp(t->xpos, "VBG") != 0 || !t->form ||
            form_in(t, aux_gerunds) || /* "Having secured …" */
            !(islower((unsigned char)t->form[0]) || i == 0) ||
            (strcmp(next->xpos, "VBD") != 0 && strcmp(next->xpos, "VBZ") != 0 &&
             !opening) ||
            (i > 0 && tokens[i - 1].upos == PB_UPOS_AUX))
            continue; /* (not a progressive: "what he's doing is") */
        if (opening) {
            retag(&tokens[i + 1], PB_UPOS_VERB, "VBD");
        }
        retag(t, PB_UPOS_NOUN, "NN");
    }
    /* "EU member states broke with …", "sixteen states filed a lawsuit",
     * "US airstrikes recaptured": a present-tense verb in -s right
     * before a finite verb is a plural noun (two finite verbs do not
     * follow each other; an acronym before it is its modifier) */
    for (uint32_t i = 0; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        size_t len = t->form ? strlen(t->form) : 0;
        if (strcmp(t->xpos, "VBZ") != 0 || len < 4 ||
            !islower((unsigned char)t->form[0]) || t->form[len - 1] != 's' ||
            !pb_finite_xpos(tokens[i + 1].xpos) ||
            (i > 0 && (tokens[i - 1].upos == PB_UPOS_PRON ||
                       (tokens[i - 1].upos == PB_UPOS_PROPN &&
                        !pb_acronym(tokens[i - 1].form)))) ||
            strcmp(t->form, "does") == 0 || strcmp(t->form, "has") == 0 ||
            strcmp(tokens[i + 1].xpos, "VBZ") == 0)
            continue; /* "the one he wants is", "every move Google makes
                         brings": a relative clause's verb; "advocates
                         states' rights": which of the two is the noun? */
        retag(t, PB_UPOS_NOUN, "NNS");
    }
    /* "two policemen were wounded in an ambush": after a form of "be",
     * the participles of harm and seizure are the passive verb, not an
     * adjective (the tagger's "wounded soldier" reading) */
    static const char *const bes[] = {"was", "were", "been", "being", "is",
                                      "are", "be", NULL};
    static const char *const harmed[] = {
        "wounded", "injured", "killed", "arrested", "detained", "abducted",
        "kidnapped", "displaced", "executed", "jailed", "imprisoned",
        "expelled", "deported", "evacuated", "besieged", NULL};
    for (uint32_t i = 1; i < n; i++) {
        pb_token *t = &tokens[i];
        uint32_t b = i - 1;
        if (b > 0 && strncmp(tokens[b].xpos, "RB", 2) == 0)
            b--; /* "were reportedly wounded" */
        int be = form_in(&tokens[b], bes), harm = 0;
        for (const char *const *w = harmed; t->form && *w; w++)
            harm |= strcmp(t->form, *w) == 0;
        if (!be || !harm || strcmp(t->xpos, "JJ") != 0)
            continue;
        retag(t, PB_UPOS_VERB, "VBN");
    }
    /* "The lawsuit alleges that …", "the report says that": a verb of
     * saying in -s, read as a plural noun after a singular noun and
     * before "that", is the verb of that noun (verbs that are seldom
     * plural nouns; not "claims", "reports", "notes") */
    static const char *const sayings[] = {
        "says", "alleges", "argues", "insists", "adds", "explains",
        "stresses", "admits", "acknowledges", "denies", "confirms",
        "reveals", "indicates", "concludes", "predicts", "believes",
        "thinks", "asserts", "contends", "suggests", "warns", "maintains",
        NULL};
    for (uint32_t i = 1; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        int saying = 0;
        for (const char *const *w = sayings; t->form && *w; w++)
            saying |= strcmp(t->form, *w) == 0;
        if (!saying || strcmp(t->xpos, "NNS") != 0 ||
            strcmp(tokens[i - 1].xpos, "NN") != 0 || !tokens[i + 1].form ||
            strcmp(tokens[i + 1].form, "that") != 0)
            continue;
        retag(t, PB_UPOS_VERB, "VBZ");
    }
    /* "Myanmar's military detained …": an adjective after a possessive
     * 's and right before a finite verb is the possessed noun; so is one
     * before a participle with its object, the past tense misread
     * ("detained Aung San Suu Kyi") */
    for (uint32_t i = 1; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        const pb_token *next = &tokens[i + 1];
        int past = strcmp(next->xpos, "VBN") == 0 && i + 2 < n &&
                   (tokens[i + 2].upos == PB_UPOS_DET ||
                    tokens[i + 2].upos == PB_UPOS_PROPN ||
                    tokens[i + 2].upos == PB_UPOS_NUM);
        if (strcmp(t->xpos, "JJ") != 0 || !tokens[i - 1].form ||
            strcmp(tokens[i - 1].form, "'s") != 0 ||
            !(pb_finite_xpos(next->xpos) || past))
            continue;
        retag(t, PB_UPOS_NOUN, "NN");
    }
    /* "condemned the burning of the Koran", "the killing of civilians": a
     * gerund after a determiner and before "of" is a noun */
    static const char *const dets[] = {"the", "a", "an", "this", "that",
                                       NULL};
    for (uint32_t i = 1; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        int det = 0;
        for (const char *const *w = dets; tokens[i - 1].form && *w; w++)
            det |= strcasecmp(tokens[i - 1].form, *w) == 0;
        if (!det || strcmp(t->xpos, "VBG") != 0 || !tokens[i + 1].form ||
            strcmp(tokens[i + 1].form, "of") != 0)
            continue;
        retag(t, PB_UPOS_NOUN, "NN");
    }
    /* "a Turkish court ruling", "a cabinet meeting on Monday": a noun of
     * the news in -ing right after a noun that a determiner opens is the
     * phrase's head, not a verb */
    static const char *const ing_nouns[] = {
        "ruling", "hearing", "meeting", "briefing", "sentencing",
        "bombing", "shelling", "shooting", "killing", "warning", "funding",
        "spending", "uprising", "gathering", "crackdown", "offering", NULL};
    for (uint32_t i = 2; i < n; i++) {
        pb_token *t = &tokens[i];
        int det = 0; /* a determiner within three words before */
        for (uint32_t k = i >= 4 ? i - 4 : 0; k + 1 < i; k++)
            det |= strcmp(tokens[k].xpos, "DT") == 0;
        if (strcmp(t->xpos, "VBG") != 0 || !form_in(t, ing_nouns) || !det ||
            (strcmp(tokens[i - 1].xpos, "NN") != 0 &&
             strcmp(tokens[i - 1].xpos, "NNP") != 0))
            continue;
        retag(t, PB_UPOS_NOUN, "NN");
    }
    /* "As fighting between the army and the RSF spread": a noun of
     * conflict or meeting in -ing right before "between" names the
     * fighting or meeting, not someone's act of it */
    static const char *const between_nouns[] = {
        "fighting", "meeting", "shelling", "feuding", "wrangling",
        "skirmishing", NULL};
    for (uint32_t i = 0; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        if (strcmp(t->xpos, "VBG") != 0 || !form_in(t, between_nouns) ||
            !tokens[i + 1].form || strcasecmp(tokens[i + 1].form, "between"))
            continue;
        retag(t, PB_UPOS_NOUN, "NN");
    }
    /* "Fano militiamen fought for a third day": a past tense that no noun
     * spells, tagged as a noun, is the verb */
    static const char *const only_verbs[] = {
        "fought", "fled", "sought", "froze", "swore", "stole", "overthrew",
        "withdrew", "forbade", "slew", "undertook", "overtook", "retook",
        "oversaw", "overran", "upheld", "withheld", "forgave", "struck",
        "threw", "flew", "began", "chose", "brought", "bought", "caught",
        "took", "gave", NULL};
    for (uint32_t i = 1; i < n; i++) {
        pb_token *t = &tokens[i];
        if (t->xpos[0] != 'N' || !form_in(t, only_verbs))
            continue;
        retag(t, PB_UPOS_VERB, "VBD");
    }
    /* "residents and aid workers": "aid" before the people or means of
     * aid is the noun */
    static const char *const aid_heads[] = {
        "workers", "worker", "agencies", "agency", "groups", "group",
        "organisations", "organizations", "convoy", "convoys", "trucks",
        "deliveries", "shipments", "flights", "officials", "package",
        "packages", NULL};
    for (uint32_t i = 0; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        if (t->upos != PB_UPOS_VERB || !t->form ||
            strcasecmp(t->form, "aid") != 0 ||
            !form_in(&tokens[i + 1], aid_heads))
            continue;
        retag(t, PB_UPOS_NOUN, "NN");
    }
    /* "Saudi-led coalition", "Iran-backed militias": a name joined to a
     * participle by a hyphen modifies the noun after it (the tagger,
     * seeing "-led", reads a verb and the parse loses its subject) */
    static const char *const participles[] = {
        "led", "backed", "based", "funded", "sponsored", "supported",
        "brokered", "owned", "run", "allied", "aligned", "controlled",
        "held", "linked", "affiliated", "organized", "organised",
        "inspired", "born", "made", "occupied", "administered", NULL};
    for (uint32_t i = 0; i < n; i++) {
        pb_token *t = &tokens[i];
        const char *dash = t->form ? strrchr(t->form, '-') : NULL;
        int participle = 0;
        for (const char *const *w = participles; dash && *w; w++)
            participle |= strcmp(dash + 1, *w) == 0;
        if (!participle || !isupper((unsigned char)t->form[0]) ||
            t->xpos[0] != 'V')
            continue;
        retag(t, PB_UPOS_ADJ, "JJ");
    }
    /* "denied reports that Beijing had …", "dismissed claims that": an -s
     * verb right after a past verb and before "that" is the plural noun
     * the clause is about (not "what he said means that") */
    for (uint32_t i = 1; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        size_t len = t->form ? strlen(t->form) : 0;
        int wh = 0;
        for (uint32_t k = i >= 4 ? i - 4 : 0; k < i; k++)
            wh |= tokens[k].xpos[0] == 'W';
        if (strcmp(t->xpos, "VBZ") != 0 || len < 4 ||
            !islower((unsigned char)t->form[0]) || t->form[len - 1] != 's' ||
            strcmp(tokens[i - 1].xpos, "VBD") != 0 || wh ||
            !tokens[i + 1].form || strcmp(tokens[i + 1].form, "that") != 0)
            continue;
        retag(t, PB_UPOS_NOUN, "NNS");
    }
    /* "all 50 U.S. states", "three northern U.S. states that border
     * Canada": "states" after a name that a number, adjective or
     * quantifier opens is the plural noun that phrase ends in (other -s
     * verbs there are verbs: "hot Jupiter means") */
    static const char *const quantifiers[] = {"all", "other", "several",
                                              "many", "some", "most",
                                              "both", "few", NULL};
    for (uint32_t i = 2; i < n; i++) {
        pb_token *t = &tokens[i];
        size_t len = t->form ? strlen(t->form) : 0;
        const pb_token *a = &tokens[i - 2];
        int opener = strcmp(a->xpos, "CD") == 0 || strcmp(a->xpos, "JJ") == 0;
        for (const char *const *w = quantifiers; !opener && a->form && *w; w++)
            opener = strcasecmp(a->form, *w) == 0;
        if (strcmp(t->xpos, "VBZ") != 0 || len < 4 ||
            strcmp(t->form, "states") != 0 ||
            strcmp(tokens[i - 1].xpos, "NNP") != 0 || !opener)
            continue;
        retag(t, PB_UPOS_NOUN, "NNS");
    }
    static const char *const modals[] = {"will", "would", "can", "could",
                                         "shall", "should", "may", "might",
                                         "must", "'ll", "wo", "ca", NULL};
    for (uint32_t i = 0; i + 1 < n; i++) {
        int modal = 0;
        for (const char *const *w = modals; tokens[i].form && *w; w++)
            modal |= strcasecmp(tokens[i].form, *w) == 0;
        if (!modal || strcmp(tokens[i].xpos, "MD") != 0)
            continue;
        uint32_t j = i + 1; /* "would also free", "will not open" */
        while (j + 1 < n && j < i + 3 && strncmp(tokens[j].xpos, "RB", 2) == 0)
            j++;
        pb_token *t = &tokens[j];
        if (!t->form || !islower((unsigned char)t->form[0]) ||
            strcmp(t->xpos, "JJ") != 0 || adjective_only(t->form))
            continue;
        retag(t, PB_UPOS_VERB, "VB");
    }
    /* "Fighting between the army and the RSF killed …": an opening
     * gerund followed by "between" or "among" is the noun of the act */
    static const char *const betweens[] = {"between", "among", "amongst",
                                           NULL};
    if (n > 2 && strcmp(tokens[0].xpos, "VBG") == 0 &&
        form_in(&tokens[1], betweens)) {
        retag(&tokens[0], PB_UPOS_NOUN, "NN");
    }
    /* "The RSF attacked the army in Khartoum": in a sentence with no
     * finite verb, a first verb that is a participle right after a noun
     * and before the start of a noun phrase is the past tense of the
     * main verb (not in "forces backed by Kenyan soldiers surrounded",
     * "aircraft using guided missiles killed") */
    uint32_t first_verb = 1;
    while (first_verb + 1 < n && tokens[first_verb].upos != PB_UPOS_VERB)
        first_verb++;
    if (!finite && first_verb + 1 < n) {
        pb_token *t = &tokens[first_verb];
        const pb_token *next = &tokens[first_verb + 1];
        if (strcmp(t->xpos, "VBN") == 0 &&
            (tokens[first_verb - 1].upos == PB_UPOS_PROPN ||
             tokens[first_verb - 1].upos == PB_UPOS_NOUN) &&
            (strcmp(next->xpos, "DT") == 0 ||
             strcmp(next->xpos, "PRP$") == 0 || strcmp(next->xpos, "CD") == 0)) {
            retag(t, PB_UPOS_VERB, "VBD");
        }
    }
    /* "Beijing on Monday denied accusations": a participle right after
     * the day that follows its subject, with no finite verb before it,
     * is the past tense of the main verb */
    int finite_before = 0;
    for (uint32_t i = 1; i < n; i++) {
        pb_token *t = &tokens[i];
        if (strcmp(t->xpos, "VBN") == 0 && !finite_before && i >= 2 &&
            pb_day_word(tokens[i - 1].form) &&
            (tokens[i - 2].form && (strcasecmp(tokens[i - 2].form, "on") == 0 ||
                                    tokens[i - 2].upos == PB_UPOS_PROPN ||
                                    tokens[i - 2].upos == PB_UPOS_NOUN))) {
            retag(t, PB_UPOS_VERB, "VBD");
        }
        finite_before |= pb_finite_xpos(t->xpos);
    }
    /* "US strikes on the port of Hodeidah killed 20 people": a noun of
     * attack in -s read as the verb, after a name or adjective and before
     * "on", "against", "in" or "near", with a finite verb later, is the
     * subject's plural noun */
    static const char *const attacks_s[] = {
        "strikes", "airstrikes", "attacks", "raids", "bombings", "clashes",
        "shelling", "protests", "rallies", NULL};
    static const char *const places_on[] = {"on", "against", "in", "near",
                                            "at", NULL};
    for (uint32_t i = 1; i + 2 < n; i++) {
        pb_token *t = &tokens[i];
        if (strcmp(t->xpos, "VBZ") != 0 || !form_in(t, attacks_s) ||
            !(strncmp(tokens[i - 1].xpos, "NNP", 3) == 0 ||
              strcmp(tokens[i - 1].xpos, "JJ") == 0) ||
            !form_in(&tokens[i + 1], places_on))
            continue;
        int later = 0;
        for (uint32_t k = i + 2; k < n && !later; k++)
            later = strcmp(tokens[k].xpos, "VBD") == 0 ||
                    strcmp(tokens[k].xpos, "VBP") == 0;
        if (!later)
            continue;
        retag(t, PB_UPOS_NOUN, "NNS");
    }
    /* "Kenya welcomed Somali refugees expelled from Ethiopia": nouns of
     * people in -ee are never verbs */
    static const char *const people_in_ee[] = {
        "refugee", "refugees", "detainee", "detainees", "employee",
        "employees", "evacuee", "evacuees", "returnee", "returnees",
        "deportee", "deportees", "trainee", "trainees", "nominee",
        "nominees", "appointee", "appointees", "escapee", "escapees",
        "internee", "internees", "abductee", "abductees", "amputee",
        "amputees", "retiree", "retirees", NULL};
    for (uint32_t i = 0; i < n; i++) {
        pb_token *t = &tokens[i];
        if (t->xpos[0] != 'V' || !form_in(t, people_in_ee))
            continue;
        retag(t, PB_UPOS_NOUN,
              t->form[strlen(t->form) - 1] == 's' ? "NNS" : "NN");
    }
    /* "Xi met visiting Brazilian President Lula", "the visiting Indian
     * delegation": "visiting" after a verb other than "be", a determiner
     * or a preposition, and before an adjective or a name, modifies the
     * visitor (not "is visiting China", "after visiting Kenya") */
    static const char *const auxiliaries[] = {
        "is", "are", "was", "were", "be", "been", "'s", "'re", NULL};
    for (uint32_t i = 1; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        const pb_token *prev = &tokens[i - 1], *next = &tokens[i + 1];
        int opener = strcmp(prev->xpos, "DT") == 0 ||
                     strcmp(prev->xpos, "PRP$") == 0 ||
                     (prev->xpos[0] == 'V' && !form_in(prev, auxiliaries));
        if (!t->form || strcasecmp(t->form, "visiting") != 0 || !opener ||
            !(strcmp(next->xpos, "JJ") == 0 ||
              (strcmp(next->xpos, "NNP") == 0 && next->form &&
               i + 2 < n && tokens[i + 2].xpos[0] == 'N')))
            continue;
        retag(t, PB_UPOS_ADJ, "JJ");
    }
    /* "the World Health Organization (WHO) announced": an acronym in
     * parentheses is a name, never the pronoun or word it spells */
    for (uint32_t i = 1; i + 1 < n; i++) {
        pb_token *t = &tokens[i];
        size_t len = t->form ? strlen(t->form) : 0, caps = 0;
        for (size_t k = 0; k < len; k++)
            caps += isupper((unsigned char)t->form[k]) != 0;
        if (len < 2 || caps != len || !tokens[i - 1].form ||
            !tokens[i + 1].form || strcmp(tokens[i - 1].form, "(") != 0 ||
            strcmp(tokens[i + 1].form, ")") != 0)
            continue;
        retag(t, PB_UPOS_PROPN, "NNP");
    }
    repair_reported_clause(tokens, n);
    repair_main_participle(tokens, n);
}
