"""A practice report's timing table and its pseudo-code (issue 15, check 57 row 08): the ``tabular``
under "Анализ" — "a & b & Время выполнения …" over rows of powers and seconds — was in neither the
text nor ``removed`` (only the ``table`` span's ``rows`` held its cells), so the conclusion drawn
from it pointed at nothing; and the ``algorithmic`` block was kept as typed, "\\State 1.
\\textit{(проверка взаимной простоты)}.\\\\" / "\\ \\ \\ \\ \\ \\ \\Return{0}". The sources are written
here after the report's; every expected text is spelled out by hand."""

from __future__ import annotations

from conftest import read_latex_paper as read
from conftest import removed_records

TIMINGS = (
    "\\section{Анализ}\n\n"
    "\\begin{tabular}{|c|c|c|c|}\n\\hline\n"
    "a & b & Время работы Sage & Время работы моего алгоритма\\\\\n\\hline\n"
    "$17^{5397}$ & $113537^{753}$ & 0.00s & 0.05s\\\\\n"
    "$137^{5397}$ & $113537^{7531}$ & 0.00s & 0.27s\\\\\n"
    "\\hline\n\\end{tabular}\n\n"
    "Из результатов видно, что Sage считает быстрее."
)


def test_a_tabular_outside_a_float_stands_in_the_text_one_row_a_line(tmp_path):
    doc = read(tmp_path, TIMINGS)
    assert doc.text == (
        "Анализ\n\n"
        "a | b | Время работы Sage | Время работы моего алгоритма\n"
        "$17^{5397}$ | $113537^{753}$ | 0.00s | 0.05s\n"
        "$137^{5397}$ | $113537^{7531}$ | 0.00s | 0.27s\n\n"
        "Из результатов видно, что Sage считает быстрее."
    )
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert doc.text[table.start : table.end] == (
        "a | b | Время работы Sage | Время работы моего алгоритма\n"
        "$17^{5397}$ | $113537^{753}$ | 0.00s | 0.05s\n"
        "$137^{5397}$ | $113537^{7531}$ | 0.00s | 0.27s"
    )
    assert table.attrs["rows"][1] == ["$17^{5397}$", "$113537^{753}$", "0.00s", "0.05s"]


def test_a_caption_prints_where_it_is_typed_and_only_cells_that_hold_a_place_stay_blank(tmp_path):
    """A float's caption typed after its grid prints under the rows. A blank cell between two filled
    ones stays, and so do those before a row's first where it has more (a multirow's second line
    stands under its own columns); those after its last, those before a row's one filled cell (a
    title row) and a spacer column blank in every row part nothing."""
    doc = read(
        tmp_path,
        "Итоги.\n\n\\begin{table}[h]\n\\begin{tabular}{lp{2em}lll}\n"
        "Метод & & Время & Ошибка & \\\\\n & & Быстрые & & \\\\\nRBF & & 1 с & & \\\\\n"
        " & & (0.1 с) & (0.3 \\%) & \\\\\n\\end{tabular}\n\\caption{Сравнение методов}\n\\end{table}\n\n"
        "Конец.",
    )
    assert doc.text == (
        "Итоги.\n\nМетод | Время | Ошибка\nБыстрые\nRBF | 1 с\n | (0.1 с) | (0.3 %)\n\n"
        "Сравнение методов\n\nКонец."
    )


def test_a_comment_environment_leaves_a_removed_record(tmp_path):
    """The comment package's block prints nothing: its text goes to ``removed`` where it stood, not
    nowhere."""
    doc = read(
        tmp_path,
        "Первый абзац.\n\n\\begin{comment}\nЧерновик раздела.\n\\end{comment}\n\nВторой абзац.",
        preamble="\\usepackage{comment}\n",
    )
    assert doc.text == "Первый абзац.\n\nВторой абзац."
    assert removed_records(doc) == [("comment", "Черновик раздела.")]
    (record,) = doc.layers["removed"]
    assert record.start == record.end == len("Первый абзац.\n\n")


ALGORITHM = (
    "\\begin{algorithm}[ph]\n\t\\caption{Алгоритм вычисления символа Якоби}\n"
    "\t\\begin{algorithmic}\n"
    "\t\t\\State 1. \\textit{(проверка взаимной простоты)}.\\\\\n"
    "\t\t\\ \\ \\ Если НОД $(a,b)$ не равен единице, то\\\\\n"
    "\t\t\\ \\ \\ \\ \\ \\ \\Return{0}\n"
    "\t\t\\State 2. \\textit{(инициализация)}. $r:=1$\n"
    "\t\t\\State 3. \\textit{(выход)}\\\\\n"
    "\t\t\\ \\ \\ \\ \\ \\ \\Return{$r$} \n"
    "\t\\end{algorithmic}\n\\end{algorithm}\n"
    "В алгоритме берётся наименьший вычет."
)


def test_algorithmic_reads_as_it_prints_one_line_a_step_control_spaces_as_indent(tmp_path):
    doc = read(tmp_path, ALGORITHM, preamble="\\usepackage{algorithm}\n\\usepackage[noend]{algpseudocode}\n")
    code = (
        "1. (проверка взаимной простоты).\n"
        "   Если НОД $(a,b)$ не равен единице, то\n"
        "      return 0\n"
        "2. (инициализация). $r:=1$\n"
        "3. (выход)\n"
        "      return $r$"
    )
    assert doc.text == f"Алгоритм вычисления символа Якоби\n\n{code}\n\nВ алгоритме берётся наименьший вычет."
    (span,) = [span for span in doc.spans if span.label == "code"]
    assert doc.text[span.start : span.end] == code
    assert span.attrs["environment"] == "algorithmic"


def test_algpseudocode_blocks_indent_their_bodies_and_the_older_package_reads_alike(tmp_path):
    """``\\If``/``\\For`` print their keywords and indent up to their ends; ``\\Comment`` is "▷ …";
    the older ``algorithmic`` package's ``\\STATE``, ``\\IF``, ``\\ENDIF`` and ``\\RETURN`` read the
    same."""
    doc = read(
        tmp_path,
        "\\begin{algorithmic}[1]\n\\Require $n \\ge 0$\n\\State $s \\gets 0$\n"
        "\\For{$i = 1, \\dots, n$}\n\\If{$i$ чётно} \\Comment{только чётные}\n\\State $s \\gets s + i$\n"
        "\\EndIf\n\\EndFor\n\\State \\Return $s$\n\\end{algorithmic}\n\n"
        "\\begin{algorithmic}\n\\IF{$x > 0$}\n\\STATE $y \\gets x$\n\\ENDIF\n\\RETURN $y$\n"
        "\\end{algorithmic}",
    )
    assert doc.text == (
        "Require: $n \\ge 0$\n"
        "$s \\gets 0$\n"
        "for $i = 1, \\dots, n$ do\n"
        "    if $i$ чётно then ▷ только чётные\n"
        "        $s \\gets s + i$\n"
        "    end if\n"
        "end for\n"
        "return $s$\n\n"
        "if $x > 0$ then\n"
        "    $y \\gets x$\n"
        "end if\n"
        "return $y$"
    )
