"""Sections of a partly translated HTML manual whose headings are numbered as the PDF build's are
(issue 15, the Debian maint guide's 3.2 on ``modify.ru.html``): a section that opened on an
untranslated lead-in into its listing goes whole, as the PDF build of the same guide cuts it
(``section_partly_translated``). The pages are written here; every expected text is spelled out by
hand from the page."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")

SETUP = (
    "<h2>3.1. Настройка редактора</h2>"
    "<p>Перед началом работы настройте текстовый редактор так, чтобы он сохранял отступы табуляцией "
    "и не менял окончания строк в файлах сборки.</p>"
    "<p>Most editors keep these settings per project, so you only need to set them once for every "
    "source tree you work on, and then they apply to each file you open.</p>"
)
INSTALL = (
    "<h2>3.3. Установка файлов</h2>"
    "<p>Большинство программ устанавливает свои файлы в каталог, выбранный автором, а пакет должен "
    "помещать их в системные каталоги.</p>"
    "<p>We see that the files are set to install under the local prefix, which is reserved for the "
    "administrator, so change those paths as follows:</p>"
    '<pre class="programlisting">BIN = $(DESTDIR)/usr/bin</pre>'
    "<p>Временный каталог сборки пакета задаётся переменной DESTDIR при вызове make.</p>"
)


def page(body: str) -> bytes:
    head = '<html lang="ru"><head><title>Глава 3. Изменение кода</title></head>'
    return f'{head}<body><div class="chapter">{body}</div></body></html>'.encode()


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    (doc,) = parse_html(page(body))
    return doc


def removed(doc, why: str) -> list[str]:
    return [span.attrs["text"] for span in doc.layers["removed"] if (span.attrs or {}).get("why") == why]


def test_a_numbered_section_opening_on_a_cut_lead_in_into_its_listing_goes_whole():
    """3.2 opens on an English paragraph saying what is wrong in the listing under it; the Russian
    after it fixes an error the reader no longer sees. It goes whole with its heading; 3.3, which
    kept its opening, keeps its Russian around the cut paragraph, and 3.1 stays."""
    doc = parsed(
        SETUP + "<h2>3.2. Исправление ошибки</h2>"
        "<p>Let's assume you find an error in the upstream build file as follows, where the target "
        "name should have been different from the program's own name.</p>"
        '<pre class="programlisting">install: tool\n\tinstall ./tool $(BIN)</pre>'
        "<p>Исправим ошибку и запишем изменение в файл заплаты командой quilt:</p>"
        '<pre class="screen">$ quilt new fix-target.patch</pre>'
        "<p>Изменим файл сборки следующим образом:</p>"
        '<pre class="programlisting">install: tool-target\n\tinstall ./tool $(BIN)</pre>' + INSTALL
    )
    assert doc.text == (
        "3.1. Настройка редактора\n\n"
        "Перед началом работы настройте текстовый редактор так, чтобы он сохранял отступы табуляцией "
        "и не менял окончания строк в файлах сборки.\n\n"
        "3.3. Установка файлов\n\n"
        "Большинство программ устанавливает свои файлы в каталог, выбранный автором, а пакет должен "
        "помещать их в системные каталоги.\n\n"
        "Временный каталог сборки пакета задаётся переменной DESTDIR при вызове make."
    )
    assert removed(doc, "section_partly_translated") == [
        "3.2. Исправление ошибки",
        "install: tool\n\tinstall ./tool $(BIN)",
        "Исправим ошибку и запишем изменение в файл заплаты командой quilt:",
        "$ quilt new fix-target.patch",
        "Изменим файл сборки следующим образом:",
        "install: tool-target\n\tinstall ./tool $(BIN)",
    ]
    headings = {span.attrs["heading"] for span in doc.layers["removed"] if "heading" in (span.attrs or {})}
    assert headings == {"3.2. Исправление ошибки"}


def test_a_section_whose_cut_opening_leads_into_nothing_keeps_its_translation():
    """3.2 opens on an English sentence that ends a thought of its own (no colon, no listing after
    it); the Russian that follows reads whole without it and stays."""
    doc = parsed(
        SETUP + "<h2>3.2. Исправление ошибки</h2>"
        "<p>Errors in the upstream build files are common, and they are best fixed in the package "
        "before the first upload rather than after the users report them.</p>"
        "<p>Найденную ошибку исправляют в исходном коде и сохраняют исправление в виде заплаты, "
        "чтобы её можно было отправить автору программы.</p>" + INSTALL
    )
    assert "3.2. Исправление ошибки\n\nНайденную ошибку исправляют в исходном коде" in doc.text
    assert removed(doc, "section_partly_translated") == []


# two untranslated paragraphs after a translated one: the page is a partly translated manual
LATER_EN = (
    "Most upstream programs install their files under a prefix chosen by their authors, which is "
    "reserved for the local administrator on a packaged system.",
    "Packages therefore have to change those paths so that every file ends up in the system "
    "directories and nothing is left under the local prefix.",
)
LATER = (
    "<h2>3.3. Instalar los archivos</h2>"
    "<p>La mayoría de los programas instalan sus archivos en un directorio elegido por su autor, "
    "pero un paquete debe colocarlos en los directorios del sistema.</p>"
    + "".join(f"<p>{text}</p>" for text in LATER_EN)
)


def spanish_page(body: str) -> bytes:
    head = '<html lang="es"><head><title>Capítulo 3. Modificar las fuentes</title></head>'
    return f'{head}<body><div class="chapter">{body}</div></body></html>'.encode()


def test_a_section_whose_prose_is_mostly_the_page_language_keeps_it_around_its_cut_opening():
    """maint-guide-es 3.2 (issue 15, the practice held-out check): the section opens on an
    untranslated English paragraph over the listing it names, and three Spanish paragraphs with
    their listings follow. The page's language is most of its prose (``FOREIGN_MAJORITY``): only
    the English paragraph goes; the heading, the Spanish and every listing stay."""
    from sloika.pipelines.formats.web import parse_html

    opening = (
        "Suppose you find a mistake in the upstream build file shown below, where the install "
        "target names the program instead of the directory it should copy it into."
    )
    (doc,) = parse_html(
        spanish_page(
            "<h2>3.1. Preparar el editor</h2>"
            "<p>Antes de empezar, configura el editor de texto para que conserve los tabuladores y no "
            "cambie los finales de línea de los archivos de construcción del programa.</p>"
            "<h2>3.2. Corregir un error de construcción</h2>"
            f"<p>{opening}</p>"
            '<pre class="programlisting">install: tool\n\tinstall ./tool $(BIN)</pre>'
            "<p>Vamos a corregir este error con la orden quilt y a guardar el cambio en un parche "
            "nuevo que se aplicará cada vez que se construya el paquete:</p>"
            '<pre class="screen">$ quilt new fix-target.patch</pre>'
            "<p>Ahora cambia el archivo de construcción original con un editor de texto tal como se "
            "muestra a continuación, sin tocar ninguna otra línea:</p>"
            '<pre class="programlisting">install: tool-target\n\tinstall ./tool $(BIN)</pre>'
            "<p>Después ejecuta quilt para que actualice el parche y añade al principio del archivo "
            "una descripción breve del cambio para los demás desarrolladores.</p>" + LATER
        )
    )
    assert doc.text == (
        "3.1. Preparar el editor\n\n"
        "Antes de empezar, configura el editor de texto para que conserve los tabuladores y no "
        "cambie los finales de línea de los archivos de construcción del programa.\n\n"
        "3.2. Corregir un error de construcción\n\n"
        "install: tool\n\tinstall ./tool $(BIN)\n\n"
        "Vamos a corregir este error con la orden quilt y a guardar el cambio en un parche "
        "nuevo que se aplicará cada vez que se construya el paquete:\n\n"
        "$ quilt new fix-target.patch\n\n"
        "Ahora cambia el archivo de construcción original con un editor de texto tal como se "
        "muestra a continuación, sin tocar ninguna otra línea:\n\n"
        "install: tool-target\n\tinstall ./tool $(BIN)\n\n"
        "Después ejecuta quilt para que actualice el parche y añade al principio del archivo "
        "una descripción breve del cambio para los demás desarrolladores.\n\n"
        "3.3. Instalar los archivos\n\n"
        "La mayoría de los programas instalan sus archivos en un directorio elegido por su autor, "
        "pero un paquete debe colocarlos en los directorios del sistema."
    )
    assert [(span.label, span.attrs["text"]) for span in doc.layers["removed"]] == [
        ("foreign_paragraph", opening),
        ("foreign_paragraph", LATER_EN[0]),
        ("foreign_paragraph", LATER_EN[1]),
    ]
