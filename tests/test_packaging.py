"""The package list in pyproject.toml covers every module folder: an editable install maps whole
folders and hides a missing entry, a wheel (``pip install .``, the GPU box) does not."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_folder_with_modules_is_a_listed_package():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    missing = []
    for package, folder in setuptools["package-dir"].items():
        for init in (ROOT / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(ROOT / folder)
            name = ".".join([package, *relative.parts])
            if name not in listed:
                missing.append(name)
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_the_installed_fasttext_trains_and_still_identifies_languages(tmp_path):
    """fasttext-predict and fasttext-numpy2-wheel install the same `fasttext/` folder; the one that
    can train must be the one installed (the Makefile's FASTTEXT_TRAINER), and language ID with it
    must keep working."""
    import fasttext

    from sloika.lang.fasttext_lid import LanguageIdentifier

    assert hasattr(fasttext, "train_supervised"), (
        "fasttext-predict overwrote the training build: "
        "pip install --no-deps --force-reinstall fasttext-numpy2-wheel==0.9.2"
    )
    lines = tmp_path / "train.txt"
    lines.write_text("__label__a кот сидит на окне\n__label__b qwe rty uio\n" * 20, encoding="utf-8")
    model = fasttext.train_supervised(input=str(lines), epoch=5, wordNgrams=2, verbose=0, thread=1)
    assert model.predict("кот на окне")[0] == ("__label__a",)
    guess = LanguageIdentifier().predict("Это предложение написано по-русски, а не по-английски.")
    assert max(guess, key=guess.get) == "ru"
