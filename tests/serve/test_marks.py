"""The record's text with its marks: every character printed once and in
order, marks that cross cut in two, anchors on the first piece; and a store
folder read as a graph file is."""

import gc
from html import unescape
from html.parser import HTMLParser

import pyoxigraph as ox

from kg.serve import read
from kg.serve.marks import Mark, fact_marks, paragraphs, render, speaker_index
from kg.serve.store import open_store, select
from kg.vocab import ID


class Text(HTMLParser):
    """The characters of rendered HTML, less the facts' popups; and the anchors."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.depth, self.skip, self.ids = [], 0, None, []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            return
        self.depth += 1
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.append(attrs["id"])
        if self.skip is None and attrs.get("class") == "fact":
            self.skip = self.depth

    def handle_endtag(self, tag):
        if self.skip == self.depth:
            self.skip = None
        self.depth -= 1

    def handle_data(self, data):
        if self.skip is None:
            self.out.append(data)


def text_of(html: str) -> Text:
    parser = Text()
    parser.feed(html)
    parser.close()
    return parser


def test_crossing_marks_are_cut_and_keep_every_character():
    text = "Alpha beta gamma delta"
    marks = [Mark(0, 10, "decision", "d", "D"), Mark(6, 16, "mention", "m", "M"), Mark(6, 16, "event", "e", "E")]
    (para,) = render(text, marks, [])
    parsed = text_of(para["html"])
    assert "".join(parsed.out) == text
    assert parsed.ids == ["s0-10", "s6-16"]  # one anchor per span, on its first piece
    assert para["html"].count('data-node="m"') == 2  # the mention crosses the decision's end: two pieces


def test_paragraphs_split_at_blank_lines():
    text = "One\nline two\n\n\nThree\n  \nFour"
    assert [text[a:b] for a, b in paragraphs(text)] == ["One\nline two", "Three", "Four"]


def test_every_record_of_the_corpus_prints_its_text_whole(corpus_ttl):
    store = open_store(corpus_ttl)
    texts = [r["t"] for r in select(store, "SELECT ?t WHERE { ?t a kg:RecordText }")]
    assert len(texts) > 10
    for text in texts:
        rec = read.record(store, text)
        marks = fact_marks(rec, str(ID), speaker_index(rec["turns"]))
        for p, (a, b) in zip(render(rec["content"], marks, rec["notes"]), paragraphs(rec["content"])):
            assert unescape("".join(text_of(p["html"]).out)) == rec["content"][a:b]


def test_a_store_folder_is_read_like_the_graph_file(tmp_path, sample_ttl):
    folder = tmp_path / "store"
    writer = ox.Store(str(folder))
    writer.bulk_load(path=str(sample_ttl), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("https://example.org/g"))
    writer.flush()
    del writer
    gc.collect()
    from_file, from_folder = open_store(sample_ttl), open_store(folder)
    assert read.records(from_folder) == read.records(from_file)


def test_serve_names_a_file_it_cannot_read_in_one_line(tmp_path):
    import subprocess
    import sys

    from .conftest import ROOT

    bad = tmp_path / "broken.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(bad), "--port", "9"], capture_output=True,
                         text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 2
    assert out.stderr.startswith("kg: error:") and "broken.ttl" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_rendering_twice_gives_the_same_page_and_unique_anchors():
    text = "Alpha beta\n\nGamma delta"
    marks = [Mark(0, 5, "mention", "a", "A"), Mark(0, 5, "participant", "b", "B"), Mark(12, 17, "event", "c", "C")]
    first, second = render(text, marks, []), render(text, marks, [])
    assert first == second
    ids = [i for p in first for i in text_of(p["html"]).ids]
    assert ids == ["s0-5", "s12-17"]
