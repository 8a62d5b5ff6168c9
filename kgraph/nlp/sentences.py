"""Rule-based sentence boundaries as character spans.

Evidence sentences must be whole sentences, so the splitter avoids the usual
traps of scientific text: abbreviations ("e.g.", "i.e.", "et al.", "vs."),
decimals ("17.1%") and initials. It works on raw text with one regex pass and
records spans in the state's ``sents`` (kgraph.nlp.state) instead of
touching every token.

>>> split_sentences("We use e.g. Adam. It reaches 17.1% accuracy.")
[(0, 17), (18, 44)]
"""

import re

from spacy.language import Language

from kgraph.nlp.state import state

_BOUNDARY = re.compile(r"[.!?][\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])|\n+")
_WORD_BEFORE = re.compile(r"(\S+)$")
_ABBREVIATIONS = frozenset(
    "e.g. i.e. al. vs. cf. fig. figs. eq. eqs. sec. no. approx. resp. ref. refs. "
    "tab. dr. mr. ms. prof. st. inc. ltd. co. jr. sr. viz. ca. ch. pp. vol.".split()
)


def _is_abbreviation(text, dot):
    """True when the period at ``dot`` ends an abbreviation or an initial."""
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if word is None:
        return False
    token = word.group(1).lstrip("([\"'")
    return token.lower() in _ABBREVIATIONS or (len(token) == 2 and token[0].isupper())


def split_sentences(text):
    """Character spans ``(start, end)`` of the sentences of ``text``, whitespace trimmed."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == "." and _is_abbreviation(text, m.start()):
            continue
        _append(text, start, m.end(), spans)
        start = m.end()
    _append(text, start, len(text), spans)
    return spans


def _append(text, start, end, spans):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@Language.factory("kgraph_sentences")
def make_sentences(nlp, name):
    """Pipeline component storing sentence spans in the state's ``sents``."""
    return SentenceSpans()


class SentenceSpans:
    """Set the state's ``sents`` to the sentence character spans of the doc text."""

    def __call__(self, doc):
        current = state(doc)
        current["sents"] = split_sentences(current["text"])
        return doc
