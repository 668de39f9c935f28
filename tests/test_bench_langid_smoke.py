"""The language-ID benchmarks run end to end on the small held-out sample shipped in tests/data and
on a fortunes-format folder written here (the shared fortunes are GPL and stay outside the repo)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, write_gettext_catalogs

BENCH = Path(__file__).resolve().parents[1] / "bench"
LINGUA = DATA / "langid" / "lingua_sentences_heldout.tsv"


def run(script: str, *flags: str) -> str:
    done = subprocess.run(
        [sys.executable, str(BENCH / script), *flags], capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done.stdout


def test_bench_langid_reports_accuracy_and_all_three_throughputs():
    out = run("bench_langid.py", "--data", str(LINGUA), "--lang", "ru,en", "--repeats", "1")
    assert "### sentences" in out and "| ru |" in out
    assert "| label | fastText | sloika | text |" in out  # the row-by-row Russian errors
    header = "| items | n | raw fastText | decision | ratio | full verdict | ratio "
    assert header + "| raw fastText, list | decision, list | ratio | full verdict, list | ratio |" in out


def test_bench_short_texts_counts_dropped_russian_per_length(tmp_path):
    fortunes = tmp_path / "fortunes"
    fortunes.mkdir()
    records = ["Тише едешь - дальше будешь.", "Да, конечно.", "See you tomorrow at the station."]
    (fortunes / "own").write_text("\n%\n".join(records) + "\n", encoding="utf-8")
    bulgarian = tmp_path / "fortunes_bg"
    bulgarian.mkdir()
    sayings = ["Ум има, разум няма.\n\t\t-- българска пословица", "Който печели време, печели сила."]
    (bulgarian / "bgproverb").write_text("\n%\n".join(sayings) + "\n", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    chat = ">[!nexus_user] **User**\n> Привет, как дела?\n> ```python\n"  # shown as Mac Roman mojibake
    (seeds / "000.txt").write_text(chat.encode("utf-8").decode("mac_roman"), encoding="utf-8")
    write_gettext_catalogs(tmp_path / "locale")
    labels = tmp_path / "gettext_labels.tsv"
    run("build_short_text_gettext.py", "--locale-dir", str(tmp_path / "locale"), "--out", str(labels))
    out = run(
        "bench_short_texts.py",
        *("--fortunes", str(fortunes), "--fortunes-bg", str(bulgarian), "--lingua", str(LINGUA)),
        *("--seeds", str(seeds)),
        *("--gettext", str(tmp_path / "locale"), "--gettext-labels", str(labels)),
        *("--expected-share", "0.5", "0.9"),
    )
    assert "| fortunes (≤200 chars) | all | 3 | 0 | fastText |" in out  # unlisted records count as ru
    assert "sloika, expected_share 0.5" in out and "sloika, expected_share 0.9" in out
    assert "| Bulgarian fortunes (≤80 chars) | all | 0 | 2 | fastText |" in out  # attribution left out
    assert "| chat seeds (≤80 chars) | all | 1 | 0 | fastText | 0 (0.00%) |" in out  # repaired, markup out
    assert "| short: subtitle cues | all |" in out and "| short: all | kept per language |" in out
    assert "| held-out: markdown lines | all | 304 | 0 |" in out
    assert "| held-out: CLDR calendar words | all | 148 | 506 |" in out
    # the catalogs' one family lies in one half: 5 Russian texts and 2 Ukrainian, "Файл" left out
    halves = [f"| gettext {half} | all | 5 | 2 | fastText |" in out for half in ("dev", "held-out")]
    assert sorted(halves) == [False, True]
    assert any(line.startswith("| gettext") and "kept per language" in line for line in out.splitlines())


@pytest.mark.parametrize("name", ["short_texts_other.tsv", "short_texts_heldout.tsv"])
def test_the_short_text_sets_are_labelled_consistently_with_the_alphabets(name):
    """An independent check of the hand-checked labels: a text labelled Russian has no letter that
    Russian lacks, and one labelled uk/be/mk/sr has no letter its own alphabet lacks."""
    from sloika.lang.alphabets import ALPHABETS

    rows = [line.split("\t") for line in (BENCH / "data" / name).read_text("utf-8").splitlines()]
    assert rows[0] == ["label", "source", "text"]
    labels = {label for label, _, _ in rows[1:]}
    assert labels <= {"ru", "uk", "be", "bg", "mk", "sr", "en", "mixed", "ambiguous"}
    for label, _, text in rows[1:]:
        if label in ("ru", "uk", "be", "mk", "sr"):
            cyrillic = {c for c in text.lower() if "\u0400" <= c <= "\u04ff"}
            assert cyrillic <= set(ALPHABETS[label]), (label, text)


def test_lid_identity_dumps_the_same_answers_twice(tmp_path):
    """bench/lid_identity.py on a data folder laid out as the shared one (the shipped held-out
    sample as Lingua's file; the fortune and seed folders absent, so skipped): one line per text,
    way and prior, and the same bytes on a second run (what the before/after check compares)."""
    (tmp_path / "langid").mkdir()
    (tmp_path / "langid" / "lingua_cyrillic_focus.dev.tsv").write_bytes(LINGUA.read_bytes())
    dumps = [tmp_path / "first.txt", tmp_path / "second.txt"]
    for dump in dumps:
        run("lid_identity.py", "--data", str(tmp_path), "--one-by-one", "3", str(dump))
    lines = dumps[0].read_text(encoding="utf-8").splitlines()
    assert dumps[0].read_bytes() == dumps[1].read_bytes()
    assert any(line.startswith("lingua held-out\tmany\tru 0.9\t0\tLanguageGuess(lang=") for line in lines)
    assert sum(line.startswith("short: all\tone\tuniform\t") for line in lines) == 3


def test_lid_identity_compare_allows_last_bits_and_refuses_a_moved_label(tmp_path):
    """``--compare``: a probability moved in its last bits passes, a changed label fails (exit 1)."""
    guess = (
        "LanguageGuess(lang='ru', score=0.75, candidates={'ru': 0.75, 'bg': 0.25}, "
        "fasttext={'ru': 0.5, 'bg': 0.4}, fast=False)"
    )
    before, after = tmp_path / "before.txt", tmp_path / "after.txt"
    before.write_text(f"set\tmany\tuniform\t0\t{guess}\n", encoding="utf-8")
    after.write_text(
        f"set\tmany\tuniform\t0\t{guess.replace('0.25}', '0.2500000000001}')}\n", encoding="utf-8"
    )
    assert "1 differ by at most 1e-13" in run("lid_identity.py", "--compare", str(before), str(after))
    moved = guess.replace("lang='ru'", "lang='bg'")
    after.write_text(f"set\tmany\tuniform\t0\t{moved}\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(BENCH / "lid_identity.py"), "--compare", str(before), str(after)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and "lang 'ru' -> 'bg'" in done.stdout
