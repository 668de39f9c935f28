"""Writes docbook.pdf, the PDF fixture for a manual rendered from DocBook through an FO processor or
dblatex (run once; committed).

sloika's own text, set the way the Debian manuals' PDFs in the shared data (GPL, not copied) set
theirs: word spaces are gaps, not glyphs, and a tie is a no-break space glyph ("Раздел 2.2"); a
definition list's bold term stands on its definition's first line ("Политика проекта В проекте
есть …"); footnote references and marks are plain digits of the text's size ("… заново. 1",
"1Старые выпуски …"), and the second note starts on a line after one that ends no sentence; a
file-name pattern breaks after its hyphen before "<" and a bracketed URL breaks after a slash with
the typesetter's hyphen ("…debian.org/-" + "doc/…") and at its own hyphen ("ch-" +
"controlfields"); "./configure" and ".dsc" stand after a gap; a list item of package names
around three Russian words; an untranslated English paragraph; and a page of index entries
("apt-doc, 38, 39"). Needs fpdf2 and the DejaVu fonts: python make_docbook_pdf.py [/path/to/dejavu/]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

FONTS = "/usr/share/fonts/truetype/dejavu/"
LEFT, WIDTH, SIZE, PITCH = 15.0, 175.0, 10, 5.5  # mm, mm, pt, mm
INDENT = 8.0  # mm: a definition's hanging indent
INDEX = ["apt, 39", "apt-doc, 38, 39", "apt-file, 42", "binutils, 29", "build-essential, 20"]
INDEX += ["debian-faq, 65, 66", "dpkg-dev, 36", "fakeroot, 36", "reportbug, 58", "tin, 53"]


def words(pdf: FPDF, y: float, pieces: list[tuple[str, str]], x: float = LEFT, width: float = 0.0) -> None:
    """(font, word) pairs: spread over ``width`` when given (a justified line), else one space's
    width apart; no space glyph is drawn."""
    sizes = []
    for font, word in pieces:
        pdf.set_font(font, size=SIZE)
        sizes.append(pdf.get_string_width(word))
    pdf.set_font("Serif", size=SIZE)
    room = (width - sum(sizes)) / max(len(pieces) - 1, 1) if width else pdf.get_string_width(" ")
    space = pdf.get_string_width(" ")
    assert 0.8 * space <= room <= 3 * space, f"no justified line (a TeX line's spaces): {pieces}"
    for (font, word), size in zip(pieces, sizes, strict=True):
        pdf.set_font(font, size=SIZE)
        pdf.text(x, y, word)
        x += size + room


def serif(text: str) -> list[tuple[str, str]]:
    return [("Serif", word) for word in text.split(" ")]


def bold(text: str) -> list[tuple[str, str]]:
    return [("Bold", word) for word in text.split(" ")]


def main(fonts: str = FONTS) -> None:
    pdf = FPDF(format="A4")
    pdf.add_font("Serif", fname=fonts + "DejaVuSerif.ttf")
    pdf.add_font("Bold", fname=fonts + "DejaVuSerif-Bold.ttf")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    y = 30.0
    words(
        pdf,
        y,
        serif("Есть много пакетов, которые ждут хороших сопровождающих, и программ, которых ждут"),
        width=WIDTH,
    )
    words(pdf, y + PITCH, serif("(смотрите Раздел\u00a02.2)."))
    y += PITCH * 2.8
    words(
        pdf,
        y,
        bold("Политика проекта")
        + serif("В проекте есть описание стандартов качества всех пакетов, принятое"),
        width=WIDTH,
    )
    words(pdf, y + PITCH, serif("всеми сопровождающими."), x=LEFT + INDENT)
    y += PITCH * 2.8
    words(
        pdf,
        y,
        bold("Система отслеживания ошибок") + serif("Пользователи присылают отчёты об ошибках в пакетах,"),
        width=WIDTH,
    )
    words(pdf, y + PITCH, serif("которые доступны в веб-архиве."), x=LEFT + INDENT)
    y += PITCH * 2.8
    words(
        pdf,
        y,
        serif("Старые версии пакетов доступны в архиве снимков, их можно скачать и собрать"),
        width=WIDTH,
    )
    words(pdf, y + PITCH, serif("заново. 1"))
    y += PITCH * 2.8
    words(
        pdf,
        y,
        serif("Имена файлов двоичных пакетов строятся по такому образцу: <пакет>_<НомерВерсии>-"),
        width=WIDTH,
    )
    words(pdf, y + PITCH, serif("<НомерРевизии>_<Архитектура>.deb, а номер версии сравнивается по частям. 2"))
    y += PITCH * 2.8
    words(
        pdf,
        y,
        serif("Поля управляющего файла описаны в руководстве по политике (http://www.debian.org/-"),
        width=WIDTH,
    )
    words(pdf, y + PITCH, serif("doc/debian-policy/ch-"))
    words(pdf, y + 2 * PITCH, serif("controlfields.html) и в справочнике разработчика."))
    y += PITCH * 3.8
    words(
        pdf,
        y,
        serif("Исходный код настраивают командой ./configure, затем подписывают файлы .dsc и .changes"),
        width=WIDTH,
    )
    words(pdf, y + PITCH, serif("вашим ключом."))
    y += PITCH * 2.8
    words(pdf, y, serif("• pdebuild = pbuilder + dpkg-buildpackage (сборка в chroot)"))
    y += PITCH * 1.8
    words(
        pdf,
        y,
        serif("This paragraph was left untranslated by the people who translated the rest of this"),
        width=WIDTH,
    )
    words(pdf, y + PITCH, serif("manual, as often happens with documentation."))
    pdf.line(LEFT, 262, LEFT + 50, 262)  # the footnote rule
    pdf.set_font("Serif", size=8)
    notes = [
        (LEFT + 3, "1Старые выпуски хранятся в архиве снимков, а версии сравниваются так: 1.1 << 1.1-1"),
        (LEFT, "и 1.2 << 1.2-1"),
        (LEFT + 3, "2При переносе пакета часть версии отбрасывается: 1.3 << 1.3-1"),
    ]
    for number, (x, note) in enumerate(notes):
        pdf.text(x, 267 + number * 4, note)
    pdf.add_page()
    pdf.set_font("Bold", size=20)
    pdf.text(LEFT, 30, "Предметный указатель")
    pdf.set_font("Serif", size=SIZE)
    for number, entry in enumerate(INDEX):
        pdf.text(LEFT + 5, 45 + number * PITCH, entry)
    pdf.output(str(Path(__file__).with_name("docbook.pdf")))


if __name__ == "__main__":
    main(*sys.argv[1:])
