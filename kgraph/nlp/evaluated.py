"""What a paper evaluates: qualities listed after an evaluation cue.

* "achieving superior semantic alignment, structural integrity, and temporal
  smoothness", "evaluated along three axes: writing quality, instruction
  adherence, and detectability": a list of three or more short lower-case
  noun phrases right after an evaluation cue (``quality`` anchors in
  ``cues.json``: "superior", "improves", "gains in", "in terms of", ...)
  names the qualities measured, METRIC mentions with source "context". An
  item with a vague or verb word (``modifier_stop``), starting with an "-ing"
  word, ending in a plural ("multiple-choice questions") or in a technique or
  task head ("face restoration") is left out, and so is a bare broad
  property (``broad_qualities``: "robustness", "generalization": a claim,
  not a measure); the other items still count.
"""

import re

QUALITY_CONFIDENCE = 0.45
_ITEM = r"(?!and )[a-z][a-z\-]*+(?: (?!and\b)[a-z][a-z\-]*+){0,2}"  # "and" ends an item
_QUALITY_LIST = re.compile(
    r"(?i:superior|improved|improves|improving|enhances|enhanced|gains in|performance in|axes:|covering|"
    r"evaluated for|measures|metrics such as|metrics of|terms of|better)\s+(?:the\s+)?"
    rf"({_ITEM}(?:, {_ITEM}){{1,5}},? and {_ITEM})"
    r"(?=[.,;)]| (?:over|without|while|compared|of|across|on|than|with)\b)")
_ITEM_SPLIT = re.compile(r",? and |, ")
_PLURAL = re.compile(r"(?<!s)(?<!nes)(?<!ic)s$")  # "questions", not "robustness", "dynamics"


def listed_qualities(text, starts, stop, other_heads, broad=frozenset()):
    """METRIC mentions of the items of quality lists after the cues starting at ``starts``.

    ``stop``: vague and verb words (no item contains one); ``other_heads``: technique and task head words
    (no item ends in one); ``broad``: broad properties, no item on their own.

    >>> t = "achieving superior semantic fidelity, motion stability, and visual realism."
    >>> [t[s:e] for s, e, *_ in listed_qualities(t, [10], {"the"}, {"restoration"})]
    ['semantic fidelity', 'motion stability', 'visual realism']
    """
    mentions, last = [], 0
    for start in starts:
        match = _QUALITY_LIST.match(text, start) if start >= last else None
        if match is None:
            continue
        last, position = match.end(), match.start(1)
        for item in _ITEM_SPLIT.split(match.group(1)):
            position = text.index(item, position)
            words = item.split(" ")
            if not (any(word in stop for word in words) or words[0].endswith("ing") or _PLURAL.search(item)
                    or words[-1] in other_heads or item in broad):
                mentions.append((position, position + len(item), "METRIC", None, QUALITY_CONFIDENCE, "context"))
            position += len(item)
    return mentions


class EvaluationFinder:
    """:func:`listed_qualities` at the state's ``quality`` anchors (run by the phrase finder, which holds the
    anchors' other patterns)."""

    def __init__(self, stop, other_heads, broad=()):
        self.stop = frozenset(stop)
        self.other_heads = frozenset(other_heads)
        self.broad = frozenset(broad)

    @classmethod
    def from_cues(cls, cues):
        """The finder for the words of ``cues.json`` (``modifier_stop``, ``phrase_heads``, ``broad_qualities``)."""
        other_heads = {word for kind, words in cues["phrase_heads"].items() if kind != "METRIC" for word in words}
        return cls(cues["modifier_stop"], other_heads, cues["broad_qualities"])

    def mentions(self, text, anchors):
        """The METRIC mentions of ``text`` found at ``anchors`` (anchor class -> spans)."""
        if "quality" not in anchors:
            return []
        return listed_qualities(text, [start for start, _ in anchors["quality"]], self.stop, self.other_heads,
                                self.broad)
