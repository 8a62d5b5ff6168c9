"""Which groups of mentions are too vague or too partial to be entities.

kgraph.nlp.entities groups mentions and asks :class:`VagueFilter` about each group. Dropped are:

* a task phrase found only by its head word, or a name or acronym typed TASK only by
  nearby words ("STIG", "UAV"), unless it stands where tasks are
  named: in the title, after "for", "in", "such as", a comma ..., before
  "tasks", "problem", "benchmarks", "abilities", or as the subject opening the abstract;
* a metric phrase found only by a vague head word (``figure_heads`` in
  ``cues.json``: "confidence score") unless a sentence of it reports a figure,
  or named only in the background sentences before the paper speaks of itself
  ("LLMs have grown at an unprecedented rate. We ..."); a metric named only
  inside hyphenated compounds ("a high-recall proposer");
* a method or model whose every mention is part of a longer capitalised name in
  its sentence ("and Point Transformer", "Barlow Twins"; not after "GRPO-based") or of a hyphenated
  compound other than "X-based", "X-style" ... ("cross-domain generalization");
* a dataset, metric or task whose every mention in the abstract runs on into a
  capitalised word, the start of a longer name ("UC Merced", "Red Mini-ImageNet");
* a lower-case method whose head word or two-word ending names an activity, a problem or what is learned
  (``activity_heads``: "tool use", "reward modeling", "robust representation learning"), even from the
  lexicon: it names what an agent does or an objective, no technique;
* a technique phrase found only by a head too vague to name a technique with a
  modifier alone (``vague_method_heads``: "explicit supervision", "textual guidance");
* a technique phrase with a generic head (``description_heads``: "agent", "pipeline", "module") that is
  only ever the whole appositive of a name before it, a description of that name: "ProVCA, a progressive video
  condensation agent that ...", "VLAAD serves as a collision-aware plug-in module";
* a camel-case shape seen only as such that names no method: a letter before an
  acronym ("sRGB", "xAI") or a compound with a plain lower-case word ("NP-hard", "LiDAR-camera");
* a plain capitalised word found only listed after a name ("GaLore and Response");
* a task named by one adjective before an ability head (``ability_heads``: "semantic
  understanding", "conditional generation", "cross-modal alignment");
* a lower-case task phrase found only by a loose head (``loose_task_heads``: "representation alignment",
  "hard sample selection": a step, quality or objective far more often than a problem) outside the title and
  never before "task" or "problem";
* a name without a letter ("13.8" in "only 13.8%") or that is an adjective: ending in a compound suffix
  ("PIR-optimized", "LoRA-based", "subject-driven") or a hyphenated participle or "-able" word ("GNSS-denied",
  "BM25-retrievable"; not "SSD-offloaded" beside "SSD offloading"), or one capitalised word with an adjective
  ending, unless the lexicon knows it ("the English dataset", "a Bayesian model");
* an ordinary word with a number, unknown to the lexicon: a stage, setting or instrument ("Stage-II",
  "System-1", "Sentinel-2");
* an untyped code of up to three letters and digits ("T1", "MP4", "HL7");
* a name seen only inside web addresses ("ControlNet" of "https://github.com/ControlNet/MATA");
* a label of a numbered series, of whatever type: "H2" where the abstract numbers "H0" ... "H4" (treatments,
  hypotheses, criteria), or a range of labels ("C1-C6", "L0-L5");
* an acronym left untyped whose long form is a lower-case name of a thing
  rather than of an action ("electronic health records (EHR)");
* a dataset acronym unknown to the lexicon whose long form is words lower-case after the first letter: it names
  a kind of data or a domain ("hyperspectral image (HSI) datasets", "human-object interaction (HOI)"), not one dataset
  ("Lip Reading in the Wild (LRW)").

A mention is ``(start, end, type, canonical, confidence, sources)``; an entity ``[name, type, aliases, confidence]``.
"""

import bisect
import re
from typing import NamedTuple

from kgraph.nlp.appositives import describes_name
from kgraph.nlp.non_names import (emphasis_word, in_addresses, in_compound, name_part, participle_form,
                                  runs_into_name, series_label)
from kgraph.nlp.phrase_edges import opens_sentence_subject
from kgraph.nlp.resources import read_cues

_FIGURE = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_PHRASE_ONLY = frozenset(("phrase", "context"))
_DESCRIPTION_SOURCES = frozenset(("phrase", "context", "cue"))  # a lower-case phrase, maybe after a proposing cue
# sources that word a task ("video captioning", "pre-training", "for X", "Foo (F) aims to"): a name or acronym
# typed TASK by a nearby word only needs a task context
_TASK_WORDING = frozenset(("lex", "phrase", "stage", "purpose", "title", "task"))
_NAME_TYPES = frozenset(("METHOD", "MODEL"))
_CAMEL_ONLY, _LIST_ONLY = frozenset(("camel",)), frozenset(("list",))
_SHAPE_ONLY = frozenset(("versioned", "acr"))  # sources of the untyped-shape checks
# words after which a phrase names a task ("methods for continual learning", "tasks such as captioning", a verb of
# study in any form: "research addressing subtype recognition"), a colon or an item number ("two subtasks: (1) visual
# forecasting", "two core skills: long-range navigation");
# not "on", "to" or "or", after which a phrase is more often a way or a quality ("leading to weak alignment",
# "rely on texture-dominant reasoning", "tool usage or task completion")
_TASK_BEFORE = re.compile(r"(?:\b(?:for|in|of|towards|address(?:es|ing)?|tackl(?:e|es|ing)|stud(?:y|ies|ying)|"
                          r"investigat(?:e|es|ing)|such as|including|and)|,|\w:|\(\w{1,4}\)|\b\w{1,3}\))"
                          r" (?:the |a |an )?$")
# words before an "X-based" compound that names a technique, not a way of doing a task ("learning-based B-rep
# synthesis remains ..."): a verb of use ("introduces graph-based geometric modeling", "via transformer-based topic
# modeling"), an article ("a BLIP-2-based vision-language alignment module") or a list ("A, B, and graph-based subset
# selection" lists the parts of a pipeline)
_TECHNIQUE_BEFORE = frozenset(read_cues()["technique_before"])
# words after which a phrase names a task ("multi-hop question answering tasks", "a sequence modeling problem",
# "spatial reasoning abilities")
_TASK_AFTER = re.compile(r" (?:tasks?|problems?|benchmarks?|capabilit(?:y|ies)|abilit(?:y|ies)|skills?)\b")
_TASK_NOUN_AFTER = re.compile(r" (?:tasks?|problems?)\b")
_ACTION_NOUN = re.compile(r"(?:ion|ing|ment|ance|ence|ysis|ure)s?$")  # "verification", "programming"
# camel-case shapes that name no method: a letter before an acronym ("sRGB", "dMRI", "xAI"), a compound with a
# plain lower-case word ("NP-hard", "FLOPs-matched", "LiDAR-camera", "human-AI")
_NO_NAME_SHAPE = re.compile(r"[a-z][A-Z]{2,}s?|[\w]+-[a-z]{3,}|[a-z]{3,}-[\w]+")
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")  # "Grounding", "Response": a listed word, no name
# one capitalised word with an adjective ending names a language or a property, no entity: "English", "Bayesian"
_ADJECTIVE_WORD = re.compile(r"[A-Z][a-z]{2,}(?:ese|ian|ean|ish)")
# an ordinary word numbered names a stage, setting or instrument, no entity: "Stage-II", "System-1", "Sentinel-2"
_NUMBERED_WORD = re.compile(r"(?:Stage|System|Tier|Level|Phase|Step|Type|Round|Part|Track|Sentinel|Landsat)"
                            r"[- ]?(?:\d+|[IVX]+)")
# a name ending in a compound suffix is an adjective: "PIR-optimized data", "a LoRA-based strategy", "subject-driven"
_ADJECTIVE_NAME = re.compile(r"-(?:based|style|like|driven|powered|guided|enhanced|inspired|optimized|tuned)$", re.I)
_ADJECTIVE = re.compile(r"(?:[a-z]+-)?[a-z]+(?:al|ic|ive|ous|ary)")  # "semantic", "multimodal", "cross-modal"
_DATA_END = re.compile(r"(?:data ?sets?|corp(?:us|ora)|benchmarks?|suite|collection)$", re.I)
SHORT_CODE = 3  # longest untyped letters-and-digit code that names no method ("T1", "MP4", "HL7", "W3C")


class DocFacts(NamedTuple):
    """What the filter needs to know about the doc: its text, sentence spans, background span ``(start,
    end)``, where the title ends and the acronym long forms."""

    text: str
    sents: tuple
    background: tuple
    title_end: int
    long_forms: frozenset


class VagueFilter:
    """Decide which groups of mentions are no entity; see the module docstring."""

    def __init__(self, figure_heads=(), vague_method_heads=(), ability_heads=(), description_heads=(),
                 loose_task_heads=(), activity_heads=()):
        self.figure_heads = frozenset(figure_heads)
        self.activity_heads = frozenset(activity_heads)
        self.loose_task_heads = frozenset(loose_task_heads)
        self.vague_method_heads = frozenset(vague_method_heads)
        self.ability_heads = frozenset(ability_heads)
        self.description_heads = frozenset(description_heads)

    def dropped(self, entity, members, sources, facts):
        """Whether the entity made of ``members`` (their ``sources`` merged) is too vague or partial."""
        text, kind, name = facts.text, members[0][2], entity[0]
        if not name[0].isalpha() and not _LETTER.search(name):
            return True  # "13.8": a figure, whatever list holds it
        if (name[-1].isdigit() and series_label(name, text)) or in_addresses(text, members):
            return True
        if ("-" in name and (_ADJECTIVE_NAME.search(name) or participle_form(name, text))) or (
                name[0].isupper() and (emphasis_word(name, text) or "lex" not in sources and (
                    _ADJECTIVE_WORD.fullmatch(name) or _NUMBERED_WORD.fullmatch(name)))):
            return True  # the adjective shapes need a hyphen, the word shapes a capital: cheap tests first
        phrase_only = sources <= _PHRASE_ONLY
        if ((phrase_only and kind == "TASK") or (entity[1] == "TASK" and not sources & _TASK_WORDING)) and not any(
                _task_context(text, m[0], m[1], facts) for m in members):
            return True
        if entity[1] == "TASK" and self._ability(entity[0]):
            return True
        if phrase_only and entity[1] == "TASK" and self._loose(entity[0], members, facts):
            return True
        if phrase_only and kind == "METRIC" and (
                self._unmeasured(members, facts) or _background_only(members, facts.background)):
            return True
        if kind == "METRIC" and all(in_compound(text, member) for member in members):
            return True
        if entity[1] in _NAME_TYPES and all(name_part(text, member) for member in members):
            return True
        if entity[1] not in _NAME_TYPES and runs_into_name(text, members[0][1]) and all(
                m[0] > facts.title_end and runs_into_name(text, m[1]) for m in members):
            return True
        if entity[1] == "METHOD" and phrase_only and _head(entity[0]) in self.vague_method_heads:
            return True
        if entity[1] == "METHOD" and entity[0][0].islower() and self._activity(entity[0]):
            return True
        if (entity[1] == "METHOD" and sources <= _DESCRIPTION_SOURCES and _head(entity[0]) in self.description_heads
                and all(describes_name(text, m[0], m[1]) for m in members)):
            return True
        if sources == _CAMEL_ONLY and _NO_NAME_SHAPE.fullmatch(entity[0]):
            return True
        if sources == _LIST_ONLY and _PLAIN_WORD.fullmatch(entity[0]):
            return True
        if entity[1] == "DATASET" and "acr" in sources and "lex" not in sources and any(
                _domain_name(text[m[0]:m[1]]) for m in members if text[m[0]:m[1]] in facts.long_forms):
            return True
        if not sources & _SHAPE_ONLY or any(member[2] for member in members):
            return False
        if sources == {"versioned"} and len(entity[0]) <= SHORT_CODE:
            return True  # "T1", "MP4", "HL7": a setting, format or standard
        return "acr" in sources and any(
            _thing_name(text[m[0]:m[1]]) for m in members if text[m[0]:m[1]] in facts.long_forms)

    def _ability(self, name):
        """Whether a task name is one adjective before an ability head (``ability_heads``): "semantic
        understanding", "multimodal generation" name what a model can do, "video understanding" a task."""
        first, _, head = name.partition(" ")
        return head in self.ability_heads and bool(_ADJECTIVE.fullmatch(first))

    def _activity(self, name):
        """Whether a method name ends in one of ``activity_heads``, a head noun ("tool use") or a two-word ending
        ("representation learning": what is learned, an objective or a problem, not how)."""
        words = name.lower().split()
        return words[-1] in self.activity_heads or " ".join(words[-2:]) in self.activity_heads

    def _loose(self, name, members, facts):
        """Whether a lower-case task phrase ends in a loose head (``loose_task_heads``) and is named only after
        the title and never before "task" or "problem": "text alignment" in "gains in perceptual quality and text
        alignment" is no problem studied, "a sequence modeling problem" is one."""
        return (name[0].islower() and _head(name) in self.loose_task_heads
                and all(m[0] > facts.title_end and not _TASK_NOUN_AFTER.match(facts.text, m[1]) for m in members))

    def _unmeasured(self, members, facts):
        """Whether a metric phrase has a vague head (``figure_heads``) and no sentence of it holds a figure.

        "a confidence score for each answer" names a quantity a method computes; a score the paper
        reports comes with its value ("a quality score of 0.91").
        """
        text = facts.text
        start, end = members[0][:2]
        if _head(text[start:end]) not in self.figure_heads:
            return False
        return not any(_FIGURE.search(text, *_sentence(facts.sents, member[0], len(text))) for member in members)


def _sentence(sents, position, size):
    """``(start, end)`` of the sentence holding ``position`` (the whole text without sentence spans)."""
    index = bisect.bisect_right(sents, (position, size)) - 1
    return sents[index] if index >= 0 else (0, size)


def _background_only(members, background):
    """Whether all mentions lie in the background sentences ``background = (abstract start, background end)``."""
    return all(background[0] <= member[0] < background[1] for member in members)


def _thing_name(long_form):
    """Whether an acronym's long form is a lower-case noun phrase naming a thing, not a technique.

    "electronic health records (EHR)", "infrared (IR)" end in a plain noun; "genetic programming (GP)",
    "greedy block verification (GBV)" end in an action noun.
    """
    return long_form[0].islower() and not _ACTION_NOUN.search(long_form)


def _domain_name(long_form):
    """Whether a dataset acronym's long form names a kind of data or a domain: words lower-case after the first
    letter, not ending in a data word ("Hyperspectral image", "human-object interaction"; not "Linguaskill", "the
    ABC corpus")."""
    return " " in long_form and long_form[1:].islower() and not _DATA_END.search(long_form)


def _head(phrase):
    """The last word of a phrase, lower-cased: "textual guidance" -> "guidance"."""
    return phrase.rsplit(None, 1)[-1].lower()


def _task_context(text, start, end, facts):
    """Whether a task phrase at ``start:end`` sits where tasks are named: the title, after "for", "in", ...,
    or before "tasks", "problem", "benchmarks", "abilities", after an "X-based" compound saying how the task is done
    ("learning-based B-rep synthesis"), or opening the abstract as the subject of its first sentence ("Story rewriting
    aims to ...")."""
    return (start < facts.title_end or bool(_TASK_BEFORE.search(text, max(0, start - 16), start))
            or bool(_TASK_AFTER.match(text, end)) or _done_by(text, start)
            or (start == facts.background[0] and opens_sentence_subject(text, end)))


def _done_by(text, start):
    """Whether the word before ``start`` is an "X-based" compound saying how a task is done: not after a list comma
    or a word of ``technique_before`` (``cues.json``), where it names a technique.

    >>> t = "Image-based crater identification; we introduce graph-based geometric modeling"
    >>> _done_by(t, t.index("crater")), _done_by(t, t.index("geometric"))
    (True, False)
    """
    if not text.endswith("-based ", 0, start):
        return False
    space = text.rfind(" ", 0, start - 1)  # before the compound
    if space <= 0:
        return True  # the compound opens the text: no word before it
    word = text[text.rfind(" ", 0, space) + 1:space]
    return not (text[space - 1] == "," or word.lower() in _TECHNIQUE_BEFORE)
