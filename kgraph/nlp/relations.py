"""Paper-level relations from cue phrases around entity mentions.

For each mention in the abstract, the text between the previous mention of
the same sentence (or the sentence start) and the mention is searched for
the nearest relation cue ("we propose", "outperforms", "using", "on", "in
terms of", ...; see ``cues.json``). A gap that is only list glue (", ",
"and") inherits the previous mention's cue, so "outperforms GaLore and Fira"
gives both. The cue and the entity type give the relation type; mentions
without a cue get the default role of their type (DATASET -> EVALUATED_ON,
METRIC -> MEASURES, TASK -> ADDRESSES, METHOD/MODEL -> USES), except in
background sentences before the paper first speaks of itself ("we", "this
paper"). Output ``doc._.kg_relations``: ``(type, entity_index, sent_start,
sent_end, confidence)`` with the sentence offsets in the doc text; a title
prefix entity gets PROPOSES with sentence ``(-1, -1)`` when the abstract
never mentions it.
"""

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from kgraph.nlp.names import TITLE_SEPARATOR, title_prefix
from kgraph.nlp.resources import read_cues
from kgraph.nlp.text import doc_text, forget_text

Doc.set_extension("kg_relations", default=None, force=True)

DEFAULT_ROLE = {"DATASET": "EVALUATED_ON", "METRIC": "MEASURES", "TASK": "ADDRESSES",
                "METHOD": "USES", "MODEL": "USES"}
# cue class -> entity types for which the cue decides the relation
_CUE_TARGETS = {
    "PROPOSES": {"METHOD", "MODEL", "DATASET", "METRIC", "TASK"},
    "COMPARED_WITH": {"METHOD", "MODEL"},
    "USES": {"METHOD", "MODEL", "DATASET"},
    "EVALUATED_ON": {"DATASET"},
    "MEASURES": {"METRIC"},
}
_MAX_FILLER = {"PROPOSES": 4, "COMPARED_WITH": 6, "USES": 5, "EVALUATED_ON": 6, "MEASURES": 5}
_FILLER_STOP = frozenset("that which where while whereas but we our is are was were to for by because "
                         "when if it its this these they".split())
_GLUE = re.compile(r"^[\s,;/]*(?:(?:and|or|as well as|and/or)\b)?[\s,]*(?:\(\d+\)|\([a-z]\))?\s*$")
_SELF = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work|study|article)|[Hh]ere)\b")
CUE_CONFIDENCE = 0.8
DEFAULT_CONFIDENCE = 0.5


@Language.factory("kgraph_relations")
def make_relation_finder(nlp, name):
    """Pipeline component finding paper-level relations from cue phrases."""
    cues = read_cues()
    return RelationFinder(cues["relation_cues"], cues["right_cues"])


class RelationFinder:
    """Set ``doc._.kg_relations``; see the module docstring."""

    def __init__(self, relation_cues, right_cues):
        self.cues = re.compile("|".join(f"\\b(?P<{kind}>{pattern})(?=\\W)" for kind, pattern in relation_cues.items()),
                               re.IGNORECASE)
        self.right = {kind: re.compile(pattern) for kind, pattern in right_cues.items()}

    def __call__(self, doc):
        text = doc_text(doc)
        entities = doc._.kg_entities or []
        sents = doc._.kg_sents or []
        abstract_start = text.find(TITLE_SEPARATOR)
        abstract_start = len(text) if abstract_start < 0 else abstract_start + len(TITLE_SEPARATOR)
        starts = [s for s, _ in sents]
        background_end = next((s for s, e in sents if s >= abstract_start and _SELF.search(text, s, e)), abstract_start)
        found, first_sentence = {}, {}
        previous = (None, -1, None)  # sentence index, end, cue
        for start, end, index in doc._.kg_spans or []:
            if start < abstract_start:
                continue
            sent = bisect.bisect_right(starts, start) - 1
            sent_start, sent_end = sents[sent]
            gap_start = previous[1] if previous[0] == sent else sent_start
            gap = text[gap_start:start]
            cue = previous[2] if previous[0] == sent and _GLUE.match(gap) else self._cue(gap)
            cue = self._right_cue(text, end, sent_end) or cue
            previous = (sent, end, cue)
            kind = entities[index][1]
            if cue and kind in _CUE_TARGETS[cue]:
                relation, confidence = cue, CUE_CONFIDENCE
            elif sent_start >= background_end:
                relation, confidence = DEFAULT_ROLE[kind], DEFAULT_CONFIDENCE
            else:
                continue
            first_sentence.setdefault(index, (sent_start, sent_end))
            if found.get((relation, index), (0, 0, 0))[2] < confidence:
                found[(relation, index)] = (sent_start, sent_end, confidence)
        _title_proposal(text, doc._.kg_spans or [], first_sentence, found)
        doc._.kg_relations = _finalise(found)
        return doc

    def _cue(self, gap):
        """The relation class of the nearest cue before a mention, or None."""
        last = None
        for last in self.cues.finditer(gap):
            pass
        if last is None:
            return None
        kind = last.lastgroup
        tail = gap[last.end():].split()
        if len(tail) > _MAX_FILLER[kind] or any(word.lower() in _FILLER_STOP for word in tail):
            return None
        return kind

    def _right_cue(self, text, end, sent_end):
        window = text[end:min(sent_end, end + 60)]
        for kind, pattern in self.right.items():
            if pattern.match(window):
                return kind
        return None


def _title_proposal(text, spans, first_sentence, found):
    """A title prefix ("SPAM: ...") marks its entity as proposed."""
    prefix = title_prefix(text)
    index = next((i for s, e, i in spans if (s, e) == prefix), None) if prefix else None
    if index is None:
        return
    start, end = first_sentence.get(index, (-1, -1))
    found[("PROPOSES", index)] = (start, end, CUE_CONFIDENCE)


def _finalise(found):
    """Relations list; proposed entities keep PROPOSES only, compared ones lose default USES."""
    proposed = {index for relation, index in found if relation == "PROPOSES"}
    compared = {index for relation, index in found if relation == "COMPARED_WITH"}
    relations = []
    for (relation, index), (start, end, confidence) in found.items():
        if index in proposed and relation != "PROPOSES":
            continue
        if index in compared and relation == "USES" and confidence == DEFAULT_CONFIDENCE:
            continue
        relations.append((relation, index, start, end, confidence))
    return relations


@Language.component("kgraph_cleanup")
def drop_scratch(doc):
    """Clear the intermediate extension values so docs stay small between processes."""
    for name in ("kg_mentions", "kg_acronyms", "kg_sents", "kg_spans"):
        setattr(doc._, name, None)
    forget_text(doc)
    return doc
