"""Online lookup of names the authority data does not cover, in a Wikidata
SPARQL endpoint, with an on-disk cache so that later builds are offline.

:func:`build_query` makes the one query text sent to any endpoint, the public
Wikidata query service or a local server holding Wikidata-shaped data: items
whose ``rdfs:label`` or ``skos:altLabel`` is one of the name's forms (in the
case variants of :func:`case_variants`, tagged en, ru, hu, cs, pl, de), whose
``wdt:P31`` is a class of the entity's kind, and, for a person who acts in a
meeting, who was alive in the record's year (``wdt:P569`` / ``wdt:P570``;
for bodies ``wdt:P571`` / ``wdt:P576``). Labels are matched exactly rather
than scanned with a text filter because the public service cannot scan every
label within its time limit.

Answers are checked before they are cached (:mod:`kg.link.endpoint`) and
cached under ``cache_dir`` (default :func:`kg.resources.cache_dir`), one JSON
file per endpoint and query, named by the SHA-256 of both; the endpoint is
recorded without credentials. A damaged entry is reported, removed and
fetched again."""

from __future__ import annotations

import hashlib
import json
import re
import urllib.parse
from collections.abc import Sequence
from pathlib import Path

from kg import __version__, resources
from kg.atomic import write_atomic
from kg.errors import LinkError, OutputError
from kg.link.authority import AuthorityEntry, PartialDate, build_entry
from kg.link.endpoint import MAX_ANSWER_BYTES, QID_IRI, check_results, parse_answer, post, public_url
from kg.names import slug

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
USER_AGENT = f"kg-archives/{__version__} (knowledge graphs of archival meeting records; Python urllib)"
LANGUAGES = ("en", "ru", "hu", "cs", "pl", "de")

# wdt:P31 classes accepted for each kind of entity.
CLASSES: dict[str, tuple[str, ...]] = {
    "person": ("Q5",),  # human
    "place": (
        "Q6256",  # country
        "Q3624078",  # sovereign state
        "Q3024240",  # historical country
        "Q515",  # city
        "Q5119",  # capital city
        "Q1549591",  # big city
        "Q486972",  # human settlement
    ),
    "body": (
        "Q43229",  # organization
        "Q7278",  # political party
        "Q327333",  # government agency
        "Q484652",  # international organization
    ),
    "event": (
        "Q1190554",  # occurrence
        "Q1656682",  # event
        "Q198",  # war
        "Q178561",  # battle
        "Q10931",  # revolution
        "Q124734",  # rebellion
        "Q645883",  # military operation
    ),
}
# Start and end properties: birth/death for persons, inception/dissolution otherwise.
LIFESPAN = {"person": ("P569", "P570")}
DEFAULT_LIFESPAN = ("P571", "P576")



def _literal(text: str) -> str:
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


def case_variants(name: str) -> list[str]:
    """The forms a label may take for a name as printed: as printed, with each
    word capitalised, and in lower case."""
    name = " ".join(name.split())
    titled = " ".join(w[:1].upper() + w[1:].lower() if w.isupper() or w.islower() else w
                      for w in name.split())
    return list(dict.fromkeys([name, titled, name.lower()]))


def build_query(names: Sequence[str], kind: str, *, dates: Sequence[PartialDate] = (),
                acting: bool = False, limit: int = 50) -> str:
    """The SPARQL query for ``names`` (forms of one entity) of ``kind``.

    With ``acting`` and ``dates``, items whose life (or existence) ended
    before the earliest year or began after the latest are left out."""
    if kind not in CLASSES:
        raise LinkError(f"no Wikidata classes for kind {kind!r}")
    forms = []
    for name in names:
        for variant in case_variants(name):
            for lang in LANGUAGES:
                forms.append(f"{_literal(variant)}@{lang}")
    forms = list(dict.fromkeys(forms))
    classes = " ".join(f"wd:{q}" for q in CLASSES[kind])
    start, end = LIFESPAN.get(kind, DEFAULT_LIFESPAN)
    lines = [
        "PREFIX wd: <http://www.wikidata.org/entity/>",
        "PREFIX wdt: <http://www.wikidata.org/prop/direct/>",
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
        "SELECT DISTINCT ?item ?label ?name ?start ?end WHERE {",
        "  VALUES ?name { " + " ".join(forms) + " }",
        "  ?item rdfs:label|skos:altLabel ?name .",
        f"  VALUES ?class {{ {classes} }}",
        "  ?item wdt:P31 ?class .",
        '  OPTIONAL { ?item rdfs:label ?label . FILTER(LANG(?label) = "en") }',
        f"  OPTIONAL {{ ?item wdt:{start} ?start . }}",
        f"  OPTIONAL {{ ?item wdt:{end} ?end . }}",
    ]
    if acting and dates:
        first = min(d.earliest.year for d in dates)
        last = max(d.latest.year for d in dates)
        lines.append(f"  FILTER(!BOUND(?end) || YEAR(?end) >= {first})")
        lines.append(f"  FILTER(!BOUND(?start) || YEAR(?start) <= {last})")
    lines.append("}")
    lines.append("ORDER BY ?item ?name")
    lines.append(f"LIMIT {int(limit)}")
    return "\n".join(lines) + "\n"


def _wikidata_date(value: str) -> PartialDate | None:
    """A Wikidata time value; 1 January at midnight is read as a year only,
    because that is how year-precision values are stored."""
    m = re.match(r"^(-?\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if year < 1:
        return None
    if month in (0, 1) and day in (0, 1):
        return PartialDate(year)
    if day == 0:
        return PartialDate(year, month)
    return PartialDate(year, month, day)


def entries_from_results(results: dict, kind: str, endpoint: str) -> list[AuthorityEntry]:
    """SPARQL JSON results of :func:`build_query` -> one entry per item."""
    try:
        bindings = results["results"]["bindings"]
    except (KeyError, TypeError) as exc:
        raise LinkError(f"{endpoint}: answer is not SPARQL JSON results") from exc
    items: dict[str, dict] = {}
    for b in bindings:
        iri = b.get("item", {}).get("value", "")
        m = QID_IRI.match(iri)
        if not m:
            continue
        item = items.setdefault(m.group(1), {"label": "", "names": [], "start": [], "end": []})
        if "label" in b and not item["label"]:
            item["label"] = b["label"]["value"]
        if "name" in b and b["name"]["value"] not in item["names"]:
            item["names"].append(b["name"]["value"])
        for k in ("start", "end"):
            if k in b:
                d = _wikidata_date(b[k]["value"])
                if d and d not in item[k]:
                    item[k].append(d)
    out = []
    for qid in sorted(items, key=lambda q: int(q[1:])):
        item = items[qid]
        label = item["label"] or (item["names"][0] if item["names"] else qid)
        born = min(item["start"], key=lambda d: d.earliest) if item["start"] else None
        died = max(item["end"], key=lambda d: d.latest) if item["end"] else None
        aliases = [n for n in item["names"] if n != label]
        out.append(build_entry(
            key=f"wikidata-{qid.lower()}-{slug(label)}",
            kind=kind,
            label=label,
            qid=qid,
            aliases=aliases,
            born=born,
            died=died,
            evidence=f"{endpoint} (label match: {', '.join(item['names'])})",
            source=endpoint,
        ))
    return out


class WikidataResolver:
    """Asks a SPARQL endpoint about names; answers are cached on disk.

    ``offline=True`` answers from the cache only (a miss gives no candidates).
    ``requests`` and ``cache_hits`` count what happened."""

    def __init__(self, endpoint: str = DEFAULT_ENDPOINT, cache_dir: str | Path | None = None, *,
                 timeout: float = 60.0, user_agent: str = USER_AGENT, offline: bool = False):
        self.url = endpoint  # for the requests only: it may hold credentials
        self.endpoint = public_url(endpoint)  # as recorded in the cache, the graph, messages
        self.cache_dir = Path(cache_dir).expanduser() if cache_dir is not None else resources.cache_dir()
        self.timeout = timeout
        self.user_agent = user_agent
        self.offline = offline
        self.max_bytes = MAX_ANSWER_BYTES
        self.requests = 0
        self.cache_hits = 0
        self.warnings: list[str] = []

    def cache_path(self, query: str) -> Path:
        digest = hashlib.sha256(f"{self.endpoint}\n{query}".encode()).hexdigest()
        return self.cache_dir / f"{digest}.json"

    def _read_cache(self, path: Path, query: str) -> dict | None:
        """The cached answer to ``query``, or None. A damaged entry (not UTF-8,
        not JSON, cut short, of the wrong shape, or for another query) is
        reported in ``warnings`` and removed, so that it is fetched again."""
        try:
            data = json.loads(path.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            return None
        except OSError as exc:
            self.warnings.append(f"{path}: cache entry cannot be read ({exc.strerror}); ignored")
            return None
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            return self._drop(path, "not UTF-8 JSON" if isinstance(exc, UnicodeDecodeError) else "not JSON (cut short?)")
        if not isinstance(data, dict):
            return self._drop(path, "not a JSON object")
        if data.get("endpoint") != self.endpoint or data.get("query") != query:
            return self._drop(path, "holds the answer to another query")
        problem = check_results(data.get("results"))
        if problem:
            return self._drop(path, problem)
        return data["results"]

    def _drop(self, path: Path, why: str) -> None:
        try:
            path.unlink()
            done = "removed; it is fetched again with --online"
        except OSError as exc:
            done = f"ignored (cannot remove it: {exc.strerror})"
        self.warnings.append(f"{path}: damaged cache entry ({why}): {done}")
        return None

    def _write_cache(self, path: Path, query: str, results: dict) -> None:
        text = json.dumps({"endpoint": self.endpoint, "query": query, "results": results},
                          ensure_ascii=False, sort_keys=True, indent=1)
        try:
            write_atomic(path, text)
        except OutputError as exc:
            self.warnings.append(f"the answer is used but not cached: {exc}")

    def _fetch(self, query: str) -> dict:
        """The endpoint's answer, checked (:mod:`kg.link.endpoint`) before anything keeps it."""
        body = urllib.parse.urlencode({"query": query}).encode("utf-8")
        headers = {
            "Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded",
            "User-Agent": self.user_agent,
        }
        return parse_answer(self.url, post(self.url, body, headers, self.timeout, self.max_bytes))

    def query(self, query: str) -> dict | None:
        """The JSON results of ``query``: from the cache, else from the endpoint
        (and then cached). None when offline and not cached."""
        path = self.cache_path(query)
        cached = self._read_cache(path, query)
        if cached is not None:
            self.cache_hits += 1
            return cached
        if self.offline:
            return None
        self.requests += 1
        results = self._fetch(query)
        self._write_cache(path, query, results)
        return results

    def lookup(self, names: Sequence[str], kind: str, *, dates: Sequence[PartialDate] = (),
               acting: bool = False) -> list[AuthorityEntry]:
        """Items named by any of ``names`` of ``kind``, as authority entries."""
        if kind not in CLASSES or not names:
            return []
        text = build_query(names, kind, dates=dates, acting=acting)
        results = self.query(text)
        if results is None:
            return []
        return entries_from_results(results, kind, self.endpoint)
