"""bench/bench_pdf_order.py: its folding, ordering and hole finding give hand-computed answers, and
the script runs end to end on its built two-column page (the smoke test of `make test`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

from bench_pdf_order import folded, increasing, judge, ratio_of_shares, runs  # noqa: E402


def test_folding_keeps_letters_and_digits_with_their_offsets():
    # "Ｆ" is a full-width F, "ﬁ" one ligature glyph for two letters, "Ё" a capital Cyrillic letter
    assert folded("Ｆiﬁ-2 Ёж") == ("fifi2ёж", [0, 1, 2, 2, 4, 6, 7])


def test_increasing_finds_the_longest_rising_run():
    assert increasing([5, 1, 2, 9, 3, 4]) == {1, 2, 4, 5}  # 1, 2, 3, 4
    assert increasing([]) == set()


def test_runs_group_neighbouring_shingles():
    assert runs([0, 30, 60, 150, 180], 30) == [(0, 60), (150, 180)]


def test_judge_names_the_moved_passage_and_the_hole():
    reference = "apple berry cocoa dates elder figgy honey guava"
    text = "berry cocoa dates apple elder"  # "apple" moved after "dates"
    judged = judge(text, reference, others=["guava"], width=5)
    assert (judged.shingles, judged.placed, judged.out_of_order) == (5, 5, 1)
    assert judged.moved == ["berry cocoa dates ⟦apple⟧ elder"]  # with what stands around it
    # figgy and honey are neither kept nor removed; guava was removed, so it is no hole
    assert judged.reference_chars == 40 and judged.missing_chars == 10
    assert judged.missing == ["figgy honey"]
    # "apple" is a footnote the reader placed after the text on purpose: out of the order test
    apart = judge(text, reference, others=["guava"], width=5, placed_apart=[(18, 23)])
    assert (apart.placed, apart.out_of_order, apart.moved) == (4, 0, [])


def test_judge_places_no_shingle_the_kept_text_repeats():
    """A signature repeated in the kept text, which the reference breaks at a label set on its line
    ("[Label]") in all copies but one (gss.pdf's "… minor_status, const [Function]" / "gss ctx id t
    context_handle, …"): the reference holds it whole once, and each kept copy would be placed there,
    the first counted out of order. Repeated text has no one place: none of its copies is placed."""
    reference = "apple si [Label] gma berry sigma cocoa"
    text = "apple sigma berry sigma cocoa"
    judged = judge(text, reference, width=5)
    assert (judged.shingles, judged.placed, judged.out_of_order, judged.moved) == (5, 3, 0, [])


def test_judge_counts_text_found_only_in_the_removed_records_as_cut():
    reference = "apple berry cocoa dates elder figgy honey guava"
    text = "apple berry cocoa"
    # "dates elder" and "guava" were cut to `removed`; "honey" is a table's cell; "figgy" nowhere
    judged = judge(text, reference, others=["honey"], width=5, removed=["dates elder", "guava"])
    assert (judged.cut_chars, judged.missing_chars) == (15, 5)
    assert judged.cut == ["dates elder", "guava"]  # the longest cut passage first
    assert judged.missing == ["figgy"]
    # a record repeating kept text cuts nothing
    assert judge(text, reference, width=5, removed=["berry"]).cut_chars == 0


def test_ratio_of_shares_needs_pdfminer_out_of_order_somewhere():
    assert ratio_of_shares((10, 1000), (20, 800)) == "0.40"  # 1 % over 2.5 %
    # pdfminer ordered everything: dividing by its zero share gave 2012522.36 in the fortieth check
    assert ratio_of_shares((9, 4472), (0, 4572)) == "none (pdfminer 0 out of order)"


def test_smoke_reads_the_two_columns_in_order():
    done = subprocess.run(
        [sys.executable, str(BENCH / "bench_pdf_order.py"), "--smoke"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "smoke two-column page: reader 0/24 shingles out of order" in done.stdout
    assert "ratio of shares" in done.stdout
