"""The type of a lower-case technique or task phrase from how its sentence uses it.

* a problem area named as the means of something is a technique there, METHOD (:func:`used_type`): "trained via
  imitation learning", "the system uses named entity recognition" (the words of use are ``means_before`` and
  ``use_verbs`` of ``cues.json``); "models struggle with imitation learning" stays TASK;
* a technique named as what a work improves is the problem worked on, TASK (:func:`improved_type`):
  "Self-supervised learning has greatly advanced speech representation learning", "the loss improves next-token
  prediction": the object of "improves" or of a verbal "advanced", though its words also name a technique
  elsewhere. "An advanced gated attention mechanism" and "for improved track initialization" use the words as
  adjectives and change nothing.
"""

import re

from kgraph.nlp.resources import read_cues

_IMPROVED = re.compile(r"\b(?:improves|improving|(?:has|have|greatly|significantly|substantially) advanced) $")
_LAST_WORDS = ("improves ", "improving ", "advanced ")  # a cheap test before the pattern
# a problem-like phrase right after these words is a technique being used ("trained via imitation learning")
_USED_AFTER = frozenset(read_cues()["means_before"])
# verbs of use whose object, after an article or not, is a technique: "uses contextualized retrieval that ...",
# "utilizes a vision-language pre-training and fine-tuning strategy"
_USE_VERBS = frozenset(read_cues()["use_verbs"])
# "models struggle with out-of-distribution generalization": what a model has trouble with is a task, not a means
_TROUBLE_WITH = re.compile(r"\b(?:struggl(?:e|es|ing)|confronted|faced|cop(?:e|es|ing)) with $")
# nouns naming a technique: after a phrase they make it a technique ("a memory retrieval strategy")
_TECHNIQUE_NOUNS = "module|mechanism|pipeline|technique|scheme|algorithm|procedure"
_TECHNIQUE_NEXT = re.compile(rf" (?:strategy|strategies|{_TECHNIQUE_NOUNS})\b")
# a noun after a phrase after a verb of use names the thing used ("integrates signal processing priors", "combines
# bias mitigation strategies"): the phrase then says what that thing is for
_THING_NEXT = re.compile(rf" (?:strateg|{_TECHNIQUE_NOUNS}|framework|model|architecture|engine|prior|tool|principle|"
                         r"unit|component|approach|method|paradigm|stage|step|network|system|benchmark|task|dataset|"
                         r"workflow|controller|layer|block)")


def improved_type(text, start):
    """TASK for a lower-case technique phrase at ``start`` named as what is improved, else METHOD.

    >>> improved_type("SSL has greatly advanced speech representation learning", 25)
    'TASK'
    >>> improved_type("an advanced gated attention mechanism", 12)
    'METHOD'
    """
    found = text.endswith(_LAST_WORDS, 0, start) and _IMPROVED.search(text, max(0, start - 30), start)
    return "TASK" if found else "METHOD"


def used_type(text, start, end=None, phrase_end=None):
    """METHOD for a lower-case TASK phrase at ``start`` used as a technique (after "via", "using", ...), else TASK.

    A problem area named as the means of something is a method there:
    "trained via imitation learning", "the system uses named entity recognition", "integrates a
    cross-lingual transfer stage"; "models for imitation learning" and
    "models struggle with imitation learning" stay TASK.
    With ``end`` (a phrase not in the lexicon), a technique noun right after
    it also makes it a method: "a 3D-aware memory retrieval strategy".

    >>> used_type("policies trained via imitation learning", 21), used_type("models for imitation learning", 11)
    ('METHOD', 'TASK')
    >>> used_type("a skill evolution pipeline that", 2, 17)
    'METHOD'
    """
    if text[start - 1:start] == " " and _means_before(text[max(0, start - 16):start].lower().split(), text, start,
                                                      phrase_end):
        return "METHOD"
    return "METHOD" if end is not None and _TECHNIQUE_NEXT.match(text, end) else "TASK"


def _means_before(words, text, start, phrase_end):
    """Whether the lower-cased ``words`` before ``start`` make what follows a means: a word of ``means_before``
    (not "struggle with") or a verb of ``use_verbs``, also before an article ("utilizes a ...")."""
    if not words:
        return False
    if words[-1] in _USED_AFTER:
        return not _TROUBLE_WITH.search(text, max(0, start - 30), start)
    verb = words[-1] in _USE_VERBS or (words[-1] in ("a", "an") and len(words) > 1 and words[-2] in _USE_VERBS)
    return verb and not (phrase_end is not None and _THING_NEXT.match(text, phrase_end))
