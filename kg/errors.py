"""The project's own exceptions. The library raises these; the CLI turns them
into one-line messages and exit codes (see ``kg.cli``)."""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 2


class InputError(KgError):
    """A file that cannot be read as a meeting record."""

    def __init__(self, path: str, line: int, message: str):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line > 0 else self.path
        super().__init__(f"{where}: {message}")


class GraphInputError(KgError):
    """A graph file that cannot be parsed."""


class QueryError(KgError):
    """A query that cannot be found or run."""


class ExtractorError(KgError):
    """An extractor failed on a document; names both."""

    def __init__(self, extractor: str, path: str, cause: BaseException):
        self.extractor = extractor
        self.path = path
        self.cause = cause
        super().__init__(f"extractor '{extractor}' failed on {path}: {type(cause).__name__}: {cause}")


class OntologyError(KgError):
    """The ontology or the shapes could not be loaded."""


class ReasonerUnavailable(KgError):
    """The OWL reasoner needs a Java runtime that is not there."""


class LinkError(KgError):
    """Authority data or an endpoint could not be used."""


class OutputError(KgError):
    """An output file that cannot be written (the old file is left as it was)."""


class Interrupted(KgError):
    """The command was stopped by a signal (SIGINT, SIGTERM); nothing half-written is left."""
