"""``sloika.text.discourse.points_back``: which paragraph openers point back at the text before them.
The sentences are sloika's own; each expected opener is typed by hand."""

from __future__ import annotations

import pytest

from sloika.text.discourse import points_back


@pytest.mark.parametrize(
    ("text", "opener"),
    [
        ("Кроме того, пакет требует для сборки библиотеку libgtk.", "кроме того"),
        ("Однако некоторые пакеты не будут распакованы до проверки.", "однако"),
        ("Тем не менее, такие изменения разрешены.", "тем не менее"),
        ("Например, для итальянского языка задайте LC_MESSAGES.", "например"),
        ("Вот его содержимое:", "вот"),
        ("Эти пакеты устанавливаются вместе с зависимыми.", "эти"),
        ("These programs are built twice.", "these"),  # the plural points at a list named before
        ("Этот файл содержит описание исходного кода.", "этот"),  # after "• foo.dsc": that item
        ("Это пакет для сборки шрифтов.", "это"),  # a pronoun: "this is a package"
        ("Они распространяются в пакете debian-reference.", "они"),
        ("Альтернативный способ сборки родного пакета:", "альтернативный"),
        ("• Затем укажите версию каждого пакета.", "затем"),
        ("Спустя какое-то время дистрибутив становится по-настоящему замороженным.", "спустя какое-то время"),
        ("Через некоторое время пакет попадёт в тестируемый выпуск.", "через некоторое время"),
        ("Debian также предлагает механизм локальных версий.", "Debian также"),
        ("Многие сочтут предлагаемый способ долгим.", "предлагаемый"),
        ("Предположим, что ошибку исправили, и эту новую версию загрузили.", "эту новую"),
        ("Ещё одним хорошим списком рассылки является debian-mentors.", "ещё одним"),
        ("Касательно всех остальных материалов, переводите их в пакете.", "всех остальных"),
        ("However, the package can be built by hand.", "however"),
        ("For example, run the command twice.", "for example"),
        ("After a while, the package migrates to testing.", "after a while"),
        ("This is the version under development.", "this"),
        ("You can also build it with pbuilder.", "You can also"),
        ("The method described above needs root.", "described above"),
        ("Сохраните картинки в эту папку, и программа выберет одну.", "в эту папку"),
        ("На этой стадии оба выпуска совпадают.", "На этой стадии"),
        ("После этого служба перечитает свои настройки.", "после этого"),  # "then": the step before
        ("Put your pictures into this folder before the start.", "into this folder"),
    ],
)
def test_openers_that_point_back(text, opener):
    assert points_back(text) == opener


@pytest.mark.parametrize(
    "text",
    [
        "Кроме этого документа также важно прочитать следующую документацию:",  # the document itself
        "Этот документ доступен в пакете debian-faq.",
        "This section describes the control file.",
        # the package or program the README accompanies (issue 15, console-cyrillic's README.ru)
        "Этот пакет содержит кириллические консольные шрифты.",
        "Эта программа показывает карты игры.",
        "This package provides Cyrillic console fonts.",
        "Подробнее о зависимостях написано в руководстве по политике.",
        "Для команды dpkg-buildpackage:",
        "СМОТРИТЕ ТАКЖЕ",  # a man page's section title
        "[7] С другой стороны, всегда будут новые программы.",  # a footnote points at its mark
        "Стабильный выпуск стабилен как скала.",
        "Начинать следует с установки пакета.",  # "Начинать", not "Но"
        "Sometimes the package is built twice.",  # "So…" inside a word
        "Подробности описаны в этом разделе ниже.",  # the document itself
        "Если сборка требует цели build, то для этого можно создать свою цель.",  # a pronoun, after a comma
        "gnu-standards — в этом пакете содержатся стандарты GNU.",  # its own term, before the dash
        "Пользователь пишет письмо об этом в BTS.",  # "об этом": the pronoun
        "В этом диалоге можно изменить название профиля.",  # the window the page describes
        # the chapter itself, which was an overview: it closes a chapter, it points at no paragraph
        "После этого обзора основных настроек системы перейдём к работе с сетью.",
        "After this overview of the main settings, the next chapter turns to the network.",
    ],
)
def test_openers_that_do_not(text):
    assert points_back(text) is None
