"""Names introduced by wording rather than shape: title prefixes and naming cues (parts a paper
introduces are in kgraph.nlp.parts).

* A title "SPAM: Spike-Aware Adam ..." names the paper's contribution in its
  prefix; the prefix becomes a mention with source "title" (a PROPOSES hint).
* "a novel algorithm named "Ghost Batch Normalization"", "we propose
  Adaptive RR": capitalised words right after a naming or proposing verb
  become mentions with source "cue".
* "A Post-Processing Framework for Group Fairness": the two to four words
  after "for" in the title name the problem the paper works on, a TASK
  mention with source "purpose"; vague leading words ("Robust", "Improved")
  come off, and phrases naming systems ("for LLM Agents"), data or settings
  (a plural head: "for Clinical Tasks") or starting with a verb ("for
  Training LLMs") are left out. The examples listed after
  "tasks such as" (kgraph.nlp.task_examples) are TASK mentions with the same source, and the
  capitalised phrase after "via" or "using" in a title ("Style Control via
  Single-Direction Editing") a METHOD mention.
* "three baselines (ALRPHFS, GuardAgent, LlamaFirewall)": capitalised names
  listed in brackets after a plural noun become mentions with source "list"
  (bare acronyms such as "ALRPHFS" are no shape name on their own).
* The title-case words opening a title before "for", "via", "with" or "using" and ending in a phrase head or
  a task noun name the paper's technique ("Canonical Space Representation for ..."), and title phrases the
  abstract repeats ("Maturity Estimation" ... "maturity estimation", kgraph.nlp.title_echoes) are mentions
  there: both with source "purpose".

The doc text is ``title + "\\n\\n" + abstract`` (see kgraph.extract).
"""

import re

from spacy.language import Language

from kgraph.nlp.headed_names import headed_names
from kgraph.nlp.resources import read_cues
from kgraph.nlp.shapes import is_adjective, shape_kind
from kgraph.nlp.state import state
from kgraph.nlp.task_examples import ITEM_SPLIT, task_examples
from kgraph.nlp.title_echoes import TASK_NOUNS, title_echoes

TITLE_SEPARATOR = "\n\n"
CUE_CONFIDENCE = 0.7
TITLE_CONFIDENCE = 0.75
PURPOSE_CONFIDENCE = 0.45

# a plural head names data or a setting, not a problem: "for Clinical Tasks", "for Infinite Video Streams"
# (but "for Diffusion Inverse Problems", "for Multi-Armed Bandits")
_PLURAL_DATA = re.compile(r"(?<![sui])(?<!ic)(?<!problem)(?<!bandit)s$")
_SYSTEM_WORDS = frozenset(read_cues()["system_words"])  # "for LLM Agents"
# a singular head naming data or a setting, not a problem: "for Graphless Data", "for Low-Resource Language"
_SETTING_WORDS = frozenset(read_cues()["setting_words"])
_TITLE_OPENERS = frozenset(read_cues()["title_openers"])  # "Towards", "Rethinking"
_REPORT = re.compile(r"(?<=\w) Technical Report$")  # "C2LLM Technical Report: ..." names C2LLM
_TITLE_PREFIX = re.compile(r"^([A-Z][\w\-.+]*(?: [A-Z0-9][\w\-.+]*){0,2}):\s")
_PURPOSE_STOP = r"(?:with|via|using|in|on|from|by|through|under|and)\b"
_PURPOSE_WORD = r"[A-Za-z0-9][\w\-']*"
_TITLE_PURPOSE = re.compile(rf"\b[Ff]or ({_PURPOSE_WORD}(?: (?!{_PURPOSE_STOP}|of\b|to\b){_PURPOSE_WORD}){{0,4}})"
                            rf"(?= {_PURPOSE_STOP}|[:;,?!]|$)")
_TITLE_MEANS = re.compile(rf"\b(?:via|using) ({_PURPOSE_WORD}(?: (?!{_PURPOSE_STOP}|of\b|to\b|for\b)"
                          rf"{_PURPOSE_WORD}){{0,4}})(?= {_PURPOSE_STOP}| for\b| to\b|[:;,?!]|$)")
# "Canonical Space Representation for 4D Panoptic Segmentation": the title-case words opening a title before "for",
# "via", "with" or "using" name the paper's technique when they end in a phrase head or a task noun
_TITLE_OPENING = re.compile(r"((?:[A-Z0-9][\w\-]* ){1,4}[A-Z0-9][\w\-]*) (?i:for|via|with|using) ")
# a capitalised name after a cue; a number in it is a whole token ("Dream 7B", "Monocular 3D Detector", never
# "Dream 7")
_CAP_NAME = re.compile(r"\s+(?:the\s+)?[\"“']?([A-Z][\w\-.]*\w"
                       r"(?:\s+(?:[A-Z][\w\-]*|\d+(?:\.\d+)?[A-Za-z]{0,2}(?!\w)))*)")
# a dash before an article ends a name: "we introduce AudioTrust-the first ...", "ShapeLLM-Omni-a native ..."
_DASH_ARTICLE = re.compile(r"-+(?:the|an?)(?=\s|$)")
# "three baselines (ALRPHFS, GuardAgent, LlamaFirewall)": a bracketed list of names after a plural noun
_BRACKET = re.compile(r"\((?=[A-Z])([^()]{2,160})\)")
_BRACKET_ITEM = re.compile(r"[A-Z][\w\-.]*(?:\+\+)?(?: [A-Z][\w\-.]*(?:\+\+)?){0,2}$")


def title_end(text):
    """Where the title ends in a doc text (its whole length when there is no abstract)."""
    end = text.find(TITLE_SEPARATOR)
    return len(text) if end < 0 else end


def title_prefix(text):
    """``(start, end)`` of the name before a colon at the start of the title, or None ("C2LLM" of "C2LLM Technical
    Report: ...").

    >>> title_prefix("SPAM: Spike-Aware Adam with Momentum Reset")
    (0, 4)
    >>> title_prefix("Train longer, generalize better: closing the gap") is None
    True
    """
    match = _TITLE_PREFIX.match(text, 0, title_end(text))
    if not match or not _names_something(match.group(1)):
        return None
    report = _REPORT.search(match.group(1))
    return (0, match.end(1) - len(report.group(0))) if report else match.span(1)


def _names_something(prefix):
    """A title prefix names a contribution when it starts with no gerund or title opener ("Fira", not
    "Dissecting", "Investigating ReLoRA" or "Beyond Textual CoT") and one word has a name shape ("CO2",
    "GaLore") or it is one word."""
    words = prefix.split()
    if _opens_title(words[0]):
        return False
    return len(words) == 1 or any(shape_kind(word) for word in words)


def _opens_title(word):
    """Whether a title's first word is a gerund or a title opener ("Dissecting", "Towards"), naming no technique."""
    return word.endswith("ing") or word.lower() in _TITLE_OPENERS


def title_opening(text, end, head_kinds):
    """``(start, end, type)`` of the technique named by the title-case words opening a title before "for", "via",
    "with" or "using" (the title ends at ``end``), or None: typed by its last word, a phrase head in
    ``head_kinds`` or a task noun (a METHOD); a gerund or title opener first ("Training ...", "Towards ...")
    names none.

    >>> title_opening("Canonical Space Representation for 4D Panoptic Segmentation", 60, {})
    (0, 30, 'METHOD')
    >>> title_opening("Towards Robust Estimation for Vision", 36, {}) is None
    True
    """
    match = _TITLE_OPENING.match(text, 0, end)
    if not match:
        return None
    words = match.group(1).lower().split(" ")
    kind = head_kinds.get(words[-1]) or ("METHOD" if words[-1].endswith(TASK_NOUNS) else None)
    if kind is None or _opens_title(words[0]):
        return None
    return 0, match.end(1), kind


def cue_name_mentions(text, cues):
    """Mentions ``(start, end, "", None, confidence, "cue")`` of capitalised names right after PROPOSES cues.

    ``cues`` are ``(end, -start, cue_class)`` as found by kgraph.nlp.lexicon.

    >>> t = 'we present a novel algorithm named "Ghost Batch Normalization" which'
    >>> [t[s:e] for s, e, *_ in cue_name_mentions(t, [(34, -29, "PROPOSES")])]
    ['Ghost Batch Normalization']
    """
    mentions = []
    for end, _, kind in cues:
        match = _CAP_NAME.match(text, end) if kind == "PROPOSES" else None
        if match and not is_adjective(match.group(1)):
            start = match.start(1)
            name = _DASH_ARTICLE.split(match.group(1), 1)[0].rstrip(".")
            mentions.append((start, start + len(name), "", None, CUE_CONFIDENCE, "cue"))
    return mentions


def title_purpose(text, vague, system_heads):
    """``(start, end)`` of the problem named after "for" in the title of ``text``, or None.

    ``vague`` words are trimmed from its start; a phrase ending in one of
    ``system_heads`` ("Models", "Agents"), in another plural noun or a data word (data or a
    setting: "for Infinite Video Streams", "for Graphless Data") or starting with a verb form is none.

    >>> title_purpose("CAFP: A Post-Processing Framework for Robust Group Fairness", {"robust"}, {"agents"})
    (45, 59)
    >>> title_purpose("Memory for LLM Agents", set(), {"agents"}) is None
    True
    >>> title_purpose("Real-Time Understanding for Infinite Video Streams", set(), set()) is None
    True
    """
    match = _TITLE_PURPOSE.search(text, 0, title_end(text))
    if not match:
        return None
    start, words = match.start(1), match.group(1).split(" ")
    while words and words[0].lower() in vague:
        start += len(words.pop(0)) + 1
    head = words[-1].lower() if words else ""
    if (len(words) < 2 or head in system_heads or head in _SETTING_WORDS or words[0].endswith("ing")
            or not words[0][0].isupper() or _PLURAL_DATA.search(head)):
        return None
    return start, match.end(1)


def title_means(text):
    """``(start, end)`` of the technique a title names after "via" or "using", or None.

    One word names a technique only with a name shape ("via GRPO"): a plain capitalised word is most often the
    start of a longer phrase or a general word ("via Simple and Effective ...", "via Submodularity").

    >>> text = "Style Control via Single-Direction Editing\\n\\nWe steer chat style."
    >>> span = title_means(text); text[span[0]:span[1]]
    'Single-Direction Editing'
    """
    match = _TITLE_MEANS.search(text, 0, title_end(text))
    if not match or not match.group(1)[0].isupper():
        return None
    means = match.group(1)
    return match.span(1) if " " in means or shape_kind(means) else None


def bracket_list_names(text):
    """Mentions for the capitalised names listed in brackets right after a plural noun.

    Their type is left to the context typing (kgraph.nlp.context); a list of
    ordinary capitalised words ("languages (English, French)") is dropped there.

    >>> t = "three baselines (ALRPHFS, GuardAgent, and Llama Firewall) by"
    >>> [t[s:e] for s, e, *_ in bracket_list_names(t)]
    ['ALRPHFS', 'GuardAgent', 'Llama Firewall']
    """
    mentions = []
    for match in _BRACKET.finditer(text):
        start = match.start()
        if not (text.endswith("s ", 0, start) and text[start - 3:start - 2].islower()):  # "baselines ("
            continue
        items = ITEM_SPLIT.split(match.group(1))
        if len(items) < 2 or not all(_BRACKET_ITEM.match(item) for item in items):
            continue
        position = match.start(1)
        for item in items:
            begin = text.find(item, position)
            position = begin + len(item)
            mentions.append((begin, position, "", None, CUE_CONFIDENCE, "list"))
    return mentions


@Language.factory("kgraph_names")
def make_name_cues(nlp, name):
    """Pipeline component adding the mentions of :class:`NameCues`."""
    cues = read_cues()
    system_heads = {word for kind in ("MODEL", "METHOD") for word in cues["head_nouns"][kind]}
    head_kinds = {word: kind for kind, words in cues["phrase_heads"].items() for word in words}
    type_nouns = frozenset(word for words in cues["head_nouns"].values() for word in words)
    return NameCues(frozenset(cues["modifier_stop"]), frozenset(system_heads | _SYSTEM_WORDS), head_kinds, type_nouns)


class NameCues:
    """Append title-prefix, naming-cue, title-purpose, title-means, title-opening, title-echo, task-example and
    bracket-list mentions to the state's ``mentions``."""

    def __init__(self, vague=frozenset(), system_heads=frozenset(), head_kinds=None, type_nouns=frozenset()):
        self.vague = vague
        self.system_heads = system_heads
        self.head_kinds = head_kinds or {}  # phrase heads and their types, for title openings and echoes
        self.type_nouns = type_nouns  # nouns naming what a name is ("mechanism", "dataset"), for headed names

    def __call__(self, doc):
        current = state(doc)
        text, mentions = current["text"], current["mentions"]
        prefix = title_prefix(text)
        if prefix:
            mentions.append((prefix[0], prefix[1], "", None, TITLE_CONFIDENCE, "title"))
        mentions.extend(cue_name_mentions(text, current["cues"]))
        purpose = title_purpose(text, self.vague, self.system_heads)
        if purpose:
            mentions.append((*purpose, "TASK", None, PURPOSE_CONFIDENCE, "purpose"))
        means = title_means(text)
        if means:
            mentions.append((*means, "METHOD", None, PURPOSE_CONFIDENCE, "purpose"))
        end_of_title = title_end(text)
        opening = title_opening(text, end_of_title, self.head_kinds)
        if opening:
            mentions.append((*opening, None, PURPOSE_CONFIDENCE, "purpose"))
        for start, end, kind in title_echoes(text, end_of_title, self.head_kinds, self.vague):
            mentions.append((start, end, kind, None, PURPOSE_CONFIDENCE, "purpose"))
        mentions.extend((start, end, "TASK", None, PURPOSE_CONFIDENCE, "purpose")
                        for start, end in task_examples(text))
        mentions.extend(bracket_list_names(text))
        heads = current.get("heads")
        if heads:
            mentions.extend(headed_names(text, heads, end_of_title + len(TITLE_SEPARATOR), PURPOSE_CONFIDENCE,
                                         mentions, self.type_nouns))
        return doc
