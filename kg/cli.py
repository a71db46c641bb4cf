"""The command line: a thin shell over the library.

Exit codes: 0 the graph conforms (or the command succeeded), 1 violations or
findings, 2 the command could not run (bad input, missing file, ...)."""

from __future__ import annotations

import sys

import click

import kg.export as kg_export
from kg.errors import KgError

EXIT_OK, EXIT_VIOLATIONS, EXIT_ERROR = 0, 1, 2


def fail(exc: KgError) -> None:
    click.echo(f"kg: error: {exc}", err=True)
    sys.exit(EXIT_ERROR)


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            fail(exc)


@click.group(cls=_Group)
@click.version_option(package_name="kg")
def main() -> None:
    """Build, check and query knowledge graphs of archival meeting records."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Turtle file to write (default: standard output).")
@click.option("--validate/--no-validate", default=True, show_default=True, help="Check the graph with the SHACL shapes.")
@click.option("--link/--no-link", default=True, show_default=True,
              help="Link names to Wikidata with the authority data and the cache of endpoint answers (offline).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="Build into a store folder (one named graph per record), rebuilding only what changed.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Worker processes for --store (default: all cores).")
def build(inputs, output, validate, link, store_dir, jobs):
    """Build the graph of the records in INPUTS (files or folders)."""
    from kg.build import build as run_build

    if store_dir:
        _build_store(inputs, store_dir, validate, link, jobs, output)
        return
    result = run_build(inputs, link=link, validate=validate)
    text = kg_export.serialize(result.graph, "turtle")
    echo = (lambda m: click.echo(m)) if output else (lambda m: click.echo(m, err=True))
    for path, w in result.warnings:
        click.echo(f"{path}:{w.line}: warning: {w.message}", err=True)
    if output:
        kg_export.write_atomic(output, text)
    else:
        click.echo(text, nl=False)
    echo(result.summary() + (f"; written to {output}" if output else ""))
    if result.link_report is not None:
        echo(result.link_report.to_text().splitlines()[0] + " (kg link GRAPH for the list)")
    if result.validation is not None:
        echo(result.validation.to_text() if not result.validation.conforms else "SHACL: conforms")
        if not result.validation.conforms:
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
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Where to write the linked graph (default: GRAPH itself).")
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
    g = kg_export.load_graph(graph)
    report = link_graph(g, load_authority(authority), resolver=resolver(online=online, endpoint=endpoint, cache_dir=cache_dir))
    kg_export.write_atomic(output or graph, kg_export.serialize(g, "turtle"))
    click.echo(report.to_json() if fmt == "json" else report.to_text())


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def validate(graph, fmt):
    """Check GRAPH (a file or a store) against the SHACL shapes."""
    from kg.source import open_source

    report = open_source(graph).validate()
    click.echo(report.to_json() if fmt == "json" else report.to_text())
    sys.exit(EXIT_OK if report.conforms else EXIT_VIOLATIONS)


@main.command()
@click.argument("graph", type=click.Path())
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query(graph, query, fmt):
    """Run QUERY (a name in queries/, a .rq file, or SPARQL text) on GRAPH."""
    from kg.source import open_source

    rows = open_source(graph).query(query)
    click.echo({"csv": rows.to_csv, "json": rows.to_json, "table": rows.to_table}[fmt](), nl=fmt == "table")


@main.command()
@click.argument("graph", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(sorted([*kg_export.FORMATS, "nquads"])), default="turtle",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: standard output).")
def export(graph, fmt, output):
    """Write GRAPH as Turtle, N-Triples, JSON-LD, TriG or N-Quads (a store: one named graph per record)."""
    from kg.source import open_source

    text = open_source(graph).export(fmt)
    if output:
        kg_export.write_atomic(output, text)
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("graph", type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Turtle file for the inferred statements (default: standard output).")
def reason(graph, output):
    """Reason over GRAPH with the ontology (HermiT): consistency, and the inferred statements kept apart."""
    from kg.reason import reason as run_reasoner
    from kg.source import open_source

    result = run_reasoner(open_source(graph).reason_graph())
    echo = (lambda m: click.echo(m)) if output else (lambda m: click.echo(m, err=True))
    if result.consistent:
        text = kg_export.serialize(result.marked(), "turtle")
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

    findings = run_checks(open_source(graph).check_graph())
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
