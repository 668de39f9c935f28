"""Alphabet evidence and code lines in the foreign-paragraph cut (issue 15).

A short Russian caption the decision calls Serbian holds none of the letters Serbian has and Russian
lacks (ђ ј љ њ ћ џ): it stays, while a Serbian paragraph with them goes. The page is written for this
test after the Russian Rust book's listing captions (the book is MIT/Apache-2.0)."""

from __future__ import annotations

from sloika.pipelines.formats.markdown import parse_markdown

RUSSIAN = (
    "В этой главе мы перепишем пример так, чтобы состояние записи было закодировано в её типе. "
    "Тогда компилятор сам не даст опубликовать черновик, который ещё не прошёл проверку."
)
# the decision: Serbian 0.82, Russian 0.05, once the code spans are blanked
CAPTION = "Листинг 17-19: Структура `Post` с методом `content` и структура `DraftPost` без метода `content`"
SERBIAN = (
    "Ова структура нема методу за приказ садржаја, па компајлер одбија сваки покушај да се "
    "прочита нацрт пре него што је одобрен. Тако је грешка уочена већ при превођењу."
)

# Serbian without ђ ј љ њ ћ џ: its words ("нема", "сваки", "пре") still say Serbian
SERBIAN_PLAIN = (
    "Ова структура нема методу за приказ текста, па преводилац одбацује сваки други позив пре одобрења."
)


def foreign_records(parsed) -> list[tuple[str, str]]:
    records = parsed.layers["removed"]
    return [(s.attrs["lang"], s.attrs["text"]) for s in records if s.label == "foreign_paragraph"]


def test_a_russian_caption_without_serbian_letters_or_words_stays_and_serbian_paragraphs_go():
    page = "\n\n".join(["# Кодирование состояний", RUSSIAN, CAPTION, SERBIAN, RUSSIAN, SERBIAN_PLAIN]) + "\n"
    (parsed,) = parse_markdown(page.encode(), "trim", ("ru",))
    assert parsed.text.strip() == "\n\n".join(["# Кодирование состояний", RUSSIAN, CAPTION, RUSSIAN])
    assert foreign_records(parsed) == [("sr", SERBIAN), ("sr", SERBIAN_PLAIN)]
