"""Relation cue phrases ("we propose", "outperforms", "using", "in terms of", ...).

One case-insensitive PhraseMatcher pass finds all cue phrases of
``cues.json`` (``relation_cues``) and stores them in the state's ``cues`` as
``(end_char, -start_char, cue_class)`` sorted by end, so the longest cue
ending at a place comes last. The naming component and the relation
component both read them.
"""

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from kgraph.nlp.lexicon import char_offsets, pattern_docs
from kgraph.nlp.resources import read_cues
from kgraph.nlp.state import state


@Language.factory("kgraph_cues")
def make_cue_finder(nlp, name):
    """Pipeline component finding relation cue phrases."""
    return CueFinder(nlp, read_cues()["relation_cues"])


class CueFinder:
    """Set the state's ``cues``; see the module docstring."""

    def __init__(self, nlp, relation_cues):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for kind, phrases in relation_cues.items():
            self.matcher.add(kind, pattern_docs(nlp, phrases))
        self.kinds = {nlp.vocab.strings[kind]: kind for kind in relation_cues}

    def __call__(self, doc):
        cues = []
        for match_id, start, end in self.matcher(doc):
            start_char, end_char = char_offsets(doc, start, end)
            cues.append((end_char, -start_char, self.kinds[match_id]))
        cues.sort()
        state(doc)["cues"] = cues
        return doc
