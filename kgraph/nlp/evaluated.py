"""What a paper evaluates: the qualities and measures it reports and the data names it lists.

* "achieving superior semantic alignment, structural integrity, and temporal
  smoothness", "evaluated along three axes: writing quality, instruction
  adherence, and detectability": a list of three or more short lower-case
  noun phrases right after an evaluation cue (``quality`` anchors in
  ``cues.json``: "superior", "improves", "gains in", "covering" in an evaluation, ...)
  names the qualities measured, METRIC mentions with source "context". An
  item with a vague or verb word (``modifier_stop``), starting with an "-ing"
  word, ending in a plural ("multiple-choice questions") or in a technique or
  task head ("face restoration") is left out, and so is a bare broad
  property (``broad_qualities``: "robustness", "generalization": a claim,
  not a measure); the other items still count. After "in terms of" and
  "metrics of/such as/including/like" two items are enough: "in terms of
  performance and variability", and a metric name among them ("BERTScore",
  "mAP50") holds the list together but is left to the name finders.
* "reduces the parameter count by 46.1%", "lowers computing resource
  migration rates by 33%": the one to four lower-case words between a verb of
  change (``change`` anchors) and "by" and a figure name a measure (METRIC,
  source "context"), unless one of them is a vague or function word ("the
  number of parameters" is one); "increases" is no such verb: what grows by a
  figure is mostly a setting ("increasing the batch size by 4x").
* "using 25% less memory", "with 5x fewer parameters", "10x faster sampling
  speed": the one or two lower-case words after a figure and a comparative
  (``compare`` anchors) name a measure (METRIC, source "measure"), unless one
  of them is a vague or verb word, the last is an "-ing" word ("10x faster
  training") or a technique or task head.
* "achieving high sensitivity (0.990) and specificity (0.992)": a quality
  noun ("-ity", "-ness", "-ance", "-ence", "-acy") right before a value in
  brackets names a measure (METRIC, source "measure"), unless it is a broad
  property ("performance (0.8)").
* "the Human 3.6M dataset", "on WIDER FACE benchmarks": the capitalised words
  between "the", "on", "and" or a comma and a lower-case data word (``data``
  anchors) name the data (a DATASET mention with source "cue"); a count ("the
  7K dataset"), hyphenated title words ("Question-Answer") and adjectives
  ("CARLA-based") are not names.
* "on the Tongji, IITD, and AISEC datasets", "benchmark datasets including
  DHG14/28, SHREC'17, and JHMDB": each capitalised name (one to three words)
  of a list right before a plural data word or after it and "such as",
  "including", "like" is a DATASET mention (source "cue"), whatever its shape.
* "on the Verily Mental Health Crisis Dataset": Title-Case words before a
  capitalised data word (``data`` anchors) in the abstract name a dataset with
  that word (a DATASET mention with source "cue"); a phrase opening with an
  article or a vague word ("A New Benchmark") does not.
"""

import re

from kgraph.nlp.names import CUE_CONFIDENCE

QUALITY_CONFIDENCE = 0.45
_ITEM = r"(?!and )[a-z][a-z\-]*+(?: (?!and\b)[a-z][a-z\-]*+){0,2}"  # "and" ends an item
_QUALITY_LIST = re.compile(
    r"(?i:superior|improves|enhances|gains in|performance in|axes:|covering|measures)\s+(?:the\s+)?"
    rf"({_ITEM}(?:, {_ITEM}){{1,5}},? and {_ITEM})"
    r"(?=[.,;)]| (?:over|without|while|compared|of|across|on|than|with)\b)")
# "in terms of accuracy and inference speed", "on metrics of semantic similarity and structural rationality": two
# items are enough after these cues, and a metric name may be one ("in terms of BERTScore and cosine similarity and
# ...": the name is found by its shape, the list gives the lower-case items)
_NAMED_ITEM = r"[A-Z][\w\-]*+|[a-z]++[A-Z\d][\w\-]*+"
_TERM = rf"(?:{_ITEM}|{_NAMED_ITEM})"
_TERMS_LIST = re.compile(
    r"(?:terms of|metrics (?:of|such as|including|like))\s+(?:the\s+)?"
    rf"({_TERM}(?:, {_TERM}){{0,5}},? and {_TERM})"
    r"(?=[.,;)]| (?:over|without|while|compared|of|across|on|than|with|under|in|and)\b)")
_CHANGED_BY = re.compile(
    r"\w+\s+(?:the\s+|its\s+|their\s+|our\s+)?((?:number of )?(?:[a-z][a-z0-9\-]*+\s){0,3}[a-z][a-z0-9\-]*+)\s+by\s+"
    r"(?:up to\s+|over\s+|approximately\s+|about\s+|roughly\s+|nearly\s+|around\s+)?\$?[-+]?\d")
# a figure right before a comparative: "25% ", "6--8\\% ", "80 percent ", "5x ", "3$\\times$ "
_FIGURE_BEFORE = re.compile(r"\d(?:\s?\\?%\$?| percent|x|\$?\\times\$?|×)\s$")
_COMPARED = re.compile(r"\w+\s((?:[a-z][a-z\-]*+\s)?[a-z][a-z\-]*+)(?=[,.;:)]|\s(?:and|or|than|on|in|over|compared|"
                       r"while|across|with|at|for|versus|vs|under|without|when)\b)")
# "high sensitivity (0.990) and specificity (0.992)": a quality noun given a value in brackets
_BRACKETED_VALUE = re.compile(r"\(\$?[-+]?\d*\.\d+\$?\)")
_QUALITY_NOUN = re.compile(r"(?<![\w\-])([a-z][a-z\-]*(?:ity|ness|ance|ence|ancy|ency|acy)) $")
_DATA_WORD = r"[A-Z0-9][\w+'/\-]*(?:\.\d+)*"
_DATA_ITEM = rf"{_DATA_WORD}(?: {_DATA_WORD}){{0,2}}"
_DATA_LIST = rf"((?:{_DATA_ITEM}, )*{_DATA_ITEM},? (?:and|or) {_DATA_ITEM})"
_DATA_SPLIT = re.compile(r",? (?:and|or) |, ")
_PREVIOUS_NAME = re.compile(r"[A-Z0-9]")  # the word before the data word starts a name: a list may end there
_DATA_LIST_BEFORE = re.compile(rf"\b(?:the|on|of|in|across) {_DATA_LIST} $")
_DATA_LIST_AFTER = re.compile(rf",? (?:such as|including|like) {_DATA_LIST}")
_ITEM_SPLIT = re.compile(r",? and |, ")
# "covering" opens a list of qualities only in an evaluation ("an evaluation framework covering fidelity, coherence,
# and ..."); elsewhere it lists contents ("benchmarks covering math, physics, and games")
_EVALUATION_BEFORE = re.compile(r"evaluat|metric|criteri|dimension", re.I)
_COVERAGE_REACH = 40
_PLURAL = re.compile(r"(?<!s)(?<!nes)(?<!ic)s$")  # "questions", not "robustness", "dynamics"
# "the Human 3.6M dataset", "on WIDER FACE benchmarks", "English and Japanese FrameNet datasets"
_NAME_TOKEN = r"[A-Z0-9][\w.+']*[\w+']|[A-Z]"
_DATA_NAME = re.compile(rf"(?:\b(?:the|on|and)|,) ((?:(?:{_NAME_TOKEN}) ){{0,2}}(?:{_NAME_TOKEN})) $")
# a count ("the 7K dataset", "20 VQA benchmarks"), title words ("Question-Answer"), an adjective ("CARLA-based")
_NOT_DATA_NAME = re.compile(r"\d[\d.,]*[KMB]?(?: .*)?|[A-Z][a-z]+(?:-[A-Z][a-z]+)+"
                            r"|.*-(?:based|centric|compliant|like|style|driven|token)")
# "on the Continual-World benchmark": hyphen-joined Title-Case words (no name shape of their own, see
# kgraph.nlp.shapes) right before a data word, unless a part is an adjective ("the Hand-Crafted dataset")
_HYPHEN_DATA_NAME = re.compile(r"(?:\b(?:the|on|and)|,) ([A-Z][a-z]+(?:-[A-Z][a-z]+)+) $")
_ADJECTIVE_PART = re.compile(r"(?:ed|ly)\b|^Non-")
_TITLED_RUN = re.compile(r"(?<![\w\-'.])(?:[A-Z][\w\-']* ){1,6}$")
_NOT_A_NAME_START = frozenset(("A", "An", "The", "Our", "This", "These", "Its", "Their", "New", "Each", "Every"))


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
        match = (_QUALITY_LIST.match(text, start) or _TERMS_LIST.match(text, start)) if start >= last else None
        if match is None or (text.startswith("covering", start)
                             and not _EVALUATION_BEFORE.search(text, max(0, start - _COVERAGE_REACH), start)):
            continue
        last, position = match.end(), match.start(1)
        for item in _ITEM_SPLIT.split(match.group(1)):
            position = text.index(item, position)
            words = item.split(" ")
            if not (not item.islower() or any(word in stop for word in words) or words[0].endswith("ing")
                    or _PLURAL.search(item) or words[-1] in other_heads or item in broad):
                mentions.append((position, position + len(item), "METRIC", None, QUALITY_CONFIDENCE, "context"))
            position += len(item)
    return mentions


def changed_measures(text, starts, stop):
    """METRIC mentions of what the verbs of change starting at ``starts`` change by a figure.

    ``stop``: vague and function words (no measure holds one, but "number of" may start it).

    >>> t = "it reduces the parameter count by 46.1% and improves the results by far"
    >>> [t[s:e] for s, e, *_ in changed_measures(t, [3, 43], {"the", "of"})]
    ['parameter count']
    """
    mentions = []
    for start in starts:
        match = _CHANGED_BY.match(text, start)
        if match is None:
            continue
        words = match.group(1).removeprefix("number of ").split()
        if not any(word in stop for word in words):
            mentions.append((*match.span(1), "METRIC", None, QUALITY_CONFIDENCE, "context"))
    return mentions


def compared_measures(text, starts, stop, other_heads):
    """METRIC mentions of the words a figure compares after the comparatives starting at ``starts``.

    ``stop``: vague and verb words (no measure holds one); ``other_heads``: technique and task head words
    (no measure ends in one).

    >>> t = "using 25% less memory, 5x fewer trainable parameters and 3x faster training."
    >>> [t[s:e] for s, e, *_ in compared_measures(t, [10, 26, 58], {"the"}, set())]
    ['memory', 'trainable parameters']
    """
    mentions = []
    for start in starts:
        if not _FIGURE_BEFORE.search(text, max(0, start - 10), start):
            continue
        match = _COMPARED.match(text, start)
        if match is None:
            continue
        words = match.group(1).split()
        if not (any(word in stop for word in words) or words[-1].endswith("ing") or words[-1] in other_heads):
            mentions.append((*match.span(1), "METRIC", None, QUALITY_CONFIDENCE, "measure"))
    return mentions


def valued_qualities(text, broad=frozenset()):
    """METRIC mentions of the quality nouns given a value in brackets, except ``broad`` ones.

    >>> t = "high sensitivity (0.990), specificity (0.992) and a sensitive (0.98) test"
    >>> [t[s:e] for s, e, *_ in valued_qualities(t)]
    ['sensitivity', 'specificity']
    """
    mentions = []
    for value in _BRACKETED_VALUE.finditer(text):
        noun = _QUALITY_NOUN.search(text, max(0, value.start() - 30), value.start())
        if noun and noun.group(1) not in broad:
            mentions.append((*noun.span(1), "METRIC", None, QUALITY_CONFIDENCE, "measure"))
    return mentions


def data_names(text, spans, body_start):
    """DATASET mentions of the names at the data words at ``spans``: right before a lower-case data word
    (also hyphen-joined Title-Case words there, "the Continual-World benchmark"), listed before or after a
    plural one, or a Title-Case name ending in a capitalised one after ``body_start`` (in the abstract).

    >>> t = "T\\n\\non the Tongji and IITD datasets, datasets such as SHREC'17 and JHMDB, the Foo Bar Dataset."
    >>> [t[s:e] for s, e, *_ in data_names(t, [(26, 34), (36, 44), (85, 92)], 3)]
    ['IITD', 'Tongji', 'IITD', "SHREC'17", 'JHMDB', 'Foo Bar Dataset']
    """
    mentions = []
    for start, end in spans:
        if text[start].islower():
            name = _DATA_NAME.search(text, max(0, start - 50), start)
            if name and not _NOT_DATA_NAME.fullmatch(name.group(1)):
                mentions.append((*name.span(1), "DATASET", None, CUE_CONFIDENCE, "cue"))
            elif name := _HYPHEN_DATA_NAME.search(text, max(0, start - 50), start):
                if not _ADJECTIVE_PART.search(name.group(1)):
                    mentions.append((*name.span(1), "DATASET", None, CUE_CONFIDENCE, "cue"))
            if text[end - 1] == "s":
                mentions += _listed_names(text, start, end)
        elif start >= body_start:
            run = _TITLED_RUN.search(text, max(body_start, start - 80), start)
            if run and text[run.start():text.find(" ", run.start())] not in _NOT_A_NAME_START:
                mentions.append((run.start(), end, "DATASET", None, CUE_CONFIDENCE, "cue"))
    return mentions


def _listed_names(text, start, end):
    """DATASET mentions of the names listed right before the plural data word at ``start:end`` or after it."""
    window = max(0, start - 120)
    listed = ((_PREVIOUS_NAME.match(text, text.rfind(" ", window, start - 1) + 1) and " and " in text[window:start]
               and _DATA_LIST_BEFORE.search(text, window, start)) or _DATA_LIST_AFTER.match(text, end))
    if not listed:
        return []
    mentions, position = [], listed.start(1)
    for item in _DATA_SPLIT.split(listed.group(1)):
        position = text.index(item, position)
        mentions.append((position, position + len(item), "DATASET", None, CUE_CONFIDENCE, "cue"))
        position += len(item)
    return mentions


class EvaluationFinder:
    """:func:`listed_qualities`, :func:`changed_measures`, :func:`compared_measures` and :func:`data_names` at
    the state's ``quality``, ``change``, ``compare`` and ``data`` anchors, and :func:`valued_qualities` (run by
    the phrase finder, which holds the anchors' other patterns)."""

    def __init__(self, stop, other_heads, broad=()):
        self.stop = frozenset(stop)
        self.other_heads = frozenset(other_heads)
        self.broad = frozenset(broad)

    @classmethod
    def from_cues(cls, cues):
        """The finder for the words of ``cues.json`` (``modifier_stop``, ``phrase_heads``, ``broad_qualities``)."""
        other_heads = {word for kind, words in cues["phrase_heads"].items() if kind != "METRIC" for word in words}
        return cls(cues["modifier_stop"], other_heads, cues["broad_qualities"])

    def mentions(self, text, anchors, body_start):
        """The METRIC and DATASET mentions of ``text`` found at ``anchors`` (anchor class -> spans);
        ``body_start``: where the abstract starts (the state's ``background`` start)."""
        found = []
        if "quality" in anchors:
            found = listed_qualities(text, [start for start, _ in anchors["quality"]], self.stop, self.other_heads,
                                     self.broad)
        if "change" in anchors:
            found += changed_measures(text, [start for start, _ in anchors["change"]], self.stop)
        if "compare" in anchors:
            found += compared_measures(text, [start for start, _ in anchors["compare"]], self.stop, self.other_heads)
        found += valued_qualities(text, self.broad)
        if "data" in anchors:
            found += data_names(text, anchors["data"], body_start)
        return found
