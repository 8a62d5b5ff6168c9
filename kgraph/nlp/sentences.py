"""Rule-based sentence boundaries as character spans.

Evidence sentences must be whole sentences, so the splitter avoids the usual
traps of scientific text: abbreviations ("e.g.", "i.e.", "et al.", "vs."),
decimals ("17.1%") and initials. It works on raw text with one regex pass and
records spans in the state's ``sents`` (kgraph.nlp.state) instead of
touching every token. It also records the abstract's ``background``: the
sentences before the paper first speaks of itself ("we", "this paper"),
whose names are the field's rather than the paper's.

>>> split_sentences("We use e.g. Adam. It reaches 17.1% accuracy.")
[(0, 17), (18, 44)]
"""

import re

from spacy.language import Language

from kgraph.nlp.names import TITLE_SEPARATOR, title_end
from kgraph.nlp.state import state

_ABBREVIATIONS = ("e.g", "i.e", "al", "vs", "cf", "Fig", "fig", "Figs", "Eq", "eq", "Sec", "No", "resp", "approx",
                  "Ref", "Tab", "Dr", "Mr", "Ms", "Prof", "St", "Inc", "Ltd", "Co", "Jr", "Sr", "viz", "ca", "pp", "Vol")
_NOT_AFTER = "".join(f"(?<!\\b{re.escape(word)}\\.)" for word in _ABBREVIATIONS)
# the end of a sentence: punctuation (not after an abbreviation or an initial), then space and a capital,
# digit or opening quote/bracket; or a line break. Every match starts with one of ".!?\n", which lets
# the regex engine skip ahead quickly.
_BOUNDARY = re.compile(rf"[.!?\n](?:(?<=\n)\s*|(?=[\"')\]]*\s+[\"'(\[]?[A-Z0-9]){_NOT_AFTER}(?<!\b[A-Z]\.)[\"')\]]*)")
_SPACE_RUN = re.compile(r"\s+")
# the paper speaking of itself: "we", "our", "this paper", "here"; led by literal letters rather than "\b" so
# that the regex engine skips ahead to those letters (twice as fast); _speaks_of_itself checks the word start
_SELF_WORK = "(?:paper|work|study|article)"
_SELF = re.compile(rf"(?:We|we|Our|our|This {_SELF_WORK}|this {_SELF_WORK}|Here|here)\b")


def split_sentences(text):
    """Character spans ``(start, end)`` of the sentences of ``text``, whitespace trimmed."""
    spans = []
    start = _skip_space(text, 0)
    for m in _BOUNDARY.finditer(text):
        end = m.start() if m.group(0)[0] == "\n" else m.end()
        if end > start:
            spans.append((start, end))
        start = _skip_space(text, m.end())
    end = len(text.rstrip())
    if end > start:
        spans.append((start, end))
    return spans


def background_span(text, sents):
    """``(start, end)`` of the background: from the abstract's start (after the title) to the first sentence
    where the paper speaks of itself.

    >>> t = "A title" + TITLE_SEPARATOR + "Costs are high. We cut them."
    >>> start, end = background_span(t, [(0, 7), (9, 24), (25, 37)]); t[start:end], t[end:]
    ('Costs are high. ', 'We cut them.')
    """
    start = min(len(text), title_end(text) + len(TITLE_SEPARATOR))
    return start, next((s for s, e in sents if s >= start and _speaks_of_itself(text, s, e)), start)


def _speaks_of_itself(text, start, end):
    """Whether ``text[start:end]`` holds a word of ``_SELF`` (a hit inside a word, as "we" in "Towe", is none)."""
    found = _SELF.search(text, start, end)
    while found and found.start() and (text[found.start() - 1].isalnum() or text[found.start() - 1] == "_"):
        found = _SELF.search(text, found.start() + 1, end)
    return found is not None


def _skip_space(text, position):
    space = _SPACE_RUN.match(text, position)
    return space.end() if space else position


@Language.factory("kgraph_sentences")
def make_sentences(nlp, name):
    """Pipeline component storing sentence spans in the state's ``sents`` and the ``background`` span."""
    return SentenceSpans()


class SentenceSpans:
    """Set the state's ``sents`` (sentence character spans of the doc text) and ``background``."""

    def __call__(self, doc):
        current = state(doc)
        text = current["text"]
        current["sents"] = split_sentences(text)
        current["background"] = background_span(text, current["sents"])
        return doc
