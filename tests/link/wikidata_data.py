"""A small Wikidata-shaped data set for the online resolver's tests: invented
items (Q99001xx) with wdt:P31, rdfs:label / skos:altLabel in several
languages, and wdt:P569 / P570 (or P571 / P576) dates. ``.ci/run`` loads it
into the oxigraph server it starts:

    python -m tests.link.wikidata_data > wikidata.nt
"""

WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"

# Invented items (Q99000xx): a Wikidata-like shape, not Wikidata's content.
ITEMS = [
    # qid, class, {lang: label}, [(alt, lang)], born, died
    ("Q9900101", "Q5", {"en": "Josip Broz Tito", "ru": "Иосип Броз Тито", "hu": "Josip Broz Tito"},
     [("Tito", "en"), ("Тито", "ru"), ("Josip Tito", "en")], "1892-05-07", "1980-05-04"),
    ("Q9900102", "Q5", {"en": "Tito Livio"}, [("Tito", "en")], "1800-01-01", "1850-01-01"),
    ("Q9900103", "Q5", {"en": "Edvard Kardelj", "cs": "Edvard Kardelj"}, [("Kardelj", "de")],
     "1910-01-27", "1979-02-10"),
    ("Q9900104", "Q5119", {"en": "Belgrade", "ru": "Белград", "hu": "Belgrád"}, [("Beograd", "en")], None, None),
    ("Q9900105", "Q515", {"en": "Tito Town"}, [("Tito", "de")], None, None),
    ("Q9900106", "Q7278", {"en": "League of Communists of Yugoslavia"}, [("SKJ", "en"), ("LCY", "en")],
     "1919-04-20", "1990-01-22"),
]


def wikidata_triples() -> str:
    lines = []

    def lit(text, lang):
        return '"' + text.replace('"', '\\"') + f'"@{lang}'

    for qid, cls, labels, alts, born, died in ITEMS:
        s = f"<{WD}{qid}>"
        lines.append(f"{s} <{WDT}P31> <{WD}{cls}> .")
        for lang, text in labels.items():
            lines.append(f"{s} <{LABEL}> {lit(text, lang)} .")
        for text, lang in alts:
            lines.append(f"{s} <{ALT}> {lit(text, lang)} .")
        start, end = ("P569", "P570") if cls == "Q5" else ("P571", "P576")
        if born:
            lines.append(f'{s} <{WDT}{start}> "{born}T00:00:00Z"^^<{DATETIME}> .')
        if died:
            lines.append(f'{s} <{WDT}{end}> "{died}T00:00:00Z"^^<{DATETIME}> .')
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(wikidata_triples(), end="")
