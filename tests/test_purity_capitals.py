"""Text written mostly in capitals is judged on a lower-cased copy, so a document, its sentences and
its paragraphs get the language of their words (issue 15); and sentences decided as sisters of the
text's language that hold most of its letters take the text's language. Fixtures written for these
tests; expected languages and spans by hand."""

from __future__ import annotations

import pytest

from sloika.lang.calibrated_lid import LanguageGuess, case_folded_if_capitals, shared_identifier
from sloika.lang.purity import SISTER_MIN_LETTERS, _sisters_hold_most, _unless_sister_of_text, judge

# Portuguese dialogue around a long run of capitalised signs and captions with no sentence end
CAPTIONS = (
    "Onde você estava ontem? Eu procurei por você a tarde toda. "
    "A CIDADE ESTÁ CHEIA DE GENTE E NINGUÉM SABE O QUE FAZER "
    "OS TREM NÃO PARAM MAIS NA ESTAÇÃO VELHA "
    "AVISO AOS MORADORES: FECHEM AS JANELAS E ESPEREM NOTÍCIAS "
    "PONTE FECHADA ATÉ SEGUNDA ORDEM "
    "Vamos embora daqui agora mesmo."
)


def _guess(lang: str, score: float) -> LanguageGuess:
    return LanguageGuess(lang, score, {lang: score}, {lang: score})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ATENÇÃO: NÃO ABRA A PORTA", "atenção: não abra a porta"),
        ("Uma Rua DA Cidade", "Uma Rua DA Cidade"),  # half capitals or fewer: as written
        ("A sala da NASA e da ONU", "A sala da NASA e da ONU"),
        ("ПРАВИЛА ПОЛЬЗОВАНИЯ библиотекой", "правила пользования библиотекой"),
        ("12:30 — 14:00", "12:30 — 14:00"),  # no cased letter
        ("המשחק שודר ב-NBC וב-CBS", "המשחק שודר ב-NBC וב-CBS"),  # capitals, but few of the letters
    ],
)
def test_only_text_of_mostly_capitals_is_case_folded(text, expected):
    assert case_folded_if_capitals(text) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("WARNING: DO NOT OPEN THE DOOR UNTIL THE TRAIN HAS STOPPED.", "en"),
        ("A CIDADE ESTÁ CHEIA DE GENTE E NINGUÉM SABE O QUE FAZER.", "pt"),
        ("EU TE AMO MUITO, MAS NÃO POSSO FICAR AQUI COM VOCÊ HOJE.", "pt"),
    ],
)
def test_a_sentence_in_capitals_is_decided_in_the_language_of_its_words(text, lang):
    assert shared_identifier().identify(text).lang == lang


def test_a_portuguese_text_with_a_long_run_of_capitals_is_pure_portuguese():
    verdict = judge(CAPTIONS, None)
    assert (verdict.lang, verdict.purity, [s for s in verdict.spans if s.counted]) == ("pt", 1.0, [])


def test_an_english_notice_in_capitals_is_pure_english_for_an_english_target():
    # a guard: already pure before the fold (its sentences were not decided surely)
    text = "PLEASE KEEP THIS DOOR CLOSED AT ALL TIMES. THANK YOU FOR YOUR HELP AND PATIENCE."
    assert judge(text, "en").purity == 1.0


def _piece(start: int, letters: int) -> tuple:
    return (start, start + letters + 10, letters, [], None)


def test_sister_sentences_holding_most_of_the_text_take_its_language_at_any_length():
    """A Portuguese text decided Portuguese whole whose one long sentence is read as Spanish: that
    sentence is most of the text, so it is the text's language, not a quotation to cut."""
    text = _guess("pt", 0.9)
    short, long = _piece(0, 30), _piece(50, SISTER_MIN_LETTERS * 3)
    answers = {short[:2]: _guess("pt", 0.95), long[:2]: _guess("es", 0.85)}
    assert _sisters_hold_most([short, long], answers, text)
    found = _unless_sister_of_text(answers[long[:2]], text, ("pt",), long[2], sisters_hold_most=True)
    assert found.lang == "pt"


@pytest.mark.parametrize(
    ("decided", "expected"),
    [
        (["pt", "pt", "es"], False),  # a Spanish quotation, a third of the letters: judged alone
        (["pt", "es", "es"], True),
        (["pt", "en", "en"], False),  # English is no sister: foreign however much of it there is
    ],
)
def test_sisters_hold_most_of_a_text_only_with_half_its_letters_or_more(decided, expected):
    pieces = [_piece(i * 200, SISTER_MIN_LETTERS * 1) for i in range(3)]
    answers = {piece[:2]: _guess(lang, 0.9) for piece, lang in zip(pieces, decided, strict=True)}
    assert _sisters_hold_most(pieces, answers, _guess("pt", 0.9)) is expected


def test_no_sister_group_or_no_text_decision_holds_nothing():
    pieces = [_piece(0, 150)]
    assert not _sisters_hold_most(pieces, {pieces[0][:2]: _guess("uk", 0.9)}, _guess("ru", 0.9))
    assert not _sisters_hold_most(pieces, {}, None)
