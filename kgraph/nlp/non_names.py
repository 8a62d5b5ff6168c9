"""Surface forms that look like names but name nothing: the judgement of :mod:`kgraph.nlp.vague` on shapes.

Each check reads the name (or a mention's span) and the abstract's text only:

* a name ending in a hyphenated participle or "-able" word is an adjective ("GNSS-denied", "BM25-retrievable");
* a letter and a digit of a numbered series, or a range of labels, labels an item ("H2" of "H0 ... H4", "C1-C6");
* a name seen only inside web addresses is part of an address ("ControlNet" of "github.com/ControlNet/MATA");
* a common word with its first two letters capitalised to spell an acronym ("COmmunication" of CO2) is that word;
* a mention inside a longer capitalised name or a hyphenated compound is part of that name ("and Point
  Transformer", "Barlow Twins", "cross-domain generalization"; not "GRPO-based").
"""

import re

# a name ending in a hyphenated participle or "-able" word: "GNSS-denied", "LoRA-adapted", "BM25-retrievable" (not
# "R-squared", "NV-Embed", or a checked benchmark split "OSWorld-Verified"); group 1 is the name, 2 the verb stem
_PARTICIPLE_NAME = re.compile(r"(\w{2,})-(?!Verified)([A-Za-z][a-z]{3,}?)(?:ed|able|ible)")
# a label of a numbered series: a letter and a digit ("H2" of "H0 ... H4") or a range of labels ("C1-C6", "L0-L5")
_SERIES_LABEL = re.compile(r"([A-Z])\d")
_LABEL_RANGE = re.compile(r"([A-Z][a-z]*)\d+-\1\d+")
_ADDRESS_MARKS = "/=.{"  # characters right before a name inside a web address ("github.com/ControlNet")
_URL = re.compile(r"\S*(?:://|www\.)")  # a web address up to a mention: "https://github.com/ControlNet/MATA"
# one word with its first two letters capitalised: "COmmunication", "REasoning" (but also "DBpedia", "XAttention")
_EMPHASIS = re.compile(r"[A-Z]{2}[a-z]{4,}")
# compounds that still name a method or model: "GAN-based", "ReAct-style", "Mamba-like"
_NAME_COMPOUND = re.compile(r"-(?:based|style|like|driven|powered|guided|enhanced|inspired|free|only|specific|aware)\b")
# a title-case word right after a mention ("Barlow Twins"), a capitalised word inside a sentence right before it
# ("and Point Transformer", "in Stage II")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")
_NAME_WORD = re.compile(r"(?!(?:A|An|The|Our|This|These|Its|Their)\b)[A-Z][\w\-]*")
_NAME_WORD_AFTER = re.compile(r"[\w,)] ")
SERIES = 3  # fewest numbers a letter takes in an abstract for its labels to be a series


def participle_form(name, text):
    """Whether ``name`` ends in a hyphenated participle ("LoRA-adapted") whose verb the text names no other way.

    "SSD-offloaded" stays where the text also speaks of "SSD offloading": it is a form of that name; so does
    the name a title opens with ("AndroidControl-Curated: ...").
    """
    shape = _PARTICIPLE_NAME.fullmatch(name)
    if not shape or text.startswith(name + ":"):
        return False
    other_form = rf"\b{re.escape(shape[1])}[ -]{shape[2]}(?!ed\b|able\b|ible\b)"  # "SSD offloading"
    return not re.search(other_form, text, re.I)


def emphasis_word(name, text):
    """Whether ``name`` is a common word whose first two letters are capitalised to spell an acronym
    ("COmmunication with COmputation" for CO2): the text also writes the word plainly ("communication"), which
    it rarely does for a name of that shape ("DBpedia", "XAttention") but in a web address ("github.com/x/csteer").

    >>> emphasis_word("COmputation", "overlap of COmputation; computation is slow"), emphasis_word("DBpedia", "")
    (True, False)
    """
    if not _EMPHASIS.fullmatch(name):
        return False
    word = name.lower()
    return re.search(rf"(?<![\w/.])(?:{word}|{word.capitalize()})\b", text) is not None  # not in an address


def series_label(name, text):
    """Whether ``name`` labels one item of a numbered series (treatments, criteria, layers) rather than
    naming a thing: a range of labels ("C1-C6") or a letter and a digit whose letter the text numbers at
    least ``SERIES`` ways ("H2" in "H0 (real images), H1 (...), H2 (...)").

    >>> series_label("H2", "H0 only real, H1 only synthetic, H2 mixed"), series_label("C1-C6", "")
    (True, True)
    >>> series_label("S5", "we propose S5, a framework"), series_label("F1", "F1 and F2 scores")
    (False, False)
    """
    if not name[-1:].isdigit():
        return False
    if _LABEL_RANGE.fullmatch(name):
        return True
    match = _SERIES_LABEL.fullmatch(name)
    return bool(match) and len(set(re.findall(rf"\b{match.group(1)}(\d)\b", text))) >= SERIES


def in_addresses(text, members):
    """Whether every mention of ``members`` is part of a web address (see :func:`_in_address`); the cheap test
    of its first mention inline, as it settles most groups."""
    start = members[0][0]
    if text[start - 1:start] not in _ADDRESS_MARKS and not text.startswith("www.", start):
        return False
    return all(_in_address(text, m[0], m[1]) for m in members)


def _in_address(text, start, end):
    """Whether the mention ``text[start:end]`` is part of a web address ("ControlNet" in
    "github.com/ControlNet/MATA", "www.JD.com").

    >>> _in_address("at https://github.com/ControlNet/MATA.", 22, 32), _in_address("via ControlNet.", 4, 14)
    (True, False)
    """
    if text[start - 1:start] not in _ADDRESS_MARKS and not text.startswith("www.", start):
        return False  # a cheap test first: most mentions follow a space or a bracket
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    return bool(_URL.match(text, token_start, end))


def runs_into_name(text, end):
    """Whether a title-case word follows right after ``end``: the mention begins a longer name ("Barlow Twins")."""
    return _NAME_AFTER.match(text, end) is not None


def in_compound(text, mention):
    """Whether a mention is part of a hyphenated compound: "high-recall", "accuracy-cost balancing"."""
    return text[mention[0] - 1:mention[0]] == "-" or text[mention[1]:mention[1] + 1] == "-"


def name_part(text, mention):
    """Whether a mention is part of a longer capitalised name in its sentence or of a compound.

    "PointNet, DGCNN, and Point Transformer": "Transformer" ends another name, "Point" begins it;
    "cross-domain generalization" holds no "domain generalization", but "GAN-based" holds a "GAN".
    """
    start, end = mention[:2]
    return bool(runs_into_name(text, end) or (in_compound(text, mention) and not _NAME_COMPOUND.match(text, end))
                or _after_capitalised(text, start))


def _after_capitalised(text, start):
    """Whether the word before ``start`` is capitalised and follows another word, comma or bracket; not an "X-based",
    "X-style" ... compound, which says what the name is built on ("with GRPO-based reinforcement learning")."""
    if text[start - 1:start] != " ":
        return False
    word_start = text.rfind(" ", 0, start - 1) + 1
    if not "A" <= text[word_start] <= "Z" or _NAME_COMPOUND.search(text, word_start, start - 1):
        return False
    return (word_start >= 2 and bool(_NAME_WORD.fullmatch(text, word_start, start - 1))
            and bool(_NAME_WORD_AFTER.match(text, word_start - 2)))
