"""The SPARQL 1.1 Protocol endpoint at ``/sparql``: read-only, no SERVICE,
a time limit and a cap on rows.

Queries run in a worker process that opens the same graph or store as the
site: pyoxigraph has no time limit of its own, so a query that runs past the
limit is stopped for real by ending its worker, and a fresh worker takes its
place. GET with ``query=``, POST as a form or as ``application/sparql-query``;
updates are refused (403). Results as SPARQL JSON, XML, CSV or TSV, graphs as
Turtle, JSON-LD, N-Triples or RDF/XML, chosen by the Accept header or the
``format`` parameter; a browser gets the query page with the answer as a table."""

from __future__ import annotations

import json
import multiprocessing
import queue
import re
import sys
import threading
from urllib.parse import parse_qsl

import pyoxigraph as ox
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from kg.query import available, resolve
from kg.serve import results
from kg.serve.negotiate import best
from kg.serve.store import PREFIX_MAP, open_store

_CONTEXT = multiprocessing.get_context("spawn")
# What the query's keywords are looked for in: the text less its strings, IRIs and comments.
_HIDDEN_RE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                        r'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_SERVICE_RE = re.compile(r"\bSERVICE\b", re.IGNORECASE)


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def uses_service(sparql: str) -> bool:
    return bool(_SERVICE_RE.search(_HIDDEN_RE.sub(" ", sparql)))


def _answer(store, job: dict):
    """Run one query in the worker: (status, media type, body, rows cut off)."""
    try:
        kwargs = {"prefixes": PREFIX_MAP}
        if job["default"]:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in job["default"]]
        else:
            kwargs["use_default_graph_as_union"] = True
        if job["named"]:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in job["named"]]
        result = store.query(job["query"], **kwargs)
    except (SyntaxError, ValueError) as exc:
        return 400, "text/plain", f"malformed query: {str(exc).splitlines()[0]}".encode(), False
    except Exception as exc:  # noqa: BLE001 -- an evaluation error of the store
        return 500, "text/plain", f"the query failed: {str(exc).splitlines()[0]}".encode(), False
    cap = job["max_rows"]
    if isinstance(result, ox.QueryBoolean):
        media = best(job["accept"], job["results"])
        if media is None:
            return 406, "text/plain", b"no acceptable format for a boolean result", False
        return 200, media, results.boolean(bool(result), results.RESULTS[media]), False
    rows = []
    for item in result:
        if len(rows) == cap:
            break
        rows.append(item)
    cut = len(rows) == cap and next(iter(result), None) is not None
    if isinstance(result, ox.QuerySolutions):
        media = best(job["accept"], job["results"])
        if media is None:
            return 406, "text/plain", b"no acceptable format for solutions", False
        names = [v.value for v in result.variables]
        body = results.solutions(names, [[row[n] for n in names] for row in rows], results.RESULTS[media])
        return 200, media, body, cut
    media = best(job["accept"], job["graphs"])
    if media is None:
        return 406, "text/plain", b"no acceptable format for a graph", False
    return 200, media, results.graph(rows, media), cut


def _work(conn, source: str) -> None:
    store = open_store(source)
    conn.send("ready")
    while True:
        job = conn.recv()
        if job is None:
            return
        conn.send(_answer(store, job))


class Worker:
    def __init__(self, source: str):
        self.conn, child = _CONTEXT.Pipe()
        self.proc = _CONTEXT.Process(target=_work, args=(child, source), daemon=True)
        self.proc.start()
        child.close()
        try:
            ready = self.conn.poll(120) and self.conn.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.stop()
            raise RuntimeError("the query worker did not start")

    def stop(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class Endpoint:
    def __init__(self, source: str, timeout: float = 10.0, max_rows: int = 10000, workers: int = 1):
        self.source, self.timeout, self.max_rows = source, timeout, max_rows
        self._idle: queue.Queue = queue.Queue()
        self._all: list[Worker] = []
        self._closed = False
        for _ in range(workers):
            threading.Thread(target=self._spawn, daemon=True).start()

    def _spawn(self) -> None:
        if self._closed:
            return
        try:
            worker = Worker(self.source)
        except RuntimeError as exc:
            if not self._closed:  # queries then wait for a worker and are answered 503
                sys.stderr.write(f"kg: {exc}\n")
            return
        if self._closed:
            worker.stop()
            return
        self._all.append(worker)
        self._idle.put(worker)

    def close(self) -> None:
        self._closed = True
        for w in self._all:
            w.stop()

    def run(self, job: dict):
        """Run ``job`` in a worker within the time limit; a worker past it is ended and replaced."""
        job = {**job, "max_rows": self.max_rows}
        try:
            worker = self._idle.get(timeout=self.timeout + 120)
        except queue.Empty:
            return 503, "text/plain", b"the endpoint is busy; try again", False
        try:
            worker.conn.send(job)
            if worker.conn.poll(self.timeout):
                answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError):
            pass
        worker.stop()
        self._all.remove(worker)
        threading.Thread(target=self._spawn, daemon=True).start()
        return 503, "text/plain", f"the query ran longer than {self.timeout:g} s and was stopped".encode(), False

    async def handle(self, request: Request, page):
        accept = request.headers.get("accept", "*/*")
        try:
            params = await _params(request)
        except Refused as exc:
            return Response(str(exc) + "\n", status_code=exc.status, media_type="text/plain")
        fmt = params.get("format", [""])[0].lower()
        if fmt:
            if fmt not in results.FORMATS:
                return Response(f"unknown format '{fmt}'\n", status_code=400, media_type="text/plain")
            accept = results.FORMATS[fmt]
        browser = not fmt and best(accept, ["text/html", *results.RESULTS, *results.GRAPHS]) == "text/html"
        texts = params.get("query", [])
        if not texts:
            if browser:
                name = params.get("name", [""])[0]
                shown = resolve(name) if name in available() else ""
                return page(request, "sparql.html", queries=available(), text=shown, answer=None)
            return Response("no query given (query=...)\n", status_code=400, media_type="text/plain")
        if len(texts) > 1:
            return Response("more than one query given\n", status_code=400, media_type="text/plain")
        text = texts[0]
        if uses_service(text):
            return Response("SERVICE is not allowed on this endpoint\n", status_code=400, media_type="text/plain")
        job = {"query": text, "accept": "application/sparql-results+json,text/turtle;q=0.9" if browser else accept,
               "results": list(results.RESULTS), "graphs": list(results.GRAPHS),
               "default": params.get("default-graph-uri", []), "named": params.get("named-graph-uri", [])}
        status, media, body, cut = await run_in_threadpool(self.run, job)
        headers = {"Vary": "Accept"}
        if cut:
            headers["KG-Rows-Cut-At"] = str(self.max_rows)
        if browser:
            answer = {"status": status, "media": media, "cut": cut, "text": body.decode("utf-8", "replace")}
            if status == 200 and media == "application/sparql-results+json":
                data = json.loads(body)
                answer["vars"] = data["head"].get("vars", [])
                answer["rows"] = [[b.get(v, {}).get("value", "") for v in answer["vars"]] for b in data.get("results", {}).get("bindings", [])]
                answer["boolean"] = data.get("boolean")
            return page(request, "sparql.html", status=status, queries=available(), text=text, answer=answer)
        return Response(body, status_code=status, media_type=media, headers=headers)


async def _params(request: Request) -> dict[str, list[str]]:
    """The protocol's parameters of a GET or POST; an update is refused."""
    params: dict[str, list[str]] = {}
    for k, v in request.query_params.multi_items():
        params.setdefault(k, []).append(v)
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = (await request.body()).decode("utf-8", "replace")
        if ctype == "application/sparql-update":
            raise Refused(403, "this endpoint is read-only: updates are refused")
        if ctype == "application/sparql-query":
            params.setdefault("query", []).append(body)
        elif ctype == "application/x-www-form-urlencoded":
            for k, v in parse_qsl(body, keep_blank_values=True):
                params.setdefault(k, []).append(v)
        else:
            raise Refused(415, f"unsupported content type '{ctype}' (use application/sparql-query or a form)")
    if "update" in params:
        raise Refused(403, "this endpoint is read-only: updates are refused")
    return params
