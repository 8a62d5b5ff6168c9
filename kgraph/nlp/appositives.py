"""The type of a name from the head noun of its appositive: "SealQA, a new challenge benchmark for ...".

The appositive is the noun phrase after the comma, ending at a preposition, a clause word or punctuation; its
last head noun types the name, but a head noun followed by a participle ends the phrase, since the participle
opens a clause about it ("a rewriting model combining supervised fine-tuning" is a model). A phrase that runs
on takes the first head noun among its first words (", a large-scale benchmark curated from ..."). A bracketed
acronym inside the phrase is skipped: "Foo, the first reinforcement learning (RL) framework" is a framework, and so
is a task head modifying a later word: "Foo, a novel reinforcement learning paradigm" names no task.
"""

import re

_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+((?:[\w\-]+\s+){0,6}?[\w\-]+)\s*(?=\b(?:that|which|for|to|of|with|where"
                         r"|in|on|designed|built|based|used)\b|[,.;:(])")
_APPOSITIVE_OPENING = re.compile(r",\s+(?:a|an|the)\s+((?:[\w\-]+\s+){0,3}[\w\-]+)")
_INNER_ACRONYM = re.compile(r" \([\w\-]{1,12}\)(?= [\w\-])")  # "a reinforcement learning (RL) framework"
_REACH = 160  # characters after the comma an appositive is read from
# a name and its appositive up to a mention: "ProVCA, a progressive ", "(SCPA), a ", "Guided Fusion, a gated ",
# "VLAAD serves as a "; not an adverb opening a sentence ("Specifically, the framework incorporates a ")
_DESCRIBED_BEFORE = re.compile(r"(?:(?:\S*[A-Z]\S*[A-Z0-9]\S*|\S*\)|(?<=[a-z] )[A-Z][a-z]+),|\b(?:serves?|acts?) as) "
                               r"(?:a|an|the) (?:(?!(?:a|an|the) )[a-z][\w\-]* ){0,4}$")
_NOUN_PHRASE_END = re.compile(r"(?: (?:that|which|for|to|with|designed|built|capable|tailored)\b|[,.;:(]|$)")
_DESCRIBED_REACH = 80  # characters before a mention its name and appositive are read from
# ", the first large-scale vision-language dataset", ", a multilingual database of", ", an evaluation set built
# on", ", the first driving environment" (a testbed environment is data): modifiers that are no clause,
# preposition or other kind of thing ("a framework that builds datasets", "a suite of models") before a data head
_DATA_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:(?!(?:that|which|for|of|to|on|in|with|and|or|by|from|as|framework"
                              r"|model|models|tool|toolkit|method|approach|system|pipeline|suite|repository|library"
                              r"|platform|agent|family|series)\b)[\w\-+.]+\s+){0,6}?(?:databases?|datasets?|corpus"
                              r"|corpora|benchmarks?|testbed|data set|(?:evaluation|test) sets?|environments?)\b(?!-)")


def appositive_type(text, comma, heads):
    """Type from the head noun of the appositive after the comma at ``comma`` in ``text``, or "" (``heads``:
    head noun -> type).

    >>> heads = {"framework": "METHOD", "learning": "TASK", "benchmark": "DATASET"}
    >>> t = "Foo, the first reinforcement learning (RL) framework for agents. Bar, a large-scale benchmark curated"
    >>> appositive_type(t, 3, heads), appositive_type(t, t.index(", a"), heads)
    ('METHOD', 'DATASET')
    """
    words = _INNER_ACRONYM.sub("", text[comma:comma + _REACH])
    appositive = _APPOSITIVE.match(words)
    if appositive:
        return _first_head(reversed(_modified(_before_participle(appositive.group(1).split(), heads), heads)), heads)
    opening = _APPOSITIVE_OPENING.match(words)
    return _first_head(_modified(opening.group(1).split(), heads), heads) if opening else ""


def data_appositive_type(text, start, end, kind):
    """DATASET for an untyped, METHOD or MODEL name at ``start:end`` that an appositive calls data, else ``kind``.

    Shapes and proposing cues type new names as methods or (with a size, "-1M") models; the appositive says what
    the name is: "we introduce OmniStyle-1M, a large-scale paired style transfer dataset comprising ...". A
    lower-case phrase there is mostly a list item ("through cross-temporal pairing, a large-scale dataset and ...").

    >>> t = "We introduce Foo-1M, a large-scale paired image dataset comprising pairs."
    >>> data_appositive_type(t, 13, 19, "MODEL"), data_appositive_type("Bar, a framework that builds datasets", 0, 3,
    ...                                                                "METHOD")
    ('DATASET', 'METHOD')
    """
    if (text.startswith(",", end) and kind in ("", "METHOD", "MODEL") and _DATA_APPOSITIVE.match(text, end)
            and not text[start:end].islower()):
        return "DATASET"
    return kind


def _modified(words, heads):
    """``words`` without task head words that modify a later word: "a novel reinforcement learning paradigm" and
    "a structured inference framework" name a means for a task, not the task (a task head ending the phrase
    stays: "a new classification task")."""
    return [word for i, word in enumerate(words) if i + 1 == len(words) or heads.get(word.lower()) != "TASK"]


def _before_participle(words, heads):
    """``words`` up to a head noun followed by a participle, which opens a clause about it:
    "two-stage rewriting model combining supervised fine-tuning" ends at "model" (but a participle before a
    head noun is a modifier: "a novel LLM training framework")."""
    for i, word in enumerate(words[:-1]):
        if (word.lower() in heads and words[i + 1].endswith(("ing", "ed")) and words[i + 1].islower()
                and (i + 2 == len(words) or words[i + 2].lower() not in heads)):
            return words[:i + 1]
    return words


def _first_head(words, heads):
    """The type of the first head noun among ``words``, or ""."""
    return next((heads[word.lower()] for word in words if word.lower() in heads), "")


def describes_name(text, start, end):
    """Whether the phrase at ``start:end`` is the whole appositive of a name before it, a description of that name
    rather than the name of a technique: "ProVCA, a progressive video condensation agent that ..." (but not a
    phrase modifying the appositive's head: "Foo, a reinforcement learning framework").

    >>> t = "We propose ProVCA, a progressive video condensation agent that locates frames."
    >>> describes_name(t, t.index("video"), t.index(" that")), describes_name(t, t.index("video"), t.index(" agent"))
    (True, False)
    """
    return bool(_DESCRIBED_BEFORE.search(text[max(0, start - _DESCRIBED_REACH):start])
                and _NOUN_PHRASE_END.match(text, end))
