"""Every IRI kg mints, in one place.

Each pattern below is data (:data:`PATTERNS`) and has one minting function.
IRIs are built from values the caller holds (the record key, offsets,
positions, name keys); nothing reads values back out of an IRI: what a node
stands for is in its triples (``schema:position``, ``kg:recordKey``,
``kg:nameKey``...). ``docs/graph-model.md`` lists the same patterns, which a
test checks."""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib import URIRef

from kg.vocab import ID

# Placeholders of the templates and the segments they stand for.
_INT = r"[0-9]+"
_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
SEGMENTS = {
    "k": r"[0-9a-f]{12}",  # a record's key
    "sitting": _INT, "position": _INT, "number": _INT, "start": _INT, "end": _INT,
    "key": _SLUG,  # a name key
    "role": r"chair|absent",
    "rule": _SLUG, "kind": _SLUG, "archive": _SLUG, "folios": _SLUG, "title": _SLUG,
    "volume": _SLUG, "name": _SLUG, "run": _SLUG,
    "when": r"[a-z0-9]+(?:-{1,2}[a-z0-9]+)*",  # a date, a date range or a slug
    "levels": r"[a-z0-9-]+(?:/[a-z0-9-]+)*",  # slugs of fond, opis, delo... joined by "/"
    "entity": r"(?:person|place|body|event|ext)/[a-z0-9-]+(?:/[a-z0-9-]+)*",  # an entity's local name
    "candidate": r"Q[1-9][0-9]*|" + _SLUG,  # a Wikidata id or an authority key
    "digest": r"[0-9a-f]{12}",
}

# (name, template under id:, layer). The record layer is what a record's text
# says; entities are shared by records; sources are archives and publications;
# the link and reasoning layers are added by kg.link and kg.reason.
PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("text", "text/{k}", "record"),
    ("record", "record/{k}", "record"),
    ("session", "session/{k}", "record"),
    ("sitting", "sitting/{k}/{sitting}", "record"),
    ("list", "list/{k}/{sitting}", "record"),
    ("guest-list", "list/{k}/guests", "record"),
    ("entry", "entry/{k}/{start}", "record"),
    ("item", "item/{k}/{number}", "record"),
    ("role", "role/{k}/{role}/{key}", "record"),
    ("turn", "turn/{k}/{sitting}/{position}", "record"),
    ("disagreement", "disagreement/{k}/{start}", "record"),
    ("stance", "stance/{k}/{sitting}/{position}/{rule}", "record"),
    ("decision", "decision/{k}/{start}", "record"),
    ("proposal", "proposal/{k}/{start}", "record"),
    ("event", "event/{k}/{kind}-{when}", "record"),
    ("note", "note/{k}/{number}", "record"),
    ("note-body", "note/{k}/{number}/body", "record"),
    ("marker", "marker/{k}/{number}-{start}", "record"),
    ("citation", "citation/{k}/{start}", "record"),
    ("xref", "xref/{k}/{start}", "record"),
    ("mention", "mention/{k}/{start}-{end}", "record"),
    ("span", "span/{k}/{start}-{end}", "record"),
    ("span-position", "span/{k}/{start}-{end}/pos", "record"),
    ("span-quote", "span/{k}/{start}-{end}/quote", "record"),
    ("unparsed", "unparsed/{k}/{start}", "record"),
    ("person", "person/{key}", "entity"),
    ("record-person", "person/{k}/{key}", "entity"),
    ("place", "place/{key}", "entity"),
    ("body", "body/{key}", "entity"),
    ("archive", "archive/{archive}", "source"),
    ("record-set", "archive/{archive}/{levels}", "source"),
    ("source", "source/{archive}/{levels}/{folios}", "source"),
    ("archive-source", "source/{archive}/{folios}", "source"),
    ("work", "work/{title}", "source"),
    ("work-volume", "work/{title}/vol-{volume}", "source"),
    ("claim", "claim/{entity}", "link"),
    ("candidate", "claim/{entity}/{candidate}", "link"),
    ("agent", "agent/{name}", "link"),
    ("reasoning", "reasoning/{run}", "reasoning"),
    ("inference", "inference/{run}/{digest}", "reasoning"),
)


def pattern_regex(template: str) -> re.Pattern:
    """The regular expression of a template's local names (for tests and checks)."""
    out, pos = [], 0
    for m in re.finditer(r"\{(\w+)\}", template):
        out.append(re.escape(template[pos:m.start()]))
        out.append(f"(?:{SEGMENTS[m.group(1)]})")
        pos = m.end()
    out.append(re.escape(template[pos:]))
    return re.compile("".join(out))


def matching_patterns(iri: str) -> list[str]:
    """The names of the patterns ``iri`` fits (empty: not an IRI kg mints)."""
    if not iri.startswith(str(ID)):
        return []
    local = iri[len(str(ID)):]
    return [name for name, t, _ in PATTERNS if pattern_regex(t).fullmatch(local)]


def layer(iri: str) -> str | None:
    """The layer of the pattern ``iri`` fits first (None: not an IRI kg mints)."""
    names = matching_patterns(iri)
    return {n: lay for n, _, lay in PATTERNS}[names[0]] if names else None


_BASE = str(ID)


@lru_cache(maxsize=100_000)
def _mint(local: str) -> URIRef:
    # One object per IRI: a record names each of its nodes many times, and a
    # term found by identity is found without rdflib's (Python) equality test.
    return URIRef(_BASE + local)


def text(k: str) -> URIRef:
    return _mint(f"text/{k}")


def record(k: str) -> URIRef:
    return _mint(f"record/{k}")


def session(k: str) -> URIRef:
    return _mint(f"session/{k}")


def sitting(k: str, n: int) -> URIRef:
    return _mint(f"sitting/{k}/{n}")


def participant_list(k: str, sitting_number: int) -> URIRef:
    return _mint(f"list/{k}/{sitting_number}")


def guest_list(k: str) -> URIRef:
    return _mint(f"list/{k}/guests")


def entry(k: str, start: int) -> URIRef:
    return _mint(f"entry/{k}/{start}")


def item(k: str, n: int) -> URIRef:
    """Agenda item ``n`` (1-based, in text order)."""
    return _mint(f"item/{k}/{n}")


def role(k: str, role_name: str, name_key: str) -> URIRef:
    """A role in the session (``chair``, ``absent``) of the person keyed ``name_key``."""
    return _mint(f"role/{k}/{role_name}/{name_key}")


def turn(k: str, sitting_number: int, position: int) -> URIRef:
    return _mint(f"turn/{k}/{sitting_number}/{position}")


def disagreement(k: str, start: int) -> URIRef:
    return _mint(f"disagreement/{k}/{start}")


def stance(k: str, sitting_number: int, position: int, stance_name: str) -> URIRef:
    """The stance claim on turn (sitting, position); ``stance_name`` a slug of the stance."""
    return _mint(f"stance/{k}/{sitting_number}/{position}/{stance_name}")


def decision(k: str, start: int) -> URIRef:
    return _mint(f"decision/{k}/{start}")


def proposal(k: str, start: int) -> URIRef:
    return _mint(f"proposal/{k}/{start}")


def event(k: str, kind_slug: str, when_or_slug: str) -> URIRef:
    return _mint(f"event/{k}/{kind_slug}-{when_or_slug}")


def note(k: str, n: int) -> URIRef:
    return _mint(f"note/{k}/{n}")


def note_body(k: str, n: int) -> URIRef:
    return _mint(f"note/{k}/{n}/body")


def marker(k: str, n: int, start: int) -> URIRef:
    return _mint(f"marker/{k}/{n}-{start}")


def archive(archive_slug: str) -> URIRef:
    return _mint(f"archive/{archive_slug}")


def record_set(archive_slug: str, levels: list[str]) -> URIRef:
    """A fond, opis, delo... of an archive; ``levels`` the slugs from the fond down
    ("fond-3", "opis-12")."""
    return _mint("/".join(["archive", archive_slug, *levels]))


def source(archive_slug: str, levels: list[str], folios_slug: str) -> URIRef:
    """The cited folios of a file; ``levels`` as for :func:`record_set`."""
    return _mint("/".join(["source", archive_slug, *levels, folios_slug]))


def citation(k: str, start: int) -> URIRef:
    return _mint(f"citation/{k}/{start}")


def work(title_slug: str, volume_slug: str | None = None) -> URIRef:
    return _mint(f"work/{title_slug}" + (f"/vol-{volume_slug}" if volume_slug else ""))


def xref(k: str, start: int) -> URIRef:
    return _mint(f"xref/{k}/{start}")


def entity(kind: str, key: str, record_key: str | None = None) -> URIRef:
    """A person, place or body: ``kind/key`` across records, ``kind/<k>/key``
    when the identity holds within record ``k`` only."""
    if kind not in ("person", "place", "body"):
        raise ValueError(f"not an entity kind: {kind}")
    return _mint(f"{kind}/{record_key}/{key}" if record_key else f"{kind}/{key}")


def mention(k: str, start: int, end: int) -> URIRef:
    return _mint(f"mention/{k}/{start}-{end}")


def span(k: str, start: int, end: int) -> URIRef:
    return _mint(f"span/{k}/{start}-{end}")


def span_position(k: str, start: int, end: int) -> URIRef:
    return _mint(f"span/{k}/{start}-{end}/pos")


def span_quote(k: str, start: int, end: int) -> URIRef:
    return _mint(f"span/{k}/{start}-{end}/quote")


def unparsed(k: str, start: int) -> URIRef:
    return _mint(f"unparsed/{k}/{start}")


def local_name(node: URIRef) -> str:
    """``node`` relative to the id: namespace (a claim's IRI extends its entity's);
    a node of another namespace gets ``ext/`` and a slug of its IRI."""
    from kg.names import slug

    text_ = str(node)
    if text_.startswith(str(ID)):
        return text_[len(str(ID)):]
    return "ext/" + slug(text_)


def claim(entity_iri: URIRef) -> URIRef:
    """The identity claim about ``entity_iri``."""
    return _mint(f"claim/{local_name(entity_iri)}")


def candidate(entity_iri: URIRef, qid_or_key: str) -> URIRef:
    return _mint(f"claim/{local_name(entity_iri)}/{qid_or_key}")


def agent(name: str) -> URIRef:
    return _mint(f"agent/{name}")


def reasoning(name: str) -> URIRef:
    return _mint(f"reasoning/{name}")


def inference(run_name: str, digest: str) -> URIRef:
    return _mint(f"inference/{run_name}/{digest}")
