"""Knowledge of text that holds across genres: dates, names and offices,
sentences, archival and published references. Nothing here knows a record's
layout; :mod:`kg.document` uses it to read one."""


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (newlines included) made one space,
    and none at either end."""
    return " ".join(text.split())
