"""reStructuredText (a PyPI README in ``.rst``) read as its text (issue 15, formats: a reST reader).
Held-out checks drew Russian READMEs in ``.rst`` that were refused as ``unsupported_file_type``.
Texts written for these tests; every expected text and span written by hand from the markup."""

from sloika.config import InputSpec
from sloika.pipelines.formats.rst import parse_rst
from sloika.pipelines.inputs import detect_format

from conftest import rows

README = """\
================
Поиск терминов
================

:Автор: Иван Петров
:Version: 0.3

.. |pypi| image:: https://img.shields.io/pypi/v/terms.svg
   :target: https://pypi.org/project/terms/

|pypi|

Библиотека извлекает *ключевые* термины из текста, см. :ref:`Установка <install>`
и функцию :func:`~terms.extract`. Сайт: `документация <https://terms.example.org/>`_.

.. _install:

Установка
=========

Установите пакет из PyPI::

    pip install terms

.. code-block:: python

    from terms import extract
    print(extract("текст"))

Возможности
-----------

* извлечение терминов
* нормализация:

  1. по лемме
  2. по словарю

.. note:: Работает только с русским языком.

.. automodule:: terms
   :members:

.. raw:: html

   <p align="center"><b>Лого</b></p>

.. этот комментарий не виден

.. _сайт: https://example.org/site

+----------+-------+
| Функция  | Время |
+==========+=======+
| extract  | 10 мс |
+----------+-------+
"""

EXPECTED = (
    "Поиск терминов\n\n"
    "Библиотека извлекает ключевые термины из текста, см. Установка\n"
    "и функцию extract. Сайт: документация.\n\n"
    "Установка\n\n"
    "Установите пакет из PyPI:\n\n"
    "pip install terms\n\n"
    'from terms import extract\nprint(extract("текст"))\n\n'
    "Возможности\n\n"
    "• извлечение терминов\n"
    "• нормализация:\n"
    "  1. по лемме\n"
    "  2. по словарю\n\n"
    "Работает только с русским языком.\n\n"
    "Функция | Время\n"
    "extract | 10 мс"
)


def _spans(parsed, label):
    spans = sorted(parsed.spans, key=lambda s: (s.start, -s.end))
    return [(parsed.text[s.start : s.end], s.attrs) for s in spans if s.label == label]


def test_rst_is_read_as_its_text():
    parsed = parse_rst(README.encode(), foreign="keep")
    assert parsed.text == EXPECTED
    assert _spans(parsed, "heading") == [
        ("Поиск терминов", {"level": 1}),
        ("Установка", {"level": 2}),
        ("Возможности", {"level": 3}),
    ]
    assert _spans(parsed, "code") == [
        ("pip install terms", {}),
        ('from terms import extract\nprint(extract("текст"))', {"lang": "python"}),
    ]
    assert _spans(parsed, "list_item") == [
        ("• извлечение терминов", {"depth": 1}),
        ("• нормализация:\n  1. по лемме\n  2. по словарю", {"depth": 1}),
        ("1. по лемме", {"depth": 2}),
        ("2. по словарю", {"depth": 2}),
    ]
    assert _spans(parsed, "table") == [
        ("Функция | Время\nextract | 10 мс", {"rows": [["Функция", "Время"], ["extract", "10 мс"]]})
    ]
    assert ("документация", {"target": "https://terms.example.org/"}) in _spans(parsed, "link")
    [figure] = _spans(parsed, "figure")
    assert figure == (
        "",
        {
            "alt": "pypi",
            "src": "https://img.shields.io/pypi/v/terms.svg",
            "href": "https://pypi.org/project/terms/",
        },
    )


def test_title_and_field_list_go_to_fields_and_link_targets_too():
    parsed = parse_rst(README.encode(), foreign="keep")
    assert parsed.fields["title"] == "Поиск терминов"
    assert parsed.fields["Автор"] == "Иван Петров"
    assert parsed.fields["version"] == "0.3"
    assert parsed.fields["link_definitions"] == {"сайт": "https://example.org/site"}


def test_markup_never_shown_is_removed_with_its_label():
    parsed = parse_rst(README.encode(), foreign="keep")
    removed = [(s.label, s.attrs) for s in parsed.layers["removed"]]
    assert removed == [
        (
            "image",
            {
                "text": "image:: https://img.shields.io/pypi/v/terms.svg\n   :target: https://pypi.org/project/terms/"
            },
        ),
        ("directive", {"name": "automodule", "text": ".. automodule:: terms\n   :members:"}),
        ("raw", {"text": '.. raw:: html\n\n   <p align="center"><b>Лого</b></p>'}),
        ("comment", {"text": "этот комментарий не виден"}),
    ]
    first = parsed.layers["removed"][0]
    assert first.start == first.end == len("Поиск терминов\n\n")  # the badge stood under the title


BROKEN = """\
Заголовок
====

Незакрытая `ссылка и **жирный текст.

.. include:: /etc/passwd

.. image::

- пункт
продолжение без отступа

:unknown:`роль` остаётся текстом.
"""


def test_broken_markup_still_yields_a_document():
    parsed = parse_rst(BROKEN.encode(), foreign="keep")
    assert parsed.text == (
        "Заголовок\n\n"
        "Незакрытая `ссылка и **жирный текст.\n\n"
        "• пункт\n\n"
        "продолжение без отступа\n\n"  # unindented, a paragraph of its own (docutils warns)
        "роль остаётся текстом."
    )
    assert [s.label for s in parsed.layers["removed"]] == ["directive", "directive"]
    assert [s.attrs["name"] for s in parsed.layers["removed"]] == ["include", "image"]


def test_rst_suffixes_and_aliases_name_the_reader():
    assert detect_format("docs/README.rst") == ("rst", None)
    assert detect_format("notes.rest.gz") == ("rst", "gzip")
    assert InputSpec(path="x", format="restructuredtext").format == "rst"
    assert InputSpec(path="x", format="rst").format == "rst"


def test_a_build_over_rst_files_keeps_or_rejects_each(build, tmp_path):
    (tmp_path / "README.rst").write_text(README, encoding="utf-8")
    (tmp_path / "broken.rest").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "empty.rst").write_text(".. только комментарий\n", encoding="utf-8")
    (tmp_path / "binary.rst").write_bytes(b"\x00\x01\x02\xff" * 64)
    corpus = build([tmp_path], language={"languages": []})  # build() checks read = kept + rejected
    kept = {source.rsplit("/", 1)[-1] for (source,) in rows(corpus, "SELECT source FROM documents")}
    assert kept == {"README.rst", "broken.rest"}
    rejected = dict(rows(corpus, "SELECT regexp_extract(source, '[^/]+$'), reason FROM rejected"))
    # a comment alone is cut, so the file is rejected with it; NUL bytes are no text
    assert rejected == {"empty.rst": "all_text_removed", "binary.rst": "binary_file"}


SPHINX = """\
Команды
-------

.. function:: Client.status()

   Возвращает состояние плеера.

.. toctree::
   :maxdepth: 2

   intro
   install
"""


def test_an_unknown_directives_content_is_text_and_its_head_is_removed():
    parsed = parse_rst(SPHINX.encode(), foreign="keep")
    assert parsed.text == "Команды\n\nВозвращает состояние плеера."
    removed = [(s.label, s.attrs) for s in parsed.layers["removed"]]
    assert removed == [
        ("directive", {"name": "function", "text": ".. function:: Client.status()"}),
        ("directive", {"name": "toctree", "text": ".. toctree::\n   :maxdepth: 2\n\n   intro\n   install"}),
    ]
