"""Knowledge of text that holds across genres: dates, names and offices,
sentences, archival and published references. Nothing here knows a record's
layout; :mod:`kg.document` uses it to read one."""
