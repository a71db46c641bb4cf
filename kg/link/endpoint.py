"""Talking to a SPARQL endpoint: its answers are data to check, not to trust.

- :func:`public_url` is the endpoint as kg records it (in the graph, the
  cache, messages): without user name, password or secret query parameters
  (``key=``, ``apikey=``, ``token=``, ...), which are used for the request only.
- :func:`post` sends a query and reads at most :data:`MAX_ANSWER_BYTES` of
  the answer; a redirect to another host (or scheme, or port) is refused.
- :func:`check_results` refuses an answer that is not SPARQL JSON results of
  the shape kg asked for, or that names an item outside Wikidata's IRI space."""

from __future__ import annotations

import base64
import json
import re
import urllib.error
import urllib.parse
import urllib.request

from kg.errors import LinkError

MAX_ANSWER_BYTES = 8 * 1024 * 1024
SECRET_PARAMS = re.compile(r"(?:api[_-]?key|key|token|access[_-]?token|auth|secret|password|passwd|pwd|"
                           r"signature|sig|session|sessionid|client[_-]?secret)$", re.IGNORECASE)
QID_IRI = re.compile(r"^http://www\.wikidata\.org/entity/(Q[1-9][0-9]*)$")
_VALUE_TYPES = {"uri", "literal", "bnode", "typed-literal"}


def public_url(url: str) -> str:
    """``url`` without credentials: no user info, no secret query parameters, no fragment."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return "<endpoint>"
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host + (f":{port}" if port else "")
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
             if not SECRET_PARAMS.match(k)]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, urllib.parse.urlencode(query), ""))


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port


class _SameOrigin(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only within the endpoint's scheme, host and port."""

    def __init__(self, endpoint: str):
        self.endpoint = endpoint

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if _origin(newurl) != _origin(req.full_url):
            raise LinkError(f"{public_url(self.endpoint)}: refused: the endpoint redirects to another host "
                            f"({public_url(newurl)})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def post(endpoint: str, body: bytes, headers: dict, timeout: float, max_bytes: int = MAX_ANSWER_BYTES) -> bytes:
    """POST ``body`` to ``endpoint``; the answer's bytes (at most ``max_bytes``)."""
    shown = public_url(endpoint)
    if urllib.parse.urlsplit(endpoint).scheme.lower() not in ("http", "https"):
        raise LinkError(f"{shown}: the endpoint must be an http or https URL")
    url, headers = _credentials_to_header(endpoint, dict(headers))
    opener = urllib.request.build_opener(_SameOrigin(endpoint))
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    try:
        with opener.open(request, timeout=timeout) as response:
            payload = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        detail = exc.read(300).decode("utf-8", "replace").strip().splitlines()
        raise LinkError(f"{shown}: HTTP {exc.code} {exc.reason}" + (f": {detail[0]}" if detail else "")) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, LinkError):
            raise exc.reason from None
        raise LinkError(f"{shown}: cannot reach the endpoint: {exc.reason}") from None
    except TimeoutError:
        raise LinkError(f"{shown}: no answer within {timeout:g} s") from None
    except OSError as exc:
        raise LinkError(f"{shown}: {exc}") from None
    if len(payload) > max_bytes:
        raise LinkError(f"{shown}: refused: the answer is larger than {max_bytes // (1024 * 1024)} MB")
    return payload


def _credentials_to_header(endpoint: str, headers: dict) -> tuple[str, dict]:
    """A user name and password in the URL become HTTP basic authentication
    (urllib would take them for part of the host name)."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.username is None:
        return endpoint, headers
    user = urllib.parse.unquote(parts.username)
    password = urllib.parse.unquote(parts.password or "")
    headers["Authorization"] = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    netloc = parts.netloc.rsplit("@", 1)[1]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment)), headers


def parse_answer(endpoint: str, payload: bytes) -> dict:
    """The answer's bytes as checked SPARQL JSON results."""
    try:
        results = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise LinkError(f"{public_url(endpoint)}: refused: the answer is not JSON") from None
    problem = check_results(results)
    if problem:
        raise LinkError(f"{public_url(endpoint)}: refused: {problem}")
    return results


def check_results(results) -> str | None:
    """What is wrong with ``results`` as SPARQL JSON results of kg's lookup
    query, or None. Every ``item`` must be a Wikidata item IRI."""
    if not isinstance(results, dict):
        return "the answer is not SPARQL JSON results (not an object)"
    bindings = results.get("results", {}).get("bindings") if isinstance(results.get("results"), dict) else None
    if not isinstance(bindings, list):
        return "the answer is not SPARQL JSON results (no results.bindings list)"
    for row in bindings:
        if not isinstance(row, dict):
            return "the answer is not SPARQL JSON results (a binding is not an object)"
        for name, value in row.items():
            if (not isinstance(value, dict) or value.get("type") not in _VALUE_TYPES
                    or not isinstance(value.get("value"), str)):
                return f"the answer is not SPARQL JSON results (the value of ?{name} is malformed)"
        item = row.get("item")
        if item is None or item.get("type") != "uri" or not QID_IRI.match(item["value"]):
            found = item.get("value") if isinstance(item, dict) else None
            return f"the answer names an item outside Wikidata's IRI space ({found!r})"
    return None
