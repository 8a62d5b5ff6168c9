"""Tasks a title names that the abstract repeats.

"Metaphor Comprehension" in "Computational Implementation of a Model of Category-Theoretic Metaphor
Comprehension": the last two to four words of a title part (after ":", "for", "in", "of", "towards" or
opening it) ending in a task noun ("-tion", "-sis") name a problem the paper works on where the abstract
repeats them. The mention stands where the abstract uses the words, so the name takes the abstract's own
case ("metaphor comprehension").
"""

import re

# title parts end at punctuation and these words; a problem part opens the title or follows one of
# ``_PROBLEM_PART_AFTER``
_PART_WORDS = frozenset("for via with using by in on of to from through under towards toward and at without into "
                        "across beyond as --".split())
_PROBLEM_PART_AFTER = frozenset(("", ":", "for", "in", "of", "towards", "toward"))
# a task noun ending a title part: "Analysis" in "Content Analysis: A Guide", "Estimation of Fruits"
_TASK_NOUN = re.compile(r"(?:tion|sion|sis|ment|ance|ence)(?=[:;,?!]|$| (?:--|(?i:for|via|with|using|by|in|on|of|to|"
                        r"from|through|under|towards?|and|at|without|into|across|beyond|as)\b))")
_PART_MARKS = ":;,?!"
_ECHO_END = re.compile(r"[\s,.;:)\-]")


def title_task_echoes(text, end):
    """Spans ``(start, end)`` of TASK mentions, at their place in the abstract (the title ends at ``end``), of
    the task-noun phrases ending title parts that the abstract repeats: the longest repeated tail of two to
    four words of a part (more words: none), unless the abstract capitalises it as a name ("our proposed Scale
    Space Diffusion").

    >>> t = "FruitProm: Probabilistic Maturity Estimation of Fruits\\n\\nWe study maturity estimation."
    >>> [t[s:e] for s, e in title_task_echoes(t, t.find("\\n\\n"))]
    ['maturity estimation']
    """
    abstract, mentions = None, []
    for noun in _TASK_NOUN.finditer(text, 0, end):
        words = _problem_part(text[:noun.end()])
        if words is None or len(words) < 2 or text.find(words[-1].lower(), end) < 0:  # the abstract has the noun
            continue
        abstract = text[end:].lower() if abstract is None else abstract
        found, count = -1, 2
        while count <= min(len(words), 5):  # the longest repeated tail (a longer one holds the shorter ones)
            at = _echo(abstract, " ".join(words[-count:]).lower())
            if at < 0:
                break
            found, count = at, count + 1
        if found >= 0 and count < 6 and words[1 - count].lower() not in ("the", "a", "an"):
            start = end + found
            stop = start + len(" ".join(words[1 - count:]))
            if not text[stop - len(words[-1])].isupper():
                mentions.append((start, stop))
    return mentions


def _problem_part(before):
    """The words of the title part ending ``before`` (up to seven) when it opens the title or follows ":",
    "for", "in", "of" or "towards", else None.

    >>> _problem_part("Models in Content Analysis")
    ['Content', 'Analysis']
    >>> _problem_part("Models with Content Analysis") is None
    True
    """
    words = before.split()
    for index in range(len(words) - 2, max(-1, len(words) - 8), -1):
        word = words[index].lower()
        if word[-1] in _PART_MARKS or (index and word in _PART_WORDS):
            return words[index + 1:] if word[-1] in _PROBLEM_PART_AFTER or word in _PROBLEM_PART_AFTER else None
    return words if len(words) < 8 else None


def _echo(abstract, phrase):
    """Where ``phrase`` occurs as whole words in the lower-cased ``abstract``, or -1."""
    found = abstract.find(phrase)
    while found >= 0:
        after = found + len(phrase)
        if not abstract[found - 1].isalnum() and after < len(abstract) and _ECHO_END.match(abstract, after):
            return found
        found = abstract.find(phrase, found + 1)
    return -1
