"""Long forms that cross another definition, a figure or LaTeX markup (kgraph.nlp.long_forms)."""

import pytest

from kgraph.nlp.long_forms import crosses_markup


@pytest.mark.parametrize("short, long_form", [
    ("P2P", "Pass (F2P) and Pass-to-Pass"),  # another definition
    ("RMSE", "random selection by +7.6%"),  # a percentage
    ("ART", "approximately 300 tokens"),  # a number of two digits or more
    ("HSA", "\\textbf{H}ierarchical \\textbf{S}parse \\textbf{A}ttention"),  # LaTeX markup
    ("FID", "Fr\\'echet $x$ Distance"),  # math markup
])
def test_long_forms_crossing_what_no_long_form_holds(short, long_form):
    assert crosses_markup(short, long_form)


@pytest.mark.parametrize("short, long_form", [
    ("FVD", "Fr\\'echet Video Distance"),  # an accent is a letter
    ("EGT", "Erd\\\"{o}s Graph Transformer"),
    ("SAM2", "Segment Anything 2"),  # one digit may be part of a name
    ("FPR95", "False Positive Rate at 95%"),  # a digit in the acronym allows a figure
    ("CV19", "COVID-19 Vision"),  # a digit inside a word
])
def test_long_forms_with_accents_names_or_spelled_figures_are_kept(short, long_form):
    assert not crosses_markup(short, long_form)
