"""Reading files: bytes -> text -> one :class:`Document` per record.

A file may hold several records (one archive page carrying the notes of two
sessions); it is split where a second title begins after a record's body."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from kg.document.genres.documents import is_title
from kg.document.genres.meeting import BODY_EVIDENCE_RE, TITLE_RE
from kg.document.header import before_inline_fields
from kg.document.layouts.edition import DOCUMENT_NUMBER_LINE_RE, NUMBER_BEFORE_TITLE_RE
from kg.document.layouts.web_page import record_bounds
from kg.document.model import Document
from kg.document.parser import parse_record
from kg.errors import InputError
from kg.text.dates import is_date_line, leading_date


def decode(path: str, data: bytes) -> str:
    """UTF-8 text with newlines normalised to ``\\n``, or an :class:`InputError`."""
    if not data.strip():
        raise InputError(path, 1, "the file is empty: expected the text of a meeting record")
    wide = _wide_text(path, data)
    if wide is not None:
        data = wide
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise InputError(path, line, "this is a binary file (it contains NUL bytes), not the text of a record")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            path, line, f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8 and try again"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _wide_text(path: str, data: bytes) -> bytes | None:
    """UTF-8 bytes of UTF-16 or UTF-32 text that starts with a byte-order
    mark (Windows editors save "Unicode" text so); None for other bytes. Text
    that looks like UTF-16 without a mark is refused with the way to convert it."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).encode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(path, 1, f"the file starts as {encoding.upper()} text (byte-order mark) but "
                                 f"is not valid {encoding.upper()} at offset {exc.start}") from None
    sample = data[:4096]
    if len(sample) >= 8:
        even, odd = sample[0::2], sample[1::2]
        for zeros, encoding in ((odd, "UTF-16LE"), (even, "UTF-16BE")):
            if zeros.count(0) > 0.6 * len(zeros):
                raise InputError(path, 1, f"the file looks like {encoding} text without a byte-order mark, not "
                                 f"UTF-8; convert it: iconv -f {encoding} -t UTF-8 {path} > {path}.utf8.txt")
    return None


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n", text):
        starts.append(m.end())
    return starts


def split_records(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each record in ``text``."""
    starts = _line_starts(text)
    lines = text.split("\n")
    titles = [i for i, line in enumerate(lines) if len(line) <= 240 and TITLE_RE.match(line)]
    cuts = [0]
    for i in titles:
        offset = starts[i]
        if offset <= cuts[-1]:
            continue
        if not BODY_EVIDENCE_RE.search(text, cuts[-1], offset):
            continue
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        if j >= 0 and is_date_line(lines[j]) and starts[j] > cuts[-1]:
            offset = starts[j]
        cuts.append(offset)
    cuts.append(len(text))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


def starts_record(lines: list[str], i: int) -> bool:
    """Whether line ``i`` opens a record: a title (after an edition's number),
    a date line before a title, an edition's document number line, or a date
    run together with the title on one line."""
    line = lines[i]
    if DOCUMENT_NUMBER_LINE_RE.match(line):
        return True
    numbered = NUMBER_BEFORE_TITLE_RE.match(line)
    bare = line[numbered.end():] if numbered else line
    if is_title(bare) and not (numbered and bare.rstrip().endswith(".")):
        return True  # "1. Report on the Moscow talks." is an agenda item, not an edition's document
    dated = leading_date(line)
    if dated is not None and dated < len(line.rstrip()):
        return is_title(before_inline_fields(line[dated:].lstrip()))
    if is_date_line(line):
        following = next((x for x in lines[i + 1:] if x.strip()), "")
        return is_title(following)
    return False


def read_text(text: str, path: str = "<text>") -> list[Document]:
    """Parse ``text`` (already decoded) into its records."""
    if not text.strip():
        raise InputError(path, 1, "the text is empty: expected the text of a meeting record")
    page_start, page_end = record_bounds(text, starts_record)
    docs: list[Document] = []
    for start, end in split_records(text[page_start:page_end]):
        start, end = start + page_start, end + page_start
        if any(d.text.strip() == text[start:end].strip() for d in docs):
            continue  # the same record printed twice
        line_offset = text.count("\n", 0, start)
        docs.append(parse_record(text[start:end], path=path, index=len(docs) + 1, line_offset=line_offset))
    found = [d for d in docs if d.is_record()]
    if not found:
        raise InputError(
            path, 1,
            "no record found: expected a title such as 'Working Notes from the Session of ...' or "
            "'Cable from ... to ...', a 'Those Taking Part:' list, or speaker turns such as 'Cde. Ivanov: ...'",
        )
    return found


def read_records(path: str | Path) -> list[Document]:
    """Read one file into its records; errors name the file and line."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(str(p), 0, "no such file") from None
    except IsADirectoryError:
        raise InputError(str(p), 0, "is a folder; give files, or a folder to build every .txt in it") from None
    except OSError as exc:
        raise InputError(str(p), 0, f"cannot be read: {exc.strerror}") from None
    return read_text(decode(str(p), data), str(p))
