"""Atomic writes: a file is replaced whole or not at all.

The text goes to a temporary file in the target's folder, is flushed to the
disk (``fsync``), then renamed over the target. Whatever goes wrong (a
read-only folder, a full disk, a path under a regular file, an interrupt)
leaves the old file as it was and no temporary file behind, and is raised as
an :class:`~kg.errors.OutputError` naming the file."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from kg.errors import OutputError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exhausted",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EEXIST: "a part of the path is a file, not a folder",
    errno.EISDIR: "is a folder",
    errno.ENAMETOOLONG: "the name is too long",
}


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` atomically."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    p = Path(path)
    if p.is_dir():
        raise OutputError(f"{p}: cannot write: is a folder")
    tmp = None
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, _mode(p))
        os.replace(tmp, p)
        tmp = None
    except OSError as exc:
        reason = _REASONS.get(exc.errno, exc.strerror or type(exc).__name__)
        raise OutputError(f"{p}: cannot write: {reason}; the old file is unchanged"
                          if p.exists() else f"{p}: cannot write: {reason}") from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _mode(path: Path) -> int:
    """The replaced file's permissions, or those a new file gets under the umask
    (a temporary file is created private)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
