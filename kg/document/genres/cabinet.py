"""British Cabinet records: the conclusions (minutes) printed for the Cabinet
and the Cabinet Secretary's notebooks.

Conventions of their layout, each in one place:

- the header lines above the title: a classification and copy number
  ("SECRET   Copy No. 41"), the series reference ("C.M. (56)" /
  "74th Conclusions", "CABINET 91 (56)"), the body ("CABINET"), the
  property notice and "Printed for the Cabinet";
- the style of a member in the attendance list: "The Right Hon. Selwyn Lloyd,
  Q.C., M.P., Secretary of State for Foreign Affairs", a peer by title ("The
  Most Hon. the Marquess of Salisbury", "Viscount Kilmuir", "Lord Gardiner")
  whose title word is the name a record uses;
- the attendance block printed in two columns, kept as two columns or read
  across them by OCR (:mod:`kg.document.layouts.columns`);
- the notebooks' speaker labels: initials or a short form alone on a line
  ("S.Ll.", "R.A.B.", "P.M.", "Sal.").
"""

from __future__ import annotations

import re

# Honours and letters after a name in the attendance list: "Q.C., M.P.".
POST_NOMINAL_RE = re.compile(r"\s*(?:M\.P\.|Q\.C\.|K\.C\.|K\.G\.|K\.T\.|C\.H\.|O\.M\.|M\.C\.|D\.S\.O\.|G\.C\.B\.|K\.C\.B\.|"
                             r"K\.C\.M\.G\.|G\.C\.M\.G\.|C\.B\.|M\.B\.E\.|O\.B\.E\.|C\.B\.E\.|Bt\.|Bart\.)\s*")
# The styles before a member's name: "The Right Hon.", "The Most Hon.".
STYLE = r"The\s+(?:Right|Most|Rt\.?)\s+Hon\.?(?:\s+and\s+(?:Learned|Gallant))?"
# A peer named by title; the title's place name is the name the record uses
# ("the Earl of Home" -> Home, "Viscount Kilmuir" -> Kilmuir).
PEERAGE = r"(?:the\s+)?(?:Duke|Marquess|Marquis|Earl|Viscount|Baron|Lord|Countess|Baroness|Lady)(?:\s+of)?"
