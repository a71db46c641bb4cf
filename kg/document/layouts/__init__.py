"""Page layouts: where a record's header, body and notes sit on the page it
was copied from, and how its note markers are printed. One module per
layout convention; the genres (:mod:`kg.document.genres`) say what the body
holds."""
