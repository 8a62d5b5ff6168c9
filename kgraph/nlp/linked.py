"""Undefined acronyms that a preposition links into the sentence: "with STAPLE ensembling", "from TULU and",
"compared to a BF16 baseline".

A bare acronym shape is no entity by itself (most are common abbreviations);
one of four characters or more after "with", "from", "via", "and" ... that
neither starts a longer capitalised name ("WIDER FACE") nor comes before a
number ("AIME 24") or a bracket, and is no plural ("LVLMs", a class of
models), mostly names a tool, model or data set.
"""

import re

LINKED_CONFIDENCE = 0.7  # that of a name after a naming cue (kgraph.nlp.names)
_LINK_WORDS = frozenset("via with from by over than and or to on in of for".split())
_ARTICLES = frozenset(("the", "a", "an"))
_ACRONYM_AFTER = re.compile(r"(?![-.]\w| [A-Z0-9]|s\b| ?\()")


def linked_acronyms(text, mentions):
    """Mentions with source "cue" for the acronym names among the shape ``mentions`` (source "acronym") that
    a preposition or "and"/"or" links to the sentence (see the module docstring).

    >>> t = "trained with STAPLE ensembling on AIME 24 and the FOOs"
    >>> [t[s:e] for s, e, *_ in linked_acronyms(t, [(13, 19, "", None, 0.35, "acronym"), (34, 38, "", None, 0.35,
    ...                                                   "acronym"), (50, 54, "", None, 0.35, "acronym")])]
    ['STAPLE']
    """
    return [(m[0], m[1], "", None, LINKED_CONFIDENCE, "cue") for m in mentions
            if m[5] == "acronym" and m[1] - m[0] >= 4 and text[m[1] - 1] != "s" and _linked(text, m[0])
            and _ACRONYM_AFTER.match(text, m[1])]


def _linked(text, start):
    """Whether the word before ``start`` (past an article) is a preposition, "and" or "or"."""
    words = text[max(0, start - 12):start].split()
    if words and words[-1] in _ARTICLES:
        words.pop()
    return bool(words) and words[-1] in _LINK_WORDS
