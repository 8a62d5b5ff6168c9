"""Names written as slash-joined variants: "CIFAR-10/100", "ImageNet-C/P", "OLMo1/2/3", "DFN-H/DFN-L".

The shape regex skips words touching "/" (they are mostly URLs, units or
"AI/ML" pairs); here a word is split at its slashes when every part after the
first is a variant of the first name:

* a number replacing its trailing number ("CIFAR-10/100" -> "CIFAR-100");
* one or two letters replacing a letter suffix after a hyphen ("ImageNet-C/P");
* a whole name with the same first hyphen part ("DFN-H/DFN-L", "mAP50/mAP50-95").

The first name is a mention of its own characters; each variant is a mention
of its own characters ("100") carrying the full name as its canonical name.
"""

import re

_OPENING = "([{\"'`\n"
_CLOSING = ".,;:)]}\"'\n"
_TRAILING_NUMBER = re.compile(r"\d+$")
_LETTER_SUFFIX = re.compile(r"-[A-Z][a-z]?$")
_LETTERS = re.compile(r"[A-Z][a-z]?$")


def variant_name(base, part):
    """The full name that ``part`` (after a slash) abbreviates, given the name ``base`` before it; None if it is
    no variant of ``base``.

    >>> variant_name("CIFAR-10", "100"), variant_name("ImageNet-C", "P"), variant_name("AI", "ML")
    ('CIFAR-100', 'ImageNet-P', None)
    """
    if part.isdigit():
        number = _TRAILING_NUMBER.search(base)
        return base[:number.start()] + part if number else None
    if _LETTERS.match(part) and _LETTER_SUFFIX.search(base):
        return base[:base.rindex("-") + 1] + part
    if part != base and "-" in base + part and part.split("-")[0] == base.split("-")[0]:
        return part
    return None


def slash_mentions(text, classify, confidence):
    """Mentions ``(start, end, type, canonical, confidence, kind)`` of slash-joined variant names in ``text``;
    ``classify(name)`` gives a name's ``(shape kind, type)`` (see kgraph.nlp.shapes) and ``confidence`` the
    confidence of each shape kind."""
    mentions = []
    slash = text.find("/")
    while slash >= 0:
        start = text.rfind(" ", 0, slash) + 1
        end = text.find(" ", slash)
        end = len(text) if end < 0 else end
        word = text[start:end].rstrip(_CLOSING)
        bare = word.lstrip(_OPENING)
        mentions.extend(_split(bare, start + len(word) - len(bare), classify, confidence))
        slash = text.find("/", end)
    return mentions


def _split(word, start, classify, confidence):
    """Mentions of one slash-joined ``word`` at ``start``, or none unless all its parts are variants."""
    base, *parts = word.split("/")
    kind, kind_type = classify(base)
    if not kind or not base[:1].isalpha():
        return []
    found = [(start, start + len(base), kind_type, None, confidence[kind], kind)]
    offset = start + len(base) + 1
    for part in parts:
        name = variant_name(base, part)
        if name is None:
            return []
        found.append((offset, offset + len(part), kind_type, None if name == part else name, confidence[kind], kind))
        offset += len(part) + 1
    return found
