"""Config validation: a mistake names the key and what is allowed."""

from __future__ import annotations

import pytest

from sloika.config import ConfigError, load_config, validate_config


def write(tmp_path, text: str):
    path = tmp_path / "build.yaml"
    path.write_text(text)
    return path


def test_example_configs_are_valid():
    from pathlib import Path

    for path in sorted((Path(__file__).parents[1] / "pipelines" / "examples").glob("*.yaml")):
        assert load_config(path).inputs


def test_unknown_key_names_it_and_the_allowed_ones(tmp_path):
    path = write(tmp_path, "inputs: [{path: a}]\noutput: out\nlangauge: {languages: [ru]}\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert "unknown key `langauge`" in message
    assert "did you mean `language`?" in message
    assert "allowed here: name, inputs, output, workers" in message


def test_unknown_nested_key(tmp_path):
    path = write(tmp_path, "inputs: [{path: a, txt_key: body}]\noutput: out\n")
    with pytest.raises(
        ConfigError,
        match=r"unknown key `inputs.0.txt_key` \(did you mean `text_key`\?\); "
        r"allowed here: path, format, kind, text_key",
    ):
        load_config(path)


def test_bad_values_are_explained(tmp_path):
    path = write(tmp_path, "inputs: [{path: a}]\noutput: out\nlanguage: {threshold: 2, action: delete}\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "`language.threshold`: Input should be less than or equal to 1" in str(err.value)
    assert "`language.action`: Input should be 'drop' or 'flag'" in str(err.value)


def test_missing_required_keys(tmp_path):
    with pytest.raises(ConfigError, match="`inputs`: Field required"):
        load_config(write(tmp_path, "output: out\n"))


def test_not_yaml_or_not_a_mapping(tmp_path):
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(write(tmp_path, "inputs: [unclosed\n"))
    with pytest.raises(ConfigError, match="must be a YAML mapping"):
        load_config(write(tmp_path, "- a\n- b\n"))
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.yaml")


def test_yaml_tags_are_not_executed(tmp_path):
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(write(tmp_path, "output: !!python/object/apply:os.system ['echo pwned']\n"))


def test_overrides_merge_into_sections(tmp_path):
    path = write(tmp_path, "inputs: [{path: a}]\noutput: out\nlanguage: {threshold: 0.9}\n")
    config = load_config(path, {"language": {"languages": "ru, uk"}, "workers": 3})
    assert config.language.languages == ["ru", "uk"]
    assert config.language.threshold == 0.9
    assert config.workers == 3


def test_defaults():
    config = validate_config({"inputs": [{"path": "a"}], "output": "corpora/my"})
    assert config.language.languages == []  # no language is dropped without --lang
    assert config.dedup.exact
    assert config.corpus_name == "my"
