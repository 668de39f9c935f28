"""LaTeX leftovers of the sixty-second and sixty-third held-out checks (issue 15), on fixtures in the
shape of the Russian lecture notes they were found in: theorem-like environments under a course's
short names (``opr``, ``teo``, ``lem``…) whose shared preamble, absent, declares them, and lists typed
as lines of their own with no list environment. The expected texts are written by hand from what the
typeset page prints."""

from __future__ import annotations

from conftest import read_latex_paper as read

# check 62 row 7's shape (Fedka-mexmat_slupi lec1.tex): a course's \newtheorem names, undeclared here
RUSSIAN_SHORT_NAMES = (
    "\\begin{opr}\nСлучайный процесс — семейство случайных величин.\n\\end{opr}\n\n"
    "\\begin{teo}[Ломницкого-Улама]\nТакое семейство существует.\n\\end{teo}\n\n"
    "\\begin{lem}\nЧисло возвращений конечно.\n\\end{lem}\n\n"
    "\\begin{sled}\nБлуждание невозвратно.\n\\end{sled}\n\n"
    "\\begin{utv}\nСумма вычетов равна нулю.\n\\end{utv}\n\n"
    "\\begin{zam}\nОбратное неверно.\n\\end{zam}\n\n"
    "\\begin{prim}\nБросок монеты.\n\\end{prim}\n\n"
    "\\begin{zad}\nНайдите вероятность.\n\\end{zad}\n"
)


def test_a_courses_short_theorem_names_are_headed_by_the_names_they_stand_for(tmp_path):
    """``opr``, ``teo``, ``lem``, ``sled``, ``utv``, ``zam``, ``prim``, ``zad`` used with no
    ``\\newtheorem`` at hand open with the Russian name each abbreviates, unnumbered, a note in
    parentheses. Before, the bodies had no heading: "Ломницкого-Улама. Такое…", a definition read as
    the lecture's plain sentence."""
    doc = read(tmp_path, RUSSIAN_SHORT_NAMES)
    assert doc.text == (
        "Определение. Случайный процесс — семейство случайных величин.\n\n"
        "Теорема (Ломницкого-Улама). Такое семейство существует.\n\n"
        "Лемма. Число возвращений конечно.\n\n"
        "Следствие. Блуждание невозвратно.\n\n"
        "Утверждение. Сумма вычетов равна нулю.\n\n"
        "Замечание. Обратное неверно.\n\n"
        "Пример. Бросок монеты.\n\n"
        "Задача. Найдите вероятность."
    )


def test_an_english_papers_abbreviations_are_headed_in_english(tmp_path):
    """``thm``, ``lem``, ``defn``, ``cor``, ``prop``, ``rem`` in an English paper print the English
    names amsthm's documentation declares them with."""
    doc = read(
        tmp_path,
        "\\begin{defn}\nA group is a set.\n\\end{defn}\n\n"
        "\\begin{thm}[Lagrange]\nThe order divides.\n\\end{thm}\n\n"
        "\\begin{lem}\nA coset is a set.\n\\end{lem}\n\n"
        "\\begin{cor}\nPrime order is cyclic.\n\\end{cor}\n\n"
        "\\begin{prop}\nThe kernel is normal.\n\\end{prop}\n\n"
        "\\begin{rem}\nThe converse fails.\n\\end{rem}\n",
    )
    assert doc.text == (
        "Definition. A group is a set.\n\n"
        "Theorem (Lagrange). The order divides.\n\n"
        "Lemma. A coset is a set.\n\n"
        "Corollary. Prime order is cyclic.\n\n"
        "Proposition. The kernel is normal.\n\n"
        "Remark. The converse fails."
    )


def test_a_starred_name_is_headed_as_the_plain_one(tmp_path):
    """``\\begin{thm*}`` and ``\\begin{definition*}``, the unnumbered forms a preamble declares beside
    the numbered ones (``\\newtheorem*{thm*}{Теорема}``), print the same names. Before, the note read as
    a lead-in, "Лагранжа. Порядок…"."""
    doc = read(
        tmp_path,
        "\\begin{thm*}[Лагранжа]\nПорядок подгруппы делит порядок группы.\n\\end{thm*}\n\n"
        "\\begin{definition*}\nГруппа — множество с операцией.\n\\end{definition*}\n",
    )
    assert doc.text == (
        "Теорема (Лагранжа). Порядок подгруппы делит порядок группы.\n\n"
        "Определение. Группа — множество с операцией."
    )


def test_a_problems_number_note_prints_after_its_name_and_is_what_ref_prints(tmp_path):
    """A task sheet's ``\\begin{zad}[1.7]`` (its class's own number) prints "Задача 1.7.", and a
    ``\\ref`` to its label "1.7", as an unknown class's ``problem`` did; a title note stays in
    parentheses."""
    doc = read(
        tmp_path,
        "\\begin{zad}[1.7]\\label{z:mera}\nДокажите, что $P$ — мера.\n\\end{zad}\n\n"
        "\\begin{problem}[Бюффон]\nНайдите вероятность.\n\\end{problem}\n\n"
        "По задаче~\\ref{z:mera} это мера.\n",
    )
    assert doc.text == (
        "Задача 1.7. Докажите, что $P$ — мера.\n\n"
        "Задача (Бюффон). Найдите вероятность.\n\n"
        "По задаче 1.7 это мера."
    )


def test_a_declared_short_name_keeps_its_declarations_name_and_number(tmp_path):
    """``\\newtheorem{opr}{Определение}[section]`` and a theorem sharing its counter print their own
    names, numbered within the section (passes before and after: the declaration wins)."""
    doc = read(
        tmp_path,
        "\\section{Меры}\n"
        "\\begin{opr}\nМера счётно-аддитивна.\n\\end{opr}\n\n"
        "\\begin{teo}\nМера непрерывна.\n\\end{teo}\n",
        preamble="\\newtheorem{opr}{Опр}[section]\n\\newtheorem{teo}[opr]{Теор}\n",
    )
    assert doc.text == "Меры\n\nОпр 1.1. Мера счётно-аддитивна.\n\nТеор 1.2. Мера непрерывна."


def test_a_papers_own_environment_of_a_short_name_prints_no_guessed_heading(tmp_path):
    """A paper that defines ``thm`` with ``\\newenvironment`` prints what it defines: no "Theorem."."""
    doc = read(
        tmp_path,
        "\\begin{thm}\nThe order divides.\n\\end{thm}\n",
        preamble="\\newenvironment{thm}{\\itshape}{}\n",
    )
    assert doc.text == "The order divides."


def test_lists_typed_as_lines_keep_each_item_on_its_line_with_its_label(tmp_path):
    """Items typed by hand after ``\\\\`` (with a skip, or ``\\textbf``/``\\noindent`` labels) or
    after blank lines, the form check 62 row 7 and check 63 rows 7 and 9 use, stand each on a line or
    paragraph of its own with its label (passes before and after: a guard)."""
    doc = read(
        tmp_path,
        "Свойства пределов:\\\\\n(1) предел суммы;\\\\\n(2) предел произведения.\\\\\nДалее докажем их.\n\n"
        "Рассмотрим случаи:\\\\[2mm]\n\\noindent а) $x > 0$;\\\\[2mm]\n\\noindent б) $x < 0$.\n\n"
        "\\textbf{Алгоритм:}\\\\\n\\textbf{1.} Запишите соотношение.\\\\\n\\textbf{2.} Найдите корни.\n\n"
        "Признаки:\n\n1) первый признак;\n\n2) второй признак.\n",
    )
    assert doc.text == (
        "Свойства пределов:\n(1) предел суммы;\n(2) предел произведения.\nДалее докажем их.\n\n"
        "Рассмотрим случаи:\nа) $x > 0$;\nб) $x < 0$.\n\n"
        "Алгоритм:\n1. Запишите соотношение.\n2. Найдите корни.\n\n"
        "Признаки:\n\n1) первый признак;\n\n2) второй признак."
    )
