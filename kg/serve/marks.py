"""A record's text with what kg found marked in place.

The text is cut into paragraphs (at blank lines); each fact with a span in
the text becomes a mark. Marks nest: a turn holds the mentions, decisions and
markers inside it; a mark that crosses the end of another is cut in two, so
the HTML stays well formed and every character of the text is printed once,
in order. Each mark carries its fact (shown on hover or focus) and a link to
its node; the first piece of every span carries the anchor ``s<start>-<end>``
that the other pages link to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from html import escape

from kg.vocab import KG, OA

# The kind of mark for a class, in order of precedence when a node has several.
KINDS = (
    (KG.SpeechTurn, "turn"), (KG.NoteMarker, "marker"), (KG.ListEntry, "participant"),
    (KG.Proposal, "proposal"), (KG.Disagreement, "disagreement"), (KG.RoleInSession, "role"),
    (KG.StanceClaim, "stance"), (KG.CrossReference, "xref"), (KG.Citation, "citation"),
    (KG.ReferencedEvent, "event"), (KG.Decision, "decision"), (KG.Mention, "mention"),
    (KG.UnparsedText, "unparsed"), (OA.TextualBody, "notebody"),
)
_RANK = {kind: i for i, (_, kind) in enumerate(KINDS)}
NAMES = {
    "turn": "Turn", "marker": "Note marker", "participant": "Participant", "proposal": "Proposal",
    "disagreement": "Disagreement", "role": "Role in the session", "stance": "Stance (interpretation)",
    "xref": "Cross-reference", "citation": "Archival or published reference", "event": "Referenced event",
    "decision": "Decision", "mention": "Mention", "unparsed": "Not parsed", "notebody": "Translator's note",
    "highlight": "The passage linked to",
}
TARGETS = {str(KG.refersTo): "refers to", str(KG.assignee): "assignee", str(KG.cites): "cites",
           str(KG.agent): "agent", str(KG.proposedBy): "proposed by", str(KG.speaker): "speaker"}
PALETTE = 12
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n\s*")


@dataclass
class Mark:
    start: int
    end: int
    kind: str
    node: str = ""
    fact: str = ""  # HTML of the popup
    attrs: dict = field(default_factory=dict)
    anchor: str = ""

    def key(self):
        return (self.start, -self.end, _RANK.get(self.kind, 99))


def kind_of(types) -> str | None:
    types = set(types)
    if str(KG.Decision) in types and str(KG.ReferencedEvent) in types:
        return "event"
    return next((kind for cls, kind in KINDS if str(cls) in types), None)


def local(node: str, base: str) -> str:
    """The server's path for a node IRI of the graph (its IRI with the base cut off)."""
    return "/id/" + node[len(base):] if node.startswith(base) else node


def fact_marks(rec: dict, base: str, speakers: dict) -> list[Mark]:
    marks: list[Mark] = []
    turn_info = {t["turn"]: t for t in rec["turns"]}
    for f in rec["facts"]:
        kind = kind_of(f["types"])
        if kind is None or f["end"] <= f["start"]:
            continue
        parts = [f"<b>{NAMES[kind]}</b>"]
        attrs = {}
        if kind == "turn":
            t = turn_info.get(f["node"], {})
            who = t.get("speakerName") or t.get("asPrinted") or "speaker unknown"
            parts.append(f"{t.get('sittingPos', '?')}.{t.get('pos', '?')}: {escape(str(who))}")
            attrs = {"data-speaker": str(who), "class": f"sp{speakers.get(t.get('speaker') or who, 0) % PALETTE}"}
        elif f.get("label"):
            parts.append(escape(str(f["label"])))
        for tgt in f["targets"]:
            if kind == "turn" and tgt["p"] == str(KG.speaker):
                continue
            name = escape(str(tgt["name"] or tgt["target"].rsplit("/", 1)[-1]))
            parts.append(f'{TARGETS[tgt["p"]]}: <a href="{escape(local(tgt["target"], base))}">{name}</a>')
        if f["dates"]:
            parts.append("date: " + ", ".join(escape(d) for d in f["dates"]))
        parts.append(f'<a class="node" href="{escape(local(f["node"], base))}">node</a>')
        marks.append(Mark(f["start"], f["end"], kind, f["node"], "<br>".join(parts), attrs))
    for n in rec["notes"]:
        body = escape(n["body"]) if n.get("body") else "<i>no note with this number</i>"
        fact = f"<b>Note {n['number']}</b><br>{body}<br>"
        if n.get("note"):
            fact += f'<a class="node" href="{escape(local(n["note"], base))}">node</a>'
        marks = [m for m in marks if not (m.kind == "marker" and (m.start, m.end) == (n["start"], n["end"]))]
        marks.append(Mark(n["start"], n["end"], "marker", n["marker"], fact, {"data-note": str(n["number"])}))
    return marks


def paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _PARAGRAPH_RE.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def render(text: str, marks: list[Mark], notes: list[dict]) -> list[dict]:
    """Paragraphs as ``{"html": ..., "notes": [...]}``, the notes being those whose markers stand in it."""
    seen: set[tuple[int, int]] = set()
    anchored = []
    for m in sorted(marks, key=Mark.key):  # the marks are not changed: a caller may keep them
        if not m.anchor and (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            m = replace(m, anchor=f"s{m.start}-{m.end}")
        anchored.append(m)
    marks, out = anchored, []
    for lo, hi in paragraphs(text):
        inside = [replace(m, start=max(m.start, lo), end=min(m.end, hi),
                          anchor=m.anchor if m.start >= lo else "") for m in marks if m.start < hi and m.end > lo]
        html = _nest(text, sorted(inside, key=Mark.key), lo, hi)
        out.append({"html": html, "notes": [n for n in notes if lo <= n["start"] < hi]})
    return out


def _nest(text: str, marks: list[Mark], lo: int, hi: int) -> str:
    out, pos = [], lo
    while marks:
        m = marks.pop(0)
        out.append(escape(text[pos:m.start]))
        inner, rest = [], []
        for x in marks:
            if x.start >= m.end:
                rest.append(x)
            elif x.end <= m.end:
                inner.append(x)
            else:
                inner.append(replace(x, end=m.end))
                rest.append(replace(x, start=m.end, anchor=""))
        out.append(_open(m) + _nest(text, inner, m.start, m.end) + "</span>")
        pos, marks = m.end, sorted(rest, key=Mark.key)
    out.append(escape(text[pos:hi]))
    return "".join(out)


def _open(m: Mark) -> str:
    attrs = dict(m.attrs)
    cls = f"mark k-{m.kind} " + attrs.pop("class", "")
    extra = "".join(f' {k}="{escape(v)}"' for k, v in attrs.items())
    ident = f' id="{m.anchor}"' if m.anchor else ""
    focus = "" if m.kind == "turn" else ' tabindex="0"'
    # the fact comes first, so that Tab from the mark goes into its links before the marks it holds
    return (f'<span class="{cls.strip()}"{ident}{extra}{focus} data-node="{escape(m.node)}">'
            f'<span class="fact" role="tooltip">{m.fact}</span>')


def speaker_index(turns: list[dict]) -> dict:
    """A colour number for each speaker, in the order they first speak."""
    index: dict = {}
    for t in turns:
        who = t.get("speaker") or t.get("speakerName") or t.get("asPrinted") or "?"
        index.setdefault(who, len(index))
    return index


def chart(turns: list[dict], speakers: dict, base: str, width: int = 720) -> dict:
    """Geometry of the speaking chart: one row per speaker (in order of first turn),
    each turn a bar placed by the characters spoken before it, as long as the turn."""
    total = sum(t["end"] - t["start"] for t in turns) or 1
    rows, bars, x = {}, [], 0
    left, row_h = 130, 18
    for t in turns:
        who = t.get("speaker") or t.get("speakerName") or t.get("asPrinted") or "?"
        name = t.get("speakerName") or t.get("asPrinted") or "unknown"
        if who not in rows:
            rows[who] = {"name": name, "y": len(rows) * row_h, "chars": 0, "turns": 0}
        row = rows[who]
        length = t["end"] - t["start"]
        row["chars"] += length
        row["turns"] += 1
        w = max(2.0, (width - left) * length / total)
        bars.append({"x": left + (width - left) * x / total, "y": row["y"], "w": w, "h": row_h - 4,
                     "colour": speakers.get(who, 0) % PALETTE, "anchor": f"s{t['start']}-{t['end']}",
                     "title": f"{t['sittingPos']}.{t['pos']} {name}: {length} characters"})
        x += length
    return {"width": width, "height": len(rows) * row_h + 4, "left": left, "rows": list(rows.values()), "bars": bars}


__all__ = ["Mark", "chart", "fact_marks", "kind_of", "local", "paragraphs", "render", "speaker_index"]
