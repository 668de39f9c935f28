"""sloika report: one offline HTML page; the browser test renders it in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from layer_helpers import add_layer

from sloika.cli import main

from conftest import DATA, rows

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def corpus(build, tmp_path: Path) -> Path:
    pytest.importorskip("matplotlib")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "broken.jsonl").write_text(
        '{"text": "Обычный русский текст про корпуса и их отчёты, достаточно длинный."}\n'
        '{"text": "<script>alert(1)</script> broken\n'
    )
    corpus = build([DATA / "rust_book" / "ru", DATA / "react_docs" / "mixed_pages.jsonl.zst",
                    DATA / "react_docs" / "ru_pages.jsonl.gz", bad],
                   name="rep", language={"languages": ["ru"]})  # fmt: skip
    docs = rows(corpus, "SELECT id, length(text) FROM documents ORDER BY source, position")
    topics = [
        {"doc_id": d, "start": 0, "end": n, "label": "rust" if i % 3 else "corpora"}
        for i, (d, n) in enumerate(docs)
    ]
    add_layer(corpus, "topics", topics)
    return corpus


def test_report_is_self_contained_and_escapes_rejected_text(corpus: Path, tmp_path: Path):
    out = tmp_path / "report.html"
    assert main(["report", str(corpus), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    for title in ("Filter funnel", "Language mix", "Document lengths", "Duplicate clusters", "Topics",
                  "Layer coverage", "Rejected documents"):  # fmt: skip
        assert f"<h2>{title}" in page
    assert page.count("<svg") >= 7
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "nothing may load from the network"
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "broken_json" in page and "wrong_language" in page and "exact_duplicate" in page
    assert "No purity data" in page, "without purity values the page says so instead of inventing them"


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium package (apt-get install chromium)")
def test_report_renders_in_headless_chromium(corpus: Path, tmp_path: Path):
    import matplotlib.image

    out = tmp_path / "report.html"
    main(["report", str(corpus), "-o", str(out)])
    png = tmp_path / "report.png"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'chromium'}", f"--screenshot={png}", "--window-size=1280,4000",
         out.resolve().as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    image = matplotlib.image.imread(png)
    assert image.shape[:2] == (4000, 1280)
    top = image[:1400, :, :3]
    # a drawn page, not a blank one: the dark header, white cards and the blue and red bars all show
    colors = {tuple((pixel * 255).round().astype(int) // 16) for pixel in top[::7, ::7].reshape(-1, 3)}
    assert len(colors) > 30
    kept_blue = ((abs(top[..., 0] - 0x3B / 255) < 0.05) & (abs(top[..., 2] - 0xA8 / 255) < 0.05)).sum()
    dropped_red = ((abs(top[..., 0] - 0xC8 / 255) < 0.05) & (abs(top[..., 1] - 0x55 / 255) < 0.05)).sum()
    assert kept_blue > 5000 and dropped_red > 500


def test_readable_numbers_never_show_a_small_share_as_zero():
    from sloika.corpora.report import readable

    assert [readable(v) for v in (0, 0.1, 0.0031, 0.5, 2.25, 52.63, 100.0, 11713)] == [
        "0", "0.1", "0.0031", "0.5", "2.25", "52.6", "100", "11,713"
    ]  # fmt: skip


def test_report_answers_which_input_lost_what(corpus: Path):
    from sloika.corpora.report import build_report

    page = build_report(corpus)
    assert "Inputs: where each source" in page
    mixed = str(DATA / "react_docs" / "mixed_pages.jsonl.zst")
    read, kept, wrong = rows(
        corpus,
        f"SELECT (SELECT count(*) FROM documents WHERE source = '{mixed}') + "
        f"(SELECT count(*) FROM rejected WHERE source = '{mixed}'), "
        f"(SELECT count(*) FROM documents WHERE source = '{mixed}'), "
        f"(SELECT count(*) FROM rejected WHERE source = '{mixed}' AND reason = 'wrong_language')",
    )[0]
    assert wrong > 0
    row = re.search(rf"<tr><td>{re.escape(mixed)}</td>(.*?)</tr>", page).group(1)
    cells = re.findall(r'<td class="num">([^<]*)</td>', row)
    assert cells[:2] == [str(read), str(kept)] and str(wrong) in cells[2:-1]
    # kept examples per kind, the language-score histogram with its threshold, borderline listing
    assert "Kept documents, a few per kind" in page and "<h3><code>article</code></h3>" in page
    assert "threshold 0.65" in page and "within ±0.05" in page
    assert "<a xlink:href" not in page, "without a browser the plots link nowhere"


def test_served_report_links_each_bar_to_its_records(corpus: Path):
    from sloika.corpora.report import build_report

    page = build_report(corpus, list_url="/")
    assert 'xlink:href="/?step=language&amp;reason=wrong_language"' in page
    assert 'href="/?status=duplicate"' in page and 'xlink:href="/?topic=rust"' in page
    assert re.search(r'<a href="/doc/[0-9a-f]{32}">', page), "examples link to their document page"
