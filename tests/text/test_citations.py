"""Tests of kg.text.citations: the sources of the sample record, the other
archival, published and cross-reference forms of the genre, and properties
over arbitrary text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.text.citations import (
    ArchivalRef, CrossRef, Level, PublishedRef,
    find_archival_refs, find_cross_refs, find_published_refs,
)

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "presidium-1956-11-01.txt"


def sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def cited_in(text: str, start: int) -> str:
    """"citation" or "note N": where in the sample a span lies."""
    notes = text.find("Translator's Notes")
    if start < notes:
        return "citation"
    paragraph = text[:start].rfind("\n\n")
    number = re.match(r"\s*([0-9]+) ", text[paragraph:])
    while number is None:
        paragraph = text[:paragraph].rfind("\n\n")
        number = re.match(r"\s*([0-9]+) ", text[paragraph:])
    return f"note {number.group(1)}"


def parts(ref: ArchivalRef) -> tuple:
    return (ref.archive, tuple((level.kind, level.value) for level in ref.levels), ref.folios)


# --- the sample record: seed facts, section 6 --------------------------------

def test_sample_archival_refs_are_the_seed_rows():
    text = sample()
    found = [(cited_in(text, ref.start), *parts(ref)) for ref in find_archival_refs(text)]
    assert found == [
        ("citation", "TsKhSD", (("fond", "3"), ("opis", "12"), ("delo", "1006")), "19-22"),
        ("note 1", "APRF", (("fond", "3"), ("opis", "64"), ("delo", "484")), "58"),
        ("note 10", "APRF", (("fond", "3"), ("opis", "64"), ("delo", "484")), "58"),
        ("note 12", "SUA", (("fond", "07"), ("svazek", "14"), ("aj", "14")), None),
        ("note 12", "VHA", (("fond", "MNO CSR"), ("year", "1956"), ("series", "GS/OS"),
                            ("signature", "2/8-39b")), None),
        ("note 12", "VHA", (("fond", "MNO"), ("year", "1956"), ("series", "GS/OS"),
                            ("signature", "2/8-49b")), None),
    ]


def test_sample_archival_refs_printed_forms():
    refs = find_archival_refs(sample())
    tskhsd, aprf1, aprf10, sua, vha_long, vha_short = refs
    assert tskhsd.printed == "TsKhSD, F. 3, Op. 12, D. 1006, LI. 19-22"
    assert tskhsd.folios_printed == "LI. 19-22"
    assert tskhsd.slips == ("LI. -> Ll.",)
    assert [level.printed for level in tskhsd.levels] == ["F. 3", "Op. 12", "D. 1006"]
    assert [level.rico_type for level in tskhsd.levels] == ["Fonds", "Series", "File"]
    assert aprf1.printed == aprf10.printed == "APRF, F. 3, Op. 64, D. 484, L. 58"
    assert (aprf1.folios_printed, aprf1.slips) == ("L. 58", ())
    assert sua.printed == "SUA, Arch. UV KSC, F. 07, Sv. 14, Archivna jednotka (A.j.) 14"
    assert sua.archive_printed == "SUA, Arch. UV KSC"
    assert sua.levels[2] == Level("aj", "14", "Archivna jednotka (A.j.) 14", "File")
    assert sua.levels[1].rico_type == "Series"
    assert vha_long.archive_printed == "Vojensky historicky archiv (VHA) Praha"
    assert vha_long.archive_place == "Praha"
    assert vha_long.levels == (
        Level("fond", "MNO CSR", "Fond Ministra narodni obrany (MNO) CSR", "Fonds"),
        Level("year", "1956", "1956", None),
        Level("series", "GS/OS", "Operacni sprava Generalniho stabu cs. armady (GS/OS)", "Series"),
        Level("signature", "2/8-39b", "2/8-39b", "File"),
    )
    assert vha_short.printed == "VHA, F. MNO, 1956, GS/OS, 2/8-49b"
    assert (vha_short.archive_printed, vha_short.archive_place) == ("VHA", None)


def test_sample_published_refs_are_the_seed_rows():
    text = sample()
    found = [(cited_in(text, ref.start), ref.title, ref.author, ref.volume, ref.pages)
             for ref in find_published_refs(text)]
    assert found == [
        ("citation", "CWIHP Bulletin 8-9", None, None, "394-395"),
        ("note 8", "Lichnoe delo", "Vladimir Kryuchkov", "1", "57"),
        ("note 11", "Lichnoe delo", "Kryuchkov", "1", "57-58"),
    ]
    printed = [ref.printed for ref in find_published_refs(text)]
    assert printed == [
        "CWIHP Bulletin 8-9, pp. 394-395",
        "Vladimir Kryuchkov, *Lichnoe delo*, vol. 1, p. 57",
        "*Lichnoe delo*, vol. 1, pp. 57-58",
    ]


def test_sample_cross_refs_stay_unresolved_pointers():
    text = sample()
    found = [(cited_in(text, ref.start), ref.printed, ref.number, ref.direction)
             for ref in find_cross_refs(text)]
    assert found == [
        ("note 1", "Note 146 infra", 146, "infra"),
        ("note 4", "Note 101 supra", 101, "supra"),
    ]


def test_sample_spans_quote_the_text():
    text = sample()
    for ref in [*find_archival_refs(text), *find_published_refs(text), *find_cross_refs(text)]:
        assert text[ref.start:ref.end] == ref.printed


# --- archival references in other forms ---------------------------------------

def only(text: str) -> ArchivalRef:
    refs = find_archival_refs(text)
    assert len(refs) == 1, refs
    assert text[refs[0].start:refs[0].end] == refs[0].printed
    return refs[0]


def test_russian_long_form():
    text = ("Tsentr Khraneniya Sovremennoi Dokumentatsii (TsKhSD), Moscow, Fond (F.) 3, "
            "Opis' (Op.) 14, Delo (D.) 41, Listy (Ll.) 1-2.")
    ref = only(text)
    assert parts(ref) == ("TsKhSD", (("fond", "3"), ("opis", "14"), ("delo", "41")), "1-2")
    assert ref.archive_printed == "Tsentr Khraneniya Sovremennoi Dokumentatsii (TsKhSD), Moscow"
    assert ref.archive_place == "Moscow"
    assert [level.printed for level in ref.levels] == ["Fond (F.) 3", "Opis' (Op.) 14", "Delo (D.) 41"]
    assert ref.folios_printed == "Listy (Ll.) 1-2"
    assert ref.printed == text[:-1]


def test_english_long_form_with_the_in_it():
    ref = only("as found in Archive of the President of the Russian Federation (APRF), Moscow, "
               "F. 3, Op. 64, D. 484, Ll. 41-45")
    assert ref.archive == "APRF"
    assert ref.archive_printed == "Archive of the President of the Russian Federation (APRF), Moscow"


@pytest.mark.parametrize("text, expected", [
    ("TsKhSD, F. 3, Op. 12, D. 1006, Ll. 4-4ob",
     ("TsKhSD", (("fond", "3"), ("opis", "12"), ("delo", "1006")), "4-4v")),
    ("RGANI, F. 3, Op. 12, D. 1006, Ll. 4-4ob.",
     ("RGANI", (("fond", "3"), ("opis", "12"), ("delo", "1006")), "4-4v")),
    ("RGANI f. 89, per. 45, dok. 1",
     ("RGANI", (("fond", "89"), ("opis", "45")), None)),
    ("APRF, F. 3, Op. 64, D. 484, L. 58",
     ("APRF", (("fond", "3"), ("opis", "64"), ("delo", "484")), "58")),
    ("AP RF, F. 45, Op. 1, D. 12, Ll. 3-5",
     ("APRF", (("fond", "45"), ("opis", "1"), ("delo", "12")), "3-5")),
    ("RGASPI, F. 17, Op. 3, D. 1, L. 12ob.",
     ("RGASPI", (("fond", "17"), ("opis", "3"), ("delo", "1")), "12v")),
    ("GARF, f. R-5446, op. 1, d. 20, unnumbered page",
     ("GARF", (("fond", "R-5446"), ("opis", "1"), ("delo", "20")), "unnumbered")),
    ("AVP RF, F. 077, Op. 37, D. 12, L. 3",
     ("AVP RF", (("fond", "077"), ("opis", "37"), ("delo", "12")), "3")),
    ("AVPRF, F. 06, Op. 15a, D. 4",
     ("AVP RF", (("fond", "06"), ("opis", "15a"), ("delo", "4")), None)),
    ("TsKhSD, F. 5, Op. 28, D. 394, Ll. 19–22",
     ("TsKhSD", (("fond", "5"), ("opis", "28"), ("delo", "394")), "19-22")),
    ("TsKhSD, F. 89, Op. 45, D. 8, Ll. 12 ob.-13",
     ("TsKhSD", (("fond", "89"), ("opis", "45"), ("delo", "8")), "12v-13")),
    ("(TsKhSD, F. 3, Op. 12, D. 1005, L. 54)",
     ("TsKhSD", (("fond", "3"), ("opis", "12"), ("delo", "1005")), "54")),
    ("SUA, Arch. UV KSC, F. 07, Sv. 14, Archivna jednotka (A.j.) 14",
     ("SUA", (("fond", "07"), ("svazek", "14"), ("aj", "14")), None)),
    ("SÚA, Arch. ÚV KSČ, F. 02/2, Sv. 122, A.j. 147",
     ("SUA", (("fond", "02/2"), ("svazek", "122"), ("aj", "147")), None)),
    ("Státní ústřední archiv (SÚA), Praha, F. 07, sv. 14, a.j. 14",
     ("SUA", (("fond", "07"), ("svazek", "14"), ("aj", "14")), None)),
    ("VHA Praha, Fond MNO CSR, 1956, GS/OS, 2/8-39b",
     ("VHA", (("fond", "MNO CSR"), ("year", "1956"), ("series", "GS/OS"),
              ("signature", "2/8-39b")), None)),
    ("VHA, F. MNO, 1956, GS/OS, 2/8-49b.",
     ("VHA", (("fond", "MNO"), ("year", "1956"), ("series", "GS/OS"),
              ("signature", "2/8-49b")), None)),
    ("MOL, XX-A-1, 3. d.",
     ("MOL", (("fond", "XX-A-1"), ("box", "3")), None)),
    ("MOL, M-KS 288. f. 5/1. ő.e.",
     ("MOL", (("collection", "M-KS"), ("fond", "288"), ("series", "5"), ("unit", "1")), None)),
    ("AAN, KC PZPR, sygn. 2685, k. 12-15.",
     ("AAN", (("fond", "KC PZPR"), ("signature", "2685")), "12-15")),
    ("Eisenhower Library, Whitman File, NSC Records. Top Secret.",
     ("Eisenhower Library", (("collection", "Whitman File"), ("series", "NSC Records")), None)),
    ("Dwight D. Eisenhower Library, Papers as President (Ann Whitman File), NSC Series, Box 8.",
     ("Eisenhower Library", (("collection", "Ann Whitman File"), ("series", "NSC Series"),
                             ("box", "8")), None)),
    # a file named after the series is the series' folder, not a second series
    ("Kennedy Library, National Security Files, Meetings and Memoranda Series, Executive Committee. Top Secret.",
     ("Kennedy Library", (("collection", "National Security Files"), ("series", "Meetings and Memoranda Series"),
                          ("folder", "Executive Committee")), None)),
    ("National Archives, RG 59, Central Decimal Files, 764.00/11-156. Secret.",
     ("National Archives", (("record_group", "59"), ("collection", "Central Decimal Files"),
                            ("file", "764.00/11-156")), None)),
    # US: a lot file after a colon, the folder's heading after the lot; the Library of Congress
    ("Department of State, S/P Files: Lot 66 D 95, Eastern Europe 1956. Secret.",
     ("Department of State", (("collection", "S/P Files"), ("lot", "66 D 95"),
                              ("folder", "Eastern Europe 1956")), None)),
    ("Department of State, Conference Files: Lot 65 D 533, CF 2152. Secret.",
     ("Department of State", (("collection", "Conference Files"), ("lot", "65 D 533"), ("file", "CF 2152")), None)),
    ("Library of Congress, Manuscript Division, Kissinger Papers, Box TS 78, Geopolitical File, Soviet Union, 1969.",
     ("Library of Congress", (("division", "Manuscript Division"), ("collection", "Kissinger Papers"),
                              ("box", "TS 78"), ("folder", "Geopolitical File, Soviet Union, 1969")), None)),
    # British: series and piece, then the paper's reference
    ("TNA, CAB 128/30, CM (56) 99.",
     ("TNA", (("series", "CAB 128"), ("piece", "30"), ("reference", "CM (56) 99")), None)),
    ("Copy in TNA, FO 371/122378, NH 10110/113.",
     ("TNA", (("series", "FO 371"), ("piece", "122378"), ("reference", "NH 10110/113")), None)),
    # German party archive: a signature and leaves
    ("SAPMO-BArch, DY 30/J IV 2/2/787, Bl. 1-4.",
     ("SAPMO-BArch", (("signature", "DY 30/J IV 2/2/787"),), "1-4")),
    # Czech: collection, fond, svazek, a.j., item; the national archive by name
    ("ÚSD, AÚV KSČ, F. 02/1, sv. 51, a.j. 58, info. 4.",
     ("ÚSD", (("collection", "AUV KSC"), ("fond", "02/1"), ("svazek", "51"), ("aj", "58"), ("item", "4")), None)),
    ("Národní archiv, fond KSČ-ÚV-02/1, sv. 12, a.j. 14",
     ("Národní archiv", (("fond", "KSC-UV-02/1"), ("svazek", "12"), ("aj", "14")), None)),
    # Hungarian: "cs." is the series
    ("MNL OL, M-KS 276. f. 53. cs. 291. ő.e.",
     ("MNL OL", (("collection", "M-KS"), ("fond", "276"), ("series", "53"), ("unit", "291")), None)),
    # Romanian and Bulgarian: the fond by name or by number and letter, folder, pages
    ("ANIC, fond CC al PCR – Relații Externe, folder 39/1971, pp. 1-45.",
     ("ANIC", (("fond", "CC al PCR – Relatii Externe"), ("folder", "39/1971"), ("pages", "1-45")), "1-45")),
    ("Central State Archive, Sofia, fond 1-B (Central Committee of the BCP), opis 6, folder 4972, pp. 1-14.",
     ("Central State Archive", (("fond", "1-B"), ("opis", "6"), ("folder", "4972"), ("pages", "1-14")), "1-14")),
])
def test_archival_forms(text, expected):
    refs = find_archival_refs(text)
    assert [parts(ref) for ref in refs] == [expected]
    assert text[refs[0].start:refs[0].end] == refs[0].printed


def test_rico_types_of_every_kind():
    levels = (only("Dwight D. Eisenhower Library, Papers as President (Ann Whitman File), "
                   "NSC Series, Box 8, Folder 12").levels
              + only("MOL, M-KS 288. f. 5/1. ő.e.").levels
              + only("VHA, F. MNO, 1956, GS/OS, 2/8-49b").levels
              + only("SUA, F. 07, Sv. 14, A.j. 14").levels
              + only("TsKhSD, F. 3, Op. 12, D. 1006, L. 1").levels)
    assert {(level.kind, level.rico_type) for level in levels} == {
        ("collection", "Fonds"), ("series", "Series"), ("box", "File"), ("folder", "File"),
        ("fond", "Fonds"), ("aj", "File"), ("year", None), ("signature", "File"), ("collection", None), ("unit", "File"),
        ("svazek", "Series"), ("opis", "Series"), ("delo", "File"),
    }


@pytest.mark.parametrize("text, slips, folios", [
    ("TsKhSD, F. 3, Op. 12, D. 1006, LI. 19-22", ("LI. -> Ll.",), "19-22"),
    ("APRF, F. 3, 0p. 64, D. 484, L. 58", ("0p. -> Op.",), "58"),
    ("RGASPI, F . 17, Op. 3, D. 1, Ll. 12-13", ("F . -> F.",), "12-13"),
    ("GARF, F . 9401, 0p. 2, D. 1, LI. 5", ("F . -> F.", "0p. -> Op.", "LI. -> Ll."), "5"),
    ("GARF, F. 9401, Op. 2, D. 1, Ll. 5", (), "5"),
])
def test_ocr_slips_are_read_and_reported(text, slips, folios):
    ref = only(text)
    assert ref.slips == slips
    assert ref.folios == folios
    assert [level.value for level in ref.levels][:1] != []


def test_place_and_printed_archive_name():
    ref = only("Vojenský historický archiv (VHA) Praha, Fond MNO ČSR, 1956, GS/OS, 2/8-39b")
    assert ref.archive_printed == "Vojenský historický archiv (VHA) Praha"
    assert ref.archive_place == "Praha"
    assert ref.levels[0] == Level("fond", "MNO CSR", "Fond MNO ČSR", "Fonds")


def test_refs_in_running_text_and_lists():
    text = ("See TsKhSD, F. 3, Op. 12, D. 1006, Ll. 19-22; APRF, F. 3, Op. 64, D. 484, L. 58; "
            "and GARF, F. 5446, Op. 1, D. 20, which has more.")
    refs = find_archival_refs(text)
    assert [ref.archive for ref in refs] == ["TsKhSD", "APRF", "GARF"]
    assert refs[2].printed == "GARF, F. 5446, Op. 1, D. 20"
    for ref in refs:
        assert text[ref.start:ref.end] == ref.printed


def test_ref_wrapped_over_a_line_break():
    ref = only("in TsKhSD, F. 3, Op. 12,\nD. 1006, Ll. 19-22")
    assert parts(ref) == ("TsKhSD", (("fond", "3"), ("opis", "12"), ("delo", "1006")), "19-22")


def test_blank_line_ends_a_ref():
    ref = only("TsKhSD, F. 3, Op. 12,\n\nD. 1006, Ll. 19-22")
    assert parts(ref) == ("TsKhSD", (("fond", "3"), ("opis", "12")), None)


@pytest.mark.parametrize("text", [
    "The MOL was closed that year, and the AAN too.",
    "F. 3, Op. 12, D. 1006, Ll. 19-22",
    "Mikoyan and Suslov returned to Moscow.",
    "Published in CWIHP Bulletin 8-9, pp. 394-395",
    "NATO, SEATO and the NA",
    "",
])
def test_not_an_archival_ref(text):
    assert find_archival_refs(text) == []


# --- published references -----------------------------------------------------

@pytest.mark.parametrize("text, printed, title, author, volume, pages", [
    ("memoir by Vladimir Kryuchkov, *Lichnoe delo*, vol. 1, p. 57.",
     "Vladimir Kryuchkov, *Lichnoe delo*, vol. 1, p. 57", "Lichnoe delo", "Vladimir Kryuchkov", "1", "57"),
    ("Kryuchkov's memoir (*Lichnoe delo*, vol. 1, pp. 57-58) sheds",
     "*Lichnoe delo*, vol. 1, pp. 57-58", "Lichnoe delo", "Kryuchkov", "1", "57-58"),
    ("V. A. Kryuchkov, _Lichnoe delo_ (Moscow: Olimp, 1996), t. 1, s. 57",
     "V. A. Kryuchkov, _Lichnoe delo_ (Moscow: Olimp, 1996), t. 1, s. 57",
     "Lichnoe delo", "V. A. Kryuchkov", "1", "57"),
    ("See Kryuchkov, Lichnoe delo, vol. 1, p. 57.",
     "Kryuchkov, Lichnoe delo, vol. 1, p. 57", "Lichnoe delo", "Kryuchkov", "1", "57"),
    ("*Ten Days That Shook*, p. 12", "*Ten Days That Shook*, p. 12", "Ten Days That Shook", None, None, "12"),
    ("CWIHP Bulletin 8-9, pp. 394-395", "CWIHP Bulletin 8-9, pp. 394-395",
     "CWIHP Bulletin 8-9", None, None, "394-395"),
    ("Cold War International History Project Bulletin, Issue 8/9 (Winter 1996/1997), pp. 358-410",
     "Cold War International History Project Bulletin, Issue 8/9 (Winter 1996/1997), pp. 358-410",
     "CWIHP Bulletin 8-9", None, None, "358-410"),
    ("CWIHP Bulletin No. 5", "CWIHP Bulletin No. 5", "CWIHP Bulletin 5", None, None, None),
    ("FRUS, 1955-1957, vol. XXV, pp. 317-318", "FRUS, 1955-1957, vol. XXV, pp. 317-318",
     "FRUS 1955-1957", None, "XXV", "317-318"),
    ("Foreign Relations of the United States, 1955–1957, Vol. XXV, Eastern Europe, pp. 12-13.",
     "Foreign Relations of the United States, 1955–1957, Vol. XXV, Eastern Europe, pp. 12-13",
     "FRUS 1955-1957", None, "XXV", "12-13"),
])
def test_published_forms(text, printed, title, author, volume, pages):
    [ref] = find_published_refs(text)
    assert (ref.printed, ref.title, ref.author, ref.volume, ref.pages) == (printed, title, author, volume, pages)
    assert text[ref.start:ref.end] == ref.printed


@pytest.mark.parametrize("text", [
    "Kaganovich uses a word here, *obsuzhdenie*, that is normally translated",
    "Protocol No. 50 contains directives",
    "pp. 394-395",
    "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 19-22",
    "",
])
def test_not_a_published_ref(text):
    assert find_published_refs(text) == []


# --- cross references -----------------------------------------------------------

@pytest.mark.parametrize("text, printed, number, direction", [
    ("(see Note 146 infra)", "Note 146 infra", 146, "infra"),
    ("(see Note 101 supra);", "Note 101 supra", 101, "supra"),
    ("as in note 12 above", "note 12 above", 12, "supra"),
    ("discussed in Note 3 below.", "Note 3 below", 3, "infra"),
    ("See Note 7.", "Note 7", 7, ""),
    ("cf. note 9", "note 9", 9, ""),
])
def test_cross_refs(text, printed, number, direction):
    [ref] = find_cross_refs(text)
    assert (ref.printed, ref.number, ref.direction) == (printed, number, direction)
    assert text[ref.start:ref.end] == printed
    assert isinstance(ref, CrossRef)


@pytest.mark.parametrize("text", [
    "Translator's Notes\n\n1 Protocol No. 50",
    "Note 4 is the longest one.",
    "Notes taken by Malin",
    "",
])
def test_not_a_cross_ref(text):
    assert find_cross_refs(text) == []


def test_results_are_frozen():
    ref = only("APRF, F. 3, Op. 64, D. 484, L. 58")
    with pytest.raises(AttributeError):
        ref.archive = "GARF"  # type: ignore[misc]
    [published] = find_published_refs("CWIHP Bulletin 8-9, pp. 394-395")
    assert isinstance(published, PublishedRef)


# --- properties over arbitrary text -------------------------------------------

CITATIONISH = st.lists(
    st.sampled_from([
        "TsKhSD", "APRF", "VHA", "MOL", "SUA", "Eisenhower Library", "(", ")", "(TsKhSD)",
        ", ", " ", ".", "\n", "F. ", "Op. ", "0p. ", "D. ", "LI. ", "Ll. ", "L. ", "Sv. ", "A.j. ",
        "3", "12", "07", "-", "4ob", "ob.", "unnumbered page", "1956", "GS/OS", "2/8-39b",
        "Box ", "3. d.", "XX-A-1", "*", "Lichnoe delo", "vol. ", "pp. ", "CWIHP Bulletin ",
        "Note ", "infra", "supra", "see ", "Kryuchkov", "'s memoir ", "Fond ", "Praha", "č",
    ]),
    max_size=30,
).map("".join)


def _check(text: str) -> None:
    for finder in (find_archival_refs, find_published_refs, find_cross_refs):
        refs = finder(text)
        previous_end = 0
        for ref in refs:
            assert text[ref.start:ref.end] == ref.printed
            assert ref.start >= previous_end
            previous_end = ref.end
    for ref in find_archival_refs(text):
        assert ref.archive_printed == text[ref.start:ref.start + len(ref.archive_printed)]
        assert ref.levels or ref.folios is not None
        for level in ref.levels:
            assert level.printed in ref.printed


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_raises_and_spans_quote(text):
    _check(text)


@settings(max_examples=500, deadline=None)
@given(CITATIONISH)
def test_citation_like_text_never_raises_and_spans_quote(text):
    _check(text)


@pytest.mark.parametrize("text", [
    "The loan of USD 500 million was refused.",          # a currency, not the Czech archive
    "TNA reports that the files are closed.",            # an archive named, no signature after it
    "The Department of State agreed to the talks.",      # a body, no reference
    "A box of papers and a lot of folders, 1956.",       # keywords without an archive
    "Library of Congress, the reading room.",            # no level after the archive
    "ANIC, the national archive of Romania.",
])
def test_not_archival_references(text):
    assert find_archival_refs(text) == []


def test_a_year_in_parentheses_is_part_of_a_british_reference():
    [ref] = find_archival_refs("TNA, CAB 128/30, C.M. (56) 91.")
    assert [(level.kind, level.value) for level in ref.levels][-1] == ("reference", "C.M. (56) 91")
