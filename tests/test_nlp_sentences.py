"""Rule-based sentence spans (kgraph.nlp.sentences)."""

from kgraph.nlp.names import TITLE_SEPARATOR
from kgraph.nlp.sentences import background_span, split_sentences


def _sentences(text):
    return [text[start:end] for start, end in split_sentences(text)]


def test_abbreviations_decimals_and_initials_do_not_split():
    text = ("Prior work (Smith et al. 2020) uses e.g. Adam, i.e. an optimizer. It reaches 17.1% vs. 12.3% "
            "as J. Doe found. See Fig. 2 for details.")
    assert _sentences(text) == [
        "Prior work (Smith et al. 2020) uses e.g. Adam, i.e. an optimizer.",
        "It reaches 17.1% vs. 12.3% as J. Doe found.",
        "See Fig. 2 for details.",
    ]


def test_question_marks_quotes_and_line_breaks_split():
    text = 'Title line\n\nCan it work? Yes! "Quoted" starts here. (1) Lists too.'
    assert _sentences(text) == ["Title line", "Can it work?", "Yes!", '"Quoted" starts here.', "(1) Lists too."]


def test_spans_are_trimmed_and_lower_case_continuations_stay():
    text = "  We use v. small nets. the end  "
    assert _sentences(text) == ["We use v. small nets. the end"]


def test_background_ends_where_the_paper_first_speaks_of_itself_as_a_word():
    text = "A title" + TITLE_SEPARATOR + "Towe nets grow. Sewer maps help. Ourselves aside, here we cut them. Done."
    start, end = background_span(text, split_sentences(text))
    assert text[start:end] == "Towe nets grow. Sewer maps help. "
    assert background_span("T" + TITLE_SEPARATOR + "Towe nets grow.", [(0, 1), (3, 18)]) == (3, 3)
