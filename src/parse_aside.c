/* parse_aside.c — words the parser is better off not seeing. News puts
 * the day of an act between its subject and its verb ("Libyan leader
 * Gaddafi and Bulgarian President Zhivkov today signed a treaty", "The
 * ministry on Friday denied the report"); web text, the parser's training
 * data, almost never does, and the parser, meeting a noun where the verb
 * should follow the subject, builds nonsense around it. The syntax stage
 * sets such a day aside, parses the sentence without it, and hangs it on
 * the verb it dates: "today" as obl:unmarked, "on Friday" as an obl with
 * its case marker.
 */
#include "syntax_int.h"
#include "timex.h"

#include <string.h>
#include <strings.h>

static int nominal_tag(const char *xpos)
{
    return xpos[0] == 'N' || strcmp(xpos, "PRP") == 0 ||
           strcmp(xpos, "CD") == 0;
}

static int finite_tag(const char *xpos)
{
    return strcmp(xpos, "VBD") == 0 || strcmp(xpos, "VBZ") == 0 ||
           strcmp(xpos, "VBP") == 0 || strcmp(xpos, "MD") == 0;
}

uint32_t pb_aside_find(const pb_token *t, uint32_t n, uint8_t *aside)
{
    uint32_t count = 0;
    memset(aside, 0, n);
    for (uint32_t d = 1; d + 1 < n; d++) {
        if (!pb_day_word(t[d].form) || !finite_tag(t[d + 1].xpos))
            continue;
        uint32_t before = d - 1;
        int on = t[before].form && strcasecmp(t[before].form, "on") == 0;
        if (on && before == 0)
            continue;
        if (!nominal_tag(t[on ? before - 1 : before].xpos))
            continue;
        aside[d] = 1;
        count++;
        if (on) {
            aside[before] = 1;
            count++;
        }
    }
    return count;
}

void pb_aside_attach(pb_token *t, uint32_t n, const uint8_t *aside)
{
    int aux = PB_REL_AUX, aux_pass = PB_REL_AUX_PASS, cop = PB_REL_COP;
    for (uint32_t d = 1; d + 1 < n; d++) {
        if (!aside[d] || !pb_day_word(t[d].form) || aside[d + 1])
            continue;
        /* the verb the next word belongs to: itself, or the head of an
         * auxiliary ("today will sign") */
        uint32_t v = d + 1;
        if ((t[v].deprel == aux || t[v].deprel == aux_pass ||
             t[v].deprel == cop) &&
            t[v].head >= 1)
            v = (uint32_t)t[v].head - 1;
        t[d].head = (int16_t)(v + 1);
        if (aside[d - 1]) {
            t[d].deprel = PB_REL_OBL;
            t[d - 1].head = (int16_t)(d + 1);
            t[d - 1].deprel = PB_REL_CASE;
        } else {
            t[d].deprel = PB_REL_OBL_UNMARKED;
        }
    }
}
