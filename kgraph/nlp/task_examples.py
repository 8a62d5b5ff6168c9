"""The tasks listed as examples: "tasks such as image captioning, VQA, and text-to-image generation".

Each item of the list after "task(s) such as / including / like / e.g." is a task until a word ends the list
(a preposition, pronoun or verb: "... generation in the wild", "..., yet they"). An activity with its object
("tasks like pressing buttons"), a broad ability alone ("reasoning", "coding") and one lower-case word that is a
plural, adjective, participle or adverb ("surveys", "medical", "developed") name no task.
"""

import re

from kgraph.nlp.resources import read_cues

_TASK_EXAMPLES = re.compile(r"tasks?,? (?:such as|including|like|e\.g\.,?) ([^.;:()]{1,160})")
ITEM_SPLIT = re.compile(r",? (?:and|or) |, ")  # between the items of a list: "A, B, and C", "A or B"
_EXAMPLE_WORD = re.compile(r"[A-Za-z0-9][\w\-']*$")
# the words ending a listed example: prepositions, pronouns and verbs ("... and infrastructure inspection requires");
# one first ends the list: "tasks such as text-to-image synthesis, yet they ...", "..., show that"
_EXAMPLE_STOP = frozenset("with via using in on from by through under that which where for to of is are as at when "
                          "while across without into the a an their its our they it we this these those there "
                          "has have remains requires poses involves demands relies can may will should "
                          "yet but even show shows although though thus also due resulting compare demonstrate "
                          "demonstrates".split())
# one word naming a broad ability, not a task: "tasks such as mathematics, coding, and reasoning"
_BROAD_ABILITIES = frozenset(read_cues()["broad_abilities"])
# one lower-case word naming no task: a plural ("surveys", "mathematics"), an adjective or participle ("medical",
# "developed"), an adverb ("likely") or a function word ("etc", "within"); "captioning", "dialogue", "text-to-image"
# are tasks
_NO_ACTIVITY = re.compile(r"(?:[^sui]s|[cnrt]al|ed|[^a]ly|^etc|^within)$")
_DETERMINER = frozenset(("the", "a", "an", "their", "its", "our"))  # "..., spanning a wide range": a verb
# a lower-case "-ing" word leading an example with more words is a verb with its object, an activity rather than a
# task name: "tasks like pressing buttons", "drafting emails" ("reasoning", "learning" and the like are nouns there)
_VERB_WITH_OBJECT = re.compile(r"(?!(?:learn|train|reason|model|process|comput|scal)ing$)[a-z]+ing$")


def task_examples(text):
    """``(start, end)`` of the TASK examples listed after "tasks such as" ("tasks such as captioning and VQA"); an
    activity with its object ("tasks like pressing buttons") or a broad ability ("reasoning") names no task.

    >>> t = "tasks such as image captioning, VQA, and text-to-image generation in the wild"
    >>> [t[s:e] for s, e in task_examples(t)]
    ['image captioning', 'VQA', 'text-to-image generation']
    """
    spans = []
    for match in _TASK_EXAMPLES.finditer(text):
        position = match.start(1)
        for item in ITEM_SPLIT.split(match.group(1)):
            start = text.find(item, position)
            position = start + len(item)
            words = item.split(" ")
            kept = next((i for i, word in enumerate(words) if word.lower() in _EXAMPLE_STOP), len(words))
            if not (0 < kept <= 4 and _EXAMPLE_WORD.match(words[0])) or (
                    kept == 1 < len(words) and words[0].endswith("ing") and words[1] in _DETERMINER):
                break
            end = start + len(" ".join(words[:kept]))
            if (kept > 1 and not _VERB_WITH_OBJECT.match(words[0])
                    or kept == 1 and words[0].lower() not in _BROAD_ABILITIES
                    and (not words[0][0].islower() or not _NO_ACTIVITY.search(words[0]))):
                spans.append((start, end))
            if kept < len(words):  # the list ends inside this item: "generation in the wild"
                break
    return spans
