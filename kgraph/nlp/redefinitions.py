"""Acronyms the text defines: its own definition wins over a lexicon entry of the same letters.

With "Sharpness-Aware Minimization (SAM)" in the abstract, "SAM" is that optimizer and no Segment Anything
Model: the acronym takes the lexicon entry of its long form when the long form is a lexicon name. When the
long form is no lexicon name and does not spell the long form of the lexicon entry of the acronym's letters
either ("object contextual representation (OCR)" is no optical character recognition), the acronym is a new
name like any unknown acronym: it keeps no lexicon entry and takes the type of its definition.

Only a definition and a lexicon form that both spell the acronym count (:func:`expands`: its capitals are
initials of their words, "Maximum a Posterior (MAP)", "mean average precision" for "mAP"): the letter
alignment that finds definitions also finds loose ones ("methods in both pixel-level accuracy (mIoU)"), and
"area under the ROC curve" is no spelled-out "AUROC". An entry with no such form ("BERT") stays.

A definition names the entry's thing when the words of its long form (word stems, see :func:`word_stems`)
hold all words of the entry's form ("reinforcement learning frameworks utilizing verifiable rewards
(RLVR)"), miss one of them ("Segment Anything (SAM)") or write one of them otherwise ("Visual Language
Navigation (VLN)"), or when both read the same without spaces and hyphens ("supervised finetuning (SFT)").
"""

import re

_WORD = re.compile(r"[a-z0-9]+")
_INITIAL = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]")
_STEM = 6
_FUNCTION_WORDS = frozenset(("of", "the", "a", "an", "and", "for", "in", "on", "to", "with", "via", "by", "from"))


def word_stems(phrase):
    """The set of the stems of a phrase's content words (first six letters of each lower-case word without a
    plural "s"; hyphens split words; function words left out).

    >>> sorted(word_stems("Proximal Policy Optimisation")) == sorted(word_stems("proximal policy optimizations"))
    True
    """
    return frozenset((word[:-1] if word.endswith("s") else word)[:_STEM] for word in _WORD.findall(phrase.lower())
                     if word not in _FUNCTION_WORDS)


def expands(short, long_form):
    """Whether ``long_form`` spells out the acronym ``short``: its first letter and capitals, in order, are
    initials of the long form's words (hyphens split words), the first letter that of the first word.

    >>> expands("mIoU", "mean intersection over union"), expands("AUROC", "area under the ROC curve")
    (True, False)
    """
    letters = short[0].lower() + "".join(c.lower() for c in short[1:] if c.isupper())
    initials = "".join(_INITIAL.findall(long_form)).lower()
    if not initials or initials[0] != letters[0]:
        return False
    rest = iter(initials[1:])
    return all(letter in rest for letter in letters[1:])


def entry_forms(rows):
    """Lexicon name -> its forms of two words or more (name and aliases) (``rows``: lexicon rows ``(name,
    type, aliases)``); entries with none are left out."""
    found = {}
    for name, _, aliases in rows:
        forms = tuple(form for form in (name, *aliases) if " " in form or "-" in form)
        if forms:
            found[name] = forms
    return found


def redefines(short, long_form, forms):
    """Whether the definition "``long_form`` (``short``)" means another thing than the lexicon entry with the
    ``forms`` (see :func:`entry_forms`): both spell the acronym and the words differ (see the module docstring).

    >>> forms = ("optical character recognition",)
    >>> redefines("OCR", "Optical Character Recognition", forms)
    False
    >>> redefines("OCR", "object contextual representation", forms)
    True
    """
    spelled = [form for form in forms if expands(short, form)]
    if not spelled or not expands(short, long_form):
        return False
    stems, key = word_stems(long_form), _key(long_form)
    return not any(_same_words(stems, word_stems(form)) or key == _key(form) for form in spelled)


def _same_words(stems, form):
    """Whether word stems ``stems`` hold those of ``form``, miss one of them or write one otherwise."""
    missing, extra = len(form - stems), len(stems - form)
    return missing == 0 or (missing == 1 and (extra == 0 or (extra == 1 and len(stems & form) > 1)))


def prefer_definitions(typed, longs, text, forms):
    """Let the acronym definitions in the text win over the lexicon entries of the same letters (see the module
    docstring). ``typed``: the typed mentions ``[start, end, type, canonical, confidence, sources]``, changed in
    place; ``longs``: short form -> long form of each definition; ``forms``: see :func:`entry_forms`."""
    defined = [m for m in typed if m[3] is not None and text[m[0]:m[1]] in longs]
    if not defined:
        return
    written = {text[m[0]:m[1]]: m for m in typed if m[3] is None}
    written.update((text[m[0]:m[1]], m) for m in typed if m[3] is not None)  # a lexicon name first
    for mention in defined:
        short, canonical = text[mention[0]:mention[1]], mention[3]
        long_form = longs[short]
        entry = written.get(long_form)
        if entry is not None and entry[3] is not None:
            if _key(entry[3]) != _key(canonical):
                mention[2], mention[3] = entry[2], entry[3]
        elif redefines(short, long_form, forms.get(canonical, ())):
            mention[2] = entry[2] if entry is not None else ""
            mention[3] = None
            mention[5] = (mention[5] - {"lex"}) | {"acr"}


def _key(name):
    """Letters and digits of a name in lower case, without a plural "s" ("Convolutional Neural Net-works")."""
    key = "".join(_WORD.findall(name.lower()))
    return key[:-1] if key.endswith("s") else key
