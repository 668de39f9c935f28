"""An example box's own title over its lorem-ipsum filler (issue 15, twenty-third check row 4,
re-read): the filler went to ``removed`` as ``placeholder_text``, its title stayed, standing over
nothing under the lead that introduced the box. The title goes with its filler, same label, its
``why`` saying it titled the filler. Sentences sloika's own; expected texts written by hand."""

from __future__ import annotations

from paragraph_pages import paragraph_page

from sloika.pipelines.formats.foreign_paragraphs import FILLER_TITLE_WHY, FILLER_WHY, foreign_cut

PROSE = [
    "Cette extension permet de dessiner des cadres colorés autour d'un texte, avec un petit symbole "
    "placé dans le coin supérieur gauche du cadre.",
    "On choisit la couleur du fond et celle du bord avec deux options simples, et la largeur du "
    "trait se règle de la même manière pour chaque cadre.",
]
FILLER = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer nec odio. Praesent libero. Sed "
    "cursus ante dapibus diam. Sed nisi. Nulla quis sem at nibh elementum imperdiet. Duis sagittis ipsum."
)
LEAD = "Voici ce que donne cet exemple:"


def _cut(texts: list[tuple[str, bool]]):
    parsed, paragraphs = paragraph_page(texts)
    return foreign_cut(parsed, paragraphs, "trim", short=True, titles=True, translated=True, sections=True)


def _removed(parsed) -> list[tuple[str, str, str]]:
    return [
        (s.label, s.attrs.get("text", ""), s.attrs.get("why", "")) for s in parsed.layers.get("removed", [])
    ]


def test_a_box_title_and_subtitle_between_a_lead_and_the_filler_go_with_it():
    """ "Un cadre bleu" and its subtitle, between the lead and the filler: both go to ``removed`` as
    ``placeholder_text`` (why: a filler box's title), the lead and the prose stay."""
    texts = [(PROSE[0], False), (LEAD, False), ("Un cadre bleu", False), ("Petit sous-titre", False)]
    cut = _cut([*texts, (FILLER, False), (PROSE[1], False)])
    assert cut.text == f"{PROSE[0]}\n\n{LEAD}\n\n{PROSE[1]}"
    assert _removed(cut) == [
        ("placeholder_text", "Un cadre bleu", FILLER_TITLE_WHY),
        ("placeholder_text", "Petit sous-titre", FILLER_TITLE_WHY),
        ("placeholder_text", FILLER, FILLER_WHY),
    ]


def test_a_heading_or_a_line_after_a_sentence_over_filler_stays():
    """A section heading over filler, and a short line after a sentence (no lead ending in a colon),
    are no box titles: they stay; only the filler goes."""
    for texts in (
        [(PROSE[0], False), ("2 Les cadres", True)],
        [(PROSE[0], False), ("Un cadre bleu", False)],
    ):
        cut = _cut([*texts, (FILLER, False), (PROSE[1], False)])
        assert cut.text == "\n\n".join([*(text for text, _ in texts), PROSE[1]])
        assert _removed(cut) == [("placeholder_text", FILLER, FILLER_WHY)]
