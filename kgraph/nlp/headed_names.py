"""Title-Case names ending in a phrase head word, written mid-sentence: "trained with Dice Loss and Focal Loss",
"bridges the gap with Semantic Representation Guidance for ...".

The lower-case phrase rules (kgraph.nlp.phrases) take only lower-case modifiers; a run of capitalised words that
ends in a phrase head ("loss", "attention", "guidance", "detection", ...) and stands after a lower-case word or a
list comma names a technique or task in the paper's own capitalisation. Runs at a sentence start or in the title
(where every word is capitalised), runs right after "(" (an acronym's long form, see kgraph.nlp.shapes) and runs
that go on into a bracket, a hyphen or a further name ("Reinforcement Learning from Human Feedback") are left out.
"""

import re

# up to four capitalised words before the head word ("Coordinate-Queried Attention ", "Dice ")
_WORDS_BEFORE = re.compile(r"(?<![\w\-])((?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)* ){1,4})$")
# what stands before the run: a lower-case word, or a list comma, semicolon or colon
_BEFORE = re.compile(r"(?:(?<![\w\-])[a-z][\w\-]*|[,;:]) $")
# what may not follow the head: a bracket, a hyphen or letter (the word goes on), or a longer name
_GOES_ON = re.compile(r"[\w\-(]| \(| (?:(?:of|for|from|and|with|in|on|to) )?[A-Z]")
_WORD_AFTER = re.compile(r" ([a-z][\w\-]*)")
_WINDOW = 60
SOURCE = "caps"


def headed_names(text, heads, abstract_start, confidence, mentions=(), type_nouns=frozenset()):
    """Mentions ``(start, end, kind, None, confidence, "caps")`` of the Title-Case names ending in ``heads``
    (``(start, end, kind)`` of phrase head words, typed as their head) after ``abstract_start`` that overlap none
    of the ``mentions`` found so far (a known or otherwise typed name keeps its own span and type). A noun of
    ``type_nouns`` after the name says what it is ("a Visual-Native Selection mechanism", "the Hierarchical Urban
    Generation pipeline"): such a name is left untyped, for the words around it to type.

    >>> t = "Title\\n\\nWe train it with Dice Loss, while Focal Loss (FL) fails. Dice Loss helps."
    >>> heads = [(m.start(), m.end(), "METHOD") for m in re.finditer("Loss", t)]
    >>> [t[s:e] for s, e, *_ in headed_names(t, heads, 7, 0.5)]
    ['Dice Loss']
    """
    found = []
    for start, end, kind in heads:
        if start < abstract_start or not text[start].isupper() or not text[start + 1:end].islower():
            continue
        if text[start - 1] != " " or not text[text.rfind(" ", 0, start - 1) + 1].isupper():
            continue  # no capitalised word right before the head
        run = _WORDS_BEFORE.search(text, max(abstract_start, start - _WINDOW), start)
        if run is None or _GOES_ON.match(text, end):
            continue
        begin = run.start(1)
        if _BEFORE.search(text, max(0, begin - 30), begin) and not any(
                m[0] < end and begin < m[1] for m in mentions):
            noun = _WORD_AFTER.match(text, end)
            found.append((begin, end, "" if noun and noun.group(1) in type_nouns else kind, None, confidence, SOURCE))
    return found
