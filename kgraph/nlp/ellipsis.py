"""Coordinated ellipsis with dangling hyphens: "class-, task-, and domain-incremental learning" names three tasks.

The gold guidelines expand a shared head. When a typed mention whose first word is hyphen-joined
("domain-incremental learning") follows a list of words that end in a dangling hyphen ("class-, task-, and "),
each of those words names a sibling: the word + the mention's text after its first hyphen ("class-incremental
learning"). The dangling hyphens make the ellipsis certain; coordination without them ("image and video
editing") is as often a list of two things ("semantic chunking and knowledge graphs") or an adjective
pair ("efficient and robust reasoning"), so a plain sibling ("image editing") must end in a task or
technique head and be a lexicon name.

>>> text = "We study class-, task-, and domain-incremental learning."
>>> [name for _, _, name in ellipsis_names(text, text.index("domain"), len(text) - 1)]
['class-incremental learning', 'task-incremental learning']
"""

import re

from kgraph.resolve import entity_key

_HYPHENED = re.compile(r"((?:(?<![\w-])[A-Za-z][\w-]*-,? )+)(?:and|or) $")  # "class-, task-, and "
_HYPHEN_ITEM = re.compile(r"([A-Za-z][\w-]*)-(?=,? )")  # "point-cloud-" in "point-cloud- and silhouette-conditioned"
_NOT_MODIFIERS = frozenset("and or both either other more less most all any each many several new such this these "
                           "those our their its".split())
_LOOK_BACK = 80
_PLAIN = re.compile(r"(?:^|[.:;(]\s*|\n|\b(?:for|of|in|on|with|the|both|between|across|from|by|a|an|its|"
                    r"their|under|into|via|at|as|than|is|are|propose|introduce|present|use|study|address)\s+)"
                    r"([A-Za-z][A-Za-z'-]*) (?:and|or) $", re.I)
_PROCESS_END = ("ing", "tion", "sion", "ance", "ence", "ency", "ity", "acy", "ment", "ness", "able", "ible", "s")


def ellipsis_mentions(text, typed, long_forms=frozenset(), heads=frozenset(), known=frozenset()):
    """Mentions of the siblings that coordinated ellipsis names (:func:`ellipsis_names`, and :func:`plain_names`
    for mentions ending in one of ``heads`` when the sibling's entity key is one of ``known``, see
    :func:`lexicon_keys`) before the typed mentions ``typed`` (``[start, end, type, canonical, confidence,
    sources]``): the whole coordination as the span, the expanded name as the canonical name, the type and
    sources of the written mention plus "ellipsis". A coordination that is an acronym's long form (one of
    ``long_forms``) names one defined thing."""
    found, starts, defined = [], {mention[0] for mention in typed}, None
    for mention in typed:
        if mention[2] and text.endswith((" and ", " or "), 0, mention[0]):
            names = ellipsis_names(text, mention[0], mention[1]) or [
                n for n in plain_names(text, mention[0], mention[1], heads) if entity_key(n[2]) in known]
            if names and defined is None:
                defined = {entity_key(form) for form in long_forms}
            for start, end, name in names:
                if start not in starts and entity_key(text[start:end]) not in defined:
                    found.append([start, end, mention[2], name, mention[4], mention[5] | {"ellipsis"}])
    return found


def lexicon_keys(rows):
    """The entity keys of the names and aliases of lexicon ``rows`` ``(name, type, aliases)``."""
    return frozenset(entity_key(form) for name, _, aliases in rows for form in (name, *aliases))


def ellipsis_names(text, start, end):
    """``(start, end, name)`` of the siblings named by dangling hyphens before the mention ``text[start:end]``:
    the span from the sibling's word to the mention's end and the expanded name; empty when there is none."""
    first, _, tail = text[start:end].partition("-")
    if not tail or " " in first:
        return []
    hyphened = _HYPHENED.search(text, max(0, start - _LOOK_BACK), start)
    if not hyphened:
        return []
    return [(item.start(1), end, f"{item.group(1)}-{tail}")
            for item in _HYPHEN_ITEM.finditer(text, hyphened.start(1), hyphened.end(1))
            if item.group(1).lower() not in _NOT_MODIFIERS]


def plain_names(text, start, end, heads):
    """``[(start, end, name)]`` of the sibling named by "A and " before a mention ending in one of ``heads``
    ("image and video editing"): A one word opening a noun phrase, in the case of the mention's first word,
    no process noun or property."""
    words = text[start:end].split(" ")
    if len(words) < 2 or words[-1].lower() not in heads:
        return []
    plain = _PLAIN.search(text, max(0, start - _LOOK_BACK), start)
    word = plain.group(1) if plain else ""
    if (not word or word.lower() in _NOT_MODIFIERS or word.lower().endswith(_PROCESS_END) or word.endswith("-")
            or word.islower() != words[0].islower() or word[0].isupper() != words[0][0].isupper()):
        return []
    return [(plain.start(1), end, " ".join([word] + words[1:]))]
