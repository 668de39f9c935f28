"""judge() and `sloika purity` on real Russian React docs and on constructed mixtures."""

from __future__ import annotations

import json

from sloika.cli import main
from sloika.lang.purity import judge, sentences

from conftest import DATA, rows

PAGES = DATA / "react_docs" / "pages"


def test_clean_russian_docs_with_code_are_pure():
    for name in ("components.md", "preconnect.md"):
        verdict = judge((PAGES / name).read_text(encoding="utf-8"), lang="ru")
        assert verdict.lang == "ru", name
        assert verdict.purity == 1.0, (name, [s.to_dict() for s in verdict.spans if s.counted])


def test_untranslated_english_sections_are_found_and_located():
    text = (PAGES / "invalid-hook-call-warning.md").read_text(encoding="utf-8")
    verdict = judge(text, lang="ru")
    english = [s for s in verdict.spans if s.label == "en"]
    assert len(english) >= 5
    assert verdict.purity < 0.7
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in english)
    # a list item is a sentence of its own (razdel splits before "2."), its number included
    assert "2. You might have **mismatching versions** of React and React DOM." in {
        text[s.start : s.end] for s in english
    }


def test_homoglyph_in_real_page_lowers_purity_a_little():
    text = (PAGES / "rendering-lists.md").read_text(encoding="utf-8")
    verdict = judge(text, lang="ru")
    assert verdict.lang == "ru"
    assert any(s.label == "homoglyph" and text[s.start : s.end] == "cчитаете" for s in verdict.spans)
    assert 0.95 < verdict.purity < 1.0


def test_english_paragraph_and_chinese_insertion_in_russian():
    text = (
        "Сегодня мы обсуждали обучение модели на русских текстах.\n"
        "The model then switched to English and kept writing for a while.\n"
        "Потом она вернулась к русскому, но вставила 你好世界 посреди фразы."
    )
    verdict = judge(text, lang="ru")
    found = {(text[s.start : s.end], s.label) for s in verdict.spans if s.counted}
    assert found == {
        ("The model then switched to English and kept writing for a while.", "en"),
        ("你好世界", "script:cjk"),
    }
    assert verdict.lang == "ru"
    assert 0.4 < verdict.purity < 0.75


def test_short_latin_names_are_terms_not_impurity():
    verdict = judge("Компонент Server Components в библиотеке React работает на сервере.", lang="ru")
    assert verdict.purity == 1.0
    assert {s.label for s in verdict.spans} == {"term"}


def test_same_function_judges_english_as_target():
    verdict = judge(
        "This answer is in English. А этот кусок вдруг написан по-русски, хотя не должен.", lang="en"
    )
    assert [s.label for s in verdict.spans if s.counted] == ["ru"]


def test_sentences_split_lines_and_sentence_ends():
    text = "Первое. Второе!\n\nТретье 你好。再见"
    assert [text[a:b] for a, b in sentences(text)] == ["Первое.", "Второе!", "Третье 你好。", "再见"]


def test_cli_reads_text_and_jsonl(tmp_path, capsys):
    source = tmp_path / "generations.jsonl"
    source.write_text(
        "Это пapa и мама, обычное русское предложение.\n"
        + json.dumps({"text": "The whole answer is in English, which is not what we asked for."})
        + "\n",
        encoding="utf-8",
    )
    assert main(["purity", "--lang", "ru", str(source)]) == 0
    first, second = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert first["lang"] == "ru"
    assert [s["label"] for s in first["spans"]] == ["homoglyph"]
    assert second["lang"] == "en" and second["purity"] < 0.1


def test_cli_rejects_jsonl_without_text(tmp_path, capsys):
    source = tmp_path / "bad.jsonl"
    source.write_text(json.dumps({"content": "нет поля text"}) + "\n", encoding="utf-8")
    assert main(["purity", str(source)]) == 1
    assert "--text-key" in capsys.readouterr().err


def test_cli_judges_a_file_in_batches_and_still_answers_the_lines_before_a_bad_one(tmp_path, capsys):
    lines = ["Мы сегодня пошли в парк и долго гуляли там.", "Weiter geht es morgen früh mit dem Zug."]
    source = tmp_path / "answers.jsonl"
    source.write_text("\n".join(lines + [json.dumps({"content": "нет поля text"})]) + "\n", encoding="utf-8")
    assert main(["purity", "--lang", "ru", str(source)]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["lang"] for line in captured.out.splitlines()] == ["ru", "de"]
    assert "line 3" in captured.err and "--text-key" in captured.err


MIXED = DATA / "langid" / "purity_mixed.jsonl"


def layer(corpus, name: str) -> list[tuple]:
    """(doc id, covered or removed text, label, attrs) per row of a published layer."""
    return rows(
        corpus,
        'SELECT l.doc_id, substr(d.text, l.start + 1, l."end" - l.start), l.label, l.attrs '
        f"FROM read_parquet('{corpus}/layers/{name}/*.parquet') l JOIN documents d ON d.id = l.doc_id "
        "ORDER BY l.doc_id, l.start",
    )


def test_build_flags_impure_pages_and_never_counts_code(build):
    corpus = build(
        [{"path": str(PAGES), "format": "text"}],
        language={"languages": ["ru"], "action": "flag", "purity": True, "min_purity": 0.9},
        dedup={"exact": False, "near": {"enabled": False}},
        repair={"homoglyphs": False},  # repair would fold the homoglyphs these tests give purity to judge
        # the plain-text reader would cut the untranslated English paragraphs before purity sees them
        readers={"foreign_paragraphs": "keep"},
    )
    docs = rows(corpus, "SELECT source, lang, metadata->>'purity', metadata->>'lang_flag' FROM documents")
    by_page = {source.rsplit("/", 1)[-1]: (lang, float(p), flag) for source, lang, p, flag in docs}
    assert by_page["components.md"] == ("ru", 1.0, None)  # code blocks, JSX and identifiers: pure
    assert by_page["preconnect.md"] == ("ru", 1.0, None)
    assert by_page["rendering-lists.md"][2] is None and 0.95 < by_page["rendering-lists.md"][1] < 1.0
    # mostly untranslated: most letters are English, so the page is English and below purity
    lang, purity, flag = by_page["invalid-hook-call-warning.md"]
    assert (lang, flag) == ("en", "wrong_language") and purity < 0.7
    found = layer(corpus, "lang_spans")
    assert any(label == "en" and "mismatching versions" in text for _, text, label, _ in found)
    assert any(label == "homoglyph" and text == "cчитаете" for _, text, label, _ in found)


def test_build_trims_foreign_spans_and_records_what_went(build):
    corpus = build(
        [{"path": str(MIXED), "text_key": "text"}],
        language={"languages": ["ru"], "purity": True, "min_purity": 0.95, "purity_action": "trim"},
        dedup={"exact": False, "near": {"enabled": False}},
        repair={"homoglyphs": False},  # repair would fold the homoglyphs these tests give purity to judge
    )
    texts = dict(rows(corpus, "SELECT metadata->'fields'->>'id', text FROM documents"))
    assert "switched to English" not in texts["english"] and "подвёл итоги" in texts["english"]
    assert "privet" not in texts["translit"] and "погуляем в парке" in texts["translit"]
    assert "пapк" not in texts["homoglyphs"] and "в парк, потом купили новый стол" in texts["homoglyphs"]
    removed = {(label, json.loads(attrs)["text"].strip()) for _, _, label, attrs in layer(corpus, "removed")}
    assert (
        "en",
        "The article then switched to English for several long sentences about training.",
    ) in removed
    assert ("translit", "privet kak dela, ya tebya davno ne videla, napishi mne zavtra") in removed
    assert {("homoglyph", "пapк"), ("homoglyph", "нoвый"), ("homoglyph", "cтол")} <= removed
    purity = dict(
        rows(corpus, "SELECT metadata->'fields'->>'id', CAST(metadata->>'purity' AS DOUBLE) FROM documents")
    )
    assert purity == {"homoglyphs": 1.0, "english": 1.0, "translit": 1.0, "clean": 1.0}


def test_build_drops_impure_documents_with_a_reason(build):
    corpus = build(
        [{"path": str(MIXED), "text_key": "text"}],
        language={
            "languages": ["ru"],
            "threshold": 0.5,
            "purity": True,
            "min_purity": 0.95,
            "purity_action": "drop",
        },
        dedup={"exact": False, "near": {"enabled": False}},
        repair={"homoglyphs": False},  # repair would fold the homoglyphs these tests give purity to judge
    )
    rejected = rows(corpus, "SELECT reason, detail FROM rejected WHERE step = 'language'")
    assert len(rejected) == 3 and {reason for reason, _ in rejected} == {"impure"}
    assert all("min_purity 0.95" in detail for _, detail in rejected)
    assert rows(corpus, "SELECT count(*) FROM documents") == [(1,)]


def test_mixed_text_takes_the_language_most_letters_are_in():
    text = (
        "Это пapa, и больше по-русски здесь почти ничего нет.\n"
        "The rest of this answer is written in English, which is not what anyone asked for. "
        "It goes on and on in English for a long while, sentence after sentence."
    )
    verdict = judge(text, lang="ru")
    assert verdict.lang == "en" and 0.5 < verdict.score < 1.0


def _document(text: str):
    from sloika.documents import SloikaDocument

    return SloikaDocument(text=text, id="doc", metadata={})


def test_trim_never_leaves_a_stump_it_rejects_the_whole_text(monkeypatch):
    """A verdict whose cut would leave only the attribution line: the document is rejected as
    impure with its text untouched and nothing in the ``removed`` layer."""
    from sloika.config import LanguageConfig
    from sloika.lang import purity
    from sloika.text.spans import spans

    text = "Сладка малина, да крапива жжётся.\n-- Осетинская пословица"
    bulgarian = purity.Span(0, 33, "bg", 0.85, attrs={"level": "sentence"})
    stump = purity.PurityVerdict("ru", 0.9, 0.4, [bulgarian])
    monkeypatch.setattr(purity, "judge", lambda *args, **kwargs: stump)
    doc = _document(text)
    config = LanguageConfig(languages=["ru"], purity=True, min_purity=0.9, purity_action="trim")
    _, impure = purity.apply_purity(doc, config)
    assert doc.text == text and "removed" not in spans(doc)
    assert impure[0] == "impure" and "(target ru); rejected untrimmed" in impure[1]
    kept = "the parts not in ru would keep only 41.3% of the letters (a trimmed document keeps at least 50%)"
    assert kept in impure[1]  # 19 of 46


def test_too_foreign_detail_never_shows_the_floor_as_the_share():
    """N3 of the ninth check: 49.96% printed as "50% (< 50%)", and "kept whole" for a rejection. The
    thirty-first check: a mixed English-Russian file's detail quoted Russian's share beside a `lang`
    column of English, naming no language; it names the target now."""
    from sloika.lang import purity

    detail = purity._too_foreign_to_trim(0.5157, 0.9, 0.4996, "ru")
    assert detail == (
        "purity 0.5157 < min_purity 0.9 (target ru); rejected untrimmed: cutting the parts not in ru would "
        "keep only 49.9% of the letters (a trimmed document keeps at least 50%)"
    )


def test_an_impure_detail_names_the_language_purity_was_judged_against(monkeypatch):
    """The thirty-first check's mixed .srt: guessed Russian whole, judged against Russian, while its
    English sentences outvote it into ``lang`` en; the detail said "target en" beside Russian's share."""
    from sloika.config import LanguageConfig
    from sloika.lang import purity

    english = purity.Span(0, 37, "en", 1.0, attrs={"level": "sentence"})
    stump = purity.PurityVerdict("en", 0.62, 0.2345, [english], targets=("ru",))
    monkeypatch.setattr(purity, "judge", lambda *args, **kwargs: stump)
    doc = _document("Welcome to the Example Subtitle File! Это демонстрация.")
    config = LanguageConfig(purity=True, min_purity=0.9, purity_action="trim")
    _, impure = purity.apply_purity(doc, config)
    assert "(target ru); rejected untrimmed: cutting the parts not in ru" in impure[1]


def test_trim_leaves_a_document_whose_own_language_is_not_allowed_alone(monkeypatch):
    from sloika.config import LanguageConfig
    from sloika.lang import purity
    from sloika.text.spans import spans

    text = "This answer is English, with one line in Russian.\nПривет, как дела?"
    english = purity.PurityVerdict("en", 0.95, 0.7, [purity.Span(51, 67, "script:cyrillic", attrs={})])
    monkeypatch.setattr(purity, "judge", lambda *args, **kwargs: english)
    doc = _document(text)
    config = LanguageConfig(languages=["ru"], purity=True, min_purity=0.9, purity_action="trim")
    verdict, _ = purity.apply_purity(doc, config)
    assert doc.text == text and "removed" not in spans(doc) and verdict.lang == "en"


def test_kept_share_counts_letters_outside_cut_spans():
    from sloika.lang.purity import Span, kept_share

    text = "ab cd ef"  # 6 letters; the cut covers "cd" and the fold of a homoglyph word is no cut
    cut = [Span(3, 5, "en", 0.9, {"level": "sentence"}), Span(0, 2, "homoglyph")]
    assert abs(kept_share(text, cut) - 4 / 6) < 1e-12


def test_score_detail_prints_the_digits_that_show_it_is_below():
    from sloika.filters.language import below

    assert below(0.6496, 0.65) == "0.6496"
    assert below(0.62, 0.65) == "0.62"
    assert below(0.64999, 0.65) == "0.64999"


def test_allowed_set_ukrainian_sentence_is_not_foreign_with_ru_uk():
    text = (
        "Сегодня мы долго гуляли по парку и говорили о будущем.\n"
        "Вчора ввечері ми їздили до бабусі та їли смачні вареники з вишнями."
    )
    only_ru = judge(text, lang="ru")
    assert [(s.label, s.attrs.get("level")) for s in only_ru.spans if s.counted] == [("uk", "sentence")]
    both = judge(text, lang=["ru", "uk"])
    assert not [s for s in both.spans if s.counted] and both.purity == 1.0


def test_a_trim_that_leaves_the_text_impure_is_undone(monkeypatch):
    """Cutting an English run is allowed (most letters stay), but what is left is still below
    min_purity: the document is rejected with the text it came with, and nothing was removed."""
    from sloika.config import LanguageConfig
    from sloika.lang import purity
    from sloika.text.spans import spans

    text = "Вот раньше всё было классно - sex, drugs and rock. А сейчас? Suxx, bugs and plug"
    cut = purity.Span(30, 49, "script:latin", attrs={"level": "script", "words": 4})
    rest = purity.Span(61, 81, "script:latin", attrs={"level": "script", "words": 4})
    verdicts = iter(
        [purity.PurityVerdict("ru", 0.9, 0.6, [cut]), purity.PurityVerdict("ru", 0.9, 0.7, [rest])]
    )
    monkeypatch.setattr(purity, "judge", lambda *args, **kwargs: next(verdicts))
    doc = _document(text)
    config = LanguageConfig(languages=["ru"], purity=True, min_purity=0.9, purity_action="trim")
    _, impure = purity.apply_purity(doc, config)
    assert impure[0] == "impure" and doc.text == text
    assert "removed" not in spans(doc) and "purity_before_trim" not in doc.metadata


def test_trim_cuts_whole_sentences_and_lines_never_a_word_out_of_one():
    from sloika.lang.purity import Span, cuttable

    text = "бURLаки на Волге.\nprivet kak dela, ya tebya davno ne videla\nЗдесь всё по-русски."
    pun = Span(0, 7, "mixed_script")  # inside a Russian sentence: stays
    line = Span(18, 59, "translit")  # a whole line: may go
    assert cuttable(text, [pun, line]) == [line]


def test_a_rendered_citation_list_is_not_judged_so_the_trim_never_cuts_inside_it():
    """gost's natbib demo: the trim cut English titles out of one \\citet list and left a year,
    "Moraux (1979); (1985); Loh (1992)". The reader's ``citations`` spans are exempt like its code;
    the same English words outside a citation are still cut (the control)."""
    from sloika.config import LanguageConfig
    from sloika.lang import purity
    from sloika.text.spans import add_span, spans

    russian = (
        "Мы долго изучали историю этого края и собрали много старых писем, дневников и карт. "
        "В архиве нашлись записи о путешественниках, которые проходили здесь весной. "
    )
    cited = (
        "Moraux (1979); Standard Commands for Programmable Instruments (1999); "
        "Standard Digital Interface for Programmable Instrumentation (2004); de Geer (1985); Loh (1992)"
    )
    text = russian + "Об этом писали " + cited + "."
    config = LanguageConfig(languages=["ru"], purity=True, min_purity=0.95, purity_action="trim")
    control = _document(text)
    purity.apply_purity(control, config)
    assert "Programmable" not in control.text  # outside a citation the English titles are cut
    doc = _document(text)
    start = text.index(cited)
    add_span(doc, "citations", start, start + len(cited), "citet", annotator="latex")
    purity.apply_purity(doc, config)
    assert doc.text == text and "removed" not in spans(doc)


def test_formulas_the_reader_marked_as_math_are_neither_judged_nor_counted():
    """A formula has no language: a Russian lab report's lead-in with its ``align*`` of vectors was
    cut as English, and a font sample "$\\mathtt{…}$: monospaced" with it. The reader's ``math``
    spans are exempt like its code. Without them the same page reads 0.39 pure and is rejected."""
    from sloika.config import LanguageConfig
    from sloika.lang import purity
    from sloika.text.spans import add_span, spans

    aligned = (
        "\\begin{align*}\n"
        "\\vec{u_{1}} &= \\vec{q_1} - \\vec{p_1} = "
        "\\begin{pmatrix} x_{q1} - x_{p1} \\\\ y_{q1} - y_{p1} \\\\ z_{q1} - z_{p1} \\end{pmatrix} \\\\\n"
        "\\vec{u_{2}} &= \\vec{r_1} - \\vec{p_1} = "
        "\\begin{pmatrix} x_{r1} - x_{p1} \\\\ y_{r1} - y_{p1} \\\\ z_{r1} - z_{p1} \\end{pmatrix} \\\\\n"
        "\\vec{n} &= \\vec{u_{1}} \\times \\vec{u_{2}}\n"
        "\\end{align*}"
    )
    sample = "$\\mathsf{Text}$"
    text = (
        "Найдём нормали к плоскостям обоих треугольников и сравним их между собой.\n\n"
        f"Для первого треугольника: {aligned}\n\nШрифты формул:\n\n{sample}: sans serif(grotesque)\n"
    )
    config = LanguageConfig(languages=["ru"], purity=True, min_purity=0.95, purity_action="trim")
    doc = _document(text)
    marked = [(text.index(formula), text.index(formula) + len(formula)) for formula in (aligned, sample)]
    for start, end in marked:
        add_span(doc, "structure", start, end, "math", annotator="latex")
    assert purity.unjudged(doc) == marked
    purity.apply_purity(doc, config)
    assert doc.text == text and "removed" not in spans(doc)
    assert doc.metadata["purity"] == 1.0


def test_a_russian_reference_entry_read_as_kazakh_is_no_impurity_and_a_ukrainian_one_is():
    """A Russian bibliography's entry is initials, a title and a Kyiv publisher's Ukrainian name: the
    decision reads Kazakh, sure. Its title's words are Russian (``written_in_own_words``), so the
    sentence is not foreign and nothing of it is cut; an entry titled in Ukrainian still is."""
    russian = (
        "4. Орлов Н. А., Белов Л. В., Музыка В. Т. Основы построения гибких производственных систем / "
        "под ред. Иванова Б. Б. — К.: Техніка, 1986."
    )
    ukrainian = (
        "5. Василенко М. В. Теорія коливань: Навчальний посібник для студентів. — К.: Вища школа, 1992."
    )
    text = (
        "Список литературы оформлен по ГОСТ, и каждая запись стоит отдельным абзацем.\n"
        f"{russian} — 144 с.\n{ukrainian} — 430 с."
    )
    verdict = judge(text, lang="ru")
    found = [(text[s.start : s.end].strip(), s.label) for s in verdict.spans if s.counted]
    # the sentence splitter parts the list number "5." from the Ukrainian title's sentence
    assert found == [("Василенко М. В. Теорія коливань: Навчальний посібник для студентів.", "uk")]


def test_a_brand_mixing_scripts_stays_even_as_its_lines_only_word():
    """A donation list of a Russian README (smscallbomber 2.7, nineteenth check): "ЮMoney" mixes
    Cyrillic and Latin letters, a name written so, and the trim cut it out of its line as the
    line's only word, leaving "- : 4100118510603906"."""
    from sloika.config import LanguageConfig
    from sloika.lang import purity
    from sloika.lang.purity import Span, cuttable
    from sloika.text.spans import spans

    text = "Вы можете поддержать автора:\n- ЮMoney: 4100118510603906\n- Карты: 2200 7009 6755 8080\n"
    brand = Span(31, 37, "mixed_script")
    assert text[31:37] == "ЮMoney" and cuttable(text, [brand]) == []

    doc = _document("Если вы нашли этот проект полезным, вы можете сделать пожертвование автору.\n" + text)
    config = LanguageConfig(languages=["ru"], purity=True, purity_action="trim")
    purity.apply_purity(doc, config)
    assert "- ЮMoney: 4100118510603906\n" in doc.text
    assert "removed" not in spans(doc)


def test_a_reference_list_the_reader_found_is_not_judged_so_the_trim_keeps_its_foreign_titles():
    """A German paper's "Literatur" cites English and Dutch works under their own titles, and an
    English paper's entry opens with German-sounding authors: the trim cut titles, authors and whole
    lists. The reader's ``references`` spans are exempt like its citations; the same English title
    in the body, no entry there (no author with initials before it), is still cut (the control)."""
    from sloika.config import LanguageConfig
    from sloika.lang import purity
    from sloika.text.spans import add_span, spans

    body = (
        "Die Ausgrabungen am Rand des Dorfes dauerten drei Sommer lang und brachten viele Funde. "
        "Die Keramik wurde im Museum gereinigt, gezeichnet und mit den älteren Funden verglichen.\n\n"
    )
    listed = (
        "• K. Huber, Die Kirche im Dorf. Landesamt für Denkmalpflege (Stuttgart 1998).\n"
        "• J. Smith, The excavation of a small medieval village near the river. Journal of Field "
        "Archaeology 12 (London 1985), 20–26.\n"
        "• P. de Vries, Het dorp en de kerk in de late middeleeuwen. Kijkgat (Gent 1990).\n"
    )
    text = body + "Literatur\n\n" + listed
    config = LanguageConfig(purity=True, min_purity=0.95, purity_action="trim")
    control = _document(body + listed.replace("• J. Smith, ", ""))
    purity.apply_purity(control, config)
    assert "The excavation" not in control.text  # outside a reference list the English title is cut
    doc = _document(text)
    start = text.index("Literatur")
    add_span(doc, "structure", start, len(text), "references", annotator="pdf")
    assert purity.references_of(doc) == [(start, len(text))]
    purity.apply_purity(doc, config)
    assert doc.text == text and "removed" not in spans(doc)


def test_an_entry_cited_outside_a_reference_list_keeps_its_foreign_title():
    """A citation style's German sample lists what its commands print, one entry per bullet, outside
    any reference list: "• N. N. Bhattacharyya, The King and the Dice. …". An entry (an author with
    initials first, a year: ``is_citation``) cites a work in the work's own language; the trim cut
    the English title out of the middle of it. Texts written for the test."""
    from sloika.config import LanguageConfig
    from sloika.lang import purity
    from sloika.text.spans import spans

    text = (
        "Die folgenden Beispiele zeigen, wie der Stil die Einträge ausgibt, wenn ein Feld fehlt oder "
        "ungewöhnlich gefüllt ist. Jeder Eintrag steht zuerst kurz und dann vollständig.\n\n"
        "• Baker 1983/1984\n\n"
        "• T. Baker, The rules of the game and the people who played it in the towns of medieval "
        "England. Journal Games Hist. 7, 1983/1984, 12–40\n\n"
        "• Dorn 1977\n\n"
        "• H. Dorn, Würfel und Spielsteine aus einer Grube am Rande der Altstadt. Ber. Denkmalpfl. 9, "
        "1977, 88–97\n"
    )
    assert purity.cited_lines("• T. Baker, The rules. J. 7, 1984\nThe rules of 1984.\n") == [(0, 33)]
    doc = _document(text)
    purity.apply_purity(doc, LanguageConfig(purity=True, purity_action="trim"))
    assert doc.text == text and "removed" not in spans(doc)
