"""A corpus build into a persistent store: records in parallel, the entity layer once.

    from kg.store import build_store
    result = build_store(["records/"], "corpus.kg", jobs=2)
    print(result.summary())

Each file is read, its records extracted, split, linked and validated in a
worker process (:mod:`kg.store.record`); the main process gathers each
record's own statements for the record's named graph (the record's IRI) and
the claims about the persons it alone names for its links graph, loads them
in one bulk load when the workers are done, then builds the entity graph once
from every record's shared statements (:mod:`kg.store.entities`). A file whose text and record
fingerprint are unchanged is not rebuilt; a file no longer among the inputs
loses its graphs; the entity layer is rebuilt when a record changed or the
link fingerprint did, and a changed link fingerprint relinks every record
without re-extracting it (see :mod:`kg.store.manifest`)."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import astuple, dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.build import input_files
from kg.store.entities import entity_layer, records_of
from kg.store.graphs import links_graph
from kg.store.manifest import Manifest, link_fingerprint, record_fingerprint
from kg.store.progress import Progress
from kg.store.record import Linking, build_file, file_digest, relink_record
from kg.store.workers import default_jobs, parallel
from kg.validate import Report, Result

SPOOL = "kg-load.nq"  # the build's N-Quads, in the store folder until they are loaded
LOAD_BYTES = 32 << 20  # N-Quads in one bulk load


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


class _Loader:
    """The N-Quads of a build gathered in a spool file in the store folder and
    bulk-loaded when the workers are done, in pieces of ``LOAD_BYTES`` loaded
    by ``jobs`` threads at once. Loading while the workers run costs more with
    every piece as the store grows (3,000 records: 165 CPU s against 42 after
    them); one load of the whole file holds about twice its size in memory
    (1.6 GiB for 3,000 records, 430 MiB in pieces)."""

    def __init__(self, store: ox.Store, folder: Path, jobs: int | None, progress: bool | None):
        self.store, self.path, self.jobs = store, folder / SPOOL, max(1, jobs or default_jobs())
        self.progress = progress
        self.file = self.path.open("wb")
        self.size, self.seconds = 0, 0.0

    def add(self, data: bytes) -> None:
        self.file.write(data)
        self.size += len(data)

    def __enter__(self) -> "_Loader":
        return self

    def __exit__(self, kind, exc, tb) -> None:
        self.file.close()
        try:
            if kind is None and self.size:
                t = time.perf_counter()
                self._load()
                self.seconds = time.perf_counter() - t
        finally:
            self.path.unlink(missing_ok=True)

    def _pieces(self) -> Iterator[bytes]:
        with self.path.open("rb") as f:
            rest = b""
            while block := f.read(LOAD_BYTES):
                data = rest + block
                cut = data.rfind(b"\n") + 1
                yield data[:cut]
                rest = data[cut:]
            if rest:
                yield rest

    def _load(self) -> None:
        bar, loaded = Progress(max(1, self.size >> 20), "MiB loaded", enabled=self.progress), 0

        def load(piece: bytes) -> None:
            self.store.bulk_load(piece, format=ox.RdfFormat.N_QUADS)

        def done(job, size: int) -> None:
            nonlocal loaded
            job.result()
            loaded += size
            bar.advance((loaded >> 20) - bar.done)

        with ThreadPoolExecutor(self.jobs) as threads:
            running: deque = deque()
            for piece in self._pieces():
                running.append((threads.submit(load, piece), len(piece)))
                if len(running) >= self.jobs:
                    done(*running.popleft())
            for job, size in running:
                done(job, size)
        bar.close()


def _linking(link: bool, authority, resolver) -> Linking | None:
    if not link:
        return None
    from kg.link import load_authority

    return Linking(load_authority(authority), resolver)


def _drop(store: ox.Store, records: list[dict]) -> None:
    for rec in records:
        store.remove_graph(ox.NamedNode(rec["iri"]))
        store.remove_graph(ox.NamedNode(links_graph(rec["key"])))


def build_store(paths, folder, *, jobs: int | None = None, validate: bool = True, link: bool = True,
                authority=None, resolver=None, progress: bool | None = None) -> StoreBuild:
    started = time.perf_counter()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = StoreBuild(folder)
    files = [str(p) for p in input_files(paths)]
    manifest = Manifest.read(folder)
    rfp = record_fingerprint()
    lfp = link_fingerprint(authority) if link else "unlinked"
    same_code = manifest.record_fingerprint == rfp
    todo = []
    for f in files:
        entry = manifest.files.get(f)
        if (not same_code or entry is None or (validate and not entry.get("validated"))
                or entry["digest"] != file_digest(Path(f).read_bytes())):
            todo.append(f)
    # only the link layer changed: the records kept are relinked, not rebuilt
    rebuilt = set(todo)
    relink = [f for f in files if f not in rebuilt] if same_code and manifest.link_fingerprint != lfp else []
    wanted = set(files)
    removed = [f for f in manifest.files if f not in wanted]
    out.unchanged_files = len(files) - len(todo)
    out.seconds["plan"] = time.perf_counter() - started

    store = ox.Store(str(folder))
    if todo or removed or relink:
        # Graphs are bulk-loaded (not in one transaction): until the build ends, the
        # manifest promises nothing, so an interrupted build is redone from scratch.
        Manifest().write(folder)
    t = time.perf_counter()
    for f in removed:
        _drop(store, manifest.files.pop(f)["records"])
    out.removed_files = len(removed)
    linking = _linking(link, authority, resolver)
    if validate:
        from kg.shacl.shapes import load

        load()  # parsed once here, inherited by the workers
    warnings: dict[str, list] = {}
    with _Loader(store, folder, jobs, progress) as loader:
        for unit in parallel(build_file, todo, jobs, progress, "files", validate=validate, linking=linking):
            old = manifest.files.get(unit.path)
            if old:
                _drop(store, old["records"])
            for part in unit.records:
                loader.add(part.own)
                loader.add(part.links)
            warnings[unit.path] = [(unit.path, line, message) for part in unit.records
                                   for line, message in part.warnings]
            manifest.files[unit.path] = {
                "digest": unit.digest,
                "validated": validate,
                "records": [{"key": p.key, "iri": p.iri, "shared": p.shared, "labels": p.labels,
                             "around": p.around, "triples": p.triples, "warnings": p.warnings,
                             "contexts": p.contexts, "links": p.link_results, "winners": p.winners,
                             "results": [list(astuple(r)) for r in p.results]} for p in unit.records],
            }
    out.warnings = [w for f in todo for w in warnings.get(f, ())]
    out.rebuilt_files = len(todo)
    out.seconds["build records"] = time.perf_counter() - t - loader.seconds
    out.seconds["load"] = loader.seconds
    if relink:
        t = time.perf_counter()
        _relink_records(store, folder, manifest, relink, jobs, progress, validate, linking)
        out.seconds["relink records"] = time.perf_counter() - t

    if todo or removed or relink or manifest.link_fingerprint != lfp:
        out.relinked = True
        out.link_report, entity_report = entity_layer(store, manifest, files, out.seconds, link=link,
                                                      authority=authority, resolver=resolver, validate=validate)
        if validate:
            manifest.entity_results = [list(astuple(r)) for r in entity_report.results]
    manifest.record_fingerprint, manifest.link_fingerprint, manifest.order = rfp, lfp, files
    if validate:
        out.report = _report(manifest, files)
    if todo or removed or relink:
        t = time.perf_counter()
        store.flush()
        store.optimize()
        out.seconds["compact"] = time.perf_counter() - t
    manifest.write(folder)
    out.records = sum(len(manifest.files[f]["records"]) for f in files)
    out.triples = len(store)
    del store
    out.seconds["total"] = time.perf_counter() - started
    return out


def _relink_records(store: ox.Store, folder: Path, manifest: Manifest, files: list[str], jobs, progress,
                    validate: bool, linking: Linking | None) -> None:
    """New claims for the entities each record alone names (none without
    ``linking``), from what the manifest keeps of the record and its graph in
    the store; with ``validate``, the record is checked again with them."""
    records = {rec["key"]: rec for rec in records_of(manifest, files)}
    for key in records:
        store.remove_graph(ox.NamedNode(links_graph(key)))
    items = [(rec, store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(rec["iri"])))
             for rec in records.values()]
    with _Loader(store, folder, jobs, progress) as loader:
        for key, links, results, winners, checked in parallel(relink_record, items, jobs, progress, "records",
                                                              validate=validate, linking=linking):
            rec = records[key]
            loader.add(links)
            rec["links"], rec["winners"] = results, winners
            if checked is not None:
                rec["results"] = checked


def _report(manifest: Manifest, files: list[str]) -> Report:
    results = {Result(*r) for r in manifest.entity_results}
    for rec in records_of(manifest, files):
        results |= {Result(*r) for r in rec["results"]}
    ordered = sorted(results)
    return Report(conforms=not any(r.severity == "Violation" for r in ordered), results=ordered)


def relink_store(folder, *, authority=None, resolver=None, jobs: int | None = None,
                 progress: bool | None = None) -> StoreBuild:
    """Relink a store with other authority data or a resolver: every record's
    claims and the entity layer, without re-extracting a record."""
    started = time.perf_counter()
    folder = Path(folder)
    manifest = Manifest.read(folder)
    out = StoreBuild(folder, relinked=True)
    validate = all(entry.get("validated") for entry in manifest.files.values())
    store = ox.Store(str(folder))
    Manifest().write(folder)
    t = time.perf_counter()
    _relink_records(store, folder, manifest, manifest.order, jobs, progress, validate,
                    _linking(True, authority, resolver))
    out.seconds["relink records"] = time.perf_counter() - t
    out.link_report, entity_report = entity_layer(store, manifest, manifest.order, out.seconds, link=True,
                                                  authority=authority, resolver=resolver, validate=validate)
    manifest.link_fingerprint = link_fingerprint(authority)
    if validate:
        manifest.entity_results = [list(astuple(r)) for r in entity_report.results]
        out.report = _report(manifest, manifest.order)
    t = time.perf_counter()
    store.flush()
    store.optimize()
    out.seconds["compact"] = time.perf_counter() - t
    manifest.write(folder)
    out.records = sum(len(manifest.files[f]["records"]) for f in manifest.order)
    out.triples = len(store)
    del store
    out.seconds["total"] = time.perf_counter() - started
    return out
