"""Text repair on the user's real mojibake exports and on text that must not change."""

from __future__ import annotations

import random
import re

import ftfy
import pytest
from datatrove.data import Document
from ftfy import badness
from ftfy.badness import MOJIBAKE_CATEGORIES

from sloika.config import RepairConfig
from sloika.documents import carrying
from sloika.filters.ftfy_untouched import FIXER_CHARS, ftfy_leaves_unchanged, mojibake_triggers
from sloika.filters.repair import RepairText, _ftfy_config, mojibake_code_page, repair_text, tidy_whitespace
from sloika.pipelines.formats.markdown import parse_markdown
from sloika.pipelines.formats.subtitles import parse_subtitles
from sloika.text.scripts import script_of
from sloika.text.spans import add_span, spans

from conftest import DATA

SEEDS = sorted((DATA / "seeds").glob("*.txt"))
CONFIG = RepairConfig()


def letter_shares(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in letters) / len(letters)


def test_the_seeds_are_mojibake_as_received():
    for seed in SEEDS:
        assert letter_shares(seed.read_text(encoding="utf-8")) == 0


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seeds_come_out_as_readable_russian(seed):
    fixed, repairs = repair_text(seed.read_text(encoding="utf-8"), CONFIG)
    assert "mojibake:macroman" in repairs
    assert 85 <= round(100 * letter_shares(fixed)) <= 93  # the "85–93% Cyrillic letters"
    assert "\ufffd" not in fixed


@pytest.mark.parametrize(
    ("seed", "phrase"),
    [
        ("000_f1b2c30c9d7d7355.txt", "Если я хочу постепенно обучать модель BASE квентри"),
        ("000_f1b2c30c9d7d7355.txt", "ставьте лайк, подписывайтесь на канал"),
        ("001_aff64c30a181d8f7.txt", "Правильно ли я понимаю, что просто общаясь с Квеном"),
        ("003_8b248b04cc99606b.txt", "на китайском языке, на английском"),
        ("004_25e0e78f18175f90.txt", "Для меня очень важно, чтобы ты не пытался мне понравиться"),
    ],
)
def test_known_phrases_after_repair(seed, phrase):
    fixed, _ = repair_text((DATA / "seeds" / seed).read_text(encoding="utf-8"), CONFIG)
    assert phrase in fixed


@pytest.mark.parametrize(
    "text",
    [
        "Справедливость — это соответствие поступков нормам морали.\n«Ёлка», “quotes” и т. д.\n",
        "Plain English with an em dash — and “curly quotes”.\n",
        "Café, naïve, Grüße, smörgåsbord, Łódź.\n",
        "Emoji 🙂 and CJK 中文 and combining й (и + \u0306 is NFC-composed already: й).\n",
        'fn main() { println!("&lt;not html&gt;"); }\n',
        "Українська мова: ї, є, ґ; Беларуская: ў; Српски: ђ, ћ, џ.\n",
        "Single-byte look-alikes in real prose: 25 °C ± 2, 5 € — “µ” and «ß».\n",
    ],
)
def test_correct_text_passes_unchanged(text):
    fixed, repairs = repair_text(text, CONFIG)
    assert fixed == text
    assert repairs == []


def test_cp1251_mojibake_is_repaired_by_ftfy():
    broken = "Привет, как дела? Всё хорошо.".encode().decode("cp1251")
    fixed, repairs = repair_text(broken, CONFIG)
    assert fixed == "Привет, как дела? Всё хорошо."
    assert repairs


def test_control_characters_and_whitespace():
    fixed, repairs = repair_text("a\x00b\x1b[31mred\x1b[0m  \n\n\n\nc\r\nd\u200b", CONFIG)
    assert fixed == "abred\n\nc\nd\u200b"
    assert set(repairs) == {"ftfy", "whitespace"}


def test_the_last_lines_spaces_go_as_every_other_lines_do():
    """A file with no newline at its end kept its last line's spaces ("…из разных папок.  ", check 40
    row 16) where every other line lost them: the document's end is a line's end too; a span piece
    ending inside the text keeps its spaces (the next piece goes on with the line) (issue 15)."""
    text = "Запустите программу.  \nОна соберёт отчёты из разных папок.  "
    assert repair_text(text, CONFIG) == (
        "Запустите программу.\nОна соберёт отчёты из разных папок.",
        ["whitespace"],
    )
    doc = carrying(Document(text=text, id="x", metadata={}))
    add_span(doc, "structure", 23, 35, "link", annotator="test")  # "Она соберёт " ends in a space
    add_span(doc, "structure", len(text), len(text), "note", annotator="test")
    RepairText(CONFIG).format(doc)
    assert doc.text == "Запустите программу.\nОна соберёт отчёты из разных папок."
    assert [(s.start, s.end) for s in spans(doc)["structure"]] == [(21, 33), (len(doc.text), len(doc.text))]
    assert doc.metadata["repairs"] == ["whitespace"]


def test_nfkc_is_opt_in():
    """NFC keeps "²"; the ligature is folded by its own repair under either normalisation."""
    assert repair_text("ﬁ ²", CONFIG)[0] == "fi ²"
    assert repair_text("ﬁ ²", RepairConfig(normalization="NFKC"))[0] == "fi 2"


# U+FB00..FB06 written out by hand as the letters each ligature glyph draws
LIGATURE_WORDS = [
    ("The \ufb01rst argument", "The first argument"),
    ("di\ufb00erent \ufb02oors", "different floors"),
    ("e\ufb03cient, ba\ufb04ed", "efficient, baffled"),
    ("\ufb05ep and \ufb06ay", "step and stay"),
]


@pytest.mark.parametrize(("text", "expected"), LIGATURE_WORDS)
def test_latin_ligature_code_points_are_folded_to_their_letters(text, expected):
    fixed, repairs = repair_text(text, CONFIG)
    assert fixed == expected
    assert repairs == [f"ligatures:{sum(0xFB00 <= ord(c) <= 0xFB06 for c in text)}"]


def test_only_the_seven_latin_ligatures_are_folded():
    """The Dutch ĳ, the Serbo-Croatian digraph letters, superscripts and the Armenian ligatures
    (U+FB13..) are letters or signs of their own, left as written; the fold can be switched off."""
    text = "ĳs ǆep x² ﬓ"
    assert repair_text(text, CONFIG) == (text, [])
    assert repair_text("ﬁle", RepairConfig(ligatures=False)) == ("ﬁle", [])


def test_ligature_folds_keep_spans_exact_and_add_up_over_pieces():
    """A fold makes the text longer (one code point → two or three): spans after it move with it."""
    from datatrove.data import Document

    from sloika.documents import carrying
    from sloika.filters.repair import RepairText
    from sloika.text.spans import add_span, spans

    doc = carrying(Document(text="\ufb01le \ufb03x code", id="x", metadata={}))
    add_span(doc, "structure", 0, 3, "word", annotator="test")
    add_span(doc, "structure", 4, 6, "word", annotator="test")
    add_span(doc, "structure", 7, 11, "code", annotator="test")
    RepairText(CONFIG).format(doc)
    assert doc.text == "file ffix code"
    assert doc.metadata["repairs"] == ["ligatures:2"]
    assert [doc.text[s.start : s.end] for s in spans(doc)["structure"]] == ["file", "ffix", "code"]


def test_structure_attrs_that_copy_the_text_are_repaired_as_it_is():
    """A heading's ``title`` and a table's ``caption`` and cells carry the text's repair (a PDF's
    "Cut-oﬀ" cell read "Cut-oﬀ" while the text read "Cut-off"); attrs that are no text stay."""
    doc = carrying(Document(text="Coe\ufb03cients\n\nCut-o\ufb00 0.5", id="x", metadata={}))
    add_span(doc, "structure", 0, 12, "section", annotator="test", attrs={"title": "Coe\ufb03cients"})
    attrs = {"rows": [["Cut-o\ufb00", "0.5"]], "caption": "Speci\ufb01c cut-o\ufb00s", "page": 3}
    add_span(doc, "structure", 14, 14, "table", annotator="test", attrs=attrs)
    RepairText(CONFIG).format(doc)
    section, table = spans(doc)["structure"]
    assert section.attrs == {"title": "Coefficients"}
    assert table.attrs == {"rows": [["Cut-off", "0.5"]], "caption": "Specific cut-offs", "page": 3}


def test_mojibake_repair_can_be_switched_off():
    text = SEEDS[0].read_text(encoding="utf-8")
    fixed, repairs = repair_text(text, RepairConfig(mojibake=False, whitespace=False))
    assert fixed == text
    assert repairs == []


def test_ascii_is_never_a_candidate():
    assert mojibake_code_page(["hello"]) is None


# A README's indented code block (a song, its lines one blank line apart, its stanzas two; the
# forty-sixth held-out check, row 13) among prose with blank runs of its own; written for this test.
SONG = ["    Под ракитою зелёной ", "", "    Казак раненый лежал.", "", "", "    Прилетела птица-ворон,"]
README = "\n".join(["# Песня", "", "", "", "Пример ввода:", "", *SONG, "", "", "", "Конец примера.", ""])


def test_blank_lines_inside_code_stay_as_written_and_collapse_outside_it():
    """The code block comes through line for line as the source has it (trailing spaces aside):
    its stanzas' two blank lines were made one, as the prose's three are."""
    (parsed,) = parse_markdown(README.encode())
    doc = carrying(Document(text=parsed.text, id="readme", metadata={}))
    for span in parsed.spans:
        add_span(doc, "structure", span.start, span.end, span.label, annotator="test")
    RepairText(CONFIG).format(doc)
    song = "\n".join(line.rstrip() for line in SONG)
    assert doc.text == f"# Песня\n\nПример ввода:\n\n{song}\n\nКонец примера."
    (code,) = [s for s in spans(doc)["structure"] if s.label == "code"]
    assert doc.text[code.start : code.end] == song


# A subtitle's cues, each a span piece, written here: a clean cue "И…" is C8 85 in cp1251, which is
# valid UTF-8 ("ȅ"); decided cue by cue, the clean file was "repaired" (issue 15, eighteenth check).
CUES = "1\n00:00:01,000 --> 00:00:02,000\nИ…\n\n2\n00:00:02,500 --> 00:00:04,000\nКристи, Агата!\n"


def _repaired_subtitles(source: str) -> Document:
    """``source`` read as SRT, its cues as spans, through the repair step."""
    (parsed,) = parse_subtitles(source.encode(), 2.0, True, "srt")
    doc = carrying(Document(text=parsed.text, id="cues", metadata={}))
    for span in parsed.spans:
        add_span(doc, "structure", span.start, span.end, span.label, annotator="test")
    RepairText(CONFIG).format(doc)
    return doc


def test_a_clean_cue_that_happens_to_decode_is_left_as_written():
    doc = _repaired_subtitles(CUES)
    assert doc.text == "И… Кристи, Агата!"
    assert "repairs" not in doc.metadata
    assert repair_text("И… Кристи", CONFIG) == ("И… Кристи", [])


@pytest.mark.parametrize("code_page", ["sloppy-windows-1251", "latin-1"])
def test_the_same_cues_as_real_mojibake_are_still_repaired(code_page):
    """The whole file UTF-8 read as cp1251 ("РљСЂРёСЃС‚Рё") or Latin-1: every cue decodes, so all are."""
    doc = _repaired_subtitles(CUES.encode().decode(code_page))
    assert doc.text == "И… Кристи, Агата!"
    cues = [doc.text[s.start : s.end] for s in spans(doc)["structure"] if s.label == "cue"]
    assert cues == ["И…", "Кристи, Агата!"]
    assert doc.metadata["repairs"]


# Lines in the style of the fortunes' own typos (the words are real ones from prose/fortunes_ru,
# retyped here): a Latin p, y, C inside Russian words; beside them tokens that must stay mixed.
HOMOGLYPHS = (
    "Сейчас вpемя запyскy. Cпина болит. PHPшник пишет `пpинт()` на Qwen3 и iPhone: https://пpимер.рф/x"
)


def test_homoglyphs_are_folded_by_default_and_counted():
    fixed, repairs = repair_text(HOMOGLYPHS, CONFIG)
    assert fixed.startswith("Сейчас время запуску. Спина болит. PHPшник")  # checked by eye, letter by letter
    assert not re.search("[A-Za-z]", fixed[: fixed.index("PHP")])  # no Latin letter left before PHPшник
    assert "`пpинт()`" in fixed and "Qwen3" in fixed and "iPhone" in fixed and "пpимер.рф" in fixed
    assert "homoglyphs:3" in repairs
    assert len(fixed) == len(HOMOGLYPHS)


# The fortunes' own lone Latin letters (retyped): "y" and "c" for the Russian words у and с; beside
# them the letters that name things and must stay Latin
LONE_LETTERS = (
    "Память y меня короткая. Бойтесь человека c винчестером! y нас баг. Сок с витаминами A, B и C++. "
    "Пусть a и b — стороны, где c больше. Hello y мир."
)


def test_lone_latin_letters_standing_for_russian_words_are_folded():
    fixed, repairs = repair_text(LONE_LETTERS, CONFIG)
    assert fixed == (
        "Память у меня короткая. Бойтесь человека с винчестером! у нас баг. Сок с витаминами A, B и C++. "
        "Пусть a и b — стороны, где c больше. Hello y мир."
    )
    assert "homoglyphs:3" in repairs


# Capitals opening a sentence for a Russian preposition or "а" (the fortunes' "C каждым годом",
# retyped with other words), and a lower-case "y" before a Latin word declined in Russian; beside them
# capitals that are Latin on purpose: a language, a variable before its verb, letters inside a sentence
SENTENCE_CAPITALS = (
    "C каждым днём теплее. Y меня дома кот. B качестве примера возьмём файл. K нам пришли гости. "
    "O погоде ни слова. A потом всё стихло. — C добрым утром! Пароль был y admin'а.\n"
    "C позволяет писать быстро. C код компилируется. A равно нулю. C и Python похожи. "
    "Витамины A, B и C полезны. Вставьте диск C: сейчас. Пункт C обязателен."
)


def test_sentence_initial_capitals_standing_for_russian_prepositions_are_folded():
    fixed, repairs = repair_text(SENTENCE_CAPITALS, CONFIG)
    assert fixed == (
        "С каждым днём теплее. У меня дома кот. В качестве примера возьмём файл. К нам пришли гости. "
        "О погоде ни слова. А потом всё стихло. — С добрым утром! Пароль был у admin'а.\n"
        "C позволяет писать быстро. C код компилируется. A равно нулю. C и Python похожи. "
        "Витамины A, B и C полезны. Вставьте диск C: сейчас. Пункт C обязателен."
    )
    assert "homoglyphs:8" in repairs


# A reference list's initials typed on two keyboards (check 56, row 8: "B. П. Корячко", "C. В. Скворцов",
# "А. C. Бождай", retyped with other names): a Latin look-alike initial beside a Cyrillic one and a
# Cyrillic surname is Cyrillic; initials all Latin, or with no surname beside them, stay
INITIALS = (
    "3. B. П. Корячко, д-р техн. наук, C. В. Скворцов. 8. Ю. И. Евсеева, А. C. Бождай. "
    "Петров A.Н., Сидорова Е. K. Статья A. B. Smith и A. B. Иванов; витамины A. B. и C. П."
)


def test_latin_initials_beside_cyrillic_ones_and_a_cyrillic_surname_are_folded():
    fixed, repairs = repair_text(INITIALS, CONFIG)
    assert fixed == (
        "3. В. П. Корячко, д-р техн. наук, С. В. Скворцов. 8. Ю. И. Евсеева, А. С. Бождай. "
        "Петров А.Н., Сидорова Е. К. Статья A. B. Smith и A. B. Иванов; витамины A. B. и C. П."
    )
    assert "homoglyphs:5" in repairs


def test_homoglyph_folding_can_be_turned_off():
    fixed, repairs = repair_text(HOMOGLYPHS, RepairConfig(homoglyphs=False))
    assert fixed == HOMOGLYPHS and not any(r.startswith("homoglyphs") for r in repairs)


def test_homoglyph_counts_add_up_over_span_pieces():
    from datatrove.data import Document

    from sloika.documents import carrying
    from sloika.filters.repair import RepairText
    from sloika.text.spans import add_span

    doc = carrying(Document(text="вpемя и Cпина", id="x", metadata={}))
    add_span(doc, "structure", 0, 5, "cue", annotator="test")
    add_span(doc, "structure", 8, 13, "cue", annotator="test")
    RepairText(CONFIG).format(doc)
    assert doc.text == "время и Спина" and doc.metadata["repairs"] == ["homoglyphs:2"]


# --- the fast path: texts ftfy would leave unchanged are told by a character scan -----------------

FTFY_CONFIG = _ftfy_config(CONFIG.mojibake, CONFIG.normalization)
EVERY_CODE_POINT = "".join(map(chr, range(0x110000)))


@pytest.mark.parametrize("fixer", sorted(FIXER_CHARS))
def test_each_fixer_leaves_every_other_code_point_alone(fixer):
    others = re.sub(f"[{FIXER_CHARS[fixer]}]", "", EVERY_CODE_POINT)
    assert ftfy.FIXERS[fixer](others) == others


def test_repair_turns_on_no_fixer_the_fast_path_does_not_know():
    enabled = {name for name in ftfy.FIXERS if getattr(FTFY_CONFIG, name)}
    inside_fix_encoding = {"restore_byte_a0", "replace_lossy_sequences", "decode_inconsistent_utf8"}
    assert enabled - inside_fix_encoding == set(FIXER_CHARS)


def test_every_badness_match_holds_a_trigger():
    """ftfy's own mojibake test, on random strings drawn from the triggers, their neighbours in
    the badness categories, Cyrillic, Latin and punctuation: whenever it fires, a trigger is in
    the string (the property the fast path rests on)."""
    triggers = mojibake_triggers()
    assert {"Ã", "€", "\x80", "Ђ"} <= triggers and not any("а" <= c <= "я" for c in triggers)
    pool = sorted(set("".join(MOJIBAKE_CATEGORIES.values())) | triggers | set("ВГРСвaZ ÂÃ.,!?\n—«»“”"))
    rng = random.Random(7)
    fired = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(2, 6)))
        if badness.is_bad(text):
            fired += 1
            assert any(c in triggers for c in text), text
    assert fired > 1_000  # the property was put to the test


def test_known_mojibake_is_never_skipped():
    for broken in ("Ã©tÃ©", "РџСЂРёРІРµС‚", "donâ€™t", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "a\x00b", "x\r\ny", "e\u0301"):
        assert not ftfy_leaves_unchanged(broken, FTFY_CONFIG), broken


def test_the_fast_path_agrees_with_ftfy_on_real_text():
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DATA.rglob("*.md"))]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DATA.rglob("*.txt"))]
    lines = [line for text in texts for line in text.splitlines(keepends=True)]
    skipped = [line for line in lines if ftfy_leaves_unchanged(line, FTFY_CONFIG)]
    assert len(skipped) > len(lines) // 2  # clean text is skipped...
    assert [line for line in skipped if ftfy.fix_text(line, FTFY_CONFIG) != line] == []  # ...rightly


def test_tidy_whitespace_equals_the_plain_regexes():
    rng = random.Random(3)
    for _ in range(5_000):
        text = "".join(rng.choice(["a", " ", "\t", "\u00a0", "\n", "б"]) for _ in range(rng.randint(0, 12)))
        expected = re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t\u00a0]+(?=\n)", "", text))
        assert tidy_whitespace(text) == expected, repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dirt: the subtitlers' and ASR's own spacing, a page's typo, a lost dash's two spaces
        ("Hej oficerze , jak ci pomóc?", "Hej oficerze, jak ci pomóc?"),
        ("как бы портфолио . у нас", "как бы портфолио. у нас"),
        ("(машины с архитектурой PA-RISC ) и alpha", "(машины с архитектурой PA-RISC) и alpha"),
        ("Женщина  хранительница очага", "Женщина хранительница очага"),
        ("в 1999 .", "в 1999."),
        # both sides of a bracket alike: the space after "(" goes with the one before ")"
        ("( clock ticking )", "(clock ticking)"),
        ("(  door slams ) and ( a (b) c )", "(door slams) and (a (b) c)"),
        ("see ( f(x) ) here", None),  # no word before ")": neither side is touched
        ("а (см. ниже ) и", "а (см. ниже) и"),
        ("list (a\nb )\nand ( b )", "list (a\nb)\nand (b)"),  # no "(" on the line: one side only
        # a ")" that closes no "(" of its paragraph is no parenthesis (issue 15, seventh held-out
        # check, finding 10: a C-shell joke's command "a )" became "a)"; words written for this test)
        # (its first line's tab indent goes: ``test_two_spaces_after_a_stop_and_a_first_line_indent_go``)
        ("\tWe owe a ) for each bug fixed.", "We owe a ) for each bug fixed."),
        ("list a )\nand b", None),
        ("(one\n\nlist a )", None),  # the "(" is in the paragraph before
        # not dirt: the character is a key, a directory or an option; an ellipsis; French ; and :
        ("нажимая клавишу . или возвратиться", None),
        ("press , to go back", None),
        ("find . -type f", None),
        ("$ cp a b .", None),
        ("Dobrze, pa ... No", None),
        ("With some lines elided (indicated by . . .), here", None),  # LaTeX's \dots (Rcmdr guide p. 25)
        ("Précédemment : Pepper", None),
        ("the file .deb is", None),
        ("Name   Value", None),  # three spaces or more: alignment
        # before punctuation too: a formula drawn in ASCII keeps its columns (issue 15, seventh check)
        ("\t|   y = log (x    )", None),
        ("a    ,  b .", "a    ,  b."),
        ("see `f(a , b)` here", None),
        # a space between an address and the stop that ends the sentence: closed, the stop would read
        # as the address's last character (issue 15, twenty-ninth check row 17; words written for this test)
        ("Автор схемы © Иван, https://example.org/Ivan .", None),
        ("пишите на ivan@example.org , или звоните", None),
        ("(см. https://example.org/a ) и тут .", "(см. https://example.org/a ) и тут."),
        # a lone "." named beside another lone symbol, the sentence going on: the character, no stop
        # (issue 15, thirty-ninth check row 4: alakazam's "- or . positions have value")
        ("values are comma separated, and - or . positions have value", None),
        ("the symbols - or . end here .", "the symbols - or . end here."),
        # or one word before another: a C operator named (issue 15, forty-fourth check row 4:
        # gs-standards.pdf's "and the . and -> structure member references"; words written for this test)
        ("white space round all operators but the . and -> member references", None),
        ("the operators . or :: bind tightest", None),
        ("it ends here . and ... then", "it ends here. and ... then"),
    ],
)
def test_spaces_before_punctuation_go_outside_code_and_keys(text, expected):
    from sloika.filters.spacing_repair import tighten_spacing

    fixed, removed = tighten_spacing(text)
    assert fixed == (expected or text)
    assert len(removed) == len(text) - len(fixed)


def test_spacing_keeps_code_spans_and_moves_spans_across_pieces():
    """The space and the full stop are two Whisper words (two span pieces); the reader's code span
    around "." (an HTML key cap) keeps its space; every span still covers its characters."""
    from datatrove.data import Document

    from sloika.documents import carrying
    from sloika.filters.repair import RepairText
    from sloika.text.spans import add_span, spans

    text = "портфолио . нажмите . и  всё"
    doc = carrying(Document(text=text, id="x", metadata={}))
    add_span(doc, "structure", 0, 9, "word", annotator="test")
    add_span(doc, "structure", 10, 11, "word", annotator="test")
    add_span(doc, "structure", 20, 21, "code", annotator="test")
    add_span(doc, "structure", 25, 28, "word", annotator="test")
    RepairText(CONFIG).format(doc)
    assert doc.text == "портфолио. нажмите . и всё"
    assert doc.metadata["repairs"] == ["spacing:2"]
    assert [doc.text[s.start : s.end] for s in spans(doc)["structure"]] == ["портфолио", ".", ".", "всё"]
    off = RepairText(RepairConfig(spacing=False))
    plain = carrying(Document(text=text, id="y", metadata={}))
    off.format(plain)
    assert plain.text == text


def test_cyrillic_lookalikes_scattered_through_a_latin_word_are_folded():
    """The Spanish Pepper&Carrot subtitles shout "МАМАÁАА": Cyrillic М and А around a Latin Á. The
    capitals are no abbreviation glued to a suffix (``PHPшник`` stays), so the word is folded."""
    fixed, repairs = repair_text("¡Corre! *МАМАÁАА* PHPшник", CONFIG)
    assert fixed == "¡Corre! *MAMAÁAA* PHPшник" and repairs == ["homoglyphs:1"]


def test_spacing_leaves_latex_math_as_written():
    """The Astropy paper's equation ends "\\quad ," inside a ``math`` span: LaTeX source, untouched."""
    from datatrove.data import Document

    from sloika.documents import carrying
    from sloika.filters.repair import RepairText
    from sloika.text.spans import add_span

    text = "the map \\begin{equation}\ny = f(x) \\quad ,\n\\end{equation} where x is , here"
    doc = carrying(Document(text=text, id="m", metadata={}))
    add_span(doc, "structure", 8, 51, "math", annotator="test")
    RepairText(CONFIG).format(doc)
    assert doc.text == text.replace("x is ,", "x is,") and doc.metadata["repairs"] == ["spacing:1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue 15, check 61 row 18 (a GitHub .txt, MarinaOsborne's советы.txt, lines 1 and 16; the words
        # shortened): the file's first line set in by a space, two spaces typed after a sentence's stop
        (
            " Подготовка квартиры к дезинсекции.\n\nШкафы. Специалист обработает поверхности шкафа.  Если в"
            " гардеробе лежат вещи, клопов там нет.",
            "Подготовка квартиры к дезинсекции.\n\nШкафы. Специалист обработает поверхности шкафа. Если в"
            " гардеробе лежат вещи, клопов там нет.",
        ),
        # a paragraph's first line alone set in (a tab, a typist's indent), its other lines at the margin
        (
            "Первый абзац.\n\n\tВторой абзац, его первая строка\nи вторая строка.",
            "Первый абзац.\n\nВторой абзац, его первая строка\nи вторая строка.",
        ),
        (
            'Он сказал: «Нет!»  Потом ушёл. It ends (here.)  Then "So."  More',
            'Он сказал: «Нет!» Потом ушёл. It ends (here.) Then "So." More',
        ),
        # a text whose paragraphs are lines, each set in alike (a red line), loses every indent
        ("\tПервый абзац.\n\n\tВторой абзац.\n\n\tТретий.", "Первый абзац.\n\nВторой абзац.\n\nТретий."),
        # a one-line paragraph beside a paragraph set in otherwise is a level of an outline (a licence's
        # clauses, CC BY-SA 4.0's layout, its words shortened): all stay
        (
            "  a. License grant.\n\n       1. Subject to the terms,\n          the Licensor grants.\n\n"
            "            b. produce Adapted Material.\n\n  b. Exceptions.",
            None,
        ),
        # a man page's body set in under its heading: a one-line paragraph keeps the body's indent
        # (tests/data/man/greet.1.txt's layout, words shortened)
        ("ОПИСАНИЕ\n       Программа greet печатает\n       приветствие.\n\n       Коды возврата:", None),
        # a paragraph set in under a list item is the item's (react.dev's versioning-policy.md's layout)
        ("* Canary releases:\n\n  Or yarn:\n\nThe end.", None),
        # a block set in from the margin, each of its lines: their indents line up, all stay
        ("Пример:\n\n    x = 1\n    y = 2\n\n  /\\\n /  \\", None),
        # a number's stop (a list's "1.  Item" aligned over "10. Item"), three spaces (alignment), an
        # ellipsis, a shell line set in, a path's dot: as written
        ("1.  Первый\n10. Десятый", None),
        ("Итог.   Далее идёт таблица", None),
        ("Так...  И вот", None),
        ("Run it:\n\n  $ make install", None),
    ],
)
def test_two_spaces_after_a_stop_and_a_first_line_indent_go(text, expected):
    """A typist's spacing is no part of the text: the second space after a sentence's stop and the
    indent of a paragraph's first line go; spacing that lines text up stays."""
    from sloika.filters.spacing_repair import tighten_spacing

    fixed, removed = tighten_spacing(text)
    assert fixed == (expected or text)
    assert len(removed) == len(text) - len(fixed)


def test_an_indent_in_a_code_span_stays():
    """A one-line listing the reader marked as ``code`` keeps its indent and counts for nothing in
    the text's indents (unmarked, its four spaces beside the first line's one made an outline of
    two levels); the text's first line, set in by a space, goes to the margin, and the code span
    still covers its line."""
    from datatrove.data import Document

    from sloika.documents import carrying
    from sloika.filters.repair import RepairText
    from sloika.text.spans import add_span, spans

    text = " Запустите сборку\nи подождите:\n\n    make install\n\nГотово."
    doc = carrying(Document(text=text, id="c", metadata={}))
    add_span(doc, "structure", 32, 48, "code", annotator="test")
    RepairText(CONFIG).format(doc)
    assert doc.text == "Запустите сборку\nи подождите:\n\n    make install\n\nГотово."
    assert [doc.text[s.start : s.end] for s in spans(doc)["structure"]] == ["    make install"]


def test_the_spacing_pre_check_agrees_with_its_regexes():
    from sloika.filters.spacing_repair import _DOUBLE_SPACE, _OPENING_INDENT, _SPACE_BEFORE, _may_tighten

    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(
            rng.choice(["a", "я", "1", " ", "\t", ",", ".", ")", "\n", "»", "_"]) for _ in range(8)
        )
        found = _SPACE_BEFORE.search(text) or _DOUBLE_SPACE.search(text) or _OPENING_INDENT.search(text)
        assert _may_tighten(text) == bool(found), repr(text)


# Fortune records written for this test in the collection's layout, their credits typed with look-alike
# letters: Latin y, H, p and e in Cyrillic names, a Cyrillic р in an English word; a Roman numeral
# typed with Cyrillic Х before a Latin I is written back in Latin, "XXI" (its Х have Latin twins)
CREDITED_FORTUNES = (
    'Кто рано встаёт, тот весь день зевает.\n\t\t-- Иpина Кyзнецова, "Hовая газета"\n%\n'
    "Не спорь с компилятором.\n\t\t-- Crosрosted from a mailing list\n%\n"
    "Всё уже было.\n\t\t-- ХХI век\n%\n"
    "Чистый текст без подписи.\n%\n"
)


def test_credit_homoglyphs_are_folded_and_counted_like_the_texts():
    from datatrove.data import Document

    from sloika.filters.repair import RepairText
    from sloika.pipelines.formats.fortune import parse_fortune

    docs = []
    for parsed in parse_fortune(CREDITED_FORTUNES.encode()):
        doc = Document(text=parsed.text, id=str(parsed.position), metadata={"fields": dict(parsed.fields)})
        RepairText(CONFIG).format(doc)
        docs.append(doc)
    authors = [doc.metadata["fields"].get("author") for doc in docs]
    assert authors == ['Ирина Кузнецова, "Новая газета"', "Crosposted from a mailing list", "XXI век", None]
    repairs = [doc.metadata.get("repairs") for doc in docs]
    assert repairs == [["homoglyphs:3"], ["homoglyphs:1"], ["homoglyphs:1"], None]


# A Latin name declined the Russian way (issue 15, fifth held-out row 8: a LaTeX guide's "\TeX{}ом",
# retyped in other sentences): the name keeps its Latin letters and the ending its Cyrillic ones. Beside
# them true homoglyph words that are still folded: a Latin p inside a word, a word all in capitals, a
# Latin word with one Cyrillic letter at its end.
DECLINED_NAMES = (
    "Работать с TeXом удобно. Нужен специалист-TeXник, а не знаток TeXа. Макросы вTeX пишут все. "
    "PCшник знает. Новое вpемя. TAKСИ ждёт. Команда greр ищет."
)


def test_latin_names_with_russian_endings_are_left_as_written():
    fixed, repairs = repair_text(DECLINED_NAMES, CONFIG)
    assert fixed == (
        "Работать с TeXом удобно. Нужен специалист-TeXник, а не знаток TeXа. Макросы вTeX пишут все. "
        "PCшник знает. Новое время. ТАКСИ ждёт. Команда grep ищет."
    )
    assert repairs == ["homoglyphs:3"]
    # checked letter by letter: the names' T, e, X and the endings' о, м, а are as typed
    name = fixed[11:16]
    assert name == "TeXом" and [script_of(c) for c in name] == ["latin"] * 3 + ["cyrillic"] * 2
