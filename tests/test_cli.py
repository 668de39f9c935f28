"""The sloika command line, as a user types it."""

from __future__ import annotations

import json

from sloika.cli import main

from conftest import DATA, assert_conserved


def test_build_with_flags_then_query(tmp_path, capsys):
    output = tmp_path / "my"
    code = main(
        [
            "build",
            "--input",
            str(DATA / "seeds"),
            "--input",
            str(DATA / "react_docs" / "*.jsonl.*"),
            "--output",
            str(output),
            "--lang",
            "ru",
            "--workers",
            "2",
        ]
    )
    assert code == 0
    summary = capsys.readouterr().out
    assert "read →" in summary and "wrong_language" in summary and str(output) in summary
    manifest = assert_conserved(output)
    assert manifest["config"]["workers"] == 2

    assert (
        main(
            [
                "query",
                str(output),
                "SELECT kind, count(*) AS n FROM documents GROUP BY 1 ORDER BY 1",
                "--format",
                "json",
            ]
        )
        == 0
    )
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines == [{"kind": "article", "n": manifest["counts"]["kept"]}]

    assert (
        main(
            [
                "query",
                str(output),
                "SELECT reason, count(*) AS n FROM rejected GROUP BY 1 ORDER BY 1",
                "--format",
                "csv",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.splitlines()[0] == "reason,n"


def test_build_from_yaml_with_flag_overrides(tmp_path, capsys):
    config = tmp_path / "b.yaml"
    config.write_text(f"inputs:\n  - path: {DATA / 'rust_book' / 'en'}\noutput: {tmp_path / 'x'}\n")
    assert main(["build", str(config), "--output", str(tmp_path / "y"), "--no-dedup"]) == 0
    manifest = assert_conserved(tmp_path / "y")
    assert manifest["config"]["dedup"]["exact"] is False
    assert manifest["config"]["dedup"]["near"]["enabled"] is False
    assert main(["build", str(config), "--output", str(tmp_path / "z"), "--dedup-threshold", "0.9"]) == 0
    assert assert_conserved(tmp_path / "z")["config"]["dedup"]["near"]["threshold"] == 0.9
    assert not (tmp_path / "x").exists()


def test_errors_are_one_clear_line(tmp_path, capsys):
    assert main(["build", "--input", str(DATA / "seeds")]) == 1
    assert "at least --input and --output" in capsys.readouterr().err
    assert main(["query", str(tmp_path / "none"), "SELECT 1"]) == 1
    assert "build one with `sloika build`" in capsys.readouterr().err
    config = tmp_path / "bad.yaml"
    config.write_text("inputs: [{path: a}]\noutput: o\nworkrs: 2\n")
    assert main(["build", str(config)]) == 1
    assert "did you mean `workers`?" in capsys.readouterr().err


def test_help_teaches(capsys):
    assert main([]) == 2
    assert "sloika build --input" in capsys.readouterr().out


def test_format_flag_picks_the_reader(tmp_path, capsys):
    output = tmp_path / "chats"
    seeds = ["build", "--input", str(DATA / "seeds")]
    assert main([*seeds, "--format", "obsidian_chat", "--output", str(output)]) == 0
    manifest = assert_conserved(output)
    assert manifest["layers"]["structure"]["spans"] >= 10  # turns with roles
    assert main([*seeds, "--format", "pdff", "--output", str(tmp_path / "x")]) == 1
    assert "inputs.0.format" in capsys.readouterr().err
