"""LaTeX reading details a reviewer found in real papers, each on a hand-written fixture whose
expected text is what LaTeX (and its packages) print, worked out by hand."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.base import FormatError
from sloika.pipelines.formats.latex import parse_latex
from sloika.pipelines.formats.latex_macros import number_labels

from conftest import read_latex_paper as read


def test_only_numbered_tables_and_figures_step_their_counters():
    """LaTeX steps a float's counter in ``\\caption`` (``\\caption*`` and a float without a caption
    get no number; an empty ``\\caption{}`` does), longtable at its start unless it is ltcaption's
    ``longtable*``, tabularray's long tables unless ``label=none``; ``table*`` (two columns wide) is
    numbered like ``table``. A label in an unnumbered float refers to its section."""
    source = (
        "\\section{One}\\label{s1}\n"
        "\\begin{table}\\caption{First}\\label{t1}\\end{table}\n"
        "\\begin{longtable*}{ll} a & b \\\\ \\end{longtable*}\n"  # ltcaption: no number
        "\\begin{table}\\caption*{Unnumbered}\\label{t-star}\\end{table}\n"
        "\\begin{table}\\centering\\begin{tabular}{l} x \\end{tabular}\\end{table}\n"  # no caption
        "\\begin{figure}\\includegraphics{a}\\end{figure}\n"
        "\\begin{figure}\\caption{Fig}\\label{f1}\\end{figure}\n"
        "\\begin{table*}\\caption{Wide}\\label{t2}\\end{table*}\n"
        "\\begin{table}\\caption{}\\label{t3}\\end{table}\n"  # numbered, no title
        "\\begin{longtable}{l}\\caption*{Only a title} \\\\ a \\\\ \\label{t4}\\end{longtable}\n"
        "\\begin{longtblr}[caption={Plain},label=none]{ll} a & b \\end{longtblr}\n"
        "\\begin{longtblr}[caption={Long},label={t5}]{ll} a & b \\end{longtblr}\n"
        "\\begin{table}\\caption{Last}\\label{t6}\\end{table}\n"
    )
    labels = number_labels(source).labels
    assert labels == {"s1": "1", "t1": "1", "t-star": "1", "f1": "1", "t2": "2", "t3": "3", "t4": "4",
                      "t5": "5", "t6": "6"}  # fmt: skip


def test_each_caption_of_a_float_takes_a_number():
    """Two minipages in one figure, each with its ``\\caption``, are figures 1 and 2 (each caption
    steps the counter); a subfigure's caption is its letter, not a number of the figure's own."""
    source = (
        "\\begin{figure}\\begin{minipage}{.5\\linewidth}\\caption{Left}\\label{a}\\end{minipage}"
        "\\begin{minipage}{.5\\linewidth}\\caption{Right}\\label{b}\\end{minipage}\\end{figure}\n"
        "\\begin{figure}\\begin{subfigure}{.5\\linewidth}\\caption{Part}\\label{c1}\\end{subfigure}"
        "\\caption{Whole}\\label{c}\\end{figure}\n"
        "\\begin{figure}\\caption{Last}\\label{d}\\end{figure}\n"
    )
    assert number_labels(source).labels == {"a": "1", "b": "2", "c1": "3a", "c": "3", "d": "4"}


def test_wrapped_sideways_and_side_caption_floats_are_numbered_with_the_others():
    """wrapfig's ``wrapfigure``/``wraptable``, rotating's ``sidewaysfigure``/``sidewaystable`` and
    sidecap's ``SCfigure`` step the figure and table counters as ``figure`` and ``table`` do: left
    uncounted, every later number was one too low."""
    source = (
        "\\begin{figure}\\caption{A}\\label{a}\\end{figure}\n"
        "\\begin{wrapfigure}{r}{0.4\\textwidth}\\caption{W}\\label{w}\\end{wrapfigure}\n"
        "\\begin{sidewaystable}\\caption{S}\\label{s}\\end{sidewaystable}\n"
        "\\begin{wraptable}{l}{5cm}\\caption{V}\\label{v}\\end{wraptable}\n"
        "\\begin{SCfigure}\\caption{C}\\label{c}\\end{SCfigure}\n"
        "\\begin{table}\\caption{T}\\label{t}\\end{table}\\begin{figure*}\\caption{B}\\label{b}\\end{figure*}\n"
    )
    numbering = number_labels(source)
    assert numbering.labels == {"a": "1", "w": "2", "s": "1", "v": "2", "c": "3", "t": "3", "b": "4"}
    assert {label: numbering.kinds[label] for label in ("w", "s", "v")} == {
        "w": "figure",
        "s": "table",
        "v": "table",
    }


def test_empty_parentheses_the_source_typed_are_text(tmp_path):
    """A function's "()" and code's empty string '""' typed in the source are text, in running text,
    monospace, tables, captions and formulas alike; only the "()" a citation without an entry
    leaves empty, or the quotes around an empty field, are a hole."""
    doc = read(
        tmp_path,
        "Call \\texttt{read()} and \\texttt{Table.write()}, or f() itself; see \\href{http://x}{\\texttt{g()}}.\n\n"
        "Not known (\\cite{nowhere}) here. A tuple () is empty.\n\n"
        'Set \\texttt{s = ""}; the name "\\field" is empty.\n\n'
        "\\begin{table}\\caption{The \\texttt{h()} calls}\\begin{tabular}{l} \\texttt{k()} \\\\ "
        "\\end{tabular}\\end{table}\n\nA formula $f()$.\n",
        preamble="\\newcommand{\\field}{}\n",
    )
    assert doc.text == (
        "Call read() and Table.write(), or f() itself; see g().\n\n"
        'Not known here. A tuple () is empty.\n\nSet s = ""; the name is empty.\n\nThe h() calls\n\n'
        "k()\n\nA formula $f()$."
    )
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"] == [["k()"]] and table.attrs["caption"] == "The h() calls"


def test_natbib_pre_and_post_notes_stand_where_natbib_prints_them(tmp_path):
    """natbib's reference sheet: one optional argument is the post-note, two are pre- and
    post-note; ``\\citet`` prints both inside its parenthesis ("Jones (see 1990, chap. 2)"),
    ``\\citep`` around the authors, ``\\citealt`` without brackets. Worked out by hand."""
    (tmp_path / "refs.bib").write_text(
        "@article{jon90, author = {Jones, A. and Baker, B. and Williams, C.}, year = {1990}, title = {T}}\n"
        "@article{van18, author = {VanderPlas, J.}, year = {2018}, title = {U}}\n"
    )
    doc = read(
        tmp_path,
        "A \\citet{jon90}. B \\citet[chap.~2]{jon90}. C \\citet[][in press]{van18}. "
        "D \\citet[see][p.~3]{van18}. E \\citep[chap.~2]{jon90}. F \\citep[see][]{jon90}. "
        "G \\citep[see][chap.~2]{jon90}. H \\citealt[e.g.,][p.~5]{van18}. I \\citet{jon90,van18}.\n\n"
        "\\bibliography{refs}",
        preamble="\\usepackage{natbib}\n",
    )
    assert doc.text == (
        "A Jones et al. (1990). B Jones et al. (1990, chap. 2). C VanderPlas (2018, in press). "
        "D VanderPlas (see 2018, p. 3). E (Jones et al. 1990, chap. 2). F (see Jones et al. 1990). "
        "G (see Jones et al. 1990, chap. 2). H e.g., VanderPlas 2018, p. 5. "
        "I Jones et al. (1990); VanderPlas (2018)."
    )


def test_natbib_capitalised_citations_and_citetext(tmp_path):
    """natbib's capitalised forms start a sentence with the first name capitalised ("Van der Walt
    et al. (2011)"), ``\\citetext`` prints its text in the citation's parentheses; both were lost."""
    (tmp_path / "refs.bib").write_text(
        "@article{wal11, author = {{van der Walt}, S. and Colbert, C. and Varoquaux, G.}, year = {2011}}\n"
    )
    doc = read(
        tmp_path,
        "\\Citet{wal11} show it. \\Citep[see][]{wal11}. \\Citeauthor{wal11} agree \\citetext{priv.\\ comm.}."
        "\n\n\\bibliography{refs}",
        preamble="\\usepackage{natbib}\n",
    )
    assert doc.text == (
        "Van der Walt et al. (2011) show it. (see Van der Walt et al. 2011). Van der Walt et al. agree "
        "(priv. comm.)."
    )


def test_captions_given_as_options_are_text(tmp_path):
    """A caption given as a key=value option is printed as ``\\caption`` is: tabularray's
    ``caption = {…}`` is the table's caption (its text and the span's ``caption``), a listing's
    ``caption={…}`` or unnumbered ``title={…}`` a paragraph above its code (below with
    ``captionpos=b``), ``\\lstinputlisting``'s too (the file is not read)."""
    doc = read(
        tmp_path,
        "\\begin{longtblr}[caption = {Функции, размерность {D}.}, label = {tab:f}]{colspec={ll}}\n"
        "a & b \\\\\n\\end{longtblr}\nТекст.\n"
        "\\begin{lstlisting}[language={[ISO]C++},caption={Пример листинга},label={lst:a}]\n"
        "int main() {}\n\\end{lstlisting}\n"
        "\\begin{lstlisting}[title={Без номера}, captionpos=b]\nx = 1\n\\end{lstlisting}\n"
        "\\lstinputlisting[lastline=78,language={R},caption={Листинг из файла},label={lst:b}]{run.R}\n"
        "\\lstinputlisting[language=R]{other.R}\nКонец.",
    )
    assert doc.text == (
        "Функции, размерность D.\n\na | b\n\nТекст.\n\nПример листинга\n\nint main() {}\n\nx = 1\n\n"
        "Без номера\n\n"
        "Листинг из файла\n\nКонец."
    )
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["caption"] == "Функции, размерность D." and table.attrs["rows"] == [["a", "b"]]


def test_table_rules_leave_no_arguments_in_cells(tmp_path):
    """Rules between rows (``\\cline{3-4}``, booktabs' ``\\cmidrule(lr){2-3}``, ``\\toprule[1pt]``,
    ``\\specialrule{…}{…}{…}``, hhline's ``\\hhline{|=|=|}``) draw lines: their arguments are no
    cell text ("3-4 А в этой мало" stood in the thesis's makecell table)."""
    doc = read(
        tmp_path,
        "\\begin{tabular}{llll}\n\\toprule[1pt]\nA & B & C & D \\\\\n\\cmidrule(lr){2-3}\n"
        "a & b & c & d \\\\ \\cline{3-4}\nМало & 8.22 & \\multicolumn{2}{c}{5} \\\\\n"
        "\\specialrule{1pt}{2pt}{2pt}\\hhline{|=|=|}\ne & f & g & h \\\\\n\\bottomrule\n\\end{tabular}",
    )
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"] == [
        ["A", "B", "C", "D"], ["a", "b", "c", "d"], ["Мало", "8.22", "5"], ["e", "f", "g", "h"]
    ]  # fmt: skip


def test_a_dash_after_a_filled_field_stays_and_after_an_empty_one_goes(tmp_path):
    """A title page's "Специальность \\number "---" keeps its dash when the number is given (the line
    goes on with the specialty's name below); a label left alone before the dash, its field empty,
    loses it."""
    doc = read(
        tmp_path,
        '\\par Специальность \\spec\\ "---\n\n<<\\name>>\n\n'
        '\\par Специальность \\none\\ "---\n\n<<\\none>>\n',
        preamble="\\usepackage[russian]{babel}\n\\newcommand{\\spec}{05.13.18}\n"
        "\\newcommand{\\name}{Математика}\n\\newcommand{\\none}{}\n",
    )
    assert doc.text == "Специальность 05.13.18 —\n\n«Математика»\n\nСпециальность"


def test_bookmarks_rules_and_starred_matter_commands_print_nothing(tmp_path):
    """hyperref's ``\\pdfbookmark[level]{text}{name}`` goes into the PDF's outline, not onto the page
    ("[1]Личный вкладcontributionЛичный вклад." stood in the thesis template's synopsis); a
    ``\\rule[raise]{width}{height}`` draws a line ("[-.2ex]999.4pt" stood for a blank to fill in);
    memoir's ``\\mainmatter*`` starts the main matter and prints no star."""
    doc = read(
        tmp_path,
        "\\mainmatter*\n\\pdfbookmark{Общая характеристика}{characteristic}\n"
        "\\section*{Общая характеристика}\n"
        "{\\contribution} Автор принимал участие.\n\n"
        "Заказ № \\blank[3em]. Тираж \\rule{2em}{.4pt} экз.\n",
        preamble="\\newcommand{\\contribution}{\\pdfbookmark[1]{Личный вклад}{contribution}"
        "\\underline{\\textbf{Личный вклад.}}}\n"
        "\\newcommand\\blank[1][\\textwidth]{\\noindent\\rule[-.2ex]{#1}{.4pt}}\n",
        cls="memoir",
    )
    # a blank to fill in within a line of words is the line the page draws (issue 15: "Тираж экз."
    # read as a hole), not its sizes
    assert doc.text == (
        "Общая характеристика\n\nЛичный вклад. Автор принимал участие.\n\nЗаказ № ———. Тираж ——— экз."
    )


def test_an_ellipsis_macro_keeps_the_space_before_the_next_word(tmp_path):
    """``\\dots и~\\dots.`` meant "… и …." (TeX eats the space after the control word and prints
    "…и", which the synopsis's author did not mean); before punctuation, ``\\ `` or the end the
    ellipsis stays as it is."""
    doc = read(tmp_path, "примерах: \\dots  и~\\dots. Позволяющий \\ldots, а \\textellipsis \\ Далее \\ldots")
    assert doc.text == "примерах: … и …. Позволяющий …, а … Далее …"


def test_a_theorems_note_stands_in_parentheses_after_its_number(tmp_path):
    """amsthm's documentation: ``\\begin{theorem}[Pythagoras]`` prints "Theorem 1 (Pythagoras)."; a
    note may hold brackets in braces or a citation with its own optional argument; ``\\begin{proof}
    [Proof of Theorem 1]`` prints "Proof of Theorem 1." instead of "Proof". thmtools'
    ``\\declaretheorem[name=…, sibling=…]`` declares as ``\\newtheorem`` does. The second note was
    cut at its first "]", and the third theorem's text was lost with it."""
    (tmp_path / "refs.bib").write_text("@book{euc, author = {Euclid}, year = {1956}, title = {Elements}}\n")
    doc = read(
        tmp_path,
        "\\begin{theorem}[Пифагор]\\label{t}\nВ прямоугольном треугольнике $c^2=a^2+b^2$.\n\\end{theorem}\n\n"
        "\\begin{lemma} [{Лемма [x]}]\nЛемма верна.\n\\end{lemma}\n\n"
        "\\begin{theorem}[Пифагор, \\cite[с.~5]{euc}]\nТеорема верна.\n\\end{theorem}\n\n"
        "\\begin{proof}[Доказательство теоремы~\\ref{t}]\nОчевидно.\n\\end{proof}\n\n"
        "\\begin{proof}\nТоже очевидно.\n\\end{proof}\n\n"
        "\\begin{remark}[Без номера]\nВерно.\n\\end{remark}\n\n\\bibliography{refs}",
        preamble="\\usepackage[russian]{babel}\n\\usepackage{amsthm,thmtools}\n\\newtheorem{theorem}{Теорема}\n"
        "\\declaretheorem[name=Лемма, sibling=theorem]{lemma}\n"
        "\\declaretheorem[name=Замечание, numbered=no]{remark}\n",
    )
    assert doc.text == (
        "Теорема 1 (Пифагор). В прямоугольном треугольнике $c^2=a^2+b^2$.\n\n"
        "Лемма 2 (Лемма [x]). Лемма верна.\n\nТеорема 3 (Пифагор, (Euclid 1956, с. 5)). Теорема верна.\n\n"
        "Доказательство теоремы 1. Очевидно.\n\nДоказательство. Тоже очевидно.\n\n"
        "Замечание (Без номера). Верно."
    )


def test_an_empty_proof_leaves_no_heading_over_the_next_claim(tmp_path):
    """issue 15, check 61 row 6 (HatefulT_mathstat_lections/lection1.tex, source lines 120–122 and
    126–128, the claims shortened): two proofs still to be written, one blank, one holding only "%
    TODO proof", left a lone "Proof." over the next item's claim. An empty proof goes to ``removed``
    as ``empty_proof``; a proof with text keeps its heading."""
    doc = read(
        tmp_path,
        "\\begin{itemize}\n  \\item Совпадает с распределением квадрата нормальной величины.\n\n"
        "    \\begin{proof}\n    \n    \\end{proof}\n\n"
        "  \\item Сумма квадратов распределена по закону хи-квадрат.\n  \n"
        "    \\begin{proof}\n      % TODO proof \n    \\end{proof}\n\n"
        "  \\item Плотность равна $\\gamma(x)$.\n\\end{itemize}\n\n"
        "\\begin{proof}\nОчевидно.\n\\end{proof}\n",
        preamble="\\usepackage{amsthm}\n",
    )
    assert doc.text == (
        "• Совпадает с распределением квадрата нормальной величины.\n\n"
        "• Сумма квадратов распределена по закону хи-квадрат.\n\n"
        "• Плотность равна $\\gamma(x)$.\n\nДоказательство. Очевидно."
    )
    cuts = [(span.label, doc.text[: span.start].split("\n\n")[-1]) for span in doc.layers["removed"]]
    assert cuts == [
        ("empty_proof", "• Совпадает с распределением квадрата нормальной величины."),
        ("empty_proof", "• Сумма квадратов распределена по закону хи-квадрат."),
    ]


def test_springer_classes_print_the_theorems_they_declare(tmp_path):
    """llncs declares theorem, lemma, definition … itself, each with a counter of its own (the class
    option ``envcountsame`` shares theorem's), claim and proof unnumbered; a note stands in
    parentheses after the number, after "Proof" too (llncs.cls's ``\\@Opargbegintheorem``). Without
    a ``\\newtheorem`` in the paper their headings and notes were lost."""
    body = (
        "\\begin{theorem}[Pythagoras]\nA.\n\\end{theorem}\n\\begin{lemma}\nB.\n\\end{lemma}\n"
        "\\begin{theorem}\nC.\n\\end{theorem}\n\\begin{proof}[of Theorem 1]\nD.\n\\end{proof}\n"
        "\\begin{claim}\nE.\n\\end{claim}"
    )
    own = read(tmp_path, body, cls="llncs")
    assert own.text == (
        "Theorem 1 (Pythagoras). A.\n\nLemma 1. B.\n\nTheorem 2. C.\n\nProof (of Theorem 1). D.\n\nClaim. E."
    )
    shared = read(tmp_path, body, cls="llncs", options="[runningheads, envcountsame]")
    assert "Lemma 2. B." in shared.text and "Theorem 3. C." in shared.text


def test_babel_russians_cyrdash_prints_its_dash(tmp_path):
    """babel-russian's ``\\cyrdash`` is the em dash of Russian text (the thesis template's headings
    "Параграф \\texorpdfstring{\\cyrdash{}}{---} два" printed "Параграф два")."""
    doc = read(
        tmp_path,
        "\\section{Параграф \\texorpdfstring{\\cyrdash{}}{---} два}\nТекст \\cyrdash\\ и всё.",
        preamble="\\usepackage[russian]{babel}\n",
    )
    assert doc.text == "Параграф — два\n\nТекст — и всё."


def test_a_boxs_options_are_layout_and_its_title_is_text(tmp_path):
    """tcolorbox's manual: ``\\begin{tcolorbox}[colback=red!5!white,colframe=red!75!black,title=My
    nice heading]`` draws a frame with "My nice heading" in its title bar over the text; mdframed's
    ``frametitle`` likewise; a box declared with ``\\newtcolorbox{name}[1]{title=#1}`` takes its title
    as an argument, one with ``[1][]`` options; ``\\tcbox[options]{text}`` is inline. The options
    were printed as text ("[colback=red!5!white,colframe=red!75!black,title=My nice heading] This")."""
    doc = read(
        tmp_path,
        "Before.\n\\begin{tcolorbox}[colback=red!5!white,colframe=red!75!black,title=My nice heading]\n"
        "This is another \\textbf{tcolorbox}.\n\\end{tcolorbox}\n"
        "\\begin{mdframed}[linewidth=2pt, frametitle={Заголовок, с запятой}]\n"
        "Текст в рамке.\n\\end{mdframed}\n"
        "\\tcbset{colback=blue!5}\n\\begin{task}{Задача 1}\nРешите.\n\\end{task}\n"
        "\\begin{warn}[colback=red]\nОсторожно.\n\\end{warn} After \\tcbox[colback=red]{inline} text.",
        preamble="\\usepackage{tcolorbox,mdframed}\n\\newtcolorbox{task}[1]{colback=red!5!white,title={#1}}\n"
        "\\newtcolorbox{warn}[1][]{colback=yellow,title=Внимание,#1}\n",
    )
    assert doc.text == (
        "Before.\n\nMy nice heading\n\nThis is another tcolorbox.\n\n"
        "Заголовок, с запятой\n\nТекст в рамке.\n\n"
        "Задача 1\n\nРешите.\n\nВнимание\n\nОсторожно.\n\nAfter inline text."
    )


def test_an_end_of_document_typed_as_code_ends_nothing(tmp_path):
    """acmart's sample paper types ``\\verb|\\end{document}|`` in its text: LaTeX prints it and reads
    on; the reader ended the document there and lost everything after it. One in a verbatim block
    is code too."""
    doc = read(
        tmp_path,
        "Put the bibliography just before the \\verb|\\end{document}| command.\n\n"
        "\\begin{verbatim}\n\\end{document}\n\\end{verbatim}\n\nThe rest is kept.",
    )
    assert doc.text == (
        "Put the bibliography just before the \\end{document} command.\n\n"
        "\\end{document}\n\nThe rest is kept."
    )


def test_keywords_are_a_field_like_the_title(tmp_path):
    """``\\keywords`` (AASTeX's "---" between terms, llncs' ``\\and``, acmart's commas, amsart's in the
    preamble), elsarticle's ``keyword`` environment (``\\sep``; ``\\MSC[2010]`` codes after them),
    IEEEtran's ``IEEEkeywords`` go to the ``keywords`` field, a list, not into the text; they were
    lost (``\\keywords``) or a line of bare terms ("LaTeX, Elsevier, template")."""
    aas = read(
        tmp_path,
        "\\keywords{%\n  Astrophysics - Instrumentation and Methods\n  ---\n"
        "  methods: data analysis\n}\nText.",
        cls="aastex631",
    )
    assert aas.text == "Text." and aas.fields["keywords"] == [
        "Astrophysics - Instrumentation and Methods",
        "methods: data analysis",
    ]
    lncs = read(tmp_path, "\\keywords{First keyword \\and Second keyword}\nText.", cls="llncs")
    assert lncs.text == "Text." and lncs.fields["keywords"] == ["First keyword", "Second keyword"]
    els = read(
        tmp_path,
        "\\begin{keyword}\nLaTeX \\sep Elsevier \\sep {template, example}\n\\MSC[2010] 00-01\\sep 99-00\n"
        "\\end{keyword}\nText.",
        cls="elsarticle",
    )
    assert els.text == "Text." and els.fields["keywords"] == ["LaTeX", "Elsevier", "template, example"]
    assert els.fields["classification"] == ["MSC 2010: 00-01, 99-00"]
    ieee = read(
        tmp_path,
        "\\begin{IEEEkeywords}\nBroad band networks, quality of service.\n\\end{IEEEkeywords}\nText.",
    )
    assert ieee.text == "Text." and ieee.fields["keywords"] == ["Broad band networks", "quality of service"]
    ams = read(tmp_path, "Text.", preamble="\\keywords{Ключевые слова, второе}\n", cls="amsart")
    assert ams.fields["keywords"] == ["Ключевые слова", "второе"]


def test_acmarts_front_matter_is_fields_and_its_notes_marks(tmp_path):
    """acmart's sample: the ``CCSXML`` block is for the publisher (printed nowhere), ``\\ccsdesc[500]{A~B}``
    prints "A → B" under CCS Concepts, ``\\received[revised]{…}`` the review history; the author note's
    mark ``\\authornotemark[1]`` is a footnote mark. They stood in the text as "<ccs2012> <concept>…",
    "[500]Computer systems organization Embedded systems", "20 February 2007 [revised]12 March 2009"
    and "G.K.M. Tobin [1]"; an author note is a footnote to the name (``author_notes``), ``acks``
    prints its heading."""
    doc = read(
        tmp_path,
        "\\author{Ben Trovato}\\authornote{Both authors contributed equally.}\n"
        "\\author{G.K.M. Tobin}\\authornotemark[1]\n\\begin{CCSXML}\n<ccs2012>\n<concept>\n"
        "<concept_id>10010520.10010553.10010562</concept_id>\n</concept>\n</ccs2012>\n\\end{CCSXML}\n"
        "\\ccsdesc[500]{Computer systems organization~Embedded systems}\n"
        "\\ccsdesc[300]{Networks~Network reliability}\n\\keywords{datasets, neural networks}\n"
        "\\received{20 February 2007}\n\\received[revised]{12 March 2009}\n"
        "\\received[accepted]{5 June 2009}\n"
        "\\maketitle\nText.\n\\begin{acks}\nTo Robert, for the bagels.\n\\end{acks}",
        cls="acmart",
    )
    assert doc.text == "Ben Trovato G.K.M. Tobin\n\nText.\n\nAcknowledgments\n\nTo Robert, for the bagels."
    assert doc.fields["author_notes"] == ["Both authors contributed equally."]
    assert doc.fields["ccs_concepts"] == [
        "Computer systems organization → Embedded systems",
        "Networks → Network reliability",
    ]
    assert doc.fields["history"] == [
        "Received 20 February 2007",
        "revised 12 March 2009",
        "accepted 5 June 2009",
    ]
    assert doc.fields["keywords"] == ["datasets", "neural networks"]


def test_characters_by_code_and_register_settings(tmp_path):
    """TeX's ``\\char'134`` (octal), ``\\char92`` (decimal, the space after it TeX's) and ``\\char"7B``
    print the character ("'134begin" stood for "\\begin"); ``\\extrarowheight=3pt \\tabcolsep=6pt
    \\tolerance=1000`` and ``\\newcolumntype{L}{…}`` set layout and print nothing ("=3pt =6pt =0pt
    L>p4cm" stood in the disser manual's text)."""
    doc = read(
        tmp_path,
        "The {\\char'134}begin \\ldots{\\char'134}end construction, \\char92 x and \\char\"7B.\n\n"
        "Полужирным \\extrarowheight=3pt \\tabcolsep=6pt \\arraycolsep=0pt \\tolerance=1000\n"
        "\\newcolumntype{L}{>{\\raggedright}p{4cm}} выделены опции, $a=3pt$.",
    )
    assert doc.text == ("The \\begin …\\end construction, \\x and {.\n\nПолужирным выделены опции, $a=3pt$.")


def test_a_paper_in_the_8_bit_encoding_inputenc_declares_is_read(tmp_path):
    """``\\usepackage[cp1251]{inputenc}`` says how the file's bytes are letters (the disser manual, in
    cp1251, was refused as invalid UTF-8); an included chapter is read the same way. Without a
    declaration a file that is not UTF-8 is still refused with what to do."""
    (tmp_path / "chapter.tex").write_bytes("Глава в той же кодировке.".encode("cp1251"))
    source = (
        "\\documentclass{article}\n\\usepackage[T2A]{fontenc}\n\\usepackage[cp1251]{inputenc}\n"
        "\\begin{document}\nТекст диссертации.\n\n\\input{chapter}\n\\end{document}\n"
    )
    path = tmp_path / "manual.tex"
    path.write_bytes(source.encode("cp1251"))
    (doc,) = parse_latex(str(path), path.read_bytes(), "source")
    assert doc.text == "Текст диссертации.\n\nГлава в той же кодировке."
    assert doc.fields["encoding"] == "cp1251"
    undeclared = source.replace("\\usepackage[cp1251]{inputenc}\n", "").encode("cp1251")
    with pytest.raises(FormatError, match="not UTF-8"):
        parse_latex(str(path), undeclared, "source")


def test_short_verb_characters_quote_code_until_deleted(tmp_path):
    """doc's/shortvrb's ``\\MakeShortVerb{\\|}`` makes ``|…|`` a ``\\verb|…|`` until ``\\DeleteShortVerb``:
    the disser manual's "командой |\\pagestyle{<style>}|" printed "командой ||". A command named in
    code (``|\\chapterpagestyle|``) is no chapter of an article: sections number 1, 2, not 0.1."""
    doc = read(
        tmp_path,
        "\\section{Опции}\nСтиль задается командой |\\pagestyle{<style>}|, первой страницы "
        "--- командой |\\chapterpagestyle{<style>}|; опция |language| и \\verb|x|.\n"
        "\\section{Далее}\\label{s:opts}\n\\DeleteShortVerb{\\|}\n"
        "\\begin{tabular}{|l|l|} a & b \\end{tabular}\nСм. раздел~\\ref{s:opts}, $\\|x\\|$.\n"
        "\\MakeShortVerb{\\|}\n\\begin{verbatim}\nls | sort | uniq\n\\end{verbatim}\nКонец |x|.",
        preamble="\\usepackage{shortvrb}\n\\MakeShortVerb{\\|}\n",
    )
    assert doc.text == (
        "Опции\n\nСтиль задается командой \\pagestyle{<style>}, первой страницы — командой "
        "\\chapterpagestyle{<style>}; опция language и x.\n\nДалее\n\na | b\n\nСм. раздел 2, $\\|x\\|$.\n\n"
        "ls | sort | uniq\n\nКонец x."
    )


def test_the_ltxguide_class_makes_the_bar_a_short_verb_itself(tmp_path):
    """ltxguide (the LaTeX team's usrguide, clsguide) says ``\\MakeShortVerb{\\|}`` in the class, not
    the document: "such as |\\copyright|" names the code \\copyright (it printed "|©|"); in an
    article without the directive a bar is a bar."""
    body = "Circled characters such as |\\copyright|. For example |\\textcircled{a}| works."
    assert read(tmp_path, body, cls="ltxguide").text == (
        "Circled characters such as \\copyright. For example \\textcircled{a} works."
    )
    assert read(tmp_path, "Sets |A| and |B|.").text == "Sets |A| and |B|."


def test_a_page_reference_goes_with_its_words_into_removed(tmp_path):
    """A page number exists only in the typeset PDF: "на~странице~\\pageref{f}" goes with the words
    that name it and the sentence reads on ("На рисунке 1 представлен график."), recorded in
    ``removed``; a sentence that was only the reference ("См. с. \\pageref{a}.") goes whole (it left
    "график.."), and so does one whose page is what it states."""
    doc = read(
        tmp_path,
        "\\section{A}\\label{a}На~рисунке~\\ref{f} на~странице~\\pageref{f} представлен график. "
        "См.~с.~\\pageref{a}. The proof is on page~\\pageref{a}. See Section~\\ref{a} on "
        "page~\\pageref{a} for more (see page~\\pageref{a}).\n"
        "\\begin{figure}\\caption{X}\\label{f}\\end{figure}",
        preamble="\\usepackage[russian]{babel}\n",
    )
    assert doc.text == "A\n\nНа рисунке 1 представлен график. See Section 1 for more.\n\nX"
    assert [(span.label, span.attrs["text"]) for span in doc.layers["removed"]] == [
        ("computed_value", "См. с. …."),
        ("computed_value", "The proof is on page …."),
        ("page_reference", "на странице …"),
        ("page_reference", "on page …"),
        ("page_reference", "see page …"),
    ]


def test_code_read_from_a_missing_file_is_named_like_a_missing_input(tmp_path):
    """``\\lstinputlisting``, minted's ``\\inputminted{lang}{file}`` and fancyvrb's ``\\VerbatimInput``
    typeset a file's code; one absent from the paper's folder is named in ``missing_includes`` as an
    ``\\input``'s is (the thesis's ``listings/run_analysis.R`` was not), and their options, language
    and file name are no text ("[linenos]pythoncode/a.py" stood in it)."""
    (tmp_path / "present.py").write_text("x = 1\n")
    doc = read(
        tmp_path,
        "Код:\n\\lstinputlisting[language=R,caption={Листинг из файла}]{listings/run_analysis.R}\n\n"
        "\\inputminted[linenos]{python}{code/a.py}\n\n\\VerbatimInput[frame=single]{present.py}\n\nДалее.\n\n"
        "\\input{chapters/missing}",
    )
    assert doc.text == "Код:\n\nЛистинг из файла\n\nДалее."
    assert doc.fields["missing_includes"] == ["chapters/missing", "listings/run_analysis.R", "code/a.py"]


def test_siunitx_per_prints_a_negative_power_unless_per_mode_is_symbol(tmp_path):
    """siunitx's manual: ``\\per`` is printed as a negative power by default (per-mode = reciprocal;
    3's ``power``), "J·mol⁻¹·K⁻¹" with the template's ``inter-unit-product = \\cdot``; per-mode =
    symbol (or symbol-or-fraction, in running text) a slash, the units after it bracketed when
    more than one, "J/(mol·K)"; ``\\square`` powers the unit after it. "J/mol/K" was printed for
    both."""
    doc = read(
        tmp_path,
        "\\si{\\joule\\per\\mole\\per\\kelvin}; "
        "\\si[per-mode = symbol-or-fraction]{\\joule\\per\\mole\\per\\kelvin}; "
        "\\SI{9.8}{\\metre\\per\\second\\squared}; \\si{\\kilo\\gram\\metre\\per\\square\\second}; "
        "\\qty[per-mode=symbol]{3}{\\kilo\\metre\\per\\hour}; \\si{\\per\\second}; \\si{\\kilo}.",
        preamble="\\usepackage{siunitx}\n\\sisetup{inter-unit-product = \\ensuremath{{}\\cdot{}}}\n",
    )
    assert doc.text == "J·mol⁻¹·K⁻¹; J/(mol·K); 9.8 m·s⁻²; kg·m·s⁻²; 3 km/h; s⁻¹; k."
    symbol = read(tmp_path, "\\si{\\joule\\per\\mole\\per\\kelvin}", preamble="\\sisetup{per-mode=symbol}\n")
    assert symbol.text == "J/(mol·K)"


def test_string_control_spaces_and_line_skips_print_as_tex_prints_them(tmp_path):
    """AASTeX's manual quotes commands as ``{\\tt\\string\\plotone}``: TeX's ``\\string`` prints the
    name, "\\plotone" (each of 106 left a hole: "These are,,, and."), in ``\\texttt`` too, and so
    does ``{\\char'134}`` there (acmart's "Use the \\acmSubmissionID command"); a control space at a
    line's end keeps its space ("AASTeXinline"); a line break's spacing ``\\\\[12pt]`` is no text, and
    the break at a line's end does not end the paragraph: it is a line break in it (issue 15)."""
    doc = read(
        tmp_path,
        "These are {\\tt\\string\\plotone}, {\\tt\\string\\plottwo}, and "
        "\\texttt{\\string\\movetabledown=1in}. "
        "Use the \\texttt{{\\char'134}acmSubmissionID} command. The change brings \\aastex\\\nin line "
        "with AIA 304\\AA\\\nimages.\\\\[12pt]\nNext $a \\\\[2pt] b$.",
        preamble="\\newcommand{\\aastex}{AAS\\TeX}\n",
    )
    assert doc.text == (
        "These are \\plotone, \\plottwo, and \\movetabledown=1in. Use the \\acmSubmissionID command. "
        "The change brings AASTeX in line with AIA 304Å images.\nNext $a \\\\[2pt] b$."
    )


def test_string_before_a_letter_prints_the_word_after_a_font_switch(tmp_path):
    """``{\\tt\\string modern}`` (AASTeX's guide, 23 times) prints "modern": ``\\string`` takes the
    letter "m" and TeX reads on; the reader's "m" glued to ``\\tt`` made ``\\ttmodern``, an unknown
    command, and left "new typeset style options including." Expected text from the shipped PDF:
    "New anonymous style", "the \\\\acknowledgment command", "\\begin{figure}[htb!] tells",
    "produce <text> that", "the \\begininteractive environment" (the braces are TeX's groups)."""
    doc = read(
        tmp_path,
        "New {\\tt\\string anonymous} style; the {\\tt\\string \\\\acknowledgment} command; "
        "{\\tt\\string \\begin\\{figure\\}[htb!]} tells; produce {\\tt\\string<text>} that; "
        "the {\\tt\\string\\begin{interactive}} environment; {\\tt\\char65 B} and {\\bf\\char`\\x y}.",
        cls="aastex631",
    )
    assert doc.text == (
        "New anonymous style; the \\\\acknowledgment command; \\begin{figure}[htb!] tells; "
        "produce <text> that; the \\begininteractive environment; AB and xy."
    )


def test_aastex_revision_marks_print_the_final_version(tmp_path):
    """aastex631.cls without ``trackchanges``: ``\\added{x}`` prints x, ``\\deleted{x}`` nothing,
    ``\\replaced[id]{old}{new}`` its last argument (``\\else#2\\fi``), ``\\explain{x}`` nothing.
    The guide's sentence printed "…important added information old data toggle … option.text
    explaining the change"; the shipped PDF prints the line below."""
    doc = read(
        tmp_path,
        "will produce \\added{important added information}\\deleted{, deleted text, and }\n"
        "\\replaced{old data}{and replaced data,} toggle between versions compiled with\n"
        "and without the option.\\explain{text explaining\nthe change} Then \\replaced[r1]{was}{is} "
        "\\added[a1]{new}\\deleted[d1]{ gone} text.\\explain[e1]{why}",
        cls="aastex631",
    )
    assert doc.text == (
        "will produce important added information and replaced data, toggle between versions compiled "
        "with and without the option. Then is new text."
    )


def test_inline_code_that_prints_nothing_leaves_no_span(tmp_path):
    """acmart's sample types ``\\texttt{\\acmSubmissionID}``: the class's setter, empty until an ID is
    given, so the shipped PDF prints "Use with the command to print the submission's unique ID"; the
    reader kept an empty ``code`` span there. Code that prints something keeps its span."""
    doc = read(
        tmp_path,
        "Use with the \\texttt{\\acmSubmissionID} command to print the ID; \\verb|| no code; "
        "the \\texttt{acmart} class.",
        cls="acmart",
        options="[sigconf]",
    )
    # the empty code's place stays as the source's spaces (repair makes them one)
    assert " ".join(doc.text.split()) == "Use with the command to print the ID; no code; the acmart class."
    assert [(doc.text[span.start : span.end], span.label) for span in doc.spans] == [("acmart", "code")]


def test_spacing_primitives_print_no_dimensions(tmp_path):
    """TeX's ``\\vskip12pt`` (AASTeX's guide, around its nominal-units tables) ends a paragraph and
    prints nothing (the guide's text had paragraphs "12pt", five, and "24pt"); ``\\hskip 1em plus⏎
    0.5em minus 0.4em`` is a space (IEEEtran's bibliography read "3rd ed.1em plus 0.5em minus
    0.4emHarlow"); a kern, a negative skip and ``\\raise2pt`` are nothing (a logo's
    "T\\kern-.1667em\\lower.5ex\\hbox{E}\\kern-.125emX" is "TEX"). A dimension typed as text and a
    formula (math is kept as its source) stay."""
    doc = read(
        tmp_path,
        "The general commands take this form:\n\n\\vskip12pt\n\n"
        "which can be used\\hskip 1em plus 2fil for any\\kern-3pt{} units. "
        "\\vskip 2\\baselineskip These are:\n\n\\vskip24pt\n\nA \\raise2pt\\hbox{raised} box, 12pt type.\n\n"
        "3rd~ed.\\hskip 1em plus\n  0.5em minus 0.4em\\relax Harlow; "
        "T\\kern-.1667em\\lower.5ex\\hbox{E}\\kern-.125emX. "
        "$a \\noalign{\\vskip-\\jot} b$",
    )
    assert doc.text == (
        "The general commands take this form:\n\nwhich can be used for any units.\n\nThese are:\n\n"
        "A raised box, 12pt type.\n\n3rd ed. Harlow; TEX. $a \\noalign{\\vskip-\\jot} b$"
    )


def test_a_table_caption_and_its_notes_are_paragraphs_of_their_own(tmp_path):
    """LaTeX sets a deluxetable's caption above the grid and its ``\\tablecomments`` and
    ``\\tablenotetext`` below it (AASTeX's guide: "Table 1. Fun facts about the first 10 messier
    objects" / the grid / "NOTE—This table “hides” the third column…"); joined with a space, an
    unpunctuated caption ran into the note: "…messier objects This table “hides”…"."""
    doc = read(
        tmp_path,
        "See the table.\n\\begin{deluxetable*}{cc}\n\\tablecaption{Fun facts about the first objects}\n"
        "\\tablehead{\\colhead{M} & \\colhead{V}}\n\\startdata\nM1 & 8.4 \\\\\n\\enddata\n"
        "\\tablecomments{This table hides a column.}\n\\tablenotetext{a}{Distances in kpc.}\n"
        "\\end{deluxetable*}\nThe end.",
        cls="aastex631",
    )
    assert doc.text == (
        "See the table.\n\nFun facts about the first objects\n\nM | V\nM1 | 8.4\n\n"
        "This table hides a column.\n\nDistances in kpc.\n\nThe end."
    )
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert doc.text[table.start : table.end] == (
        "Fun facts about the first objects\n\nM | V\nM1 | 8.4\n\nThis table hides a column.\n\n"
        "Distances in kpc."
    )


def test_a_tt_group_is_inline_code_like_texttt(tmp_path):
    """``{\\tt\\string\\plotone}`` (AASTeX's guide, 107 times) and ``{\\ttfamily …}`` set a name in
    monospace as ``\\texttt{…}`` does: an inline ``code`` span, so the command names the guide
    quotes are code, not LaTeX left in its prose. A paper's macro inside prints its text (smflatex's
    ``{\\tt \\myast a4paper}``: "(*) a4paper", which the span lost when it was made before macros
    expanded); a group holding a paragraph, a line break or an environment (kluwer's centred list of
    hosts, one a line) stays text."""
    doc = read(
        tmp_path,
        "Use {\\tt\\string\\plotone} or {\\ttfamily bins='auto'} or {\\tt \\myast a4paper}.\n\n"
        "{\\tt First.\n\nSecond.}\n\n"
        "{\\tt\n\\begin{center}\n ftp.dante.de \\\\\n ctan.tug.org \\\\\n\\end{center}}",
        preamble="\\newcommand{\\myast}{(*)}\n",
        cls="aastex631",
    )
    assert doc.text == (
        "Use \\plotone or bins='auto' or (*) a4paper.\n\nFirst.\n\nSecond.\n\nftp.dante.de\n\nctan.tug.org"
    )
    assert [(doc.text[span.start : span.end], span.label) for span in doc.spans] == [
        ("\\plotone", "code"),
        ("bins='auto'", "code"),
        ("(*) a4paper", "code"),
    ]


def test_monospace_inside_a_formula_stays_its_source(tmp_path):
    """Math is kept as LaTeX source, whole: ``$a \\texttt{b}$`` printed the private stash token of
    the code span inside the formula ("$a \ue0040\ue005$", shown as "$a 0$")."""
    doc = read(tmp_path, "Take $a \\texttt{b}$ and {\\tt c}.")
    assert doc.text == "Take $a \\texttt{b}$ and c."


def test_symbol_prints_its_character_as_char_does(tmp_path):
    """LaTeX's ``\\symbol{"5C}`` is ``\\char"5C``, a backslash: ptptex's manual quotes commands with
    ``\\def\\BS{\\ttfamily \\symbol{"5C}}`` and read "the "5C parbox command"."""
    doc = read(tmp_path, "A \\symbol{\"5C}parbox, \\symbol{92}x, \\symbol{'134}y and \\symbol{`\\{} z.")
    assert doc.text == "A \\parbox, \\x, \\y and { z."


def test_a_macro_argument_after_a_control_word_stays_apart_from_it(tmp_path):
    """revtex's guide: ``\\newcommand{\\macro}[1]{\\texttt{\\textbackslash#1}}``; TeX substitutes
    tokens, so ``\\macro{title}`` prints "\\title". Substituted as text it was the unknown command
    ``\\textbackslashtitle``, and 40-odd sentences read "specified using the  macro". A control
    symbol (``\\\\#1``) or an argument that starts with no Latin letter is substituted as before (a
    Cyrillic letter ends a control word: MetaPost's Russian manual read "$\\langle$ унарный")."""
    doc = read(
        tmp_path,
        "Specify it using the \\m{title} macro; \\two{ab}{cd}; \\macro{@x}; \\meta{оператор}.",
        preamble="\\newcommand{\\macro}[1]{\\texttt{\\textbackslash#1}}\n\\newcommand{\\m}[1]{\\macro{#1}}\n"
        "\\newcommand{\\two}[2]{#1#2}\n\\newcommand{\\meta}[1]{$\\langle#1\\rangle$}\n",
    )
    assert doc.text == "Specify it using the \\title macro; abcd; \\@x; $\\langleоператор\\rangle$."


def test_aastex_figure_table_and_revision_markup(tmp_path):
    """AASTeX 6.3's guide: ``\\gridline{\\fig{file}{width}{caption}}`` prints each panel's caption,
    ``\\begin{interactive}{type}{file}`` and figure sets (``\\figsetstart…\\figsetend``, online only)
    print no file names, ``splitdeluxetable`` is a table like ``deluxetable`` (its ``\\tablewidth``,
    ``\\tabletypesize`` and ``\\tablenum`` are set-up), ``\\added{…}``/``\\edit1{…}`` print their
    text, ``\\replaced{old}{new}`` the new, ``\\deleted{…}`` nothing, ``\\collaboration{6}{name}`` the
    name. They stood in the text as "V2491_Cyg.pdf0.3(a)", "animationmovie.mp4", "lccccBcccc…"."""
    doc = read(
        tmp_path,
        "\\collaboration{6}{(AAS Journals Data Editors)}\n\\section{Intro}\n"
        "We \\deleted{strongly} \\added{now} believe it is \\replaced{worse}{better}; \\edit1{edited} text.\n"
        "\\begin{figure*}\n\\gridline{\\fig{V2491_Cyg.pdf}{0.3\\textwidth}{(a)}\n"
        "\\fig{HV_Cet.pdf}{0.3\\textwidth}{(b)}}\n\\caption{Light curves.}\n\\end{figure*}\n"
        "\\begin{interactive}{animation}{movie.mp4}\n\\plotone{f1.pdf}\n\\caption{A movie.}\n"
        "\\end{interactive}\n"
        "\\figsetstart\n\\figsetnum{4}\n\\figsettitle{Swift X-ray light curves}\n\\figsetgrpstart\n"
        "\\figsetplot{KT_Eri.pdf}\n\\figsetgrpend\n\\figsetend\n"
        "\\begin{splitdeluxetable*}{lcBcc}\n\\tablewidth{0pt}\n\\tabletypesize{\\scriptsize}\n\\tablenum{5}\n"
        "\\tablecaption{Emission lines}\n\\tablehead{\\colhead{Model} & \\colhead{A}}\n\\startdata\n"
        "N V & 2 \\\\\n\\enddata\n\\end{splitdeluxetable*}\nThe end.",
        cls="aastex631",
    )
    assert doc.text == (
        "(AAS Journals Data Editors)\n\nIntro\n\nWe now believe it is better; edited text.\n\n(a) (b)\n\n"
        "Light curves.\n\nA movie.\n\nEmission lines\n\nModel | A\nN V | 2\n\nThe end."
    )
    (table,) = [span for span in doc.spans if span.label == "table"]
    assert table.attrs["rows"] == [["Model", "A"], ["N V", "2"]]


def test_an_accented_bibtex_surname_keeps_its_accent(tmp_path):
    """BibTeX's ``{Pr{\\v{s}}a}`` is one surname, Prša: "given in Pret al. (2016)" lost the accent's
    argument with the protective braces."""
    (tmp_path / "refs.bib").write_text(
        "@article{prsa16, author = {{Pr{\\v{s}}a}, A. and Harmanec, P. and Torres, G.}, year = {2016}}\n"
        '@article{sip, author = {Sip{\\H o}cz, B. and G{\\"o}sele, U.}, year = {2018}}\n'
    )
    doc = read(
        tmp_path,
        "Given in \\citet{prsa16} and \\citet{sip}.\n\n\\bibliography{refs}",
        preamble="\\usepackage{natbib}\n",
    )
    assert doc.text == "Given in Prša et al. (2016) and Sipőcz & Gösele (2018)."


def test_aastex_tablenum_gives_a_table_its_number_without_stepping_the_counter(tmp_path):
    """AASTeX's ``\\tablenum{5}`` prints 5 as the table's number and steps no counter, so the next
    table is 2, not 3 (sample631's "Table 2" that the PDF prints "Table 1"); siunitx is not loaded,
    so it is no cell number either."""
    head = "\\tablehead{\\colhead{x} & \\colhead{y}}\\startdata 1 & 2 \\enddata"
    doc = read(
        tmp_path,
        "See Tables \\ref{a}, \\ref{given} and \\ref{b}.\n"
        f"\\begin{{deluxetable}}{{cc}}\\tablecaption{{First\\label{{a}}}}{head}\\end{{deluxetable}}\n"
        f"\\begin{{splitdeluxetable*}}{{cBc}}\\tablenum{{5}}\\tablecaption{{Given\\label{{given}}}}{head}"
        "\\end{splitdeluxetable*}\n"
        f"\\begin{{deluxetable}}{{cc}}\\tablecaption{{Next\\label{{b}}}}{head}\\end{{deluxetable}}",
        cls="aastex631",
    )
    assert doc.text == (
        "See Tables 1, 5 and 2.\n\nFirst\n\nx | y\n1 | 2\n\nGiven\n\nx | y\n1 | 2\n\nNext\n\nx | y\n1 | 2"
    )


def test_code_blocks_keep_what_running_text_reads_as_tex(tmp_path):
    """A listing's line-end backslash continues a shell line and its "\\tabcolsep=6pt" is code: the
    control space, register and ``\\char`` readings of running text leave code blocks as typed."""
    doc = read(
        tmp_path,
        "Run:\n\\begin{lstlisting}\n./configure \\\n  --prefix=/usr\n\\tabcolsep=6pt {\\char'134}\n"
        "\\end{lstlisting}\nThen \\aastex\\\nin {\\tt\\string\\x}.",
        preamble="\\newcommand{\\aastex}{AAS\\TeX}\n",
    )
    assert (
        doc.text
        == "Run:\n\n./configure \\\n  --prefix=/usr\n\\tabcolsep=6pt {\\char'134}\n\nThen AASTeX in \\x."
    )


def test_citation_entries_hold_text_not_bibtex(tmp_path):
    """The ``citations`` layer's entries are text: "Disney, M.~J." and AAS's journal macro
    "\\qjras" (aas_macros.sty: QJRAS; "\\aap" is A&A) were BibTeX's LaTeX; GOST 7.1's " : " before
    a subtitle stays."""
    (tmp_path / "refs.bib").write_text(
        "@article{dis82, author = {{Disney}, M.~J. and {Wallace}, P.~T.}, year = 1982, journal = {\\qjras},"
        " title = {STARLINK -- a network}}\n"
        "@article{ast13, author = {Robitaille, T.}, year = 2013, journal = {\\aap}, title = {Astropy}}\n"
        "@book{upr, author = {Иванов, И.~И.}, year = 2010, title = {Управление бизнесом : сборник статей}}\n"
    )
    doc = read(
        tmp_path,
        "See \\citet{dis82}, \\citet{ast13}, \\citet{upr}.\n\n\\bibliography{refs}",
        "\\usepackage{natbib}\n",
    )
    entries = [span.attrs["entries"][0] for span in doc.layers["citations"]]
    assert [(e["author"], e.get("journal"), e["title"]) for e in entries] == [
        ("Disney, M. J. and Wallace, P. T.", "QJRAS", "STARLINK – a network"),
        ("Robitaille, T.", "A&A", "Astropy"),
        ("Иванов, И. И.", None, "Управление бизнесом : сборник статей"),
    ]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Le tableau~\\ref{t} \\`a la page~\\pageref{t} montre les valeurs.", "à la page …"),
        ("Die Tabelle~\\ref{t} auf Seite~\\pageref{t} zeigt die Werte.", "auf Seite …"),
        ("Tabela~\\ref{t} na stronie~\\pageref{t} pokazuje wyniki.", "na stronie …"),
    ],
)
def test_a_page_reference_in_another_language_goes_with_its_preposition(tmp_path, sentence, phrase):
    """The eighth check's French sample kept "Le tableau 1 à la montre…": only "page …" went, its
    "à la" stayed. The lead-in of babel's page name goes with the number in French, German and
    Polish too; the sentence reads on (expected text: the source without the phrase, by hand)."""
    doc = read(tmp_path, sentence + "\n\\begin{table}\\caption{X}\\label{t}\\end{table}")
    expected = {
        "à la page …": "Le tableau 1 montre les valeurs.",
        "auf Seite …": "Die Tabelle 1 zeigt die Werte.",
        "na stronie …": "Tabela 1 pokazuje wyniki.",
    }[phrase]
    assert doc.text == f"{expected}\n\nX"
    assert [(span.label, span.attrs["text"]) for span in doc.layers["removed"]] == [
        ("page_reference", phrase)
    ]


def test_a_page_reference_in_a_language_without_a_lead_in_takes_its_sentence(tmp_path):
    """A page named in words the table lacks (Croatian "na sivu", made up here: no page word) leaves
    the number unnamed: the whole sentence goes (``computed_value``), no word is stranded."""
    doc = read(
        tmp_path,
        "\\section{Uvod}\\label{a}\nPrva rečenica ovog odlomka ostaje u tekstu kakva jest. "
        "Tablica je na sivu~\\pageref{a} dolje.",
    )
    assert doc.text == "Uvod\n\nPrva rečenica ovog odlomka ostaje u tekstu kakva jest."
    assert [(span.label, span.attrs["text"]) for span in doc.layers["removed"]] == [
        ("computed_value", "Tablica je na sivu … dolje.")
    ]


def test_babel_french_ordinals_quotes_and_the_copyright_sign_print_their_text(tmp_path):
    """The eighth check's bibitem "Adobe Inc. \\emph{PostScript, manuel de r\\'ef\\'erence (2\\ieme
    \\'edition)} …" kept only "[1] Adobe Inc.": \\ieme was an undefined macro and took the rest. babel-french
    prints \\ieme as a raised "e", \\ier "er", \\iere "re", \\no "n" and a raised o, \\up its argument
    raised, \\og and \\fg the guillemets with their spaces; \\copyright prints "©" (text by hand)."""
    doc = read(
        tmp_path,
        "Le livre \\og Manuel\\fg{} en 2\\ieme{} \\'edition, M\\up{me} Dupont, le 1\\ier{} mai, la 1\\iere{} "
        "fois, le \\no 15, \\fprimo) et \\copyright{} 1992 Adobe.\n\n"
        "\\begin{thebibliography}{9}\n\\bibitem{a} Adobe Inc.\n"
        "\\emph{PostScript, manuel (2\\ieme \\'edition)} Inter\\'Editions, 1992\n\\end{thebibliography}",
        preamble="\\usepackage[french]{babel}\n",
    )
    assert doc.text == (
        "Le livre « Manuel » en 2e édition, Mme Dupont, le 1er mai, la 1re fois, le nº 15, 1º) et "
        "© 1992 Adobe."
        "\n\nRéférences\n\n[1] Adobe Inc. PostScript, manuel (2e édition) InterÉditions, 1992"
    )
    assert "removed" not in doc.layers or not doc.layers["removed"]
    assert "undefined_macros" not in doc.fields


@pytest.mark.parametrize(
    ("preamble", "opening"),
    [
        ("\\usepackage[ngerman]{babel}\n\\usepackage{amsthm}\n", "Beweis."),
        ("\\usepackage[ukrainian]{babel}\n\\usepackage{amsthm}\n", "Доведення."),
        (
            "\\usepackage[russian]{babel}\n\\usepackage{amsthm}\n\\renewcommand{\\proofname}{Док-во}\n",
            "Док-во.",
        ),
    ],
)
def test_a_proof_opens_with_the_papers_proofname(tmp_path, preamble, opening):
    """amsthm opens a ``proof`` with ``\\proofname``: babel's name for the paper's language (german.ldf
    "Beweis", ukrainian.ldf "Доведення"), or the paper's own where it renews it; the word was English
    or Russian only, by the letters' count."""
    doc = read(tmp_path, "\\begin{proof}\nKlar, очевидно.\n\\end{proof}", preamble=preamble)
    assert doc.text == f"{opening} Klar, очевидно."
