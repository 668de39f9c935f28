"""A plain-text admonition's label alone on its line ("Tip", "Note") goes with its body where the
body is cut, and stays over a body that is kept (issue 15, debmake-doc's Russian .txt: ten "Tip" /
"Tip" pairs where an untranslated tip was cut, left by issue-text35). Written for these tests;
every expected text is written by hand."""

from sloika.pipelines.formats.plain import parse_text

INTRO = (
    "    Команда debmake создаёт шаблонные файлы пакета Debian, которые затем нужно отредактировать\n"
    "    вручную, чтобы довести их до совершенства и выполнить все требования к пакету."
)
ENGLISH_TIP = (
    "    The debuild command in this and following examples may be\n"
    "    substituted by equivalent commands such as the sbuild command."
)
# its sentence, broken by hand where it goes on in lower case, joins before it is judged (plain_wraps)
ENGLISH_TIP_JOINED = (
    "    The debuild command in this and following examples may be "
    "substituted by equivalent commands such as the sbuild command."
)
RUSSIAN_TIP = (
    "    Если доступен tar-архив основной ветки разработки в формате .tar.xz, то используйте его\n"
    "    вместо архивов в формате .tar.gz или .tar.bz2, поскольку он меньше."
)
AFTER = (
    "    Сборка пакета выполняется в чистом окружении, поэтому все зависимости должны быть\n"
    "    перечислены в файле debian/control, иначе сборка завершится с ошибкой."
)


def test_a_label_goes_with_its_cut_body_and_stays_over_a_kept_one():
    text = f"{INTRO}\n\n    Tip\n\n{ENGLISH_TIP}\n\n    Tip\n\n{RUSSIAN_TIP}\n\n{AFTER}\n"
    parsed = parse_text(text, "trim", ("ru",))
    # the Russian paragraphs are hard-wrapped at one width: their lines join (plain_wraps)
    assert parsed.text == (
        "    Команда debmake создаёт шаблонные файлы пакета Debian, которые затем нужно отредактировать "
        "вручную, чтобы довести их до совершенства и выполнить все требования к пакету.\n\n"
        "    Tip\n\n"
        "    Если доступен tar-архив основной ветки разработки в формате .tar.xz, то используйте его "
        "вместо архивов в формате .tar.gz или .tar.bz2, поскольку он меньше.\n\n"
        "    Сборка пакета выполняется в чистом окружении, поэтому все зависимости должны быть "
        "перечислены в файле debian/control, иначе сборка завершится с ошибкой.\n"
    )
    removed = [(record.label, record.attrs["text"]) for record in parsed.layers["removed"]]
    assert removed == [("foreign_companion", "    Tip"), ("foreign_paragraph", ENGLISH_TIP_JOINED)]
