"""Transcript junk: a bracket that holds a web address, a domain or an e-mail is no sound tag: the
address is the words a speaker points to, kept, its brackets cut (``link_brackets``); a sound in
brackets beside it still goes (issue 15, forty-seventh check row 19: "you can head over to
[https://uncoverexplorer.com/] Select your network" read "head over to Select your network"). The cues
are written for this test; the expected text by hand."""

import json

from conftest import rows


def test_a_bracketed_address_keeps_its_words_and_loses_its_brackets(build, tmp_path):
    srt = tmp_path / "addresses.srt"
    cues = [
        "To see it you can head over\nto [https://example.com/tx] Select your",
        "network. [music] Or write to [help@example.org]",
        "or visit [example.org].",
    ]
    srt.write_text(
        "\n".join(f"{n}\n00:00:0{n},000 --> 00:00:0{n + 1},000\n{cue}\n" for n, cue in enumerate(cues, 1)),
        encoding="utf-8",
    )
    corpus = build([srt])
    assert rows(corpus, "SELECT text FROM documents") == [
        (
            "To see it you can head over to https://example.com/tx Select your network. Or write to "
            "help@example.org or visit example.org.",
        )
    ]
    removed = rows(corpus, f"SELECT label, attrs FROM read_parquet('{corpus}/layers/removed/*.parquet')")
    cut = sorted((label, json.loads(attrs)["text"]) for label, attrs in removed)
    assert cut == [("link_brackets", "[")] * 3 + [("link_brackets", "]")] * 3 + [("sound_tag", "[music]")]
