"""Each annotator on real Russian text (the Rust Book and React docs in tests/data), the renderer,
and the LLM producer with a tiny random-initialised model built here (nothing is downloaded)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from datatrove.data import Document

from conftest import DATA

pytest.importorskip("razdel")
pytest.importorskip("pymorphy3")
pytest.importorskip("spacy")

from sloika.annotators import make_annotator, registered  # noqa: E402
from sloika.config import ConfigError  # noqa: E402

RUST = sorted((DATA / "rust_book" / "ru").glob("*.md"))
REACT = sorted((DATA / "react_docs" / "pages").glob("*.md"))
OWNERSHIP = DATA / "rust_book" / "ru" / "ch04-01-what-is-ownership.md"


def doc(path: Path, lang: str | None = "ru") -> Document:
    return Document(text=path.read_text(encoding="utf-8"), id=path.name, metadata={"lang": lang})


def texts_of(spans, text, label=None):
    return [text[s.start : s.end] for s in spans if label is None or s.label == label]


def test_registry_names_every_layer():
    layers = {cls.layer for cls in registered().values()}
    assert layers == {"segments", "morph", "entities", "terms", "definitions", "topics", "unpacking"}
    with pytest.raises(ConfigError, match="registered: "):
        make_annotator("sentiment")
    with pytest.raises(ConfigError, match="unknown key `kk`"):
        make_annotator("topics", {"kk": 3})


def test_sentences_split_right_around_abbreviations():
    text = (
        "Владение — это набор правил, т. е. соглашений о памяти. Стек, куча и т. д. описаны ниже. "
        "См. Рис. 3 в конце главы. А. С. Пушкин тут ни при чём!\n\n```rust\nlet x = 5. y;\n```\n"
    )
    spans = make_annotator("segments").annotate([Document(text=text, id="x")])[0]
    assert texts_of(spans, text, "sentence") == [
        "Владение — это набор правил, т. е. соглашений о памяти.",
        "Стек, куча и т. д. описаны ниже.",
        "См. Рис. 3 в конце главы.",
        "А. С. Пушкин тут ни при чём!",
    ]
    assert texts_of(spans, text, "code") == ["```rust\nlet x = 5. y;\n```"]


def test_hard_line_breaks_inside_a_sentence_are_spaces():
    """Plain-text archives wrap lines inside sentences; a line opening a dialogue turn or an
    attribution still starts a sentence (fixture written for this test, in the fortunes' layout)."""
    text = (
        "Терпение - это умение ждать, не теряя\nинтереса к тому, чего ждёшь\n\t\t-- Из тетради\n\n"
        "Звонок в сервис:\n - Простите, курсор - это такая стрелка\n - Да, а что?\n"
        "Скука\n- это время, которое некуда деть."
    )
    spans = make_annotator("segments").annotate([Document(text=text, id="x")])[0]
    assert texts_of(spans, text, "sentence") == [
        "Терпение - это умение ждать, не теряя\nинтереса к тому, чего ждёшь",
        "-- Из тетради",
        "Звонок в сервис:",
        "- Простите, курсор - это такая стрелка",
        "- Да, а что?",
        "Скука\n- это время, которое некуда деть.",
    ]


def test_definitions_over_hard_line_breaks():
    text = (
        "Терпение - это умение ждать, не теряя\nинтереса к тому, чего ждёшь.\n\t\t-- Из тетради\n\n"
        "Скука\n- это время, которое некуда деть\n\n"
        "Опыт - это сумма ошибок, сделанных\nвовремя; мудрость - это опыт, который\nне повторяет их.\n\n"
        "Для одного человека он знал слишком\nмного - это и было его бедой."
    )
    spans = make_annotator("definitions").annotate([Document(text=text, id="x", metadata={"lang": "ru"})])[0]
    got = {s.label: s.attrs["definiens"] for s in spans}
    assert got == {
        "терпение": "умение ждать, не теряя\nинтереса к тому, чего ждёшь",
        "скука": "время, которое некуда деть",
        "опыт": "сумма ошибок, сделанных\nвовремя",
        "мудрость": "опыт, который\nне повторяет их",
    }  # the last sentence is a clause with a finite verb, not a term
    patience = next(s for s in spans if s.label == "терпение")
    assert text[patience.attrs["term_start"] : patience.attrs["term_end"]] == "Терпение"
    assert text[patience.start : patience.end].endswith("ждёшь.")


def test_segments_on_a_real_chapter():
    ownership = doc(OWNERSHIP)
    spans = make_annotator("segments").annotate([ownership])[0]
    sentences = texts_of(spans, ownership.text, "sentence")
    assert "*Владение* — это набор правил, определяющих, как программа на языке Rust управляет памятью." in (
        sentences
    )
    assert all(not s.startswith("```") for s in sentences)
    assert all(s == s.strip() and s for s in sentences)


def test_morph_gives_lemmas_and_pos():
    ownership = doc(OWNERSHIP)
    spans = make_annotator("morph").annotate([ownership, doc(RUST[0], lang="en")])
    tokens = {(ownership.text[s.start : s.end], s.label, s.attrs["lemma"]) for s in spans[0]}
    assert ("памятью", "NOUN", "память") in tokens
    assert ("правил", "NOUN", "правило") in tokens
    assert ("определяющих", "VERB", "определять") in tokens
    assert spans[1] == []  # English documents get no Russian morphology


def test_entities_from_the_wheel_model():
    pytest.importorskip("slovnet")
    enums = doc(DATA / "rust_book" / "ru" / "ch06-01-defining-an-enum.md")
    spans = make_annotator("entities").annotate([enums])[0]
    people = texts_of(spans, enums.text, "PER")
    assert any(p.startswith("Тони Хоар") for p in people), people


def test_definitions_found_in_the_rust_book():
    ownership = doc(OWNERSHIP)
    found = {s.label: s for s in make_annotator("definitions").annotate([ownership])[0]}
    owning = found["владение"]
    assert owning.attrs["pattern"] == "eto"
    assert (
        owning.attrs["definiens"]
        == "набор правил, определяющих, как программа на языке Rust управляет памятью"
    )
    assert ownership.text[owning.attrs["term_start"] : owning.attrs["term_end"]] == "*Владение*"
    assert found["область видимости"].attrs["definiens"].startswith("диапазон внутри программы")
    # "Это называется *перемещением*": term back in the nominative, definiens = the sentence before
    assert found["перемещение"].attrs["pattern"] == "nazyvaetsya"


def test_definitions_other_patterns():
    text = (
        "Под заимствованием понимают создание ссылки без передачи владения. "
        "Срез определяется как ссылка на часть коллекции. A slice is a kind of reference."
    )
    spans = make_annotator("definitions").annotate([Document(text=text, id="x")])[0]
    got = {s.label: (s.attrs["pattern"], s.attrs["definiens"]) for s in spans}
    assert got == {
        "заимствование": ("ponimayut", "создание ссылки без передачи владения"),
        "срез": ("opredelyaetsya", "ссылка на часть коллекции"),
        "a slice": ("is_a", "a kind of reference"),
    }


def corpus_docs() -> list[Document]:
    return [doc(p) for p in RUST] + [doc(p) for p in REACT]


def test_terms_are_keyed_against_the_corpus():
    docs = corpus_docs()
    terms = make_annotator("terms")
    terms.fit(docs)
    terms = pickle.loads(pickle.dumps(terms))  # what the tasks receive
    spans = terms.annotate([docs[RUST.index(OWNERSHIP)]])[0]
    top = {s.label for s in spans if s.attrs["rank"] <= 5}
    assert {"владение", "куча", "стек"} <= top
    assert all(s.score > 0 for s in spans)


def test_topics_separate_rust_from_react():
    docs = corpus_docs()
    topics = make_annotator("topics", {"k": 2})
    topics.fit(docs)
    labels = [spans[0].label for spans in pickle.loads(pickle.dumps(topics)).annotate(docs)]
    rust, react = labels[: len(RUST)], labels[len(RUST) :]
    assert len(set(rust)) == 1 and len(set(react)) == 1 and rust[0] != react[0]
    assert "react" in react[0] or "компонент" in react[0]


def test_entities_drop_capitalised_common_words():
    """slovnet tags sentence-initial common words as names; the dictionary check drops them (each
    word below is a known common word with no name reading), real names stay."""
    from sloika.annotators.entities import plausible

    dropped = [
        ("PER", "Размышляйте"),
        ("PER", "Сексапильность"),
        ("PER", "Тыкву"),
        ("PER", "Гарнитура Ариал"),
        ("ORG", "МЕЖГОСУДАРСТВЕННЫЙ"),
        ("PER", "Благодарение"),
        ("ORG", "Интернет-сайта"),
        ("PER", "Кыргызстандарт Молдовастандарт Госстандарт"),
        ("ORG", "foo_VVV-RRR"),
        ("PER", "Дай"),
        ("ORG", "Прикрывши робким"),
        ("ORG", "Usenet 12.3 Как"),
        ("ORG", "WRITTEN BY"),
        ("PER", "Черноусова Компьютерная"),
    ]
    kept = [
        ("PER", "Игорь Северянин"),
        ("PER", "Шлиман"),
        ("PER", "А. Эйнштейн"),
        ("PER", "Марк Твен"),
        ("LOC", "Йошкар-Ола"),
        ("ORG", "Министерство обороны"),
        ("ORG", "UID"),
        ("ORG", "Hewlett-Packard"),
        ("PER", "Петров-Водкин"),
        ("LOC", "Российской Федерации"),
    ]
    assert [t for label, t in dropped if plausible(label, t)] == []
    assert not plausible("PER", "Необхо", "- димый")  # a word cut by a hyphenated line break (PDFs)
    assert plausible("PER", "А.М.Кашпировский") and plausible("PER", "Леонардо да Винчи")
    assert [t for label, t in kept if not plausible(label, t)] == []


def test_entities_drop_the_false_names_of_manuals_and_standards():
    """Spans slovnet tagged in GOST standards and Debian manuals (PDFs), judged by hand: the
    dropped ones are no names (or no one name), the kept ones are."""
    from sloika.annotators.entities import plausible

    dropped = [
        ("PER", "Б.", ""),
        ("PER", "А.З.", ""),
        ("ORG", "J", ""),
        ("LOC", "Азербайджанская Республика Республика Армения Республика Беларусь Грузия", ""),
        ("PER", "Нижегор", ". гос. ун-т"),
        ("PER", "Изд-полигр", ". центр"),
        ("ORG", "ЛУ", ""),
        ("ORG", "ХХХХ", ""),
        ("ORG", "АЗ", ""),
        ("ORG", "UTF-8", ""),
        ("ORG", "DEP-3", ""),
        ("PER", "Таджикстандарт Главгосслужба", ""),
        ("ORG", "Depends", ":"),
        ("ORG", "Maintainer", ""),
        ("ORG", "Makefile", ""),
    ]
    kept = [
        ("ORG", "Debian", ""),
        ("ORG", "Google", ""),
        ("ORG", "Intel", ""),
        ("ORG", "РАН", ""),
        ("LOC", "США", ""),
        ("ORG", "АМО ЗИЛ", ""),
        ("ORG", "Software in the Public Interest", ""),
        ("PER", "В.В. Путин", ""),
        ("PER", "Шлиман", "."),  # a foreign name at a sentence's end is not an abbreviation
        ("PER", "Брюс Перенс", ""),
        ("LOC", "Республика Татарстан", ""),
        ("ORG", "КВН", ""),
        ("PER", "Янина Ипохорская", ""),
    ]
    assert [t for label, t, after in dropped if plausible(label, t, after)] == []
    assert [t for label, t, after in kept if not plausible(label, t, after)] == []


def test_terms_skip_the_reciprocal_pronoun_and_attributions():
    from sloika.annotators.morphology import blank_attributions, content_lemmas, russian_nlp

    nlp = russian_nlp()
    text = "Мой друг пришёл. Мы говорили друг с другом и помогали друг другу.\n\t\t-- Пётр Сидоров"
    lemmas = [lemma for *_, lemma in content_lemmas(nlp(blank_attributions(text)))]
    assert lemmas == ["друг"]  # the friend, not the pronoun; not the author
    assert len(blank_attributions(text)) == len(text)
    assert blank_attributions("— Привет.\n— Пока.") == "— Привет.\n— Пока."  # dialogue is text


def test_topics_give_none_and_split_a_cluster_that_is_too_big():
    base = [
        "Кот ловит мышь в амбаре, мышь убегает от кота.",
        "Кошка и кот спят на тёплой печи в доме.",
        "Собака лает на кота, кот шипит на собаку.",
        "Щенок грызёт кость, собака охраняет двор.",
    ]
    docs = [Document(text=t, id=f"d{i}", metadata={"lang": "ru"}) for i, t in enumerate(base * 5)]
    docs.append(Document(text="Ну и ну!", id="empty", metadata={"lang": "ru"}))
    topics = make_annotator("topics", {"k": 2, "max_share": 0.25})
    topics.fit(docs)
    labels = [spans[0].label for spans in topics.annotate(docs)]
    assert labels[-1] == "none"  # no content word, no topic
    assert max(labels.count(label) for label in set(labels)) <= 0.25 * len(docs)


def test_terms_and_topics_share_one_parse():
    """fit over the same documents parses each once: after topics, terms never calls the pipeline;
    and topics' annotate only looks up what fit assigned."""

    class NoParse:
        def __call__(self, text):
            raise AssertionError("parsed a second time")

        pipe = __call__

    docs = corpus_docs()[:12]
    topics = make_annotator("topics", {"k": 2})
    topics.fit(docs)
    terms = make_annotator("terms")
    terms._loaded = NoParse()
    terms.fit(docs)
    assert sum(terms.corpus_counts.values()) > 0
    shipped = pickle.loads(pickle.dumps(topics))
    shipped._loaded = NoParse()
    fresh = [Document(text=d.text, id=d.id, metadata={"lang": "ru"}) for d in docs]
    assert [s[0].label for s in shipped.annotate(fresh)] == [s[0].label for s in topics.annotate(docs)]


def test_topics_from_a_taxonomy():
    docs = corpus_docs()
    taxonomy = {"память": ["владение", "куча", "стек"], "интерфейсы": ["компонент", "хук", "рендеринг"]}
    topics = make_annotator("topics", {"taxonomy": taxonomy})
    topics.fit(docs)
    labels = [spans[0].label for spans in topics.annotate(docs)]
    assert labels[RUST.index(OWNERSHIP)] == "память"
    assert labels[len(RUST) + [p.name for p in REACT].index("components.md")] == "интерфейсы"


def test_template_unpacking_and_rendering():
    from sloika.annotators.render import render_messages, render_unpacked

    ownership = doc(OWNERSHIP)
    spans = make_annotator("unpacking").annotate([ownership])[0]
    first = ownership.text.index("*Владение* — это")
    on_definition = [s for s in spans if s.start == first]
    assert {s.label for s in spans} == {"question_template"}  # a template is not a paradox or an analogy
    assert [s.attrs["template"] for s in on_definition] == [
        "question", "counter_question", "paradox", "analogy", "counterexample",
    ]  # fmt: skip
    assert all(s.attrs["term"] == "владение" and "владение" in s.attrs["question"] for s in on_definition)
    assert not any("answer" in s.attrs for s in spans)
    assert any(s.attrs["target"] == "claim" for s in spans)

    rows = [{"start": s.start, "end": s.end, "label": s.label, "attrs": json.dumps(s.attrs)} for s in spans]
    rendered = render_unpacked(ownership.text, {"unpacking": rows})
    assert rendered.startswith(ownership.text[:first])
    block = rendered[rendered.index("Текст: «*Владение*") :]
    assert block.splitlines()[1] == "Распаковка:"
    assert block.splitlines()[2].startswith("(1) Какие признаки в определении «владение»")
    conversations = render_messages(ownership.text, {"unpacking": rows})
    assert [m["role"] for m in conversations[0]] == ["user", "assistant"]
    assert "Владение" in conversations[0][0]["content"]
    assert conversations[0][1]["content"].splitlines()[2] == (
        "(3) Верно ли обратное: всё, что можно назвать «набор правил, определяющих, как программа на "
        "языке Rust управляет памятью», — это владение?"
    )  # no kind claimed after the dash


def test_llm_unpacking_refuses_a_missing_model(tmp_path):
    with pytest.raises(ConfigError, match="not a local model folder"):
        make_annotator("unpacking", {"annotator": "unpacking_llm", "model": str(tmp_path / "nope")})
