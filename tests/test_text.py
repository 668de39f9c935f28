"""The text primitives (sloika.text), each against a hand-computed value or the library that
defines the convention."""

from __future__ import annotations

from sloika.text.ngrams import word_ngrams, words
from sloika.text.sentences import paragraphs, sentences
from sloika.text.tokens import bytes_to_unicode


def test_sentences_keep_russian_abbreviations_and_read_line_breaks_as_spaces():
    text = "Это первая строка\nи её продолжение. Вторая, т. е. та же самая.\n\nНовый абзац"
    got = [text[a:b] for a, b in sentences(text)]
    assert got == [
        "Это первая строка\nи её продолжение.",  # offsets of the original text, newline included
        "Вторая, т. е. та же самая.",
        "Новый абзац",
    ]


def test_sentences_skip_code_blocks_and_split_cjk_full_stops():
    text = "Пример:\n\n```\nx = 1. y = 2.\n```\n\n你好。世界！ Hello there."
    assert [text[a:b] for a, b in sentences(text)] == ["Пример:", "你好。", "世界！", "Hello there."]
    assert [kind for _, _, kind in paragraphs(text)] == ["paragraph", "code", "paragraph"]


def test_word_ngrams_are_casefolded_words_and_short_texts_are_optional():
    assert words("Ёлка, ЁЛКА и 3D") == ["ёлка", "ёлка", "и", "3d"]
    assert word_ngrams("Раз два три четыре", 3) == {"раз два три", "два три четыре"}
    assert word_ngrams("Раз два", 3) == set()
    assert word_ngrams("Раз два", 3, short=True) == {"раз два"}


def test_bytes_to_unicode_is_the_byte_level_alphabet_of_hf_tokenizers():
    """HF tokenizers' ByteLevel pre-tokenizer implements GPT-2's table: the same 256 characters,
    and every UTF-8 byte of a text spelled the same way."""
    from tokenizers.pre_tokenizers import ByteLevel

    table = bytes_to_unicode()
    assert sorted(table.values()) == sorted(ByteLevel.alphabet())
    byte_level = ByteLevel(add_prefix_space=False, use_regex=False)
    for text in ["".join(map(chr, range(32, 127))), "ёЖ中 🙂", "".join(map(chr, range(0x80, 0x800)))]:
        ((spelled, _),) = byte_level.pre_tokenize_str(text)
        assert spelled == "".join(table[b] for b in text.encode("utf-8"))
