"""From text to a :class:`Document`: spans with character offsets."""

from kg.document.model import Document, Span  # noqa: F401
from kg.document.reader import read_records  # noqa: F401
