"""The routes of ``kg serve``: the records, one record, a person, body or
place, the events, the editor's report, every node of the graph at
``/id/...`` (HTML, Turtle, JSON-LD or N-Triples by content negotiation) and
the SPARQL endpoint at ``/sparql``."""

from __future__ import annotations

import contextlib
import functools
import threading
from pathlib import Path

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from kg.serve import marks, read
from kg.serve.negotiate import best
from kg.serve.sparql import Endpoint
from kg.serve.store import PREFIX_MAP, open_store, query
from kg.vocab import ID, KG, ORG, RICO, SDO

HERE = Path(__file__).parent
BASE = str(ID)
ENTITY_TYPES = {str(SDO.Person), str(SDO.Place), str(ORG.Organization), str(RICO.CorporateBody)}
RDF_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/ld+json": ox.RdfFormat.JSON_LD,
             "application/n-triples": ox.RdfFormat.N_TRIPLES}
FORMATS = {"ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples"}  # ?format= for links


class Site:
    """The store and what is computed from it once (the editor's report)."""

    def __init__(self, source, query_timeout: float = 10.0, max_rows: int = 10000):
        self.source = str(source)
        self.store = open_store(source)
        self.endpoint = Endpoint(self.source, timeout=query_timeout, max_rows=max_rows)
        self._findings = None
        self._lock = threading.Lock()

    @functools.lru_cache(maxsize=128)  # noqa: B019 -- the store is read-only: a record read once stays true
    def record(self, node: str):
        rec = read.record(self.store, node)
        if rec is None:
            return None
        speakers = marks.speaker_index(rec["turns"])
        return rec, speakers, marks.fact_marks(rec, BASE, speakers)

    def findings(self):
        with self._lock:
            if self._findings is None:
                from kg.check import check
                from kg.serve.store import to_rdflib

                self._findings = check(to_rdflib(self.store))
            return self._findings


def create_app(source, query_timeout: float = 10.0, max_rows: int = 10000) -> Starlette:
    site = Site(source, query_timeout, max_rows)
    templates = Jinja2Templates(directory=str(HERE / "pages"))
    templates.env.globals["local"] = lambda node: marks.local(node, BASE)
    templates.env.filters["short"] = _short

    def page(request, template, status=200, **context):
        return templates.TemplateResponse(request, template, context, status_code=status)

    async def records_page(request: Request):
        rows = read.records(site.store)
        q = request.query_params
        bodies = sorted({(r["body"], r["bodyName"]) for r in rows if r["body"]}, key=lambda b: b[1] or "")
        genres = sorted({r["genre"] for r in rows})
        persons = sorted({p for r in rows for p in r["persons"]}, key=lambda p: p[1])
        chosen = {k: q.get(k, "") for k in ("from", "to", "body", "genre", "person", "sort", "order")}
        rows = [r for r in rows
                if (not chosen["from"] or str(r["date"] or "") >= chosen["from"])
                and (not chosen["to"] or str(r["date"] or "9999") <= chosen["to"])
                and (not chosen["body"] or r["body"] == chosen["body"])
                and (not chosen["genre"] or r["genre"] == chosen["genre"])
                and (not chosen["person"] or any(p == chosen["person"] for p, _ in r["persons"]))]
        sort = chosen["sort"] if chosen["sort"] in ("date", "title", "body", "genre", "turns", "decisions", "notes") else "date"
        key = {"body": "bodyName"}.get(sort, sort)
        rows.sort(key=lambda r: (r[key] is None, r[key] if r[key] is not None else "", r["title"]),
                  reverse=chosen["order"] == "desc")
        return page(request, "records.html", rows=rows, bodies=bodies, genres=genres, persons=persons,
                    chosen=chosen, sort=sort)

    async def node_page(request: Request):
        node = BASE + request.path_params["path"]
        types = read.types(site.store, node)
        if not types and not read.incoming(site.store, node):
            return page(request, "missing.html", status=404, node=node)
        wanted = FORMATS.get(request.query_params.get("format", ""))
        wanted = wanted or best(request.headers.get("accept", "text/html"), ["text/html", *RDF_TYPES])
        if wanted in RDF_TYPES:
            return _describe(site.store, node, wanted)
        if str(KG.RecordText) in types:
            return _record_page(request, node)
        if types & ENTITY_TYPES:
            return page(request, "entity.html", e=read.entity(site.store, node), types=types)
        return page(request, "node.html", node=node, name=read.label(site.store, node), types=sorted(types),
                    out=read.outgoing(site.store, node), inc=read.incoming(site.store, node),
                    spans=read.spans_of(site.store, node))

    def _record_page(request: Request, node: str):
        rec, speakers, found = site.record(node)
        found = list(found)
        span = request.query_params.get("span", "")
        if span.count("-") == 1 and all(p.isdigit() for p in span.split("-")):
            a, b = (int(p) for p in span.split("-"))
            if 0 <= a < b <= len(rec["content"]):
                found.append(marks.Mark(a, b, "highlight", node, "<b>The passage linked to</b>", anchor="hl"))
        paras = marks.render(rec["content"], found, rec["notes"])
        return page(request, "record.html", rec=rec, paras=paras, chart=marks.chart(rec["turns"], speakers, BASE),
                    decisions=[f for f in rec["facts"] if marks.kind_of(f["types"]) == "decision"],
                    participants=_participants(rec))

    async def events_page(request: Request):
        return page(request, "events.html", sessions=read.events(site.store))

    async def report_page(request: Request):
        texts = read.text_by_digest(site.store)
        return page(request, "report.html", findings=site.findings(), texts=texts)

    async def sparql_route(request: Request):
        return await site.endpoint.handle(request, page)

    async def home(request: Request):
        return RedirectResponse("/records")

    routes = [
        Route("/", home),
        Route("/records", records_page),
        Route("/events", events_page),
        Route("/report", report_page),
        Route("/sparql", sparql_route, methods=["GET", "POST"]),
        Route("/id/{path:path}", node_page),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        site.endpoint.close()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.site = site
    return app


def _participants(rec: dict) -> list[dict]:
    seen, out = set(), []
    for f in rec["facts"]:
        if marks.kind_of(f["types"]) == "participant":
            for t in f["targets"]:
                if t["target"] not in seen:
                    seen.add(t["target"])
                    out.append({"node": t["target"], "name": t["name"] or f["label"], "anchor": f"s{f['start']}-{f['end']}"})
    return out


def _describe(store, node: str, media_type: str) -> Response:
    triples = query(store, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ {ox.NamedNode(node)} }} ?s ?p ?o }}")
    data = ox.serialize(triples, format=RDF_TYPES[media_type],
                        **({"prefixes": PREFIX_MAP} if media_type == "text/turtle" else {}))
    return Response(data, media_type=media_type, headers={"Vary": "Accept"})


def _short(iri) -> str:
    iri = str(iri)
    for prefix, ns in PREFIX_MAP.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri

