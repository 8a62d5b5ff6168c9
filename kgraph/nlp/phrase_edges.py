"""Where a lower-case or title-case phrase found by kgraph.nlp.phrases starts and what it is.

A phrase's modifiers are cut after a dataset name ("ModelNet40 classification"), a word naming the way a task
is done ("knowledge-grounded retrieval") or a word judging a measure ("huge computational costs"); a head word
standing alone names no technique before a technique noun ("a novel regularization strategy"); a title-case task
phrase must end its part of the title; a phrase opening a sentence is its subject only when a verb or preposition
follows it.
"""

import re

# a title task phrase ends its part of the title, before a preposition in any case ("... Talking Head Synthesis on
# Gaussian Splatting", "Sheep Facial Pain Assessment Under ..."), and comes before any means ("Style Control via
# Single-Direction Editing": the words after "via" name a technique)
_TITLE_PART_END = re.compile(r"(?: (?i:via|with|using|by|in|on|from|for|through|under)\b|[:;,?!]|$)")
_TITLE_MEANS = re.compile(r" (?:via|using|with|by) ")
# a way of doing a task, not a kind of task, in a lower-case task phrase: "knowledge-grounded retrieval"
_MANNER = re.compile(r"-(?:aware|grounded|guided|based)$")
# a word judging a measure, not naming one: "huge cost", "optimal efficiency", "a U-shaped accuracy curve",
# "better-than-random accuracy", "near-SSM efficiency" (not "zero", which opens "zero shot accuracy"); nor does an
# amount: "162G FLOPs", "30 million FLOPs", "4-9 F1 points"
_JUDGEMENT = re.compile(r"(?<![\w\-])(?:huge|optimal|varied|uniform|decent|bad|adjustable|configurable|abrupt|"
                        r"preliminary|marginal|repetitive|ineffective|lossless|dramatic|tremendous|enormous|ideal|"
                        r"satisfactory|unsatisfactory|worse|outstanding|near-\S+|better-than-\S+|\S+-(?:shaped|"
                        r"conscious|performance|scale)|\d[\d.,eE\-]*[kKMGTB]?"
                        r"|(?:hundred|thousand|million|billion|trillion)s?)$")
# a singular technique noun after a head word standing alone: "a regularization strategy", "a warmup schedule" (a
# plural one names the family: "popular regularization methods")
_KIND_NOUN = re.compile(r" (?:strategy|terms?|method|technique|approach|scheme|effects?|burden|schedule|framework|"
                        r"module|operations?|strength|coefficient)\b")
# "Story rewriting aims to ...", "Off-policy learning in constrained MDPs ...": a task phrase opening the abstract
# names the paper's problem when a verb or preposition follows it ("Learning rate schedules ..." names none)
_OPENING_NEXT = re.compile(r" (?:is|are|has|have|remains|aims|seeks|represents|predicts|plays|involves|requires|refers|"
                           r"poses|enables|in|with)\b")


def opens_sentence_subject(text, end):
    """Whether a verb or preposition follows a phrase ending at ``end``, so that the phrase opening a sentence
    is its subject ("Story rewriting aims", "Off-policy learning in"), not a modifier ("Learning rate schedules")."""
    return bool(_OPENING_NEXT.match(text, end))


def title_task(text, head_start, head_end, end_of_title):
    """Whether a task head ends a title-case task phrase: "Weakness Detection" in "Automated ... and Weakness
    Detection in Cricket Videos", not "Set-Level Concept Prediction" in "... via Set-Level Concept Prediction"
    unless a "for" follows the means: "Fusion with Radar and Camera for 3D Object Detection"."""
    if head_end > end_of_title or not _TITLE_PART_END.match(text, head_end, end_of_title):
        return False
    means = [m.end() for m in _TITLE_MEANS.finditer(text, 0, head_start)]
    return not means or " for " in text[means[-1]:head_start]


def names_kind(text, end):
    """Whether a technique noun follows a head word ending at ``end``: "a regularization strategy" names a
    strategy, no regularization technique of its own."""
    return bool(_KIND_NOUN.match(text, end))


def after_dataset(text, first, head_start, lexicon_ends):
    """Where a phrase starts once a dataset name among its modifiers is cut off ("ModelNet40 classification")."""
    def dataset_before(first, space):
        named = lexicon_ends.get(space)
        return named is not None and named[1] == "DATASET" and named[0] >= first
    return _cut_modifiers(text, first, head_start, dataset_before)


def after_manner(text, first, head_start):
    """Where a lower-case task phrase starts once a modifier naming a way of doing it is cut off
    ("knowledge-grounded retrieval" gives "retrieval", "proximity-aware risk assessment" "risk assessment")."""
    return _cut_modifiers(text, first, head_start, lambda first, space: bool(_MANNER.search(text, first, space)))


def after_judgement(text, first, head_start):
    """Where a metric phrase starts once a modifier judging the measure is cut off ("huge computational costs"
    gives "computational costs", "optimal efficiency" no phrase)."""
    return _cut_modifiers(text, first, head_start, lambda first, space: bool(_JUDGEMENT.search(text, first, space)))


def _cut_modifiers(text, first, head_start, cut):
    """Where a phrase starting at ``first`` starts once each modifier ending at a space for which
    ``cut(first, space)`` holds is cut off, with all words before it."""
    space = text.find(" ", first, head_start)
    while space >= 0:
        if cut(first, space):
            first = space + 1
        space = text.find(" ", space + 1, head_start)
    return first
