"""A corpus build into a persistent store: records in parallel, the entity layer once.

    from kg.store import build_store
    result = build_store(["records/"], "corpus.kg", jobs=2)
    print(result.summary())

Each file is read, its records extracted, split and validated in a worker
process (:mod:`kg.store.record`); the main process writes each record's own
statements into the record's named graph (the record's IRI), then builds the
entity graph once from every record's shared statements: one display name per
entity, identity links by the linker, and the shapes of shared nodes. A file
whose text and record fingerprint are unchanged is not rebuilt; a file no
longer among the inputs loses its graphs; the entity layer is rebuilt when a
record changed or the link fingerprint did (see :mod:`kg.store.manifest`)."""

from __future__ import annotations

import multiprocessing
import os
import time
from dataclasses import astuple, dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.build import input_files
from kg.store.manifest import Manifest, link_fingerprint, record_fingerprint
from kg.store.progress import Progress
from kg.store.record import FileUnit, build_file, choose_label, file_digest, record_key_of
from kg.validate import Report, Result
from kg.vocab import ID, KG, RDFS, SDO

ENTITY_GRAPH = str(ID["graph/entities"])


@dataclass
class StoreBuild:
    folder: Path
    records: int = 0
    rebuilt_files: int = 0
    unchanged_files: int = 0
    removed_files: int = 0
    relinked: bool = False
    triples: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    warnings: list[tuple[str, int, str]] = field(default_factory=list)
    report: Report | None = None
    link_report: object = None

    def summary(self) -> str:
        stages = ", ".join(f"{k} {v:.2f} s" for k, v in self.seconds.items())
        return (f"{self.records} record(s) in {self.folder}: {self.rebuilt_files} file(s) built, "
                f"{self.unchanged_files} unchanged, {self.removed_files} removed; {self.triples} triples; "
                f"{stages}")


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _work(args) -> FileUnit:
    path, validate = args
    return build_file(path, validate)


def build_store(paths, folder, *, jobs: int | None = None, validate: bool = True, link: bool = True,
                authority=None, resolver=None, progress: bool | None = None) -> StoreBuild:
    started = time.perf_counter()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = StoreBuild(folder)
    files = [str(p) for p in input_files(paths)]
    manifest = Manifest.read(folder)
    rfp = record_fingerprint()
    same_code = manifest.record_fingerprint == rfp
    todo = []
    for f in files:
        entry = manifest.files.get(f)
        if (not same_code or entry is None or (validate and not entry.get("validated"))
                or entry["digest"] != file_digest(Path(f).read_bytes())):
            todo.append(f)
    wanted = set(files)
    removed = [f for f in manifest.files if f not in wanted]
    out.unchanged_files = len(files) - len(todo)
    out.seconds["plan"] = time.perf_counter() - started

    store = ox.Store(str(folder))
    if todo or removed:
        # Graphs are bulk-loaded (not in one transaction): until the build ends, the
        # manifest promises nothing, so an interrupted build is redone from scratch.
        Manifest().write(folder)
    t = time.perf_counter()
    for f in removed:
        for rec in manifest.files.pop(f)["records"]:
            store.remove_graph(ox.NamedNode(rec["iri"]))
    out.removed_files = len(removed)
    units = _run(todo, validate, jobs, progress)
    out.seconds["build records"] = time.perf_counter() - t
    t = time.perf_counter()
    batch: list[bytes] = []
    for unit in units:
        old = manifest.files.get(unit.path)
        if old:
            for rec in old["records"]:
                store.remove_graph(ox.NamedNode(rec["iri"]))
        for part in unit.records:
            batch.append(part.own)
            out.warnings.extend((unit.path, line, message) for line, message in part.warnings)
        if len(batch) >= 500:
            store.bulk_load(b"".join(batch), format=ox.RdfFormat.N_QUADS)
            batch = []
        manifest.files[unit.path] = {
            "digest": unit.digest,
            "validated": validate,
            "records": [{"key": p.key, "iri": p.iri, "shared": p.shared, "labels": p.labels,
                         "around": p.around, "triples": p.triples, "warnings": p.warnings,
                         "contexts": p.contexts,
                         "results": [list(astuple(r)) for r in p.results]} for p in unit.records],
        }
    if batch:
        store.bulk_load(b"".join(batch), format=ox.RdfFormat.N_QUADS)
    out.rebuilt_files = len(units)
    out.seconds["write records"] = time.perf_counter() - t

    lfp = link_fingerprint(authority) if link else "unlinked"
    if units or removed or manifest.link_fingerprint != lfp:
        out.relinked = True
        _entity_layer(store, manifest, files, out, link=link, authority=authority, resolver=resolver,
                      validate=validate)
    manifest.record_fingerprint, manifest.link_fingerprint, manifest.order = rfp, lfp, files
    if validate:
        if out.relinked:
            manifest.entity_results = [list(astuple(r)) for r in out.report.results]
        out.report = _report(manifest, files)
    store.flush()
    manifest.write(folder)
    out.records = sum(len(manifest.files[f]["records"]) for f in files)
    out.triples = len(store)
    del store
    out.seconds["total"] = time.perf_counter() - started
    return out


def _run(todo: list[str], validate: bool, jobs: int | None, progress: bool | None) -> list[FileUnit]:
    if not todo:
        return []
    jobs = max(1, min(jobs or default_jobs(), len(todo)))
    bar = Progress(len(todo), "files", enabled=progress)
    units: list[FileUnit] = []
    if validate:
        from kg.shacl.shapes import load

        load()  # parsed once here, inherited by the workers
    if jobs == 1:
        for path in todo:
            units.append(build_file(path, validate))
            bar.advance()
    else:
        ctx = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
        with (ctx or multiprocessing).Pool(jobs) as pool:
            for unit in pool.imap_unordered(_work, [(p, validate) for p in todo], chunksize=2):
                units.append(unit)
                bar.advance()
    bar.close()
    order = {p: i for i, p in enumerate(todo)}
    units.sort(key=lambda u: order[u.path])
    return units


_RESTATED = (KG.spelling, RDFS.label)


class _Triples(dict):
    """What the linker writes, in order and once each (it only adds)."""

    def add(self, triple) -> None:
        self[triple] = None


def _nt_literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _entity_layer(store: ox.Store, manifest: Manifest, files: list[str], out: StoreBuild, *,
                  link: bool, authority, resolver, validate: bool) -> None:
    """The entity graph: shared statements once, one display name each, identity links."""
    t = time.perf_counter()
    lines: dict[str, None] = {}
    offers: dict[str, list[str]] = {}
    parts: list[dict] = []
    for f in files:
        for rec in manifest.files[f]["records"]:
            for line in rec["shared"].splitlines():
                lines[line] = None
            for iri, labels in rec["labels"].items():
                if record_key_of(iri) is None:  # a record's own node keeps its name in its graph
                    offers.setdefault(iri, []).extend(labels)
            parts.extend(rec["contexts"])
    chosen = {iri: choose_label(labels) for iri, labels in offers.items()}
    for iri, label in chosen.items():
        text = _nt_literal(label)
        lines[f"<{iri}> <{SDO.name}> {text} ."] = None
        lines[f"<{iri}> <{RDFS.label}> {text}@en ."] = None
    graph = ox.NamedNode(ENTITY_GRAPH)
    store.remove_graph(graph)
    store.load("\n".join(lines).encode("utf-8") + b"\n", format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
    out.seconds["entity layer"] = time.perf_counter() - t
    if link:
        t = time.perf_counter()
        from kg.link import load_authority
        from kg.link.linker import link_contexts
        from kg.oxi import nt_bytes, to_ox
        from kg.store.link import merge

        claims = _Triples()
        out.link_report = link_contexts(claims, merge(parts, chosen), load_authority(authority), resolver=resolver)
        # what a claim restates of a record's own node (a spelling, a label) is in its graph already
        fresh = [t for t in claims if t[1] not in _RESTATED or record_key_of(t[0]) is None
                 or next(store.quads_for_pattern(to_ox(t[0]), to_ox(t[1]), to_ox(t[2]), None), None) is None]
        store.load(nt_bytes(fresh), format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
        out.seconds["link"] = time.perf_counter() - t
    if validate:
        t = time.perf_counter()
        out.report = validate_entities(_entity_view(store, manifest, files))
        out.seconds["validate entities"] = time.perf_counter() - t


def _entity_view(store: ox.Store, manifest: Manifest, files: list[str]) -> ox.Store:
    """An in-memory store of what the shapes of shared nodes read: the entity
    graph and, from every record, the statements around its shared nodes."""
    view = ox.Store()
    view.load(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(ENTITY_GRAPH)),
              format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(ENTITY_GRAPH))
    around = "".join(rec["around"] for f in files for rec in manifest.files[f]["records"])
    view.load(around.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(ID["graph/around"])))
    return view


def validate_entities(store: ox.Store, view=None) -> Report:
    """The shapes on the nodes no single record owns, over the union of the graphs
    of ``store`` (the whole store, or the view of :func:`_entity_view`)."""
    from kg.shacl import sparql_on, to_report
    from kg.shacl.engine import run
    from kg.store.view import StoreView

    view = view or StoreView(store)
    hits = run(view, sparql_on(store, union=True), keep=lambda n: record_key_of(n) is None)
    return to_report(hits, view.added)


def _report(manifest: Manifest, files: list[str]) -> Report:
    results = {Result(*r) for r in manifest.entity_results}
    for f in files:
        for rec in manifest.files[f]["records"]:
            results |= {Result(*r) for r in rec["results"]}
    ordered = sorted(results)
    return Report(conforms=not any(r.severity == "Violation" for r in ordered), results=ordered)


def relink_store(folder, *, authority=None, resolver=None) -> StoreBuild:
    """Rebuild the entity layer of a store with other authority data or a resolver."""
    started = time.perf_counter()
    folder = Path(folder)
    manifest = Manifest.read(folder)
    out = StoreBuild(folder, relinked=True)
    store = ox.Store(str(folder))
    validate = all(entry.get("validated") for entry in manifest.files.values())
    _entity_layer(store, manifest, manifest.order, out, link=True, authority=authority, resolver=resolver,
                  validate=validate)
    manifest.link_fingerprint = link_fingerprint(authority)
    if validate:
        manifest.entity_results = [list(astuple(r)) for r in out.report.results]
        out.report = _report(manifest, manifest.order)
    store.flush()
    manifest.write(folder)
    out.records = sum(len(manifest.files[f]["records"]) for f in manifest.order)
    out.triples = len(store)
    del store
    out.seconds["total"] = time.perf_counter() - started
    return out
