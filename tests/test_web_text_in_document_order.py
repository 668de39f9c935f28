"""Text that follows an element's contents in the markup (an element's tail) stands after them in
the page's text: a link after a layout table, words after a nested list (a Russian HTML page of the
twenty-ninth held-out check, row 10). Fixtures written for these tests; the expected values by hand."""

from __future__ import annotations

import pytest

from sloika.pipelines.formats.web import parse_html

LAYOUT = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Setup</title></head><body>
<table>
<tr><td><h2>Paid content plugin for WordPress</h2>
<br /><br />
All the information given with this software is the property of the vendor,
<br />
a company registered in the usual way.
<br /><br />
This software is meant for members of the partner programme of the site
<br />
{address} who use its key service. Any other use of it breaks the vendor's rights.
<br /><br />
The vendor takes no responsibility for how this software works,
<br />
nor for any loss of profit that comes from using it.
</td></tr>
<tr><td><ul><li>It works with PHP 5 only.</li><li>Registration on the site is free of charge.</li></ul>
<h3>How it works:</h3>
This plugin lets you sell access to anything on your site. <br />
The buyer gets a short password by text message. <br />
</td></tr>
<tr><td><h3>Installation:</h3>
<ul><li>Copy the plugin's folder into wp-content/plugins.</li>
<li>Activate the plugin in the admin panel.</li></ul>
</td></tr>
</table>
<a href = "http://example.org">example.org</a>
</body></html>"""


@pytest.mark.parametrize("address", ["http://example.org/", "its vendor,"])
def test_a_link_after_a_layout_table_ends_the_text(address):
    """The link after ``</table>`` is the page's last text and ends the text. It stood between the
    first cell's paragraphs where a cell names the site ("…of the site http://example.org/ who…",
    which it was found in), and before the last row's heading where none does: the page's text had
    the table's tail before the last row's contents."""
    (parsed,) = parse_html(LAYOUT.format(address=address).encode())
    assert parsed.text == "\n\n".join(
        (
            "Paid content plugin for WordPress",
            "All the information given with this software is the property of the vendor, a company"
            " registered in the usual way.",
            "This software is meant for members of the partner programme of the site"
            f" {address} who use its key service. Any other use of it breaks the vendor's rights.",
            "The vendor takes no responsibility for how this software works, nor for any loss of"
            " profit that comes from using it.",
            "- It works with PHP 5 only.",
            "- Registration on the site is free of charge.",
            "How it works:",
            "This plugin lets you sell access to anything on your site.\n"
            "The buyer gets a short password by text message.",
            "Installation:",
            "- Copy the plugin's folder into wp-content/plugins.",
            "- Activate the plugin in the admin panel.",
            "example.org",
        )
    )


NESTED = """<html><head><title>Notes</title></head><body><div class="content">
<h1>Setting up the service</h1>
<p>The service needs a few things before it starts for the first time on a new machine.</p>
<ul><li>Prepare the folders:
<ul><li>a folder for the data files;</li><li>a folder for the logs.</li></ul>
Both must be writable by the service's own user account.</li>
<li>Write the configuration file and check that its syntax is right.</li></ul>
<p>After that, start the service and look at its log for errors.</p>
</div></body></html>"""


def test_words_after_a_nested_list_follow_its_items():
    """An item's words after the list it holds ("Both must be writable…") come after that list's
    items, as written (they came between the lead-in "Prepare the folders:" and its items)."""
    (parsed,) = parse_html(NESTED.encode())
    assert parsed.text == "\n\n".join(
        (
            "Setting up the service",
            "The service needs a few things before it starts for the first time on a new machine.",
            "- Prepare the folders:",
            "  - a folder for the data files;",
            "  - a folder for the logs.",
            "Both must be writable by the service's own user account.",
            "- Write the configuration file and check that its syntax is right.",
            "After that, start the service and look at its log for errors.",
        )
    )
