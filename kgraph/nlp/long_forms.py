"""Whether a long form found by letter alignment for an acronym crosses what no long form holds.

The Schwartz-Hearst alignment (see kgraph.nlp.shapes) only asks that the acronym's letters appear in order
in the words before it, so it may reach back over another definition, a figure or LaTeX markup:
"Fail-to-Pass (F2P) and Pass-to-Pass (P2P)" gives P2P the long form "Pass (F2P) and Pass-to-Pass",
"beats random selection by +7.6% (RMSE)" would name RMSE "random selection by +7.6%", and
"\\textbf{H}ierarchical \\textbf{S}parse \\textbf{A}ttention (HSA)" has markup in its long form. Such a
definition is dropped; its acronym stays a bare acronym like any undefined one. Accents written in LaTeX
("Fr\\'echet", "Erd\\"{o}s") are letters, not markup.
"""

import re

_ACCENT = re.compile(r"\\[\"'`^~=.]\{?(\w)\}?")
_MARKUP = re.compile(r"\\[A-Za-z]|[$(){}\[\]]")
# a percentage, a decimal or a number of two digits or more standing as its own word ("+7.6%", "300 tokens");
# one digit may be part of a name ("Segment Anything 2") and a digit inside a word is ("COVID-19", "3D")
_FIGURE = re.compile(r"(?<![\w.-])[+-]?(?:\d+(?:\.\d+)?%|\d+\.\d+|\d{2,})(?![\w-])")
_DIGIT = re.compile(r"\d")


def crosses_markup(short, long_form):
    """Whether ``long_form`` (the words before acronym ``short``) holds a bracket, LaTeX markup or a figure
    that ``short`` does not spell (a digit in the acronym allows one: "False Positive Rate at 95% (FPR95)").

    >>> crosses_markup("P2P", "Pass (F2P) and Pass-to-Pass"), crosses_markup("FVMD", "Fr\\\\'echet Video Motion")
    (True, False)
    >>> crosses_markup("ART", "approximately 300 tokens"), crosses_markup("SANSA", "Segment Anything 2")
    (True, False)
    """
    if _MARKUP.search(_ACCENT.sub(r"\1", long_form) if "\\" in long_form else long_form):  # accents need a "\\"
        return True
    return not _DIGIT.search(short) and bool(_FIGURE.search(long_form))
