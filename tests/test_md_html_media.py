"""Raw HTML media elements in Markdown (``<video>``, ``<audio>``, ``<iframe>``, with their
``<source>`` and ``<track>``) are markup: a README's "<video width="320" height="240" controls>" and
"</video>" stood in the kept text around the player's fallback sentence (the thirty-seventh
held-out check's icreate_exe README; issue 15). Their tags go to ``removed`` as ``html_wrapper``;
the fallback text inside a player stays as a paragraph of its own."""

from __future__ import annotations

from sloika.pipelines.formats.markdown import parse_markdown


def _wrappers(doc) -> list[str]:
    return [s.attrs["text"] for s in doc.layers.get("removed", []) if s.label == "html_wrapper"]


def test_a_video_with_fallback_text_leaves_the_text_alone():
    """A player right under a heading: its tags out, its fallback sentence a paragraph."""
    source = (
        "## Пример использования\n"
        '<video width="320" height="240" controls>\n'
        '    <source src="./video.mp4" type="video/mp4">\n'
        "    Ваш браузер не поддерживает видео. \n"
        "</video>\n\n"
        "Пример можно посмотреть по ссылке.\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == (
        "## Пример использования\n\nВаш браузер не поддерживает видео.\n\nПример можно посмотреть по ссылке."
    )
    assert _wrappers(doc) == [
        '<video width="320" height="240" controls>',
        '<source src="./video.mp4" type="video/mp4">',
        "</video>",
    ]


def test_players_and_frames_without_text_leave_nothing():
    """A ``<video src=…>``, an ``<audio>`` of sources and a track, an embedded ``<iframe>``: no
    text of theirs is left, not even an empty line between the paragraphs around them."""
    source = (
        "Демонстрация работы:\n\n"
        '<video src="demo.mp4" controls></video>\n\n'
        '<audio controls>\n  <source src="a.ogg" type="audio/ogg">\n'
        '  <track kind="captions" src="a.vtt">\n</audio>\n\n'
        '<iframe width="560" src="https://www.youtube.com/embed/xyz" allowfullscreen></iframe>\n\n'
        "Конец примера.\n"
    )
    (doc,) = parse_markdown(source.encode(), foreign="keep")
    assert doc.text == "Демонстрация работы:\n\nКонец примера."
    assert _wrappers(doc) == [
        '<video src="demo.mp4" controls>',
        "</video>",
        "<audio controls>",
        '<source src="a.ogg" type="audio/ogg">',
        '<track kind="captions" src="a.vtt">',
        "</audio>",
        '<iframe width="560" src="https://www.youtube.com/embed/xyz" allowfullscreen>',
        "</iframe>",
    ]
