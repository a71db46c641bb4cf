"""What a store was built from: the build manifest and the fingerprints.

A record is rebuilt when its file's text changes or when the *record
fingerprint* changes: the hash of the package's version, its source files, the
ontology and shapes, and the data the record graphs are shaped by. The entity
layer (shared nodes, their names, identity links) is rebuilt when any record
changed or the *link fingerprint* changes (authority data, the cache of
endpoint answers, the linker's code): an authority change relinks without
re-extracting a record.

The manifest is a JSON file in the store folder, written atomically."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from kg import resources
from kg.atomic import write_atomic
from kg.errors import GraphInputError

MANIFEST = "kg-manifest.json"
FORMAT = 1
PACKAGE = Path(__file__).resolve().parent.parent
_LINK_CODE = ("link",)


def _version() -> str:
    try:
        return version("kg")
    except PackageNotFoundError:
        return "0"


def _hash_files(paths) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(str(p.relative_to(PACKAGE.parent) if p.is_relative_to(PACKAGE.parent) else p.name).encode())
        h.update(b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _sources(*, link: bool) -> list[Path]:
    files = [p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts]
    linked = [p for p in files if p.relative_to(PACKAGE).parts[0] in _LINK_CODE]
    return linked if link else files


@lru_cache(maxsize=1)
def record_fingerprint() -> str:
    """Version, sources, ontology, shapes, and the shipped data the builder reads
    (the name-forms gazetteer, office tenures): not the authority table, which
    only the link layer reads (:mod:`kg.graph.identity`)."""
    shipped = [p for p in resources.AUTHORITY.parent.iterdir() if p.is_file() and p != resources.AUTHORITY]
    extra = [resources.ONTOLOGY, resources.SHAPES, *shipped]
    return hashlib.sha256(f"{_version()}\n{_hash_files(_sources(link=False) + extra)}".encode()).hexdigest()


def _authority(authority: str | Path | None = None) -> list[Path]:
    """The authority tables a build reads: the shipped one and the user's rows (or the one given)."""
    if authority is not None:
        return [Path(authority)]
    return [p for p in (resources.AUTHORITY, resources.user_authority()) if p.is_file()]


def link_fingerprint(authority: str | Path | None = None) -> str:
    files = _sources(link=True) + _authority(authority)
    cache = resources.cache_dir()
    if cache.is_dir():
        files += [p for p in cache.rglob("*") if p.is_file()]
    return _hash_files(files)


@dataclass
class Manifest:
    record_fingerprint: str = ""
    link_fingerprint: str = ""
    files: dict[str, dict] = field(default_factory=dict)  # path -> {digest, validated, records: [...]}
    entity_results: list[list[str]] = field(default_factory=list)  # SHACL results of the entity layer
    order: list[str] = field(default_factory=list)  # the files in the order of the inputs

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        p = folder / MANIFEST
        if not p.exists():
            return cls()
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GraphInputError(f"{p}: the build manifest cannot be read: {exc}") from None
        if data.get("format") != FORMAT:
            return cls()
        return cls(data["record_fingerprint"], data["link_fingerprint"], data["files"], data["entity_results"],
                   data["order"])

    def write(self, folder: Path) -> None:
        data = {"format": FORMAT, "record_fingerprint": self.record_fingerprint,
                "link_fingerprint": self.link_fingerprint, "files": self.files,
                "entity_results": self.entity_results, "order": self.order}
        write_atomic(folder / MANIFEST, json.dumps(data, ensure_ascii=False, sort_keys=True))
