"""The type of an acronym definition "Long Form (LF)" from its long form and the words around it.

* the head noun of the long form: "Kolmogorov-Arnold Network (KAN)" is a METHOD (see
  :meth:`kgraph.nlp.context.ContextTyper.head_type`); a model head names a new architecture unless the short form
  looks like a trained model's name; a mapping names a task: "text-to-speech (TTS)";
* a task head in Title Case or ending in "learning" / "modeling" names a technique: "Tool-Integrated Reasoning
  (TIR)", "deep metric learning (DML)"; so does a task head after a name it defines ("STAR (Serial Tissue
  Alignment for Rigid registration)": a reverse definition names a new method, not a task);
* words after the definition saying it is a task win over both: "Membership inference attacks (MIAs) aim to
  determine ...", "Foo Instruction Generation (FooG), a new task that ...", "(SRL) is a crucial task of ...",
  "the Inexact Segmentation (IS) task"; so do words before it: "we tackle the task of Video Amodal Completion
  (VAC)", "addresses Open-Vocabulary Instance Segmentation (OV-IS)". A technique aims to do something too, so
  a long form headed by a technique, model, data or metric noun keeps that type ("Concept replacement
  techniques (CRTs) aim to ..."), except for the heads in ``problem_heads`` ("Source-Free Domain Adaptation
  (SFDA) aims to adapt ..."); a task head said to be a challenge is a task too: "Zero-shot domain adaptation
  (ZSDA) presents substantial challenges";
* a singular data word right after the bracket names data, over a task head or an untyped long form: "the
  Cooperative Remote Search Task (CReST) corpus", "the Wuhan University (WHU) Building Dataset".

An untyped definition may name no entity at all (:func:`names_no_entity`): a thing ("Unmanned Aerial Vehicles
(UAVs)"), or a long form that only modifies the noun after the acronym (:func:`modifier_only`): one adjective or
participle ("autoregressive (AR) models"), or a compound of bare nouns before "models" ("Vision-Language-Action
(VLA) models").
"""

import re

from kgraph.nlp.resources import read_cues
from kgraph.nlp.shapes import model_name

_TITLED = re.compile(r"(?:[A-Z][\w\-]*|[a-z]{1,3})(?: (?:[A-Z][\w\-]*|[a-z]{1,3}))+")  # "Scaling Continual Learning"
_MAPPING = re.compile(r"[\w\-]+-to-[\w\-]+", re.ASCII)  # "text-to-speech (TTS)": a mapping names a task
_MEANS_ENDINGS = (" learning", " modeling", " modelling")
_TASK_WORD = r"(?:[\w\-]+ ){0,3}?(?:task|problem)(?![\w\-])"
_TASK_NOTE = re.compile(rf"\)(?: aims? to\b| (?:is|remains|refers to) (?:a |an |the )?{_TASK_WORD}"
                        rf"|,? (?:a|an|the) {_TASK_WORD}| (?:task|problem)s?\b)")

# "(ZSDA) presents substantial challenges", "(SISR) remains challenging": said of a task head only (it is said of
# data and domains too: "computed tomography (CT) remains challenging")
_CHALLENGE_NOTE = re.compile(r"\) (?:(?:poses|presents) (?:[\w\-]+ ){0,2}challenges?\b"
                             r"|remains (?:an? )?(?:\w+ )?challenging\b)")
# "the Cooperative Remote Search Task (CReST) corpus", "the Wuhan University (WHU) Building Dataset": a data word right
# after the bracket (past up to two capitalised words) names data; a plural ("(VQA) datasets") names a task's data
_DATA_NOTE = re.compile(r"\)(?: [A-Z][\w\-]*){0,2} (?:dataset|data set|corpus|benchmark)\b(?!-)", re.I)
# "the task of Foo (F)", "tackles the Foo (F)"
_TASK_LEAD = tuple(f"{words}{the} " for words in read_cues()["task_lead_words"] for the in ("", " the"))
# "autoregressive (AR) models", "preference-aligned (PA)": a long form ending in an adjective or participle
_MODIFIER_END = re.compile(r"(?:[^e]ed|[ts]ive)$")
# "Vision-Language-Action (VLA) models", "Key-Value (KV) cache": a compound of bare nouns naming the kind of a model
# or cache ("Mixture-of-Experts (MoE) models" has a function word and names an architecture)
_BARE_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
_FUNCTION_PARTS = frozenset(("of", "and", "or", "to", "with", "as", "in", "the", "on", "for", "a", "by", "from"))
_KIND_NOTE = re.compile(r"\) (?:models?|cache)\b")
_IVE_NOUNS = frozenset(read_cues()["ive_nouns"])  # "objective": no adjective


def definition_type(text, pair, typer, problem_heads):
    """``(type, worded)``: the type of the acronym definition ``pair`` ``(short_start, short_end, long_start,
    long_end)`` in ``text``, or "" (``typer`` is a :class:`~kgraph.nlp.context.ContextTyper`), and whether the
    words after it call it a task (then it needs no other task context, see kgraph.nlp.vague).

    >>> from kgraph.nlp.context import ContextTyper
    >>> typer = ContextTyper({"TASK": ["attacks"], "METHOD": ["adaptation"]})
    >>> t = "Membership Inference Attacks (MIAs) aim to tell members. Low-Rank Adaptation (LoRA) aims to cut costs."
    >>> definition_type(t, (30, 34, 0, 28), typer, {"retrieval"}), definition_type(t, (78, 82, 57, 76), typer, ())
    (('TASK', True), ('METHOD', False))
    """
    short_start, short_end, long_start, long_end = pair
    long_form = text[long_start:long_end]
    if "-to-" in long_form and _MAPPING.fullmatch(long_form):
        return "TASK", False
    head = typer.head_word(long_form)
    kind = typer.heads.get(head, "")
    end = max(short_end, long_end)
    problem = kind == "TASK" or head in problem_heads
    if (problem or not kind) and long_start < short_start and _DATA_NOTE.match(text, end):
        return "DATASET", False
    if (problem or not kind) and ((problem and _CHALLENGE_NOTE.match(text, end)) or _TASK_NOTE.match(text, end)
                                  or text.endswith(_TASK_LEAD, max(0, long_start - 20), long_start)):
        return "TASK", True
    if kind == "TASK" and long_start > short_start:
        return "METHOD", False  # "STAR (Serial Tissue Alignment for Rigid registration)": a name given to a method
    if kind == "MODEL" and not model_name(text[short_start:short_end]):
        return "METHOD", False  # "a Remote Sensing Question Generation model (KRSVQG)": a new architecture
    if kind == "TASK" and (_TITLED.fullmatch(long_form) or long_form.endswith(_MEANS_ENDINGS)):
        return "METHOD", False  # "Tool-Integrated Reasoning (TIR)", "deep metric learning (DML)": named techniques
    return kind, False


def modifier_only(text, pair):
    """Whether the long form of the acronym definition ``pair`` (see :func:`definition_type`) names no thing by
    itself but only modifies the noun after the acronym: one adjective or participle ("autoregressive (AR)
    models", "preference-aligned (PA) model"), or a compound of bare nouns before "models" or "cache"
    ("Vision-Language-Action (VLA) models", "Key-Value (KV) cache"). Longer long forms ending in an adjective
    are often a technique's name ("Threshold-Controlled Iterative (TCI) strategy").

    >>> t = "Autoregressive (AR) and Masked Autoregressive (MAR) or Key-Value (KV) cache, Key-Value (KV) store"
    >>> [modifier_only(t, pair) for pair in [(16, 18, 0, 14), (47, 50, 24, 45), (66, 68, 55, 64), (88, 90, 77, 86)]]
    [True, False, True, False]
    """
    long_form = text[pair[2]:pair[3]].lower()
    if " " not in long_form and _MODIFIER_END.search(long_form):
        return long_form not in _IVE_NOUNS
    return bool(_BARE_COMPOUND.fullmatch(long_form) and _FUNCTION_PARTS.isdisjoint(long_form.split("-"))
                and _KIND_NOTE.match(text, pair[1]))


def names_no_entity(text, pair, typer, thing_heads, mentions):
    """Whether the untyped acronym definition ``pair`` names no entity (``typer``: a
    :class:`~kgraph.nlp.context.ContextTyper`; ``mentions``: the state's mentions, see kgraph.nlp.state):

    * its long form ends in one of ``thing_heads`` ("Unmanned Aerial Vehicles (UAVs)"), unless the long form is a
      lexicon name or a form is the title prefix ("TADI: ..."); a lexicon entry of the same letters does not count:
      "Superior Temporal Sulcus (STS)" is no STS metric (a defined acronym means its long form);
    * or it only modifies the noun after it (:func:`modifier_only`), unless a form is a lexicon name:
      "supervised-finetuned (SFT)" is still SFT.
    """
    short, long_form = text[pair[0]:pair[1]], text[pair[2]:pair[3]]
    if typer.head_word(long_form) in thing_heads:
        return not any(("title" in m[5] and text[m[0]:m[1]] in (short, long_form))
                       or (m[3] is not None and text[m[0]:m[1]] == long_form) for m in mentions)
    return modifier_only(text, pair) and not any(m[3] is not None and text[m[0]:m[1]] in (short, long_form)
                                                  for m in mentions)
