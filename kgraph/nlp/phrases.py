"""Lower-case technique, task and metric phrases: "experience replay", "memory usage".

The lexicon cannot know every termed technique ("spike-aware gradient clipping", "weight refactorization"). A
phrase head word from ``cues.json`` (``phrase_heads``, found by the lexicon matcher) with one or two specific
modifiers right before it ("class-incremental continual learning") is a candidate mention typed by its head.
Modifiers stop at punctuation, at vague, function or verb words (``modifier_stop``: "the", "our", "novel",
"reduces", ...), at adverbs ("-ly"), gerunds ("-ing", except nouns like "training"), factors ("2x"), counts ("on
16 reasoning tasks") and capitalised words ("Although"), so "a novel training" gives nothing, except in a
title-case task phrase that ends its part of the title before any "via" ("QueryGaussian: Training-Free
Open-Vocabulary 3D Instance Retrieval"), which takes up to three modifiers. After a subject or modal the first
modifier is a verb ("we revisit model merging" gives "model merging").
The words opening the abstract up to its first task head are a task phrase too (the first word lower-cased) when
a verb or preposition follows them: "Story rewriting aims to ...", "Off-policy learning in constrained MDPs ...".
A phrase ending in a lexicon name takes that name's type rather than its head's: "online reinforcement learning"
is a METHOD like "reinforcement learning", "class-incremental continual learning" a TASK. A dataset name among the
modifiers is not part of the phrase: "ModelNet40 classification" names the data and the task apart; nor is a
modifier naming the way a task is done part of a lower-case task phrase ("knowledge-grounded retrieval" gives no
phrase, "proximity-aware risk assessment" gives "risk assessment"), nor a word judging a measure part of a metric
phrase ("huge computational costs" gives "computational costs"; see kgraph.nlp.phrase_edges). A technique or task
head before the traces it leaves names nothing ("spurious attention heads", "invalid reasoning steps"). A few heads
(``standalone_heads``: "rehearsal", "checkpointing") name a technique on their own, but not as the end of a
compound ("token-pruning") nor before a technique noun ("a regularization strategy"). Two or three lower-case
words ending in a process noun right after a verb of use, "via" or "through" name a used technique without any
head word ("using hill climbing and tree search"; "using spatial information" names none). A lower-case lexicon
technique with one lower-case modifier before it names a kind of that technique: "video diffusion model".

A bare measure word that is a stop name elsewhere (``measure`` anchors:
"precision", vague in "the precision of rule-based systems", a setting in
"codebook precision") is a METRIC where it is reported: listed or given a
figure ("such as precision, recall", "97.2% precision", "a precision of
0.999", "as measured by precision, recall", "high precision and recall"),
with source "measure", kept although a stop name.

Process phrases listed with a known technique or task are mentions too (kgraph.nlp.listed), and so are the
process phrases a verb of composition lists; past the background those are parts of the paper's method, kept in
the state's ``parts`` (see kgraph.nlp.parts) so they are proposed.

The training stages named as a pair ("pre-training and fine-tuning",
``stage_pair`` in ``cues.json``) are the problems a paper works on: TASK
mentions with source "stage", kept although each word alone is a stop name.
"""

import bisect
import re

from spacy.language import Language

from kgraph.nlp.evaluated import EvaluationFinder
from kgraph.nlp.listed import PROCESS_ENDING, listed_phrases
from kgraph.nlp.names import title_end
from kgraph.nlp.phrase_edges import (after_dataset, after_judgement, after_manner, names_kind, opens_sentence_subject,
                                    title_task)
from kgraph.nlp.resources import read_cues
from kgraph.nlp.state import state

PHRASE_CONFIDENCE = 0.45
STANDALONE_CONFIDENCE = 0.35
_WORD = re.compile(r"[A-Za-z0-9][\w\-]*")
# "-ing" words that are nouns in terms ("training time", "reasoning distillation", "open-ended referring
# segmentation"), not verbs
_GERUND_NOUNS = frozenset(read_cues()["gerund_nouns"])
# a gerund noun opening the title is a verb: "Learning Multi-View Spatial Reasoning", "Scaling Video Pretraining"
_OPENING_VERB = re.compile(r"(?:Learning|Scaling|Modeling|Computing|Processing) ")
_VERB_FORM = re.compile(r"(?:[^e]ates|izes|ises|ifies)$")  # "reformulates", "formalizes": a verb, not a modifier
# "trains", "extends": a verb or a plural, no modifier of a kind ("series", "physics", "news", "bias", "ways" are)
_THIRD_PERSON = re.compile(r"[a-z]+(?<!ic|ie|ew|ia)(?:(?<![isuy])|(?<=oy))s")
# "time" naming a kind of thing, not a measure: "satellite image time series", "across continuous time steps"
_TIME_COMPOUND = re.compile(r" (?:series|steps?|horizons?|spans?|scales?|windows?|frames?|constraints?|scope)\b")
# a technique or task word before the traces it leaves names neither: "invalid reasoning steps", "spurious attention
# heads", "fine-grained segmentation labels"
_TRACE_NOUN = re.compile(r" (?:heads|scores|maps|weights|patterns|traces|chains|paths|labels|masks|logits|signals|"
                         r"trajectories|steps)\b")
# qualifiers of a setting, not of the task, in title-case task phrases ("Training-Free", "Real-World", "Real-Time"; an
# "Open-World" task is a kind of task: "Open-World Object Detection")
_TITLE_QUALIFIER = re.compile(r"-(?:free|(?<!open-)world|time|alone)$")
# a subject or modal right before a phrase makes its first word a verb: "we revisit model merging", "can adopt ..."
_SUBJECT_BEFORE = re.compile(r"\b(?:[Ww]e|can|could|may|might|must|should|will|would|cannot) $")
_OPENING_WORDS = re.compile(r"(?:[A-Za-z0-9][\w\-]* )*")
OPENING_MODIFIERS = 4
TITLE_MODIFIERS = 3  # title-case task phrases are longer: "Open-Vocabulary 3D Instance Retrieval"
_TITLE_CASE = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)*$")
# "skills are rewritten using hill climbing and ...", "via low-pass filtering.", "combining non-uniform exploration
# with": two or three lower-case words ending in a process noun (or a technique noun: "descent", "theory") after a
# verb of use ("the use of", "through the lens of") name the technique used
_LOWER_WORD = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
_TECHNIQUE_NOUN = r"(?:search|descent|transport|theory|debate)"  # "gradient descent", "game theory"
# nouns with a process ending that name no process: "using spatial information", "via the same string"
_NO_PROCESS = frozenset(read_cues()["no_process_nouns"])
_USED_TECHNIQUE = re.compile(r"\b(?:using|via|through|(?:lens|use) of|uses?|employ(?:s|ing)?|leverag(?:e|es|ing)|"
                             r"appl(?:y|ies|ying)|adopt(?:s|ing)?|utili[sz](?:e|es|ing)|"
                             r"(?:combin|integrat|incorporat)(?:es|ing)) "
                             rf"((?:{_LOWER_WORD} ){{1,2}}(?:{_LOWER_WORD}{PROCESS_ENDING}|{_TECHNIQUE_NOUN}))"
                             r"(?=[,.;:)]| (?:to|and|or|that|which|for|on|in|with|as|by|of|from|over|across|into|at|"
                             r"under|while|without|within|between)\b)")
# a measure word reported: after a list comma, "such as", "with", "and", "measured by", "high", a figure ... and
# before a list comma, "and", ")" or a value ("of 0.999", "by $+12.5$pp")
_REPORTED_BEFORE = re.compile(r"(?:[,(:]|\b(?:as|with|and|or|a|by|(?:high|low)(?:er)?)|\d%?|\\?%\$?)\s$")
_REPORTED_AFTER = re.compile(r"(?:[,;.)]|\s(?:and|or)\s|\s(?:of|by)\s\$?[-+]?\d)")



@Language.factory("kgraph_phrases")
def make_phrase_finder(nlp, name):
    """Pipeline component adding modifier + head phrase mentions."""
    cues = read_cues()
    return PhraseFinder(cues["modifier_stop"], cues["stage_pair"], cues["standalone_heads"],
                        EvaluationFinder.from_cues(cues))


class PhraseFinder:
    """Append phrase mentions ``(start, end, type, None, confidence, "phrase")`` to the state's ``mentions``."""

    def __init__(self, modifier_stop, stage_pair=r"(?!)", standalone=(), evaluation=None):
        self.stop = frozenset(modifier_stop)
        self.evaluation = evaluation  # an EvaluationFinder: measured qualities and data names
        self.standalone = frozenset(standalone)
        self.stage_pair = re.compile(stage_pair)
        self.no_process = self.stop | _NO_PROCESS  # heads that name no process: "the", "information"

    def __call__(self, doc):
        current = state(doc)
        text, mentions = current["text"], current["mentions"]
        if "ing and " in text:
            for pair in self.stage_pair.finditer(text):
                for group in (1, 2):
                    mentions.append((pair.start(group), pair.end(group), "TASK", None, PHRASE_CONFIDENCE, "stage"))
        mentions.extend(self.used_techniques(text, [start for start, _ in current["anchors"].get("use", ())]))
        mentions.extend(reported_measures(text, current["anchors"].get("measure", ())))
        if self.evaluation is not None:
            mentions.extend(self.evaluation.mentions(text, current["anchors"], current["background"][0]))
        mentions.extend(self.modified_names(text, mentions))
        heads = current.get("heads", ())
        if heads:
            self.head_phrases(text, heads, mentions, current["background"][0])
        openers = sorted(current["anchors"].get("list", []) + current["anchors"].get("use", []))
        if openers:
            listed = listed_phrases(text, openers, mentions, self._modifier, self.no_process, PHRASE_CONFIDENCE)
            mentions.extend(listed.mentions)
            own = [span for span in listed.parts if span[0] >= current["background"][1]]
            if own:
                current["parts"] = own
        return doc

    def head_phrases(self, text, heads, mentions, abstract_start):
        """Append to ``mentions`` the phrases ending in the ``heads`` and the opening task phrase."""
        lexicon_ends = {m[1]: (m[0], m[2]) for m in mentions if m[5] == "lex"}
        end_of_title = title_end(text)
        opening = self.opening_task(text, heads, abstract_start)
        if opening:
            mentions.append(opening)
        for start, end, kind in heads:
            if (text[start:end] == "time" and _TIME_COMPOUND.match(text, end)
                    or kind != "METRIC" and _TRACE_NOUN.match(text, end)):
                continue
            titled = kind == "TASK" and title_task(text, start, end, end_of_title)
            limit = TITLE_MODIFIERS if titled else 2
            first = after_dataset(text, self.phrase_start(text, start, limit, titled), start, lexicon_ends)
            if kind == "TASK" and not titled:
                first = after_manner(text, first, start)
            elif kind == "METRIC":
                first = after_judgement(text, first, start)
            if first == start:
                if (text[start:end].lower() in self.standalone and text[start - 1] != "-"
                        and not names_kind(text, end)):
                    mentions.append((start, end, kind, None, STANDALONE_CONFIDENCE, "phrase"))
            else:
                named = lexicon_ends.get(end)
                if named is not None and first < named[0] <= start:
                    kind = named[1]
                mentions.append((first, end, kind, None, PHRASE_CONFIDENCE, "phrase"))

    def opening_task(self, text, heads, opening):
        """TASK mention of the phrase from the abstract's start ``opening`` to its first task head, if a verb or
        preposition follows and its words can be modifiers (the first one lower-cased), else None.
        ``heads``: the state's sorted ``(start, end, type)`` head words.

        >>> t = "Title\\n\\nStory rewriting aims to adapt narratives."
        >>> PhraseFinder(["the"]).opening_task(t, [(13, 22, "TASK")], 7)[:2]
        (7, 22)
        """
        index = bisect.bisect_left(heads, (opening,))
        while index < len(heads) and heads[index][2] != "TASK":
            index += 1
        if index == len(heads) or not opens_sentence_subject(text, heads[index][1]):
            return None
        start, end, _ = heads[index]
        words = text[opening:start].split()
        if (len(words) > OPENING_MODIFIERS or not _OPENING_WORDS.fullmatch(text, opening, start)
                or not all(self._modifier(word.lower()) for word in words)):
            return None
        return opening, end, "TASK", None, PHRASE_CONFIDENCE, "phrase"

    def modified_names(self, text, mentions):
        """METHOD phrase mentions of a lower-case lexicon technique name with the one lower-case modifier before
        it that names its kind: "video diffusion model", "deformable convolution" (not "the diffusion model",
        "although adversarial training", nor a modified acronym: "multilingual SSL").

        >>> t = "We train a video diffusion model and the diffusion model."
        >>> [t[s:e] for s, e, *_ in PhraseFinder(["the"]).modified_names(t, [(17, 32, "METHOD", None, 1, "lex"),
        ...                                                                  (41, 56, "METHOD", None, 1, "lex")])]
        ['video diffusion model']
        """
        found = []
        for start, end, kind, _, _, source in mentions:
            if source == "lex" and kind == "METHOD" and text[start].islower():
                first = self.phrase_start(text, start, 1)
                if first < start and text[first].islower():
                    found.append((first, end, kind, None, PHRASE_CONFIDENCE, "phrase"))
        return found

    def used_techniques(self, text, starts):
        """METHOD mentions of the process phrases named after a verb of use ("using hill climbing and").

        The pattern is tried only where such a word starts (``starts``: the state's ``use`` anchors).

        >>> t = "Skills are rewritten using hill climbing and via the search."
        >>> [t[s:e] for s, e, *_ in PhraseFinder(["the"]).used_techniques(t, [21, 45])]
        ['hill climbing']
        """
        mentions, last = [], 0
        for start in starts:
            match = _USED_TECHNIQUE.match(text, start) if start >= last else None
            if match is None:
                continue
            last = match.end()
            *modifiers, head = match.group(1).split(" ")
            if head not in self.no_process and all(self._modifier(word) for word in modifiers):
                mentions.append((*match.span(1), "METHOD", None, PHRASE_CONFIDENCE, "phrase"))
        return mentions

    def _modifier(self, word, titled=False):
        """Whether ``word`` can name the kind of a technique: not vague, not a verb, adverb, dash-joined words
        ("RetinaNet--for") or capitalised word
        (capitalised words do in a ``titled`` task phrase, unless they qualify the setting: "Training-Free";
        there a hyphenated "-ing" word is a compound, not a verb: "Autonomous-Driving Segmentation")."""
        lower = word.lower()
        compound = titled and "-" in lower
        return not (lower in self.stop or lower.endswith("ly")
                    or (lower.endswith("ing") and not compound and lower not in _GERUND_NOUNS)
                    or (lower[0].isdigit() and (lower[-1] == "x" or lower.isdigit()))
                    or lower[-1] == "-" or "--" in lower
                    or (lower[-1] == "s" and (_VERB_FORM.search(lower) or _THIRD_PERSON.fullmatch(word)))
                    or (_TITLE_QUALIFIER.search(lower) if titled else _TITLE_CASE.match(word)))

    def phrase_start(self, text, head_start, limit=2, titled=False):
        """Start of the phrase ending in the head at ``head_start`` (``head_start`` if no modifier).

        ``titled``: the phrase is a title-case task phrase, whose capitalised words are modifiers too.

        >>> PhraseFinder(["the"]).phrase_start("the experience replay", 15)
        4
        """
        start = head_start
        for _ in range(limit):
            end = start - 1
            if end <= 0 or text[end] != " ":
                break
            begin = text.rfind(" ", max(0, end - 40), end) + 1
            if (begin == 0 and end > 40 or not _WORD.fullmatch(text, begin, end)
                    or not self._modifier(text[begin:end], titled)):
                break
            start = begin
        if start < head_start and _SUBJECT_BEFORE.search(text, max(0, start - 8), start):
            start = text.index(" ", start) + 1  # "we revisit model merging": the first word is a verb
        elif start == 0 < head_start and _OPENING_VERB.match(text):
            start = text.index(" ") + 1  # "Learning Diagnostic Reasoning for ...": a title opening with a verb
        return start


def reported_measures(text, spans):
    """METRIC mentions of the measure words at ``spans`` (the state's ``measure`` anchors) that are reported.

    >>> t = "metrics such as precision, recall; the precision of rules; a precision of 0.99"
    >>> [s for s, *_ in reported_measures(t, [(16, 25), (38, 47), (61, 70)])]
    [16, 61]
    """
    return [(start, end, "METRIC", None, PHRASE_CONFIDENCE, "measure") for start, end in spans
            if text[start].islower() and _REPORTED_BEFORE.search(text, max(0, start - 7), start)
            and _REPORTED_AFTER.match(text, end)]
