"""Graph input: a graph is read from its own bytes only, and whatever is wrong
with it ends as a one-line kg error naming the file (and line), exit 2."""

import pytest
from rdflib import Graph, Literal, URIRef

from kg.cli import main
from kg.export import serialize
from kg.load import load_graph

from .conftest import assert_one_line_error

COMMANDS = (["validate"], ["check"], ["link", "-o", "{out}"], ["query", "{graph}", "participants"], ["export"])


def _invoke(runner, command, graph, tmp_path):
    args = [a.format(out=tmp_path / "out.ttl", graph=graph) for a in command]
    if "{graph}" not in command:
        args.insert(1, str(graph))
    return runner.invoke(main, args)


@pytest.mark.parametrize("text, line, reason", [
    ('@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "open .\n', 3, "newline found in string literal"),
    ("@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b ex:c ex:d .\n", 3, "at end of statement"),
    ("@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b", 3, "truncated"),
])
def test_malformed_turtle_names_file_line_and_reason(runner, tmp_path, text, line, reason):
    bad = tmp_path / "bad.ttl"
    bad.write_text(text, encoding="utf-8")
    for command in COMMANDS:
        assert_one_line_error(_invoke(runner, command, bad, tmp_path), f"{bad}:{line}: ", reason)


def test_malformed_ntriples_names_the_line(runner, tmp_path):
    bad = tmp_path / "bad.nt"
    bad.write_text('<http://e/a> <http://e/b> <http://e/c> .\n\n<http://e/a> <http://e/b> "x .\n', encoding="utf-8")
    assert_one_line_error(runner.invoke(main, ["check", str(bad)]), f"{bad}:3: ")


def test_not_utf8_graph(runner, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_bytes(b"@prefix ex: <http://e/> .\nex:a ex:b \"\xff\" .\n")
    assert_one_line_error(runner.invoke(main, ["validate", str(bad)]), f"{bad}:2: ", "not UTF-8")


def test_ill_typed_literal_is_refused_by_every_command(runner, sample_ttl, tmp_path):
    bad = tmp_path / "ill.ttl"
    bad.write_text(sample_ttl.read_text(encoding="utf-8").replace(
        'kg:noteNumber "1"^^xsd:nonNegativeInteger', 'kg:noteNumber "ten"^^xsd:nonNegativeInteger'), encoding="utf-8")
    for command in (*COMMANDS, ["reason"]):
        result = _invoke(runner, command, bad, tmp_path)
        assert_one_line_error(result, str(bad), '"ten"^^xsd:nonNegativeInteger', "kg:noteNumber")
        assert "Failed to convert" not in result.output


def test_event_with_a_full_date_and_a_year(runner, sample_ttl, tmp_path):
    text = sample_ttl.read_text(encoding="utf-8")
    old = '    sem:hasTimeStamp "1956-10-23"^^xsd:date ;'
    assert old in text
    g = tmp_path / "two-dates.ttl"
    g.write_text(text.replace(old, '    sem:hasTimeStamp "1956-10-23"^^xsd:date , "1956"^^xsd:gYear ;'), encoding="utf-8")
    for command in (["link", "-o", "{out}"], ["check"], ["validate"]):
        result = _invoke(runner, command, g, tmp_path)
        assert result.exit_code in (0, 1), result.output
        assert "Traceback" not in result.output


@pytest.mark.parametrize("body", ["", "@prefix ex: <http://e/> .\nex:a ex:b ex:c .\n"])
def test_graph_without_a_record_does_not_conform(runner, tmp_path, body):
    g = tmp_path / "g.ttl"
    g.write_text(body, encoding="utf-8")
    for command in (["validate"], ["check"], ["link", "-o", "{out}"], ["reason"]):
        assert_one_line_error(_invoke(runner, command, g, tmp_path), str(g), "no record")


def test_remote_jsonld_context_is_never_fetched(runner, recorder, tmp_path):
    url = f"http://127.0.0.1:{recorder.server_address[1]}/context.jsonld"
    for context in (url, [url], [{"ex": "http://e/"}, url], {"@import": url}):
        g = tmp_path / "g.jsonld"
        g.write_text('{"@context": %s, "@id": "http://e/a", "name": "x"}' % _json(context), encoding="utf-8")
        for command in COMMANDS:
            assert_one_line_error(_invoke(runner, command, g, tmp_path), str(g), "refused")
    nested = tmp_path / "nested.jsonld"
    nested.write_text('{"@graph": [{"@context": "%s", "@id": "http://e/a"}]}' % url, encoding="utf-8")
    assert_one_line_error(runner.invoke(main, ["export", str(nested)]), "refused")
    assert recorder.hits == []


def test_file_jsonld_context_is_never_read(runner, tmp_path):
    secret = tmp_path / "secret.jsonld"
    secret.write_text('{"@context": {"name": "http://schema.org/name"}}', encoding="utf-8")
    for ref in (secret.as_uri(), "secret.jsonld"):
        g = tmp_path / "g.jsonld"
        g.write_text('{"@context": "%s", "@id": "http://e/a", "name": "x"}' % ref, encoding="utf-8")
        assert_one_line_error(runner.invoke(main, ["export", str(g)]), "refused", "@context")


def test_inline_jsonld_context_is_read(tmp_path):
    g = tmp_path / "g.jsonld"
    g.write_text('{"@context": {"name": "http://schema.org/name"}, "@id": "http://e/a", "name": "x"}', encoding="utf-8")
    assert (URIRef("http://e/a"), URIRef("http://schema.org/name"), Literal("x")) in load_graph(g)


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE rdf:RDF [<!ENTITY ext SYSTEM "{url}">]>',
    '<!DOCTYPE rdf:RDF [<!ENTITY ext SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE rdf:RDF SYSTEM "{url}">',
    '<!DOCTYPE rdf:RDF [<!ENTITY % p SYSTEM "{url}"> %p;]>',
    '<!DOCTYPE rdf:RDF [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
])
def test_rdfxml_external_entities_and_expansion_are_refused(runner, recorder, tmp_path, doctype):
    url = f"http://127.0.0.1:{recorder.server_address[1]}/entity"
    g = tmp_path / "g.rdf"
    g.write_text('<?xml version="1.0"?>\n' + doctype.format(url=url) + """
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">
  <rdf:Description rdf:about="http://e/a"><ex:b>&ext;</ex:b></rdf:Description>
</rdf:RDF>
""", encoding="utf-8")
    assert_one_line_error(runner.invoke(main, ["export", str(g)]), str(g), "refused")
    assert recorder.hits == []


def test_rdfxml_with_plain_entities_is_read(tmp_path):
    g = tmp_path / "g.rdf"
    g.write_text("""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [<!ENTITY ex "http://e/">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">
  <rdf:Description rdf:about="&ex;a"><ex:b>x</ex:b></rdf:Description>
</rdf:RDF>
""", encoding="utf-8")
    assert (URIRef("http://e/a"), URIRef("http://e/b"), Literal("x")) in load_graph(g)


def test_ntriples_export_round_trips_literals_with_unicode_line_breaks(tmp_path):
    g = Graph()
    for i, ch in enumerate(["\x0c", "\x0b", "\x85", "\u2028", "\u2029", "\r", "\n", "\x1c"]):
        g.add((URIRef("http://e/s"), URIRef(f"http://e/p{i}"), Literal(f"a{ch}b")))
    out = tmp_path / "g.nt"
    out.write_text(serialize(g, "nt"), encoding="utf-8")
    back = load_graph(out)
    assert set(back) == set(g)


def _json(value):
    import json
    return json.dumps(value)


def test_odd_boolean_is_refused_without_a_python_warning(runner, tmp_path):
    g = tmp_path / "g.ttl"
    g.write_text('<http://e/a> <http://e/b> "maybe"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n', encoding="utf-8")
    result = runner.invoke(main, ["export", str(g)])
    assert_one_line_error(result, "xsd:boolean", "not a valid xsd:boolean")
    assert "UserWarning" not in result.output
