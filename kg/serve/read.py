"""What the pages show, read from the store by the classes and properties of
the ontology (never from the shape of an IRI): the records with their counts,
one record's facts with their spans, a person's, body's or place's records,
turns and identity claim, and the timeline of sessions and events."""

from __future__ import annotations

from collections import defaultdict

from kg.serve.store import PREFIX_MAP, select

# The node's span(s) in its record: the text node and the offsets.
SPANS = """
SELECT ?node ?text ?start ?end WHERE {
  ?node prov:wasDerivedFrom ?span .
  ?span oa:hasSource ?text ; oa:hasSelector ?sel .
  ?sel oa:start ?start ; oa:end ?end .
}"""

_LABELS = ("schema:name", "dcterms:title", "kg:summary", "kg:nameAsPrinted", "kg:asPrinted", "rico:name", "rdfs:label")


def label(store, node: str) -> str:
    """The node's name: schema:name first, then its title, summary, the form as printed, a label."""
    rows = select(store, "SELECT ?p ?l WHERE { VALUES ?p { %s } ?node ?p ?l }" % " ".join(_LABELS), node=node)
    iris = {r["p"] for r in rows}
    for name in _LABELS:
        prefix, local = name.split(":")
        iri = PREFIX_MAP[prefix] + local
        if iri in iris:
            return sorted(r["l"] for r in rows if r["p"] == iri)[0]
    return ""


def records(store) -> list[dict]:
    """Every record with its date, body, title, participants and counts."""
    rows = select(store, """
SELECT ?text ?title ?date ?body ?bodyName ?file ?index WHERE {
  ?text a kg:RecordText ; kg:sourceFile ?file ; kg:recordIndex ?index .
  OPTIONAL { ?text dcterms:title ?title }
  OPTIONAL { ?text schema:translationOfWork/dcterms:date ?date }
  OPTIONAL { ?session kg:documentedBy ?text ; kg:heldBy ?body . OPTIONAL { ?body schema:name ?bodyName } }
}""")
    counts = defaultdict(dict)
    for what, pattern in (
        ("turns", "?session kg:documentedBy ?text . ?sitting sem:subEventOf ?session . ?x a kg:SpeechTurn ; sem:subEventOf ?sitting ."),
        ("decisions", "?x a kg:Decision ; prov:wasDerivedFrom/oa:hasSource ?text . FILTER NOT EXISTS { ?x a kg:ReferencedEvent }"),
        ("notes", "?x a kg:TranslatorNote ; oa:hasTarget/oa:hasSource ?text ."),
    ):
        for r in select(store, f"SELECT ?text (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }} GROUP BY ?text"):
            counts[r["text"]][what] = r["n"]
    for r in rows:
        for what in ("turns", "decisions", "notes"):
            r[what] = counts[r["text"]].get(what, 0)
    people = defaultdict(dict)
    for r in select(store, """
SELECT DISTINCT ?text ?person ?name WHERE {
  ?session kg:documentedBy ?text . ?sitting sem:subEventOf ?session .
  { ?sitting schema:attendee ?person } UNION { ?turn sem:subEventOf ?sitting ; kg:speaker ?person }
  ?person schema:name ?name .
}"""):
        people[r["text"]][r["person"]] = r["name"]
    seen, out = set(), []
    for r in rows:
        if r["text"] in seen:  # a session held by two bodies: one row
            continue
        seen.add(r["text"])
        r["title"] = r["title"] or f"{r['file']} (record {r['index']})"
        r["genre"] = genre(r["title"])
        r["persons"] = sorted(people[r["text"]].items(), key=lambda kv: kv[1])
        out.append(r)
    return out


# Words of record titles that name the kind of record; the graph has no class for it.
GENRES = (("working notes", "working notes"), ("protocol", "protocol"), ("minutes", "minutes"),
          ("memorandum", "memorandum"), ("conclusions", "conclusions"), ("record of", "record of conversation"),
          ("cable", "cable"), ("telegram", "cable"), ("report", "report"), ("notes", "notes"))


def genre(title: str) -> str:
    low = title.lower()
    return next((name for word, name in GENRES if word in low), "other")


def record(store, text: str) -> dict | None:
    """The record text node ``text``: its text, header and every fact with a span in it."""
    head = select(store, """
SELECT ?content ?title ?file ?index ?abstract ?citation ?url ?date ?record ?session ?sessionTitle ?body ?bodyName ?provider ?providerName WHERE {
  ?text a kg:RecordText ; schema:text ?content ; kg:sourceFile ?file ; kg:recordIndex ?index .
  OPTIONAL { ?text dcterms:title ?title }
  OPTIONAL { ?text dcterms:abstract ?abstract }
  OPTIONAL { ?text dcterms:bibliographicCitation ?citation }
  OPTIONAL { ?text schema:url ?url }
  OPTIONAL { ?text schema:provider ?provider . OPTIONAL { ?provider schema:name ?providerName } }
  OPTIONAL { ?text schema:translationOfWork ?record . OPTIONAL { ?record dcterms:date ?date } }
  OPTIONAL { ?session kg:documentedBy ?text . OPTIONAL { ?session dcterms:title ?sessionTitle }
             OPTIONAL { ?session kg:heldBy ?body . OPTIONAL { ?body schema:name ?bodyName } } }
} LIMIT 1""", text=text)
    if not head:
        return None
    rec = head[0]
    rec["text"] = text
    rec["turns"] = select(store, """
SELECT ?turn ?sitting ?sittingPos ?pos ?speaker ?speakerName ?asPrinted ?start ?end WHERE {
  ?session kg:documentedBy ?text . ?sitting sem:subEventOf ?session ; schema:position ?sittingPos .
  ?turn a kg:SpeechTurn ; sem:subEventOf ?sitting ; schema:position ?pos ;
        prov:wasDerivedFrom/oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end .
  OPTIONAL { ?turn kg:speaker ?speaker . ?speaker schema:name ?speakerName }
  OPTIONAL { ?turn kg:speakerAsPrinted ?asPrinted }
} ORDER BY ?sittingPos ?pos ?start""", text=text)
    rec["notes"] = select(store, """
SELECT ?note ?number ?body ?marker ?start ?end ?kind WHERE {
  ?marker a kg:NoteMarker ; oa:hasSource ?text ; oa:hasSelector ?sel ; kg:noteNumber ?number .
  ?sel oa:start ?start ; oa:end ?end .
  OPTIONAL { ?marker kg:markerOf ?note . ?note oa:hasBody/rdf:value ?body .
             OPTIONAL { ?note kg:primaryNoteKind ?kind } }
} ORDER BY ?start""", text=text)
    rec["facts"] = facts(store, text)
    return rec


def facts(store, text: str) -> list[dict]:
    """Every node derived from a span of ``text``, with its classes, a label and the span."""
    rows = select(store, """
SELECT ?node ?start ?end (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types) (SAMPLE(?l) AS ?label) WHERE {
  { ?node prov:wasDerivedFrom ?span } UNION { ?node kg:evidence ?span }
  ?span oa:hasSource ?text ; oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end .
  ?node a ?type .
  OPTIONAL { { ?node schema:name ?l } UNION { ?node rdfs:label ?l } UNION { ?node kg:summary ?l }
             UNION { ?node kg:nameAsPrinted ?l } UNION { ?node kg:asPrinted ?l } UNION { ?node kg:warning ?l } }
} GROUP BY ?node ?start ?end ORDER BY ?start DESC(?end)""", text=text)
    refers = defaultdict(list)
    for r in select(store, """
SELECT ?node ?p ?target ?name WHERE {
  ?node prov:wasDerivedFrom/oa:hasSource ?text .
  VALUES ?p { kg:refersTo kg:assignee kg:cites kg:agent kg:proposedBy kg:speaker }
  ?node ?p ?target .
  OPTIONAL { { ?target schema:name ?name } UNION { ?target kg:asPrinted ?name } UNION { ?target kg:folios ?name } }
}""", text=text):
        refers[r["node"]].append(r)
    dates = defaultdict(list)
    for r in select(store, """
SELECT ?node ?date WHERE {
  ?node prov:wasDerivedFrom/oa:hasSource ?text .
  { ?node sem:hasTimeStamp ?date } UNION { ?node sem:hasBeginTimeStamp ?date } UNION { ?node sem:hasEndTimeStamp ?date }
}""", text=text):
        dates[r["node"]].append(str(r["date"]))
    for r in rows:
        r["types"] = r["types"].split()
        r["targets"] = refers.get(r["node"], [])
        r["dates"] = sorted(set(dates.get(r["node"], [])))
    return rows


def entity(store, node: str) -> dict:
    """A person, body or place: names, identity claim, and every record and turn it appears in."""
    info = {"node": node, "name": label(store, node)}
    info["spellings"] = sorted({r["s"] for r in select(store, "SELECT ?s WHERE { ?node kg:spelling ?s }", node=node)})
    info["labels"] = select(store, "SELECT ?l (LANG(?l) AS ?lang) WHERE { ?node rdfs:label ?l } ORDER BY ?lang ?l", node=node)
    info["sameAs"] = [r["w"] for r in select(store, "SELECT ?w WHERE { ?node schema:sameAs ?w } ORDER BY ?w", node=node)]
    life = select(store, "SELECT ?b ?d WHERE { OPTIONAL { ?node schema:birthDate ?b } OPTIONAL { ?node schema:deathDate ?d } }", node=node)
    info["born"], info["died"] = (life[0]["b"], life[0]["d"]) if life else (None, None)
    info["claims"] = select(store, """
SELECT ?claim ?outcome ?rule WHERE { ?claim a kg:IdentityClaim ; kg:about ?node .
  OPTIONAL { ?claim kg:outcome ?outcome } OPTIONAL { ?claim kg:rule ?rule } }""", node=node)
    for c in info["claims"]:
        c["candidates"] = select(store, """
SELECT ?cand ?wd ?key ?score (SAMPLE(?l) AS ?label) WHERE { ?claim kg:candidate ?cand .
  OPTIONAL { ?cand schema:sameAs ?wd } OPTIONAL { ?cand kg:authorityKey ?key }
  OPTIONAL { ?cand kg:score ?score } OPTIONAL { ?cand rdfs:label ?l FILTER (LANG(?l) = "en" || LANG(?l) = "") }
} GROUP BY ?cand ?wd ?key ?score ORDER BY DESC(?score) ?key""", claim=c["claim"])
        c["evidence"] = select(store, """
SELECT ?text ?start ?end ?exact WHERE { ?claim kg:evidence ?span . ?span oa:hasSource ?text ;
  oa:hasSelector ?p, ?q . ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact } ORDER BY ?text ?start""",
                               claim=c["claim"])
    info["appearances"] = select(store, """
SELECT ?what ?node2 ?text ?title ?date ?start ?end ?pos ?sittingPos WHERE {
  { ?node2 a kg:SpeechTurn ; kg:speaker ?node ; schema:position ?pos ; sem:subEventOf/schema:position ?sittingPos . BIND ("turn" AS ?what) }
  UNION { ?node2 a kg:Decision ; kg:assignee ?node . FILTER NOT EXISTS { ?node2 a kg:ReferencedEvent } BIND ("decision" AS ?what) }
  UNION { ?node2 a kg:Proposal ; kg:proposedBy ?node . BIND ("proposal" AS ?what) }
  UNION { ?node2 a kg:ListEntry ; kg:refersTo ?node . BIND ("listed" AS ?what) }
  UNION { ?node2 a kg:Mention ; kg:refersTo ?node . BIND ("mention" AS ?what) }
  UNION { ?node2 a kg:RoleInSession ; kg:agent ?node . BIND ("role" AS ?what) }
  ?node2 prov:wasDerivedFrom ?span . ?span oa:hasSource ?text ; oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end .
  OPTIONAL { ?text dcterms:title ?title }
  OPTIONAL { ?text schema:translationOfWork/dcterms:date ?date }
} ORDER BY ?date ?text ?start""", node=node)
    return info


def events(store) -> list[dict]:
    """Sessions and the events they refer to, each with its dates."""
    sessions = select(store, """
SELECT ?session ?title ?date ?text WHERE { ?session a kg:Session ; kg:documentedBy ?text .
  OPTIONAL { ?session dcterms:title ?title } OPTIONAL { ?session sem:hasTimeStamp ?date } } ORDER BY ?date ?title""")
    refs = select(store, """
SELECT ?event ?label ?kind ?date ?begin ?end ?text (GROUP_CONCAT(DISTINCT ?printed; separator="; ") AS ?asPrinted)
       (MIN(?s) AS ?start) (MIN(?e) AS ?stop) WHERE {
  ?event a kg:ReferencedEvent ; prov:wasDerivedFrom ?span . ?span oa:hasSource ?text ; oa:hasSelector ?sel .
  ?sel oa:start ?s ; oa:end ?e .
  OPTIONAL { ?event rdfs:label ?label } OPTIONAL { ?event kg:eventKind ?kind }
  OPTIONAL { ?event sem:hasTimeStamp ?date } OPTIONAL { ?event sem:hasBeginTimeStamp ?begin }
  OPTIONAL { ?event sem:hasEndTimeStamp ?end } OPTIONAL { ?event kg:dateAsPrinted ?printed }
} GROUP BY ?event ?label ?kind ?date ?begin ?end ?text""")
    by_text = defaultdict(list)
    for r in refs:
        r["when"] = str(r["date"] or r["begin"] or "")
        by_text[r["text"]].append(r)
    for s in sessions:
        s["date"] = str(s["date"] or "")
        s["events"] = sorted(by_text.get(s["text"], []), key=lambda e: (e["when"] or "9999", e["label"] or ""))
    return sessions


def types(store, node: str) -> set[str]:
    return {r["t"] for r in select(store, "SELECT ?t WHERE { ?node a ?t }", node=node)}


def outgoing(store, node: str) -> list[dict]:
    return select(store, "SELECT ?p ?o (isIRI(?o) AS ?iri) WHERE { ?node ?p ?o } ORDER BY ?p ?o", node=node)


def incoming(store, node: str) -> list[dict]:
    return select(store, "SELECT ?s ?p WHERE { ?s ?p ?node } ORDER BY ?p ?s LIMIT 500", node=node)


def spans_of(store, node: str) -> list[dict]:
    return select(store, """
SELECT ?text ?start ?end ?exact WHERE { { ?node prov:wasDerivedFrom ?span } UNION { ?node kg:evidence ?span }
  UNION { ?node oa:hasSelector ?sel0 . BIND (?node AS ?span) }
  ?span oa:hasSource ?text ; oa:hasSelector ?p, ?q . ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact
} ORDER BY ?text ?start""", node=node)


def text_by_digest(store) -> dict[str, str]:
    return {r["sha"]: r["text"] for r in select(store, "SELECT ?text ?sha WHERE { ?text a kg:RecordText ; kg:sha256 ?sha }")}
