"""sloika serve: the corpus browser. In-process checks of each page against counts and slices taken
straight from the Parquet files, then the same pages driven in Debian's Chromium (selenium +
chromium-driver, no browser download) with the app started as `sloika serve` in a subprocess.

Set SLOIKA_SCREENSHOTS=docs/screenshots to refresh the README's screenshots from the browser run.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from layer_helpers import add_layer

from conftest import DATA, build_checked, rows

pytest.importorskip("starlette")
pytest.importorskip("jinja2")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
]
ENTITY = "Rust"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Kept, rejected (bad JSON, wrong language) and duplicate records; a transcript with structure
    and removed layers from the build; topics and entities layers added by hand."""
    tmp = tmp_path_factory.mktemp("browser")
    bad = tmp / "bad"
    bad.mkdir()
    (bad / "broken.jsonl").write_text(
        '{"text": "Обычный русский текст про корпуса и их отчёты, достаточно длинный."}\n'
        '{"text": "<script>alert(1)</script> broken\n'
    )
    corpus = build_checked(
        tmp / "corpus",
        [
            DATA / "rust_book" / "ru",
            DATA / "react_docs" / "mixed_pages.jsonl.zst",
            DATA / "react_docs" / "ru_pages.jsonl.gz",
            DATA / "transcripts" / "lecture.whisper.json",
            bad,
        ],
        language={"languages": ["ru"]},
    )
    docs = rows(corpus, "SELECT id, text FROM documents ORDER BY source, position")
    add_layer(
        corpus,
        "topics",
        [
            {"doc_id": d, "start": 0, "end": len(t), "label": "rust" if i % 3 else "corpora"}
            for i, (d, t) in enumerate(docs)
        ],
    )
    entities = []
    for doc_id, text in docs:
        at = text.find(ENTITY, 200)  # the first mention after the heading, in running text
        if at >= 0:
            entities.append(
                {
                    "doc_id": doc_id,
                    "start": at,
                    "end": at + len(ENTITY),
                    "label": "PROG",
                    "score": 0.93,
                    "attrs": {"note": "<b>not markup</b>"},
                }
            )
    add_layer(corpus, "entities", entities)
    return corpus


@pytest.fixture(scope="module")
def client(corpus):
    from starlette.testclient import TestClient

    from sloika.corpora.browser import create_app

    return TestClient(create_app(corpus))


def total(page: str) -> int:
    start = page.index('id="total"><strong>') + len('id="total"><strong>')
    return int(page[start : page.index("</strong>", start)].replace(",", ""))


def test_filters_count_what_the_parquet_files_hold(client, corpus):
    (kept,), (rejected,), (dups,) = (
        rows(corpus, sql)[0]
        for sql in (
            "SELECT count(*) FROM documents",
            "SELECT count(*) FROM rejected WHERE dup_of IS NULL",
            "SELECT count(*) FROM rejected WHERE dup_of IS NOT NULL",
        )
    )
    assert kept and rejected and dups
    assert total(client.get("/").text) == kept + rejected + dups
    assert total(client.get("/?status=kept").text) == kept
    assert total(client.get("/?status=rejected").text) == rejected
    assert total(client.get("/?status=duplicate").text) == dups
    wrong = rows(corpus, "SELECT count(*) FROM rejected WHERE reason = 'wrong_language'")[0][0]
    assert total(client.get("/?step=language&reason=wrong_language").text) == wrong > 0
    mid = rows(corpus, "SELECT count(*) FROM documents WHERE n_chars BETWEEN 1000 AND 5000 AND lang = 'ru'")
    assert total(client.get("/?status=kept&lang=ru&min_chars=1000&max_chars=5000").text) == mid[0][0]
    said = rows(
        corpus,
        "SELECT count(*) FROM (SELECT text FROM documents UNION ALL SELECT text FROM rejected) "
        "WHERE lower(text) LIKE '%изменяемость%'",
    )[0][0]
    assert total(client.get("/?q=ИЗМЕНЯЕМОСТЬ").text) == said > 0
    topic = rows(
        corpus,
        "SELECT count(*) FROM read_parquet('" + str(corpus) + "/layers/topics/*.parquet') "
        "WHERE label = 'corpora'",
    )[0][0]
    assert total(client.get("/?topic=corpora").text) == topic
    percent = rows(
        corpus,
        "SELECT count(*) FROM (SELECT text FROM documents UNION ALL SELECT text FROM rejected) "
        "WHERE strpos(text, '%') > 0",
    )[0][0]
    assert total(client.get("/?q=%25").text) == percent < kept, "% in a search is a character, not a wildcard"
    assert total(client.get("/?score_min=abc").text) == kept + rejected + dups, "a bad number is ignored"


def test_rejected_text_is_escaped_and_the_page_says_why(client, corpus):
    doc_id, detail = rows(corpus, "SELECT id, detail FROM rejected WHERE reason = 'broken_json'")[0]
    page = client.get(f"/doc/{doc_id}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "broken_json" in page and detail.split(":")[0] in page
    assert client.get("/doc/no-such-id").status_code == 404


def test_document_pieces_are_the_exact_characters_of_each_span(client, corpus):
    from sloika.corpora.doc_view import Span, pieces

    doc_id, text, start, end = rows(
        corpus,
        'SELECT d.id, d.text, e.start, e."end" FROM documents d JOIN read_parquet(\''
        + str(corpus)
        + "/layers/entities/*.parquet') e ON e.doc_id = d.id ORDER BY d.source LIMIT 1",
    )[0]
    assert text[start:end] == ENTITY
    page = client.get(f"/doc/{doc_id}").text
    assert f'data-start="{start}" data-end="{end}"' in page
    assert "&lt;b&gt;not markup&lt;/b&gt;" in page, "attrs in the hover text are escaped"
    # the pieces cut the text without losing or doubling a character, whatever the spans
    spans = [
        Span(0, "a", 0, 5, "x", None, {}),
        Span(1, "b", 3, 9, "y", 0.5, {}),
        Span(2, "removed", 4, 4, "cut", None, {"text": "XYZ"}),
        Span(3, "c", 7, 99, "z", None, {}),
    ]
    cut = pieces("абвгдежзийк", spans)
    assert "".join(p.text for p in cut) == "абвгдежзийк"
    assert [(p.start, p.end, [s.index for s in p.spans]) for p in cut if not p.removed] == [
        (0, 3, [0]),
        (3, 4, [0, 1]),
        (4, 5, [0, 1]),
        (5, 7, [1]),
        (7, 9, [1, 3]),
        (9, 11, [3]),
    ]
    assert [p.start for p in cut if p.removed] == [4]


def test_transcript_shows_its_structure_and_the_removed_text(client, corpus):
    doc_id = rows(corpus, "SELECT id FROM documents WHERE source LIKE '%lecture.whisper%'")[0][0]
    removed = rows(
        corpus,
        f"SELECT attrs FROM read_parquet('{corpus}/layers/removed/*.parquet') WHERE doc_id = '{doc_id}'",
    )
    assert removed
    page = client.get(f"/doc/{doc_id}").text
    assert 'id="outline"' in page
    for (attrs,) in removed:
        cut = json.loads(attrs)["text"]
        assert '<del class="removed l-removed"' in page and cut.strip()[:20] in page


def test_duplicate_stands_beside_its_kept_copy(client, corpus):
    dup_id, kept_id = rows(corpus, "SELECT id, dup_of FROM rejected WHERE dup_of IS NOT NULL LIMIT 1")[0]
    page = client.get(f"/doc/{dup_id}").text
    assert 'id="side-by-side"' in page and f'href="/doc/{kept_id}"' in page
    assert '<mark class="diff">' in page, "the copy was upper-cased and re-spaced: differences are marked"


def test_sql_box_reads_and_refuses_writes(client, corpus):
    kept = rows(corpus, "SELECT count(*) FROM documents")[0][0]
    page = client.get("/sql", params={"q": "SELECT count(*) AS n FROM documents"}).text
    assert f"<td>{kept}</td>" in page
    for sql in (
        "DELETE FROM documents",
        "CREATE TABLE t AS SELECT 1",
        "COPY documents TO 'x.csv'",
        "ATTACH 'x.db'",
        "SELECT 1; DROP VIEW documents",
    ):
        page = client.get("/sql", params={"q": sql}).text
        assert 'id="sql-error"' in page and 'id="sql-result"' not in page, sql
    assert total(client.get("/").text) > 0, "the corpus still answers after the refused writes"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(corpus):
    """`sloika serve` in a subprocess, as a user starts it; stopped when the module's tests end."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "sloika.cli", "serve", str(corpus), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url + "/sql", timeout=1).read()
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(process.stdout.read().decode())
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # selenium manager must never try to download a driver
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def submit(driver, button_id: str) -> None:
    """Click a form's button and wait until the next page has replaced this one."""
    from selenium.webdriver.common.by import By

    follow(driver, driver.find_element(By.ID, button_id))


def follow(driver, element) -> None:
    """Click what navigates and wait until a new document has loaded in place of this one.

    The old page is marked in JavaScript and the wait lasts until a complete document without the mark is
    there. Asking about an element of the old page instead (selenium's `staleness_of`) races the navigation:
    Chromium may answer "Node with given id does not belong to the document", an error that condition does
    not expect.
    """
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script("window.sloikaOldPage = true")
    element.click()

    def replaced(d) -> bool:
        return d.execute_script("return !window.sloikaOldPage && document.readyState === 'complete'")

    WebDriverWait(driver, 60, ignored_exceptions=(WebDriverException,)).until(replaced)


def screenshot(driver, name: str) -> None:
    if folder := os.environ.get("SLOIKA_SCREENSHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / f"{name}.png"))


@pytest.mark.browser
def test_browser_filters_change_the_list(chromium, server, corpus):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    chromium.get(server + "/")
    everything = len(chromium.find_elements(By.CSS_SELECTOR, "#records tbody tr"))
    n_all = int(chromium.find_element(By.CSS_SELECTOR, "#total strong").text.replace(",", ""))
    screenshot(chromium, "list")
    Select(chromium.find_element(By.NAME, "status")).select_by_value("rejected")
    submit(chromium, "apply")
    n_rejected = int(chromium.find_element(By.CSS_SELECTOR, "#total strong").text.replace(",", ""))
    assert n_rejected == rows(corpus, "SELECT count(*) FROM rejected WHERE dup_of IS NULL")[0][0] < n_all
    statuses = {e.text for e in chromium.find_elements(By.CSS_SELECTOR, "#records tbody .status")}
    assert statuses == {"rejected"} and everything > n_rejected
    search = chromium.find_element(By.NAME, "q")
    search.send_keys("<script>")
    submit(chromium, "apply")
    assert "broken" in chromium.find_element(By.ID, "records").text


@pytest.mark.browser
def test_browser_highlights_a_span_at_its_exact_characters(chromium, server, corpus):
    from selenium.webdriver.common.by import By

    doc_id, text, start, end = rows(
        corpus,
        'SELECT d.id, d.text, e.start, e."end" FROM documents d JOIN read_parquet(\''
        + str(corpus)
        + "/layers/entities/*.parquet') e ON e.doc_id = d.id ORDER BY d.source LIMIT 1",
    )[0]
    chromium.get(f"{server}/doc/{doc_id}")
    row = chromium.find_element(By.CSS_SELECTOR, f'tr[data-layer="entities"][data-start="{start}"]')
    index = row.find_element(By.CSS_SELECTOR, "td").text
    marked = chromium.find_elements(By.CSS_SELECTOR, f'#text .l-entities[data-spans~="{index}"]')
    assert "".join(e.get_attribute("textContent") for e in marked) == text[start:end] == ENTITY
    # the characters before the span in the rendered text are exactly the text before it
    before = chromium.execute_script(
        "const r = document.createRange(); const t = document.getElementById('text');"
        "r.setStart(t, 0); r.setEndBefore(arguments[0]); return r.toString();",
        marked[0],
    )
    assert before == text[:start]
    background = marked[0].value_of_css_property("background-color")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert "PROG" in marked[0].get_attribute("title") and "0.93" in marked[0].get_attribute("title")
    screenshot(chromium, "document")
    chromium.find_element(By.CSS_SELECTOR, '#toggles input[data-layer="entities"]').click()
    assert marked[0].value_of_css_property("background-color") == "rgba(0, 0, 0, 0)"


@pytest.mark.browser
def test_browser_sql_box_refuses_writes(chromium, server, corpus):
    from selenium.webdriver.common.by import By

    chromium.get(server + "/sql")
    box = chromium.find_element(By.ID, "sql")
    box.clear()
    box.send_keys("DELETE FROM documents")
    submit(chromium, "run")
    assert chromium.find_element(By.ID, "sql-error").text, "the refusal says why"
    assert not chromium.find_elements(By.ID, "sql-result")
    box = chromium.find_element(By.ID, "sql")
    box.clear()
    box.send_keys("SELECT step, reason, count(*) AS n FROM rejected GROUP BY ALL ORDER BY n DESC")
    submit(chromium, "run")
    assert "wrong_language" in chromium.find_element(By.ID, "sql-result").text
    screenshot(chromium, "sql")
    kept = rows(corpus, "SELECT count(*) FROM documents")[0][0]
    chromium.get(server + "/?status=kept")
    assert int(chromium.find_element(By.CSS_SELECTOR, "#total strong").text.replace(",", "")) == kept


@pytest.mark.browser
def test_browser_report_links_lead_to_the_records_they_count(chromium, server, corpus):
    pytest.importorskip("matplotlib")
    from selenium.webdriver.common.by import By

    chromium.get(server + "/report")
    screenshot(chromium, "report")
    bar = chromium.find_element(By.CSS_SELECTOR, 'svg a[*|href="/?step=language&reason=wrong_language"] path')
    follow(chromium, bar)  # the wrong_language bar of "why documents left"
    wrong = rows(corpus, "SELECT count(*) FROM rejected WHERE reason = 'wrong_language'")[0][0]
    assert int(chromium.find_element(By.CSS_SELECTOR, "#total strong").text) == wrong


@pytest.mark.browser
def test_browser_strikes_out_removed_text_and_outlines_the_structure(chromium, server, corpus):
    from selenium.webdriver.common.by import By

    doc_id = rows(corpus, "SELECT id FROM documents WHERE source LIKE '%lecture.whisper%'")[0][0]
    chromium.get(f"{server}/doc/{doc_id}")
    removed = chromium.find_elements(By.CSS_SELECTOR, "#text del.l-removed")
    assert removed and removed[0].is_displayed()
    assert "line-through" in removed[0].value_of_css_property("text-decoration")
    assert chromium.find_elements(By.CSS_SELECTOR, "#outline li a")
    screenshot(chromium, "transcript")
    chromium.find_element(By.CSS_SELECTOR, '#toggles input[data-layer="removed"]').click()
    assert not removed[0].is_displayed(), "switching the layer off hides what it removed"


def test_served_browser_answers_only_its_own_host_names(server):
    """A page on another site can't read the corpus through DNS rebinding: its Host is refused."""
    ok = urllib.request.urlopen(urllib.request.Request(server + "/sql", headers={"Host": "localhost"}))
    assert ok.status == 200
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(urllib.request.Request(server + "/sql", headers={"Host": "evil.example"}))
    assert refused.value.code == 400
