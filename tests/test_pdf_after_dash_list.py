"""Text after a dash list whose items hang at their text, back at the margin, is a paragraph of its
own (issue 15, forty-third check E3: userguide_fr.pdf p. 9 read "— une case à cocher … en cours.
Lorsqu’il n’y a pas de lecture …" as one item). A dialogue's lines, which wrap to the margin, still
go on. Lines placed as the page sets them; expected text typed by hand."""

from __future__ import annotations

from sloika.pipelines.formats.pdf_layout import lay_out
from sloika.pipelines.formats.pdf_line_record import Line
from sloika.pipelines.formats.pdf_reflow import paragraphs

MARGIN, INDENT, HANG, RIGHT = 102.9, 120.4, 138.0, 491.4


def line(text: str, x0: float, top: float, x1: float = RIGHT) -> Line:
    return Line(0, text, x0, x1, top, top + 12.0, 12.0, 792.0)


def read(lines: list[Line]) -> list[str]:
    return [p for p in paragraphs(lay_out([lines], [[]]).pages) if p]


def test_a_line_back_at_the_margin_after_a_hanging_dash_list_opens_a_paragraph():
    page = [
        line("Le module se divise en deux parties : un arbre comme celui de l’Intrigue et", INDENT, 100.0),
        line("un lecteur de musique proprement dit, composé de :", MARGIN, 114.5, 360.0),
        line("— une barre de défilement ainsi qu’un compteur qui indiquent la position", INDENT, 129.0),
        line("dans le morceau en cours ;", HANG, 143.5, 272.1),
        line("— un bouton qui permet de contrôler la lecture ;", INDENT, 158.0, 372.1),
        line("— une case à cocher permettant de jouer en boucle le morceau en cours.", INDENT, 172.5),
        line("Lorsqu’il n’y a pas de lecture en cours, il est écrit Lecture sur le bouton :", MARGIN, 187.0),
        line("cliquer dessus joue le morceau choisi.", MARGIN, 201.5, 350.0),
    ]
    assert read(page) == [
        "Le module se divise en deux parties : un arbre comme celui de l’Intrigue et un lecteur de "
        "musique proprement dit, composé de :",
        "— une barre de défilement ainsi qu’un compteur qui indiquent la position dans le morceau en cours ;",
        "— un bouton qui permet de contrôler la lecture ;",
        "— une case à cocher permettant de jouer en boucle le morceau en cours.",
        "Lorsqu’il n’y a pas de lecture en cours, il est écrit Lecture sur le bouton : "
        "cliquer dessus joue le morceau choisi.",
    ]


def test_a_dialogue_line_wrapping_to_the_margin_goes_on():
    page = [
        line("Он долго стоял у окна и смотрел на дорогу, по которой никто не шёл.", INDENT, 100.0),
        line("Потом он обернулся к ней и заговорил.", MARGIN, 114.5, 300.0),
        line("— Да, — сказал он наконец, глядя на неё через всю комнату с порога, — я", INDENT, 129.0),
        line("пойду туда завтра, как только рассветёт.", MARGIN, 143.5, 320.0),
    ]
    assert read(page)[-1] == (
        "— Да, — сказал он наконец, глядя на неё через всю комнату с порога, — я пойду туда завтра, как "
        "только рассветёт."
    )
