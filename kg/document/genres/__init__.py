"""Genres of record: what a record's title says it is, what its body holds
and how its decisions, tasks and proposals are worded. One module per genre;
the layouts (:mod:`kg.document.layouts`) say where things sit on the page."""
