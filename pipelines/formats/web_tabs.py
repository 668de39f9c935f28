"""A tab list's labels made the headings of the panes they name, before trafilatura reads the page.

WAI-ARIA's tabs (Bootstrap's, Nicepage's ``u-tab-link``): a ``role="tablist"`` of labels, each a
``role="tab"`` whose ``aria-controls`` names its ``role="tabpanel"``. A reader of the page clicks a
label to see its pane; the label is the pane's only title. trafilatura kept the panes and sent the list
to ``boilerplate``: a page of three professions kept three paragraphs with no subject ("Сложность задач:
высокая…") and lost "Программист fullstack" and the others. Each label whose pane is in the page
becomes a heading at the pane's top, a level under the heading over the list (``<h2>`` where none is),
and the list goes where every label found its pane: its words are all in the text then.
"""

from __future__ import annotations

from sloika.pipelines.formats.web_blocks import ANY_HEADING, _prose

TAB_LISTS = "//*[@role='tablist']"
TABS = ".//*[@role='tab'][@aria-controls]"
HEADING_BEFORE = f"preceding::*{ANY_HEADING}[1]"


def _tab_labels_as_headings(tree) -> None:
    """Each tab list whose every label names a pane of its own in the page (``aria-controls``) out
    of it, each label's text a heading at the top of its pane."""
    import lxml.html

    for tablist in tree.xpath(TAB_LISTS):
        panes = [(tab, _pane(tree, tab)) for tab in tablist.xpath(TABS)]
        if not _one_pane_each(panes):
            continue
        before = tablist.xpath(HEADING_BEFORE)
        level = min(int(before[0].tag[1]) + 1, 6) if before else 2
        for tab, pane in panes:
            heading = lxml.html.Element(f"h{level}")
            heading.text = _prose(tab.text_content())
            heading.tail, pane.text = pane.text, None
            pane.insert(0, heading)
        tablist.drop_tree()


def _one_pane_each(panes: list) -> bool:
    """Whether each (label, pane) of a list has words and a pane of its own: Javadoc's filters ("All
    Methods", "Static Methods") all control one table, which none of them titles."""
    own = [pane for tab, pane in panes if pane is not None and _prose(tab.text_content())]
    return bool(panes) and len(own) == len(panes) == len(set(own))


def _pane(tree, tab):
    """The ``role="tabpanel"`` element ``tab``'s ``aria-controls`` names, or None."""
    found = tree.xpath("//*[@id=$id][@role='tabpanel']", id=tab.get("aria-controls"))
    return found[0] if found else None
