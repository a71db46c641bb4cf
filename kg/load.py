"""Loading a graph file safely: the file alone, nothing else.

A graph given to ``kg validate``, ``check``, ``link``, ``reason``, ``query``
or ``export`` is parsed from its own bytes only. Parsing never reaches the
network nor reads another file: a JSON-LD ``@context`` (or ``@import``) that
names a document, and RDF/XML with a DOCTYPE naming an external DTD or
entity, or entities built from other entities (an expansion bomb), are
refused before the parser sees them. A parse error names the file, the line
where the parser gives one, and the parser's reason. A literal whose text is
not of its datatype (``"ten"^^xsd:nonNegativeInteger``) is refused too: every
command would read it as a number or a date."""

from __future__ import annotations

import json
import logging
import re
import warnings
from pathlib import Path
from xml.sax import SAXParseException

from rdflib import Graph, Literal
from rdflib.exceptions import ParserError
from rdflib.plugins.parsers.notation3 import BadSyntax

from kg.errors import GraphInputError
from kg.vocab import KG, RDF, bind_prefixes

SUFFIX_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".jsonld": "json-ld",
                  ".json": "json-ld", ".trig": "trig", ".rdf": "xml", ".owl": "xml"}

_DOCTYPE_EXTERNAL = re.compile(rb"<!DOCTYPE[^>\[]*\b(?:SYSTEM|PUBLIC)\b", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY\s+(%\s+)?[^\s>]+\s+(SYSTEM|PUBLIC|\"[^\"]*\"|'[^']*')", re.IGNORECASE)


def graph_format(path: str | Path) -> str:
    """The rdflib parser for a file, by its suffix (Turtle when unknown)."""
    return SUFFIX_FORMATS.get(Path(path).suffix.lower(), "turtle")


def load_graph(path: str | Path, *, require_record: bool = False) -> Graph:
    """Parse the graph file ``path``; a :class:`GraphInputError` names the
    file (and line) when it cannot be read, is not a graph, or would make the
    parser fetch something. With ``require_record``, a graph that holds no
    record text (empty, or not built by ``kg build``) is refused."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise GraphInputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise GraphInputError(f"{p}: is a folder, not a graph file") from None
    except OSError as exc:
        raise GraphInputError(f"{p}: cannot be read: {exc.strerror}") from None
    fmt = graph_format(p)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise GraphInputError(f"{p}:{line}: not a readable {fmt} graph: not UTF-8 "
                              f"(byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    if fmt == "json-ld":
        _screen_jsonld(p, text)
    elif fmt == "xml":
        _screen_xml(p, data)
    g = Graph()
    quiet = _QuietLiterals()
    logging.getLogger("rdflib.term").addFilter(quiet)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # rdflib warns of odd literals; kg refuses them below
            g.parse(data=text, format=fmt, publicID=p.resolve().as_uri())
    except RecursionError:
        raise GraphInputError(f"{p}: not a readable {fmt} graph: nested too deeply") from None
    except Exception as exc:  # noqa: BLE001  -- rdflib raises many types; all mean "not a graph"
        raise GraphInputError(_parse_error(p, fmt, text, exc)) from None
    finally:
        logging.getLogger("rdflib.term").removeFilter(quiet)
    _refuse_ill_typed(p, g)
    if require_record and not any(True for _ in g.subjects(RDF.type, KG.RecordText)):
        what = "is empty" if len(g) == 0 else f"holds {len(g)} triples but"
        raise GraphInputError(f"{p}: the graph {what} no record (no kg:RecordText): "
                              "give a graph written by kg build")
    bind_prefixes(g)
    return g


class _QuietLiterals(logging.Filter):
    """rdflib logs a traceback for each ill-typed literal; kg reports them itself."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "Failed to convert Literal" not in record.getMessage()


def _parse_error(p: Path, fmt: str, text: str, exc: Exception) -> str:
    if isinstance(exc, BadSyntax):
        return f"{p}:{exc.lines + 1}: not a readable {fmt} graph: {exc._why}"
    if isinstance(exc, SAXParseException):
        return f"{p}:{exc.getLineNumber()}: not a readable {fmt} graph: {exc.getMessage()}"
    if isinstance(exc, json.JSONDecodeError):
        return f"{p}:{exc.lineno}: not a readable {fmt} graph: {exc.msg}"
    if isinstance(exc, ParserError) and fmt == "nt":
        line = _bad_ntriples_line(text)
        return f"{p}{f':{line}' if line else ''}: not a readable {fmt} graph: {exc.msg}"
    if isinstance(exc, IndexError) and fmt in ("turtle", "trig"):
        return f"{p}:{text.count(chr(10)) + 1}: not a readable {fmt} graph: the text ends inside a statement (truncated?)"
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"{p}: not a readable {fmt} graph: {message}"


def _bad_ntriples_line(text: str) -> int | None:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            Graph().parse(data=line + "\n", format="nt")
        except Exception:  # noqa: BLE001  -- the first line that fails alone is the one to name
            return number
    return None


def _screen_jsonld(p: Path, text: str) -> None:
    """Refuse a JSON-LD document whose contexts name other documents."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GraphInputError(f"{p}:{exc.lineno}: not a readable json-ld graph: {exc.msg}") from None
    except RecursionError:
        raise GraphInputError(f"{p}: not a readable json-ld graph: nested too deeply") from None
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "@context":
                    for ctx in value if isinstance(value, list) else [value]:
                        if isinstance(ctx, str):
                            raise GraphInputError(
                                f"{p}: refused: the JSON-LD @context names a document ({ctx!r}); "
                                "kg reads graphs offline and from the one file: inline the context")
                elif key == "@import":
                    raise GraphInputError(f"{p}: refused: the JSON-LD context imports a document ({value!r}); "
                                          "kg reads graphs offline and from the one file: inline the context")
                stack.append(value)


def _screen_xml(p: Path, data: bytes) -> None:
    """Refuse RDF/XML that names an external DTD or entity, or whose entities
    are built from other entities (entity expansion)."""
    if _DOCTYPE_EXTERNAL.search(data):
        raise GraphInputError(f"{p}: refused: the RDF/XML DOCTYPE names an external DTD; "
                              "kg reads graphs offline and from the one file")
    for m in _ENTITY.finditer(data):
        value = m.group(2)
        if value.upper() in (b"SYSTEM", b"PUBLIC"):
            raise GraphInputError(f"{p}: refused: the RDF/XML declares an external entity; "
                                  "kg reads graphs offline and from the one file")
        if m.group(1) or b"&" in value or b"%" in value:
            raise GraphInputError(f"{p}: refused: the RDF/XML declares entities made of other entities "
                                  "(entity expansion)")


def _refuse_ill_typed(p: Path, g: Graph) -> None:
    for s, pred, o in g:
        if isinstance(o, Literal) and o.ill_typed:
            raise GraphInputError(
                f"{p}: the literal {json.dumps(str(o), ensure_ascii=False)}^^{o.datatype.n3(g.namespace_manager)} "
                f"of {pred.n3(g.namespace_manager)} "
                f"on {s.n3(g.namespace_manager)} is not a valid {o.datatype.n3(g.namespace_manager)}")
