"""LaTeX: a sentence opening on "See" and a citation without an entry goes whole only where its
rest names what to look for there; a rest that states a claim of its own (a "that" clause, a clause
after a semicolon) keeps the claim (issue 15, twenty-seventh check's closing note: every rest of
words was taken for "what to look for")."""

from conftest import read_latex_paper, removed_records


def test_a_pointer_whose_rest_names_what_to_look_for_goes_whole(tmp_path):
    body = "The map is open. See~\\cite{x} for a proof. See~\\cite{y} for a proof of the lemma. Next."
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == "The map is open. Next."
    assert removed_records(doc) == [
        ("unresolved_citation", "See \\cite{x} for a proof"),
        ("unresolved_citation", "See \\cite{y} for a proof of the lemma"),
    ]


def test_a_pointer_whose_rest_states_a_claim_keeps_the_claim(tmp_path):
    """Each read "The map is open. Next.": the claims that every compact set is closed, that the
    converse fails, that a compact is closed were lost with the pointer."""
    body = (
        "The map is open. See~\\cite{x} for a proof that every compact set is closed. "
        "See~\\cite{y} for details; the converse fails. "
        "См.~\\cite{z}, где доказано, что всякий компакт замкнут. Next."
    )
    doc = read_latex_paper(tmp_path, body)
    assert doc.text == (
        "The map is open. For a proof that every compact set is closed. For details; the converse "
        "fails. Где доказано, что всякий компакт замкнут. Next."
    )
    assert removed_records(doc) == [
        ("unresolved_citation", "See \\cite{x}"),
        ("unresolved_citation", "See \\cite{y}"),
        ("unresolved_citation", "См. \\cite{z}"),
    ]
