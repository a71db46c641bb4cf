"""Authority data: the file, its validation, dates and name forms."""

import importlib.util
from pathlib import Path

import pytest

from kg.errors import LinkError
from kg.link.authority import (
    COLUMNS,
    DEFAULT_PATH,
    PartialDate,
    cell_date,
    load_authority,
    parse_authority,
)
from kg.link.forms import form_key, split_person

from .conftest import tsv


def _tool():
    """tools/import_authority.py, the maintainers' import (not part of the package)."""
    path = Path(__file__).resolve().parents[2] / "tools" / "import_authority.py"
    spec = importlib.util.spec_from_file_location("import_authority", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_TOOL = _tool()
import_authority, import_rows, role_period = _TOOL.import_authority, _TOOL.import_rows, _TOOL.role_period

SOURCE_HEADER = "kind\tlabel\tqid\taliases\tnative_label\tborn\tdied\trole_1956\tevidence\n"
SOURCE_ROWS = (
    "person\tYuri Primerov\tQ9900010\tPrimerow|Y. Primerov\tЮрий Примеров\t1930-02-01 (O.S.)\t1990\t"
    "Deputy minister (1955-57)\tinvented test row\n"
    "person\tOleg Testov\t\tTestow\t\t1901\t1949\tformer secretary\tinvented test row, no qid\n"
    "place\tTestograd\t\tTestgrad\t\t\t\t\tinvented test row\n"
)


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "source.tsv"
    path.write_text(SOURCE_HEADER + SOURCE_ROWS, encoding="utf-8")
    return path


def test_committed_file_loads_and_keeps_every_source_row(authority):
    assert len(authority) >= 76
    for entry in authority:
        assert entry.evidence, entry.key
        assert entry.source.startswith(str(DEFAULT_PATH))
    assert authority.by_key["anastas-mikoyan"].qid == "Q152738"
    assert authority.by_key["john-foster-dulles"].qid is None  # empty stays empty
    assert authority.by_key["ivan-serov"].qid is None


def test_header_is_documented():
    header = DEFAULT_PATH.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert tuple(header) == COLUMNS
    readme = (DEFAULT_PATH.parent / "README.md").read_text(encoding="utf-8")
    for column in COLUMNS:
        assert f"`{column}`" in readme, column


def test_import_is_reproducible(source, tmp_path):
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    import_authority(source, first)
    import_authority(source, second)
    import_authority(source, second)
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_import_keeps_qids_and_evidence_verbatim(source):
    import csv

    with source.open(encoding="utf-8") as fh:
        original = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    rows = {r["label"]: r for r in import_rows(source)}
    for src in original:
        row = rows[src["label"]]
        assert row["qid"] == src["qid"]
        assert row["evidence"].startswith(src["evidence"])
        for column in ("born", "died", "native_label", "role_1956"):
            assert row[column] == src[column]
    assert rows["Oleg Testov"]["qid"] == ""  # an empty qid stays empty
    assert rows["Yuri Primerov"]["active_from"].startswith("1955")


def test_import_keeps_rows_a_user_added(source, tmp_path):
    out = tmp_path / "authority.tsv"
    import_authority(source, out)
    user = {"key": "ivan-dobavlenov", "kind": "person", "label": "Ivan Dobavlenov", "evidence": "user"}
    with out.open("a", encoding="utf-8") as fh:
        fh.write("\t".join(user.get(c, "") for c in COLUMNS) + "\n")
    import_authority(source, out)
    assert "ivan-dobavlenov" in load_authority(out).by_key
    import_authority(source, out, keep_user_rows=False)
    assert "ivan-dobavlenov" not in load_authority(out).by_key


def test_import_command(tmp_path):
    main = _TOOL.main

    src = tmp_path / "src.tsv"
    src.write_text("kind\tlabel\tqid\taliases\tnative_label\tborn\tdied\trole_1956\tevidence\n"
                   "person\tYuri Primerov\tQ9900010\tPrimerow\t\t1930\t1960\tdeputy (1955-57)\ttest\n",
                   encoding="utf-8")
    dst = tmp_path / "out.tsv"
    assert main([str(src), str(dst)]) == 0
    entry = load_authority(dst).by_key["yuri-primerov"]
    assert entry.qid == "Q9900010" and entry.active_from == PartialDate(1955)
    bad = tmp_path / "bad.tsv"
    bad.write_text("kind\tlabel\n", encoding="utf-8")
    assert main([str(bad), str(dst)]) != 0


# ---------------------------------------------------------------- validation


def _row(**cells):
    base = {"key": "x-y", "kind": "person", "label": "X Y", "evidence": "e"}
    base.update(cells)
    return base


@pytest.mark.parametrize(
    "cells, message",
    [
        ({"kind": "ship"}, "kind 'ship'"),
        ({"qid": "Q12x"}, "not a Wikidata item id"),
        ({"qid": "Q5", "evidence": ""}, "without evidence"),
        ({"born": "sometime"}, "born: not a date"),
        ({"born": "1950", "died": "1940"}, "died before born"),
        ({"label": ""}, "empty label"),
        ({"key": "Not A Slug"}, "not a slug"),
        ({"native_lang": "Russian!"}, "not a language tag"),
        ({"active_from": "1956-13-01"}, "active_from: not a date"),
    ],
)
def test_bad_row_names_file_and_line(cells, message):
    text = tsv([_row(key="ok", label="Okay"), _row(**cells)])
    with pytest.raises(LinkError) as err:
        parse_authority(text, "my.tsv")
    assert str(err.value).startswith("my.tsv:3: ")
    assert message in str(err.value)


def test_duplicates_and_structure():
    with pytest.raises(LinkError, match=r"my.tsv:3: key 'x-y' already used on line 2"):
        parse_authority(tsv([_row(), _row()]), "my.tsv")
    with pytest.raises(LinkError, match=r"my.tsv:3: qid Q5 already used on line 2"):
        parse_authority(tsv([_row(qid="Q5"), _row(key="z", qid="Q5")]), "my.tsv")
    with pytest.raises(LinkError, match=r"my.tsv:1: header lacks column\(s\) evidence"):
        parse_authority("key\tkind\tlabel\tqid\taliases\n", "my.tsv")
    with pytest.raises(LinkError, match=r"my.tsv:1: unknown column\(s\) colour"):
        parse_authority("kind\tlabel\tevidence\tcolour\n", "my.tsv")


def test_field_count_and_unreadable_file(tmp_path):
    with pytest.raises(LinkError, match=r"my.tsv:2: 7 fields, the header has 6"):
        parse_authority("key\tkind\tlabel\tqid\taliases\tevidence\na\tperson\tA\t\t\te\textra\n", "my.tsv")
    with pytest.raises(LinkError, match="cannot read"):
        load_authority(tmp_path / "missing.tsv")


def test_comments_blank_lines_and_derived_key():
    a = parse_authority("# a comment\n\nkind\tlabel\tqid\taliases\tevidence\nperson\tYuri Primerov\t\t\te\n", "t")
    assert list(a.by_key) == ["yuri-primerov"]


# ---------------------------------------------------------------- dates and forms


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("1895-06-11 (O.S. 30 May)", PartialDate(1895, 6, 11)),
        ("1897", PartialDate(1897)),
        ("1956-10 (Gomułka elected 21 Oct 1956)", PartialDate(1956, 10)),
        ("1955 (not source-checked)", PartialDate(1955)),
        ("", None),
    ],
)
def test_cell_date(cell, expected):
    assert cell_date(cell) == expected


def test_partial_date_bounds():
    d = PartialDate(1969)
    assert str(d.earliest) == "1969-01-01" and str(d.latest) == "1969-12-31"
    assert str(PartialDate(1956, 2).latest) == "1956-02-29"
    with pytest.raises(ValueError):
        cell_date("1956-02-30")


def test_role_period():
    assert role_period("USSR Minister of Defence (9 Feb 1955 - 26 Oct 1957)") == (
        PartialDate(1955, 2, 9), PartialDate(1957, 10, 26))
    assert role_period("First Deputy Chairman (1955-64); member") == (PartialDate(1955), PartialDate(1964))
    assert role_period("member (from 12 Jul 1955)") == (PartialDate(1955, 7, 12), None)
    assert role_period("First Secretary (18 Jul - 25 Oct 1956)") == (PartialDate(1956, 7, 18),
                                                                     PartialDate(1956, 10, 25))
    assert role_period("PM (Oct-Nov 1956)") == (PartialDate(1956, 10), PartialDate(1956, 11))
    assert role_period("ruling party until 31 Oct 1956") == (None, PartialDate(1956, 10, 31))
    assert role_period("Marshal of the Soviet Union") == (None, None)


def test_name_forms(authority):
    mikoyan = authority.by_key["anastas-mikoyan"]
    assert form_key("Mikoian") == form_key("Mikojan") == form_key("Mikoyan") == form_key("Микоян")
    assert form_key("Kádár") == form_key("Kadar")
    assert form_key("Cde. Mikoyan's") == form_key("Mikoyan")
    assert form_key("Revolution of 1956", "event") != form_key("Revolution of 1957", "event")
    assert {f.key for f in mikoyan.forms} >= {form_key("Anastas Mikoyan"), form_key("Анастас Иванович Микоян")}
    assert ("Անաստաս Հովհաննեսի Միկոյան", "hy") in mikoyan.labels()
    # notes in parentheses are dropped; a form the note says is a separate item is not used
    hwp = authority.by_key["hungarian-working-people-s-party"]
    assert "Hungarian Workers' Party" in {f.text for f in hwp.forms}
    romania = authority.by_key["romania"]
    assert not any("People's Republic" in f.text for f in romania.forms)
    # surnames: family name first for Chinese names, reversed Hungarian aliases skipped
    assert authority.by_key["zhou-enlai"].surname_keys == {form_key("Zhou"), form_key("Chou")}
    assert form_key("Imre") not in authority.by_key["imre-nagy"].surname_keys
    assert authority.by_key["ivan-konev"].surname_keys == {form_key("Konev"), form_key("Koniev"),
                                                           form_key("Konew")}


def test_split_person():
    assert split_person("V. N. Malin") == (["V.", "N."], "Malin", False)
    assert split_person("Cde. Khr.") == ([], "Khr.", True)
    assert split_person("Col.-General Vaclav Kratochvil") == (["Vaclav"], "Kratochvil", False)
    assert split_person("V.N.Malin") == (["V.", "N."], "Malin", False)


def test_user_rows_are_added_to_the_shipped_table(tmp_path, monkeypatch):
    user = tmp_path / "authority.tsv"
    header = "\t".join(COLUMNS) + "\n"
    row = {"kind": "person", "label": "Ivan Dobavlenov", "aliases": "Dobavlenov", "evidence": "invented test row"}
    user.write_text(header + "\t".join(row.get(c, "") for c in COLUMNS) + "\n", encoding="utf-8")
    monkeypatch.setenv("KG_AUTHORITY", str(user))
    combined = load_authority()
    assert combined.by_key["ivan-dobavlenov"].source == f"{user}:2"
    assert combined.by_key["anastas-mikoyan"].qid == "Q152738"
    assert len(combined) == len(load_authority(DEFAULT_PATH)) + 1


def test_a_user_row_may_not_reuse_a_shipped_key(tmp_path, monkeypatch):
    user = tmp_path / "authority.tsv"
    user.write_text("key\tkind\tlabel\tevidence\nanastas-mikoyan\tperson\tA. Mikoyan\tmine\n", encoding="utf-8")
    monkeypatch.setenv("KG_AUTHORITY", str(user))
    with pytest.raises(LinkError, match=r"authority.tsv:2: key 'anastas-mikoyan' already used on .*data/authority.tsv:\d+"):
        load_authority()


def test_bodies_are_kind_body_and_the_old_spelling_org_is_read():
    rows = [dict(kind="org", label="Old Spelling Committee", evidence="test row"),
            dict(kind="body", label="New Spelling Committee", evidence="test row")]
    authority = parse_authority(tsv(rows), "t.tsv")
    assert [e.kind for e in authority] == ["body", "body"]
    kinds = {line.split("\t")[1] for line in DEFAULT_PATH.read_text(encoding="utf-8").splitlines()[1:] if line}
    assert "org" not in kinds and "body" in kinds
