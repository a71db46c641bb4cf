"""How speech and tasks are introduced in running text: the dashes after a
speaker's name or before a task, and the verbs of reported speech."""

from __future__ import annotations

DASH = r"(?:—|–|--|-)"

# Verbs of the note-taker's narration: "Cde. Bulganin—provides information about ...".
REPORTING_VERBS = (
    r"(?:provides|gives|speaks|spoke|reports|reported|informs|informed|reads|read|proposes|proposed|"
    r"raises|says|said|notes|noted|explains|explained|describes|outlines|tells|presents|expresses|"
    r"supports|objects|agrees|insists|suggests|suggested|asks|asked|comments|commented|recounts|"
    r"briefs|states|stated|announces|replies|replied|answers|answered|observes|observed|points|"
    r"pointed|remarks|remarked|summarizes|summarized|emphasizes|emphasized|stresses|stressed|"
    r"declares|declared|doubts|urges|urged|recommends|recommended|warns|warned|adds|added|began\s+by)"
)

# Verbs (in the past tense of minutes, not the present of the Soviet working
# notes) by which a record says that someone spoke without giving what was said
# ("Kolder spoke on the report", "Baibakov presented the draft"); followed by
# "that ..." or "and said" they introduce reported speech after all.
NARRATIVE_VERBS = (
    r"(?:spoke|outlined|presented|opened|introduced|explained|turned\s+to|"
    r"agreed\s+with|took\s+part|gave\s+(?:an?\s+)?(?:information|account|report)|"
    r"briefed|read\s+out|summarized)"
)

# Further verbs of minutes written in the past tense that open reported speech:
# "The Secretary of Defense did not agree.", "Mr. Ball felt that ...".
MINUTES_VERBS = (
    r"(?:did\s+not\s+agree|disagreed|agreed|felt|thought|believed|wondered|questioned|recalled|concluded|"
    r"cautioned|argued|insisted|reminded|confirmed|acknowledged|objected|proposed|doubted|replied|responded)"
)
