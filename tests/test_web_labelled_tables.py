"""Layout tables whose first column holds only labels: DocBook XSL's ``qandaset`` (a KDE handbook's
FAQ) and its like (issue 15, forty-second check, review C rows 10–11). The pages are written here
in the shape of the real ones; every expected text is spelled out by hand."""

from __future__ import annotations

import pytest

pytest.importorskip("trafilatura")


def parsed(body: str):
    from sloika.pipelines.formats.web import parse_html

    page = f'<html lang="ru"><head><title>Т</title></head><body><div id="content">{body}</div></body></html>'
    (doc,) = parse_html(page.encode())
    return doc


INTRO = (
    "<p>Возможно, была выпущена обновлённая версия этого документа, с ней можно ознакомиться на "
    "сайте документации.</p>"
)
QUESTION = (
    '<tr class="question"><td align="left" valign="top"><a name="idm{n}"></a><a name="idm{n}b"></a>'
    '<p><b>{label}</b></p></td><td align="left" valign="top"><p>{text}</p></td></tr>'
)
ANSWER = (
    '<tr class="answer"><td align="left" valign="top"></td><td align="left" valign="top">{body}</td></tr>'
)


def qandaset(rows: str) -> str:
    """A ``qandaset`` as DocBook XSL prints it: the list of its questions, then the table."""
    return (
        '<div class="qandaset"><a name="faqlist"></a><dl><dt>5.1. <a href="faq.html#idm1">Почему '
        "просмотр сети невозможен?</a></dt></dl>"
        '<table border="0" style="width: 100%;"><colgroup><col align="left" width="1%"><col></colgroup>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def test_question_reads_after_its_number_and_answer_keeps_its_paragraphs():
    """A question's row, its number ("5.1.") in a cell of its own, reads "5.1. Почему …", no " | "
    between the two; the answer's row, an empty cell beside three ``<p>``, keeps them three
    paragraphs (they ran into one)."""
    doc = parsed(
        "<h1>Глава 5. Вопросы и ответы</h1>"
        + INTRO
        + qandaset(
            QUESTION.format(n=1, label="5.1.", text="Почему <span>просмотр сети</span> невозможен?")
            + ANSWER.format(
                body="<p>SLP — протокол расположения сервисов, его обычно предоставляет OpenSLP.</p>"
                "<p>Если вы собрали программу сами, вероятно, сервер <strong>slpd</strong> не запущен.</p>"
                "<p>Если программа из готового пакета, могут отсутствовать зависимости.</p>"
            )
        )
    )
    assert doc.text == (
        "Глава 5. Вопросы и ответы\n\n"
        "Возможно, была выпущена обновлённая версия этого документа, с ней можно ознакомиться на "
        "сайте документации.\n\n"
        "5.1. Почему просмотр сети невозможен?\n\n"
        "SLP — протокол расположения сервисов, его обычно предоставляет OpenSLP.\n\n"
        "Если вы собрали программу сами, вероятно, сервер slpd не запущен.\n\n"
        "Если программа из готового пакета, могут отсутствовать зависимости."
    )


def test_labels_and_lists_of_several_questions():
    """Two questions numbered "1." and "2.", an answer holding a list, and "В:"/"О:" labels (DocBook's
    ``defaultlabel="qanda"``) beside a question and its answer: each label opens its cell's text, a
    question's bare text after its anchor too; the list's items stay lines of their own."""
    doc = parsed(
        "<h2>Вопросы и ответы</h2>"
        + INTRO
        + qandaset(
            QUESTION.format(n=1, label="1.", text="Как исправить ошибку чтения диска?")
            + ANSWER.format(
                body="<p>Проверьте права доступа:</p>"
                "<ul><li>к приводу CD;</li><li>к устройству SCSI.</li></ul>"
            )
            + QUESTION.format(n=2, label="2.", text="Почему диск читается медленно?")
            + ANSWER.format(body="<p>Включена полная коррекция ошибок чтения.</p>")
        )
        + '<table border="0"><tr class="question"><td><p><b>В:</b></p></td>'
        '<td><a name="q1"></a>Где лежат настройки?</td></tr>'
        '<tr class="answer"><td><p><b>О:</b></p></td><td><p>В домашнем каталоге.</p></td></tr>'
        "</table>"
    )
    assert doc.text == (
        "Вопросы и ответы\n\n"
        "Возможно, была выпущена обновлённая версия этого документа, с ней можно ознакомиться на "
        "сайте документации.\n\n"
        "1. Как исправить ошибку чтения диска?\n\n"
        "Проверьте права доступа:\n\n"
        "- к приводу CD;\n\n"
        "- к устройству SCSI.\n\n"
        "2. Почему диск читается медленно?\n\n"
        "Включена полная коррекция ошибок чтения.\n\n"
        "В: Где лежат настройки?\n\n"
        "О: В домашнем каталоге."
    )


def test_a_two_column_data_table_with_a_word_in_its_first_column_stays_a_table():
    """A first column of words, not labels, is a data table's: its rows keep their cells."""
    doc = parsed(INTRO + "<table><tr><td>Порт</td><td>80</td></tr><tr><td></td><td>443</td></tr></table>")
    assert doc.text.endswith("документации.\n\nПорт | 80\n\n443")
