"""Doubled marks inside numbers and drawings are no DokuWiki markup (issue 15, forty-ninth check row
18): a plain text holding "2**10" and "50%% … 20%%" was sniffed as a wiki page (bold and an escape,
two kinds of construct) and lost those characters. Texts written for this test; the expected text
is the file as written."""

from sloika.config import InputSpec
from sloika.pipelines.formats.dokuwiki import is_dokuwiki
from sloika.pipelines.inputs import resolve_inputs
from sloika.pipelines.readers import SourceReader

POWERS = (
    "В языке Python степень пишется так: 2**10 равно 1024, а 5**3 равно 125. "
    "Скидка сегодня 50%% и завтра 20%% для всех покупателей.\n"
)


def test_doubled_marks_inside_numbers_are_no_markup():
    assert not is_dokuwiki(POWERS)
    assert not is_dokuwiki("Жирный **текст** и скидка 50%%%% и ещё 20%%%% завтра.")
    art = "@@@**+==++*##%%%##*+=--+##*****+==*%%%%%====++@@\n@@@#**++=-----=+++**##%%@@@%%%%%%%##%@%#*#*%@@\n"
    assert not is_dokuwiki(art)


def test_markup_at_words_edges_is_still_dokuwiki():
    assert is_dokuwiki("Жирный **текст** и %%[[не ссылка]]%% тут.")
    assert is_dokuwiki('Кавычки пишутся так: (%%""%%), а **жирный** так.')
    assert is_dokuwiki("Текст //курсивом// и ''моноширинный''.\n\n  * пункт списка")


def test_a_text_with_powers_and_percents_is_read_as_written(tmp_path):
    (tmp_path / "p.txt").write_text(POWERS, encoding="utf-8")
    (file,) = resolve_inputs([InputSpec(path=str(tmp_path / "p.txt"))])
    assert next(SourceReader([], 10_000_000).read_file(file)).text == POWERS
