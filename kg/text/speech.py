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
    r"declares|declared|doubts|urges|urged|recommends|recommended|warns|warned|adds|added)"
)
