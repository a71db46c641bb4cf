"""HTTP content negotiation: the offered media type an Accept header prefers."""

from __future__ import annotations


def parse(accept: str) -> list[tuple[str, float, int]]:
    """(media range, quality, position) for each entry of an Accept header."""
    out = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        out.append((fields[0].lower(), q, i))
    return out


def best(accept: str, offered: list[str]) -> str | None:
    """The offered type with the highest quality; ties go to the more specific
    range, then to the order of ``offered``. None when nothing is acceptable."""
    ranges = parse(accept or "*/*") or [("*/*", 1.0, 0)]
    scored = []
    for rank, media in enumerate(offered):
        kind = media.split("/")[0]
        match = [(q, 2 if r == media else 1 if r == f"{kind}/*" else 0)
                 for r, q, _ in ranges if r in (media, f"{kind}/*", "*/*")]
        if match:
            q, specific = max(match, key=lambda m: (m[1], m[0]))
            if q > 0:
                scored.append((-q, -specific, rank, media))
    return min(scored)[3] if scored else None
