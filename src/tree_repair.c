/* tree_repair.c — corrects, after parsing, errors the greedy parser
 * makes often on news text, where a past-tense main verb is read as a
 * participle or adjective: "Israeli tanks fired four shells at Jericho"
 * parsed as the noun phrase "tanks [that were] fired four shells";
 * "Guerrillas wounded two soldiers, police said" with the adjective
 * "wounded" modifying "soldiers"; "The band reunited in 2005" with no
 * verb at all. English web text, our training data, has few such
 * reports, so the tagger gives "fired", "killed", "attacked" the
 * participle reading (also after a name the parser made the subject
 * of the noun: "Yugoslavia eased emergency measures", even when a
 * subordinate clause has a verb of its own). A speaker after the verb ('"…," said X') parsed as
 * a nominal complement is made the subject; a phrase between commas
 * after a noun ("with Dagolath, its biggest partner, officials said")
 * hung on the later verb becomes the noun's apposition; an opening
 * prepositional phrase parsed as the root ("Because of its drilling,
 * Turkey …") gives the root to the clause after it; a preposition read
 * as a mark and its noun as a second subject ("a visit to Beijing that
 * he would urge") are made a prepositional phrase again, and so is a
 * prepositional phrase parsed as the subject ("For the Green Party,
 * former governor Jesse Ventura joined …"); a name parsed as the subject
 * of its own comma-set description ("Doug Ford, Ontario's provincial
 * leader, said") becomes the verb's subject again; an unknown
 * capitalised word tagged as an adverb before a subjectless verb at the
 * start of a sentence ("Osgiliath welcomed …") is its subject; "after a
 * hafling was reported" read as a noun phrase is a clause again; a
 * possessor hung on a verb goes to the noun after it; the last name of
 * a subject list parsed as a second subject joins the list; a recipient
 * named before a number ("gave the Ivory Coast 5 million dollars") is
 * the verb's indirect object, not a compound of its object; a name in
 * apposition to an opening day ("On Tuesday, the WHO announced") is the
 * verb's subject; a participle after a noun made a conjunct with no
 * "and" ("the disease first recognized in Wuhan") modifies the noun;
 * "five years after crowds trashed its embassy" read with "years" as
 * the subject is a clause of time again, and so is "than that of Europe
 * before Russia invaded Ukraine" read with "Europe" as the subject; the
 * verb after a name's comma-set relative clause ("Hamas, which is backed
 * by Iran, attacked Israel") is the main verb with the name its subject,
 * whether the parser hung it on the clause or the clause on it; "as",
 * "while", "after" … read as the preposition of a noun phrase that a
 * root verb follows at once ("described their ordeal as the military
 * completed a rescue operation") open a clause again. Later repairs of
 * the same kind are described where they are written (lists of names,
 * subjects inside titles, possessors and modifiers across the verb …).
 * Tags are repaired before parsing in tag_repair.c.
 *
 * Each repair applies only where the misread structure cannot stand (a
 * noun where a clause belongs, a sentence with no finite verb) and makes
 * the verb the head: it takes the noun's place in the tree, the noun
 * becomes its subject, and the words after the verb that hung on the
 * noun move to the verb. The verb is retagged VBD, so lemmas are made
 * after the repair.
 */
#include "syntax.h"
#include "timex.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Has token id (1-based) a dependent with relation rel? */
static int has_child(const pb_token *t, uint32_t n, uint32_t id, int rel)
{
    for (uint32_t k = 0; k < n; k++)
        if (t[k].head == (int16_t)id && t[k].deprel == rel)
            return 1;
    return 0;
}

/* Has token id (1-based) a subject, active or passive? */
static int has_subject(const pb_token *t, uint32_t n, uint32_t id)
{
    return has_child(t, n, id, PB_REL_NSUBJ) ||
           has_child(t, n, id, PB_REL_NSUBJ_PASS);
}

/* Is a case marker of token k (the words before it hung on it as case)
 * one of words ("by", "for")? */
static int case_word_in(const pb_token *t, uint32_t k,
                        const char *const *words)
{
    for (uint32_t c = 0; c < k; c++)
        for (const char *const *w = words;
             t[c].head == (int16_t)(k + 1) && t[c].deprel == PB_REL_CASE &&
             t[c].form && *w;
             w++)
            if (strcasecmp(t[c].form, *w) == 0)
                return 1;
    return 0;
}

/* Verbs of saying that close or report a clause ("…, Japan said"). */
static const char *const saying_forms[] = {
    "said", "says", "told", "added", "reported", "announced", "stated",
    "claimed", "confirmed", "insisted", "argued", "countered", "responded",
    NULL};

/* Subordinators the parser may read as the preposition of the noun
 * phrase that is their clause's subject ("as the military completed",
 * "as troops fired"). */
static const char *const subordinators[] = {
    "as", "while", "after", "before", "since", "until", "because", "when",
    NULL};

/* Is form one of words (case-folded)? First letters are compared
 * before whole words. */
static int in_words(const char *form, const char *const *words)
{
    if (!form)
        return 0;
    int first = tolower((unsigned char)form[0]);
    for (const char *const *w = words; *w; w++)
        if (tolower((unsigned char)(*w)[0]) == first &&
            strcasecmp(form, *w) == 0)
            return 1;
    return 0;
}

/* The steps every repair shares; tokens are 0-based, heads 1-based. */

/* Token k now depends on token head with relation rel. */
static void hang(pb_token *t, uint32_t k, uint32_t head, int rel)
{
    t[k].head = (int16_t)(head + 1);
    t[k].deprel = rel;
}

/* Token g, or the nearest verb above it (within eight steps), where a
 * misread clause belongs; g's last ancestor tried when there is none. */
static uint32_t verb_at_or_above(const pb_token *t, uint32_t g)
{
    for (int d = 0; d < 8 && t[g].upos != PB_UPOS_VERB && t[g].head >= 1; d++)
        g = (uint32_t)t[g].head - 1;
    return g;
}

/* Verb w becomes the root in the place of token v; v's dependents from
 * token `from` on (the final stop) move to w. */
static void hand_root(pb_token *t, uint32_t n, uint32_t v, uint32_t w,
                      uint32_t from)
{
    for (uint32_t k = from; k < n; k++)
        if (t[k].head == (int16_t)(v + 1))
            t[k].head = (int16_t)(w + 1);
    t[w].head = 0;
    t[w].deprel = PB_REL_ROOT;
}

/* Token v becomes a past-tense verb in the place token from held. */
static void take_place(pb_token *t, uint32_t v, uint32_t from)
{
    t[v].head = t[from].head;
    t[v].deprel = t[from].deprel;
    memcpy(t[v].xpos, "VBD", 4);
    t[v].upos = PB_UPOS_VERB;
}

/* The words after verb v that hung on token a or b (not `keep`) move to
 * v. */
static void move_later(pb_token *t, uint32_t n, uint32_t v, uint32_t a,
                       uint32_t b, uint32_t keep)
{
    for (uint32_t k = v + 1; k < n; k++)
        if (k != keep && (t[k].head == (int16_t)(a + 1) ||
                          t[k].head == (int16_t)(b + 1)))
            t[k].head = (int16_t)(v + 1);
}

/* A non-verb old root before verb v becomes its adverb ("Here") or
 * oblique ("In August"). */
static void demote_root(pb_token *t, uint32_t root, uint32_t v)
{
    hang(t, root, v,
         t[root].upos == PB_UPOS_ADV ? PB_REL_ADVMOD : PB_REL_OBL);
}

/* Token `to` becomes the root in place of `from`; the full stop after
 * both, hung on `from`, goes with it. */
static void pass_root(pb_token *t, uint32_t n, uint32_t from, uint32_t to)
{
    t[to].head = 0;
    t[to].deprel = PB_REL_ROOT;
    for (uint32_t k = (from > to ? from : to) + 1; k < n; k++)
        if (t[k].head == (int16_t)(from + 1) && t[k].upos == PB_UPOS_PUNCT)
            t[k].head = (int16_t)(to + 1);
}

/* Is token i (0-based) a participle wrongly hung on its subject? */
static int misread_main_verb(const pb_token *t, uint32_t n, uint32_t i)
{
    const pb_token *v = &t[i];
    if (v->deprel != PB_REL_ACL || strcmp(v->xpos, "VBN") != 0 || v->head < 1 ||
        (uint32_t)v->head > i)
        return 0;
    uint32_t h = (uint32_t)v->head - 1;
    const pb_token *noun = &t[h];
    if ((noun->upos != PB_UPOS_NOUN && noun->upos != PB_UPOS_PROPN) ||
        (noun->deprel != PB_REL_ROOT && noun->deprel != PB_REL_CCOMP))
        return 0;
    return (has_child(t, n, i + 1, PB_REL_OBJ) ||
            has_child(t, n, i + 1, PB_REL_CCOMP)) &&
           !has_child(t, n, i + 1, PB_REL_AUX) &&
           !has_child(t, n, i + 1, PB_REL_AUX_PASS) &&
           !has_child(t, n, i + 1, PB_REL_COP) &&
           !has_child(t, n, h + 1, PB_REL_NSUBJ);
}

/* Does token a (0-based) lie under token b? */
static int under(const pb_token *t, uint32_t n, uint32_t a, uint32_t b)
{
    for (uint32_t steps = 0; steps <= n && t[a].head > 0; steps++) {
        a = (uint32_t)t[a].head - 1;
        if (a == b)
            return 1;
    }
    return 0;
}

/* Can a clause stand where relation rel stands? */
static int clausal_place(int rel)
{
    return rel == PB_REL_ROOT || rel == PB_REL_CCOMP ||
           rel == PB_REL_PARATAXIS;
}

/* Does verb k head, or lie in, a clause that a subordinator opens ("as
 * authorities cracked down"), below token top? */
static int subordinate(const pb_token *t, uint32_t n, uint32_t k,
                       uint32_t top)
{
    for (uint32_t steps = 0; steps <= n && k != top; steps++) {
        for (uint32_t j = 0; j < n; j++)
            if (t[j].head == (int16_t)(k + 1) && t[j].deprel == PB_REL_MARK &&
                t[j].upos == PB_UPOS_SCONJ)
                return 1;
        if (t[k].head < 1)
            break;
        k = (uint32_t)t[k].head - 1;
    }
    return 0;
}

/* Is verb k, under token top, in a clause joined to top with a subject
 * of its own ("rockets …, and Israel responded")? */
static int clause_of_own(const pb_token *t, uint32_t n, uint32_t k,
                         uint32_t top)
{
    for (uint32_t steps = 0; steps <= n && k != top; steps++) {
        if (t[k].head == (int16_t)(top + 1))
            return t[k].deprel == PB_REL_CONJ && t[k].upos == PB_UPOS_VERB &&
                   has_subject(t, n, k + 1);
        if (t[k].head < 1)
            break;
        k = (uint32_t)t[k].head - 1;
    }
    return 0;
}

/* "Guerrillas wounded two soldiers" read as noun phrases with the
 * adjective "wounded" modifying "soldiers": an "-ed" modifier right
 * after a plural noun that heads its own phrase, and before a noun of
 * its own, is the verb when one of the two nouns stands where a clause
 * belongs (the root, a reported clause). The plural noun becomes its
 * subject, the modified noun its object. */
static void repair_adjective_verb(pb_token *t, uint32_t n, uint32_t i)
{
    pb_token *v = &t[i];
    size_t len = v->form ? strlen(v->form) : 0;
    if (i == 0 || v->deprel != PB_REL_AMOD || len < 4 ||
        strcmp(v->form + len - 2, "ed") != 0 || v->head <= (int16_t)(i + 1))
        return;
    uint32_t subj = i - 1, obj = (uint32_t)v->head - 1;
    /* a plural noun, or a name the parser already made the subject of
     * the noun or of the modifier ("Yugoslavia eased emergency
     * measures") */
    int name_subject = t[subj].upos == PB_UPOS_PROPN &&
                       t[subj].deprel == PB_REL_NSUBJ &&
                       (t[subj].head == (int16_t)(obj + 1) ||
                        t[subj].head == (int16_t)(i + 1));
    if ((strcmp(t[subj].xpos, "NNS") != 0 && !name_subject) ||
        t[subj].deprel == PB_REL_COMPOUND ||
        (t[obj].upos != PB_UPOS_NOUN && t[obj].upos != PB_UPOS_PROPN))
        return;
    uint32_t top = under(t, n, obj, subj) ? subj : obj;
    if (top == obj && !under(t, n, subj, obj) &&
        t[subj].head != t[obj].head)
        return;
    if (!clausal_place(t[top].deprel))
        return;
    for (uint32_t k = 0; k < n; k++)
        if (t[k].upos == PB_UPOS_VERB && k != i &&
            (under(t, n, k, top) || k == top) &&
            !subordinate(t, n, k, top) && !clause_of_own(t, n, k, top))
            return; /* the clause has a verb of its own */
    take_place(t, i, top);
    move_later(t, n, i, subj, subj, obj);
    hang(t, subj, i, PB_REL_NSUBJ);
    hang(t, obj, i, PB_REL_OBJ);
    /* a clause joined to the noun ("…, and Israel responded") joins the
     * verb */
    for (uint32_t k = obj + 1; k < n; k++)
        if (t[k].head == (int16_t)(obj + 1) &&
            ((t[k].deprel == PB_REL_CONJ && t[k].upos == PB_UPOS_VERB) ||
             t[k].deprel == PB_REL_PUNCT))
            t[k].head = (int16_t)(i + 1);
}

/* Has the sentence a finite verb (past, present, modal)? */
static int has_finite_verb(const pb_token *t, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++)
        if (pb_finite_xpos(t[k].xpos))
            return 1;
    return 0;
}

/* Has the sentence a finite verb (or auxiliary) outside the relative and
 * adverbial clauses ("students who were protesting", "after he spoke")
 * that cannot carry the main clause? */
static int has_main_finite_verb(const pb_token *t, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (!pb_finite_xpos(t[k].xpos))
            continue;
        uint32_t c = k; /* the clause's verb: an auxiliary's head */
        if (t[k].upos == PB_UPOS_AUX && t[k].head >= 1)
            c = (uint32_t)t[k].head - 1;
        if (t[c].deprel != PB_REL_ACL_RELCL && t[c].deprel != PB_REL_ADVCL)
            return 1;
    }
    return 0;
}

static int is_nominal(const pb_token *t)
{
    static const char *const demonstratives[] = {"this", "that", "these",
                                                 "those", NULL};
    if (t->upos == PB_UPOS_NOUN || t->upos == PB_UPOS_PROPN ||
        t->upos == PB_UPOS_PRON)
        return 1;
    for (int k = 0; t->upos == PB_UPOS_DET && demonstratives[k]; k++)
        if (t->form && strcasecmp(t->form, demonstratives[k]) == 0)
            return 1;
    return 0;
}

/* Is the root (before the verb at i) a nominal phrase that runs up to
 * the verb unbroken and can act: no case marker ("In August"), no
 * punctuation before the verb ("Friday, the House"), not a day or
 * month? */
static int root_phrase_acts(const pb_token *t, uint32_t n, uint32_t root,
                            uint32_t i)
{
    if (!is_nominal(&t[root]) ||
        has_child(t, n, root + 1, PB_REL_CASE) ||
        pb_calendar_word(t[root].form))
        return 0;
    for (uint32_t k = root + 1; k < i; k++)
        if (t[k].upos == PB_UPOS_PUNCT)
            return 0;
    return 1;
}

/* "The band reunited in 2005", "In August the party nominated Segal":
 * a sentence with no finite verb whose first participle modifies the
 * phrase right before it, with no auxiliary or "by" agent (not "ones used
 * by …") and not set off by a comma (not "a printer, installed in …"),
 * has that participle for its main verb. The verb becomes the root; the
 * noun its subject; the old root, when it is another word that governs
 * the noun ("In August", "Here"), an oblique or adverb of the verb. */
static void repair_verbless(pb_token *t, uint32_t n)
{
    if (has_finite_verb(t, n))
        return;
    /* participles that work as prepositions ("prices compared to") */
    static const char *const prepositional[] = {
        "compared", "based", "related", "given", "provided", NULL};
    uint32_t i = 1;
    while (i < n &&
           !(strcmp(t[i].xpos, "VBN") == 0 && t[i].deprel == PB_REL_ACL))
        i++;
    for (int k = 0; i < n && prepositional[k]; k++)
        if (t[i].form && strcasecmp(t[i].form, prepositional[k]) == 0)
            return;
    if (i >= n || t[i].head < 1 || t[i].head > (int16_t)i ||
        t[i - 1].upos == PB_UPOS_PUNCT || has_child(t, n, i + 1, PB_REL_AUX) ||
        has_child(t, n, i + 1, PB_REL_AUX_PASS) ||
        has_child(t, n, i + 1, PB_REL_OBL_AGENT))
        return;
    uint32_t h = (uint32_t)t[i].head - 1, root = 0;
    while (root < n && t[root].deprel != PB_REL_ROOT)
        root++;
    if (!is_nominal(&t[h]) || (h != i - 1 && !under(t, n, i - 1, h)) ||
        root > h || t[root].upos == PB_UPOS_VERB ||
        t[root].upos == PB_UPOS_AUX)
        return;
    /* "British aircraft using guided missiles killed": the participle
     * hangs on a noun inside the root's own phrase, and the root acts */
    uint32_t subj = root_phrase_acts(t, n, root, i) ? root : h;
    take_place(t, i, root);
    move_later(t, n, i, subj, root, n);
    if (root != subj)
        demote_root(t, root, i);
    hang(t, subj, i, PB_REL_NSUBJ);
}

/* The last word of the phrase before token i: i - 1, or the word before
 * a comma or dash closing an apposition ("The mayor, Cantrell, advised");
 * a number in a name ("Elizabeth II") stands for the name. -1: none. */
static int phrase_end_before(const pb_token *t, uint32_t i)
{
    uint32_t e = i - 1;
    if (t[e].upos == PB_UPOS_PUNCT && e >= 1 && t[e].form &&
        (strcmp(t[e].form, ",") == 0 || strcmp(t[e].form, "--") == 0))
        e--;
    if (t[e].upos == PB_UPOS_NUM && t[e].deprel == PB_REL_FLAT)
        return (int)e;
    return is_nominal(&t[e]) ? (int)e : -1;
}

/* "Queen Elizabeth II suspended parliament", "The mayor advised
 * residents", "deputies held talks": in a sentence with no finite verb
 * but those of relative or adverbial clauses ("police detained dozens of
 * students who were protesting"),
 * a participle (or "-ed" adjective) modifier right after a nominal, before a noun of its own, is the verb. Its
 * subject is the phrase that ends before it (the highest word of that
 * phrase left of the verb), its object the noun it modified; an old root
 * left of the subject ("In April") becomes an oblique or adverb, or the
 * subject itself when the phrase before the verb was set off by commas
 * as its apposition. */
static void repair_verbless_modifier(pb_token *t, uint32_t n)
{
    if (has_main_finite_verb(t, n))
        return;
    uint32_t i = 1;
    for (; i < n; i++) {
        size_t len = t[i].form ? strlen(t[i].form) : 0;
        int ed = len >= 4 && strcmp(t[i].form + len - 2, "ed") == 0;
        /* a tagged participle of any shape ("held talks"), an adjective
         * only in "-ed" ("wounded") */
        if (t[i].deprel == PB_REL_AMOD &&
            (strcmp(t[i].xpos, "VBN") == 0 ||
             (strcmp(t[i].xpos, "JJ") == 0 && ed)))
            break;
    }
    if (i >= n || t[i].head <= (int16_t)(i + 1) || has_finite_verb(t, i))
        return; /* (a relative clause's verb only after it: not "a company
                   which provide … web based MMOG") */
    int end = phrase_end_before(t, i);
    if (end < 0)
        return;
    uint32_t obj = (uint32_t)t[i].head - 1, subj = (uint32_t)end;
    if ((t[obj].upos != PB_UPOS_NOUN && t[obj].upos != PB_UPOS_PROPN) ||
        has_child(t, n, obj + 1, PB_REL_CASE))
        return; /* not "a sandwich made to artistic standards" */
    while (t[subj].head >= 1 && (uint32_t)t[subj].head - 1 < i &&
           t[subj].deprel != PB_REL_ROOT)
        subj = (uint32_t)t[subj].head - 1;
    uint32_t root = 0;
    while (root < n && t[root].deprel != PB_REL_ROOT)
        root++;
    /* "French National Assembly president Laurent Fabius and … held
     * talks": the opening adjective made the root with the name for its
     * subject modifies that name */
    int adjective_root = 0;
    if (subj == root && root == 0 && t[root].upos == PB_UPOS_ADJ)
        for (uint32_t k = 1; k < i && !adjective_root; k++)
            if (t[k].head == 1 && t[k].deprel == PB_REL_NSUBJ) {
                subj = k;
                adjective_root = 1;
            }
    if (!is_nominal(&t[subj]) || root >= n ||
        (root != subj && root != obj && root > subj) ||
        t[root].upos == PB_UPOS_VERB || t[root].upos == PB_UPOS_AUX)
        return;
    take_place(t, i, root);
    move_later(t, n, i, subj, root, obj);
    int apposition = end != (int)i - 1 && root != subj && root != obj &&
                     is_nominal(&t[root]) &&
                     !has_child(t, n, root + 1, PB_REL_CASE);
    if (apposition) {
        /* "The mayor of New Orleans, LaToya Cantrell, advised" */
        hang(t, subj, root, PB_REL_APPOS);
        subj = root;
    } else if (adjective_root) {
        hang(t, root, subj, PB_REL_AMOD);
    } else if (root != subj && root != obj) {
        demote_root(t, root, i);
    }
    hang(t, subj, i, PB_REL_NSUBJ);
    hang(t, obj, i, PB_REL_OBJ);
}

/* Is token v a verb of saying with the clause it reports before it
 * ('"…," said the spokesperson')? */
static int quote_before(const pb_token *t, uint32_t v)
{
    static const char *const saying[] = {"said", "says", "added", "adds",
                                         "wrote", "noted", "explained",
                                         "insisted", NULL};
    int is_saying = 0;
    for (int w = 0; t[v].form && saying[w]; w++)
        is_saying |= strcasecmp(t[v].form, saying[w]) == 0;
    for (uint32_t k = 0; is_saying && k < v; k++)
        if (t[k].head == (int16_t)(v + 1) && t[k].deprel == PB_REL_CCOMP)
            return 1;
    return 0;
}

/* '"…," said Mawlawi Akhundzada': the speaker after a verb that has no
 * subject, parsed as its clausal complement though it is a bare
 * nominal (a complement clause has a verb or a copula), or as the object
 * of a verb of saying whose reported clause stands before it ('"…," said
 * the spokesperson'), is the subject. */
static void repair_inverted_subject(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        pb_token *x = &t[k];
        if (!(x->deprel == PB_REL_CCOMP ||
              (x->deprel == PB_REL_OBJ && x->head >= 1 &&
               quote_before(t, (uint32_t)x->head - 1))) ||
            !is_nominal(x) || x->head < 1 || (uint32_t)x->head > k)
            continue;
        uint32_t v = (uint32_t)x->head - 1;
        if (t[v].upos != PB_UPOS_VERB || has_subject(t, n, v + 1) ||
            has_child(t, n, k + 1, PB_REL_COP) ||
            has_child(t, n, k + 1, PB_REL_NSUBJ))
            continue;
        x->deprel = PB_REL_NSUBJ;
    }
}

/* "US officials say Russia attacked Ukraine" with "Russia" parsed as a
 * compound of "attacked": a clause's verb with a name or noun hung on it
 * as a compound before it, and no subject, auxiliary or agent of its
 * own, has that word for its subject (a past tense, not a participle);
 * a bare name after it, hung as an unmarked oblique, is its object. */
static void repair_compound_subject(pb_token *t, uint32_t n)
{
    for (uint32_t v = 1; v < n; v++) {
        if (t[v].upos != PB_UPOS_VERB ||
            (strcmp(t[v].xpos, "VBN") != 0 && strcmp(t[v].xpos, "VBD") != 0) ||
            !clausal_place(t[v].deprel) || has_subject(t, n, v + 1) ||
            has_child(t, n, v + 1, PB_REL_AUX) ||
            has_child(t, n, v + 1, PB_REL_AUX_PASS) ||
            has_child(t, n, v + 1, PB_REL_OBL_AGENT))
            continue;
        int subj = -1;
        for (uint32_t k = 0; k < v; k++)
            if (t[k].head == (int16_t)(v + 1) &&
                t[k].deprel == PB_REL_COMPOUND &&
                (t[k].upos == PB_UPOS_PROPN || t[k].upos == PB_UPOS_NOUN))
                subj = (int)k;
        if (subj < 0)
            continue;
        hang(t, (uint32_t)subj, v, PB_REL_NSUBJ);
        memcpy(t[v].xpos, "VBD", 4);
        for (uint32_t k = v + 1; k < n; k++)
            if (t[k].head == (int16_t)(v + 1) &&
                t[k].deprel == PB_REL_OBL_UNMARKED &&
                t[k].upos == PB_UPOS_PROPN) {
                t[k].deprel = PB_REL_OBJ;
                break;
            }
    }
}

/* "The Armenians claim they were retaliating": a present-tense verb
 * after a plural subject read as a noun.
 * A noun at the root with a subject before it and no copula, determiner
 * or possessive of its own (a predicate noun needs "is"; "the claim" is a
 * noun), and with a clause of its own subject hung on it, is a verb
 * reporting that clause, its complement. */
static void repair_noun_verb(pb_token *t, uint32_t n)
{
    for (uint32_t v = 1; v < n; v++) {
        if (t[v].upos != PB_UPOS_NOUN || t[v].deprel != PB_REL_ROOT ||
            has_child(t, n, v + 1, PB_REL_COP) ||
            has_child(t, n, v + 1, PB_REL_DET) ||
            has_child(t, n, v + 1, PB_REL_NMOD_POSS))
            continue;
        int subj = -1;
        for (uint32_t k = 0; k < v; k++)
            if (t[k].head == (int16_t)(v + 1) && t[k].deprel == PB_REL_NSUBJ)
                subj = (int)k;
        int clause = -1;
        for (uint32_t k = v + 1; k < n && clause < 0; k++)
            if (t[k].head == (int16_t)(v + 1) &&
                (t[k].deprel == PB_REL_ACL_RELCL ||
                 t[k].deprel == PB_REL_CCOMP) &&
                has_child(t, n, k + 1, PB_REL_NSUBJ))
                clause = (int)k;
        if (subj < 0 || clause < 0)
            continue; /* only a verb that reports or claims a clause */
        /* a plural subject and the bare form ("Armenians claim"); not
         * "40 bases that had trained", "best steaks I have had" */
        int plural = strcmp(t[subj].xpos, "NNS") == 0 ||
                     strcmp(t[subj].xpos, "NNPS") == 0 ||
                     (t[subj].form && (strcasecmp(t[subj].form, "they") == 0 ||
                                       strcasecmp(t[subj].form, "we") == 0));
        if (!plural || strcmp(t[v].xpos, "NN") != 0)
            continue;
        t[v].upos = PB_UPOS_VERB;
        memcpy(t[v].xpos, "VBP", 4);
        t[clause].deprel = PB_REL_CCOMP;
    }
}

/* The highest word of the phrase that ends at token p and lies wholly
 * before token d. */
static uint32_t phrase_top_before(const pb_token *t, uint32_t p, uint32_t d)
{
    for (uint32_t steps = 0; steps < d && t[p].head >= 1 &&
                             (uint32_t)t[p].head - 1 < d;
         steps++)
        p = (uint32_t)t[p].head - 1;
    return p;
}

/* "Polish police today arrested …", "The ministry Friday denied …",
 * "Mayor John Tory on Tuesday suggested …": news puts the day between
 * the subject and its verb, and the parser takes the day for the
 * subject, hanging the real one on it or on the verb. When a day word
 * before its verb is that verb's subject and a nominal phrase ends right
 * before it (or before "on"), the phrase is the subject and the day an
 * oblique of the verb; the day's dependents before it (the phrase's
 * determiner) move to the phrase. */
static void repair_day_subject(pb_token *t, uint32_t n)
{
    for (uint32_t d = 1; d < n; d++) {
        if (!pb_day_word(t[d].form) ||
            (t[d].deprel != PB_REL_NSUBJ && t[d].deprel != PB_REL_NSUBJ_PASS) ||
            t[d].head <= (int16_t)(d + 1))
            continue;
        uint32_t v = (uint32_t)t[d].head - 1, p = d - 1;
        int on = -1;
        if (t[p].form && strcasecmp(t[p].form, "on") == 0 && p >= 1)
            on = (int)p--;
        if (!is_nominal(&t[p]))
            continue;
        uint32_t subj = phrase_top_before(t, p, d);
        if (subj == d || (t[subj].head != (int16_t)(d + 1) &&
                          t[subj].head != (int16_t)(v + 1)))
            continue;
        int other = 0;
        for (uint32_t k = 0; k < n; k++)
            if (k != d && k != subj && t[k].head == (int16_t)(v + 1) &&
                (t[k].deprel == PB_REL_NSUBJ ||
                 t[k].deprel == PB_REL_NSUBJ_PASS))
                other = 1;
        if (other)
            continue;
        for (uint32_t k = 0; k < d; k++)
            if (k != subj && (int)k != on && t[k].head == (int16_t)(d + 1))
                t[k].head = (int16_t)(subj + 1);
        hang(t, subj, v,
             has_child(t, n, v + 1, PB_REL_AUX_PASS) ? PB_REL_NSUBJ_PASS
                                                     : PB_REL_NSUBJ);
        if (on >= 0) {
            hang(t, d, v, PB_REL_OBL);
            hang(t, (uint32_t)on, d, PB_REL_CASE);
        } else {
            hang(t, d, v, PB_REL_OBL_UNMARKED);
        }
    }
}

/* "Polish police today arrested two diplomats" parsed as a passive: a
 * passive subject whose verb has an object but no passive auxiliary
 * ("was", "got") is the active subject of a past-tense verb. */
static void repair_passive_without_auxiliary(pb_token *t, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (t[k].deprel != PB_REL_NSUBJ_PASS || t[k].head < 1)
            continue;
        uint32_t v = (uint32_t)t[k].head - 1;
        if (t[v].upos != PB_UPOS_VERB || !has_child(t, n, v + 1, PB_REL_OBJ) ||
            has_child(t, n, v + 1, PB_REL_AUX_PASS) ||
            has_child(t, n, v + 1, PB_REL_AUX))
            continue;
        t[k].deprel = PB_REL_NSUBJ;
        if (strcmp(t[v].xpos, "VBN") == 0)
            memcpy(t[v].xpos, "VBD", 4);
    }
}

/* Is token k's form a noun of time ("week", "Monday") that may stand as
 * an oblique with no preposition ("said last week")? */
static int time_noun(const pb_token *t)
{
    static const char *const words[] = {
        "day",     "days",   "week",  "weeks",   "month", "months",
        "year",    "years",  "time",  "times",   "night", "morning",
        "evening", "afternoon", "weekend", "decade", "decades", "hour",
        "hours",   "minute", "minutes", "moment", "century", "season",
        "quarter", "term",   "today", "yesterday", "tomorrow", "tonight"};
    if (!t->form)
        return 0;
    if (pb_day_word(t->form))
        return 1;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcasecmp(t->form, words[i]) == 0)
            return 1;
    return 0;
}

static int is_comma(const pb_token *t)
{
    return t->form && strcmp(t->form, ",") == 0;
}

/* Can token t begin a noun phrase ("its", "a", "biggest", "Dagolath";
 * not "where")? */
static int phrase_opener(const pb_token *t)
{
    return t->upos == PB_UPOS_DET || t->upos == PB_UPOS_ADJ ||
           t->upos == PB_UPOS_NOUN || t->upos == PB_UPOS_PROPN ||
           t->upos == PB_UPOS_NUM ||
           (t->upos == PB_UPOS_PRON && strcmp(t->xpos, "PRP$") == 0);
}

/* The first and last tokens (0-based) of token k's subtree. */
static void subtree_span(const pb_token *t, uint32_t n, uint32_t k,
                         uint32_t *first, uint32_t *last)
{
    *first = *last = k;
    for (uint32_t j = 0; j < n; j++)
        if (j != k && under(t, n, j, k)) {
            if (j < *first)
                *first = j;
            if (j > *last)
                *last = j;
        }
}

/* The noun phrase that a subordinator at token c opens as its
 * preposition ("after crowds …", "as troops …"): the phrase's head, with
 * *next the token after the phrase; -1 when c is no such word or the
 * phrase does not start at it. */
static long subordinator_phrase(const pb_token *t, uint32_t n, uint32_t c,
                                uint32_t *next)
{
    if (t[c].deprel != PB_REL_CASE || t[c].head <= (int16_t)(c + 1) ||
        !in_words(t[c].form, subordinators))
        return -1;
    uint32_t np = (uint32_t)t[c].head - 1, first, last;
    subtree_span(t, n, np, &first, &last);
    *next = last + 1;
    return first == c ? (long)np : -1;
}

/* "… with Dagolath, its biggest trading partner, officials said": a
 * noun phrase set off by commas right after a noun is its apposition,
 * but the parser, seeing no preposition to hang it by, makes it an
 * oblique of the verb that follows. An oblique with no preposition that
 * is no noun of time, stands between commas right after a noun and
 * before its verb, is that noun's apposition. */
static void repair_stranded_appositive(pb_token *t, uint32_t n)
{
    for (uint32_t k = 2; k < n; k++) {
        if (t[k].deprel != PB_REL_OBL || t[k].head <= (int16_t)(k + 1) ||
            (t[k].upos != PB_UPOS_NOUN && t[k].upos != PB_UPOS_PROPN) ||
            time_noun(&t[k]) || has_child(t, n, k + 1, PB_REL_CASE))
            continue;
        uint32_t first, last;
        subtree_span(t, n, k, &first, &last);
        if (t[first].upos == PB_UPOS_PUNCT) /* the comma may hang on k */
            first++;
        if (first < 2 || last + 1 >= n || !is_comma(&t[first - 1]) ||
            !is_comma(&t[last + 1]))
            continue;
        uint32_t noun = first - 2;
        if ((t[noun].upos != PB_UPOS_NOUN && t[noun].upos != PB_UPOS_PROPN) ||
            !phrase_opener(&t[first]) || under(t, n, noun, k))
            continue;
        hang(t, k, noun, PB_REL_APPOS);
        t[first - 1].head = (int16_t)(k + 1);
    }
}

/* "Doug Ford, Ontario's provincial leader, said …": the parser makes the
 * name the subject of the description (as if "was" stood between them)
 * and hangs the description on the verb with no preposition. A nominal
 * with no preposition between commas before a subjectless verb, whose
 * own subject stands before the first comma, is that subject's
 * apposition, and the subject the verb's. */
static void repair_subject_of_appositive(pb_token *t, uint32_t n)
{
    for (uint32_t k = 2; k < n; k++) {
        if ((t[k].deprel != PB_REL_OBL && t[k].deprel != PB_REL_OBL_UNMARKED) ||
            t[k].head <= (int16_t)(k + 1) || !is_nominal(&t[k]) ||
            time_noun(&t[k]) || has_child(t, n, k + 1, PB_REL_CASE))
            continue;
        uint32_t v = (uint32_t)t[k].head - 1, subj = n;
        if (has_subject(t, n, v + 1))
            continue;
        for (uint32_t j = 0; j < k; j++)
            if (t[j].head == (int16_t)(k + 1) && t[j].deprel == PB_REL_NSUBJ)
                subj = j;
        if (subj == n || !is_nominal(&t[subj]))
            continue;
        uint32_t first, last;
        subtree_span(t, n, k, &first, &last);
        if (last + 1 >= n || !is_comma(&t[last + 1]) ||
            !is_comma(&t[subj + 1]))
            continue;
        hang(t, subj, v, PB_REL_NSUBJ);
        hang(t, k, subj, PB_REL_APPOS);
        t[subj + 1].head = (int16_t)(k + 1);
    }
}

/* "Because of its drilling, Turkey is under sanctions, and was
 * condemned …": the parser makes the opening prepositional phrase the
 * root and hangs the clause on it as a conjunct. A root nominal that
 * opens the sentence with its preposition, followed by a comma and a
 * conjunct with a subject of its own, is an oblique of that conjunct,
 * which becomes the root and takes the old root's later conjuncts and
 * punctuation. */
static void repair_phrase_root(pb_token *t, uint32_t n)
{
    uint32_t root = n;
    for (uint32_t k = 0; k < n; k++)
        if (t[k].deprel == PB_REL_ROOT && t[k].head == 0)
            root = k;
    if (root == n || !is_nominal(&t[root]) || t[0].upos != PB_UPOS_ADP ||
        t[0].head != (int16_t)(root + 1) || t[0].deprel != PB_REL_CASE)
        return;
    uint32_t clause = n;
    for (uint32_t k = root + 1; k < n && clause == n; k++)
        if (t[k].head == (int16_t)(root + 1) && t[k].deprel == PB_REL_CONJ &&
            has_subject(t, n, k + 1))
            clause = k;
    if (clause == n)
        return;
    uint32_t first, last;
    subtree_span(t, n, clause, &first, &last);
    if (t[first].upos == PB_UPOS_PUNCT)
        first++;
    if (first < 1 || !is_comma(&t[first - 1]))
        return;
    for (uint32_t k = clause + 1; k < n; k++)
        if (t[k].head == (int16_t)(root + 1) &&
            (t[k].deprel == PB_REL_CONJ || t[k].upos == PB_UPOS_PUNCT))
            t[k].head = (int16_t)(clause + 1);
    t[clause].head = 0;
    t[clause].deprel = PB_REL_ROOT;
    hang(t, root, clause, PB_REL_OBL);
    t[first - 1].head = (int16_t)(root + 1);
}

/* "said during a visit to Beijing that he would urge …": the parser takes
 * "to" for an infinitive's mark and "Beijing" for a second subject of
 * "urge". A verb's subject right after a preposition the parser hung on
 * the same verb as a mark, while the verb has another subject after it,
 * is that preposition's object: of the noun before the preposition when
 * there is one, else an oblique of the verb. */
static void repair_preposition_subject(pb_token *t, uint32_t n)
{
    static const char *const preps[] = {"to", "in", "at", "from", "with",
                                        "for", NULL};
    for (uint32_t k = 2; k < n; k++) {
        if (t[k].deprel != PB_REL_NSUBJ || t[k].head <= (int16_t)(k + 1) ||
            !is_nominal(&t[k]))
            continue;
        uint32_t p = k - 1, v = (uint32_t)t[k].head - 1;
        int is_prep = 0;
        for (int w = 0; preps[w] && t[p].form; w++)
            is_prep |= strcasecmp(t[p].form, preps[w]) == 0;
        if (!is_prep || t[p].deprel != PB_REL_MARK || t[p].head != t[k].head)
            continue;
        int other = 0;
        for (uint32_t j = k + 1; j < v; j++)
            if (t[j].head == t[k].head && t[j].deprel == PB_REL_NSUBJ)
                other = 1;
        if (!other)
            continue;
        hang(t, p, k, PB_REL_CASE);
        if (is_nominal(&t[p - 1]) && !under(t, n, p - 1, k))
            hang(t, k, p - 1, PB_REL_NMOD);
        else
            hang(t, k, v, PB_REL_OBL);
    }
}

/* "In 2016, in a Swiss tournament at Basel, Iranian Grand Master X
 * refused …": the parser makes the prepositional phrase the subject and
 * hangs the real subject on it as an apposition. A subject that opens
 * with a preposition of its own and has an apposition ending right
 * before the verb is an oblique, and the apposition the subject. */
static void repair_prepositional_subject(pb_token *t, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (t[k].deprel != PB_REL_NSUBJ || t[k].head <= (int16_t)(k + 1) ||
            !is_nominal(&t[k]))
            continue;
        uint32_t first, last;
        subtree_span(t, n, k, &first, &last);
        if (t[first].upos == PB_UPOS_PUNCT && first < k)
            first++;
        if (t[first].upos != PB_UPOS_ADP || t[first].deprel != PB_REL_CASE ||
            t[first].head != (int16_t)(k + 1))
            continue; /* "in a tournament": not "Ivan's condition" */
        uint32_t v = (uint32_t)t[k].head - 1, subject = n;
        for (uint32_t j = k + 1; j < v; j++)
            if (t[j].head == (int16_t)(k + 1) && t[j].deprel == PB_REL_APPOS)
                subject = j;
        if (subject == n)
            continue;
        subtree_span(t, n, subject, &first, &last);
        if (last + 1 != v)
            continue;
        t[k].deprel = PB_REL_OBL;
        hang(t, subject, v, PB_REL_NSUBJ);
    }
}

/* "Osgiliath welcomed the resumption …": an unknown capitalised word
 * opening the sentence is tagged as an adverb and hung on the verb after
 * it, which is left with no subject. Such a word (not an "-ly" adverb or
 * one of the adverbs that open sentences) right before a finite verb
 * with no subject is a name and the verb's subject. */
static void repair_adverb_subject(pb_token *t, uint32_t n)
{
    static const char *const openers[] = {
        "however", "meanwhile", "also", "now", "then", "still", "yet",
        "here", "there", "today", "yesterday", "tomorrow", "instead",
        "thus", "hence", "later", "earlier", "soon", "once", "again",
        "never", "always", "often", "so", "too", "just", "only", "even",
        "already", "thereafter", "afterwards", "nevertheless", "otherwise",
        "elsewhere", "overall", "first", "finally", "next", "last", "not",
        "maybe", "perhaps", "almost", "nearly", "rarely", "seldom", "hardly",
        "barely", "together", "alone", "ago", "away", "back", "ever",
        "further", "indeed", "likewise", "rather", "somehow", "anyway",
        NULL};
    /* the verb, past lower-case adverbs ("Abiy later travelled") */
    uint32_t v = 1;
    while (v + 1 < n && v < 3 && t[v].upos == PB_UPOS_ADV && t[v].form &&
           islower((unsigned char)t[v].form[0]))
        v++;
    if (n < 2 || t[0].upos != PB_UPOS_ADV || strcmp(t[0].xpos, "RB") != 0 ||
        !t[0].form ||
        !isupper((unsigned char)t[0].form[0]) ||
        t[0].head != (int16_t)(v + 1) ||
        t[v].upos != PB_UPOS_VERB ||
        (strcmp(t[v].xpos, "VBD") != 0 && strcmp(t[v].xpos, "VBZ") != 0 &&
         strcmp(t[v].xpos, "VBP") != 0) ||
        has_subject(t, n, v + 1))
        return;
    size_t len = strlen(t[0].form);
    if (len < 3 || strcasecmp(t[0].form + len - 2, "ly") == 0)
        return;
    for (const char *const *w = openers; *w; w++)
        if (strcasecmp(t[0].form, *w) == 0)
            return;
    t[0].upos = PB_UPOS_PROPN;
    memcpy(t[0].xpos, "NNP", 4);
    t[0].deprel = PB_REL_NSUBJ;
}

/* "… delayed their meeting after a hafling was reported on the pass": the
 * parser reads "after a hafling" as a phrase of the noun before it and
 * leaves "was reported" with no subject. A verb with an auxiliary but no
 * subject, right after a noun phrase that a subordinator (after, before,
 * since, until, once, because) opens, is a clause of its own: the
 * phrase is its subject, the subordinator its mark. */
static void repair_subordinate_clause(pb_token *t, uint32_t n)
{
    static const char *const time_openers[] = {
        "after", "before", "since", "until", "once", "because", NULL};
    for (uint32_t a = 1; a + 1 < n; a++) {
        if (t[a].deprel != PB_REL_AUX && t[a].deprel != PB_REL_AUX_PASS)
            continue;
        if (t[a].head <= (int16_t)(a + 1))
            continue;
        uint32_t v = (uint32_t)t[a].head - 1;
        if (t[v].upos != PB_UPOS_VERB || has_subject(t, n, v + 1) ||
            t[v].deprel == PB_REL_ROOT)
            continue;
        /* the auxiliaries stand together right before the verb */
        int first_aux = 1;
        for (uint32_t j = 0; j < a; j++)
            if (t[j].head == (int16_t)(v + 1) &&
                (t[j].deprel == PB_REL_AUX || t[j].deprel == PB_REL_AUX_PASS))
                first_aux = 0;
        if (!first_aux)
            continue;
        /* climb from the word before the auxiliary to the phrase head
         * that carries the subordinator */
        uint32_t h = a - 1, c = n;
        for (int d = 0; d < 4 && c == n; d++) {
            for (uint32_t j = 0; j < h; j++) {
                int sub = 0;
                for (const char *const *w = time_openers; t[j].form && *w; w++)
                    sub |= strcasecmp(t[j].form, *w) == 0;
                if (sub && t[j].head == (int16_t)(h + 1) &&
                    t[j].deprel == PB_REL_CASE)
                    c = j;
            }
            if (c < n || t[h].head < 1 || (uint32_t)t[h].head - 1 >= a)
                break;
            h = (uint32_t)t[h].head - 1;
        }
        if (c == n || !is_nominal(&t[h]) || under(t, n, v, h))
            continue;
        hang(t, h, v,
             has_child(t, n, v + 1, PB_REL_AUX_PASS) ? PB_REL_NSUBJ_PASS
                                                     : PB_REL_NSUBJ);
        hang(t, c, v, PB_REL_MARK);
        t[v].deprel = PB_REL_ADVCL;
    }
}

/* The main clause after an opening clause that the parser made the root
 * ("A few hours before the jet crashed, Iran launched missiles"): the
 * root's clause dependent after a comma, or n. */
static uint32_t main_clause_after(const pb_token *t, uint32_t n, uint32_t v)
{
    for (uint32_t m = v + 1; m < n; m++)
        if (t[m].head == (int16_t)(v + 1) && t[m].deprel == PB_REL_ADVCL &&
            t[m].upos == PB_UPOS_VERB)
            for (uint32_t k = v + 1; k < m; k++)
                if (is_comma(&t[k]))
                    return m;
    return n;
}

/* "… ties with Gondor five years after crowds trashed its embassy", "…
 * than that of Europe before Russia invaded Ukraine": the parser makes
 * "years" or "Europe" the subject of the verb and "after crowds",
 * "before Russia" a phrase of it. A verb's subject with a phrase that
 * "after" or "before" opens running from it up to the verb is wrong
 * when it is a noun of time, or has a preposition of its own ("of
 * Europe"): the phrase is the verb's subject, the preposition its mark,
 * and the verb a clause. The noun of time measures that clause; the
 * noun with a preposition goes back to the nominal before it. An opening
 * clause made the root gives the root to the main clause after it. */
static void repair_clause_after_time(pb_token *t, uint32_t n)
{
    for (uint32_t v = 2; v < n; v++) {
        if (t[v].upos != PB_UPOS_VERB)
            continue;
        for (uint32_t s = 0; s < v; s++) {
            if (t[s].head != (int16_t)(v + 1) || t[s].deprel != PB_REL_NSUBJ)
                continue;
            uint32_t own_case = n; /* "of" in "that of Europe" */
            for (uint32_t j = 0; j < s; j++)
                if (t[j].head == (int16_t)(s + 1) && t[j].deprel == PB_REL_CASE)
                    own_case = j;
            int time = time_noun(&t[s]);
            if (!time && (own_case == n || own_case == 0 ||
                          !is_nominal(&t[own_case - 1])))
                continue;
            uint32_t np = n, c = n;
            for (uint32_t j = s + 1; j < v; j++)
                if (t[j].head == (int16_t)(s + 1) && is_nominal(&t[j]))
                    np = j;
            for (uint32_t j = s + 1; np < n && j < np; j++)
                if (t[j].head == (int16_t)(np + 1) &&
                    t[j].deprel == PB_REL_CASE && t[j].form &&
                    (strcasecmp(t[j].form, "after") == 0 ||
                     strcasecmp(t[j].form, "before") == 0))
                    c = j;
            uint32_t first, last;
            if (c == n)
                continue;
            subtree_span(t, n, np, &first, &last);
            if (last + 1 != v)
                continue;
            uint32_t m = n;
            if (t[v].deprel == PB_REL_ROOT) {
                if (!time || (m = main_clause_after(t, n, v)) == n)
                    continue;
                pass_root(t, n, v, m);
                t[v].head = (int16_t)(m + 1);
            }
            hang(t, np, v, PB_REL_NSUBJ);
            hang(t, c, v, PB_REL_MARK);
            if (time)
                hang(t, s, v, PB_REL_OBL_UNMARKED);
            else
                hang(t, s, own_case - 1, PB_REL_NMOD);
            t[v].deprel = PB_REL_ADVCL;
            break;
        }
    }
}

/* "On Tuesday, the World Health Organization (WHO) announced …", "In a
 * phone call on Tuesday, Biden and Xi discussed …": the parser makes the
 * name an apposition or conjunct of the day and leaves the verb without
 * a subject. A name in apposition to an oblique of a verb that has no
 * subject, or a conjunct after a comma inside one, running up to the
 * verb, is its subject. */
static void repair_appositive_subject(pb_token *t, uint32_t n)
{
    for (uint32_t a = 1; a + 1 < n; a++) {
        uint32_t fa = a, la = a;
        if (t[a].deprel == PB_REL_CONJ)
            subtree_span(t, n, a, &fa, &la);
        while (fa < a && t[fa].upos == PB_UPOS_PUNCT)
            fa++;
        int listed = t[a].deprel == PB_REL_CONJ && fa > 0 &&
                     is_comma(&t[fa - 1]) &&
                     t[a].upos == PB_UPOS_PROPN; /* ", the House …" */
        if ((t[a].deprel != PB_REL_APPOS && !listed) || t[a].head < 1 ||
            !is_nominal(&t[a]))
            continue;
        uint32_t d = (uint32_t)t[a].head - 1;
        for (int up = 0; listed && up < 3 && t[d].deprel != PB_REL_OBL &&
                         t[d].head >= 1 && (uint32_t)t[d].head - 1 < a;
             up++)
            d = (uint32_t)t[d].head - 1; /* "call on Tuesday, Biden" */
        if (t[d].deprel != PB_REL_OBL || t[d].head <= (int16_t)(a + 1))
            continue;
        uint32_t v = (uint32_t)t[d].head - 1, first, last;
        subtree_span(t, n, a, &first, &last);
        /* "In Paris, Macron and Merkel signed": the later conjuncts of
         * the same head go with the subject */
        uint32_t h = (uint32_t)t[a].head - 1;
        for (uint32_t k = last + 1; listed && k < v; k++)
            if (t[k].head == (int16_t)(h + 1) && t[k].deprel == PB_REL_CONJ) {
                uint32_t f2, l2;
                subtree_span(t, n, k, &f2, &l2);
                last = l2 > last ? l2 : last;
            }
        if (t[v].upos != PB_UPOS_VERB || last + 1 != v ||
            has_subject(t, n, v + 1))
            continue;
        for (uint32_t k = a + 1; listed && k < v; k++)
            if (t[k].head == (int16_t)(h + 1) && t[k].deprel == PB_REL_CONJ)
                hang(t, k, a, PB_REL_CONJ);
        hang(t, a, v, PB_REL_NSUBJ);
    }
}

/* "… the name of the disease first recognized two months ago": the
 * parser makes a participle after a noun a conjunct of the main verb,
 * though no "and" joins them. A past form (tagged participle or past
 * tense) hung as a conjunct with
 * no conjunction, auxiliary, subject or object of its own, right after a
 * noun (its adverbs aside), modifies that noun. */
static void repair_participle_conjunct(pb_token *t, uint32_t n)
{
    for (uint32_t v = 1; v < n; v++) {
        if (t[v].deprel != PB_REL_CONJ ||
            (strcmp(t[v].xpos, "VBN") != 0 && strcmp(t[v].xpos, "VBD") != 0) ||
            has_child(t, n, v + 1, PB_REL_CC) ||
            has_child(t, n, v + 1, PB_REL_AUX) ||
            has_child(t, n, v + 1, PB_REL_AUX_PASS) ||
            has_subject(t, n, v + 1) || has_child(t, n, v + 1, PB_REL_OBJ))
            continue;
        uint32_t p = v - 1;
        while (p > 0 && t[p].upos == PB_UPOS_ADV && t[p].head == (int16_t)(v + 1))
            p--;
        if (!is_nominal(&t[p]) || t[p].upos == PB_UPOS_PRON)
            continue;
        hang(t, v, p, PB_REL_ACL);
    }
}

/* "Hamas, which is backed by Iran, attacked Israel": the parser makes
 * the name the root and the main verb a conjunct of the relative clause.
 * A finite verb (or a participle with no auxiliary, a past tense) hung
 * as a conjunct of a nominal root's comma-set
 * relative clause, right after the comma that closes it, with no
 * conjunction or subject of its own, is the main verb and the root its
 * subject. */
static void repair_verb_after_relative(pb_token *t, uint32_t n)
{
    uint32_t root = 0;
    while (root < n && t[root].deprel != PB_REL_ROOT)
        root++;
    if (root >= n || !is_nominal(&t[root]) || t[root].upos == PB_UPOS_PRON)
        return;
    for (uint32_t rc = root + 1; rc < n; rc++) {
        if (t[rc].head != (int16_t)(root + 1) ||
            t[rc].deprel != PB_REL_ACL_RELCL)
            continue;
        for (uint32_t v = rc + 2; v < n; v++) {
            int past = strcmp(t[v].xpos, "VBN") == 0 &&
                       !has_child(t, n, v + 1, PB_REL_AUX) &&
                       !has_child(t, n, v + 1, PB_REL_AUX_PASS);
            if (t[v].head != (int16_t)(rc + 1) || t[v].deprel != PB_REL_CONJ ||
                t[v].upos != PB_UPOS_VERB ||
                !(pb_finite_xpos(t[v].xpos) || past) ||
                !is_comma(&t[v - 1]) || has_child(t, n, v + 1, PB_REL_CC) ||
                has_subject(t, n, v + 1))
                continue;
            pass_root(t, n, root, v);
            if (past) /* a past tense read as a participle */
                memcpy(t[v].xpos, "VBD", 4);
            hang(t, root, v,
                 has_child(t, n, v + 1, PB_REL_AUX_PASS) ? PB_REL_NSUBJ_PASS
                                                         : PB_REL_NSUBJ);
            return;
        }
    }
}

/* "Hezbollah, which is funded by Iran, criticized Israel": the parser
 * makes the relative clause an adverbial of the verb, with the name hung
 * on it, and leaves the verb without a subject. A clause whose subject
 * is "which" or "who", right after a name and a comma, belongs to the
 * name; the name is the subject of the subjectless verb the clause was
 * hung on. */
static void repair_stranded_relative(pb_token *t, uint32_t n)
{
    for (uint32_t a = 3; a + 1 < n; a++) {
        if (t[a].deprel != PB_REL_ADVCL || t[a].head <= (int16_t)(a + 1))
            continue;
        uint32_t v = (uint32_t)t[a].head - 1, w = n;
        for (uint32_t k = 0; k < a; k++)
            if (t[k].head == (int16_t)(a + 1) &&
                (t[k].deprel == PB_REL_NSUBJ ||
                 t[k].deprel == PB_REL_NSUBJ_PASS) &&
                t[k].form &&
                (strcasecmp(t[k].form, "which") == 0 ||
                 strcasecmp(t[k].form, "who") == 0))
                w = k;
        if (w == n || w < 2 || !is_comma(&t[w - 1]) ||
            t[v].upos != PB_UPOS_VERB || has_subject(t, n, v + 1))
            continue;
        uint32_t x = w - 2; /* the name's head: the highest word before */
        while (t[x].head >= 1 && (uint32_t)t[x].head - 1 < w - 1 &&
               (uint32_t)t[x].head - 1 != a)
            x = (uint32_t)t[x].head - 1;
        if (!is_nominal(&t[x]) || t[x].upos == PB_UPOS_PRON ||
            (t[x].head != (int16_t)(a + 1) && t[x].head != (int16_t)(v + 1)))
            continue;
        hang(t, x, v, PB_REL_NSUBJ);
        hang(t, a, x, PB_REL_ACL_RELCL);
    }
}

/* "Passengers … described their ordeal as the military completed a
 * rescue operation": the parser reads "as the military" as a phrase of
 * "described" and makes "completed" the root, with the passengers its
 * subject. A subordinator read as the preposition of a noun phrase that
 * a finite root verb follows at once, when that root's subject stands
 * before the subordinator, opens a clause: the phrase is the root's
 * subject, the subordinator its mark, and the verb the phrase hung on
 * becomes the root, with the old subject its own. */
static void repair_subordinator_as_preposition(pb_token *t, uint32_t n)
{
    for (uint32_t c = 1; c + 2 < n; c++) {
        uint32_t w;
        long phrase = subordinator_phrase(t, n, c, &w);
        uint32_t np = (uint32_t)phrase;
        if (phrase < 0 || w >= n || !is_nominal(&t[np]) ||
            t[w].deprel != PB_REL_ROOT || t[w].upos != PB_UPOS_VERB ||
            !pb_finite_xpos(t[w].xpos) || t[np].head < 1)
            continue;
        uint32_t g = (uint32_t)t[np].head - 1, s = n;
        for (uint32_t k = 0; k < c; k++)
            if (t[k].head == (int16_t)(w + 1) && t[k].deprel == PB_REL_NSUBJ)
                s = k;
        if (s == n || t[g].upos != PB_UPOS_VERB || g >= c ||
            has_subject(t, n, g + 1) || !under(t, n, g, s))
            continue;
        pass_root(t, n, w, g);
        hang(t, s, g, PB_REL_NSUBJ);
        hang(t, w, g, PB_REL_ADVCL);
        hang(t, np, w, PB_REL_NSUBJ);
        hang(t, c, w, PB_REL_MARK);
    }
}

/* "struck militant hideouts on Saturday, two days after al-Shabaab
 * fighters stormed a police post": the parser reads the subordinator as
 * the preposition of the clause's subject and joins the clause to the
 * main verb as a conjunct. A subordinator hung as the case of a finite
 * verb's subject marks that verb, and a clause so marked after a comma,
 * joined to an earlier verb, is that verb's adverbial clause. */
static void repair_subordinator_of_subject(pb_token *t, uint32_t n)
{
    for (uint32_t c = 1; c + 2 < n; c++) {
        if (!in_words(t[c].form, subordinators) || t[c].deprel != PB_REL_CASE ||
            t[c].head < 1)
            continue;
        uint32_t np = (uint32_t)t[c].head - 1;
        if (np <= c || t[np].deprel != PB_REL_NSUBJ || t[np].head < 1)
            continue;
        uint32_t w = (uint32_t)t[np].head - 1;
        if (w <= np || t[w].upos != PB_UPOS_VERB || !pb_finite_xpos(t[w].xpos))
            continue;
        hang(t, c, w, PB_REL_MARK);
        if (t[w].deprel != PB_REL_CONJ || t[w].head < 1 ||
            (uint32_t)t[w].head - 1 >= c)
            continue;
        uint32_t g = (uint32_t)t[w].head - 1;
        int comma = 0;
        for (uint32_t k = g + 1; k < c; k++)
            comma |= is_comma(&t[k]);
        if (comma && t[g].upos == PB_UPOS_VERB)
            t[w].deprel = PB_REL_ADVCL;
    }
}

/* "Kenzo Oshima, the United Nations Emergency Relief Coordinator,
 * demanded": the parser makes a name inside a title the subject of the
 * title's noun, as if a copula stood between them. A noun that plays a
 * nominal part (apposition, object, subject, oblique, modifier) with no
 * copula has no subject: one before it is its compound. */
static void repair_subject_in_phrase(pb_token *t, uint32_t n)
{
    static const int nominal_rels[] = {
        PB_REL_APPOS, PB_REL_OBJ, PB_REL_IOBJ, PB_REL_NSUBJ, PB_REL_NSUBJ_PASS,
        PB_REL_OBL, PB_REL_NMOD, PB_REL_COMPOUND, 0};
    for (uint32_t k = 0; k + 1 < n; k++) {
        if (t[k].deprel != PB_REL_NSUBJ || t[k].upos != PB_UPOS_PROPN ||
            t[k].head <= (int16_t)(k + 1))
            continue;
        uint32_t h = (uint32_t)t[k].head - 1;
        int nominal_part = 0;
        for (const int *rel = nominal_rels; *rel; rel++)
            nominal_part |= t[h].deprel == *rel;
        if (!nominal_part ||
            (t[h].upos != PB_UPOS_NOUN && t[h].upos != PB_UPOS_PROPN) ||
            has_child(t, n, h + 1, PB_REL_COP) ||
            has_child(t, n, h + 1, PB_REL_AUX))
            continue;
        hang(t, k, h, PB_REL_COMPOUND);
    }
}

/* "Trump claimed Joe Biden only won the elections": the parser makes a
 * reported clause with no "that" a conjunct of the verb before it. A
 * conjunct with its own subject that starts right after its head verb,
 * with no conjunction or punctuation of its own, is that verb's
 * complement clause. */
static void repair_clause_as_conjunct(pb_token *t, uint32_t n)
{
    for (uint32_t k = 2; k < n; k++) {
        if (t[k].deprel != PB_REL_CONJ || t[k].upos != PB_UPOS_VERB ||
            t[k].head < 1 || t[k].head >= (int16_t)(k + 1))
            continue;
        uint32_t v = (uint32_t)t[k].head - 1, first, last;
        if (t[v].upos != PB_UPOS_VERB || !has_subject(t, n, k + 1) ||
            has_child(t, n, k + 1, PB_REL_CC))
            continue;
        subtree_span(t, n, k, &first, &last);
        int punctuated = 0;
        for (uint32_t j = first; j < k; j++)
            punctuated |=
                t[j].head == (int16_t)(k + 1) && t[j].deprel == PB_REL_PUNCT;
        uint32_t after = v + 1; /* past a day hung on the verb ("agreed
                                   today there was …") */
        while (after < first && t[after].head == (int16_t)(v + 1) &&
               pb_day_word(t[after].form))
            after++;
        if (first != after || punctuated)
            continue;
        hang(t, k, v, PB_REL_CCOMP);
    }
}

/* "Police in Hong Kong arrested six activists": the parser reads the
 * preposition as a subordinator and the name after it as a second
 * subject. A second subject of a verb right after a preposition hung on
 * that verb as its mark, with the first subject right before the
 * preposition, is the first subject's modifier, the preposition its
 * case. */
static void repair_second_subject(pb_token *t, uint32_t n)
{
    static const char *const preps[] = {"in", "at", "from", "of", "near",
                                        NULL};
    for (uint32_t p = 1; p + 1 < n; p++) {
        int prep = 0;
        for (const char *const *w = preps; t[p].form && *w; w++)
            prep |= strcasecmp(t[p].form, *w) == 0;
        if (!prep || t[p].upos != PB_UPOS_ADP || t[p].deprel != PB_REL_MARK ||
            t[p].head <= (int16_t)(p + 1))
            continue;
        uint32_t v = (uint32_t)t[p].head - 1, s1 = n, s2 = n;
        for (uint32_t k = 0; k < v; k++) {
            if (t[k].head != (int16_t)(v + 1) || t[k].deprel != PB_REL_NSUBJ)
                continue;
            if (k < p && s1 == n)
                s1 = k;
            else if (k > p)
                s2 = k;
        }
        if (s1 == n || s2 == n || !is_nominal(&t[s1]) || !is_nominal(&t[s2]))
            continue;
        uint32_t first, last;
        subtree_span(t, n, s1, &first, &last);
        if (last + 1 != p)
            continue;
        hang(t, p, s2, PB_REL_CASE);
        hang(t, s2, s1, PB_REL_NMOD);
    }
}

/* "as they march in Khartoum Thursday": the parser makes the day the
 * verb's object and the place before it the day's compound. A day or
 * month named as a verb's object is when the act happens (obl:tmod),
 * and a compound of it with a preposition of its own is the verb's
 * oblique. */
static void repair_day_object(pb_token *t, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (t[k].deprel != PB_REL_OBJ || t[k].head < 1 ||
            t[k].upos != PB_UPOS_PROPN || !pb_calendar_word(t[k].form))
            continue;
        uint32_t v = (uint32_t)t[k].head - 1;
        for (uint32_t j = 0; j < k; j++)
            if (t[j].head == (int16_t)(k + 1) &&
                t[j].deprel == PB_REL_COMPOUND &&
                has_child(t, n, j + 1, PB_REL_CASE))
                hang(t, j, v, PB_REL_OBL);
        hang(t, k, v, PB_REL_OBL_TMOD);
    }
}

/* "Nicaragua ordered the United States to close its embassy": the
 * parser gives the infinitive complement the one ordered as its own
 * subject, which an xcomp cannot have. A subject of an xcomp standing
 * between the governing verb and the infinitive is that verb's
 * object. */
static void repair_xcomp_subject(pb_token *t, uint32_t n)
{
    /* verbs whose object is asked or made to act (stems of their forms:
     * "ordered", "urges", "forcing") */
    static const char *const controls[] = {
        "order", "urge", "ask", "told", "tell", "forc", "allow", "permit",
        "compel", "instruct", "invit", "encourag", "press", "persuad",
        "warn", "advis", "requir", "oblig", "call", NULL};
    for (uint32_t k = 1; k < n; k++) {
        if (t[k].deprel != PB_REL_XCOMP || t[k].head < 1 ||
            t[k].head >= (int16_t)(k + 1) ||
            t[t[k].head - 1].upos != PB_UPOS_VERB ||
            !has_child(t, n, k + 1, PB_REL_MARK))
            continue;
        uint32_t v = (uint32_t)t[k].head - 1;
        int control = 0;
        for (const char *const *w = controls; t[v].form && *w; w++)
            control |= strncasecmp(t[v].form, *w, strlen(*w)) == 0;
        if (!control)
            continue;
        for (uint32_t s = v + 1; s < k; s++)
            if (t[s].head == (int16_t)(k + 1) && t[s].deprel == PB_REL_NSUBJ &&
                is_nominal(&t[s]) && !has_child(t, n, v + 1, PB_REL_OBJ))
                hang(t, s, v, PB_REL_OBJ);
    }
}

/* "Lebanon's Hezbollah fired rockets at northern Israel", "Armenian
 * police detained protesters": the parser hangs a possessor or modifier
 * on the object, across the verb. A possessor, compound or adjective
 * before a verb whose head lies after it belongs to the phrase that
 * follows it before the verb: to that phrase's highest word. */
static void repair_modifier_across_verb(pb_token *t, uint32_t n)
{
    for (uint32_t p = 0; p + 2 < n; p++) {
        if ((t[p].deprel != PB_REL_NMOD_POSS &&
             t[p].deprel != PB_REL_COMPOUND && t[p].deprel != PB_REL_AMOD) ||
            t[p].head <= (int16_t)(p + 1))
            continue;
        uint32_t h = (uint32_t)t[p].head - 1, verb = n;
        for (uint32_t k = p + 1; k < h && verb == n; k++)
            if (t[k].upos == PB_UPOS_VERB && under(t, n, h, k))
                verb = k;
        if (verb == n)
            continue;
        uint32_t j = p + 1;
        while (j < verb && (t[j].upos == PB_UPOS_PART ||
                            t[j].upos == PB_UPOS_PUNCT))
            j++; /* the "'s" */
        if (j >= verb || (t[j].upos != PB_UPOS_NOUN &&
                          t[j].upos != PB_UPOS_PROPN &&
                          t[j].upos != PB_UPOS_ADJ))
            continue;
        while (t[j].head >= 1 && (uint32_t)t[j].head - 1 > p &&
               (uint32_t)t[j].head - 1 < verb)
            j = (uint32_t)t[j].head - 1;
        if (t[j].upos != PB_UPOS_NOUN && t[j].upos != PB_UPOS_PROPN)
            continue;
        hang(t, p, j, t[p].deprel);
    }
}

/* "detained dozens of protesters demanding …": the parser hangs the "of"
 * phrase on the verb, where no nmod can stand. An nmod of a verb that
 * starts right after the verb's object belongs to the object. */
static void repair_nmod_on_verb(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        if (t[k].deprel != PB_REL_NMOD || t[k].head < 1 ||
            t[t[k].head - 1].upos != PB_UPOS_VERB)
            continue;
        uint32_t v = (uint32_t)t[k].head - 1, first, last;
        subtree_span(t, n, k, &first, &last);
        if (first == 0 || t[first - 1].head != (int16_t)(v + 1) ||
            t[first - 1].deprel != PB_REL_OBJ || !is_nominal(&t[first - 1]))
            continue;
        hang(t, k, first - 1, PB_REL_NMOD);
    }
}

/* "Rockets were fired from Gaza at southern Israel on Sunday": the
 * parser hangs the phrases after a place a verb's act comes "from" on
 * that place. A name a verb's act comes from takes no phrase of aim
 * ("at", "into", "towards", "on"), and no day: those are the verb's. */
static void repair_phrases_after_origin(pb_token *t, uint32_t n)
{
    static const char *const from[] = {"from", NULL};
    static const char *const aims[] = {"at", "into", "toward", "towards",
                                       "onto", "on", NULL};
    for (uint32_t x = 1; x + 2 < n; x++) {
        if (t[x].deprel != PB_REL_OBL || t[x].upos != PB_UPOS_PROPN ||
            t[x].head < 1 || t[t[x].head - 1].upos != PB_UPOS_VERB ||
            !case_word_in(t, x, from) || pb_calendar_word(t[x].form))
            continue; /* (not a span of time: "from April to June") */
        uint32_t v = (uint32_t)t[x].head - 1;
        for (uint32_t y = x + 1; y < n; y++)
            if (t[y].head == (int16_t)(x + 1) && t[y].deprel == PB_REL_NMOD &&
                (case_word_in(t, y, aims) || pb_calendar_word(t[y].form)))
                hang(t, y, v, PB_REL_OBL);
    }
}

/* "arrested Rodrigo Duterte on a warrant from the International Criminal
 * Court, which accuses him": the parser hangs the relative clause on the
 * person. "Which" never stands for a person: a relative clause it opens,
 * hung on a titled name, belongs to the noun that ends the phrase before
 * its comma. */
static void repair_which_of_person(pb_token *t, uint32_t n)
{
    static const char *const which[] = {"which", NULL};
    for (uint32_t w = 2; w + 1 < n; w++) {
        if (!in_words(t[w].form, which) || !is_comma(&t[w - 1]) ||
            t[w].head < 1)
            continue;
        uint32_t r = (uint32_t)t[w].head - 1, x = w - 2;
        if (t[r].deprel != PB_REL_ACL_RELCL || t[r].head < 1)
            continue;
        uint32_t h = (uint32_t)t[r].head - 1;
        if (h == x || t[h].upos != PB_UPOS_PROPN ||
            !has_child(t, n, h + 1, PB_REL_NMOD_DESC) ||
            (t[x].upos != PB_UPOS_NOUN && t[x].upos != PB_UPOS_PROPN) ||
            under(t, n, x, r))
            continue;
        while (t[x].head > (int16_t)(x + 1) && t[x].head <= (int16_t)(w - 1))
            x = (uint32_t)t[x].head - 1; /* the phrase's head noun */
        if (x != h && !under(t, n, x, r))
            hang(t, r, x, PB_REL_ACL_RELCL);
    }
}

/* "fired a ballistic missile into the sea off its east coast": the
 * parser reads "off" as the verb's particle and the coast as a second
 * object. A particle after the verb's object, right before the phrase of
 * a second object, is that phrase's preposition. */
static void repair_particle_as_preposition(pb_token *t, uint32_t n)
{
    for (uint32_t p = 2; p + 1 < n; p++) {
        if (t[p].deprel != PB_REL_COMPOUND_PRT || t[p].head < 1 ||
            t[p].upos != PB_UPOS_ADP)
            continue;
        uint32_t v = (uint32_t)t[p].head - 1, first = n, second = n;
        for (uint32_t k = 0; k < n; k++)
            if (t[k].head == (int16_t)(v + 1) && t[k].deprel == PB_REL_OBJ) {
                if (k > v && k < p && first == n)
                    first = k;
                else if (k > p && second == n)
                    second = k;
            }
        if (first == n || second == n)
            continue;
        uint32_t f, l;
        subtree_span(t, n, second, &f, &l);
        if (f != p + 1)
            continue;
        hang(t, p, second, PB_REL_CASE);
        hang(t, second, v, PB_REL_OBL);
    }
}

/* "Gunmen on motorbikes killed 12 villagers": the parser makes the
 * first noun a compound of the noun its preposition marks. No
 * preposition stands between a compound and its head: the first noun
 * heads the phrase, in its head's place, and the second is its nmod. */
static void repair_compound_across_preposition(pb_token *t, uint32_t n)
{
    for (uint32_t x = 0; x + 2 < n; x++) {
        if (t[x].deprel != PB_REL_COMPOUND || t[x].head <= (int16_t)(x + 2) ||
            (t[x].upos != PB_UPOS_NOUN && t[x].upos != PB_UPOS_PROPN))
            continue;
        uint32_t h = (uint32_t)t[x].head - 1, p = x + 1;
        if (t[p].deprel != PB_REL_CASE || t[p].head != (int16_t)(h + 1) ||
            t[p].upos != PB_UPOS_ADP || t[h].head < 1 ||
            t[h].upos != PB_UPOS_NOUN)
            continue;
        int between = 1; /* only the preposition and the second noun's
                            own words lie between */
        for (uint32_t k = p + 1; k < h; k++)
            between &= t[k].head == (int16_t)(h + 1);
        if (!between)
            continue;
        t[x].head = t[h].head;
        t[x].deprel = t[h].deprel;
        hang(t, h, x, PB_REL_NMOD);
    }
}

/* "Somali forces backed by US airstrikes recaptured a town": the parser
 * makes the participle with its "by" agent a clause of its own, with the
 * noun before it for subject, under the main verb. A participle hung as
 * an adverbial clause on a later verb that has no subject, with a "by"
 * agent and a subject right before it, modifies that subject, which is
 * the main verb's. */
static void repair_participle_with_agent(pb_token *t, uint32_t n)
{
    for (uint32_t v = 1; v + 1 < n; v++) {
        if (t[v].deprel != PB_REL_ADVCL || strcmp(t[v].xpos, "VBN") != 0 ||
            t[v].head <= (int16_t)(v + 1) ||
            !has_child(t, n, v + 1, PB_REL_OBL_AGENT))
            continue;
        uint32_t h = (uint32_t)t[v].head - 1, s = n;
        for (uint32_t k = 0; k < v; k++)
            if (t[k].head == (int16_t)(v + 1) &&
                (t[k].deprel == PB_REL_NSUBJ ||
                 t[k].deprel == PB_REL_NSUBJ_PASS))
                s = k; /* (", backed by …,": read as a passive's) */
        if (s == n || !is_nominal(&t[s]) || t[h].upos != PB_UPOS_VERB ||
            has_subject(t, n, h + 1) || has_child(t, n, v + 1, PB_REL_AUX) ||
            has_child(t, n, v + 1, PB_REL_AUX_PASS))
            continue;
        hang(t, s, h, PB_REL_NSUBJ);
        hang(t, v, s, PB_REL_ACL);
    }
}

/* The highest token of the name that runs from token a to b (0-based):
 * the one whose head lies outside; -1 when more than one does. */
static int name_top(const pb_token *t, uint32_t a, uint32_t b)
{
    int top = -1;
    for (uint32_t k = a; k <= b; k++) {
        int h = t[k].head - 1;
        if (h >= (int)a && h <= (int)b)
            continue;
        if (top >= 0)
            return -1;
        top = (int)k;
    }
    return top;
}

#define MAX_LIST_NAMES 16

/* "sales to Iran, Libya, North Korea and Sudan", "aid to Nepal, Bhutan,
 * Sri Lanka and Bangladesh": the parser breaks lists of names midway and
 * hangs the rest on the verb as a conjunct, a parataxis or an
 * apposition. Three or more names (runs of proper nouns) separated by
 * commas, the last after "and" or "or", are one list: every name after
 * the first is the first's conjunct, unless one of them is a subject ("In
 * Paris, Macron and Merkel met": the names after the comma are the
 * clause's own) or the last is a possessor. */
static void repair_name_list(pb_token *t, uint32_t n)
{
    uint32_t first[MAX_LIST_NAMES], last[MAX_LIST_NAMES];
    for (uint32_t i = 0; i < n; i++) {
        if (t[i].upos != PB_UPOS_PROPN || (i > 0 && t[i - 1].upos == PB_UPOS_PROPN))
            continue;
        uint32_t items = 0, k = i, cc = n;
        for (;;) {
            first[items] = k;
            while (k + 1 < n && t[k + 1].upos == PB_UPOS_PROPN)
                k++;
            last[items++] = k++;
            if (cc < n || items == MAX_LIST_NAMES || k >= n)
                break;
            int comma = is_comma(&t[k]);
            k += comma;
            if (k < n && t[k].upos == PB_UPOS_CCONJ && t[k].form &&
                (strcasecmp(t[k].form, "and") == 0 ||
                 strcasecmp(t[k].form, "or") == 0))
                cc = k++;
            else if (!comma)
                break;
            if (k >= n || t[k].upos != PB_UPOS_PROPN) {
                cc = n;
                break;
            }
        }
        uint32_t end = last[items - 1];
        i = end;
        if (cc == n || items < 3 ||
            (end + 1 < n && t[end + 1].form && strcmp(t[end + 1].form, "'s") == 0))
            continue;
        int top[MAX_LIST_NAMES], ok = 1;
        for (uint32_t j = 0; j < items && ok; j++) {
            top[j] = name_top(t, first[j], last[j]);
            ok = top[j] >= 0 &&
                 (j == 0 || (t[top[j]].deprel != PB_REL_NSUBJ &&
                             t[top[j]].deprel != PB_REL_NSUBJ_PASS));
        }
        if (!ok)
            continue;
        for (uint32_t j = 1; j < items; j++) {
            hang(t, (uint32_t)top[j], (uint32_t)top[0], PB_REL_CONJ);
            uint32_t before = first[j] - 1;
            if (before == cc)
                hang(t, cc, (uint32_t)top[j], PB_REL_CC);
            else
                hang(t, before, (uint32_t)top[j], PB_REL_PUNCT);
        }
    }
}

/* "Caras Galadhon's new mayor left …": the parser hangs the possessor on
 * the verb, as such or as a second subject ("Eriador's largest opposition
 * party launched": "Eriador" nsubj beside "party"). A possessor belongs
 * to a noun: to the verb's dependent that follows it before the verb
 * ("mayor"). */
static void repair_verb_possessor(pb_token *t, uint32_t n)
{
    int nsubj = PB_REL_NSUBJ; /* "South Korea's military
                                                 said", "military" read
                                                 as an adjective */
    for (uint32_t k = 0; k + 1 < n; k++) {
        int marked = t[k + 1].head == (int16_t)(k + 1) &&
                     t[k + 1].deprel == PB_REL_CASE && t[k + 1].form &&
                     (strcmp(t[k + 1].form, "'s") == 0 ||
                      strcmp(t[k + 1].form, "'") == 0);
        if ((t[k].deprel != PB_REL_NMOD_POSS &&
             !(t[k].deprel == nsubj && marked)) ||
            t[k].head <= (int16_t)(k + 1))
            continue;
        uint32_t v = (uint32_t)t[k].head - 1;
        if (t[v].upos != PB_UPOS_VERB && t[v].upos != PB_UPOS_AUX)
            continue;
        for (uint32_t j = k + 1; j < v; j++)
            if (t[j].head == (int16_t)(v + 1) &&
                (is_nominal(&t[j]) || t[j].deprel == nsubj)) {
                t[k].head = (int16_t)(j + 1);
                t[k].deprel = PB_REL_NMOD_POSS;
                break;
            }
    }
}

/* "Evil Mordor, the awful Fornost, and good Gondor welcomed …": the
 * parser makes the last item of a subject list a second subject of the
 * verb. A name that is a subject after another named subject of the same
 * verb, with only commas, "and" or "or" between the two phrases, is the
 * last item of the first one's list. */
/* Is token k a name, or a noun capitalised inside a sentence
 * ("Forces"), not after a colon or quote? */
static int name_like(const pb_token *t, uint32_t k)
{
    return t[k].upos == PB_UPOS_PROPN ||
           (t[k].upos == PB_UPOS_NOUN && k > 0 && t[k].form &&
            isupper((unsigned char)t[k].form[0]) &&
            t[k - 1].upos != PB_UPOS_PUNCT);
}

static void repair_split_subject_list(pb_token *t, uint32_t n)
{
    for (uint32_t b = 1; b < n; b++) {
        if (t[b].deprel != PB_REL_NSUBJ || t[b].head < 1 || !is_nominal(&t[b]))
            continue;
        uint32_t v = (uint32_t)t[b].head - 1, a = n, c = n;
        for (uint32_t j = 0; j < b; j++)
            if (t[j].head == t[b].head && t[j].deprel == PB_REL_NSUBJ &&
                is_nominal(&t[j]))
                a = j;
        /* a name on one side at least ("the army and the Rapid Support
         * Forces"): two common nouns there are often a verb the tagger
         * missed between them ("The place smells and the owner is
         * rude") */
        if (a == n || v < b || (!name_like(t, a) && !name_like(t, b)))
            continue;
        for (uint32_t j = a + 1; j < b; j++)
            if (t[j].form && (strcasecmp(t[j].form, "and") == 0 ||
                              strcasecmp(t[j].form, "or") == 0) &&
                (t[j].head == t[b].head || t[j].head == (int16_t)(b + 1)))
                c = j;
        /* only commas and the conjunction between the two phrases (not
         * two clauses: "the place smells and the owner is rude") */
        uint32_t fa, la, fb, lb;
        subtree_span(t, n, a, &fa, &la);
        subtree_span(t, n, b, &fb, &lb);
        for (uint32_t j = la + 1; j < fb && c < n; j++)
            if (j != c && t[j].upos != PB_UPOS_PUNCT &&
                !(j > c && t[j].head == (int16_t)(v + 1) &&
                  (t[j].upos == PB_UPOS_ADJ || t[j].upos == PB_UPOS_DET)))
                c = n;
        if (c == n || la >= c)
            continue;
        for (uint32_t j = c + 1; j < fb; j++) /* "and good Gondor" */
            if (t[j].head == (int16_t)(v + 1) && t[j].upos != PB_UPOS_PUNCT)
                t[j].head = (int16_t)(b + 1);
        hang(t, b, a, PB_REL_CONJ);
        hang(t, c, b, PB_REL_CC);
        for (uint32_t j = a + 1; j < c; j++)
            if (t[j].head == (int16_t)(v + 1) && t[j].upos == PB_UPOS_PUNCT)
                t[j].head = (int16_t)(b + 1);
    }
}

/* Is form a verb that takes a recipient before its object ("gave
 * Kenya two ships", "sold Peru 40 jets")? */
static int gives_to_recipient(const char *form)
{
    static const char *const verbs[] = {
        "give", "gives", "gave", "given", "giving", "send", "sends",
        "sent", "sending", "offer", "offers", "offered", "offering",
        "grant", "grants", "granted", "lend", "lends", "lent", "loan",
        "loaned", "promise", "promises", "promised", "pay", "pays", "paid",
        "sell", "sells", "sold", "hand", "handed", "owe", "owes", "owed",
        "award", "awarded", NULL};
    for (int k = 0; form && verbs[k]; k++)
        if (strcasecmp(form, verbs[k]) == 0)
            return 1;
    return 0;
}

/* "The Community gave the Ivory Coast 5.1 million dollars", "Germany
 * gave Ukraine German tanks": the parser reads a recipient named just
 * before a number or adjective as a compound of the object. A name (with
 * its article) straight after a giving verb and straight before a number
 * or adjective inside the verb's object is the recipient (iobj) of the
 * verb. */
static void repair_double_object(pb_token *t, uint32_t n)
{
    for (uint32_t v = 0; v + 2 < n; v++) {
        if (t[v].upos != PB_UPOS_VERB || !gives_to_recipient(t[v].form))
            continue;
        uint32_t first = v + 1, p = first;
        if (t[first].upos == PB_UPOS_DET)
            p = ++first;
        while (p + 1 < n && t[p].upos == PB_UPOS_PROPN &&
               t[p + 1].upos == PB_UPOS_PROPN)
            p++;
        if (p + 1 >= n || t[p].upos != PB_UPOS_PROPN ||
            (t[p + 1].upos != PB_UPOS_NUM && t[p + 1].upos != PB_UPOS_ADJ))
            continue;
        uint32_t h = n; /* the object the name and number are part of */
        for (uint32_t k = p + 1; k < n; k++)
            if (t[k].head == (int16_t)(v + 1) && t[k].deprel == PB_REL_OBJ)
                h = k;
        if (h == n || !under(t, n, p, h) || !under(t, n, p + 1, h))
            continue;
        for (uint32_t k = p + 1; k < n; k++) /* the number leaves the name */
            if (t[k].head == (int16_t)(p + 1))
                t[k].head = (int16_t)(h + 1);
        for (uint32_t k = first; k < p; k++)
            hang(t, k, p, PB_REL_COMPOUND);
        if (first > v + 1)
            hang(t, v + 1, p, PB_REL_DET);
        hang(t, p, v, PB_REL_IOBJ);
    }
}

/* "Russian forces seized Mariupol after a long siege", "welcomed Kenyan
 * President William Ruto to the White House": the parser makes the name
 * after the verb an adverb or a caseless oblique of it. A proper noun
 * whose phrase starts right after a verb with no object, hung on that
 * verb as advmod or as an oblique with no case, is its object. */
static void repair_name_as_adverb(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        if (t[k].upos != PB_UPOS_PROPN || t[k].head < 1 ||
            has_child(t, n, (uint32_t)t[k].head, PB_REL_OBJ))
            continue;
        uint32_t v = (uint32_t)t[k].head - 1, first = k;
        while (first > v + 1 && t[first - 1].head == (int16_t)(k + 1) &&
               t[first - 1].upos != PB_UPOS_ADP)
            first--; /* "welcomed Kenyan President William Ruto" */
        if (t[v].upos != PB_UPOS_VERB || first != v + 1 ||
            !(t[k].deprel == PB_REL_ADVMOD ||
              (t[k].deprel == PB_REL_OBL &&
               !has_child(t, n, k + 1, PB_REL_CASE))))
            continue;
        hang(t, k, v, PB_REL_OBJ);
    }
}

/* "Turkish President Recep Tayyip Erdogan and Greek Prime Minister
 * Kyriakos Mitsotakis agreed": the parser joins the second title to the
 * first name and hangs the second name on the subject as a "list". A
 * name hung as list on a subject, after an "and" with only title words
 * (adjectives and proper nouns) between, is the subject's conjunct, and
 * the title words are its own. */
static void repair_titled_pair(pb_token *t, uint32_t n)
{
    for (uint32_t k = 2; k < n; k++) {
        if (t[k].deprel != PB_REL_LIST || t[k].upos != PB_UPOS_PROPN ||
            t[k].head < 1 || t[k].head > (int16_t)k)
            continue;
        uint32_t h = (uint32_t)t[k].head - 1, and = k;
        if (t[h].deprel != PB_REL_NSUBJ && t[h].deprel != PB_REL_NSUBJ_PASS)
            continue;
        for (uint32_t j = k - 1; j > h && and == k; j--)
            if (t[j].upos == PB_UPOS_CCONJ && t[j].form &&
                strcasecmp(t[j].form, "and") == 0)
                and = j;
            else if (t[j].upos != PB_UPOS_ADJ && t[j].upos != PB_UPOS_PROPN &&
                     strcmp(t[j].xpos, "POS") != 0)
                break; /* "and Jordan's King Abdullah": a possessor too */
        if (and == k || and + 1 == k)
            continue;
        hang(t, k, h, PB_REL_CONJ);
        hang(t, and, k, PB_REL_CC);
        for (uint32_t j = and + 1; j < k; j++) {
            int possessor = strcmp(t[j + 1].xpos, "POS") == 0;
            if (strcmp(t[j].xpos, "POS") == 0)
                hang(t, j, j - 1, PB_REL_CASE);
            else if (possessor)
                hang(t, j, k, PB_REL_NMOD_POSS);
            else if (t[j].head < (int16_t)(and + 2) ||
                     t[j].head > (int16_t)(k + 1))
                hang(t, j, k,
                     t[j].upos == PB_UPOS_ADJ ? PB_REL_AMOD : PB_REL_COMPOUND);
        }
    }
}

/* "Police detained at least 20 people": the parser reads "at" as the
 * case of the whole phrase and makes it an oblique, a "by" agent (or a
 * clausal complement). An oblique or noun complement with no case of
 * its own that opens with "at least" or "at most", of a verb with no
 * object, is its object; so it is of a conjoined verb right before it
 * with no object ("fired tear gas and arrested at least 40 supporters"
 * with the phrase hung on "fired"). */
static void repair_at_least_object(pb_token *t, uint32_t n)
{
    for (uint32_t k = 2; k < n; k++) {
        if ((t[k].deprel != PB_REL_OBL && t[k].deprel != PB_REL_OBL_AGENT &&
             !(t[k].deprel == PB_REL_CCOMP && t[k].upos == PB_UPOS_NOUN)) ||
            t[k].head < 1 ||
            t[t[k].head - 1].upos != PB_UPOS_VERB ||
            has_child(t, n, k + 1, PB_REL_CASE))
            continue;
        uint32_t first, last;
        subtree_span(t, n, k, &first, &last);
        if (first + 1 >= k || !t[first].form || !t[first + 1].form ||
            strcasecmp(t[first].form, "at") != 0 ||
            (strcasecmp(t[first + 1].form, "least") != 0 &&
             strcasecmp(t[first + 1].form, "most") != 0))
            continue;
        uint32_t v = (uint32_t)t[k].head - 1;
        if (first > v + 1 && t[first - 1].upos == PB_UPOS_VERB &&
            t[first - 1].deprel == PB_REL_CONJ &&
            t[first - 1].head == (int16_t)(v + 1))
            v = first - 1; /* "… and arrested at least 40" */
        if (!has_child(t, n, v + 1, PB_REL_OBJ))
            hang(t, k, v, PB_REL_OBJ);
    }
}

/* "A man was shot dead by Israeli forces", "Sanctions were imposed on
 * Iran's oil sector by the US Treasury": the parser hangs the "by"
 * phrase of a passive on the verb's predicate adjective or on its
 * oblique. A "by" phrase under the xcomp or an oblique of a passive verb
 * that has no agent is that verb's agent. */
static void repair_stray_agent(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        if ((t[k].deprel != PB_REL_OBL && t[k].deprel != PB_REL_NMOD) ||
            t[k].head < 1)
            continue;
        uint32_t m = (uint32_t)t[k].head - 1;
        if ((t[m].deprel != PB_REL_XCOMP && t[m].deprel != PB_REL_OBL) ||
            t[m].head < 1)
            continue;
        uint32_t v = (uint32_t)t[m].head - 1;
        static const char *const by[] = {"by", NULL};
        if (!case_word_in(t, k, by) || t[v].upos != PB_UPOS_VERB ||
            !has_child(t, n, v + 1, PB_REL_NSUBJ_PASS) ||
            !has_child(t, n, v + 1, PB_REL_AUX_PASS) ||
            has_child(t, n, v + 1, PB_REL_OBL_AGENT) || k < v)
            continue;
        hang(t, k, v, PB_REL_OBL_AGENT);
    }
}

/* "In a phone call with Ukraine's Zelensky, Macron pledged continued
 * support": the parser makes the fronted phrase's noun the root and the
 * clause after the comma its relative clause. A root noun with a case
 * of its own that opens the sentence, and a clause hung on it as acl
 * with a subject of its own after a comma, is that clause's oblique;
 * the clause's verb is the root. */
static void repair_fronted_phrase_root(pb_token *t, uint32_t n)
{
    uint32_t root = n;
    for (uint32_t k = 0; k < n; k++)
        if (t[k].deprel == PB_REL_ROOT)
            root = k;
    if (root == n || t[root].upos != PB_UPOS_NOUN ||
        t[0].upos != PB_UPOS_ADP || t[0].head != (int16_t)(root + 1) ||
        t[0].deprel != PB_REL_CASE)
        return;
    for (uint32_t v = root + 2; v < n; v++) {
        if ((t[v].deprel != PB_REL_ACL_RELCL && t[v].deprel != PB_REL_ACL) ||
            t[v].head != (int16_t)(root + 1) || t[v].upos != PB_UPOS_VERB ||
            !has_subject(t, n, v + 1))
            continue;
        int comma = 0;
        for (uint32_t k = root + 1; k < v && !comma; k++)
            comma = is_comma(&t[k]);
        if (!comma)
            return;
        t[v].head = 0;
        t[v].deprel = PB_REL_ROOT;
        hang(t, root, v, PB_REL_OBL);
        return;
    }
}

/* "arrived in Kyiv on Wednesday for talks with Ukrainian officials":
 * the parser hangs the phrase after a day on the day. A phrase of
 * purpose, company or opposition hung as nmod on a day or month that is
 * a verb's oblique belongs to the verb. */
static void repair_phrase_on_day(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        if (t[k].deprel != PB_REL_NMOD || t[k].head < 1)
            continue;
        uint32_t d = (uint32_t)t[k].head - 1;
        /* "for talks", "with officials", not "in February of 1966" or
         * "from April to June", which are the month's */
        static const char *const verbs_own[] = {"for", "with", "against",
                                                "after", NULL};
        if (d >= k || !case_word_in(t, k, verbs_own) || !t[d].form ||
            !pb_calendar_word(t[d].form) ||
            (t[d].deprel != PB_REL_OBL && t[d].deprel != PB_REL_OBL_TMOD) ||
            t[d].head < 1 || t[t[d].head - 1].upos != PB_UPOS_VERB)
            continue;
        hang(t, k, (uint32_t)t[d].head - 1, PB_REL_OBL);
    }
}

/* "met President Volodymyr Zelensky, who urged him to lift …": the
 * parser makes the relative clause after a comma a clause of its own. A
 * verb whose subject is "who" or "which", hung on an earlier verb as
 * parataxis or conj, is a relative clause of the nominal right before
 * its comma. */
static void repair_loose_relative(pb_token *t, uint32_t n)
{
    for (uint32_t v = 3; v < n; v++) {
        if ((t[v].deprel != PB_REL_PARATAXIS && t[v].deprel != PB_REL_CONJ) ||
            t[v].head < 1 || t[v].head > (int16_t)v ||
            t[v].upos != PB_UPOS_VERB)
            continue;
        uint32_t w = v - 1;
        while (w > 0 && t[w].upos == PB_UPOS_AUX)
            w--; /* "who had urged" */
        if (!t[w].form || t[w].head != (int16_t)(v + 1) ||
            t[w].deprel != PB_REL_NSUBJ ||
            (strcasecmp(t[w].form, "who") != 0 &&
             strcasecmp(t[w].form, "which") != 0) ||
            w < 2 || !is_comma(&t[w - 1]))
            continue;
        uint32_t noun = w - 2;
        while (noun > 0 && t[noun].head == (int16_t)(noun) &&
               t[noun].upos == PB_UPOS_PROPN)
            noun--; /* "Volodymyr Zelensky": the name's head */
        if (t[noun].upos != PB_UPOS_NOUN && t[noun].upos != PB_UPOS_PROPN)
            continue;
        hang(t, v, noun, PB_REL_ACL_RELCL);
    }
}

/* Is form a capitalised common noun that ends a name and is shared by
 * names joined before it ("the Washington and Lincoln Administrations",
 * "Health and Hospitals Corporation")? */
static int institution_word(const char *form)
{
    static const char *const words[] = {
        "Administration", "Administrations", "Corporation", "Company",
        "University", "College", "School", "Council", "Ministry", "Party",
        "Front", "Agency", "Bank", "Committee", "Association", "Union",
        "Department", "Institute", "Foundation", "Authority", "Commission",
        "Group", "Organization", "Organisation", "Service", "Services",
        "Forces", "Force", "Army", "Movement", "Court", "Assembly", NULL};
    for (int i = 0; form && words[i]; i++)
        if (strcmp(form, words[i]) == 0)
            return 1;
    return 0;
}

/* "condemned the United States and South Korea": the parser makes the
 * first name a compound of the second across the "and". A proper noun
 * hung as compound on a later proper noun with an "and" or "or"
 * between them, itself hung inside the later name, heads a name of its
 * own: the first conjunct, in the later name's place, with that name as
 * its conj. */
static void repair_compound_pair(pb_token *t, uint32_t n)
{
    for (uint32_t k = 0; k + 2 < n; k++) {
        if (t[k].deprel != PB_REL_COMPOUND || t[k].upos != PB_UPOS_PROPN ||
            t[k].head <= (int16_t)(k + 1))
            continue;
        uint32_t h = (uint32_t)t[k].head - 1, c = n;
        for (uint32_t j = k + 1; j < h && c == n; j++)
            if (t[j].upos == PB_UPOS_CCONJ && t[j].form &&
                (strcasecmp(t[j].form, "and") == 0 ||
                 strcasecmp(t[j].form, "or") == 0))
                c = j;
        if (c == n || t[h].upos != PB_UPOS_PROPN || c != k + 1 ||
            institution_word(t[h].form))
            continue; /* not "the Washington and Lincoln Administrations" */
        for (uint32_t j = c + 1; j < h; j++)
            if (t[j].upos != PB_UPOS_PROPN || t[j].head != (int16_t)(h + 1))
                c = n; /* only the later name's words after the "and" */
        if (c == n)
            continue;
        t[k].head = t[h].head;
        t[k].deprel = t[h].deprel;
        for (uint32_t j = 0; j < k; j++)
            if (t[j].head == (int16_t)(h + 1))
                t[j].head = (int16_t)(k + 1); /* "the", "United" */
        hang(t, h, k, PB_REL_CONJ);
        hang(t, c, h, PB_REL_CC);
    }
}

/* "ships linked to the United States and Britain": the parser makes the
 * second name a conjunct of the verb. A name joined by "and" or "or" as
 * conj of a verb, right after a nominal that is that verb's argument,
 * with nothing of a clause of its own, is that nominal's conjunct. */
static void repair_name_conjunct_of_verb(pb_token *t, uint32_t n)
{
    for (uint32_t k = 3; k < n; k++) {
        if (t[k].deprel != PB_REL_CONJ || t[k].upos != PB_UPOS_PROPN ||
            t[k].head < 1 || t[t[k].head - 1].upos != PB_UPOS_VERB ||
            t[k - 1].upos != PB_UPOS_CCONJ || has_subject(t, n, k + 1) ||
            has_child(t, n, k + 1, PB_REL_AUX))
            continue;
        uint32_t v = (uint32_t)t[k].head - 1, m = k - 2;
        while (t[m].head >= 1 && (uint32_t)t[m].head - 1 != v &&
               (uint32_t)t[m].head - 1 > m && (uint32_t)t[m].head - 1 < k)
            m = (uint32_t)t[m].head - 1; /* "United" → "States" */
        if (t[m].head != (int16_t)(v + 1) ||
            (t[m].upos != PB_UPOS_PROPN && t[m].upos != PB_UPOS_NOUN) ||
            m < v)
            continue;
        hang(t, k, m, PB_REL_CONJ);
    }
}

/* "Netanyahu, who met Biden at the White House last July, criticized
 * Washington's decision": the parser makes the relative clause's verb
 * the main one, with two subjects, and the main verb its conjunct. A
 * verb whose subjects are a nominal and, after a comma, "who" or
 * "which", with a conjunct verb after a comma that has no subject of its
 * own, is that nominal's relative clause; the conjunct is the main verb,
 * with the nominal for subject. */
static void repair_subject_relative(pb_token *t, uint32_t n)
{
    for (uint32_t v = 3; v < n; v++) {
        if (t[v].upos != PB_UPOS_VERB)
            continue;
        uint32_t s1 = n, s2 = n, c = n;
        for (uint32_t k = 0; k < n; k++) {
            if (t[k].head != (int16_t)(v + 1))
                continue;
            if (t[k].deprel == PB_REL_NSUBJ && k < v && s1 == n)
                s1 = k;
            else if (t[k].deprel == PB_REL_NSUBJ && k < v && t[k].form &&
                     (strcasecmp(t[k].form, "who") == 0 ||
                      strcasecmp(t[k].form, "which") == 0))
                s2 = k;
            else if (t[k].deprel == PB_REL_CONJ && k > v && c == n &&
                     t[k].upos == PB_UPOS_VERB && is_comma(&t[k - 1]))
                c = k;
        }
        if (s1 == n || s2 == n || c == n || s2 != s1 + 2 ||
            !is_comma(&t[s1 + 1]) || has_subject(t, n, c + 1))
            continue;
        t[c].head = t[v].head;
        t[c].deprel = t[v].deprel;
        hang(t, s1, c, PB_REL_NSUBJ);
        hang(t, v, s1, PB_REL_ACL_RELCL);
        for (uint32_t k = 0; k < n; k++) /* the main clause's other words */
            if (t[k].head == (int16_t)(v + 1) && k > c)
                t[k].head = (int16_t)(c + 1);
    }
}

/* "Russia attacked Ukraine, Japan said", "… Ukraine, South Korea's
 * military said": the object of a reported clause, right before the
 * comma of a closing "X said", parsed as the speaker (or its possessor)
 * with the real speaker hung on it as an apposition. When the name
 * before the comma is the subject of a later verb of saying, or the
 * possessor of that subject, has an apposition after the comma, and
 * follows at once (with its determiners and modifiers) a verb without
 * an object that the verb of saying reports, the name is that verb's
 * object and the apposition takes the name's place. */
static void repair_object_as_speaker(pb_token *t, uint32_t n)
{
    int appos = PB_REL_APPOS,
        poss = PB_REL_NMOD_POSS,
        punct = PB_REL_PUNCT;
    for (uint32_t c = 2; c + 1 < n; c++) {
        if (!is_comma(&t[c]))
            continue;
        uint32_t s = phrase_top_before(t, c - 1, c);
        if (t[s].head < 1 ||
            (t[s].upos != PB_UPOS_PROPN && t[s].upos != PB_UPOS_NOUN))
            continue;
        long a = -1; /* on the phrase's last word ("a drone over the Red
                        Sea, the Pentagon said") or its head */
        for (uint32_t k = c + 1; k < n && a < 0; k++)
            if ((t[k].head == (int16_t)(s + 1) ||
                 t[k].head == (int16_t)c) &&
                t[k].deprel == appos)
                a = (long)k;
        uint32_t hs = (uint32_t)t[s].head - 1;
        long say = -1;
        if (t[s].deprel == PB_REL_NSUBJ)
            say = (long)hs;
        else if (t[s].deprel == poss && t[hs].deprel == PB_REL_NSUBJ &&
                 t[hs].head >= 1)
            say = t[hs].head - 1;
        if (a < 0 || hs <= c || say <= (long)c ||
            !in_words(t[say].form, saying_forms))
            continue;
        long v = -1;
        for (uint32_t k = 0; k < s; k++)
            if (t[k].head == (int16_t)(say + 1) &&
                t[k].deprel == PB_REL_CCOMP && t[k].upos == PB_UPOS_VERB)
                v = (long)k;
        if (v < 0 || has_child(t, n, (uint32_t)v + 1, PB_REL_OBJ))
            continue;
        int adjacent = 1; /* only the name's own words between, and the
                             verb's particle ("shot down") */
        int particle = PB_REL_COMPOUND_PRT;
        for (uint32_t k = (uint32_t)v + 1; k < s; k++)
            if ((t[k].head < v + 2 || t[k].head > (int16_t)(s + 1)) &&
                !(t[k].head == v + 1 && t[k].deprel == particle))
                adjacent = 0;
        if (!adjacent)
            continue;
        hang(t, (uint32_t)a, hs, t[s].deprel);
        for (uint32_t k = c; k < n; k++)
            if ((t[k].head == (int16_t)(s + 1) || t[k].head == (int16_t)c) &&
                k != (uint32_t)a)
                t[k].head = (int16_t)(a + 1); /* its "'s" */
        hang(t, s, (uint32_t)v, PB_REL_OBJ);
        hang(t, c, (uint32_t)v, punct);
    }
}

/* "Sudan's army and the Rapid Support Forces have been fighting since
 * April": the parser makes the first subject the root and joins the
 * rest to it as a clause ("and [the RSF have been fighting]"). A noun at
 * the root, with no copula, whose conjunct is a verb with a subject of
 * its own, its "and" right before that subject's phrase and after the
 * noun's own words, is that verb's first subject (a name on one side at
 * least, as for split subject lists): the verb takes the root, the noun
 * becomes its subject and the other subject the noun's conjunct. */
static void repair_root_subject_pair(pb_token *t, uint32_t n)
{
    for (uint32_t a = 0; a < n; a++) {
        if (t[a].deprel != PB_REL_ROOT || !is_nominal(&t[a]) ||
            t[a].upos == PB_UPOS_PRON || has_child(t, n, a + 1, PB_REL_COP))
            continue;
        for (uint32_t v = a + 1; v < n; v++) {
            if (t[v].head != (int16_t)(a + 1) || t[v].deprel != PB_REL_CONJ ||
                t[v].upos != PB_UPOS_VERB)
                continue;
            long b = -1, c = -1;
            for (uint32_t k = a + 1; k < v; k++)
                if (t[k].head == (int16_t)(v + 1) &&
                    t[k].deprel == PB_REL_NSUBJ)
                    b = (long)k;
            if (b < 0 || !is_nominal(&t[b]) ||
                (!name_like(t, a) && !name_like(t, (uint32_t)b)))
                break;
            uint32_t fb, lb;
            subtree_span(t, n, (uint32_t)b, &fb, &lb);
            if (fb < 1 || t[fb - 1].head != (int16_t)(v + 1) ||
                t[fb - 1].deprel != PB_REL_CC)
                break;
            c = (long)fb - 1;
            int own = 1; /* only the noun's words before the "and" */
            for (uint32_t k = a + 1; k < (uint32_t)c; k++)
                own &= under(t, n, k, a) && !under(t, n, k, v);
            if (!own)
                break;
            hand_root(t, n, a, v, lb + 1);
            hang(t, a, v, PB_REL_NSUBJ);
            hang(t, (uint32_t)b, a, PB_REL_CONJ);
            hang(t, (uint32_t)c, (uint32_t)b, PB_REL_CC);
            break;
        }
    }
}

/* "Pakistan denied that its air force had struck targets": "that" made
 * the verb's object and the clause after it a relative clause of that
 * "that". A "that" object whose relative clause has a subject of its own
 * right after it is the clause's mark, the clause the verb's complement. */
static void repair_that_clause(pb_token *t, uint32_t n)
{
    int relcl = PB_REL_ACL_RELCL,
        mark = PB_REL_MARK;
    for (uint32_t k = 0; k + 1 < n; k++) {
        if (!t[k].form || strcasecmp(t[k].form, "that") != 0 ||
            t[k].deprel != PB_REL_OBJ || t[k].head < 1)
            continue;
        for (uint32_t v = k + 1; v < n; v++) {
            if (t[v].head != (int16_t)(k + 1) || t[v].deprel != relcl)
                continue;
            long s = -1;
            for (uint32_t j = k + 1; j < v; j++)
                if (t[j].head == (int16_t)(v + 1) &&
                    t[j].deprel == PB_REL_NSUBJ)
                    s = (long)j;
            uint32_t fs, ls;
            if (s < 0)
                break;
            subtree_span(t, n, (uint32_t)s, &fs, &ls);
            if (fs != k + 1)
                break;
            hang(t, v, (uint32_t)t[k].head - 1, PB_REL_CCOMP);
            hang(t, k, v, mark);
            t[k].upos = PB_UPOS_SCONJ;
            memcpy(t[k].xpos, "IN", 3);
            break;
        }
    }
}

/* "After meeting Putin, Xi praised Russia", "After talks in Cairo,
 * Blinken flew to Israel": the subject right after an opening phrase's
 * comma made an apposition of that phrase's last name, the verb left
 * without a subject or given the phrase itself as one. A name in
 * apposition to a word of the phrase that opens the sentence and ends
 * at the comma, running up to the verb the phrase depends on, is the
 * verb's subject; a phrase with a preposition is an oblique again. */
static void repair_subject_after_opening(pb_token *t, uint32_t n)
{
    int appos = PB_REL_APPOS,
        obl = PB_REL_OBL;
    for (uint32_t a = 2; a + 1 < n; a++) {
        if (t[a].deprel != appos || t[a].head < 1 || !is_comma(&t[a - 1]) ||
            (t[a].upos != PB_UPOS_PROPN && t[a].upos != PB_UPOS_NOUN))
            continue;
        uint32_t first, last;
        subtree_span(t, n, a, &first, &last);
        uint32_t v = last + 1;
        if (v >= n || t[v].upos != PB_UPOS_VERB || first + 1 < a)
            continue; /* its comma may hang on it */
        /* the opening phrase: the child of v that holds the name's head */
        uint32_t f = (uint32_t)t[a].head - 1;
        for (uint32_t d = 0; d < n && t[f].head >= 1 &&
                             t[f].head != (int16_t)(v + 1);
             d++)
            f = (uint32_t)t[f].head - 1;
        uint32_t ff, lf;
        if (t[f].head != (int16_t)(v + 1))
            continue;
        t[a].head = 0; /* span of the phrase without the name */
        subtree_span(t, n, f, &ff, &lf);
        t[a].head = (int16_t)(f + 1);
        if (ff != 0 || lf + 2 != a)
            continue;
        int prepositional = (t[f].deprel == PB_REL_NSUBJ &&
                             case_word_in(t, f, (const char *const[]){
                                 "after", "before", "during", "following",
                                 "in", "at", "on", "with", "despite", NULL}));
        if (has_subject(t, n, v + 1) && !prepositional)
            continue;
        if (prepositional)
            t[f].deprel = obl;
        hang(t, a, v, PB_REL_NSUBJ);
        hang(t, a - 1, f, PB_REL_PUNCT);
    }
}

/* "Asked about Russia's drills, China declined to comment": the parser
 * makes the opening participle the root and the clause after the comma
 * its adverbial clause (or hangs the participle on a noun after the
 * comma). A root participle (or a past form read for one) that opens the
 * sentence, perhaps after its auxiliary or subordinator, with no subject,
 * and a clause hung on it as advcl, parataxis or conj with
 * a subject of its own after a comma, is the root; the participle is
 * its adverbial clause. */
static void repair_opening_participle_root(pb_token *t, uint32_t n)
{
    /* "Backed by Iran, the Houthis attacked ships": the participle hung
     * on a noun past the comma (the object) opens the root's clause */
    if (n >= 4 && t[0].upos == PB_UPOS_VERB && t[0].head > 1 &&
        (t[0].deprel == PB_REL_AMOD || t[0].deprel == PB_REL_ACL)) {
        uint32_t h = (uint32_t)t[0].head - 1, root = n, comma = n;
        for (uint32_t k = 1; k < h && comma == n; k++)
            if (is_comma(&t[k]))
                comma = k;
        for (uint32_t k = 0; k < n; k++)
            if (t[k].deprel == PB_REL_ROOT)
                root = k;
        if (comma < h && root < n && root > comma &&
            t[root].upos == PB_UPOS_VERB && has_subject(t, n, root + 1)) {
            hang(t, 0, root, PB_REL_ADVCL);
            hang(t, comma, 0, PB_REL_PUNCT);
        }
        return;
    }
    int advcl = PB_REL_ADVCL,
        parataxis = PB_REL_PARATAXIS,
        conj = PB_REL_CONJ, mark = PB_REL_MARK;
    /* (after its own auxiliary or subordinator: "Having captured
     * Bakhmut, Russian forces shelled …", "After talks, …") */
    uint32_t p = 0;
    while (p + 1 < n && t[p].head == (int16_t)(p + 2) &&
           (t[p].deprel == PB_REL_AUX || t[p].deprel == mark) && p < 1)
        p++;
    if (n < 4 || t[p].deprel != PB_REL_ROOT || t[p].upos != PB_UPOS_VERB ||
        (strcmp(t[p].xpos, "VBN") != 0 && strcmp(t[p].xpos, "VBG") != 0 &&
         strcmp(t[p].xpos, "VBD") != 0) ||
        has_subject(t, n, p + 1))
        return;
    for (uint32_t v = p + 2; v < n; v++) {
        if (t[v].head != (int16_t)(p + 1) || t[v].upos != PB_UPOS_VERB ||
            (t[v].deprel != advcl && t[v].deprel != parataxis &&
             t[v].deprel != conj) ||
            !has_subject(t, n, v + 1))
            continue;
        uint32_t first, last;
        subtree_span(t, n, v, &first, &last);
        if (is_comma(&t[first]))
            first++; /* the comma may hang on the clause it opens */
        if (first < 1 || !is_comma(&t[first - 1]))
            return;
        hand_root(t, n, p, v, last + 1);
        hang(t, p, v, advcl);
        hang(t, first - 1, p, PB_REL_PUNCT);
        return;
    }
}

/* "it had no plans to hold talks with Ukraine": the infinitive after the
 * object of "have" hung on the verb as an adverbial clause. After a noun
 * of plan, intention or means that is the object, a subjectless "to"
 * clause on the verb is that noun's clause. */
static void repair_infinitive_of_noun(pb_token *t, uint32_t n)
{
    static const char *const nouns[] = {
        "plan", "plans", "intention", "intentions", "right", "time",
        "chance", "opportunity", "authority", "power", "reason",
        "obligation", "need", "way", "desire", "interest", "mandate", NULL};
    static const char *const to[] = {"to", NULL};
    for (uint32_t a = 2; a < n; a++) {
        if (t[a].deprel != PB_REL_ADVCL || t[a].head < 1 ||
            t[a].upos != PB_UPOS_VERB || has_subject(t, n, a + 1))
            continue;
        uint32_t v = (uint32_t)t[a].head - 1;
        int marked = 0;
        for (uint32_t k = v + 1; k < a; k++)
            marked |= t[k].head == (int16_t)(a + 1) &&
                      t[k].deprel == PB_REL_MARK && in_words(t[k].form, to);
        if (!marked)
            continue;
        for (uint32_t o = v + 1; o < a; o++)
            if (t[o].head == (int16_t)(v + 1) && t[o].deprel == PB_REL_OBJ &&
                in_words(t[o].form, nouns)) {
                hang(t, a, o, PB_REL_ACL);
                break;
            }
    }
}

/* "Hamas said it had accepted the proposal, but Israel said the terms
 * were far from its demands": the second report, after a comma and its
 * conjunction, hung on the verb the first one reports. A verb of saying
 * with a subject of its own, joined as conj to the verb of a complement
 * of an earlier verb of saying, is that earlier verb's conjunct. */
static void repair_second_report(pb_token *t, uint32_t n)
{
    for (uint32_t v = 2; v < n; v++) {
        if (t[v].deprel != PB_REL_CONJ || t[v].head < 1 ||
            !in_words(t[v].form, saying_forms) || !has_subject(t, n, v + 1))
            continue;
        uint32_t h = (uint32_t)t[v].head - 1;
        if (h >= v || t[h].deprel != PB_REL_CCOMP || t[h].head < 1)
            continue;
        uint32_t say = (uint32_t)t[h].head - 1;
        int marked = 0; /* ", but Israel said" */
        for (uint32_t k = 1; k < v; k++)
            marked |= t[k].head == (int16_t)(v + 1) &&
                      t[k].deprel == PB_REL_CC && is_comma(&t[k - 1]);
        if (say < h && in_words(t[say].form, saying_forms) && marked)
            t[v].head = (int16_t)(say + 1);
    }
}

/* The "by" agent of verb v: its obl:agent, or an oblique "by" marks; n
 * if none. */
static uint32_t by_agent(const pb_token *t, uint32_t n, uint32_t v)
{
    static const char *const by[] = {"by", NULL};
    /* (an oblique only on a form that can be a participle: "backed by
     * gunships", not "spoke by telephone") */
    size_t len = t[v].form ? strlen(t[v].form) : 0;
    int participle = strcmp(t[v].xpos, "VBN") == 0 ||
                     (len > 2 && strcmp(t[v].form + len - 2, "ed") == 0);
    for (uint32_t k = v + 1; k < n; k++)
        if (t[k].head == (int16_t)(v + 1) &&
            (t[k].deprel == PB_REL_OBL_AGENT ||
             (participle && t[k].deprel == PB_REL_OBL &&
              case_word_in(t, k, by))))
            return k;
    return n;
}

/* "A car bomb claimed by al-Shabaab killed nine people": the parser
 * makes the participle with its "by" agent the root (or what a closing
 * verb of saying reports) and the main verb its complement, or an
 * adjective of the noun after the agent. A participle with a "by" agent,
 * a subject and no auxiliary, on which a later past or present verb
 * without a subject of its own hangs (or which governs such a verb right
 * after the agent, read as an adjective), modifies that subject; the
 * later verb takes its place. */
static void repair_root_participle_with_agent(pb_token *t, uint32_t n)
{
    static const int rels[] = {PB_REL_XCOMP, PB_REL_CONJ, PB_REL_CCOMP,
                               PB_REL_PARATAXIS, PB_REL_ADVCL, 0};
    for (uint32_t v = 1; v + 1 < n; v++) {
        /* (the root, or what a closing verb of saying reports: "…, the
         * Ugandan army said") */
        int reported = t[v].deprel == PB_REL_CCOMP &&
                       t[v].head > (int16_t)(v + 1) &&
                       in_words(t[t[v].head - 1].form, saying_forms);
        if ((t[v].deprel != PB_REL_ROOT && !reported) ||
            t[v].upos != PB_UPOS_VERB ||
            (strcmp(t[v].xpos, "VBN") != 0 && strcmp(t[v].xpos, "VBD") != 0) ||
            by_agent(t, n, v) == n || has_child(t, n, v + 1, PB_REL_AUX) ||
            has_child(t, n, v + 1, PB_REL_AUX_PASS))
            continue;
        uint32_t s = n, w = n;
        for (uint32_t k = 0; k < v; k++)
            if (t[k].head == (int16_t)(v + 1) && t[k].deprel == PB_REL_NSUBJ)
                s = k;
        for (uint32_t k = v + 1; k < n && w == n; k++) {
            int rel = 0;
            for (const int *q = rels; *q; q++)
                rel |= t[k].deprel == *q;
            if (t[k].head == (int16_t)(v + 1) && rel &&
                t[k].upos == PB_UPOS_VERB &&
                (strcmp(t[k].xpos, "VBD") == 0 || strcmp(t[k].xpos, "VBZ") == 0 ||
                 strcmp(t[k].xpos, "VBP") == 0) &&
                !has_subject(t, n, k + 1))
                w = k;
        }
        /* (or read as an adjective of a noun after it: "troops backed by
         * helicopter gunships attacked camps of …") */
        uint32_t object = n;
        for (uint32_t k = v + 2; k + 1 < n && w == n && s < n; k++) {
            if (t[k].deprel != PB_REL_AMOD ||
                t[k].upos != PB_UPOS_VERB ||
                (strcmp(t[k].xpos, "VBD") != 0 &&
                 strcmp(t[k].xpos, "VBN") != 0) ||
                t[k].head <= (int16_t)(k + 1) || !under(t, n, k, v) ||
                t[k - 1].upos != PB_UPOS_NOUN || by_agent(t, n, v) != k - 1)
                continue;
            w = k;
            object = (uint32_t)t[k].head - 1;
        }
        if (s == n || w == n || !is_nominal(&t[s]))
            continue;
        int16_t place = t[v].head;
        int rel = t[v].deprel;
        hand_root(t, n, v, w, w + 1);
        t[w].head = place;
        t[w].deprel = rel;
        hang(t, s, w, PB_REL_NSUBJ);
        hang(t, v, s, PB_REL_ACL);
        hang(t, by_agent(t, n, v), v, PB_REL_OBL_AGENT);
        memcpy(t[v].xpos, "VBN", 4); /* a participle, whatever the tagger
                                        read */
        if (object < n) {
            hang(t, object, w, PB_REL_OBJ);
            /* (the phrases after it the agent took: "in eastern Congo") */
            for (uint32_t k = w + 1; k < n; k++)
                if (t[k].head == (int16_t)w &&
                    t[k].deprel == PB_REL_NMOD)
                    hang(t, k, w, PB_REL_OBL);
        }
        return;
    }
}

/* "Ukrainian forces, which have been short of shells, repelled an
 * assault, the general staff said": the parser gives the closing verb of
 * saying two subjects, takes the relative clause for what is said and
 * the main verb for its conjunct. A verb of saying with a subject before
 * a complement whose own subject is "which" or "who", and a later
 * subject of its own, has the second for subject; the relative clause
 * is the first subject's, and the subjectless verb joined to it is what
 * is said, done by that first subject. */
static void repair_relative_before_speaker(pb_token *t, uint32_t n)
{
    static const char *const relatives[] = {"which", "who", NULL};
    int conj = PB_REL_CONJ,
        relcl = PB_REL_ACL_RELCL;
    for (uint32_t say = 2; say < n; say++) {
        if (!in_words(t[say].form, saying_forms))
            continue;
        uint32_t s1 = n, s2 = n, p = n, v = n;
        for (uint32_t k = 0; k < say; k++) {
            if (t[k].head != (int16_t)(say + 1))
                continue;
            if (t[k].deprel == PB_REL_NSUBJ && s1 == n)
                s1 = k;
            else if (t[k].deprel == PB_REL_NSUBJ)
                s2 = k;
            else if (t[k].deprel == PB_REL_CCOMP && p == n)
                p = k;
        }
        if (s1 == n || s2 == n || p == n || !(s1 < p && p < s2))
            continue;
        int relative = 0;
        for (uint32_t k = s1 + 1; k < p; k++)
            relative |= t[k].head == (int16_t)(p + 1) &&
                        (t[k].deprel == PB_REL_NSUBJ ||
                         t[k].deprel == PB_REL_NSUBJ_PASS) &&
                        in_words(t[k].form, relatives);
        for (uint32_t k = p + 1; k < s2 && v == n; k++)
            if (t[k].head == (int16_t)(p + 1) && t[k].deprel == conj &&
                t[k].upos == PB_UPOS_VERB && !has_subject(t, n, k + 1))
                v = k;
        if (!relative || v == n)
            continue;
        hang(t, p, s1, relcl);
        hang(t, v, say, PB_REL_CCOMP);
        hang(t, s1, v, PB_REL_NSUBJ);
        return;
    }
}

/* "Hong Kong police arrested six people": the parser hangs a common
 * noun right after a name on it as a list item. A noun in a "list"
 * relation to the name just before it, no punctuation between, is the
 * phrase's head and the name its compound. */
static void repair_name_list_noun(pb_token *t, uint32_t n)
{
    int list = PB_REL_LIST,
        compound = PB_REL_COMPOUND;
    for (uint32_t k = 1; k < n; k++) {
        if (t[k].deprel != list || t[k].upos != PB_UPOS_NOUN ||
            t[k].head < 1 || (uint32_t)t[k].head - 1 >= k)
            continue;
        uint32_t h = (uint32_t)t[k].head - 1, first, last;
        subtree_span(t, n, h, &first, &last);
        if (t[h].upos != PB_UPOS_PROPN || last != k)
            continue;
        int punct = 0;
        for (uint32_t j = h + 1; j < k; j++)
            punct |= t[j].upos == PB_UPOS_PUNCT;
        if (punct)
            continue;
        t[k].head = t[h].head;
        t[k].deprel = t[h].deprel;
        for (uint32_t j = 0; j < n; j++)
            if (j != k && t[j].head == (int16_t)(h + 1) && j > k)
                t[j].head = (int16_t)(k + 1);
        hang(t, h, k, compound);
    }
}

/* "Militants attacked a train in Balochistan province, taking many
 * hostages", "drones struck an RSF convoy near El Obeid, killing dozens
 * of fighters": a participle with an object after a comma, hung as a
 * modifier of a noun in the verb's prepositional phrase or of its
 * object, is a clause of that verb (what its subject did next), not of
 * the place or the thing struck. */
static void repair_closing_participle(pb_token *t, uint32_t n)
{
    /* gerunds that work as prepositions ("hostages, including
     * children") */
    static const char *const prepositional_gerunds[] = {
        "including", "excluding", "according", "following", "regarding",
        "concerning", "involving", "targeting", NULL};
    for (uint32_t k = 1; k < n; k++) {
        if (t[k].deprel != PB_REL_ACL || strcmp(t[k].xpos, "VBG") != 0 ||
            !is_comma(&t[k - 1]) || t[k].head <= 0 ||
            !has_child(t, n, k + 1, PB_REL_OBJ))
            continue;
        uint32_t h = (uint32_t)t[k].head - 1;
        while (t[h].deprel == PB_REL_NMOD && t[h].head > 0)
            h = (uint32_t)t[h].head - 1;
        if ((t[h].deprel != PB_REL_OBL && t[h].deprel != PB_REL_OBJ) ||
            t[h].head <= 0 || in_words(t[k].form, prepositional_gerunds))
            continue;
        uint32_t v = (uint32_t)t[h].head - 1;
        if (t[v].upos != PB_UPOS_VERB || v > k)
            continue;
        hang(t, k, v, PB_REL_ADVCL);
    }
}

/* "The next day police arrested three men": a noun of time that opens
 * the sentence with "next", "following" or "same" before it, hung as a
 * compound of the subject, is the time of the verb. */
static void repair_time_compound(pb_token *t, uint32_t n)
{
    static const char *const ordinals[] = {"next", "following", "same",
                                           "previous", NULL};
    for (uint32_t k = 1; k + 1 < n && k < 3; k++) {
        if (t[k].deprel != PB_REL_COMPOUND || !time_noun(&t[k]) ||
            !in_words(t[k - 1].form, ordinals) || t[k].head != (int)k + 2)
            continue;
        uint32_t subj = k + 1;
        if (t[subj].deprel != PB_REL_NSUBJ || t[subj].head <= 0)
            continue;
        hang(t, k, (uint32_t)t[subj].head - 1, PB_REL_OBL_TMOD);
        if (k >= 2 && t[k - 2].head == (int)subj + 1 &&
            t[k - 2].upos == PB_UPOS_DET)
            t[k - 2].head = (int16_t)(k + 1); /* "The" is the day's */
    }
}

/* "Taiwan accused China of sending balloons, the defence ministry
 * said": the parser gives the closing verb of saying two subjects, the
 * reported verb's object and the speaker. A first subject that follows
 * at once a verb hung on the verb of saying, with a subject of its own
 * and no object, is that verb's object; the reported verb is the
 * complement of saying, and a clause hung on the object ("of sending")
 * is the reported verb's. */
static void repair_object_as_second_subject(pb_token *t, uint32_t n)
{
    for (uint32_t say = 2; say < n; say++) {
        if (!in_words(t[say].form, saying_forms))
            continue;
        long first = -1, second = -1;
        for (uint32_t k = 0; k < say; k++)
            if (t[k].head == (int16_t)(say + 1) &&
                t[k].deprel == PB_REL_NSUBJ) {
                if (first < 0)
                    first = (long)k;
                else
                    second = (long)k;
            }
        if (first < 0 || second < 0)
            continue;
        uint32_t s1 = (uint32_t)first, start, end;
        subtree_span(t, n, s1, &start, &end); /* ("at least 20 people") */
        if (start == 0)
            continue;
        uint32_t v = start - 1;
        if (t[v].upos != PB_UPOS_VERB || t[v].head != (int16_t)(say + 1) ||
            !(t[v].deprel == PB_REL_ADVCL || t[v].deprel == PB_REL_CCOMP ||
              t[v].deprel == PB_REL_PARATAXIS) ||
            !has_subject(t, n, v + 1) || has_child(t, n, v + 1, PB_REL_OBJ))
            continue;
        hang(t, s1, v, PB_REL_OBJ);
        t[v].deprel = PB_REL_CCOMP;
        for (uint32_t k = s1 + 1; k < (uint32_t)second; k++)
            if (t[k].head == (int16_t)(s1 + 1) && t[k].deprel == PB_REL_ACL)
                hang(t, k, v, PB_REL_ADVCL);
    }
}

/* "The military said its troops did not open fire": the parser makes
 * the reported clause's subject the object of the verb of saying. An
 * object of a verb of saying whose phrase ends right before the
 * reported verb's words, that verb a complement of the same verb with
 * no subject, is that verb's subject. */
static void repair_said_object_subject(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k + 1 < n; k++) {
        if (t[k].deprel != PB_REL_OBJ || t[k].head < 1 ||
            !in_words(t[t[k].head - 1].form, saying_forms))
            continue;
        uint32_t say = (uint32_t)t[k].head - 1;
        uint32_t v = k + 1; /* past the verb's auxiliaries and "not" */
        while (v < n && t[v].head > (int16_t)(k + 1) &&
               (t[v].upos == PB_UPOS_AUX || t[v].upos == PB_UPOS_PART ||
                t[v].upos == PB_UPOS_ADV))
            v++;
        if (v >= n || t[v].upos != PB_UPOS_VERB || v == k + 1 ||
            t[v].head != (int16_t)(say + 1) || t[v].deprel != PB_REL_CCOMP ||
            has_subject(t, n, v + 1))
            continue;
        int before = 1; /* the auxiliaries are the verb's */
        for (uint32_t a = k + 1; a < v; a++)
            before &= t[a].head == (int16_t)(v + 1);
        if (before)
            hang(t, k, v, PB_REL_NSUBJ);
    }
}

/* "Thai prosecutors indicted former prime minister Thaksin Shinawatra":
 * the parser, meeting a long name after the verb, makes it a second
 * subject. A verb with a subject before it and a nominal subject after
 * it, but no object, takes the later one as its object (not a verb of
 * saying, whose subject may follow it: '"…," said X'). */
static void repair_subject_after_verb(pb_token *t, uint32_t n)
{
    for (uint32_t v = 1; v + 1 < n; v++) {
        if (t[v].upos != PB_UPOS_VERB || in_words(t[v].form, saying_forms) ||
            has_child(t, n, v + 1, PB_REL_OBJ))
            continue;
        uint32_t before = n, after = n;
        for (uint32_t k = 0; k < n; k++) {
            if (t[k].head != (int16_t)(v + 1) || t[k].deprel != PB_REL_NSUBJ)
                continue;
            if (k < v)
                before = k;
            else if (after == n)
                after = k;
        }
        if (before == n || after == n || !is_nominal(&t[after]))
            continue;
        int comma = 0; /* "…, officials said", a clause between */
        for (uint32_t k = v + 1; k < after; k++)
            comma |= t[k].upos == PB_UPOS_PUNCT;
        if (!comma)
            hang(t, after, v, PB_REL_OBJ);
    }
}

/* "Kyrgyz and Tajik border guards exchanged fire, officials said": the
 * parser makes the opening adjectives (tagged as names) a second subject
 * of the verb of saying. A subject of a verb that also has a later
 * subject of its own, whose phrase ends right before the subject of a
 * clause the verb reports, modifies that subject. */
static void repair_split_modifier_subject(pb_token *t, uint32_t n)
{
    for (uint32_t s1 = 0; s1 + 2 < n; s1++) {
        if (t[s1].deprel != PB_REL_NSUBJ || t[s1].head < 1)
            continue;
        uint32_t v = (uint32_t)t[s1].head - 1, first, last;
        int later = 0; /* the verb's own subject after the clause */
        for (uint32_t k = s1 + 1; k < v; k++)
            later |=
                t[k].head == (int16_t)(v + 1) && t[k].deprel == PB_REL_NSUBJ;
        if (!later)
            continue;
        subtree_span(t, n, s1, &first, &last);
        uint32_t s2 = last + 1; /* the reported clause's subject phrase */
        while (s2 < v && t[s2].head > (int16_t)(s2 + 1) &&
               (t[s2].deprel == PB_REL_COMPOUND || t[s2].deprel == PB_REL_AMOD))
            s2++;
        if (s2 >= v || t[s2].deprel != PB_REL_NSUBJ || t[s2].head < 1 ||
            t[t[s2].head - 1].deprel != PB_REL_CCOMP ||
            t[t[s2].head - 1].head != (int16_t)(v + 1))
            continue;
        hang(t, s1, s2, t[s1].upos == PB_UPOS_ADJ ||
                                t[s1].upos == PB_UPOS_PROPN
                            ? PB_REL_AMOD
                            : PB_REL_COMPOUND);
    }
}

/* "West German world government activists are about to restore ties":
 * the parser splits the subject's opening word off as a subject of its
 * own. A clause has one subject, so of two subjects of one verb, both
 * before it, the first, a lone name or adjective right before the
 * second's phrase (a noun's, not a pronoun's), modifies the second's
 * head; a day ("said Monday the United States hopes") dates the verb.
 * (A first subject with words of its own is more often a missed conjunct
 * or a fronted phrase: "the breakdown between him and Linares and the
 * discontinuation …".) */
static void repair_adjacent_subjects(pb_token *t, uint32_t n)
{
    for (uint32_t s1 = 0; s1 + 2 < n; s1++) {
        uint32_t first, last;
        if (t[s1].deprel != PB_REL_NSUBJ || t[s1].head < 1 ||
            (t[s1].upos != PB_UPOS_PROPN && t[s1].upos != PB_UPOS_ADJ))
            continue;
        subtree_span(t, n, s1, &first, &last);
        if (first != s1 || last != s1)
            continue;
        uint32_t v = (uint32_t)t[s1].head - 1, s2 = s1 + 1, f2, l2;
        while (s2 < v && t[s2].head != (int16_t)(v + 1))
            s2++;
        if (s2 >= v || t[s2].deprel != PB_REL_NSUBJ ||
            (t[s2].upos != PB_UPOS_NOUN && t[s2].upos != PB_UPOS_PROPN))
            continue;
        subtree_span(t, n, s2, &f2, &l2);
        if (f2 != s1 + 1)
            continue;
        if (pb_calendar_word(t[s1].form)) {
            /* "said Monday the United States hopes": the day dates the
             * report that the clause is the complement of */
            uint32_t h = t[v].deprel == PB_REL_CCOMP && t[v].head >= 1
                             ? (uint32_t)t[v].head - 1
                             : v;
            hang(t, s1, h, PB_REL_OBL_UNMARKED);
        } else {
            hang(t, s1, s2,
                 t[s1].upos == PB_UPOS_ADJ ? PB_REL_AMOD : PB_REL_COMPOUND);
        }
    }
}

/* "to restore complete, full diplomatic ties with Gondor": the parser
 * takes the first of two adjectives a comma lists before a noun for the
 * verb's complement and leaves the noun to hang elsewhere. An adjective
 * that is a verb's object or complement, with no words of its own,
 * followed by a comma and the adjectives of a noun, is that noun's
 * first adjective, and the noun is the verb's object. */
static void repair_adjective_list(pb_token *t, uint32_t n)
{
    for (uint32_t a = 0; a + 3 < n; a++) {
        if (t[a].upos != PB_UPOS_ADJ || t[a].head < 1 ||
            (t[a].deprel != PB_REL_XCOMP && t[a].deprel != PB_REL_OBJ) ||
            t[t[a].head - 1].upos != PB_UPOS_VERB || !t[a + 1].form ||
            strcmp(t[a + 1].form, ",") != 0 || t[a + 2].upos != PB_UPOS_ADJ)
            continue;
        uint32_t first, last, noun = a + 2;
        subtree_span(t, n, a, &first, &last);
        if (first != a || last > a + 1)
            continue; /* (its own comma at most) */
        while (noun < n && t[noun].upos == PB_UPOS_ADJ &&
               t[noun].deprel == PB_REL_AMOD)
            noun++;
        uint32_t v = (uint32_t)t[a].head - 1;
        if (noun >= n || noun == a + 2 ||
            (t[noun].upos != PB_UPOS_NOUN && t[noun].upos != PB_UPOS_PROPN) ||
            under(t, n, v, noun))
            continue;
        int modifies = 1; /* the adjectives between are the noun's */
        for (uint32_t k = a + 2; k < noun; k++)
            modifies &= t[k].head == (int16_t)(noun + 1);
        if (!modifies)
            continue;
        hang(t, noun, v, PB_REL_OBJ);
        hang(t, a, noun, PB_REL_AMOD);
        hang(t, a + 1, a + 2, PB_REL_PUNCT);
    }
}

/* "Tanzanian police arrested Freeman Mbowe, the opposition leader": the
 * parser hangs the apposition on the verb. An apposition of a verb whose
 * phrase follows a comma that closes the verb's object or subject is that
 * nominal's apposition. */
static void repair_appositive_on_verb(pb_token *t, uint32_t n)
{
    for (uint32_t k = 2; k < n; k++) {
        if (t[k].deprel != PB_REL_APPOS || t[k].head < 1 ||
            t[t[k].head - 1].upos != PB_UPOS_VERB)
            continue;
        uint32_t v = (uint32_t)t[k].head - 1, first, last;
        subtree_span(t, n, k, &first, &last);
        uint32_t comma = t[first].form && strcmp(t[first].form, ",") == 0
                             ? first
                             : first - 1; /* the comma, its own or before */
        if (comma < 1 || !t[comma].form || strcmp(t[comma].form, ",") != 0)
            continue;
        for (uint32_t c = 0; c < comma; c++) {
            uint32_t cf, cl;
            if (t[c].head != (int16_t)(v + 1) ||
                (t[c].deprel != PB_REL_OBJ && t[c].deprel != PB_REL_NSUBJ) ||
                !is_nominal(&t[c]))
                continue;
            subtree_span(t, n, c, &cf, &cl);
            if (cl + 1 == comma) {
                hang(t, k, c, PB_REL_APPOS);
                break;
            }
        }
    }
}

/* Words that open an adverbial clause the parser may read as a
 * preposition's phrase. */
static const char *const clause_subordinators[] = {
    "after", "before", "since", "until", "as", "while", "when", "because",
    NULL};

/* "Israeli jets struck targets after Hezbollah fired rockets at Israel":
 * the parser reads "after Hezbollah fired rockets" as a noun phrase, the
 * past tense a modifier of the noun after it and the name a compound of
 * one of them. A subordinator hung as the case of a noun whose modifier is
 * a lower-case past tense standing right after the noun's name (or noun)
 * compound opens a clause: the past tense is its verb, an adverbial
 * clause of the verb above the noun, the name its subject, the noun its
 * object. */
static void repair_clause_read_as_phrase(pb_token *t, uint32_t n)
{
    for (uint32_t c = 1; c + 3 < n; c++) {
        if (!in_words(t[c].form, clause_subordinators) ||
            t[c].deprel != PB_REL_CASE ||
            t[c].head <= (int16_t)(c + 1))
            continue;
        uint32_t noun = (uint32_t)t[c].head - 1, subj = c + 1, v = c + 2;
        /* "after Hezbollah fired rockets": name, verb, noun in a row */
        if (noun != v + 1 || t[noun].head < 1 ||
            t[subj].deprel != PB_REL_COMPOUND ||
            (t[subj].head != (int16_t)(noun + 1) &&
             t[subj].head != (int16_t)(v + 1)) ||
            !is_nominal(&t[subj]) || t[v].deprel != PB_REL_AMOD ||
            t[v].head != (int16_t)(noun + 1) || t[v].upos != PB_UPOS_VERB ||
            !t[v].form || !islower((unsigned char)t[v].form[0]) ||
            (strcmp(t[v].xpos, "VBD") != 0 && strcmp(t[v].xpos, "VBN") != 0))
            continue;
        uint32_t g = (uint32_t)t[noun].head - 1; /* the verb above */
        while (t[g].upos != PB_UPOS_VERB && t[g].head >= 1)
            g = (uint32_t)t[g].head - 1;
        hang(t, v, g, PB_REL_ADVCL);
        hang(t, c, v, PB_REL_MARK);
        hang(t, subj, v, PB_REL_NSUBJ);
        hang(t, noun, v, PB_REL_OBJ);
        memcpy(t[v].xpos, "VBD", 4);
        for (uint32_t k = noun + 1; k < n; k++) /* "… at Israel" */
            if (t[k].head == (int16_t)(noun + 1) &&
                t[k].deprel == PB_REL_NMOD)
                hang(t, k, v, PB_REL_OBL);
    }
}

/* "Police dispersed the rally and detained dozens of protesters": the
 * parser makes the second past-tense verb (or participle) a conjunct of
 * the first verb's object, and may hang the second verb's object on the first (with the
 * object before it as that object's compound). A past tense with no
 * subject, joined by "and" to a noun that is (or modifies) the object of
 * an earlier verb, is that verb's conjunct (not in a title, "the LOST
 * and FOUND page"; a participle only with an
 * object of its own, or when the object after it was taken from it); a
 * noun after it that the earlier verb took for its object is its own. */
static void repair_verb_conjunct_of_object(pb_token *t, uint32_t n)
{
    for (uint32_t k = 2; k + 1 < n; k++) {
        if (t[k].deprel != PB_REL_CONJ || t[k].upos != PB_UPOS_VERB ||
            (strcmp(t[k].xpos, "VBD") != 0 && strcmp(t[k].xpos, "VBN") != 0) ||
            !t[k].form || !islower((unsigned char)t[k].form[0]) ||
            t[k].head < 1 || (uint32_t)t[k].head - 1 >= k ||
            t[k - 1].deprel != PB_REL_CC || t[k - 1].head != (int16_t)(k + 1) ||
            has_subject(t, n, k + 1))
            continue;
        uint32_t h = (uint32_t)t[k].head - 1;
        if (t[h].upos != PB_UPOS_NOUN && t[h].upos != PB_UPOS_PROPN)
            continue;
        if (t[h].deprel == PB_REL_OBJ && t[h].head >= 1 &&
            (uint32_t)t[h].head - 1 < h &&
            t[t[h].head - 1].upos == PB_UPOS_VERB &&
            (t[k].xpos[2] == 'D' || has_child(t, n, k + 1, PB_REL_OBJ))) {
            hang(t, k, (uint32_t)t[h].head - 1, PB_REL_CONJ); /* "… and detained
                                                         protesters" */
            memcpy(t[k].xpos, "VBD", 4);
            continue;
        }
        /* "the rally" hung as a compound on "dozens", the earlier verb's
         * object after the second verb */
        if (t[h].head < 1 || (uint32_t)t[h].head - 1 <= k)
            continue;
        uint32_t g = (uint32_t)t[h].head - 1;
        if (t[g].deprel != PB_REL_OBJ || t[g].head < 1 ||
            (uint32_t)t[g].head - 1 >= h ||
            t[t[g].head - 1].upos != PB_UPOS_VERB)
            continue;
        uint32_t v = (uint32_t)t[g].head - 1;
        hang(t, h, v, PB_REL_OBJ);
        hang(t, k, v, PB_REL_CONJ);
        hang(t, g, k, PB_REL_OBJ);
        memcpy(t[k].xpos, "VBD", 4);
    }
}

/* Nouns of the message a verb of saying is said in ("said in a
 * statement that …"). */
static const char *const message_nouns[] = {
    "statement", "statements", "report", "interview", "letter", "speech",
    "post", "message", "briefing", "communique", "communiqué", "address",
    "tweet", "conference", NULL};

/* "denied on Tuesday that soldiers had executed civilians", "said in a
 * report that Eritrean troops had remained": the parser makes the
 * reported clause a relative clause (or complement) of the day or of
 * the message. A clause that "that" marks and that has a subject of its
 * own, hung on a day or month that is the oblique of a verb, or on a
 * message noun that is the oblique of a verb of saying with no
 * complement, is that verb's complement. "that" read as the relative's
 * object counts as the mark where the clause has an object of its own,
 * or where it hangs on a message said. */
static void repair_clause_on_day(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        if ((t[k].deprel != PB_REL_ACL_RELCL && t[k].deprel != PB_REL_ACL &&
             t[k].deprel != PB_REL_CCOMP) ||
            t[k].head < 1 || !has_subject(t, n, k + 1))
            continue;
        uint32_t day = (uint32_t)t[k].head - 1;
        if (t[day].deprel != PB_REL_OBL || t[day].head < 1)
            continue;
        uint32_t verb = (uint32_t)t[day].head - 1;
        int message = in_words(t[day].form, message_nouns) &&
                      in_words(t[verb].form, saying_forms) &&
                      !has_child(t, n, verb + 1, PB_REL_CCOMP);
        if (!pb_calendar_word(t[day].form) && !message)
            continue;
        /* "that" as the mark, or read as the relative's object where the
         * clause has an object of its own ("said on Sunday that drones
         * had struck three of its positions") */
        int objects = 0;
        for (uint32_t c = 0; c < n; c++)
            objects +=
                t[c].head == (int16_t)(k + 1) && t[c].deprel == PB_REL_OBJ;
        uint32_t that = n;
        for (uint32_t c = day + 1; c < k; c++)
            if (t[c].head == (int16_t)(k + 1) && t[c].form &&
                strcasecmp(t[c].form, "that") == 0 &&
                (t[c].deprel == PB_REL_MARK ||
                 (t[c].deprel == PB_REL_OBJ && (objects >= 2 || message))))
                that = c;
        if (that < n) {
            hang(t, k, verb, PB_REL_CCOMP);
            t[that].deprel = PB_REL_MARK;
        }
    }
}

/* "fired warning shots after North Korean soldiers crossed the
 * border": the parser reads the subordinator as the case of a noun and
 * the past tense after that noun as the noun's participle modifier (or
 * as the complement of the verb above), or the clause as a complement
 * whose subject the subordinator marks.
 * A participle that has an object of its own, hung on such a noun right
 * after it (an adverb between), is the verb of an adverbial clause of
 * the verb above the noun, the noun its subject, the subordinator its
 * mark; so is such a complement's verb. */
static void repair_clause_read_as_participle(pb_token *t, uint32_t n)
{
    for (uint32_t c = 1; c + 3 < n; c++) {
        if (!in_words(t[c].form, clause_subordinators) ||
            t[c].deprel != PB_REL_CASE ||
            t[c].head <= (int16_t)(c + 1))
            continue;
        uint32_t noun = (uint32_t)t[c].head - 1, v = noun + 1;
        if (t[noun].deprel == PB_REL_NSUBJ &&
            t[noun].head > (int16_t)(noun + 1) &&
            t[t[noun].head - 1].deprel == PB_REL_CCOMP &&
            t[t[noun].head - 1].upos == PB_UPOS_VERB) {
            /* "after soldiers crossed the border" read as a complement
             * clause whose subject the subordinator marks */
            v = (uint32_t)t[noun].head - 1;
            hang(t, c, v, PB_REL_MARK);
            t[v].deprel = PB_REL_ADVCL;
            continue;
        }
        if (v < n && t[v].upos == PB_UPOS_ADV)
            v++;
        /* (or "after police shot dead four people" read as a phrase
         * and a complement of the verb above) */
        int xcomp = PB_REL_XCOMP;
        int on_verb = v < n && t[v].deprel == xcomp && t[v].head >= 1 &&
                      (uint32_t)t[v].head - 1 < c &&
                      !has_subject(t, n, v + 1);
        if (v >= n || t[noun].head < 1 || !is_nominal(&t[noun]) ||
            (!on_verb && (t[v].deprel != PB_REL_ACL ||
                          t[v].head != (int16_t)(noun + 1))) ||
            t[v].upos != PB_UPOS_VERB || !t[v].form ||
            !islower((unsigned char)t[v].form[0]) ||
            (strcmp(t[v].xpos, "VBD") != 0 && strcmp(t[v].xpos, "VBN") != 0) ||
            !has_child(t, n, v + 1, PB_REL_OBJ))
            continue;
        uint32_t g = (uint32_t)t[noun].head - 1; /* the verb above */
        while (t[g].upos != PB_UPOS_VERB && t[g].head >= 1)
            g = (uint32_t)t[g].head - 1;
        if (t[g].upos != PB_UPOS_VERB || g > c)
            continue;
        hang(t, v, g, PB_REL_ADVCL);
        hang(t, c, v, PB_REL_MARK);
        hang(t, noun, v, PB_REL_NSUBJ);
        if (v > noun + 1)
            hang(t, noun + 1, v, PB_REL_ADVMOD);
        memcpy(t[v].xpos, "VBD", 4);
    }
}

/* "shot down 24 of 29 Russian drones launched overnight": the parser
 * makes the noun after a verb with a subject but no object the subject
 * of a past form it hangs as that verb's conjunct, with no "and" or comma
 * between. The noun is the verb's object and the past form its
 * participle modifier. */
static void repair_object_read_as_subject(pb_token *t, uint32_t n)
{
    for (uint32_t v = 2; v < n; v++) {
        if (t[v].deprel != PB_REL_CONJ || t[v].head < 1 ||
            (strcmp(t[v].xpos, "VBN") != 0 && strcmp(t[v].xpos, "VBD") != 0) ||
            has_child(t, n, v + 1, PB_REL_CC) ||
            has_child(t, n, v + 1, PB_REL_AUX) ||
            has_child(t, n, v + 1, PB_REL_AUX_PASS) ||
            has_child(t, n, v + 1, PB_REL_OBJ))
            continue;
        uint32_t h = (uint32_t)t[v].head - 1, s = n;
        for (uint32_t k = 0; k < v; k++)
            if (t[k].head == (int16_t)(v + 1) && t[k].deprel == PB_REL_NSUBJ)
                s = k;
        if (s == n || h >= s || t[h].upos != PB_UPOS_VERB ||
            !has_subject(t, n, h + 1) ||
            has_child(t, n, h + 1, PB_REL_OBJ) || !is_nominal(&t[s]) ||
            t[s].upos == PB_UPOS_PRON)
            continue;
        uint32_t first, last;
        subtree_span(t, n, s, &first, &last);
        int gap = last + 1 != v;
        for (uint32_t k = h + 1; k < first && !gap; k++)
            gap = t[k].upos == PB_UPOS_PUNCT || t[k].head != (int16_t)(h + 1);
        if (gap)
            continue;
        hang(t, s, h, PB_REL_OBJ);
        hang(t, v, s, PB_REL_ACL);
        memcpy(t[v].xpos, "VBN", 4);
    }
}

/* "Xi met visiting Brazilian President Lula": "visiting" read as an
 * adjective the verb controls, with the visitor as its subject, modifies
 * the visitor, who takes its place (as the object where it was the
 * verb's complement). */
static void repair_visiting_modifier(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k + 1 < n; k++) {
        if (t[k].upos != PB_UPOS_ADJ || !t[k].form ||
            strcasecmp(t[k].form, "visiting") != 0 || t[k].head < 1 ||
            t[k].deprel == PB_REL_AMOD)
            continue;
        for (uint32_t s = k + 1; s < n; s++) {
            if (t[s].head != (int16_t)(k + 1) || t[s].deprel != PB_REL_NSUBJ ||
                !is_nominal(&t[s]))
                continue;
            uint32_t h = (uint32_t)t[k].head - 1;
            int rel = t[k].deprel == PB_REL_XCOMP &&
                              !has_child(t, n, h + 1, PB_REL_OBJ)
                          ? PB_REL_OBJ
                          : t[k].deprel;
            hang(t, s, h, rel);
            hang(t, k, s, PB_REL_AMOD);
            break;
        }
    }
}

/* "French President Emmanuel Macron and German Chancellor Friedrich Merz
 * criticized …": a conjunct hung on a later word of a name (a flat
 * dependent, which takes none in UD) belongs to the name's head, so the
 * pair shares the verb. */
static void repair_conjunct_of_name_part(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        if (t[k].deprel != PB_REL_CONJ || t[k].head < 1 || !t[k].form ||
            !isupper((unsigned char)t[k].form[0]) || t[k].upos == PB_UPOS_NUM)
            continue; /* "Parts I and II": numbers may join a name's */
        uint32_t top = (uint32_t)t[k].head - 1;
        for (int d = 0; t[top].deprel == PB_REL_FLAT && t[top].head >= 1 &&
                        (uint32_t)d < n;
             d++)
            top = (uint32_t)t[top].head - 1;
        if (top != (uint32_t)t[k].head - 1 && top < k &&
            t[top].upos == PB_UPOS_PROPN)
            hang(t, k, top, PB_REL_CONJ);
    }
}

/* Is token t a word of a titled name ("Indian", "Prime", "Minister",
 * "Narendra", "Modi", "leader")? */
static int titled_name_word(const pb_token *t)
{
    return (strcmp(t->xpos, "JJ") == 0 || strcmp(t->xpos, "NNP") == 0 ||
            strcmp(t->xpos, "NNPS") == 0 || strcmp(t->xpos, "NN") == 0) &&
           !time_noun(t); /* "… and Bulgarian President Tosh today" */
}

/* "Indian Prime Minister Narendra Modi and Japanese Prime Minister
 * Shigeru Ishiba signed a defence pact": two titled names joined by
 * "and" that open the sentence right before its finite verb are its
 * subject pair, however the parser split them (it often makes the second
 * title a conjunct of the first name and the second name the subject).
 * Each name's last word heads its words; the second is the first's
 * conjunct. */
static void repair_titled_subject_pair(pb_token *t, uint32_t n)
{
    uint32_t a = 0;
    while (a < n && titled_name_word(&t[a]))
        a++;
    if (a < 2 || a + 3 >= n || !t[a].form || strcasecmp(t[a].form, "and") != 0)
        return;
    uint32_t v = a + 1;
    while (v < n && titled_name_word(&t[v]))
        v++;
    if (v >= n || v < a + 3 ||
        !(strcmp(t[v].xpos, "VBD") == 0 || strcmp(t[v].xpos, "VBZ") == 0 ||
          strcmp(t[v].xpos, "VBP") == 0))
        return;
    int names[2] = {0, 0}, root_in = 0;
    for (uint32_t k = 0; k < v; k++) {
        names[k > a] |= strcmp(t[k].xpos, "NNP") == 0;
        root_in |= t[k].head == 0;
    }
    uint32_t vh = t[v].head >= 1 ? (uint32_t)t[v].head - 1 : n;
    if (!names[0] || !names[1] || (vh < v && !root_in) ||
        strcmp(t[a - 1].xpos, "NNP") != 0 || strcmp(t[v - 1].xpos, "NNP") != 0)
        return; /* each name ends the phrase it heads */
    uint32_t ha = a - 1, hb = v - 1;
    for (uint32_t k = 0; k < v; k++)
        if (k != a && k != ha && k != hb)
            hang(t, k, k < a ? ha : hb,
                 strcmp(t[k].xpos, "JJ") == 0 ? PB_REL_AMOD : PB_REL_COMPOUND);
    if (root_in) {
        t[v].head = 0;
        t[v].deprel = PB_REL_ROOT;
    }
    hang(t, ha, v, PB_REL_NSUBJ);
    hang(t, a, hb, PB_REL_CC);
    hang(t, hb, ha, PB_REL_CONJ);
}

/* "Soldiers seized power in Gabon and placed President Ali Bongo under
 * house arrest": a conjoined verb whose first verb has a subject, read
 * with a subject after it and no object, has that noun for its object
 * (English puts the subject after its verb only in quotes' "said X"). */
static void repair_object_of_conjunct(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k + 1 < n; k++) {
        if (t[k].deprel != PB_REL_CONJ || t[k].upos != PB_UPOS_VERB ||
            t[k].head < 1 || (uint32_t)t[k].head - 1 >= k ||
            strcmp(t[k].xpos, "VBN") == 0 ||
            in_words(t[k].form, saying_forms) ||
            !has_subject(t, n, (uint32_t)t[k].head) ||
            has_child(t, n, k + 1, PB_REL_OBJ) ||
            has_child(t, n, k + 1, PB_REL_EXPL) ||
            (t[k].lemma && strcmp(t[k].lemma, "be") == 0))
            continue; /* "and there was no way": "way" is the subject */
        for (uint32_t s = k + 1; s < n; s++)
            if (t[s].head == (int16_t)(k + 1) && t[s].deprel == PB_REL_NSUBJ &&
                is_nominal(&t[s])) {
                hang(t, s, k, PB_REL_OBJ);
                break;
            }
    }
}

/* "Australia expelled an Iranian ambassador after accusing Tehran of
 * directing attacks": a gerund clause opened by a subordinator, hung on
 * the object as its modifier, is a clause of the verb the object
 * depends on, whose subject does the accusing. */
static void repair_marked_gerund(pb_token *t, uint32_t n)
{
    static const char *const openers[] = {"after", "before", "while",
                                          "since", "without", "despite",
                                          "upon", NULL};
    for (uint32_t k = 1; k < n; k++) {
        if (t[k].deprel != PB_REL_ACL || strcmp(t[k].xpos, "VBG") != 0 ||
            t[k].head < 1 || !t[k - 1].form ||
            t[k - 1].head != (int16_t)(k + 1) ||
            t[k - 1].deprel != PB_REL_MARK || !in_words(t[k - 1].form, openers))
            continue;
        uint32_t h = (uint32_t)t[k].head - 1;
        if (t[h].head < 1 || t[t[h].head - 1].upos != PB_UPOS_VERB)
            continue;
        hang(t, k, (uint32_t)t[h].head - 1, PB_REL_ADVCL);
    }
}

/* "Ukraine fired artillery at Russian positions": a root participle
 * with an active subject and an object, and no auxiliary, is the past
 * tense (the tagger, seeing a name before it, took the participle). */
static void repair_participle_root_tense(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        if (t[k].head != 0 || strcmp(t[k].xpos, "VBN") != 0 ||
            !has_child(t, n, k + 1, PB_REL_NSUBJ) ||
            !has_child(t, n, k + 1, PB_REL_OBJ) ||
            has_child(t, n, k + 1, PB_REL_AUX) ||
            has_child(t, n, k + 1, PB_REL_AUX_PASS))
            continue;
        memcpy(t[k].xpos, "VBD", 4);
    }
}

/* "Hours after the meeting, Iran's supreme leader rejected …": a time
 * noun opening the sentence, read as a first subject of a verb that has
 * another after the comma, says when. */
static void repair_time_opening_subject(pb_token *t, uint32_t n)
{
    if (n < 4 || t[0].deprel != PB_REL_NSUBJ || t[0].head < 1 ||
        !time_noun(&t[0]))
        return;
    uint32_t v = (uint32_t)t[0].head - 1, comma = n;
    for (uint32_t k = 1; k < v && comma == n; k++)
        if (is_comma(&t[k]))
            comma = k;
    for (uint32_t k = comma + 1; comma < n && k < v; k++)
        if (t[k].head == (int16_t)(v + 1) && t[k].deprel == PB_REL_NSUBJ) {
            hang(t, 0, v, PB_REL_OBL_TMOD);
            return;
        }
}

/* "Turkey launched what it called counter-terror operations in Iraq",
 * "Israel carried out what it described as precision strikes on
 * Hezbollah targets": the thing named is the verb's object, and the
 * phrases after it (where, at whom) are the verb's; the naming clause
 * modifies it. */
static void repair_what_it_called(pb_token *t, uint32_t n)
{
    static const char *const naming[] = {"called", "termed", "dubbed",
                                         "labelled", "labeled", "branded",
                                         "described", NULL};
    for (uint32_t w = 1; w + 3 < n; w++) {
        if (!in_words(t[w].form, (const char *const[]){"what", NULL}))
            continue;
        uint32_t c = w + 2; /* "what it called" */
        if (!in_words(t[c].form, naming) || t[w + 1].upos != PB_UPOS_PRON)
            continue;
        /* the verb governing the naming clause: "what" its object with
         * the clause on it, or the clause its complement */
        uint32_t v;
        if (t[c].head == (int16_t)(w + 1) && t[w].head >= 1 &&
            t[w].deprel == PB_REL_OBJ)
            v = (uint32_t)t[w].head - 1;
        else if (t[w].head == (int16_t)(c + 1) && t[c].head >= 1)
            v = (uint32_t)t[c].head - 1;
        else
            continue;
        if (v >= w || t[v].upos != PB_UPOS_VERB)
            continue;
        /* the thing named: the naming verb's object or "as" phrase */
        uint32_t named = n;
        for (uint32_t k = c + 1; k < n && named == n; k++)
            if (t[k].head == (int16_t)(c + 1) && is_nominal(&t[k]) &&
                (t[k].deprel == PB_REL_OBJ || t[k].deprel == PB_REL_OBL))
                named = k;
        if (named == n)
            continue;
        for (uint32_t k = named + 1; k < n; k++)
            if (t[k].head == (int16_t)(c + 1) && t[k].deprel == PB_REL_OBL)
                hang(t, k, v, PB_REL_OBL);
        hang(t, named, v, PB_REL_OBJ);
        hang(t, c, named, PB_REL_ACL_RELCL);
        hang(t, w, c, PB_REL_OBJ);
    }
}

/* "launched a mediation effort on Saturday between the Emirates and
 * Saudi Arabia": a "between" phrase of no times hung on a day belongs
 * to what the day is on. */
static void repair_between_on_day(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k + 1 < n; k++) {
        if (!in_words(t[k].form, (const char *const[]){"between", NULL}) ||
            t[k].deprel != PB_REL_CASE || t[k].head < 1)
            continue;
        uint32_t noun = (uint32_t)t[k].head - 1, day;
        if (noun <= k || time_noun(&t[noun]) || t[noun].head < 1 ||
            !time_noun(&t[day = (uint32_t)t[noun].head - 1]) ||
            t[day].head < 1)
            continue;
        hang(t, noun, (uint32_t)t[day].head - 1, t[noun].deprel);
    }
}

/* "Israel is opposed to French mediation", "Vietnam is committed to
 * opening up": a stative passive with "to" and no agent says what its
 * subject does (opposes, commits to), not what is done to it. */
static void repair_stative_passive(pb_token *t, uint32_t n)
{
    static const char *const statives[] = {"opposed", "committed", NULL};
    for (uint32_t k = 1; k + 1 < n; k++) {
        if (!in_words(t[k].form, statives) ||
            !in_words(t[k + 1].form, (const char *const[]){"to", NULL}) ||
            !has_child(t, n, k + 1, PB_REL_AUX_PASS) ||
            has_child(t, n, k + 1, PB_REL_OBL_AGENT))
            continue;
        int by = 0;
        for (uint32_t q = k + 1; q < n && !by; q++)
            by = t[q].head == (int16_t)(k + 1) && t[q].deprel == PB_REL_OBL &&
                 q > 0 && in_words(t[q - 1].form,
                                   (const char *const[]){"by", NULL});
        if (by)
            continue;
        for (uint32_t q = 0; q < n; q++) {
            if (t[q].head != (int16_t)(k + 1))
                continue;
            if (t[q].deprel == PB_REL_NSUBJ_PASS)
                t[q].deprel = PB_REL_NSUBJ;
            else if (t[q].deprel == PB_REL_AUX_PASS)
                t[q].deprel = PB_REL_AUX;
        }
        /* what is opposed is the object, as of "opposes" */
        for (uint32_t q = k + 2; q < n; q++)
            if (t[q].head == (int16_t)(k + 1) && t[q].deprel == PB_REL_OBL &&
                is_nominal(&t[q]) && t[k + 1].head == (int16_t)(q + 1)) {
                t[q].deprel = PB_REL_OBJ;
                break;
            }
    }
}

/* "Chile ordered two diplomats from Russia to leave", "urged the
 * government to release": a subjectless "to" clause hung on the object of
 * a verb that asks or makes its object act is that verb's complement. */
static void repair_object_control(pb_token *t, uint32_t n)
{
    static const char *const controls[] = {
        "order",     "orders",    "ordered",   "ordering",  "urge",
        "urges",     "urged",     "urging",    "ask",       "asks",
        "asked",     "asking",    "tell",      "tells",     "told",
        "telling",   "force",     "forces",    "forced",    "forcing",
        "allow",     "allows",    "allowed",   "allowing",  "permit",
        "permits",   "permitted", "encourage", "encourages", "encouraged",
        "encouraging", "instruct", "instructed", "compel",  "compelled",
        "invite",    "invited",   "persuade",  "persuaded", "pressure",
        "pressured", "pressed",   "pushed",    "oblige",    "obliged",
        NULL};
    for (uint32_t a = 2; a < n; a++) {
        if (t[a].deprel != PB_REL_ACL || t[a].upos != PB_UPOS_VERB ||
            t[a].head < 1 || has_subject(t, n, a + 1) ||
            !in_words(t[a - 1].form, (const char *const[]){"to", NULL}) ||
            t[a - 1].head != (int16_t)(a + 1) || t[a - 1].deprel != PB_REL_MARK)
            continue;
        uint32_t o = (uint32_t)t[a].head - 1;
        if (t[o].deprel != PB_REL_OBJ || t[o].head < 1 || !is_nominal(&t[o]))
            continue;
        uint32_t v = (uint32_t)t[o].head - 1;
        if (t[v].upos != PB_UPOS_VERB || !in_words(t[v].form, controls))
            continue;
        hang(t, a, v, PB_REL_XCOMP);
    }
}

/* "Lt. Gen. Prosper Avril resigned": a title read as a first subject
 * right before the name that is the verb's second is the name's title. */
static void repair_title_as_first_subject(pb_token *t, uint32_t n)
{
    for (uint32_t a = 0; a + 1 < n; a++) {
        if (t[a].deprel != PB_REL_NSUBJ || t[a].head < 1 ||
            t[a].upos != PB_UPOS_PROPN)
            continue;
        uint32_t b = a + 1; /* past the title's own flat words */
        while (b < n && t[b].head == (int16_t)(a + 1) &&
               t[b].deprel == PB_REL_FLAT)
            b++;
        if (b >= n || b == a + 1 || t[b].deprel != PB_REL_NSUBJ ||
            t[b].head != t[a].head || t[b].upos != PB_UPOS_PROPN)
            continue;
        hang(t, a, b, PB_REL_NMOD_DESC);
    }
}

/* "Eriador's death and injury toll has risen", "Old foe Gondor and
 * Osgiliath renewed ties": the parser hangs the first words of a subject
 * on the verb as a subject of their own. A common noun subject whose
 * words end right before a second subject of the same verb (a noun or
 * name, no day), with no "and" at the seam and only the words of a
 * noun's premodifiers, modifies that subject as a compound. */
/* Are tokens first..last words that may stand before a noun in its
 * phrase (determiners, adjectives, nouns, names, numbers, "and", a
 * possessive), no preposition, verb or punctuation? */
static int premodifier_words(const pb_token *t, uint32_t first, uint32_t last)
{
    for (uint32_t k = first; k <= last; k++) {
        int u = t[k].upos;
        if (u != PB_UPOS_DET && u != PB_UPOS_ADJ && u != PB_UPOS_NOUN &&
            u != PB_UPOS_PROPN && u != PB_UPOS_NUM && u != PB_UPOS_CCONJ &&
            !(u == PB_UPOS_PART && strcmp(t[k].xpos, "POS") == 0))
            return 0;
    }
    return 1;
}

static void repair_double_subject(pb_token *t, uint32_t n)
{
    for (uint32_t a = 0; a + 1 < n; a++) {
        if (t[a].deprel != PB_REL_NSUBJ || t[a].head < 1 ||
            t[a].upos != PB_UPOS_NOUN)
            continue;
        uint32_t a_first, a_last, b_first, b_last, b = n;
        subtree_span(t, n, a, &a_first, &a_last);
        for (uint32_t k = a_last + 1; k < n && b == n; k++)
            if (t[k].deprel == PB_REL_NSUBJ && t[k].head == t[a].head)
                b = k;
        if (b == n || (t[b].upos != PB_UPOS_NOUN &&
                       t[b].upos != PB_UPOS_PROPN) ||
            pb_calendar_word(t[b].form))
            continue;
        subtree_span(t, n, b, &b_first, &b_last);
        if (b_first != a_last + 1 || t[a_last].upos == PB_UPOS_CCONJ ||
            !premodifier_words(t, a_first, a_last))
            continue;
        hang(t, a, b, PB_REL_COMPOUND);
    }
}

/* "before meeting Chinese President Xi Jinping": the parser reads the
 * demonym as the gerund's complement and the name after it as its
 * subject. A gerund's subject never follows it: a name hung on a gerund
 * as its subject after it, the gerund having no object, is its object,
 * and an adjective complement of the gerund right before the name's
 * phrase modifies the name. */
static void repair_gerund_subject_after(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        if (t[k].deprel != PB_REL_NSUBJ || t[k].head < 1 ||
            (uint32_t)t[k].head - 1 >= k || t[k].upos != PB_UPOS_PROPN)
            continue;
        uint32_t v = (uint32_t)t[k].head - 1;
        uint32_t first, last;
        subtree_span(t, n, k, &first, &last);
        if (strcmp(t[v].xpos, "VBG") != 0 ||
            has_child(t, n, v + 1, PB_REL_OBJ) || first <= v)
            continue;
        hang(t, k, v, PB_REL_OBJ);
        for (uint32_t j = v + 1; j < first; j++)
            if (t[j].head == (int16_t)(v + 1) && t[j].deprel == PB_REL_XCOMP &&
                t[j].upos == PB_UPOS_ADJ && j + 1 == first)
                hang(t, j, k, PB_REL_AMOD);
    }
}

/* Has verb v (0-based) a subject before it? */
static int subject_before(const pb_token *t, uint32_t n, uint32_t v)
{
    for (uint32_t k = 0; k < v && k < n; k++)
        if (t[k].head == (int16_t)(v + 1) &&
            (t[k].deprel == PB_REL_NSUBJ || t[k].deprel == PB_REL_NSUBJ_PASS))
            return 1;
    return 0;
}

/* "While visiting Beijing, French President Emmanuel Macron met …": the
 * parser hangs the main clause's subject on the opening clause, past its
 * comma. An opening adverbial clause's subject that follows the comma
 * closing it is the subject of the root verb after it, which has none
 * before it. */
static void repair_subject_in_opening_clause(pb_token *t, uint32_t n)
{
    uint32_t root = n;
    for (uint32_t k = 0; k < n; k++)
        if (t[k].head == 0)
            root = k;
    if (root == n || t[root].upos != PB_UPOS_VERB ||
        subject_before(t, n, root))
        return;
    for (uint32_t v = 0; v < root; v++) {
        if (t[v].deprel != PB_REL_ADVCL || t[v].head != (int16_t)(root + 1))
            continue;
        for (uint32_t k = v + 1; k < root; k++) {
            if (t[k].head != (int16_t)(v + 1) || t[k].deprel != PB_REL_NSUBJ)
                continue;
            int comma = 0;
            for (uint32_t c = v + 1; c < k; c++)
                comma |= is_comma(&t[c]);
            if (comma)
                hang(t, k, root, PB_REL_NSUBJ);
        }
    }
}

/* "received Italian President Sergio Mattarella": the parser reads the
 * demonym after the verb as its complement and the name after it as the
 * demonym's subject, as the verb's unmarked oblique or as a second
 * subject after the verb ("met Chinese President Xi"). An adjective
 * complement right after a verb, with a name after it so hung, modifies
 * that name, which is the verb's object (the verb having none). */
static void repair_demonym_complement(pb_token *t, uint32_t n)
{
    for (uint32_t a = 1; a + 1 < n; a++) {
        if (t[a].upos != PB_UPOS_ADJ || t[a].deprel != PB_REL_XCOMP ||
            t[a].head != (int16_t)a || t[a - 1].upos != PB_UPOS_VERB ||
            has_child(t, n, a, PB_REL_OBJ))
            continue;
        for (uint32_t k = a + 1; k < n; k++)
            if (t[k].upos == PB_UPOS_PROPN &&
                ((t[k].head == (int16_t)(a + 1) &&
                  t[k].deprel == PB_REL_NSUBJ) ||
                 (t[k].head == (int16_t)a && t[k].deprel == PB_REL_OBL &&
                  !has_child(t, n, k + 1, PB_REL_CASE)) ||
                 (t[k].head == (int16_t)a && t[k].deprel == PB_REL_NSUBJ &&
                  subject_before(t, n, a - 1)))) {
                hang(t, k, a - 1, PB_REL_OBJ);
                hang(t, a, k, PB_REL_AMOD);
                break;
            }
    }
}

/* "The Pakistani army, backed by air strikes, attacked Taliban
 * hideouts": a participle phrase between commas after the subject, whose
 * noun the parser made the root and the main verb a clause of the
 * phrase. A root noun with no copula, followed by a comma and a
 * participle hung on it, whose phrase holds a finite verb right after its
 * closing comma (an adverb aside), gives that verb the root and becomes
 * its subject; the participle stays the noun's. */
static void repair_comma_participle(pb_token *t, uint32_t n)
{
    for (uint32_t nn = 0; nn + 4 < n; nn++) {
        uint32_t p = nn + 2;
        if (t[nn].head != 0 || !is_nominal(&t[nn]) ||
            t[nn].upos == PB_UPOS_PRON || has_child(t, n, nn + 1, PB_REL_COP) ||
            !is_comma(&t[nn + 1]) || t[p].head != (int16_t)(nn + 1) ||
            !(t[p].deprel == PB_REL_ACL || t[p].deprel == PB_REL_AMOD) ||
            strcmp(t[p].xpos, "VBN") != 0)
            continue;
        uint32_t c = p + 1;
        while (c < n && !is_comma(&t[c]))
            c++;
        uint32_t v2 = c + 1;
        while (v2 + 1 < n && t[v2].upos == PB_UPOS_ADV)
            v2++;
        if (v2 >= n || t[v2].upos != PB_UPOS_VERB ||
            !(pb_finite_xpos(t[v2].xpos) || strcmp(t[v2].xpos, "VBN") == 0) ||
            has_child(t, n, v2 + 1, PB_REL_NSUBJ) || !under(t, n, v2, p))
            continue;
        for (uint32_t k = c; k < n; k++)
            if (k != v2 && t[k].head == (int16_t)(nn + 1))
                t[k].head = (int16_t)(v2 + 1);
        if (strcmp(t[v2].xpos, "VBN") == 0)
            memcpy(t[v2].xpos, "VBD", 4);
        t[v2].head = 0;
        t[v2].deprel = PB_REL_ROOT;
        hang(t, nn, v2, PB_REL_NSUBJ);
        if (t[c].head != (int16_t)(p + 1))
            hang(t, c, p, PB_REL_PUNCT);
        return;
    }
}

/* "The UN condemned the attack, which Israel carried out in Gaza": an
 * object relative clause after a comma that the parser hung on the main
 * verb as a conjunct or parataxis. A verb so hung whose first word is
 * "which", "who" or "whom" (not its subject) right after a comma that
 * closes a noun of the main clause is that noun's relative clause. */
static void repair_trailing_object_relative(pb_token *t, uint32_t n)
{
    static const char *const relatives[] = {"which", "who", "whom", NULL};
    for (uint32_t w = 2; w + 2 < n; w++) {
        uint32_t noun = w - 2;
        if (!in_words(t[w].form, relatives) || !is_comma(&t[w - 1]) ||
            t[w].deprel == PB_REL_NSUBJ || t[w].head < 1 ||
            (t[noun].upos != PB_UPOS_NOUN && t[noun].upos != PB_UPOS_PROPN))
            continue;
        uint32_t x = (uint32_t)t[w].head - 1;
        if (x <= w || t[x].upos != PB_UPOS_VERB || t[x].head < 1 ||
            !(t[x].deprel == PB_REL_CONJ || t[x].deprel == PB_REL_PARATAXIS) ||
            !has_child(t, n, x + 1, PB_REL_NSUBJ))
            continue;
        uint32_t v = (uint32_t)t[x].head - 1;
        if (v >= noun || !under(t, n, noun, v))
            continue;
        hang(t, x, noun, PB_REL_ACL_RELCL);
        if (t[w].deprel != PB_REL_OBJ)
            hang(t, w, x, PB_REL_OBJ);
    }
}

/* "The blast, which police blamed on separatists, killed ten soldiers",
 * "The rebels, who seized Goma last year, attacked Congolese troops": a
 * relative clause between commas that the parser made the sentence's
 * verb (or hung the main verb, perhaps after an adverb, on as a
 * conjunct, parataxis or unmarked adverbial clause) is the
 * noun's relative clause, and the verb after the second comma the
 * sentence's, with the noun its subject. */
static void repair_comma_relative(pb_token *t, uint32_t n)
{
    static const char *const relatives[] = {"which", "who", NULL};
    for (uint32_t nn = 0; nn + 4 < n; nn++) {
        if (!is_nominal(&t[nn]) || t[nn].upos == PB_UPOS_PRON ||
            !is_comma(&t[nn + 1]) || !in_words(t[nn + 2].form, relatives))
            continue;
        uint32_t w = nn + 2, c = w + 1;
        while (c < n && !is_comma(&t[c]))
            c++;
        if (c + 1 >= n)
            continue;
        uint32_t v2 = c + 1;
        while (v2 + 1 < n && t[v2].upos == PB_UPOS_ADV)
            v2++; /* "…, also struck" */
        /* (a past participle with no auxiliary is the past tense the
         * tagger took for one after the comma) */
        int participle = strcmp(t[v2].xpos, "VBN") == 0 &&
                         !has_child(t, n, v2 + 1, PB_REL_AUX) &&
                         !has_child(t, n, v2 + 1, PB_REL_AUX_PASS);
        if (t[v2].upos != PB_UPOS_VERB ||
            !(pb_finite_xpos(t[v2].xpos) || participle) ||
            !(t[v2].deprel == PB_REL_CONJ || t[v2].deprel == PB_REL_PARATAXIS ||
              (t[v2].deprel == PB_REL_ADVCL &&
               !has_child(t, n, v2 + 1, PB_REL_MARK))) ||
            t[v2].head < 1)
            continue;
        uint32_t v1 = (uint32_t)t[v2].head - 1;
        if (v1 <= w || v1 >= c || t[v1].upos != PB_UPOS_VERB)
            continue;
        /* the old top of the two: the relative's verb or the noun */
        uint32_t top;
        if (t[v1].head == 0 && (t[nn].head == (int16_t)(v1 + 1)))
            top = v1;
        else if (t[nn].head == 0 && t[v1].head == (int16_t)(nn + 1))
            top = nn;
        else
            continue;
        for (uint32_t k = c; k < n; k++)
            if (k != v2 && t[k].head == (int16_t)(top + 1))
                t[k].head = (int16_t)(v2 + 1);
        t[v2].head = 0;
        t[v2].deprel = PB_REL_ROOT;
        if (participle)
            memcpy(t[v2].xpos, "VBD", 4);
        hang(t, nn, v2, PB_REL_NSUBJ);
        hang(t, v1, nn, PB_REL_ACL_RELCL);
        /* the relative pronoun is the clause's subject, else its object
         * ("which police blamed") */
        if (t[w].head != (int16_t)(v1 + 1) ||
            (t[w].deprel != PB_REL_NSUBJ && t[w].deprel != PB_REL_OBJ))
            hang(t, w, v1,
                 has_subject(t, n, v1 + 1) ? PB_REL_OBJ : PB_REL_NSUBJ);
    }
}

/* Does the clause headed by h speak of the present or future in a way
 * no past-tense verb can share: a present-tense verb ("stands"), a
 * predicate with a present copula ("is fair") or a modal ("will fail")?
 * Perfect and passive auxiliaries are left out, since they govern the
 * participles after "and" too ("has infected 200 and killed three"). */
static int present_clause(const pb_token *t, uint32_t h)
{
    static const char *const copulas[] = {"is", "are", "am", "'s", "'re",
                                          NULL};
    static const char *const modals[] = {"will", "can", "may", "must",
                                         "shall", NULL};
    if (strcmp(t[h].xpos, "VBZ") == 0 || strcmp(t[h].xpos, "VBP") == 0)
        return 1;
    for (uint32_t k = 0; k < h; k++)
        if (t[k].head == (int16_t)(h + 1) &&
            ((t[k].deprel == PB_REL_COP && in_words(t[k].form, copulas)) ||
             (t[k].deprel == PB_REL_AUX && in_words(t[k].form, modals))))
            return 1;
    return 0;
}

/* "Merkel said the deal is fair and urged Russia to accept it": the
 * parser joins the second past-tense verb to the reported clause, where
 * a verb in the past cannot coordinate with one in the present. A
 * past-tense verb without a subject of its own, joined as conj to the
 * head of a present or future complement of an earlier past-tense verb,
 * is that earlier verb's conjunct ("said …, and warned …"). */
static void repair_conjunct_of_report(pb_token *t, uint32_t n)
{
    for (uint32_t k = 2; k < n; k++) {
        if (t[k].deprel != PB_REL_CONJ || t[k].head < 1 ||
            has_subject(t, n, k + 1))
            continue;
        /* a participle with an object and no auxiliary is the past
         * tense misread ("will fail and accused the United States") */
        int past = strcmp(t[k].xpos, "VBD") == 0 ||
                   (strcmp(t[k].xpos, "VBN") == 0 &&
                    has_child(t, n, k + 1, PB_REL_OBJ) &&
                    !has_child(t, n, k + 1, PB_REL_AUX) &&
                    !has_child(t, n, k + 1, PB_REL_AUX_PASS));
        uint32_t h = (uint32_t)t[k].head - 1;
        if (!past || h >= k || t[h].deprel != PB_REL_CCOMP || t[h].head < 1 ||
            strcmp(t[h].xpos, "VBN") == 0)
            continue;
        uint32_t say = (uint32_t)t[h].head - 1;
        if (say < h && strcmp(t[say].xpos, "VBD") == 0 &&
            present_clause(t, h)) {
            t[k].head = (int16_t)(say + 1);
            memcpy(t[k].xpos, "VBD", 4);
        }
    }
}

/* "killed four members of the Kurdistan Workers' Party": the parser
 * hangs the preposition and determiner on the possessor before a plural
 * possessive ("Workers'") and the possessed name on the noun as an
 * apposition. A preposition can only open the whole phrase: a possessor
 * with a preposition of its own gives it, and its determiner, to the
 * noun it possesses, which becomes a modifier of the noun before. */
static void repair_preposition_in_possessor(pb_token *t, uint32_t n)
{
    for (uint32_t p = 1; p + 1 < n; p++) {
        if (t[p].deprel != PB_REL_NMOD_POSS || t[p].head < 1 ||
            (uint32_t)t[p].head - 1 <= p)
            continue;
        uint32_t h = (uint32_t)t[p].head - 1, prep = n;
        for (uint32_t k = 0; k < p; k++)
            if (t[k].head == (int16_t)(p + 1) && t[k].deprel == PB_REL_CASE &&
                t[k].upos == PB_UPOS_ADP)
                prep = k;
        if (prep == n || t[h].deprel != PB_REL_APPOS || t[h].head < 1 ||
            (uint32_t)t[h].head - 1 >= prep)
            continue;
        for (uint32_t k = prep; k < p; k++)
            if (t[k].head == (int16_t)(p + 1) &&
                (t[k].deprel == PB_REL_CASE || t[k].deprel == PB_REL_DET))
                t[k].head = (int16_t)(h + 1);
        t[h].deprel = PB_REL_NMOD;
    }
}

/* "King Abdullah received U.S. Secretary of State Antony Blinken": the
 * preposition inside the title leads the parser to hang the name on the
 * verb as an oblique. A name hung as obl with no preposition of its own,
 * right after a verb that has no object, and naming no time, is its
 * object. */
static void repair_caseless_oblique(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        if (t[k].deprel != PB_REL_OBL || t[k].upos != PB_UPOS_PROPN ||
            t[k].head < 1 || time_noun(&t[k]))
            continue;
        uint32_t v = (uint32_t)t[k].head - 1;
        if (v >= k || t[v].upos != PB_UPOS_VERB ||
            has_child(t, n, v + 1, PB_REL_OBJ) ||
            has_child(t, n, k + 1, PB_REL_CASE))
            continue;
        uint32_t first, last;
        subtree_span(t, n, k, &first, &last);
        if (first != v + 1)
            continue; /* right after the verb */
        t[k].deprel = PB_REL_OBJ;
    }
}

/* "Pagers used by Hezbollah members exploded across Lebanon": with a
 * noun as the root, the parser hangs the main verb on the agent of the
 * participle that modifies it, as if the agent exploded. A root noun
 * with a participle that has a "by" agent, and a past verb hung on that
 * agent as acl with no subject, right after it: the verb is the root,
 * the noun its subject, and the noun's dependents after the verb its. */
static void repair_verb_after_agent(pb_token *t, uint32_t n)
{
    for (uint32_t root = 0; root < n; root++) {
        if (t[root].head != 0 || t[root].upos != PB_UPOS_NOUN)
            continue;
        for (uint32_t v = root + 1; v < n; v++) {
            if (t[v].deprel != PB_REL_ACL || t[v].head < 1 ||
                (strcmp(t[v].xpos, "VBD") != 0 &&
                 strcmp(t[v].xpos, "VBN") != 0) ||
                has_subject(t, n, v + 1))
                continue;
            uint32_t a = (uint32_t)t[v].head - 1;
            if (a + 1 != v || t[a].deprel != PB_REL_OBL_AGENT || t[a].head < 1)
                continue;
            uint32_t p = (uint32_t)t[a].head - 1;
            if (t[p].deprel != PB_REL_ACL || t[p].head != (int16_t)(root + 1))
                continue;
            hand_root(t, n, root, v, v + 1);
            for (uint32_t k = v + 1; k < n; k++)
                if (t[k].head == (int16_t)(p + 1) &&
                    t[k].deprel != PB_REL_OBJ && t[k].upos == PB_UPOS_VERB)
                    t[k].head = (int16_t)(v + 1); /* ", killing nine" */
            hang(t, root, v, PB_REL_NSUBJ);
            memcpy(t[v].xpos, "VBD", 4);
            return;
        }
    }
}

/* "… to demand the prime minister's resignation as troops fired on
 * demonstrators": the parser reads "as troops" as a phrase of the noun
 * before and hangs the past verb after it on that noun as a modifier (or
 * on the main verb as a conjunct: "recalled its ambassador after Israeli
 * settlers stormed a mosque", or as a subjectless clause: "protested to
 * Mexico after Obrador called …"). A subordinator read as the preposition of
 * a noun phrase that such a past verb (or participle with no auxiliary)
 * follows at once opens a clause: the phrase is the verb's subject, the
 * subordinator its mark, and the verb a clause of the nearest verb
 * above. */
static void repair_clause_read_as_modifier(pb_token *t, uint32_t n)
{
    for (uint32_t c = 1; c + 2 < n; c++) {
        uint32_t w;
        long phrase = subordinator_phrase(t, n, c, &w);
        uint32_t np = (uint32_t)phrase;
        if (phrase < 0 || w >= n || !is_nominal(&t[np]) ||
            (t[w].deprel != PB_REL_ACL && t[w].deprel != PB_REL_CONJ &&
             t[w].deprel != PB_REL_ADVCL) ||
            (strcmp(t[w].xpos, "VBD") != 0 && strcmp(t[w].xpos, "VBN") != 0) ||
            t[w].head < 1 || (uint32_t)t[w].head - 1 >= c ||
            has_subject(t, n, w + 1) || has_child(t, n, w + 1, PB_REL_AUX) ||
            has_child(t, n, w + 1, PB_REL_AUX_PASS))
            continue;
        uint32_t g = verb_at_or_above(t, (uint32_t)t[w].head - 1);
        if (t[g].upos != PB_UPOS_VERB || g >= c)
            continue;
        hang(t, w, g, PB_REL_ADVCL);
        hang(t, np, w, PB_REL_NSUBJ);
        hang(t, c, w, PB_REL_MARK);
        memcpy(t[w].xpos, "VBD", 4); /* the participle misread */
    }
}

/* "Two soldiers and a mercenary from Belarus stand accused of …": the
 * parser may hang a finite verb as punctuation and make the subject
 * noun the root. A finite verb with the relation punct, after a root
 * noun, is the root, the noun its subject. */
static void repair_verb_as_punct(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        int dependents = 0; /* (a verb with none may be a noun
                                 misread: "nice car wash") */
        for (uint32_t i = 0; i < n; i++)
            dependents += t[i].head == (int16_t)(k + 1);
        if (t[k].deprel != PB_REL_PUNCT || t[k].upos != PB_UPOS_VERB ||
            !pb_finite_xpos(t[k].xpos) || dependents == 0)
            continue;
        uint32_t root = n;
        for (uint32_t i = 0; i < k; i++)
            if (t[i].head == 0)
                root = i;
        if (root == n || !is_nominal(&t[root]))
            return;
        hand_root(t, n, root, k, k + 1);
        hang(t, root, k, PB_REL_NSUBJ);
        return;
    }
}

/* "Mali expelled Denmark's envoy on Monday, accusing Copenhagen of
 * meddling": the parser may hang a word on a punctuation mark, which
 * heads nothing. A word hung on punctuation goes to the mark's own head
 * (a verb past a day there to the day's verb); a participle so moved
 * onto a verb is its adverbial clause. */
static void repair_head_on_punctuation(pb_token *t, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (t[k].head < 1)
            continue;
        uint32_t p = (uint32_t)t[k].head - 1;
        for (int d = 0; d < 4 && t[p].upos == PB_UPOS_PUNCT && t[p].head >= 1;
             d++)
            p = (uint32_t)t[p].head - 1;
        if (t[p].upos == PB_UPOS_PUNCT || p + 1 == (uint32_t)t[k].head)
            continue;
        /* (a noun hung there as a subject or object would become one of
         * the verb: "have been impeached: Andrew Johnson and …") */
        const char *rel = pb_deprel_name(t[k].deprel);
        if (t[k].upos != PB_UPOS_VERB &&
            (strncmp(rel, "nsubj", 5) == 0 || strcmp(rel, "obj") == 0 ||
             strcmp(rel, "iobj") == 0))
            continue;
        /* (past a day: "on Monday, accusing …" is the clause's) */
        if (t[k].upos == PB_UPOS_VERB && time_noun(&t[p]) && t[p].head >= 1 &&
            t[t[p].head - 1].upos == PB_UPOS_VERB)
            p = (uint32_t)t[p].head - 1;
        t[k].head = (int16_t)(p + 1);
        if (t[k].deprel == PB_REL_ACL && t[k].upos == PB_UPOS_VERB &&
            t[p].upos == PB_UPOS_VERB)
            t[k].deprel = PB_REL_ADVCL;
    }
}

/* "Uganda arrested a Kenyan trader, a step Nairobi condemned as
 * hostile", "Israel demolished two homes, a move the Palestinian
 * Authority denounced": a closing noun that names the act just told, set
 * off by a comma, with a relative clause of its own. The parser hangs
 * the noun on the object before it and reads the clause's subject as
 * the noun's object or its verb as the subject's modifier. Such a noun
 * (", a move", ", a step", ", a decision" …, perhaps with adjectives)
 * after the main verb's clause hangs on that verb as an apposition; the
 * noun phrase after it (or after "that"/"which") is the subject of the
 * first past or present verb after it, which is the noun's relative
 * clause, the relative pronoun its object. */
/* "Police detained the mayor, a move opposition leaders denounced": the
 * parser may make the summary's verb the root and the main verb a
 * participle of its subject ("police detained" as "police [who]
 * detained"). When the root follows the summary noun at k and a past or
 * present verb hung as acl on a noun stands before k's comma, that verb
 * becomes the root, the noun its subject, and what it told before the
 * comma its own; *root is set to it. Returns whether it did. */
static int summary_verb_as_root(pb_token *t, uint32_t n, uint32_t k,
                                uint32_t *root)
{
    uint32_t comma = k;
    while (comma > 0 && !is_comma(&t[comma]))
        comma--;
    if (comma == 0 || *root < k)
        return 0;
    for (uint32_t m = 1; m < comma; m++) {
        /* (a participle with its own object: "police detained the
         * mayor" read as "police [who were] detained") */
        if (t[m].upos != PB_UPOS_VERB || t[m].deprel != PB_REL_ACL ||
            t[m].head <= 0 || (uint32_t)t[m].head - 1 >= m ||
            !(pb_finite_xpos(t[m].xpos) ||
              (strcmp(t[m].xpos, "VBN") == 0 &&
               has_child(t, n, m + 1, PB_REL_OBJ))))
            continue;
        uint32_t s = (uint32_t)t[m].head - 1;
        if (t[s].head != (int16_t)(*root + 1) || t[s].deprel != PB_REL_NSUBJ)
            return 0;
        t[m].head = 0;
        t[m].deprel = PB_REL_ROOT;
        if (strcmp(t[m].xpos, "VBN") == 0)
            memcpy(t[m].xpos, "VBD", 4);
        hang(t, s, m, PB_REL_NSUBJ);
        for (uint32_t i = 0; i <= comma; i++)
            if (i != m && t[i].head == (int16_t)(*root + 1))
                t[i].head = (int16_t)(m + 1);
        hang(t, *root, k, PB_REL_ACL_RELCL); /* set again below */
        *root = m;
        return 1;
    }
    return 0;
}

static void repair_summary_noun(pb_token *t, uint32_t n)
{
    static const char *const summaries[] = {
        "move", "step", "decision", "action", "measure", "gesture", NULL};
    static const char *const relatives[] = {"that", "which", NULL};
    static const char *const articles[] = {"a", "an", NULL};
    uint32_t root = n;
    for (uint32_t i = 0; i < n; i++)
        if (t[i].head == 0)
            root = i;
    if (root == n || t[root].upos != PB_UPOS_VERB)
        return;
    for (uint32_t k = 3; k + 2 < n; k++) {
        if (t[k].upos != PB_UPOS_NOUN || !in_words(t[k].form, summaries))
            continue;
        if (k > root && k < root + 3)
            continue;
        if (k < root && !summary_verb_as_root(t, n, k, &root))
            continue;
        uint32_t a = k - 1;
        while (a > root && t[a].upos == PB_UPOS_ADJ)
            a--;
        if (a <= root + 1 || !in_words(t[a].form, articles) ||
            !is_comma(&t[a - 1]))
            continue;
        uint32_t first = k + 1, pronoun = n;
        if (in_words(t[first].form, relatives)) {
            pronoun = first;
            first++;
        }
        uint32_t v = first, subject = n;
        while (v < n && (t[v].upos == PB_UPOS_DET ||
                         t[v].upos == PB_UPOS_ADJ ||
                         t[v].upos == PB_UPOS_NOUN ||
                         t[v].upos == PB_UPOS_PROPN ||
                         (t[v].upos == PB_UPOS_PART && v > first))) {
            if (t[v].upos == PB_UPOS_NOUN || t[v].upos == PB_UPOS_PROPN)
                subject = v;
            v++;
        }
        if (subject == n || v >= n || t[v].upos != PB_UPOS_VERB ||
            !(pb_finite_xpos(t[v].xpos) || strcmp(t[v].xpos, "VBN") == 0) ||
            has_child(t, n, v + 1, PB_REL_AUX_PASS))
            continue;
        /* the subject ends before "'s" ("Kenya's foreign ministry") */
        hang(t, k, root, PB_REL_APPOS);
        for (uint32_t i = a; i < k; i++) /* ", a [new] move" */
            hang(t, i, k, t[i].upos == PB_UPOS_DET ? PB_REL_DET : PB_REL_AMOD);
        hang(t, v, k, PB_REL_ACL_RELCL);
        for (uint32_t i = first; i < v; i++)
            if (i != subject && (t[i].head < (int16_t)(first + 1) ||
                                 t[i].head > (int16_t)v))
                hang(t, i, subject,
                     t[i].upos == PB_UPOS_DET   ? PB_REL_DET
                     : t[i].upos == PB_UPOS_ADJ ? PB_REL_AMOD
                                                : PB_REL_COMPOUND);
        hang(t, subject, v, PB_REL_NSUBJ);
        if (pronoun < n)
            hang(t, pronoun, v, PB_REL_OBJ);
        if (strcmp(t[v].xpos, "VBN") == 0 &&
            !has_child(t, n, v + 1, PB_REL_AUX))
            memcpy(t[v].xpos, "VBD", 4);
        return;
    }
}

/* "Turkey detained 12 suspected Islamic State members in raids, police
 * said": the parser may hang the object of a reported verb on the
 * reporting verb as a second complement clause. A noun phrase with no
 * subject, copula or verb of its own hung as ccomp, right after a verb
 * with no object that is a complement of the same head, is that verb's
 * object. */
static void repair_object_read_as_complement(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        if (t[k].deprel != PB_REL_CCOMP ||
            (t[k].upos != PB_UPOS_NOUN && t[k].upos != PB_UPOS_PROPN) ||
            t[k].head < 1 || has_subject(t, n, k + 1) ||
            has_child(t, n, k + 1, PB_REL_COP))
            continue;
        uint32_t first, last;
        subtree_span(t, n, k, &first, &last);
        if (first == 0)
            continue;
        uint32_t v = first - 1;
        if (t[v].upos != PB_UPOS_VERB || t[v].head != t[k].head ||
            t[v].deprel != PB_REL_CCOMP || has_child(t, n, v + 1, PB_REL_OBJ) ||
            has_child(t, n, v + 1, PB_REL_CCOMP) ||
            !pb_finite_xpos(t[v].xpos))
            continue;
        hang(t, k, v, PB_REL_OBJ);
    }
}

/* "Kenyan police destroyed government buildings": the parser may hang
 * the first noun of a compound on the verb before it. A noun hung as a
 * compound on a verb, right before another noun, modifies that noun. */
static void repair_compound_on_verb(pb_token *t, uint32_t n)
{
    for (uint32_t k = 1; k + 1 < n; k++) {
        if (t[k].deprel != PB_REL_COMPOUND || t[k].head < 1 ||
            (t[k].upos != PB_UPOS_NOUN && t[k].upos != PB_UPOS_PROPN) ||
            (t[k + 1].upos != PB_UPOS_NOUN && t[k + 1].upos != PB_UPOS_PROPN))
            continue;
        uint32_t v = (uint32_t)t[k].head - 1;
        if (v < k && t[v].upos == PB_UPOS_VERB)
            t[k].head = (int16_t)(k + 2);
    }
}

/* "recalled its envoy after Turkish President Recep Tayyip Erdogan
 * called Israel a terror state": the parser reads "after … Recep" as a
 * phrase of the noun before and the rest of the name as the subject of
 * the clause. A subordinator read as the preposition of a name whose
 * phrase is followed at once by the rest of the name, the subject of a
 * verb after it, opens that clause: the whole name is the verb's
 * subject (its last part flat on its first), the subordinator its mark. */
static void repair_split_name_subject(pb_token *t, uint32_t n)
{
    for (uint32_t c = 1; c + 3 < n; c++) {
        uint32_t w;
        long phrase = subordinator_phrase(t, n, c, &w);
        uint32_t np = (uint32_t)phrase;
        if (phrase < 0 || w >= n || t[np].upos != PB_UPOS_PROPN ||
            t[w].upos != PB_UPOS_PROPN)
            continue;
        /* the rest of the name: proper nouns up to its head, the
         * subject of the verb right after */
        uint32_t e = w;
        while (e + 1 < n && t[e + 1].upos == PB_UPOS_PROPN)
            e++;
        uint32_t v = e + 1;
        if (v >= n || t[v].upos != PB_UPOS_VERB ||
            t[e].head != (int16_t)(v + 1) || t[e].deprel != PB_REL_NSUBJ ||
            t[v].head < 1 ||
            (uint32_t)t[v].head - 1 >= c)
            continue;
        for (uint32_t k = w; k < e; k++)
            if (t[k].head < (int16_t)(w + 1) || t[k].head > (int16_t)(e + 1))
                hang(t, k, e, PB_REL_COMPOUND);
        hang(t, e, np, PB_REL_FLAT);
        hang(t, np, v, PB_REL_NSUBJ);
        hang(t, c, v, PB_REL_MARK);
    }
}

/* "Heavy rains triggered landslides across Vietnam, killing nine
 * people, officials said": the parser may hang the participle after the
 * report on the closing verb of saying, as if the officials killed. A
 * participle with no subject, after a comma, hung as an adverbial
 * clause on a verb of saying (before or after it, then only a toll:
 * "…, Amnesty said, killing 12 people"), belongs to the report (the
 * saying verb's complement clause before both). */
static void repair_participle_of_report(pb_token *t, uint32_t n)
{
    static const char *const tolls[] = {
        "killing", "wounding", "injuring", "leaving", "destroying",
        "damaging", "displacing", "forcing", NULL};
    for (uint32_t k = 1; k < n; k++) {
        if ((t[k].deprel != PB_REL_ADVCL && t[k].deprel != PB_REL_CCOMP) ||
            strcmp(t[k].xpos, "VBG") != 0 || !is_comma(&t[k - 1]) ||
            t[k].head < 1 || has_subject(t, n, k + 1))
            continue;
        uint32_t say = (uint32_t)t[k].head - 1;
        if (!in_words(t[say].form, saying_forms))
            continue;
        if (say < k && t[say].deprel == PB_REL_PARATAXIS && t[say].head >= 1) {
            /* "…, Amnesty said, killing 12": an attribution set in the
             * report as parataxis; a toll only (the speaker's own
             * "demanding that …", "urging …" stay its) */
            if (in_words(t[k].form, tolls))
                hang(t, k, (uint32_t)t[say].head - 1, PB_REL_ADVCL);
            continue;
        }
        if (t[k].deprel != PB_REL_ADVCL || say < k)
            continue; /* (after the attribution: the speaker's, "…,
                         investigators said, urging …") */
        /* (also after the attribution: "…, Amnesty said, killing 12") */
        uint32_t report = n;
        for (uint32_t c = 0; c < k && c < say; c++)
            if (t[c].head == (int16_t)(say + 1) &&
                t[c].deprel == PB_REL_CCOMP && t[c].upos == PB_UPOS_VERB)
                report = c;
        if (report < n)
            hang(t, k, report, PB_REL_ADVCL);
    }
}

/* "Kenyan jets struck militant hideouts on Saturday, two days after
 * al-Shabaab fighters stormed a police post": the parser may read the
 * first verb as a modifier of its subject and make the verb of the
 * "after" clause the root, with both subjects its own. A root past verb
 * with two subjects, the later one opened by a subordinator, and a past
 * form hung on the earlier one as a modifier before it: that past form
 * is the root, the earlier subject its own, and the root the clause of
 * time it opens. */
static void repair_main_verb_before_time_clause(pb_token *t, uint32_t n)
{
    uint32_t root = n;
    for (uint32_t i = 0; i < n; i++)
        if (t[i].head == 0)
            root = i;
    if (root == n || t[root].upos != PB_UPOS_VERB ||
        strcmp(t[root].xpos, "VBD") != 0)
        return;
    uint32_t later = n, earlier = n, sub = n;
    for (uint32_t k = 0; k < root; k++) {
        if (t[k].head != (int16_t)(root + 1) || t[k].deprel != PB_REL_NSUBJ)
            continue;
        for (uint32_t c = 0; c < k; c++)
            if (t[c].head == (int16_t)(k + 1) &&
                (t[c].deprel == PB_REL_CASE || t[c].deprel == PB_REL_MARK) &&
                in_words(t[c].form, subordinators))
                sub = c, later = k;
        if (later != k)
            earlier = k;
    }
    if (later == n || earlier == n || earlier > sub)
        return;
    uint32_t v = n;
    for (uint32_t k = earlier + 1; k < sub && v == n; k++)
        if (t[k].head == (int16_t)(earlier + 1) && t[k].deprel == PB_REL_ACL &&
            (strcmp(t[k].xpos, "VBD") == 0 || strcmp(t[k].xpos, "VBN") == 0) &&
            !has_child(t, n, k + 1, PB_REL_AUX) &&
            !has_child(t, n, k + 1, PB_REL_AUX_PASS))
            v = k;
    if (v == n)
        return;
    t[v].head = 0;
    t[v].deprel = PB_REL_ROOT;
    memcpy(t[v].xpos, "VBD", 4);
    hang(t, earlier, v, PB_REL_NSUBJ);
    hang(t, root, v, PB_REL_ADVCL);
    hang(t, sub, root, PB_REL_MARK);
    for (uint32_t k = v + 1; k < sub; k++)
        if (t[k].head == (int16_t)(root + 1) && t[k].deprel == PB_REL_PUNCT)
            hang(t, k, v, PB_REL_PUNCT);
    for (uint32_t k = root + 1; k < n; k++) /* the closing stop */
        if (t[k].head == (int16_t)(root + 1) && t[k].deprel == PB_REL_PUNCT &&
            k + 1 == n)
            hang(t, k, v, PB_REL_PUNCT);
}

/* "days after Belgrade hosted Bosnian Serb leader Milorad Dodik": the
 * tagger reads the past verb as a participle modifying the noun after
 * it, and the parser the whole clause as one noun phrase that
 * "after" opens. A subordinator hung as the case of a noun, with a
 * participle or past form hung on that noun as a modifier right after a
 * name or noun: the clause's verb, that name its subject, the noun its
 * object, and the subordinator its mark; the clause hangs on the
 * nearest verb above. */
static void repair_clause_read_as_noun_phrase(pb_token *t, uint32_t n)
{
    for (uint32_t c = 1; c + 3 < n; c++) {
        if (t[c].deprel != PB_REL_CASE || t[c].head <= (int16_t)(c + 1) ||
            !in_words(t[c].form, subordinators))
            continue;
        uint32_t np = (uint32_t)t[c].head - 1, w = n;
        for (uint32_t k = c + 2; k < np && w == n; k++)
            if (t[k].head == (int16_t)(np + 1) && t[k].deprel == PB_REL_AMOD &&
                (strcmp(t[k].xpos, "VBN") == 0 ||
                 strcmp(t[k].xpos, "VBD") == 0) &&
                (t[k - 1].upos == PB_UPOS_PROPN ||
                 t[k - 1].upos == PB_UPOS_NOUN))
                w = k;
        if (w == n || !is_nominal(&t[np]))
            continue;
        int phrase = 1; /* the subject: determiners, adjectives, names */
        for (uint32_t k = c + 1; k < w; k++)
            phrase &= t[k].upos == PB_UPOS_PROPN || t[k].upos == PB_UPOS_NOUN ||
                      t[k].upos == PB_UPOS_DET || t[k].upos == PB_UPOS_ADJ;
        if (!phrase || t[np].head < 1)
            continue;
        uint32_t g = verb_at_or_above(t, (uint32_t)t[np].head - 1);
        if (t[g].upos != PB_UPOS_VERB || g >= c)
            continue;
        uint32_t subject = w - 1;
        for (uint32_t k = c + 1; k < subject; k++)
            if (t[k].head == (int16_t)(np + 1) ||
                t[k].head == (int16_t)(w + 1))
                hang(t, k, subject,
                     t[k].upos == PB_UPOS_DET   ? PB_REL_DET
                     : t[k].upos == PB_UPOS_ADJ ? PB_REL_AMOD
                                                : PB_REL_COMPOUND);
        hang(t, w, g, PB_REL_ADVCL);
        hang(t, subject, w, PB_REL_NSUBJ);
        hang(t, np, w, PB_REL_OBJ);
        hang(t, c, w, PB_REL_MARK);
        memcpy(t[w].xpos, "VBD", 4);
    }
}

/* "China protested to Japan, with its foreign ministry urging Tokyo to
 * halt …": the parser may hang an adverbial clause with a subject of its
 * own on a noun. Such a clause opened by "with" after a comma belongs to
 * the verb the noun depends on. */
static void repair_with_clause_on_noun(pb_token *t, uint32_t n)
{
    static const char *const with[] = {"with", NULL};
    for (uint32_t k = 2; k < n; k++) {
        if (t[k].deprel != PB_REL_ADVCL || t[k].upos != PB_UPOS_VERB ||
            t[k].head < 1 || !has_subject(t, n, k + 1))
            continue;
        uint32_t h = (uint32_t)t[k].head - 1, m = n;
        for (uint32_t c = h + 1; c < k; c++)
            if (t[c].head == (int16_t)(k + 1) && t[c].deprel == PB_REL_MARK &&
                in_words(t[c].form, with))
                m = c;
        if (m == n || !is_comma(&t[m - 1]) || !is_nominal(&t[h]) ||
            t[h].head < 1)
            continue;
        uint32_t g = verb_at_or_above(t, (uint32_t)t[h].head - 1);
        if (t[g].upos == PB_UPOS_VERB && g < k)
            t[k].head = (int16_t)(g + 1);
    }
}

/* "Uganda's parliament passed a law that imposes the death penalty …,
 * drawing condemnation from the United States": the parser hangs a
 * closing participle of reaction on the relative clause before it, as
 * if the law's imposing drew the condemnation. Such a participle ("drawing",
 * "prompting", "sparking" …) after a comma, hung on a relative clause,
 * reacts to the act of the verb the clause's noun depends on. */
static void repair_reaction_on_relative(pb_token *t, uint32_t n)
{
    static const char *const reactions[] = {
        "drawing", "prompting", "sparking", "triggering", "provoking",
        "angering", "earning", NULL};
    for (uint32_t k = 2; k < n; k++) {
        if (t[k].deprel != PB_REL_ADVCL || !in_words(t[k].form, reactions) ||
            !is_comma(&t[k - 1]) || t[k].head < 1)
            continue;
        uint32_t r = (uint32_t)t[k].head - 1;
        if (t[r].deprel != PB_REL_ACL_RELCL || t[r].head < 1)
            continue;
        uint32_t g = verb_at_or_above(t, (uint32_t)t[r].head - 1);
        if (t[g].upos == PB_UPOS_VERB && g < r)
            t[k].head = (int16_t)(g + 1);
    }
}

/* "Nicaragua ordered two Spanish charities to leave the country,
 * accusing them of …": the parser hangs the closing participle on the
 * complement verb, as if the charities accused. A participle of
 * accusing or blaming after a comma, hung on a complement verb whose own
 * verb has an object (the one ordered or urged), is the clause of that
 * verb. */
static void repair_participle_on_complement(pb_token *t, uint32_t n)
{
    /* (the orderer's charge; "ordered troops to storm the town, killing
     * dozens" is the troops' toll) */
    static const char *const speaking[] = {"accusing", "blaming",
                                           "charging", NULL};
    for (uint32_t k = 2; k < n; k++) {
        if (t[k].deprel != PB_REL_ADVCL || !in_words(t[k].form, speaking) ||
            !is_comma(&t[k - 1]) || t[k].head < 1 ||
            has_subject(t, n, k + 1))
            continue;
        uint32_t x = (uint32_t)t[k].head - 1;
        if (t[x].deprel != PB_REL_XCOMP || t[x].head < 1)
            continue;
        uint32_t g = (uint32_t)t[x].head - 1;
        if (g < x && t[g].upos == PB_UPOS_VERB &&
            has_child(t, n, g + 1, PB_REL_OBJ))
            t[k].head = (int16_t)(g + 1);
    }
}

/* "Egyptian and Saudi naval forces began a joint exercise": the parser
 * may hang the first of two joined demonyms on the verb as an adverb.
 * An adjective opening the sentence, hung on the verb as advmod, before
 * "and" and an adjective that modifies the verb's subject, is the first
 * of the two: it modifies the subject, the second its conjunct. */
static void repair_split_demonym_pair(pb_token *t, uint32_t n)
{
    if (n < 5 || t[0].deprel != PB_REL_ADVMOD || t[0].upos != PB_UPOS_ADJ ||
        t[0].head < 1 || !t[1].form || strcasecmp(t[1].form, "and") != 0 ||
        t[2].upos != PB_UPOS_ADJ || t[2].deprel != PB_REL_AMOD || t[2].head < 1)
        return;
    uint32_t noun = (uint32_t)t[2].head - 1, v = (uint32_t)t[0].head - 1;
    if (t[noun].deprel != PB_REL_NSUBJ || t[noun].head != (int16_t)(v + 1))
        return;
    hang(t, 0, noun, PB_REL_AMOD);
    hang(t, 2, 0, PB_REL_CONJ);
    hang(t, 1, 2, PB_REL_CC);
}

/* "Polish farmers drove tractors into Warsaw to protest against
 * climate rules": the parser hangs a "to" clause of protest or demand on
 * the object, as if the tractors protested. Such a clause on a verb's
 * object is the verb's purpose (its subject's). */
static void repair_protest_purpose_on_object(pb_token *t, uint32_t n)
{
    static const char *const protesting[] = {
        "protest", "demonstrate", "demand", "denounce", "condemn", "press",
        "call", "mark", "voice", NULL};
    static const char *const to[] = {"to", NULL};
    for (uint32_t k = 2; k < n; k++) {
        if (t[k].deprel != PB_REL_ACL || t[k].upos != PB_UPOS_VERB ||
            t[k].head < 1 || !in_words(t[k].form, protesting) ||
            !in_words(t[k - 1].form, to) || t[k - 1].deprel != PB_REL_MARK)
            continue;
        uint32_t o = (uint32_t)t[k].head - 1;
        if (t[o].deprel == PB_REL_OBJ && t[o].head >= 1 &&
            t[o].upos == PB_UPOS_NOUN)
            hang(t, k, (uint32_t)t[o].head - 1, PB_REL_ADVCL);
    }
}

/* "called on the EU to seize frozen Russian assets", "freed detained
 * activists": the parser reads a past participle right after a verb as
 * that verb's complement, taking the noun after it as its object. A
 * past participle hung as xcomp on the verb just before it, whose only
 * dependent is an object after it, while the verb has none, modifies
 * that noun, the verb's object. */
static void repair_participle_read_as_complement(pb_token *t, uint32_t n)
{
    for (uint32_t v = 1; v + 1 < n; v++) {
        if (t[v].deprel != PB_REL_XCOMP || t[v].head != (int16_t)v ||
            strcmp(t[v].xpos, "VBN") != 0 || t[v - 1].upos != PB_UPOS_VERB ||
            has_child(t, n, v, PB_REL_OBJ))
            continue;
        uint32_t obj = n, others = 0;
        for (uint32_t k = 0; k < n; k++) {
            if (t[k].head != (int16_t)(v + 1))
                continue;
            if (k > v && t[k].deprel == PB_REL_OBJ && obj == n)
                obj = k;
            else
                others++;
        }
        if (obj == n || others)
            continue;
        hang(t, obj, v - 1, PB_REL_OBJ);
        hang(t, v, obj, PB_REL_AMOD);
    }
}

/* "troops had remained in parts of Tigray in breach of a peace deal
 * and had detained hundreds of men": the parser joins the second verb
 * to the last noun before it. A verb with an auxiliary of its own and no
 * subject, joined to a noun before it, or a past tense with no subject
 * joined by "and" to the day right before it, is the conjunct of the
 * nearest verb above that noun. */
static void repair_auxiliary_conjunct_of_noun(pb_token *t, uint32_t n)
{
    for (uint32_t k = 2; k < n; k++) {
        if (t[k].deprel != PB_REL_CONJ || t[k].upos != PB_UPOS_VERB ||
            t[k].head < 1 || (uint32_t)t[k].head - 1 >= k ||
            has_subject(t, n, k + 1))
            continue;
        uint32_t h = (uint32_t)t[k].head - 1;
        if (t[h].upos != PB_UPOS_NOUN && t[h].upos != PB_UPOS_PROPN)
            continue;
        /* (or a past tense joined to a day: "raided the offices on
         * Friday and detained seven of its staff") */
        int day = (strcmp(t[k].xpos, "VBD") == 0 ||
                   strcmp(t[k].xpos, "VBN") == 0) &&
                  pb_calendar_word(t[h].form) && k == h + 2;
        if (!day && !has_child(t, n, k + 1, PB_REL_AUX) &&
            !has_child(t, n, k + 1, PB_REL_AUX_PASS))
            continue;
        uint32_t v = verb_at_or_above(t, h);
        if (v != h && v < h && t[v].upos == PB_UPOS_VERB)
            hang(t, k, v, PB_REL_CONJ);
    }
}

/* The root when it is a verb, else n. */
static uint32_t root_verb(const pb_token *t, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++)
        if (t[k].deprel == PB_REL_ROOT)
            return t[k].upos == PB_UPOS_VERB ? k : n;
    return n;
}

/* "… demanding that the government withdraw the tax, hours after police
 * shot dead four people": the parser joins the span of time to the last
 * noun and hangs the clause after it there. A span of time after a
 * comma, followed by "after" or "before" marking a clause, dates the
 * main verb: the clause is an adverbial clause of the root verb, the
 * span of time measures it. */
static void repair_time_span_clause(pb_token *t, uint32_t n)
{
    static const char *const spans[] = {"hours", "days", "weeks", "months",
                                        "minutes", "years", NULL};
    static const char *const relative[] = {"after", "before", NULL};
    uint32_t root = root_verb(t, n);
    if (root == n)
        return;
    for (uint32_t k = 1; k + 2 < n; k++) {
        uint32_t c = k - 1; /* the comma, before "two" or "a few" */
        while (c > 0 && k - c <= 2 && t[c].head == (int16_t)(k + 1) &&
               (t[c].upos == PB_UPOS_NUM || t[c].upos == PB_UPOS_DET ||
                t[c].upos == PB_UPOS_ADJ))
            c--;
        if (!is_comma(&t[c]) || !in_words(t[k].form, spans) ||
            !in_words(t[k + 1].form, relative) ||
            t[k + 1].deprel != PB_REL_MARK || t[k + 1].head < 1)
            continue;
        uint32_t v = (uint32_t)t[k + 1].head - 1;
        if (v <= k + 1 || t[v].upos != PB_UPOS_VERB || v == root ||
            under(t, n, root, v))
            continue;
        hang(t, v, root, PB_REL_ADVCL);
        hang(t, k, v, PB_REL_OBL_UNMARKED); /* (not the clause's subject) */
    }
}

/* "…, Togolese President Faure Gnassingbe said", "…, Israel and Lebanon
 * agreed": a titled name (or two joined by "and") between the last
 * comma and verb v that the parser hung on the phrase before the comma
 * (as appos, list, conj or the like). Makes the name, the last proper
 * noun with a head outside the span before any "and", v's subject, the
 * earlier words so hung its title (nmod:desc) or modifiers and a name
 * after "and" its conjunct; 0 when the span is no such name. */
static int titled_subject_after(pb_token *t, uint32_t n, uint32_t comma,
                                uint32_t v)
{
    uint32_t name = n;
    int joined = 0; /* a second name after "and": "Israel and Lebanon" */
    for (uint32_t k = comma + 1; k < v; k++) {
        int and = t[k].upos == PB_UPOS_CCONJ && name < n && !joined;
        if (t[k].upos != PB_UPOS_PROPN && t[k].upos != PB_UPOS_ADJ &&
            t[k].upos != PB_UPOS_NOUN && !and)
            return 0;
        joined |= and;
        if (!joined &&
            (t[k].head < (int16_t)(comma + 2) || t[k].head > (int16_t)v))
            name = t[k].upos == PB_UPOS_PROPN ? k : name;
    }
    if (name == n || name + 1 > v)
        return 0;
    for (uint32_t k = comma + 1; k < v; k++) {
        if (k == name ||
            (t[k].head >= (int16_t)(comma + 2) && t[k].head <= (int16_t)v))
            continue;
        if (k > name && joined && t[k].upos == PB_UPOS_PROPN) {
            hang(t, k, name, PB_REL_CONJ);
            continue;
        }
        if (k > name)
            return 0;
        hang(t, k, name,
             t[k].upos == PB_UPOS_PROPN ? PB_REL_NMOD_DESC : PB_REL_AMOD);
    }
    hang(t, name, v, PB_REL_NSUBJ);
    return 1;
}

/* "Following talks in Baku with Azerbaijani President Ilham Aliyev, Uzbek
 * President Shavkat Mirziyoyev said …": the parser reads the opening
 * "Following" as a participle on the noun after it and that noun as a
 * first subject (or a complement) of the main verb, and may hang the
 * real subject on the phrase before the comma. An opening "Following",
 * "After" or "During" on a noun hung on a verb with a subject after a
 * comma (or a titled name there) is the preposition of an oblique of
 * that verb. */
static void repair_opening_following(pb_token *t, uint32_t n)
{
    static const char *const openers[] = {"following", "after", "during",
                                          NULL};
    if (n < 5 || !in_words(t[0].form, openers) || t[0].head < 2)
        return;
    uint32_t noun = (uint32_t)t[0].head - 1;
    if (t[noun].head < 1 ||
        (t[noun].upos != PB_UPOS_NOUN && t[noun].upos != PB_UPOS_PROPN))
        return;
    uint32_t v = (uint32_t)t[noun].head - 1, other = n;
    if (t[v].upos != PB_UPOS_VERB)
        return;
    for (uint32_t k = noun + 1; k < n && other == n; k++)
        if (t[k].head == (int16_t)(v + 1) && t[k].deprel == PB_REL_NSUBJ)
            other = k;
    uint32_t comma = n;
    for (uint32_t k = noun + 1; k < (other < n ? other : v); k++)
        if (is_comma(&t[k]))
            comma = k;
    if (comma == n)
        return;
    if (other == n && t[noun].deprel == PB_REL_NSUBJ &&
        !titled_subject_after(t, n, comma, v))
        return;
    if (other == n && t[noun].deprel != PB_REL_NSUBJ)
        return;
    hang(t, noun, v, PB_REL_OBL);
    hang(t, 0, noun, PB_REL_CASE);
}

/* "a week after Kyrgyz police detained dozens of Chinese workers": the
 * parser reads the subordinator as the case of the subject, and the
 * past tense after it as an adjective of its object. A past form right
 * after the noun a subordinator marks, hung as an adjective on a noun
 * after it, is the verb of an adverbial clause of the root: the noun its
 * subject, the noun after it its object, and a span of time the noun
 * hung on ("a week") measures the clause. */
static void repair_clause_read_as_adjective(pb_token *t, uint32_t n)
{
    uint32_t root = root_verb(t, n);
    for (uint32_t c = 0; root < n && c + 3 < n; c++) {
        if (!in_words(t[c].form, subordinators) || t[c].deprel != PB_REL_CASE ||
            t[c].head <= (int16_t)(c + 1))
            continue;
        uint32_t noun = (uint32_t)t[c].head - 1, v = noun + 1;
        if (v + 1 >= n || !is_nominal(&t[noun]) || t[v].deprel != PB_REL_AMOD ||
            t[v].upos != PB_UPOS_VERB ||
            (strcmp(t[v].xpos, "VBD") != 0 && strcmp(t[v].xpos, "VBN") != 0) ||
            t[v].head <= (int16_t)(v + 1) || root == v || root == noun)
            continue;
        uint32_t obj = (uint32_t)t[v].head - 1;
        if (!is_nominal(&t[obj]) || obj == root || under(t, n, root, obj))
            continue;
        uint32_t span = t[noun].head >= 1 ? (uint32_t)t[noun].head - 1 : n;
        hang(t, v, root, PB_REL_ADVCL);
        hang(t, c, v, PB_REL_MARK);
        hang(t, noun, v, PB_REL_NSUBJ);
        hang(t, obj, v, PB_REL_OBJ);
        if (span < noun && time_noun(&t[span]))
            hang(t, span, v, PB_REL_OBL_UNMARKED);
        memcpy(t[v].xpos, "VBD", 4);
    }
}

/* "Armenian Prime Minister Nikol Pashinyan, who …, held talks": the
 * parser may make the opening demonym an adverb of the verb and the
 * name its subject. An opening capitalised adjective that has a subject
 * of its own, hung on a verb without one, or that is an adverb of a verb
 * whose subject's phrase follows it, modifies the first noun after it,
 * and its subject is the verb's. */
static void repair_opening_adjective_subject(pb_token *t, uint32_t n)
{
    if (n < 4 || t[0].upos != PB_UPOS_ADJ || !t[0].form ||
        !isupper((unsigned char)t[0].form[0]) || t[0].head < 2)
        return;
    uint32_t v = (uint32_t)t[0].head - 1, subject = n, noun = n;
    if (t[v].upos != PB_UPOS_VERB)
        return;
    for (uint32_t k = 1; k < v; k++) {
        if (t[k].head == 1 && t[k].deprel == PB_REL_NSUBJ && subject == n)
            subject = k;
        if ((t[k].upos == PB_UPOS_NOUN || t[k].upos == PB_UPOS_PROPN) &&
            noun == n)
            noun = k;
    }
    if (noun == n)
        return;
    if (subject == n) {
        /* (or an adverb of a verb whose subject the adjective opens:
         * "Indian Foreign Minister S. Jaishankar met …") */
        for (uint32_t k = noun; k < v && subject == n; k++)
            if (t[k].head == (int16_t)(v + 1) && t[k].deprel == PB_REL_NSUBJ)
                subject = k;
        if (subject == n || t[0].deprel != PB_REL_ADVMOD ||
            (noun != subject && !under(t, n, noun, subject)))
            return;
    } else if (has_subject(t, n, v + 1) || noun > subject) {
        return;
    }
    hang(t, subject, v, PB_REL_NSUBJ);
    hang(t, 0, noun, PB_REL_AMOD);
}

/* "kidnapped a village chief last month", "Trump last week issued", "the
 * outbreak last year": a noun right before "last", "next", "this" or
 * "past" and a noun of time, hung on the time noun as its compound or
 * modifier, heads a phrase of its own. It takes the time noun's place,
 * with the words before it that hung on the time noun ("a", "with"), and
 * the time noun becomes an oblique of the verb (UD's obl:unmarked). Where
 * the time noun held a relation of time itself, the noun is the verb's
 * object when the verb has none. */
static void repair_phrase_before_relative_time(pb_token *t, uint32_t n)
{
    static const char *const relative[] = {"last", "next", "this", "past",
                                           "previous", "coming", NULL};
    static const int time_rels[] = {PB_REL_OBL_UNMARKED, PB_REL_OBL_TMOD,
                                    PB_REL_OBL_NPMOD, PB_REL_NMOD_UNMARKED,
                                    PB_REL_NMOD_TMOD, 0};
    static const int modifier_rels[] = {PB_REL_COMPOUND, PB_REL_AMOD,
                                        PB_REL_APPOS, PB_REL_NMOD, 0};
    for (uint32_t k = 2; k < n; k++) {
        uint32_t x = k - 2;
        if (!time_noun(&t[k]) || !in_words(t[k - 1].form, relative) ||
            t[k - 1].head != (int16_t)(k + 1) ||
            t[x].head != (int16_t)(k + 1) ||
            (t[x].upos != PB_UPOS_NOUN && t[x].upos != PB_UPOS_PROPN) ||
            t[k].head <= 0)
            continue;
        int modifier = 0, of_time = 0;
        for (const int *q = modifier_rels; *q; q++)
            modifier |= t[x].deprel == *q;
        for (const int *q = time_rels; *q; q++)
            of_time |= t[k].deprel == *q;
        uint32_t h = (uint32_t)t[k].head - 1;
        int verb = t[h].upos == PB_UPOS_VERB;
        if (!modifier ||
            (of_time && (!verb || has_child(t, n, h + 1, PB_REL_OBJ))))
            continue;
        if (of_time)
            hang(t, x, h, PB_REL_OBJ);
        else
            hang(t, x, h, t[k].deprel);
        hang(t, k, h, verb ? PB_REL_OBL_UNMARKED : PB_REL_NMOD_UNMARKED);
        for (uint32_t j = 0; j < x; j++)
            if (t[j].head == (int16_t)(k + 1))
                t[j].head = (int16_t)(x + 1);
    }
}

/* "Mali ordered the U.N. office to close its branch, accusing it of …",
 * "Britain triggered a mechanism to restore sanctions, accusing Tehran
 * of …": a participle after a comma, hung on a subjectless "to" clause
 * of the verb's object (the one ordered, or the noun the clause
 * describes), belongs to that verb; the one who accuses is the one who
 * ordered or triggered. */
static void repair_participle_after_controlled_clause(pb_token *t,
                                                      uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        if (t[k].deprel != PB_REL_ADVCL || strcmp(t[k].xpos, "VBG") != 0 ||
            !is_comma(&t[k - 1]) || t[k].head <= 0)
            continue;
        uint32_t i = (uint32_t)t[k].head - 1;
        if (i >= k || t[i].upos != PB_UPOS_VERB || t[i].head <= 0 ||
            has_child(t, n, i + 1, PB_REL_NSUBJ))
            continue;
        int to = 0;
        for (uint32_t j = 0; j < i; j++)
            to |= t[j].head == (int16_t)(i + 1) && t[j].deprel == PB_REL_MARK &&
                  t[j].form && strcasecmp(t[j].form, "to") == 0;
        uint32_t v = (uint32_t)t[i].head - 1;
        int object = 0;
        if (t[i].deprel == PB_REL_ACL) { /* the object's clause */
            object = t[v].deprel == PB_REL_OBJ && t[v].head > 0;
            v = object ? (uint32_t)t[v].head - 1 : v;
        } else if (t[i].deprel == PB_REL_ADVCL || t[i].deprel == PB_REL_XCOMP) {
            for (uint32_t j = v + 1; j < i; j++)
                object |=
                    t[j].head == (int16_t)(v + 1) && t[j].deprel == PB_REL_OBJ;
        }
        if (to && object && t[v].upos == PB_UPOS_VERB && v < i)
            t[k].head = (int16_t)(v + 1);
    }
}

/* "lift embargoes in late February to Iran, Libya, North Korea and
 * Sudan": names listed after a name hung on a time word ("February",
 * "week") belong to that name's list, not to the time word's. */
static void repair_list_after_time_word(pb_token *t, uint32_t n)
{
    for (uint32_t z = 2; z + 2 < n; z++) {
        if (t[z].upos != PB_UPOS_PROPN || t[z].deprel != PB_REL_NMOD ||
            t[z].head <= 0 || (uint32_t)t[z].head - 1 >= z)
            continue;
        uint32_t h = (uint32_t)t[z].head - 1;
        if (!time_noun(&t[h]) && !pb_calendar_word(t[h].form))
            continue;
        for (uint32_t k = z + 1; k < n; k++)
            if (t[k].head == (int16_t)(h + 1) && t[k].deprel == PB_REL_CONJ &&
                t[k].upos == PB_UPOS_PROPN)
                t[k].head = (int16_t)(z + 1);
    }
}

/* "German Chancellor Friedrich Merz, who took office this month,
 * travelled to Warsaw …, officials said": the parser may make the
 * closing verb of saying the name's verb, the relative clause a
 * parataxis and the main verb its conjunct. A "who" or "which" clause
 * right after a name's comma, not hung on the name, whose conjunct after
 * a comma has no subject and comes before the verb of saying the name is
 * the subject of: that conjunct is the main verb, with the name its
 * subject and the relative clause the name's; the verb of saying hangs on
 * it, and the last noun after a comma hung on the conjunct as its own
 * conjunct ("officials in both capitals") is the speaker. */
static void repair_relative_read_as_main(pb_token *t, uint32_t n)
{
    for (uint32_t w = 2; w + 2 < n; w++) {
        if (!t[w].form || (strcasecmp(t[w].form, "who") != 0 &&
                           strcasecmp(t[w].form, "which") != 0) ||
            t[w].deprel != PB_REL_NSUBJ || t[w].head <= 0 ||
            !is_comma(&t[w - 1]))
            continue;
        uint32_t v1 = (uint32_t)t[w].head - 1, name = w - 2;
        while ((t[name].deprel == PB_REL_FLAT ||
                t[name].deprel == PB_REL_FLAT_NAME) &&
               t[name].head > 0 && (uint32_t)t[name].head - 1 < name)
            name = (uint32_t)t[name].head - 1;
        if (v1 <= w || t[v1].deprel == PB_REL_ACL_RELCL ||
            t[name].upos != PB_UPOS_PROPN || t[name].deprel != PB_REL_NSUBJ ||
            t[name].head <= 0)
            continue;
        uint32_t say = (uint32_t)t[name].head - 1, v2 = n;
        for (uint32_t k = v1 + 1; k < say && v2 == n; k++)
            if (t[k].head == (int16_t)(v1 + 1) && t[k].deprel == PB_REL_CONJ &&
                t[k].upos == PB_UPOS_VERB && is_comma(&t[k - 1]) &&
                !has_child(t, n, k + 1, PB_REL_NSUBJ))
                v2 = k;
        if (v2 == n || say <= v2 || !in_words(t[say].form, saying_forms))
            continue;
        t[v2].head = t[say].head;
        t[v2].deprel = t[say].deprel;
        hang(t, say, v2, PB_REL_PARATAXIS);
        hang(t, name, v2, PB_REL_NSUBJ);
        hang(t, v1, name, PB_REL_ACL_RELCL);
        uint32_t s = say; /* ("officials in both capitals said") */
        while (s > v2 + 1 && !(t[s - 1].head == (int16_t)(v2 + 1) &&
                               t[s - 1].deprel == PB_REL_CONJ))
            s--;
        if (s > v2 + 1 && is_nominal(&t[s - 1]) && is_comma(&t[s - 2])) {
            hang(t, s - 1, say, PB_REL_NSUBJ);
            for (uint32_t k = s; k < say; k++)
                if (t[k].head == (int16_t)(v2 + 1))
                    hang(t, k, s - 1, PB_REL_NMOD);
        }
        return;
    }
}

void pb_tree_repair(pb_token *tokens, uint32_t n)
{
    repair_clause_on_day(tokens, n);
    repair_day_subject(tokens, n);
    repair_passive_without_auxiliary(tokens, n);
    for (uint32_t i = 0; i < n; i++)
        repair_adjective_verb(tokens, n, i);
    for (uint32_t i = 0; i < n; i++) {
        if (!misread_main_verb(tokens, n, i))
            continue;
        uint32_t h = (uint32_t)tokens[i].head - 1;
        take_place(tokens, i, h);
        hang(tokens, h, i, PB_REL_NSUBJ);
        move_later(tokens, n, i, h, h, n);
    }
    repair_compound_subject(tokens, n);
    repair_noun_verb(tokens, n);
    repair_verbless(tokens, n);
    repair_verbless_modifier(tokens, n);
    repair_inverted_subject(tokens, n);
    repair_stranded_appositive(tokens, n);
    repair_phrase_root(tokens, n);
    repair_preposition_subject(tokens, n);
    repair_prepositional_subject(tokens, n);
    repair_subject_of_appositive(tokens, n);
    repair_adverb_subject(tokens, n);
    repair_subordinate_clause(tokens, n);
    repair_verb_possessor(tokens, n);
    repair_split_subject_list(tokens, n);
    repair_double_object(tokens, n);
    repair_clause_after_time(tokens, n);
    repair_appositive_subject(tokens, n);
    repair_participle_conjunct(tokens, n);
    repair_verb_after_relative(tokens, n);
    repair_stranded_relative(tokens, n);
    repair_subordinator_as_preposition(tokens, n);
    repair_name_list(tokens, n);
    repair_subject_in_phrase(tokens, n);
    repair_clause_as_conjunct(tokens, n);
    repair_second_subject(tokens, n);
    repair_day_object(tokens, n);
    repair_xcomp_subject(tokens, n);
    repair_modifier_across_verb(tokens, n);
    repair_nmod_on_verb(tokens, n);
    repair_participle_with_agent(tokens, n);
    repair_name_as_adverb(tokens, n);
    repair_titled_pair(tokens, n);
    repair_at_least_object(tokens, n);
    repair_stray_agent(tokens, n);
    repair_fronted_phrase_root(tokens, n);
    repair_phrase_on_day(tokens, n);
    repair_loose_relative(tokens, n);
    repair_compound_pair(tokens, n);
    repair_name_conjunct_of_verb(tokens, n);
    repair_subject_relative(tokens, n);
    repair_object_as_speaker(tokens, n);
    repair_root_subject_pair(tokens, n);
    repair_that_clause(tokens, n);
    repair_subject_after_opening(tokens, n);
    repair_opening_participle_root(tokens, n);
    repair_infinitive_of_noun(tokens, n);
    repair_second_report(tokens, n);
    repair_root_participle_with_agent(tokens, n);
    repair_relative_before_speaker(tokens, n);
    repair_name_list_noun(tokens, n);
    repair_closing_participle(tokens, n);
    repair_time_compound(tokens, n);
    repair_object_as_second_subject(tokens, n);
    repair_said_object_subject(tokens, n);
    repair_verb_conjunct_of_object(tokens, n);
    repair_subject_after_verb(tokens, n);
    repair_split_modifier_subject(tokens, n);
    repair_adjacent_subjects(tokens, n);
    repair_adjective_list(tokens, n);
    repair_phrases_after_origin(tokens, n);
    repair_which_of_person(tokens, n);
    repair_particle_as_preposition(tokens, n);
    repair_compound_across_preposition(tokens, n);
    repair_appositive_on_verb(tokens, n);
    repair_clause_read_as_phrase(tokens, n);
    repair_clause_read_as_participle(tokens, n);
    repair_object_read_as_subject(tokens, n);
    repair_visiting_modifier(tokens, n);
    repair_conjunct_of_name_part(tokens, n);
    repair_titled_subject_pair(tokens, n);
    repair_object_of_conjunct(tokens, n);
    repair_marked_gerund(tokens, n);
    repair_participle_root_tense(tokens, n);
    repair_time_opening_subject(tokens, n);
    repair_what_it_called(tokens, n);
    repair_between_on_day(tokens, n);
    repair_stative_passive(tokens, n);
    repair_object_control(tokens, n);
    repair_title_as_first_subject(tokens, n);
    repair_comma_relative(tokens, n);
    repair_double_subject(tokens, n);
    repair_trailing_object_relative(tokens, n);
    repair_comma_participle(tokens, n);
    repair_gerund_subject_after(tokens, n);
    repair_subject_in_opening_clause(tokens, n);
    repair_demonym_complement(tokens, n);
    repair_conjunct_of_report(tokens, n);
    repair_preposition_in_possessor(tokens, n);
    repair_caseless_oblique(tokens, n);
    repair_verb_after_agent(tokens, n);
    repair_clause_read_as_modifier(tokens, n);
    repair_verb_as_punct(tokens, n);
    repair_head_on_punctuation(tokens, n);
    repair_summary_noun(tokens, n);
    repair_object_read_as_complement(tokens, n);
    repair_compound_on_verb(tokens, n);
    repair_split_name_subject(tokens, n);
    repair_participle_of_report(tokens, n);
    repair_main_verb_before_time_clause(tokens, n);
    repair_clause_read_as_noun_phrase(tokens, n);
    repair_with_clause_on_noun(tokens, n);
    repair_reaction_on_relative(tokens, n);
    repair_participle_on_complement(tokens, n);
    repair_split_demonym_pair(tokens, n);
    repair_protest_purpose_on_object(tokens, n);
    repair_participle_read_as_complement(tokens, n);
    repair_auxiliary_conjunct_of_noun(tokens, n);
    repair_subordinator_of_subject(tokens, n);
    repair_time_span_clause(tokens, n);
    repair_opening_following(tokens, n);
    repair_clause_read_as_adjective(tokens, n);
    repair_opening_adjective_subject(tokens, n);
    repair_phrase_before_relative_time(tokens, n);
    repair_participle_after_controlled_clause(tokens, n);
    repair_list_after_time_word(tokens, n);
    repair_relative_read_as_main(tokens, n);
}
