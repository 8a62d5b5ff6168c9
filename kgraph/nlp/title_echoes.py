"""Title phrases the abstract repeats.

"Maturity Estimation" in "FruitProm: Probabilistic Maturity Estimation of Fruits", "Partial Masking" in
"Training LLM-Based Agents with Synthetic Trajectories and Partial Masking": the last two to five words of a title
part that follows ":", "for", "in", "of" or "and" and ends in a phrase head ("Estimation", "Masking") or a task
noun ("-tion", "-sis") name what the paper works on or with where the abstract repeats them. Only the short title
is split into words; the abstract is searched with ``str.find`` for the words as written there: lower-case
(capitalised opening a sentence), acronyms kept ("UAV Object Detection" is "UAV object detection"). The mention
stands where the abstract repeats the words, typed by the head (a task noun: TASK).
"""

# a title part ends at punctuation or one of these words, and a repeated part names something after these marks
_PART_WORDS = frozenset(spelling for word in "for via with using by in on of to from through under towards toward "
                        "and at without into across beyond as".split()
                        for spelling in (word, word.title()))  # "for", "For"
_NAMING_PART_AFTER = frozenset((":", "for", "in", "of", "and"))
_PART_MARKS = ":;,?!."
TASK_NOUNS = ("tion", "sion", "sis", "ment", "ance", "ence")  # endings of nouns naming a task: "estimation"
_ARTICLES = frozenset(("the", "a", "an"))
MAX_WORDS = 5


def title_echoes(text, end, head_kinds, vague=frozenset()):
    """``(start, end, type)`` of the title phrases the abstract repeats, at their place in the abstract.

    ``end`` is where the title ends in ``text``; ``head_kinds`` maps phrase heads to their type ("masking":
    "METHOD"); a ``vague`` word ("Robust", "More") ends the phrase at its left.

    >>> t = "FruitProm: Probabilistic Maturity Estimation of Fruits\\n\\nWe study maturity estimation."
    >>> [(t[s:e], kind) for s, e, kind in title_echoes(t, 54, {})]
    [('maturity estimation', 'TASK')]
    """
    found = []
    for mark, part in _title_parts(text[:end]):
        if mark in _NAMING_PART_AFTER and 1 < len(part) <= MAX_WORDS + 1:
            found += _part_echo(text, end, part, head_kinds, vague)
    return found


def _title_parts(title):
    """The parts of ``title`` split at punctuation and ``_PART_WORDS``, each ``(mark, words)`` with the mark
    before it: "" for the first part, else the punctuation or the lower-case part word."""
    part, mark = [], ""
    for word in title.split():
        ends_part = word[-1] in _PART_MARKS
        if ends_part or word in _PART_WORDS:
            yield mark, part + [word[:-1]] if ends_part else part
            part, mark = [], word[-1] if ends_part else word.lower()
        else:
            part.append(word)
    yield mark, part


def _part_echo(text, end, words, head_kinds, vague):
    """The echo (a list of one ``(start, end, type)`` or none) of a naming title part of ``words`` ending in a
    phrase head or a task noun."""
    last = words[-1].lower()
    kind = head_kinds.get(last) or ("TASK" if last.endswith(TASK_NOUNS) else None)
    echo = _longest_echo(text, words, end, vague) if kind else None
    return [(*echo, kind)] if echo else []


def _longest_echo(text, words, end, vague):
    """``(start, end)`` in the abstract (after ``end``) of the longest tail of two to ``MAX_WORDS`` title
    ``words`` it repeats, without articles or ``vague`` words, or None."""
    found, phrase = None, _as_written(words[-1])
    for word in words[-2:-MAX_WORDS - 1:-1]:
        lower = word.lower()
        if lower in _ARTICLES or lower in vague:
            break
        phrase = _as_written(word) + " " + phrase
        at = _echo_at(text, phrase, end)
        if at < 0:
            break
        found = (at, at + len(phrase))
    return found


def _echo_at(text, phrase, end):
    """Where the abstract (after ``end``) repeats ``phrase``, also capitalised opening a sentence ("Building
    footprint extraction holds ..." repeats "Building Footprint Extraction"), or -1."""
    at = _whole_words(text, phrase, end)
    if at < 0 and phrase[0].islower():
        at = _whole_words(text, phrase[0].upper() + phrase[1:], end)
        if at >= 0 and text[max(at - 3, 0):at].rstrip(" ")[-1:] not in ".!?\n":
            return -1
    return at


def _as_written(word):
    """A title word as an abstract writes it: lower-case unless an acronym or a number ("UAV", "3D")."""
    return word if len(word) > 1 and (word[1].isupper() or word[0].isdigit()) else word.lower()


def _whole_words(text, phrase, start):
    """Where ``phrase`` occurs as whole words in ``text`` after ``start``, or -1."""
    at = text.find(phrase, start)
    while at >= 0:
        after = at + len(phrase)
        if not text[at - 1].isalnum() and (after == len(text) or not text[after].isalnum()):
            return at
        at = text.find(phrase, at + 1)
    return -1
