"""Acronyms written beside their long form without brackets.

Besides "Long Form (LF)" (kgraph.nlp.shapes), papers give an acronym's long form
glued to it ("the Adversarial Empathy Benchmark AEB", "MASA Model-Aware Skill
Alignment"), after a title colon ("PROMISE: Prompt-Attentive Hierarchical
Contrastive Learning for ...") or in apposition ("I3DM, a novel implicit
3D-aware memory mechanism"). Both forms name one entity, so they are returned
as acronym definitions ``(short_start, short_end, long_start, long_end)`` and a
glued mention is split into its two forms. The long form must spell the
acronym from its first word (Schwartz-Hearst letter alignment); a glued one is
a Title-Case phrase of two words at least ("AI alignment" is no definition).
Only acronym names next to a capitalised word, a comma or a colon are looked
at (kgraph.nlp.shapes lists them in the state's ``acronym_names``).
"""

import bisect
import operator
import re

from kgraph.nlp.shapes import spells

_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9\-]*[A-Za-z0-9]")  # "AEB", "I3DM", "MV-Debate", "StepAL"
_START = operator.itemgetter(0)
_CAPS = re.compile(r"(?:[a-z]*[A-Z0-9]){2}")
_TITLE_CASE = re.compile(r"[A-Z][\w\-]*(?: [A-Z][\w\-]*)+")  # a glued long form: "Model-Aware Skill Alignment"
_BETWEEN = re.compile(r"(?::|, (?:a|an|the)(?: new| novel)?) ")  # "PROMISE: ...", "I3DM, a novel ..."


def _is_acronym(word):
    return _ACRONYM.fullmatch(word) is not None and _CAPS.match(word) is not None


def beside_acronyms(text, mentions, acronyms):
    """``(mentions, definitions)``: mentions with glued acronyms split in two, and the acronym definitions
    found beside the acronym names ``acronyms`` (spans ``(start, end)``).

    ``mentions`` are ``(start, end, type, canonical, confidence, sources)`` in text order, without overlaps.
    """
    if not acronyms or not mentions:
        return mentions, []
    glued, pairs = {}, []
    for start, end in acronyms:
        index = bisect.bisect_right(mentions, start, key=_START) - 1
        mention = mentions[index]
        if mention[1] == end and mention[0] == start:
            between = _BETWEEN.match(text, end) if text[end:end + 1] in ",:" else None
            if between is not None:
                pair = _apposed_pair(text, start, end, between.end(), mentions)
                if pair is not None:
                    pairs.append(pair)
        elif (mention[1] == end or mention[0] == start) and index >= 0 and mention[3] is None:
            pair = _glued_pair(text, mention[0], mention[1])
            if pair is not None and pair[:2] == (start, end):
                glued[index] = pair
                pairs.append(pair)
    return (_split(mentions, glued) if glued else mentions), pairs


def _apposed_pair(text, start, end, long_start, mentions):
    """The definition of the acronym ``text[start:end]`` by the mention starting at ``long_start``, or None."""
    following = bisect.bisect_left(mentions, long_start, key=_START)
    if following == len(mentions) or mentions[following][0] != long_start:
        return None
    long_end = mentions[following][1]
    long_form = text[long_start:long_end]
    return (start, end, long_start, long_end) if " " in long_form and spells(text[start:end], long_form) else None


def _split(mentions, glued):
    """``mentions`` with those at the indices of ``glued`` split into their acronym and long form."""
    kept = []
    for index, mention in enumerate(mentions):
        pair = glued.get(index)
        if pair is None:
            kept.append(mention)
            continue
        for part_start, part_end in sorted((pair[:2], pair[2:])):
            kept.append((part_start, part_end, *mention[2:5], set(mention[5])))
    return kept


def _glued_pair(text, start, end):
    """``(short_start, short_end, long_start, long_end)`` if ``text[start:end]`` glues an acronym and its
    Title-Case long form of two words at least, else None."""
    surface = text[start:end]
    first, _, rest = surface.partition(" ")
    if " " not in rest:
        return None
    cut = surface.rfind(" ")
    last, head = surface[cut + 1:], surface[:cut]
    if _is_acronym(last) and _TITLE_CASE.fullmatch(head) and spells(last, head):
        return start + cut + 1, end, start, start + cut
    if _is_acronym(first) and _TITLE_CASE.fullmatch(rest) and spells(first, rest):
        return start, start + len(first), end - len(rest), end
    return None
