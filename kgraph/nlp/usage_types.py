"""TASK for a lower-case technique phrase named as what a work improves.

"Self-supervised learning has greatly advanced speech representation
learning", "the loss improves next-token prediction": the object of
"improves" or of a verbal "advanced" is the problem worked on, though its
words also name a technique elsewhere. "An advanced gated attention
mechanism" and "for improved track initialization" use the words as
adjectives and change nothing.
"""

import re

_IMPROVED = re.compile(r"\b(?:improves|improving|(?:has|have|greatly|significantly|substantially) advanced) $")
_LAST_WORDS = ("improves ", "improving ", "advanced ")  # a cheap test before the pattern


def improved_type(text, start):
    """TASK for a lower-case technique phrase at ``start`` named as what is improved, else METHOD.

    >>> improved_type("SSL has greatly advanced speech representation learning", 25)
    'TASK'
    >>> improved_type("an advanced gated attention mechanism", 12)
    'METHOD'
    """
    found = text.endswith(_LAST_WORDS, 0, start) and _IMPROVED.search(text, max(0, start - 30), start)
    return "TASK" if found else "METHOD"
