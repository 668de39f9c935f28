"""Shell command lines in a Russian manual are code, not English (issue 15, thirty-second check row
17): a plain-text install guide's blocks "sudo apt update" / "sudo apt install -y nginx …" / "cd
/opt/app && make install", "sudo systemctl restart nginx" and "sudo -u postgres createuser app" were
cut by the reader as a `foreign_paragraph` (the sentence introducing the next block went with it as
`orphaned_by_cut`) and trimmed by the purity judge as `script:latin`. A known program's name with a
mark of a command line (sudo, a chain, an option, a path) makes a line code; a name alone does not.
Fixtures written for these tests; the expected values by hand."""

from __future__ import annotations

import pytest

from sloika.config import LanguageConfig
from sloika.documents import SloikaDocument
from sloika.lang import purity
from sloika.pipelines.formats.plain import parse_text
from sloika.text.code_lines import is_program_line
from sloika.text.spans import add_span, spans

GUIDE = """Установка сервера на Debian

Перед установкой обновите списки пакетов и поставьте зависимости. Все команды выполняются от имени
администратора, поэтому перед ними стоит sudo.

    sudo apt update
    sudo apt install -y nginx postgresql git
    git clone https://example.org/app.git /opt/app
    cd /opt/app && make install

После этого проверьте, что служба запущена:

$ systemctl status nginx
$ journalctl -u nginx --since today

Если служба не запустилась, посмотрите журнал и исправьте настройки в файле /etc/nginx/nginx.conf.
Затем перезапустите её командой

    sudo systemctl restart nginx

и снова проверьте состояние. Настройка базы данных описана в следующем разделе.

Создайте пользователя и базу:

sudo -u postgres createuser app
sudo -u postgres createdb -O app appdb

Готово: сервер и база работают, можно переходить к настройке приложения.
"""


@pytest.mark.parametrize(
    "line",
    [
        "sudo apt update",
        "sudo systemctl restart nginx",
        "sudo -u postgres createuser app",
        "cd /opt/app && make install",
        "journalctl -u nginx | tail -n 50",
        'psql -U app -d appdb -c "SELECT version();"',
    ],
)
def test_a_known_programs_command_line_is_code(line):
    assert is_program_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "make sure the service runs",  # a program's name, no mark of a command
        "find the log in the folder",
        "sudo is required to install it",  # "is" is no program
        "make install",  # a name and a word: judged with its neighbours, not alone
        "cat /etc/hosts and restart.",  # a sentence's end
        "sudo systemctl restart служба",  # not ASCII
        "which You Share the Licensed Material",  # a wrapped sentence's line: its function words
        "which you share the licensed material",
    ],
)
def test_a_line_with_a_programs_name_but_no_mark_of_a_command_is_judged(line):
    assert not is_program_line(line)


# the guide's sentence broken by hand where it goes on in lower case joins (plain_wraps)
GUIDE_READ = GUIDE.replace("выполняются от имени\nадминистратора,", "выполняются от имени администратора,")


def test_a_russian_guides_command_blocks_stay_in_the_text():
    parsed = parse_text(GUIDE)
    assert parsed.text == GUIDE_READ
    assert not parsed.layers.get("removed")
    doc = SloikaDocument(text=parsed.text, id="guide", metadata={})
    for span in parsed.spans:  # as the build hands the reader's structure to the judge
        add_span(doc, "structure", span.start, span.end, span.label, annotator="test", attrs=span.attrs)
    purity.apply_purity(doc, LanguageConfig(purity=True, purity_action="trim"))
    assert doc.text == GUIDE_READ
    assert "removed" not in spans(doc)
