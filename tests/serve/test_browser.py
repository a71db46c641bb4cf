"""The pages as a reader sees them, in Debian's Chromium driven through its
chromedriver (selenium; nothing is downloaded): ``kg serve`` runs for real on
the sample and on the invented corpus. Screenshots go to a temporary folder
(``KG_SCREENSHOTS`` names another; ``docs/screenshots/record-page.png`` is
made with ``KG_SCREENSHOTS=docs/screenshots``)."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from rdflib import URIRef

from kg.export import load_graph
from kg.vocab import KG, RDF, SDO

from .conftest import ROOT, under_ci

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        if under_ci():
            pytest.fail("CI must provide chromium and chromium-driver (.ci/run installs them)")
        pytest.skip("no chromium/chromedriver here (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def shots():
    where = Path(os.environ.get("KG_SCREENSHOTS") or tempfile.mkdtemp(prefix="kg-shots-"))
    if not where.is_absolute():
        where = ROOT / where
    where.mkdir(parents=True, exist_ok=True)
    return where


def by_css(driver, css):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, css)


def follow(driver, element, key=None) -> None:
    """Click a link or button (or press ``key`` on it) and wait for the page it leads to."""
    from selenium.webdriver.support.ui import WebDriverWait

    old = driver.find_element("css selector", "html")
    if key:
        element.send_keys(key)
    else:
        element.click()
    WebDriverWait(driver, 20).until(
        lambda d: _stale(old) and d.execute_script("return document.readyState") == "complete")


def _stale(element) -> bool:
    from selenium.common.exceptions import StaleElementReferenceException

    try:
        element.tag_name
        return False
    except StaleElementReferenceException:
        return True


def record_path(graph_file) -> str:
    g = load_graph(str(graph_file))
    text = next(g.subjects(RDF.type, KG.RecordText))
    return "/id/" + str(text).split("/id/", 1)[1], g, text


@pytest.fixture(scope="module")
def sample(sample_ttl):
    return record_path(sample_ttl)


def test_record_page_shows_the_turns_in_order_with_their_speakers(browser, sample_site, sample, shots):
    path, g, text = sample
    browser.get(sample_site.url + path)
    browser.save_screenshot(str(shots / "record-top.png"))
    seen = []
    for el in by_css(browser, ".k-turn"):
        node = el.get_attribute("data-node")
        if not seen or seen[-1][0] != node:
            seen.append((node, el.get_attribute("data-speaker")))
    assert len(seen) == 14
    sittings = {s: g.value(s, SDO.position).toPython() for s in g.subjects(RDF.type, KG.Sitting)}
    expected = sorted(
        ((sittings[g.value(t, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/subEventOf"))], g.value(t, SDO.position).toPython(),
          str(t), str(g.value(g.value(t, KG.speaker), SDO.name))) for t in g.subjects(RDF.type, KG.SpeechTurn)))
    assert [(n, s) for *_, n, s in expected] == seen
    assert seen[0][1] == "Mikoyan"
    # each speaker keeps one colour
    colours = {}
    for el in by_css(browser, ".k-turn"):
        colours.setdefault(el.get_attribute("data-speaker"), set()).add(el.value_of_css_property("background-color"))
    assert all(len(c) == 1 for c in colours.values())
    assert len({c.pop() for c in colours.values()}) == len(colours)


def test_record_page_lists_the_three_decisions_with_assignees(browser, sample_site, sample):
    path, g, _ = sample
    browser.get(sample_site.url + path)
    items = by_css(browser, "ol.decisions > li")
    decisions = [d for d in g.subjects(RDF.type, KG.Decision) if (d, RDF.type, KG.ReferencedEvent) not in g]
    assert len(items) == len(decisions) == 3
    shown = sorted(sorted(a.text for a in by_css(li, "a.assignee")) for li in items)
    expected = sorted(sorted(str(g.value(p, SDO.name)) for p in g.objects(d, KG.assignee)) for d in decisions)
    assert shown == expected
    assert any("Suslov" in names and "Brezhnev" in names for names in shown)
    # each decision links to its span, where the decision is marked
    first = by_css(items[0], "a")[0]
    anchor = first.get_attribute("href").split("#", 1)[1]
    assert by_css(browser, f"#{anchor}.k-decision")


def test_the_notes_stand_in_the_margin_beside_their_markers(browser, sample_site, sample):
    path, _, _ = sample
    browser.get(sample_site.url + path)
    notes = by_css(browser, ".margin .note")
    assert len(notes) == 13
    for note in notes:
        number = note.get_attribute("data-note")
        para = note.find_element("xpath", "ancestor::div[contains(@class, 'para')]")
        markers = by_css(para, f".k-marker[data-note='{number}']")
        assert markers, f"note {number} has no marker in its paragraph"
        assert note.rect["x"] > markers[0].rect["x"] + markers[0].rect["width"]
        assert note.is_displayed() and note.text.startswith(f"({number})")


def test_keyboard_reaches_a_mark_and_opens_its_fact(browser, sample_site, sample, shots):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    path, _, _ = sample
    browser.get(sample_site.url + path)

    # Tab through the page to the first decision of the text. A focused mark opens its fact,
    # whose links are further stops: each round sends as many Tabs as there are visible stops
    # left before the decision, which never overshoots it.
    left_js = ("const t = document.querySelector('.text .k-decision');"
               "const all = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]"
               ".filter(e => e.tabIndex >= 0 && e.getClientRects().length);"
               "return all.indexOf(t) - all.indexOf(document.activeElement) - 1;")
    for _ in range(100):
        left = browser.execute_script(left_js)
        ActionChains(browser).send_keys(Keys.TAB * max(1, left)).perform()
        active = browser.switch_to.active_element
        if "k-decision" in (active.get_attribute("class") or ""):
            break
    else:
        pytest.fail("Tab never reached a decision")
    fact = active.find_element("css selector", ":scope > .fact")
    assert fact.is_displayed() and "Decision" in fact.text
    browser.execute_script("window.scrollBy(0, arguments[0].getBoundingClientRect().top - 260)", active)
    browser.save_screenshot(str(shots / "record-page.png"))
    ActionChains(browser).send_keys(Keys.TAB).perform()  # into the fact, to its links
    link = browser.switch_to.active_element
    while link.text != "node":
        assert link.find_element("xpath", "ancestor::span[contains(@class, 'fact')]")
        ActionChains(browser).send_keys(Keys.TAB).perform()
        link = browser.switch_to.active_element
    assert link.text == "node" and link.is_displayed()
    follow(browser, link, Keys.ENTER)
    assert "/id/" in browser.current_url and "Where the record says it" in browser.page_source


def test_shelepin_finding_links_to_its_span(browser, sample_site, shots):
    browser.get(sample_site.url + "/report")
    browser.save_screenshot(str(shots / "report.png"))
    finding = [li for li in by_css(browser, "li.finding") if "Shelepin" in li.text]
    assert finding and "Shepilov" in finding[0].text
    span = [li for li in by_css(finding[0], "ul li") if "“Shelepin”" in li.text][0]
    follow(browser, by_css(span, "a")[0])
    marked = browser.execute_script("const c = document.getElementById('hl').cloneNode(true);"
                                    "c.querySelectorAll('.fact').forEach(f => f.remove()); return c.textContent;")
    assert marked == "Shelepin"


def test_mikoyan_person_page_from_the_record(browser, sample_site, sample, shots):
    path, _, _ = sample
    browser.get(sample_site.url + path)
    link = [a for a in by_css(browser, "section[aria-labelledby='h-part'] a") if a.text == "Mikoyan"][0]
    follow(browser, link)
    browser.save_screenshot(str(shots / "person-page.png"))
    assert by_css(browser, "h1")[0].text == "Mikoyan"
    wikidata = by_css(browser, "a.wikidata")
    assert [a.text for a in wikidata] == ["Q152738"]
    assert "0.6" in by_css(browser, ".claim")[0].text  # the candidate's score
    turns = [li for li in by_css(browser, "ol.timeline li") if "turn" in li.text]
    assert len(turns) == 2


def test_accessibility_basics(browser, sample_site, sample, mikoyan):
    path, _, _ = sample
    for page in (path, "/records", "/events", "/report", mikoyan[1], "/sparql"):
        browser.get(sample_site.url + page)
        assert browser.find_element("css selector", "html").get_attribute("lang") == "en"
        assert len(by_css(browser, "h1")) == 1, page
        for landmark in ("header", "nav", "main", "footer"):
            assert by_css(browser, landmark), (page, landmark)
    browser.get(sample_site.url + path)
    ratios = browser.execute_script(CONTRAST_JS)
    poor = [r for r in ratios if r[1] < 4.5]
    assert ratios and not poor, poor[:5]


CONTRAST_JS = """
function rgb(s) { const m = s.match(/[\\d.]+/g).map(Number); return m.length > 3 && m[3] === 0 ? null : m.slice(0, 3); }
function lum(c) { const v = c.map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }
function bg(el) { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor); if (c) return c; } return [255, 255, 255]; }
const out = [];
for (const el of document.querySelectorAll('h1, h2, p, a, .mark, td, th, li')) {
  if (!el.offsetParent) continue;
  const fg = rgb(getComputedStyle(el).color), b = bg(el);
  const [hi, lo] = [lum(fg), lum(b)].sort((x, y) => y - x);
  out.push([el.tagName + '.' + el.className, (hi + 0.05) / (lo + 0.05)]);
}
return out;
"""


def test_records_of_the_corpus_sort_and_filter(browser, corpus_site, corpus_ttl, shots):
    g = load_graph(str(corpus_ttl))
    texts = set(g.subjects(RDF.type, KG.RecordText))
    browser.get(corpus_site.url + "/records?sort=turns&order=desc")
    browser.save_screenshot(str(shots / "records.png"))
    rows = by_css(browser, "table.records tbody tr")
    assert len(rows) == len(texts)
    turns = [int(r.find_elements("css selector", "td")[4].text) for r in rows]
    assert turns == sorted(turns, reverse=True)
    from selenium.webdriver.support.ui import Select

    Select(by_css(browser, "select[name=genre]")[0]).select_by_visible_text("protocol")
    follow(browser, by_css(browser, ".filters button")[0])
    kept = by_css(browser, "table.records tbody tr")
    assert 0 < len(kept) < len(texts)
    assert all(r.find_elements("css selector", "td")[3].text == "protocol" for r in kept)
    follow(browser, kept[0].find_element("css selector", "td a"))
    assert by_css(browser, ".k-turn") and by_css(browser, "h1")


def test_every_corpus_record_prints_its_whole_text(browser, corpus_site, corpus_ttl):
    g = load_graph(str(corpus_ttl))
    for text in sorted(g.subjects(RDF.type, KG.RecordText))[:6]:
        browser.get(corpus_site.url + "/id/" + str(text).split("/id/", 1)[1])
        printed = browser.execute_script(
            "return [...document.querySelectorAll('.para .body')].map(p => { const c = p.cloneNode(true);"
            " c.querySelectorAll('.fact').forEach(f => f.remove()); return c.textContent; });")
        content = str(g.value(text, SDO.text))
        assert [p for p in printed] == [content[a:b] for a, b in _paragraphs(content)]


def _paragraphs(text):
    from kg.serve.marks import paragraphs

    return paragraphs(text)


def test_events_timeline_of_the_corpus(browser, corpus_site, shots):
    browser.get(corpus_site.url + "/events")
    browser.save_screenshot(str(shots / "events.png"))
    dates = [el.text for el in by_css(browser, "ol.sessions > li > h2 .date")]
    assert len(dates) >= 18 and dates == sorted(dates)


def test_query_page_runs_a_competency_query(browser, sample_site, sample_rows):
    browser.get(sample_site.url + "/sparql")
    follow(browser, [a for a in by_css(browser, "nav a") if a.text == "turn-counts"][0])
    assert "COUNT" in by_css(browser, "textarea#query")[0].get_attribute("value")
    follow(browser, by_css(browser, "form button")[0])
    rows = by_css(browser, "table.answer tbody tr")
    assert len(rows) == len(sample_rows["turn-counts"]) > 0
