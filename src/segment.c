/* segment.c — text stage, step 3: groups tokens into sentences and maps
 * every token back to byte offsets in the original text.
 *
 * A sentence ends at a blank line, or after . ! ? … (and any closing quotes
 * or brackets) when the next token opens a sentence. Title abbreviations
 * (Maj. Gen.) never end one; initials (J.) and other abbreviations (U.S.,
 * Inc.) end one only before a word that typically starts a sentence.
 * A subheading the text runs into its paragraph ("BLA surges The United
 * States …") is a sentence of its own.
 */
#include "text.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Capitalised words that, after "U.S." or "Inc.", show a new sentence. */
static const char *const sentence_openers[] = {
    "A", "According", "After", "All", "An", "And", "As", "At", "But",
    "During", "For",
    "He", "Her", "His", "However", "I", "If", "In", "It", "Its", "Last",
    "Meanwhile", "Mr.", "Mrs.", "Ms.", "On", "One", "She", "Since", "So",
    "That", "The", "Their", "There", "These", "They", "This", "Those", "Two",
    "We", "What", "When", "While", "Yet", NULL,
};

static int is_opener_word(const char *form)
{
    for (const char *const *w = sentence_openers; *w; w++)
        if (strcmp(*w, form) == 0)
            return 1;
    return 0;
}

/* Is the token a capital letter and its period ("J.", "platform X.")?
 * Inside a name the next word is a name; a function word after it
 * ("… on the platform X. The talks …") starts a sentence. */
static int is_initial(const pb_raw_token *t)
{
    return t->kind == PB_TOK_TITLE_ABBREV &&
           isupper((unsigned char)t->form[0]) && t->form[1] == '.' &&
           t->form[2] == '\0';
}

/* Longest subheading run into the sentence after it ("BLA surges The
 * United States …"), in words. */
#define PB_MAX_HEADING_WORDS 4

/* Lower-case words a subheading of a few words does not contain; with
 * one of them the words before an opener are a sentence's own ("Officials
 * in The Hague said"). */
static const char *const heading_breakers[] = {
    "a", "an", "the", "in", "at", "of", "on", "to", "for", "from", "by",
    "with", "and", "or", "but", "is", "are", "was", "were", "he", "she",
    "it", "they", "we", "you", "i", "yesterday", "today", "said", "says",
    "told", "tells", "wrote", "met", "saw", "took", "gave", "sent", "left",
    "won", "led", "made", "went", "came", "has", "have", "had", "did",
    "does", "do", "will", "would", "can", "could", "may", "might", "must",
    "should", "be", "been", "before", "after", "into", "against", "during",
    "under", "over", "about", "than", "as", "through", "across", "toward",
    "towards", "between", "within", "without", "behind", "beyond", "near",
    "via", "not", NULL,
};

/* Openers that also stand inside names ("Mr. CreepyPasta", "Marine
 * One"): no subheading ends before them. */
static const char *const name_openers[] = {"A", "I", "Mr.", "Mrs.", "Ms.",
                                           "One", "Two", NULL};

/* Words a heading may hold between others when a strong cue follows it
 * ("Jobs and savings Although …"). */
static const char *const heading_joiners[] = {"and", "of", "the", "vs.",
                                              "&", NULL};

/* Function words that begin a sentence but never continue a noun phrase:
 * after a heading they start the paragraph ("Difficult terrain Although
 * …", "Tourism boom Between 2010 and 2018 …"). */
static const char *const clause_openers[] = {
    "Although", "Between", "Even", "Both", "If", "While", "When", "Despite",
    "Unlike", "Because", "After", "Before", "Since", "Once", "Until", "Amid",
    "Meanwhile", "However", NULL};

/* Nouns that stand before a name as its title or relation ("Police
 * spokesman Mariusz Ciarka", "His wife Mary"): a phrase ending in one is
 * no heading. */
static const char *const title_nouns[] = {
    "minister", "president", "premier", "spokesman", "spokeswoman",
    "spokesperson", "leader", "chief", "director", "official", "secretary",
    "governor", "mayor", "chairman", "chairwoman", "chair", "commander",
    "general", "envoy", "ambassador", "head", "founder", "adviser",
    "advisor", "analyst", "expert", "professor", "author", "writer",
    "researcher", "correspondent", "reporter", "editor", "attorney",
    "lawyer", "judge", "senator", "lawmaker", "candidate", "nominee",
    "actor", "singer", "artist", "coach", "captain", "manager",
    "executive", "wife", "husband", "son", "daughter", "brother", "sister",
    "mother", "father", "widow", "friend", "colleague", "rival", "ally",
    "member", "activist", "scientist", "economist", "doctor", "officer",
    NULL};

static int in_words(const char *f, const char *const *list)
{
    for (const char *const *w = list; *w; w++)
        if (strcasecmp(*w, f) == 0)
            return 1;
    return 0;
}

/* Do tokens [first, end) read as a subheading that the text runs into
 * the sentence at end? Two to four plain words, the first capitalised
 * (an article may open it), none an opener, a pronoun or a past-tense
 * verb, before either a capitalised opener that names do not use
 * ("Chinese demand The changes …", "The attack The Jaffar Express …"),
 * or, when the heading ends in a lower-case word that titles no one, a
 * capitalised clause opener ("Difficult terrain Although …"); before
 * that strong cue the heading may also hold "and", "of" or "the". */
static int subheading(const pb_raw_token *toks, size_t first, size_t end,
                      size_t n_toks)
{
    if (end - first < 2 || end - first > PB_MAX_HEADING_WORDS ||
        end + 1 >= n_toks || !isupper((unsigned char)toks[first].form[0]))
        return 0;
    for (const char *const *w = name_openers; *w; w++)
        if (strcmp(*w, toks[end].form) == 0)
            return 0;
    const char *last = toks[end - 1].form;
    int plain_end = islower((unsigned char)last[0]) &&
                    !in_words(last, title_nouns);
    int strong = 0;
    for (const char *const *w = clause_openers; plain_end && *w; w++)
        strong |= strcmp(*w, toks[end].form) == 0;
    if (!strong && !is_opener_word(toks[end].form))
        return 0;
    int article = strcmp(toks[first].form, "The") == 0 ||
                  strcmp(toks[first].form, "A") == 0 ||
                  strcmp(toks[first].form, "An") == 0;
    if (article && !plain_end)
        return 0;
    for (size_t k = first; k < end; k++) {
        const char *f = toks[k].form;
        size_t len = strlen(f);
        if (k == first && article)
            continue;
        if (strong && k > first && in_words(f, heading_joiners))
            continue;
        if (toks[k].kind != PB_TOK_WORD || is_opener_word(f) ||
            !isalnum((unsigned char)f[0]) ||
            (islower((unsigned char)f[0]) && len > 3 &&
             strcmp(f + len - 2, "ed") == 0))
            return 0; /* "Media outlets closed The …": a verb */
        for (const char *const *w = heading_breakers; *w; w++)
            if (strcasecmp(*w, f) == 0)
                return 0;
    }
    return 1;
}

/* Can this token begin a sentence after a terminal? */
static int starts_sentence(const pb_raw_token *t)
{
    unsigned char c = (unsigned char)t->form[0];
    return isupper(c) || isdigit(c) || c >= 0x80 || c == '"' || c == '\'' ||
           c == '(' || c == '[' || c == '-' || c == '*';
}

int pb_segment(pb_arena *arena, const pb_text *t, const pb_raw_token *toks,
               size_t n_toks, pb_sentence **out, size_t *n_out,
               size_t *n_broken)
{
    *out = NULL;
    *n_out = 0;
    *n_broken = 0;
    if (n_toks == 0)
        return 0;
    /* Every sentence has at least one token: n_toks bounds the count. */
    pb_sentence *sents = pb_arena_alloc(arena, n_toks * sizeof *sents);
    pb_token *all = pb_arena_alloc(arena, n_toks * sizeof *all);
    if (!sents || !all)
        return -1;
    for (size_t i = 0; i < n_toks; i++) {
        pb_token *tok = &all[i];
        tok->form = toks[i].form;
        tok->start = t->orig_at[toks[i].start];
        tok->end = pb_text_orig_end(t, toks[i].end - 1);
        tok->head = -1;
    }
    size_t ns = 0, first = 0;
    for (size_t i = 0; i < n_toks; i++) {
        size_t end = i + 1; /* candidate end, one past the last token */
        int split = 0;
        if (end == n_toks) {
            split = 1;
        } else if (toks[end].par_break) {
            split = 1;
        } else if (toks[i].kind == PB_TOK_TERMINAL) {
            while (end < n_toks && toks[end].kind == PB_TOK_CLOSER &&
                   !toks[end].par_break)
                end++;
            split = end == n_toks || toks[end].par_break ||
                    starts_sentence(&toks[end]);
        } else if (toks[i].kind == PB_TOK_ABBREV || is_initial(&toks[i])) {
            split = is_opener_word(toks[end].form);
        } else {
            split = subheading(toks, first, end, n_toks);
        }
        if ((split && end - first > PB_MAX_SENTENCE_TOKENS) ||
            (!split && end - first >= PB_MAX_SENTENCE_TOKENS)) {
            split = 1;
            end = first + PB_MAX_SENTENCE_TOKENS;
            if (end < n_toks)
                (*n_broken)++;
        }
        if (!split)
            continue;
        pb_sentence *s = &sents[ns++];
        s->tokens = all + first;
        s->n_tokens = (uint32_t)(end - first);
        s->start = all[first].start;
        s->end = all[end - 1].end;
        first = end;
        i = end - 1;
    }
    *out = sents;
    *n_out = ns;
    return 0;
}
