"""Endpoint answers and the answer cache: answers are checked before they are
kept, damaged cache entries are reported and heal, credentials are never
recorded."""

import http.server
import json
import threading

import pytest

from kg.cli import main
from kg.errors import LinkError
from kg.link.endpoint import public_url
from kg.link.wikidata import WikidataResolver

GOOD = {"head": {"vars": ["item", "label", "name"]}, "results": {"bindings": [
    {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q123"},
     "label": {"type": "literal", "value": "Anastas Mikoyan", "xml:lang": "en"},
     "name": {"type": "literal", "value": "Mikoyan", "xml:lang": "en"}}]}}


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.server.hits.append(self.path)
        status, headers, body = self.server.answer(self)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, *args):
        pass


@pytest.fixture
def serve():
    servers = []

    def start(answer):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        server.hits, server.answer = [], answer
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server, f"http://127.0.0.1:{server.server_address[1]}/sparql"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _json_answer(data):
    return lambda handler: (200, {"Content-Type": "application/sparql-results+json"}, json.dumps(data).encode())


@pytest.mark.parametrize("content", [b"", b'{"endpoint": "x", "query": "q", "resu', b"\xff\xfe\x00{}", b"[1, 2]",
                                     b'{"endpoint": "E", "query": "Q", "results": [1]}', b'"text"'])
def test_damaged_cache_entry_is_reported_removed_and_fetched_again(serve, tmp_path, content):
    server, url = serve(_json_answer(GOOD))
    offline = WikidataResolver(url, tmp_path, offline=True)
    path = offline.cache_path("Q")
    path.write_bytes(content.replace(b"E", url.encode()).replace(b'"Q"', b'"Q"'))
    assert offline.query("Q") is None
    assert len(offline.warnings) == 1 and str(path) in offline.warnings[0] and "damaged" in offline.warnings[0]
    assert not path.exists()
    online = WikidataResolver(url, tmp_path)
    assert online.query("Q") == GOOD and online.requests == 1
    assert json.loads(path.read_text(encoding="utf-8"))["results"] == GOOD
    assert WikidataResolver(url, tmp_path, offline=True).query("Q") == GOOD


@pytest.mark.parametrize("answer, reason", [
    ({"results": {"bindings": [{"item": {"type": "uri", "value": "http://evil.example/entity/Q1"}}]}}, "outside Wikidata"),
    ({"results": {"bindings": [{"item": {"type": "uri", "value": "http://www.wikidata.org/entity/P31"}}]}},
     "outside Wikidata"),
    ({"results": {"bindings": [{"item": "http://www.wikidata.org/entity/Q1"}]}}, "malformed"),
    ({"results": {"bindings": {"item": 1}}}, "not SPARQL JSON"),
    ([{"results": 1}], "not SPARQL JSON"),
])
def test_malformed_answer_is_refused_and_never_cached(serve, tmp_path, answer, reason):
    _, url = serve(_json_answer(answer))
    resolver = WikidataResolver(url, tmp_path)
    with pytest.raises(LinkError, match=reason):
        resolver.query("Q")
    assert list(tmp_path.iterdir()) == []


def test_answer_not_json_is_refused(serve, tmp_path):
    _, url = serve(lambda h: (200, {}, b"<html>busy</html>"))
    with pytest.raises(LinkError, match="not JSON"):
        WikidataResolver(url, tmp_path).query("Q")
    assert list(tmp_path.iterdir()) == []


def test_oversized_answer_is_refused_after_reading_the_cap(serve, tmp_path):
    big = {"results": {"bindings": []}, "padding": "x" * 50_000}
    _, url = serve(_json_answer(big))
    resolver = WikidataResolver(url, tmp_path)
    resolver.max_bytes = 10_000
    with pytest.raises(LinkError, match="larger than"):
        resolver.query("Q")
    assert list(tmp_path.iterdir()) == []


def test_redirect_to_another_host_is_refused(serve, tmp_path):
    other, other_url = serve(_json_answer(GOOD))
    _, url = serve(lambda h: (307, {"Location": other_url}, b""))
    with pytest.raises(LinkError, match="redirects to another host"):
        WikidataResolver(url, tmp_path).query("Q")
    assert other.hits == [] and list(tmp_path.iterdir()) == []


def test_redirect_within_the_endpoint_is_followed(serve, tmp_path):
    server, url = serve(lambda h: _json_answer(GOOD)(h) if h.path.endswith("/v2")
                        else (303, {"Location": "/sparql/v2"}, b""))
    assert WikidataResolver(url, tmp_path).query("Q") == GOOD


def test_credentials_are_used_but_never_recorded(serve, tmp_path):
    server, url = serve(_json_answer(GOOD))
    secret_url = url.replace("http://", "http://alice:pa55word@") + "?format=json&apikey=S3CRET&token=T0KEN"
    resolver = WikidataResolver(secret_url, tmp_path)
    entries = resolver.lookup(["Mikoyan"], "person")
    assert server.hits and "apikey=S3CRET" in server.hits[0]
    assert [e.qid for e in entries] == ["Q123"]
    recorded = " ".join(f"{e.evidence} {e.source}" for e in entries) + resolver.endpoint
    recorded += "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())
    for secret in ("S3CRET", "T0KEN", "pa55word", "alice"):
        assert secret not in recorded
    assert "format=json" in recorded


@pytest.mark.parametrize("url, shown", [
    ("https://u:p@example.org/sparql?key=1&x=2#frag", "https://example.org/sparql?x=2"),
    ("https://example.org:8443/q?api_key=1&access_token=2&lang=en", "https://example.org:8443/q?lang=en"),
    ("https://query.wikidata.org/sparql", "https://query.wikidata.org/sparql"),
])
def test_public_url(url, shown):
    assert public_url(url) == shown


def test_kg_link_reports_a_damaged_cache_entry(runner, small_ttl, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    damaged = cache / "damaged.json"
    damaged.write_bytes(b"\xff not utf-8")
    monkeypatch.setattr(WikidataResolver, "cache_path", lambda self, query: damaged)
    out = tmp_path / "linked.ttl"
    result = runner.invoke(main, ["link", str(small_ttl), "--cache", str(cache), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "kg: warning: " in result.output and "damaged cache entry" in result.output
    assert "Traceback" not in result.output
    assert not damaged.exists()


def test_kg_build_reports_a_damaged_cache_entry(runner, tmp_path, monkeypatch):
    from .conftest import SMALL

    damaged = tmp_path / "damaged.json"
    damaged.write_text("[1, 2]", encoding="utf-8")
    monkeypatch.setattr(WikidataResolver, "cache_path", lambda self, query: damaged)
    result = runner.invoke(main, ["build", str(SMALL), "--no-validate", "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 0, result.output
    assert "kg: warning: " in result.output and "damaged cache entry (not a JSON object)" in result.output
    assert not damaged.exists()
