"""A DocBook title page's licence notice (``<div class="legalnotice">``) is boilerplate, not text of
the manual (issue 15, thirteenth held-out check, the note on KSquirrel's ``index.html``: a KDE title
page whose translated GFDL notice keeps the licence's English title, "the section entitled "GNU Free
Documentation License"", was rejected ``impure`` once its pager was cut, though its Russian title
and description are the document). The notice goes to ``removed`` as ``legal_notice``, in a
translated page or not; the copyright line goes too, as ``credits`` (``test_web_copyright_lines``).
The pages are written here in the markup of KDE's and Debian's DocBook stylesheets, with text of
our own."""

from __future__ import annotations

import pytest

from sloika.lang.purity import judge

pytest.importorskip("trafilatura")

NOTICE_RU = (
    "Этот документ можно копировать и изменять на условиях лицензии GNU для свободной документации "
    "версии 1.2 или более поздней, опубликованной Фондом Free Software Foundation. Текст лицензии "
    'приведён в разделе <a href="license.html#gnu-fdl">the section entitled "GNU Free Documentation '
    'License"</a>.'
)
NOTICE_EN = (
    "Permission is granted to copy and distribute this manual, provided that this notice is kept on "
    "every copy.</p><p>Permission is granted to translate this manual into another language under "
    "the same conditions."
)


def _title_page(notice: str, abstract: str) -> bytes:
    """A KDE DocBook title page: the title, the author, the copyright, the notice, the abstract."""
    return (
        '<html><head><title>Руководство KFoto</title></head><body><div class="book" lang="ru">'
        '<div class="titlepage"><div><div><h1 class="title">Руководство KFoto</h1></div>'
        '<div><div class="authorgroup"><p class="author"><span class="firstname">Иван</span> '
        '<span class="surname">Петров</span> <code class="email">&lt;ivan@example.org&gt;</code>'
        "</p></div></div>"
        '<div><p class="copyright">Copyright © 2005-2007 Иван Петров</p></div>'
        f'<div><div class="legalnotice"><a name="id1"></a><p>{notice}</p></div></div>'
        f'<div><div><div class="abstract"><p>{abstract}</p></div></div></div></div><hr></div>'
        "</body></html>"
    ).encode()


def _read(page: bytes):
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(page, targets=("ru",))
    return doc


def test_a_translated_licence_notice_goes_and_the_short_page_is_pure():
    """Before: the notice was kept and its English licence title made the page 0.85 pure, under
    the build's 0.9, so the page was rejected whole."""
    doc = _read(_title_page(NOTICE_RU, "KFoto — это программа просмотра фотографий для KDE."))
    assert doc.text == ("Руководство KFoto\n\nKFoto — это программа просмотра фотографий для KDE.")
    assert [s.attrs["text"] for s in doc.layers["removed"] if s.label == "legal_notice"] == [
        "Этот документ можно копировать и изменять на условиях лицензии GNU для свободной документации "
        "версии 1.2 или более поздней, опубликованной Фондом Free Software Foundation. Текст лицензии "
        'приведён в разделе the section entitled "GNU Free Documentation License".'
    ]
    assert judge(doc.text, lang="ru").purity >= 0.9


def test_an_untranslated_notice_goes_whole_as_a_legal_notice():
    """An English notice in a Russian page is the same boilerplate, one record. Before: kept in the
    text of this short page, and in the Debian FAQ's title page cut paragraph by paragraph as
    foreign."""
    doc = _read(_title_page(NOTICE_EN, "KFoto — это программа просмотра фотографий для KDE."))
    assert doc.text == "Руководство KFoto\n\nKFoto — это программа просмотра фотографий для KDE."
    assert [(s.label, s.attrs["text"]) for s in doc.layers["removed"] if "Permission" in s.attrs["text"]] == [
        (
            "legal_notice",
            "Permission is granted to copy and distribute this manual, provided that this notice is kept "
            "on every copy. Permission is granted to translate this manual into another language under "
            "the same conditions.",
        )
    ]


def test_a_paragraph_about_the_licence_in_the_text_stays():
    """Only the title page's notice is furniture: the manual's own words on its licence (a chapter's
    paragraph, no ``legalnotice`` class) are its text."""
    page = _title_page(NOTICE_RU, "KFoto — это программа просмотра фотографий для KDE.").replace(
        b"<hr></div>",
        '<hr></div><div class="chapter"><h2>Лицензия</h2><p>Программа распространяется на условиях '
        "лицензии GNU GPL второй версии; документация — на условиях GNU FDL.</p></div>".encode(),
    )
    doc = _read(page)
    assert doc.text.endswith(
        "Лицензия\n\nПрограмма распространяется на условиях лицензии GNU GPL второй версии; "
        "документация — на условиях GNU FDL."
    )
