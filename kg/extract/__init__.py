"""The extractors, run in this order on every record. Each is a plain function
``extract(doc, builder)`` in a module of its own."""

from kg.extract import decisions, entities, events, notes, session, sources, speakers

EXTRACTORS = [
    ("session", session.extract),
    ("speakers", speakers.extract),
    ("decisions", decisions.extract),
    ("events", events.extract),
    ("sources", sources.extract),
    ("notes", notes.extract),
    ("entities", entities.extract),
]
