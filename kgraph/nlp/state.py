"""Per-doc working state shared by the kgraph components.

All components read and write one plain dict, ``doc.user_data["kgraph"]``,
rather than ``doc._`` extension attributes: an extension access builds a
helper object each time, and the pipeline must stay within twice the cost
of bare tokenisation. Keys:

* ``text``: the input string (``Doc.text`` would re-join every token per access);
* ``sents``: sentence spans ``(start, end)``;
* ``background``: ``(start, end)`` of the abstract's sentences before the paper first speaks of itself;
* ``mentions``: candidate mentions ``(start, end, type, canonical, confidence, source)``;
* ``cues`` / ``heads`` / ``anchors``: relation cue phrases, phrase head words and anchor words
  found by the lexicon matcher (see kgraph.nlp.lexicon);
* ``acronyms``: acronym definitions ``(short_start, short_end, long_start, long_end)``;
* ``parts``: spans ``(start, end)`` of the parts a paper introduces ("a temporal fusion module");
* ``entities`` / ``spans`` / ``known``: merged entities, their kept mentions and the
  indices of entities found in the lexicon;
* ``relations``: ``(type, entity_index, sent_start, sent_end, confidence)``.

The last component drops all but ``entities`` and ``relations`` so docs stay
small when sent back from worker processes. Values are plain lists, tuples
and strings, so they serialise with the doc.
"""

from spacy.language import Language

STATE_KEY = "kgraph"
RESULT_KEYS = ("entities", "relations")


class TextKeepingTokenizer:
    """Wrap a spaCy tokenizer; the docs it makes start a state holding their text."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text):
        doc = self.tokenizer(text)
        doc.user_data[STATE_KEY] = {"text": text, "mentions": []}
        return doc


def state(doc):
    """The doc's kgraph state dict (created from ``doc.text`` for docs made elsewhere)."""
    current = doc.user_data.get(STATE_KEY)
    if current is None:
        current = doc.user_data[STATE_KEY] = {"text": doc.text, "mentions": []}
    return current


def keep_results(doc):
    """Drop the working values, keeping only the results."""
    current = state(doc)
    doc.user_data[STATE_KEY] = {key: current.get(key, []) for key in RESULT_KEYS}


@Language.component("kgraph_cleanup")
def drop_working_state(doc):
    """Last pipeline component: keep only the results in the state (see :func:`keep_results`)."""
    keep_results(doc)
    return doc


def span_index(spans, span):
    """The entity index of the kept mention covering exactly ``span`` ``(start, end)``, or None."""
    return next((i for s, e, i in spans if (s, e) == span), None) if span else None
