"""The command line: a thin shell over the library.

Exit codes: 0 the graph conforms (or the command succeeded), 1 violations or
findings, 2 the command could not run (bad input, missing file, ...)."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import click

import kg.export as kg_export
from kg.errors import Interrupted, KgError, OutputError
from kg.query import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT

EXIT_OK, EXIT_VIOLATIONS, EXIT_ERROR = 0, 1, 2


def fail(exc: KgError) -> None:
    click.echo(f"kg: error: {exc}", err=True)
    sys.exit(EXIT_ERROR)


def _on_sigterm(signum, frame):
    raise Interrupted("stopped by SIGTERM; no output was half-written")


class _Group(click.Group):
    """Every error ends as one line on stderr and exit 2; ``--debug`` shows the traceback."""

    def invoke(self, ctx):
        debug = bool(ctx.params.get("debug"))
        previous = signal.signal(signal.SIGTERM, _on_sigterm) if _main_thread() else None
        try:
            return super().invoke(ctx)
        except KgError as exc:
            if debug:
                raise
            fail(exc)
        except KeyboardInterrupt:
            if debug:
                raise
            fail(Interrupted("interrupted; no output was half-written"))
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as exc:  # noqa: BLE001  -- a bug: still one line, the traceback with --debug
            if debug:
                raise
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            click.echo(f"kg: internal error: {type(exc).__name__}: {message} (run kg --debug ... for the "
                       "traceback, and please report it)", err=True)
            sys.exit(EXIT_ERROR)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


@click.group(cls=_Group)
@click.version_option(package_name="kg")
@click.option("--debug", is_flag=True, help="Show the Python traceback of an error.")
def main(debug) -> None:
    """Build, check and query knowledge graphs of archival meeting records."""


def _refuse_overwrite(output, *inputs) -> None:
    """An output file that is one of the inputs is refused: inputs are never written."""
    if not output:
        return
    out = Path(output)
    for raw in inputs:
        src = Path(raw)
        try:
            same = out.exists() and src.exists() and os.path.samefile(out, src)
        except OSError:
            same = False
        if same or out.resolve() == src.resolve():
            raise OutputError(f"{output}: refused: the output is the input file {raw}; "
                              "kg never writes its inputs: give another -o")


def _output_format(path) -> str:
    """The serialisation for a graph file, by its suffix (Turtle when unknown)."""
    fmt = {"turtle": "turtle", "nt": "nt", "json-ld": "jsonld", "trig": "trig"}.get(kg_export.graph_format(path))
    if fmt is None:
        raise OutputError(f"{path}: kg does not write {Path(path).suffix} files: give -o FILE.ttl "
                          "(or .nt, .jsonld, .trig)")
    return fmt


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Turtle file to write (default: standard output).")
@click.option("--validate/--no-validate", default=True, show_default=True, help="Check the graph with the SHACL shapes.")
@click.option("--link/--no-link", default=True, show_default=True,
              help="Link names to Wikidata with the authority data and the cache of endpoint answers (offline).")
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read (default: leave it out, build the rest, exit 1).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="Build into a store folder (one named graph per record), rebuilding only what changed.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Worker processes for --store (default: all cores).")
def build(inputs, output, validate, link, strict, store_dir, jobs):
    """Build the graph of the records in INPUTS (files or folders).

    Exit 0: the graph was written and conforms; 1: it was written, but does not
    conform or some files were left out (each is named on stderr); 2: nothing
    was written."""
    from kg.build import NothingBuilt, input_files
    from kg.build import build as run_build
    from kg.progress import Progress

    if store_dir:
        _build_store(inputs, store_dir, validate, link, jobs, output)
        return
    if output:
        _refuse_overwrite(output, *input_files(inputs))
    with Progress(sys.stderr) as progress:
        try:
            result = run_build(inputs, link=link, validate=validate, strict=strict, progress=progress.update)
        except NothingBuilt as exc:
            for refused in exc.refused:
                click.echo(f"kg: error: {refused}", err=True)
            raise KgError(f"nothing written: none of the {len(exc.refused)} files holds a readable record") from None
    text = kg_export.serialize(result.graph, "turtle")
    echo = (lambda m: click.echo(m)) if output else (lambda m: click.echo(m, err=True))
    for path, w in result.warnings:
        click.echo(f"{path}:{w.line}: warning: {w.message}", err=True)
    for message in result.duplicate_messages():
        click.echo(message, err=True)
    for refused in result.refused:
        click.echo(f"{refused.path}:{max(refused.line, 0) or 1}: error: left out: {refused.message}", err=True)
    for warning in result.link_warnings:
        click.echo(f"kg: warning: {warning}", err=True)
    if output:
        kg_export.write_atomic(output, text)
    else:
        click.echo(text, nl=False)
    echo(result.summary() + (f"; written to {output}" if output else ""))
    if result.refused:
        echo(f"{len(result.refused)} file{'s' if len(result.refused) != 1 else ''} left out (named above); "
             "--strict stops at the first")
    if result.link_report is not None:
        echo(result.link_report.to_text().splitlines()[0] + " (kg link GRAPH for the list)")
    if result.validation is not None:
        report = result.validation
        if report.conforms:
            others = len(report.results)
            echo("SHACL: conforms" + (f" ({others} warning{'s' if others != 1 else ''} or notes: kg validate GRAPH "
                                      "for them)" if others else ""))
        else:
            echo(report.to_text())
    if result.refused or (result.validation is not None and not result.validation.conforms):
        sys.exit(EXIT_VIOLATIONS)


def _build_store(inputs, store_dir, validate, link, jobs, output) -> None:
    from kg.link.online import resolver
    from kg.store import build_store

    if output:
        raise click.UsageError("give either -o FILE or --store DIR")
    result = build_store(inputs, store_dir, jobs=jobs, validate=validate, link=link,
                         resolver=resolver(online=False) if link else None)
    for path, line, message in result.warnings:
        click.echo(f"{path}:{line}: warning: {message}", err=True)
    click.echo(result.summary())
    if result.link_report is not None:
        click.echo(result.link_report.to_text().splitlines()[0] + " (kg link STORE for the list)")
    if result.report is not None:
        click.echo(result.report.to_text() if not result.report.conforms else "SHACL: conforms")
        if not result.report.conforms:
            sys.exit(EXIT_VIOLATIONS)


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--online", is_flag=True, help="Ask a Wikidata SPARQL endpoint about names the authority data lacks.")
@click.option("--endpoint", default=None, help="SPARQL endpoint for --online (default: the public Wikidata service).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False), default=None,
              help="Where answers of the endpoint are kept (default: $KG_CACHE_DIR, else the user cache directory).")
@click.option("--authority", type=click.Path(dir_okay=False), default=None, help="Authority table (default: the shipped table and the user's rows, see $KG_AUTHORITY).")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Where to write the linked graph, in the format its suffix names (default: GRAPH itself, in its format).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def link(graph, online, endpoint, cache_dir, authority, output, fmt):
    """Link the persons, places, bodies and events of GRAPH to Wikidata."""
    from kg.link import link_graph, load_authority
    from kg.link.online import resolver
    from kg.source import is_store

    if is_store(graph):
        from kg.store import relink_store

        if output:
            raise click.UsageError("a store is relinked in place: -o is for graph files")
        result = relink_store(graph, authority=authority,
                              resolver=resolver(online=online, endpoint=endpoint, cache_dir=cache_dir))
        click.echo(result.link_report.to_json() if fmt == "json" else result.link_report.to_text())
        return
    g = kg_export.load_graph(graph, require_record=True)
    asker = resolver(online=online, endpoint=endpoint, cache_dir=cache_dir)
    report = link_graph(g, load_authority(authority), resolver=asker)
    for warning in asker.warnings:
        click.echo(f"kg: warning: {warning}", err=True)
    target = output or graph
    kg_export.write_atomic(target, kg_export.serialize(g, _output_format(target)))
    click.echo(report.to_json() if fmt == "json" else report.to_text())


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def validate(graph, fmt):
    """Check GRAPH (a file or a store) against the SHACL shapes."""
    from kg.source import open_source

    report = open_source(graph, require_record=True).validate()
    click.echo(report.to_json() if fmt == "json" else report.to_text())
    sys.exit(EXIT_OK if report.conforms else EXIT_VIOLATIONS)


@main.command()
@click.argument("graph", type=click.Path())
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT,
              show_default=True, help="Stop the query after this many seconds.")
@click.option("--memory", "memory_mb", type=click.IntRange(min=1), default=DEFAULT_MEMORY_MB,
              show_default=True, help="Stop the query when it needs more than this many MB.")
@click.option("--allow-service", is_flag=True,
              help="Let the query reach other graphs (SERVICE, FROM, FROM NAMED); refused by default.")
@click.option("--record", "records", multiple=True, metavar="RECORD",
              help="On a store: only this record (its key, IRI or source file name) with the entity graph. "
                   "Repeatable.")
def query(graph, query, fmt, timeout, memory_mb, allow_service, records):
    """Run QUERY (a name in queries/, a .rq or .sparql file, or SPARQL text) on GRAPH.

    Queries are read-only: updates (INSERT, DELETE, LOAD, ...) are refused."""
    from kg.source import open_source

    rows = open_source(graph).query(query, records=records, allow_service=allow_service, timeout=timeout,
                                    memory_mb=memory_mb)
    click.echo({"csv": rows.to_csv, "json": rows.to_json, "table": rows.to_table}[fmt](), nl=fmt == "table")


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(sorted([*kg_export.FORMATS, "nquads"])), default="turtle",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: standard output).")
def export(graph, fmt, output):
    """Write GRAPH as Turtle, N-Triples, JSON-LD, TriG or N-Quads (a store: one named graph per record)."""
    from kg.source import open_source

    _refuse_overwrite(output, graph)
    text = open_source(graph).export(fmt)
    if output:
        kg_export.write_atomic(output, text)
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("graph", type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Turtle file for the inferred statements (default: standard output).")
@click.option("--engine", type=click.Choice(["auto", "hermit", "rules"]), default="auto", show_default=True,
              help="hermit: the HermiT reasoner (Java); rules: rules compiled from the ontology, checked against "
                   "HermiT; auto: HermiT for a file, the rules for a store.")
def reason(graph, output, engine):
    """Reason over GRAPH with the ontology: consistency, and the inferred statements kept apart."""
    from kg.source import open_source

    _refuse_overwrite(output, graph)
    source = open_source(graph, require_record=True)
    result = source.reason(engine)
    echo = (lambda m: click.echo(m)) if output else (lambda m: click.echo(m, err=True))
    if result.consistent:
        text = source.reasoning_text(result.marked())
        if output:
            kg_export.write_atomic(output, text)
        else:
            click.echo(text, nl=False)
    echo(result.to_text() + (f"\nwritten to {output}" if output and result.consistent else ""))
    sys.exit(EXIT_OK if result.consistent else EXIT_VIOLATIONS)


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def check(graph, fmt):
    """Report what in the records of GRAPH does not add up; exit 1 when a finding is above "info"."""
    from kg.check import above_info, to_json, to_text
    from kg.check import check as run_checks

    from kg.source import open_source

    findings = run_checks(open_source(graph, require_record=True).check_graph())
    click.echo(to_json(findings) if fmt == "json" else to_text(findings))
    sys.exit(EXIT_VIOLATIONS if above_info(findings) else EXIT_OK)


@main.command()
@click.argument("source", metavar="GRAPH_OR_STORE", type=click.Path(exists=True))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--query-timeout", default=10.0, show_default=True, help="Seconds a SPARQL query may run.")
@click.option("--max-rows", default=10000, show_default=True, help="Rows a SPARQL answer may hold.")
def serve(source, host, port, query_timeout, max_rows):
    """Serve the records of GRAPH_OR_STORE as web pages, and a SPARQL endpoint at /sparql."""
    import uvicorn

    from kg.serve.app import create_app

    app = create_app(source, query_timeout, max_rows)
    click.echo(f"kg: serving {source} at http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command()
@click.argument("source", metavar="GRAPH_OR_STORE", type=click.Path(exists=True))
@click.option("--endpoint", required=True, help="Graph Store endpoint (or SPARQL Update endpoint with --update).")
@click.option("--graph", "graph_iri", default=None, help="Put everything into this one named graph.")
@click.option("--update", is_flag=True, help="Use SPARQL Update (DROP + INSERT DATA) instead of the Graph Store Protocol.")
def push(source, endpoint, graph_iri, update):
    """Load GRAPH_OR_STORE into a SPARQL server, one named graph per record."""
    from kg.push import push as run_push

    for graph, count in run_push(source, endpoint, graph_iri=graph_iri, update=update):
        click.echo(f"{graph}: {count} triples")


if __name__ == "__main__":
    main()
