"""Paper-level relations from cue phrases around entity mentions.

For each mention in the abstract, the text between the previous mention of the same sentence (or the sentence start)
and the mention is searched for the nearest relation cue ("we propose", "outperforms", "using", "in terms of", ...;
found by kgraph.nlp.lexicon). A gap that is only list glue (", ", "and", " dataset and the ", " models and ", "and
the traditional") or only introduces examples (", such as", ", namely") inherits the previous mention's cue, so
"outperforms GaLore and Fira" and "on par with diffusion models such as DALL-E 3" give both; so does an acronym
after its long form with a comparing cue ("Comparison with Goal-Oriented Action Planning (GOAP)"). The cue and the
entity type give the relation type, refined by the words around the cue (kgraph.nlp.cue_roles: "we release
benchmarks, X" proposes X; "a corpus derived from X" uses X); mentions without a cue get the default role of their
type (DATASET -> EVALUATED_ON, METRIC -> MEASURES, TASK -> ADDRESSES but not for "a ... task", METHOD/MODEL -> USES),
except in background sentences before the paper first speaks of itself ("we"), where only a task, method or model
opening its sentence ("Off-policy learning faces ..."), with a title word as modifier ("image restoration" under "...
Image Enhancement") or, for a task, named as a problem ("updates result in catastrophic forgetting") gets its default
role. A sentence part about earlier work ("Unlike X,", "Prior approaches rely on X") gives no role. A method or model
not in the lexicon and without a cue of its own, named after a proposing cue in the same sentence, is part of the
proposal ("we propose Foo, a scheme with momentum reset and spike-aware clipping"): PROPOSES (not for acronyms,
mostly background abbreviations, nor released model names, nor after a using cue a few words before: "a framework
that integrates A with B"), unless it is named in parentheses after its long
form within a few words of the cue ("we propose a Frequency-domain Interaction model (FMISeg)"). An acronym the
paper defines with a Title-Case long form ("Frequency-domain Feature Interaction (FFI)") is proposed when a sentence
about parts or proposals uses it ("FooNet consists of ... module"), unless a using cue stands right before it ("we
propose a framework that integrates an adapted Political Compass Test (PCT)"); a known method named right before
"-based", "architecture" or "model" after a proposing cue ("we propose a GAN-based approach", "a novel GAN model")
is used, not proposed, and so is any new name marked as existing ("a pre-trained Foo Autoencoder", "Foo Bar
(FB)-based"). The technique a title names after "via" is proposed (used when known) unless the abstract
gives it a role; a known one it names as a tool ("... with Reinforcement Learning", "A GNN-based ...") is used
unless the abstract gives it a role. A new part the paper introduces ("equipped with a block-wise masking strategy",
kgraph.nlp.parts; "FooNet constructs a ... Graph (QRG)", kgraph.nlp.part_roles) is proposed, not used; a technique
done without ("without RAG") gets no role; a name the background uses is not proposed; a new name the paper calls
its own ("our LookWhere method") is (kgraph.nlp.part_roles).

A lower-case quality word left without a relation is no metric and is dropped (kgraph.nlp.unreported).

Output: the state's ``relations``, ``(type, entity_index, sent_start, sent_end, confidence)`` with the sentence
offsets in the doc text; a title prefix entity gets PROPOSES with sentence ``(-1, -1)`` when the abstract never
mentions it. Confidence: 0.8 with a cue, 0.5 for a default role, less for names with little evidence (bare shapes).
"""

import bisect
import re

from spacy.language import Language

from kgraph.nlp.cue_roles import (CLAUSE_WORDS, CUE_CONFIDENCE, DEFAULT_CONFIDENCE, background_topic, compared_acronym,
                                  prior_work_end, refine_cue, task_instance, used_shortly_before)
from kgraph.nlp.names import title_means, title_prefix
from kgraph.nlp.part_roles import (PROPOSAL_PARTS, existing_piece, our_named, propose_data_parts,
                                   propose_defined_parts, propose_listed_parts, propose_named_in_proposal,
                                   propose_ours, propose_own_parts, unpropose_background)
from kgraph.nlp.resources import read_cues
from kgraph.nlp.shapes import model_name
from kgraph.nlp.state import span_index, state
from kgraph.nlp.unreported import drop_unreported_metrics

DEFAULT_ROLE = {"DATASET": "EVALUATED_ON", "METRIC": "MEASURES", "TASK": "ADDRESSES",
                "METHOD": "USES", "MODEL": "USES"}
# cue class -> entity types for which the cue decides the relation
_CUE_TARGETS = {
    "PROPOSES": {"METHOD", "MODEL", "DATASET", "METRIC", "TASK"},
    "COMPARED_WITH": {"METHOD", "MODEL"},
    "USES": {"METHOD", "MODEL", "DATASET"},  # data only after a source cue (see kgraph.nlp.cue_roles)
    "EVALUATED_ON": {"DATASET"},
    "MEASURES": {"METRIC"},
    "UNUSED": set(),  # "without fine-tuning or RAG": no role for techniques, the default one for others
}
_MAX_FILLER = {"PROPOSES": 4, "COMPARED_WITH": 6, "USES": 5, "EVALUATED_ON": 6, "MEASURES": 5, "UNUSED": 4}
_EXAMPLES = re.compile(r"(?:such as|\(?e\.g\.,?|including|like|namely,?) $")  # "outperforms LLMs (e.g., GPT-4o)"
_EXAMPLES_GAP = re.compile(r",?\s+(?:such as|including|like|namely,?|\(e\.g\.,?|\(i\.e\.,?|e\.g\.,?)\s+$")
_GLUE = re.compile(r"\)?(?:\s+(?:datasets?|benchmarks?|corpus|corpora|variants|models|methods))?[\s,;/]*"
                   r"(?:(?:and|or|as well as|and/or)(?:\s+the)?(?:\s+(?:traditional|standard|vanilla|original|"
                   r"conventional|classical|classic|popular|recent|existing|strong))?\b)?[\s,]*"
                   r"(?:\(\d+\)|\([a-z]\))?\s*$")  # "SegNet and the traditional U-Net", "(BT) and ..."
_CAPS_START = re.compile(r"[A-Z]{2}")  # acronyms ("FFN", "HL7") in a proposal sentence are mostly background
_NAME_PARTS = re.compile(r"[\s\-]+")
# "we propose a GAN-based approach", "a novel convolutional neural network (CNN) architecture", "a new SFT dataset":
# a known method the proposal is built on
_BUILT_ON = re.compile(r"(?: \([^()]{1,20}\))?(?:-based\b"
                       r"| (?:architecture|framework|approach|backbone|model|method|network|dataset)\b)")
_TITLE_ROLES = frozenset(("TASK", "DATASET"))
_TITLE_TOOL_BEFORE = re.compile(r"(?:[Ww]ith|[Uu]sing|[Bb]ased on|[Ll]everaging) $")  # "... with Diffusion Models"
_TITLE_TOPICS = frozenset(("TASK", "METHOD", "MODEL"))  # background mentions given a role when the title names them
_OUTRANKS = {"COMPARED_WITH": ("USES", "PROPOSES"), "USES": ("EVALUATED_ON",)}  # -> default roles it overrides


@Language.factory("kgraph_relations")
def make_relation_finder(nlp, name):
    """Pipeline component finding paper-level relations from cue phrases."""
    cues = read_cues()
    return RelationFinder(cues["right_cues"], cues["modifier_stop"], cues["prior_work"])


class RelationFinder:
    """Set the state's ``relations``; see the module docstring."""

    def __init__(self, right_cues, modifier_stop, prior_work):
        self.right = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in right_cues.items()))
        self.modifier_stop = frozenset(modifier_stop)
        self.prior_work = re.compile(prior_work)

    def __call__(self, doc):
        current = state(doc)
        text, entities, sents = current["text"], current["entities"], current["sents"]
        abstract_start, background_end = current["background"]
        starts = [s for s, _ in sents]
        cues, known = current["cues"], current.get("known", ())
        cue_ends = [c[0] for c in cues]
        proposal_ends = [c[0] for c in cues if c[2] == "PROPOSES"]
        found, first_sentence, first_mention, titled, ours = {}, {}, {}, [], {}
        previous = (None, -1, None)  # sentence index, end, cue
        title = text[:abstract_start].lower()
        for start, end, index in current["spans"]:
            if start < abstract_start:
                titled.append((start, end, index))
                continue
            sent = bisect.bisect_right(starts, start) - 1
            sent_start, sent_end = sents[sent]
            kind = entities[index][1]
            first_mention.setdefault(index, (sent_start, sent_end))
            gap_start = previous[1] if previous[0] == sent else sent_start
            if previous[0] == sent and (_GLUE.match(text, gap_start, start) or _EXAMPLES_GAP.match(text, gap_start,
                                        start) or compared_acronym(text, gap_start, start, previous[2])):
                cue = previous[2]
            else:
                cue = refine_cue(text, cues, cue_ends, _nearest_cue(text, cues, cue_ends, gap_start, start), kind,
                                 sent_start, start, end)
            cue = self._right_cue(text, end, sent_end) or cue
            if cue in (None, "USES") and kind in PROPOSAL_PARTS and index not in known and our_named(text, start,
                                                                                                     end):
                ours.setdefault(index, (sent_start, sent_end))
            if sent != previous[0]:
                prior_end = prior_work_end(self.prior_work, text, sent_start, sent_end)
            previous = (sent, end, cue)
            if start < prior_end or (cue == "UNUSED" and kind in PROPOSAL_PARTS):
                continue
            if cue == "PROPOSES" and index in known and _BUILT_ON.match(text, end):
                relation, confidence = "USES", CUE_CONFIDENCE
            elif cue and kind in _CUE_TARGETS[cue]:
                relation, confidence = cue, CUE_CONFIDENCE
            elif (cue is None and kind in PROPOSAL_PARTS and index not in known
                  and _after(proposal_ends, sent_start, start) and not used_shortly_before(text, cues, cue_ends, start)
                  and not _CAPS_START.match(entities[index][0]) and not model_name(entities[index][0])
                  and not existing_piece(text, start, end)):
                relation, confidence = "PROPOSES", DEFAULT_CONFIDENCE
            elif (sent_start >= background_end or kind in _TITLE_TOPICS and (background_topic(text, kind, sent_start,
                    start) or self._title_topic(entities[index][0], title))) and not task_instance(text, kind, end):
                relation, confidence = DEFAULT_ROLE[kind], DEFAULT_CONFIDENCE
            else:
                continue
            first_sentence.setdefault(index, (sent_start, sent_end))
            if found.get((relation, index), (0, 0, 0))[2] < confidence:
                found[(relation, index)] = (sent_start, sent_end, confidence)
        propose_ours(ours, found)
        unpropose_background(entities, first_mention, background_end, found, DEFAULT_ROLE)
        _title_proposal(text, current["spans"], first_sentence, found)
        propose_defined_parts(text, current, known, found, background_end, cue_ends)
        propose_named_in_proposal(current, known, found, proposal_ends)
        _title_roles(titled, entities, first_mention, found)
        _title_tools(text, titled, entities, known, first_mention, found)
        _title_means(text, current["spans"], known, first_mention, found)
        _title_subject(text, titled, entities, known, first_mention, found)
        _proposed_variants(entities, known, found)
        propose_listed_parts(current, known, found)
        propose_data_parts(current, found, proposal_ends)
        propose_own_parts(text, current, known, found)
        relations = [(relation, index, start, end, round(confidence * (0.6 + 0.4 * entities[index][3]), 3))
                     for relation, index, start, end, confidence in _finalise(found)]
        current["entities"], current["relations"] = drop_unreported_metrics(entities, relations)
        return doc

    def _title_topic(self, name, title):
        """Whether a modifier of ``name`` (not its head, nor a vague word) is in the lower-case ``title``: a task
        or technique the background names, "underwater image restoration" under the title "Towards Real-Color
        Underwater Image Enhancement", is what the paper works on or builds with."""
        return any(len(word) >= 4 and word in title and word not in self.modifier_stop
                   for word in _NAME_PARTS.split(name.lower())[:-1])

    def _right_cue(self, text, end, sent_end):
        """A cue right after the mention (", a novel ...", "as the teacher model"), or None."""
        match = self.right.match(text, end, sent_end)
        return match.lastgroup if match else None


def _nearest_cue(text, cues, cue_ends, gap_start, start):
    """The class of the last cue in ``text[gap_start:start]`` followed by a short filler, or None.

    The filler may be twice as long when it ends by giving examples ("outperforms larger LLMs (e.g., ").
    """
    index = bisect.bisect_right(cue_ends, start) - 1
    if index < 0 or -cues[index][1] < gap_start:
        return None
    end, _, kind = cues[index]
    tail = text[end:start].split()
    limit = _MAX_FILLER[kind] * 2 if _EXAMPLES.search(text, end, start) else _MAX_FILLER[kind]
    if len(tail) > limit or any(word.lower() in CLAUSE_WORDS for word in tail):
        return None
    return kind


def _after(ends, sent_start, start):
    """Whether one of the sorted cue ``ends`` lies in ``[sent_start, start]``."""
    index = bisect.bisect_right(ends, start) - 1
    return index >= 0 and ends[index] >= sent_start


def _title_proposal(text, spans, first_sentence, found):
    """A title prefix ("SPAM: ...") marks its entity as proposed."""
    prefix = title_prefix(text)
    index = span_index(spans, prefix)
    if index is None:
        return
    start, end = first_sentence.get(index, (-1, -1))
    found[("PROPOSES", index)] = (start, end, CUE_CONFIDENCE)


def _title_roles(titled, entities, first_mention, found):
    """A task or dataset named in the title is what the paper is about: its default role when it has no relation yet
    (see :func:`_relate_title_mentions`)."""
    def role(start, end, index):
        kind = entities[index][1]
        return DEFAULT_ROLE[kind] if kind in _TITLE_ROLES else ""
    _relate_title_mentions(titled, first_mention, found, role)


def _title_tools(text, titled, entities, known, first_mention, found):
    """A known method or model the title names as a tool ("... Reasoning with Reinforcement Learning", "using X",
    "A GNN-based Framework for ...") is used when the abstract gives it no role. ``titled``: the title mentions,
    ``(start, end, entity index)``."""
    def tool(start, end, index):
        return "USES" if (index in known and entities[index][1] in PROPOSAL_PARTS and (
            _TITLE_TOOL_BEFORE.search(text, max(0, start - 12), start) or text.startswith("-based", end))) else ""
    _relate_title_mentions(titled, first_mention, found, tool)


def _title_means(text, spans, known, first_mention, found):
    """The technique a title names after "via" ("Style Control via Single-Direction Editing") is proposed, or
    used when it is a known one, unless the abstract gave it a role."""
    means = title_means(text)
    index = span_index(spans, means)
    if index is None or any(i == index for _, i in found):
        return
    start, end = first_mention.get(index, (-1, -1))
    found[("USES" if index in known else "PROPOSES", index)] = (start, end, DEFAULT_CONFIDENCE)


def _title_subject(text, titled, entities, known, first_mention, found):
    """A new method or model opening the title before "for" ("Canonical Space Representation for 4D Panoptic
    Segmentation") is what the paper proposes when the abstract gives it no role. ``titled``: the title mentions,
    ``(start, end, entity index)``."""
    def subject(start, end, index):
        return "PROPOSES" if (start == 0 and text.startswith(" for ", end) and index not in known
                              and entities[index][1] in PROPOSAL_PARTS) else ""
    _relate_title_mentions(titled, first_mention, found, subject)


def _relate_title_mentions(titled, first_mention, found, relation_of):
    """Give each entity named in the title (``titled``: mentions ``(start, end, entity index)``) that has no
    relation in ``found`` yet the relation ``relation_of(start, end, index)`` of its mention, unless that is "".

    Evidence is the first abstract sentence naming it (``first_mention``: entity index -> sentence), else the
    title (``-1, -1``).
    """
    related = {index for _, index in found}
    for start, end, index in titled:
        relation = index not in related and relation_of(start, end, index)
        if relation:
            found[(relation, index)] = first_mention.get(index, (-1, -1)) + (DEFAULT_CONFIDENCE,)
            related.add(index)


def _proposed_variants(entities, known, found):
    """A new name built on a proposed one ("WebArbiter-7B", "8-bit GaLore", "k-FPF") is proposed too."""
    proposed = {entities[index][0] for relation, index in found if relation == "PROPOSES"}
    if not proposed:
        return
    for (relation, index), evidence in list(found.items()):
        name = entities[index][0]
        if relation != "PROPOSES" and index not in known and name not in proposed \
                and proposed & set(_NAME_PARTS.split(name)):
            found.setdefault(("PROPOSES", index), evidence)


def _finalise(found):
    """Relations list; proposed entities keep PROPOSES only, others lose default roles ``_OUTRANKS`` overrides."""
    outranked = {(lower, index) for relation, index in found for lower in _OUTRANKS.get(relation, ())}
    kept = {key: evidence for key, evidence in found.items()
            if not (key in outranked and evidence[2] == DEFAULT_CONFIDENCE)}
    proposed = {index for relation, index in kept if relation == "PROPOSES"}
    return [(relation, index, *evidence) for (relation, index), evidence in kept.items()
            if relation == "PROPOSES" or index not in proposed]

