"""Lower-case process phrases listed with a technique or task: "such as regularization, rehearsal, generative
replay, and distillation methods".

Writers list things of one kind together, so in a list of three or more
items closed by "and" or "or" where one item is already a METHOD or TASK
mention ("generative replay"), each other lower-case item that names a
process ("distillation", "knowledge-distillation": its last word ends in
"-ing", "-tion", "-sion", "-sis" or "-ment") is a mention of the same type.
Repetition gives no signal for such names (most occur once), but the list
does. Pairs ("X and Y") are left out: there the other item is as often a
quality or a setting ("accuracy and efficiency") as a sibling name. A list
that a verb of composition opens ("the decoder combines multi-scale feature
injection, query construction, pixel fusion, and mask refinement") names the
parts of a method even when no item is known yet: when at least half of its
items (and two or more) are process phrases of two or more words, those are
METHOD mentions. A head
noun shared by the list ("... distillation methods") is not part of the last
item, and an item overlapping a mention is left to that mention.

Lists are read only after the words that open them (the lexicon matcher's
``list`` and ``use`` anchors: "such as", "including", a colon, "using",
"integrates"), never by a scan of the whole text.
"""

import re
from typing import NamedTuple

from kgraph.nlp.resources import read_cues

_KINDS = ("METHOD", "TASK")
_ENDS = r"(?:and|or|to|that|which|for|on|in|with|as|by|of|from|are|is|were|have|has|can)\b"  # no item word
_WORD = rf"\b(?!{_ENDS})\w[\w\-]*"
_ITEM = rf"(?>{_WORD}(?: {_WORD}){{0,3}})"  # atomic: a list that does not parse fails fast
# the list of three or more items after an opener, closed by "and" or "or" ("such as X, Y, and Z methods";
# ", ranging from" ends no list), up to a stop mark or a word that ends it
_LIST = re.compile(rf" (?:as )?({_ITEM}(?:, {_ITEM})+,? (?:and|or) {_ITEM})(?=[,.;:)]| {_ENDS})")
_ITEM_WORDS = re.compile(_ITEM)
_REACH = 40  # a list of three or more items has a comma this close to its opener
_LOWER_ITEM = re.compile(r"[a-z][a-z0-9\-]*(?: [a-z][a-z0-9\-]*)*")
PROCESS_ENDING = r"(?:ing|tion|sion|sis|ment)"  # of a noun naming a process: "replay" is none
_PROCESS = re.compile(rf"{PROCESS_ENDING}$")
_COMPONENT_VERBS = frozenset(read_cues()["component_verbs"])  # verbs opening a list of a method's parts
_SHARED_HEADS = frozenset(read_cues()["shared_heads"])  # "... and distillation methods"


class Listed(NamedTuple):
    """What :func:`listed_phrases` finds: the new ``mentions`` and, among them, the spans ``(start, end)`` of the
    ``parts`` a verb of composition lists ("the decoder combines X, Y, and Z")."""

    mentions: list
    parts: list


def listed_phrases(text, openers, mentions, is_modifier, stop, confidence):
    """METHOD and TASK mentions ``(start, end, type, None, confidence, "phrase")`` of the lower-case process
    phrases listed with a METHOD or TASK mention of ``mentions`` (see the module docstring), as a :class:`Listed`.

    ``openers``: the sorted ``(start, end)`` of the words a list may follow ("such", "including", "using");
    ``is_modifier(word)``: whether a word can name the kind of a technique; ``stop``: words that name nothing
    ("information").

    >>> t = "methods such as regularization, rehearsal, generative replay, and distillation methods."
    >>> found = listed_phrases(t, [(8, 12)], [(43, 60, "METHOD")], lambda w: True, set(), 0.5)
    >>> [t[s:e] for s, e, *_ in found.mentions], found.parts
    (['regularization', 'distillation'], [])
    """
    found, parts, known, spans, list_end = [], [], None, (), 0
    for opener_start, opener_end in openers:
        if opener_end < list_end or text.find(", ", opener_end, opener_end + _REACH) < 0:
            continue
        match = _LIST.match(text, opener_end)
        if match is None:
            continue
        list_end = match.end()
        items = [item.span() for item in _ITEM_WORDS.finditer(text, match.start(1), list_end)]
        if known is None:
            known = {mention[0]: mention[2] for mention in mentions if mention[2] in _KINDS}
            spans = [mention[:2] for mention in mentions]
        kinds = {known[start] for start, _ in items if start in known}
        if len(kinds) == 1:
            kind = kinds.pop()
            found += [(start, end, kind, None, confidence, "phrase")
                      for start, end in _process_items(text, items, spans, is_modifier, stop)]
        elif not kinds and text[opener_start:opener_end] in _COMPONENT_VERBS:
            components = _component_items(text, items, spans, is_modifier, stop, confidence)
            found += components
            parts += [component[:2] for component in components]
    return Listed(found, parts)


def _component_items(text, items, spans, is_modifier, stop, confidence):
    """METHOD mentions of the process phrases of two or more words among the ``items`` of a list opened by a verb
    of composition, when they are two or more and at least half of the items ("combines answer correctness,
    action validity, update timing, reasoning quality, and latency synchronization" names qualities, not parts)."""
    parts = [(start, end) for start, end in _process_items(text, items, spans, is_modifier, stop)
             if " " in text[start:end]]
    if len(parts) < 2 or 2 * len(parts) < len(items):
        return []
    return [(start, end, "METHOD", None, confidence, "phrase") for start, end in parts]


def _process_items(text, items, spans, is_modifier, stop):
    """The spans of the ``items`` that name a process (without a shared head) and overlap none of ``spans``."""
    for start, end in items:
        end = _without_shared_head(text, start, end)
        if (_names_process(text[start:end], is_modifier, stop)
                and not any(first < end and start < last for first, last in spans)):
            yield start, end


def _without_shared_head(text, start, end):
    """End of a list item once a head noun the list shares ("... and distillation methods") is cut off."""
    space = text.rfind(" ", start, end)
    return space if space > 0 and text[space + 1:end] in _SHARED_HEADS else end


def _names_process(phrase, is_modifier, stop):
    """Whether a list item names a process: lower-case words, the last one with a process ending and no stop
    word, each word before it a possible modifier ("generative replay" is no process; "parameter regularization"
    is)."""
    if not _LOWER_ITEM.fullmatch(phrase):
        return False
    *modifiers, head = phrase.split(" ")
    return (_PROCESS.search(head) is not None and head not in stop
            and all(is_modifier(word) for word in modifiers))
