"""A plain-text list item is judged whole, its wrapped lines with its first line: a translated book's
untranslated item goes whole and its translated neighbours stay, and a run of short items is judged
together, not each alone (issue 15, debmake-doc's Russian .txt, left by issue-text35: "+ Send patches
to the Debian packaging helper scripts such" kept over its cut "as devscripts, …"). Written for these
tests; every expected text is written by hand."""

from sloika.pipelines.formats.plain import parse_text

INTRO = (
    "    Начинающий участник и сопровождающий могут недоумевать по поводу того, где же начать\n"
    "    участвовать в Debian. Ниже приводятся некоторые предложения в зависимости от ваших навыков."
)
RUSSIAN_ITEM = "          + Отправляйте заплаты для программы установки Debian и её модулей."
ENGLISH_ITEM = (
    "          + Send patches to the Debian packaging helper scripts such\n"
    "            as devscripts, sbuild, schroot, etc. mentioned in this\n"
    "            document."
)
# the item's own wrapped lines, hanging under its text, join (plain_wraps._item_wrapped)
ENGLISH_JOINED = (
    "          + Send patches to the Debian packaging helper scripts such as devscripts, sbuild, schroot, "
    "etc. mentioned in this document."
)
SKILLS = (
    "      * Навыки работы с командной оболочкой POSIX, Perl и Python:\n\n"
    f"{RUSSIAN_ITEM}\n{ENGLISH_ITEM}\n"
    "      * Навыки C и C++:\n\n"
    "          + Отправляйте заплаты для пакетов, имеющих приоритеты\n"
    "            required и important."
)
AFTER = (
    "    Эта деятельность даст вам возможность познакомиться с другими участниками Debian и\n"
    "    улучшить вашу репутацию среди сопровождающих пакетов и разработчиков дистрибутива."
)
LEAD_IN = "    Создадим пакет с помощью команды debmake в виде нескольких\n    пакетов:"
# its sentence broken by hand where it goes on in lower case joins (plain_wraps)
LEAD_IN_JOINED = "    Создадим пакет с помощью команды debmake в виде нескольких пакетов:"
SHORT_ITEMS = (
    "      * debhello: type = bin\n      * libsharedlib1: type = lib\n      * libsharedlib-dev: type = dev"
)


def _read(text: str):
    parsed = parse_text(text, "trim", ("ru",))
    return parsed.text, [record.attrs["text"] for record in parsed.layers.get("removed", [])]


def test_an_untranslated_item_goes_with_its_wrapped_lines_and_its_neighbours_stay():
    kept, removed = _read(f"{INTRO}\n\n{SKILLS}\n\n{AFTER}\n")
    assert "Send patches" not in kept
    assert "devscripts" not in kept and "document." not in kept
    assert RUSSIAN_ITEM in kept
    assert "required и important." in kept
    assert ENGLISH_JOINED in removed


def test_an_item_indented_with_no_break_spaces_keeps_its_wrapped_lines():
    item = ENGLISH_ITEM.replace("          +", "\xa0\xa0\xa0       +", 1)
    kept, removed = _read(f"{INTRO}\n\n{SKILLS.replace(ENGLISH_ITEM, item)}\n\n{AFTER}\n")
    assert "Send patches" not in kept and "devscripts" not in kept
    assert ENGLISH_JOINED.replace("          +", "\xa0\xa0\xa0       +", 1) in removed


def test_short_items_are_judged_together_and_stay_under_their_lead_in():
    text = f"{INTRO}\n\n{LEAD_IN}\n\n{SHORT_ITEMS}\n\n{AFTER}\n"
    kept, removed = _read(text)
    # the two paragraphs of prose are hard-wrapped at one width: their lines join (plain_wraps)
    assert kept == (
        "    Начинающий участник и сопровождающий могут недоумевать по поводу того, где же начать "
        "участвовать в Debian. Ниже приводятся некоторые предложения в зависимости от ваших навыков.\n\n"
        f"{LEAD_IN_JOINED}\n\n{SHORT_ITEMS}\n\n"
        "    Эта деятельность даст вам возможность познакомиться с другими участниками Debian и "
        "улучшить вашу репутацию среди сопровождающих пакетов и разработчиков дистрибутива.\n"
    )
    assert removed == []


def test_a_lead_in_whose_first_item_goes_still_leads_into_the_kept_ones():
    lead_in = (
        "    Процедура создания пакета Debian в современном стиле может быть\n"
        "    организована в виде набора простых модульных действий:"
    )
    english = (
        "      * using the dh command to invoke many utility scripts\n"
        "        automatically from the debhelper package, and"
    )
    russian = (
        "      * настройка их поведения с помощью декларативных файлов\n        настройки в каталоге debian/."
    )
    dashes = "    - первый шаг: подготовка исходного кода;\n    - второй шаг: сборка пакета."
    kept, removed = _read(f"{INTRO}\n\n{lead_in}\n\n{english}\n{russian}\n\n{AFTER}\n\n{dashes}\n")
    # each item's wrapped lines joined (plain_wraps._item_wrapped)
    assert (
        "    Процедура создания пакета Debian в современном стиле может быть "
        "организована в виде набора простых модульных действий:"
    ) in kept
    assert "      * настройка их поведения с помощью декларативных файлов настройки в каталоге debian/." in (
        kept
    )
    assert "debhelper" not in kept
    assert (
        "      * using the dh command to invoke many utility scripts automatically from the debhelper "
        "package, and"
    ) in removed
