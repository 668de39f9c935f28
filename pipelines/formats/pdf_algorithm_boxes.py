"""An algorithm's box, a float as a figure is: algorithm2e's ruled style (and algorithmic's in a ruled
float) draws a rule across over its title, "Algorithm 1: Static Nested Sampling" opening in bold, a rule
under the title and one under the box's last step. LaTeX sets it atop or at the foot of a page, and a
sentence goes on past it; read as text, its title ran into the sentence a page ended inside (dynesty.pdf's
"… directly to instead the" / Algorithm 1 atop p. 4 / "much simpler problem …" read "… to instead the
Algorithm 1: Static Nested Sampling"). Its title is the float's caption ("Algorithm" is a float's name,
``pdf_tables.FLOAT_CAPTION``), and its steps, pseudo-code a line each, are read as a listing, so the
sentence goes on past the float as it goes on past a figure (``pdf_reflow._after_float``)."""

from __future__ import annotations

import re
from dataclasses import replace

from sloika.pipelines.formats.pdf_line_record import RUN_IN, Line, Rule, within
from sloika.pipelines.formats.pdf_tables import free_rules_across

ALGORITHM_TITLE = re.compile(r"^Algorithm\s+\d+\s*[:.]\s+\S")  # "Algorithm 1: Static Nested Sampling"
RULE_REACH = 1.0  # em: a box's rule stands this near over or under its title, at most
RULE_SLACK = 1.0  # pt: a line of the box stands this little past its rules' ends, at most
KEYWORD_GAP = re.compile(f" ?{RUN_IN} ?")  # after a bold keyword opening a step ("**while** … **do**")


def algorithm_steps(page: list[Line], rules: list[Rule]) -> list[Line]:
    """The page's lines, each step of an algorithm's ruled box (``_box``) read as a listing's line
    (monospaced), its title as it stands; a bold keyword opening a step ("**while** stopping criterion
    not met **do**") is the step's word, no run-in term (``RUN_IN``) over a definition."""
    steps: set[int] = set()
    for title in page:
        box = _box(title, rules)
        if box is not None:
            steps.update(id(line) for line in page if line is not title and within(line.box, box, RULE_SLACK))
    return [
        replace(line, mono=True, text=KEYWORD_GAP.sub(" ", line.text)) if id(line) in steps else line
        for line in page
    ]


def _box(title: Line, rules: list[Rule]) -> Rule | None:
    """The box under the algorithm's ``title`` (``ALGORITHM_TITLE``, opening in bold), from the rule
    under it down to the next rule across of the same measure: the title stands between two rules
    across (``free_rules_across``) wider than it, each ``RULE_REACH`` em from it at most."""
    if not (title.opens_bold and ALGORITHM_TITLE.match(title.text)):
        return None
    reach = RULE_REACH * title.size
    across = [
        r for r in free_rules_across(rules) if r[0] - RULE_SLACK <= title.x0 and title.x1 <= r[2] + RULE_SLACK
    ]
    over = any(0 <= title.top - r[3] <= reach for r in across)
    under = next((r for r in across if 0 <= r[1] - title.bottom <= reach), None)
    if not over or under is None:
        return None
    below = sorted(
        (r for r in across if r[1] > under[3] and abs(r[0] - under[0]) <= RULE_SLACK), key=lambda r: r[1]
    )
    return (under[0], under[3], under[2], below[0][1]) if below else None
