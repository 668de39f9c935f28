"""Markdown/MDX: front matter into metadata, JSX and MDX comments out, code blocks marked."""

from __future__ import annotations

import json

from sloika.pipelines.formats.markdown import parse_markdown

from conftest import DATA, rows

PAGE = DATA / "markup" / "page.mdx"

EXPECTED = """## Как объявить состояние

Вызовите useState на верхнем уровне компонента:

```js src/App.js
import {useState} from 'react';
const [count, setCount] = useState(0); // <Intro> here is code, not markup
```

npm install react

Строка с переносом
внутри и клавиша Ctrl."""  # <br /> a line break, <kbd> its text (issue 15)


def test_mdx_page_reads_as_markdown_with_front_matter_in_fields():
    (doc,) = parse_markdown(PAGE.read_bytes())
    assert doc.fields == {
        "title": "Памятка по состоянию",
        "translators": ["Иван", "Мария"],
        "updated": "2024-05-01",
    }
    assert doc.text == "Состояние — это память компонента.\n\n" + EXPECTED
    spans = [(s.label, s.attrs, doc.text[s.start : s.end]) for s in doc.spans]
    assert spans[0] == ("heading", {"level": 2}, "## Как объявить состояние")
    code = spans[1:]
    assert code[0][0] == "code" and code[0][1] == {"lang": "js"}
    assert code[0][2].startswith("```js src/App.js\nimport {useState}") and code[0][2].endswith("```")
    assert code[1] == ("code", {"component": "TerminalBlock"}, "npm install react")


def test_markdown_without_front_matter_or_with_broken_yaml_keeps_its_text():
    (plain,) = parse_markdown("# Заголовок\n\nТекст.\n".encode())
    assert plain.text == "# Заголовок\n\nТекст." and plain.fields == {}
    (broken,) = parse_markdown("---\ntitle: [unclosed\n---\nТекст.".encode())
    assert broken.text.startswith("---\ntitle: [unclosed") and broken.fields == {}


def test_md_and_mdx_files_build_through_the_markdown_reader(build):
    corpus = build([PAGE], name="mdx")
    ((text, metadata, kind),) = rows(corpus, "SELECT text, metadata, kind FROM documents")
    assert kind == "article" and json.loads(metadata)["fields"]["title"] == "Памятка по состоянию"
    assert text.endswith(EXPECTED)
    layer = rows(
        corpus, f"SELECT label, start, \"end\" FROM read_parquet('{corpus}/layers/structure/*.parquet')"
    )
    assert sorted(label for label, *_ in layer) == ["code", "code", "heading"]
    assert all(text[start:end].strip() for _, start, end in layer)


def test_component_names_in_inline_code_stay():
    """``<ViewTransition>`` in backticks is the page naming the component, not markup: it stays
    (it used to leave an empty pair of backticks, 166 in the React docs' ViewTransition page)."""
    source = (
        'By default, `<ViewTransition>` animates. Quote ``<A b="`">`` too.\n\n'
        "<Note>\n\nWrap it in <Kbd>Ctrl</Kbd> and `<Suspense fallback={x}>`.\n\n</Note>\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == (
        'By default, `<ViewTransition>` animates. Quote ``<A b="`">`` too.\n\n'
        "Wrap it in Ctrl and `<Suspense fallback={x}>`."
    )


def test_docusaurus_mdx_leaves_only_its_text():
    (doc,) = parse_markdown((DATA / "markup" / "docusaurus.mdx").read_bytes(), foreign="keep")
    assert doc.fields == {"title": "Хуки", "sidebar_position": 2}
    assert doc.text == (
        "# Хуки\n\nХуки позволяют использовать состояние без классов. Важно: вызывайте их на верхнем "
        "уровне.\n\n```js\nconst [a, setA] = useState(0);\n```\n\nСовет\n\nИспользуйте `useMemo` только "
        "для дорогих вычислений.\n\nПодробнее\n\nКомпонент `<Tabs>` хранит выбранную вкладку в "
        "`localStorage`."
    )


def test_html_comments_and_link_definitions_leave_the_text():
    """Node.js-style API pages: ``<!-- YAML … -->`` history blocks and ``[label]: url`` definitions
    are never shown on the page; the definitions' targets go to ``link_definitions``. A comment in
    inline code or in a fence, and a definition-like line in a fence, are the page's text; so is a
    prose line a wrap begins with "import" (no MDX import statement)."""
    (doc,) = parse_markdown((DATA / "markup" / "api_notes.md").read_bytes(), foreign="keep")
    assert doc.text == (
        "# Модуль таймеров\n\n> Стабильность: 2 - стабильный\n\n"
        "Модуль запускает функции по расписанию: см. [`setTimeout()`][] и [таймеры в цикле событий][loop]."
        "\n\n## `clearTimeout(timeout)`\n\n"
        "Отменяет таймер. Функции таймеров глобальные, и import для них не нужен.\n\n"  # one paragraph
        "Комментарий в коде `<!-- так -->` остаётся: это текст страницы.\n\n"
        "```html\n<!-- в блоке кода комментарий тоже остаётся -->\n[пример]: https://example.org/не-ссылка\n```"
    )
    assert doc.fields == {
        "link_definitions": {
            "`setTimeout()`": "#settimeoutcallback-delay-args",
            "loop": "https://nodejs.org/ru/learn/event-loop",
        }
    }
    (code,) = [span for span in doc.spans if span.label == "code"]
    assert doc.text[code.start : code.end].startswith("```html\n<!--")


def test_mkdocs_admonitions_and_template_tags_leave_their_text():
    """MkDocs admonitions (``!!! note "Заголовок"`` over a body indented four spaces: without the
    marker Markdown would read the body as code) keep their title and body; Hugo shortcodes and
    Jinja/Liquid tags go, their children stay; the same markup in a fence or inline code stays."""
    (doc,) = parse_markdown((DATA / "markup" / "mkdocs_hugo.md").read_bytes(), foreign="keep")
    assert doc.text == (
        "# Установка\n\nПеред установкой\n\nПроверьте версию Python:\n\n```bash\npython --version\n```"
        "\n\nНужна версия 3.11 или новее.\n\nДальше идёт текст и `{% raw %}` в коде.\n\n"
        "Свёрнутый совет без заголовка.\n\nЗаметка внутри шорткода остаётся.\n\n"
        '```md\n!!! warning "В коде"\n    остаётся как есть\n```'
    )
    assert [doc.text[s.start : s.end] for s in doc.spans if s.label == "code"] == [
        "```bash\npython --version\n```",
        '```md\n!!! warning "В коде"\n    остаётся как есть\n```',
    ]


def test_a_fence_goes_with_the_untranslated_sentence_leading_into_it():
    """An untranslated English paragraph that leads into a fence (ending with a colon) takes the
    fence with it (``foreign_companion``): left, the example would stand under no sentence. A fence
    led into by a Russian sentence, and one whose comments were translated, stay."""
    source = (
        "---\nlang: ru\n---\n"
        "Компонент перерисовывается каждый раз, когда меняется его состояние или пропсы.\n\n"
        "Чтобы увидеть это, добавьте в компонент вывод в консоль и нажмите на кнопку:\n\n"
        "```js\nconsole.log('render');\n```\n\n"
        "The issue is that the callback does not clean up after itself when it is removed:\n\n"
        "```js\nlist.push(item);\n```\n\n"
        "To fix it, return a cleanup function from the callback that removes the item again:\n\n"
        "```js\n// Удалите элемент из списка при очистке\nreturn () => list.pop();\n```\n\n"
        "Теперь при каждом монтировании список остаётся той же длины, что и раньше.\n"
    )
    (doc,) = parse_markdown(source.encode())
    assert "console.log('render');" in doc.text
    assert "list.push(item);" not in doc.text
    assert "// Удалите элемент из списка при очистке\nreturn () => list.pop();" in doc.text
    assert [(span.label, span.attrs["text"].split("\n")[0]) for span in doc.layers["removed"]] == [
        (
            "foreign_paragraph",
            "The issue is that the callback does not clean up after itself when it is removed:",
        ),
        ("foreign_companion", "```js"),
        (
            "foreign_paragraph",
            "To fix it, return a cleanup function from the callback that removes the item again:",
        ),
    ]


def test_a_video_embed_leaves_a_zero_width_figure_where_its_lead_in_leads():
    """The React docs' "see the talk here:" before ``<YouTubeIframe … />``: the embed is no text,
    but where it stood is a zero-width ``figure`` span, so the lead-in does not end on nothing; the
    paragraphs around it stay apart, and the component named in inline code stays text."""
    from sloika.pipelines.formats.markdown import parse_markdown

    source = (
        "Полный доклад можно посмотреть здесь:\n\n"
        '<YouTubeIframe src="https://www.youtube.com/embed/x" title="YouTube video player" />\n\n'
        "Видео вставляет компонент `<YouTubeIframe />`.\n"
        "Ещё одна запись:\n"
        '<LazyVideo src="/videos/intro.mp4" autoplay={false} />\n\n'
        "## Дальше\n"
    )
    (doc,) = parse_markdown(source.encode())
    assert doc.text == (
        "Полный доклад можно посмотреть здесь:\n\n"
        "Видео вставляет компонент `<YouTubeIframe />`. Ещё одна запись:\n\n"
        "## Дальше"
    )
    figures = [(s.start, s.end, s.attrs["component"]) for s in doc.spans if s.label == "figure"]
    lead, second = doc.text.index("здесь:") + len("здесь:"), doc.text.index("запись:") + len("запись:")
    assert figures == [(lead, lead, "YouTubeIframe"), (second, second, "LazyVideo")]


def test_an_illustration_or_diagram_is_a_figure_span_with_its_alt_text_and_the_text_is_as_without_it():
    """The React docs' ``<Illustration alt=… src=… />``, ``<Diagram name=… alt=…>`` over its caption
    and the ``<IllustrationBlock>`` of several: each picture is a zero-width ``figure`` span right
    after the text before it, its alt text, caption and file in ``attrs`` (none in the text); the
    wrapper is none, a diagram's caption stays text, and the text is what the tags' removal left."""
    from sloika.pipelines.formats.markdown import parse_markdown

    source = (
        "Так браузер рисует экран:\n\n"
        '<Illustration alt="Браузер рисует натюрморт." src="/images/paint.png" />\n\n'
        "Дерево до и после обновления:\n\n"
        '<Diagram name="tree_diff" height={350} alt="Два дерева компонентов.">\n\n'
        "Компонент `section` удалён.\n\n"
        "</Diagram>\n\n"
        "Три шага:\n\n"
        "<IllustrationBlock sequential>\n"
        '  <Illustration caption="Запрос" alt="Официант принимает заказ." src="/images/1.png" />\n'
        '  <Illustration caption="Подача" src="/images/2.png" />\n'
        "</IllustrationBlock>\n\n"
        "## Дальше\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    paragraphs = [
        "Так браузер рисует экран:",
        "Дерево до и после обновления:",
        "Компонент `section` удалён.",
        "Три шага:",
        "## Дальше",
    ]
    assert doc.text == "\n\n".join(paragraphs)
    paint = len("Так браузер рисует экран:")
    tree = paint + 2 + len("Дерево до и после обновления:")
    steps = tree + 2 + len("Компонент `section` удалён.") + 2 + len("Три шага:")
    assert (paint, tree, steps) == (25, 56, 96)
    figures = [(s.start, s.end, s.attrs) for s in doc.spans if s.label == "figure"]
    assert figures == [
        (
            25,
            25,
            {"component": "Illustration", "alt": "Браузер рисует натюрморт.", "src": "/images/paint.png"},
        ),
        (56, 56, {"component": "Diagram", "name": "tree_diff", "alt": "Два дерева компонентов."}),
        (
            96,
            96,
            {
                "component": "Illustration",
                "caption": "Запрос",
                "alt": "Официант принимает заказ.",
                "src": "/images/1.png",
            },
        ),
        (96, 96, {"component": "Illustration", "caption": "Подача", "src": "/images/2.png"}),
    ]


def test_console_and_terminal_components_are_program_output_kept_as_code():
    """``<ConsoleBlock>``, ``<ConsoleBlockMulti>`` of ``<ConsoleLogLine>``s and ``<TerminalBlock>`` (the
    React docs' components) show what a program printed: their English is not an untranslated
    paragraph, so it stays, as one ``code`` span each, with the nested tags, JSX strings and Markdown
    escapes read as the page shows them, each a block of its own; an English paragraph in another
    component is still cut."""
    source = (
        "---\nlang: ru\n---\n"
        "Откройте консоль браузера, и вы увидите такое предупреждение:\n\n"
        '<ConsoleBlock level="error">\n\n'
        "Each item needs its own \\`id\\` before the list renders.\n\n"
        "</ConsoleBlock>\n\n"
        "Чтобы его убрать, дайте каждому элементу списка свой идентификатор.\n\n"
        "<ConsoleBlockMulti>\n\n"
        '<ConsoleLogLine level="error">\n\n'
        "Error: boom\n{'  '}at Widget\n\n"
        "</ConsoleLogLine>\n\n"
        "</ConsoleBlockMulti>\n\n"
        "Проверьте установленную версию командой:\n"  # the block starts a paragraph of its own
        "<TerminalBlock>\n{`npm ls left-pad`}\n</TerminalBlock>\n"
        "<Note>\n\nThis note was never translated and explains the same thing once more.\n\n</Note>\n"
    )
    (doc,) = parse_markdown(source.encode())
    assert doc.text == (
        "Откройте консоль браузера, и вы увидите такое предупреждение:\n\n"
        "Each item needs its own `id` before the list renders.\n\n"
        "Чтобы его убрать, дайте каждому элементу списка свой идентификатор.\n\n"
        "Error: boom\n  at Widget\n\n"
        "Проверьте установленную версию командой:\n\n"
        "npm ls left-pad"
    )
    outputs = [(doc.text[s.start : s.end], s.attrs.get("component")) for s in doc.spans if s.label == "code"]
    assert outputs == [
        ("Each item needs its own `id` before the list renders.", "ConsoleBlock"),
        ("Error: boom\n  at Widget", "ConsoleBlockMulti"),
        ("npm ls left-pad", "TerminalBlock"),
    ]
    assert [(s.label, s.attrs["text"]) for s in doc.layers["removed"]] == [
        ("mdx_component", "<Note>"),
        ("foreign_paragraph", "This note was never translated and explains the same thing once more."),
        ("mdx_component", "</Note>"),
    ]


def test_a_partly_translated_english_page_loses_its_short_sentences_and_headings_in_the_cut_language():
    """An English page a translator began (the mirror of the English headings on Russian HTML
    pages): its Russian paragraphs are cut, and with them a Russian sentence too short to judge
    alone and a Russian heading whose section the cut emptied (``empty_section``); a heading over a
    kept subsection stays, and on a page where nothing Russian was cut a short Russian line stays."""
    source = (
        "---\ntitle: Effects\n---\n"
        "Скорее всего, вы открыли эту страницу, потому что эффект запускается дважды при разработке.\n\n"
        "Effects let a component synchronize with a system outside of React, such as a network.\n\n"
        "Посмотрим, почему так бывает.\n\n"
        "## Cleaning up\n\n"
        "Return a cleanup function from the effect, and React will call it before the next run.\n\n"
        "## Прочие причины\n\n"
        "### Strict Mode\n\n"
        "In development, Strict Mode mounts every component twice to find missing cleanups.\n\n"
        "## Что дальше\n\n"
        "Если ничего из этого не помогло, опишите вашу проблему в обсуждении на форуме проекта.\n"
    )
    (doc,) = parse_markdown(source.encode())
    assert doc.text == (
        "Effects let a component synchronize with a system outside of React, such as a network.\n\n"
        "## Cleaning up\n\n"
        "Return a cleanup function from the effect, and React will call it before the next run.\n\n"
        "## Прочие причины\n\n"
        "### Strict Mode\n\n"
        "In development, Strict Mode mounts every component twice to find missing cleanups."
    )
    assert [(s.label, s.attrs["text"]) for s in doc.layers["removed"]] == [
        (
            "foreign_paragraph",
            "Скорее всего, вы открыли эту страницу, потому что эффект запускается дважды при разработке.",
        ),
        ("foreign_paragraph", "Посмотрим, почему так бывает."),
        ("empty_section", "## Что дальше"),
        (
            "foreign_paragraph",
            "Если ничего из этого не помогло, опишите вашу проблему в обсуждении на форуме проекта.",
        ),
    ]
    (untouched,) = parse_markdown(
        (
            "Effects let a component synchronize with a system outside of React, such as a network.\n\n"
            "Посмотрим, почему так бывает.\n\n"
            "Return a cleanup function from the effect, and React will call it before the next run.\n"
        ).encode()
    )
    assert "Посмотрим, почему так бывает." in untouched.text and "removed" not in untouched.layers


def test_mdx_comments_go_to_removed_but_code_spans_keep_theirs():
    """An MDX comment in prose is cut and recorded; in backticks or a fence it is JavaScript (an
    object literal's comment in a README's example) and the code stays as written (issue 15)."""
    source = (
        "# Сборка {/*build*/}\n\n"
        "Подключите технологию: `config.addTech([ require('techs/file'), {/* [опции] */} ]);` в файле.\n\n"
        "{/* TODO: дописать раздел */}\n\n"
        "```js\nrun({/* defaults */});\n```\n\n"
        "Готово.\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == (
        "# Сборка\n\n"
        "Подключите технологию: `config.addTech([ require('techs/file'), {/* [опции] */} ]);` в файле.\n\n"
        "```js\nrun({/* defaults */});\n```\n\n"
        "Готово."
    )
    records = [(s.start, s.label, s.attrs["text"]) for s in doc.layers["removed"]]
    assert records == [
        (len("# Сборка"), "mdx_comment", "{/*build*/}"),
        (doc.text.index("```js"), "mdx_comment", "{/* TODO: дописать раздел */}"),
    ]
    (code,) = [s for s in doc.spans if s.label == "code" and s.attrs.get("lang") == "js"]
    assert doc.text[code.start : code.end] == "```js\nrun({/* defaults */});\n```"


def test_contents_list_of_in_page_links_goes_to_removed_with_its_heading():
    """A README's contents (a heading naming it over nested ``](#anchor)`` items, or such a list right
    after the title) goes to ``removed`` as ``contents``, as the PDF and HTML readers do; a list
    with a link to another page or a plain item is text (issue 15)."""
    source = (
        "# Клиент API\n\n"
        "Обёртка над HTTP API сервиса.\n\n"
        "## Оглавление <!-- omit in toc -->\n\n"
        "- [Установка](#установка)\n"
        "- [Запросы](#запросы)\n"
        "  - [Фильтры](#фильтры)\n\n"
        "## Установка\n\n"
        "Поставьте пакет из npm.\n\n"
        "## Запросы\n\n"
        "### Фильтры\n\n"
        "Фильтры задаются объектом.\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == (
        "# Клиент API\n\n"
        "Обёртка над HTTP API сервиса.\n\n"
        "## Установка\n\n"
        "Поставьте пакет из npm.\n\n"
        "## Запросы\n\n"
        "### Фильтры\n\n"
        "Фильтры задаются объектом."
    )
    at = doc.text.index("## Установка")
    assert [(s.start, s.label, s.attrs["text"]) for s in doc.layers["removed"]] == [
        (at, "contents", "## Оглавление"),
        (at, "html_comment", "<!-- omit in toc -->"),
        (at, "contents", "- [Установка](#установка)\n- [Запросы](#запросы)\n  - [Фильтры](#фильтры)"),
    ]
    (titled,) = parse_markdown(
        b"# Guide\n\n1. [Setup](#setup)\n2. [Usage](#usage)\n\n## Setup\n\nRun it.\n", foreign="keep"
    )
    assert titled.text == "# Guide\n\n## Setup\n\nRun it."
    assert [s.attrs["text"] for s in titled.layers["removed"]] == ["1. [Setup](#setup)\n2. [Usage](#usage)"]
    for listing in (
        "- [Установка](#установка)\n- [Справка](docs/api.md)\n",
        "- [Установка](#установка)\n- [Запросы](#запросы)\n- Поддержка по почте\n",
    ):
        (kept,) = parse_markdown(
            f"## Содержание\n\n{listing}\n## Установка\n\nТекст.\n".encode(), foreign="keep"
        )
        assert kept.text.startswith("## Содержание\n\n" + listing.split("\n")[0]), kept.text
        assert "removed" not in kept.layers


def test_backticks_inside_an_mdx_comment_do_not_keep_it():
    """Code spans written inside a comment are the comment's own: the comment still goes (a React
    docs page's note to translators stayed as text when its backticks were taken for code)."""
    source = (
        "Список языков.\n\n{/* Переводчикам: правьте `deployedTranslations` в `src/utils`. */}\n\nКонец.\n"
    )
    (noted,) = parse_markdown(source.encode(), foreign="keep")
    assert noted.text == "Список языков.\n\nКонец."
    assert [s.attrs["text"] for s in noted.layers["removed"]] == [
        "{/* Переводчикам: правьте `deployedTranslations` в `src/utils`. */}"
    ]


def test_html_comments_go_to_removed_with_their_text():
    """HTML comments are never shown, so they leave the text, but what the file held is recorded:
    a commented-out badge, a note inside a line, one in a block quote; in backticks it is code. A
    comment line ending a paragraph leaves the blank line after it (moysklad's badge row ran into
    the next paragraph in a first version)."""
    source = (
        "# Клиент\n\n"
        "<!-- [![сборка](badge.svg)](ci) -->\n"
        "Описание <!-- черновик --> клиента.\n"
        "<!-- [![покрытие](cov.svg)](cov) -->\n\n"
        "> <!-- НЕ ПЕРЕВОДИТЬ -->\n"
        "> Цитата.\n\n"
        "Пишите `<!-- так -->` в HTML.\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == "# Клиент\n\nОписание клиента.\n\n> Цитата.\n\nПишите `<!-- так -->` в HTML."
    assert [(s.start, s.label, s.attrs["text"]) for s in doc.layers["removed"]] == [
        (len("# Клиент\n\n"), "html_comment", "<!-- [![сборка](badge.svg)](ci) -->"),
        (len("# Клиент\n\nОписание"), "html_comment", "<!-- черновик -->"),
        (len("# Клиент\n\nОписание клиента."), "html_comment", "<!-- [![покрытие](cov.svg)](cov) -->"),
        (doc.text.index("> Цитата"), "html_comment", "<!-- НЕ ПЕРЕВОДИТЬ -->"),
    ]
    (glued,) = parse_markdown('Строка содержит <!-- -->"Зд" и <!-- x --> ещё.\n'.encode(), foreign="keep")
    assert glued.text == 'Строка содержит "Зд" и ещё.'  # a space stays between the words either way


def test_a_readme_under_shield_badges_is_judged_on_its_prose():
    """Six shield badges over three Russian lines (an npm package's README): the badges' alt text
    ("npm", "GitHub issues", "GitHub license") made the page English and its Russian lines were cut
    as foreign. A badge's alt text describes a picture, not the page's prose: each badge leaves the
    text for a ``figure`` span (``alt``, ``src``, ``href``) and an ``image`` record in ``removed``
    (issue 15, images out of the flow), the first one's source wrapped onto a second line too; the
    Russian lines stay and the whole text is Russian and pure to ``judge``."""
    from sloika.lang.purity import judge

    badges = (
        "[![npm](https://img.shields.io/npm/v/demo-maps.svg?label=npm\n)](https://www.npmjs.com/package/demo-maps)\n"
        "[![GitHub issues](https://img.shields.io/github/issues/demo/demo-maps.svg)](https://github.com/demo/demo-maps/issues)\n"
        "[![GitHub closed issues](https://img.shields.io/github/issues-closed/demo/demo-maps.svg)](https://github.com/demo/demo-maps/issues)\n"
        "[![npm](https://img.shields.io/npm/dm/demo-maps.svg)](https://www.npmjs.com/package/demo-maps)\n"
        "[![GitHub license](https://img.shields.io/github/license/demo/demo-maps)](https://github.com/demo/demo-maps/blob/main/LICENSE)\n"
        "[![GitHub stars](https://img.shields.io/github/stars/demo/demo-maps.svg?style=social)](https://github.com/demo/demo-maps/stargazers)"
    )
    prose = (
        "# demo-maps\n\n"
        "Рады видеть вас в Demo Maps!\n\n"
        "Это - обёртка над картами для Vue с поддержкой TypeScript.\n\n"
        "[Свежая документация](https://demo.example.org/maps/)"
    )
    (doc,) = parse_markdown(f"{badges}\n\n{prose}\n".encode())
    assert doc.text == prose
    written = badges.split("\n[")  # the badges as written, one a line but the first's wrapped source
    assert [span.attrs["text"] for span in doc.layers["removed"]] == written[:1] + [
        "[" + b for b in written[1:]
    ]
    figures = [span.attrs for span in doc.spans if span.label == "figure"]
    assert [figure["alt"] for figure in figures] == [
        "npm", "GitHub issues", "GitHub closed issues", "npm", "GitHub license", "GitHub stars",
    ]  # fmt: skip
    assert figures[0]["src"] == "https://img.shields.io/npm/v/demo-maps.svg?label=npm"
    assert figures[0]["href"] == "https://www.npmjs.com/package/demo-maps"
    verdict = judge(doc.text, None)
    assert (verdict.lang, verdict.purity) == ("ru", 1.0)


def test_mdx_markup_taken_out_of_the_text_is_recorded_in_removed_where_it_stood():
    """Nothing lost: each import/export block, component tag, HTML wrapper and template tag taken
    out of an MDX page's prose is a ``removed`` record (``mdx_esm``, ``mdx_component``,
    ``html_wrapper``, ``template_tag``) with its text, at the end of the text before it; the kept
    text is the same as without the records, and a tag in inline code stays text."""
    source = (
        "---\ntitle: useState\n---\n\n"
        "import Sandbox from './Sandbox';\n"
        "export const toc = [];\n\n"
        "<Intro>\n\n"
        "Хук хранит состояние компонента.\n\n"
        "</Intro>\n\n"
        "Нажмите <Kbd>Enter</Kbd>, а не `<Kbd>`.\n\n"
        "<details>\n\n"
        "Подробности ниже.\n\n"
        "</details>\n\n"
        "{{< note >}}\n"
        "Конец страницы.\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == (
        "Хук хранит состояние компонента.\n\n"
        "Нажмите Enter, а не `<Kbd>`.\n\n"
        "Подробности ниже.\n\n"
        "Конец страницы."
    )
    first, second, third = 32, 32 + 2 + 7, 32 + 2 + 28 + 2 + 17
    assert [(s.start, s.end, s.label, s.attrs["text"]) for s in doc.layers["removed"]] == [
        (0, 0, "mdx_esm", "import Sandbox from './Sandbox';\nexport const toc = [];"),
        (0, 0, "mdx_component", "<Intro>"),
        (first, first, "mdx_component", "</Intro>"),
        (second, second, "mdx_component", "<Kbd>"),
        (second + 6, second + 6, "mdx_component", "</Kbd>"),
        (first + 2 + 28, first + 2 + 28, "html_wrapper", "<details>"),
        (third, third, "html_wrapper", "</details>"),
        (third, third, "template_tag", "{{< note >}}"),
    ]


def test_an_html_caption_reads_as_markdown_throughout():
    """A caption in ``<span class="caption">`` with ``<em>`` and ``<code>`` inside (the Rust book's
    listings and figures) reads as Markdown of one kind: the span's tags go to ``removed``
    (``html_wrapper``), ``<code>`` becomes a code span (entities read), ``<em>`` emphasis; in a
    table row a ``|`` written ``&vert;`` stays escaped so the cell is not split."""
    source = (
        '<span class="caption">Листинг 1-2: файл <em>Cargo.toml</em> после команды '
        "<code>cargo new</code></span>\n\n"
        "| Знак | Пример |\n|---|---|\n| <code>&vert;</code> | <code>a &vert; b</code> |\n\n"
        "Текст `<code>x</code>` в коде.\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    caption = "Листинг 1-2: файл *Cargo.toml* после команды `cargo new`"
    assert doc.text == (
        f"{caption}\n\n| Знак | Пример |\n|---|---|\n| `\\|` | `a \\| b` |\n\nТекст `<code>x</code>` в коде."
    )
    assert [(s.start, s.label, s.attrs["text"]) for s in doc.layers["removed"]] == [
        (0, "html_wrapper", '<span class="caption">'),
        (len(caption), "html_wrapper", "</span>"),
    ]


def test_a_bare_capitalised_tag_in_a_sentence_is_text_not_a_component():
    """A README's "<Buffer> -> [bucket-name]/…" names a value in running text: no attributes, text
    after it, never closed, so MDX could not read it as a component (issue 15); a component closed
    on its line or standing alone on it is still markup."""
    source = (
        "- Загрузка буфера\n"
        "  <Buffer> -> [bucket-name]/test/photo.png\n\n"
        "Нажмите <Kbd>Ctrl</Kbd>, чтобы сохранить файл.\n\n"
        "<Tabs>\n\n"
        "Первая вкладка с описанием загрузки файлов.\n\n"
        "</Tabs>\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert "<Buffer> -> [bucket-name]/test/photo.png" in doc.text
    assert "Нажмите Ctrl, чтобы сохранить файл." in doc.text
    removed = [(s.label, s.attrs["text"]) for s in doc.layers.get("removed", [])]
    assert removed == [
        ("mdx_component", "<Kbd>"),
        ("mdx_component", "</Kbd>"),
        ("mdx_component", "<Tabs>"),
        ("mdx_component", "</Tabs>"),
    ]
