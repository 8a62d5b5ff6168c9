"""The parts a paper introduces or uses: "a temporal fusion module", "an Expert Agent that applies ...".

Parts are METHOD mentions with source "cue":

* a phrase ending in a part head word after a proposing verb ("we design a
  hierarchical fusion strategy"), or after "a" with two or more lower-case
  words before the head wherever it stands ("(i) a graph-based dynamic
  planning strategy expands ..."), but not one plain word before a
  container head ("an optimization strategy", "a data pipeline");
* a Title-Case name after an article followed by what it does ("an Expert
  Agent that applies ...");
* the same phrase after a verb of use is a part the method uses ("uses a
  hybrid generative simulator").
* Title-Case words opening a sentence past the background (prose is
  sentence-case) name a part of the paper's work ("Multi-Objective Credit
  Allocation adaptively weights ...").

The introduced parts (not the used ones) are kept in the state's ``parts``,
which kgraph.nlp.relations makes proposed. A part ending in a lexicon
technique drops its head ("a hybrid curriculum learning strategy" names
"hybrid curriculum learning"). The phrase patterns run only before the part
head words the lexicon matcher found (the state's ``part`` anchors), not over
the whole text.
"""

import re

from spacy.language import Language

from kgraph.nlp.names import CUE_CONFIDENCE, title_end
from kgraph.nlp.resources import read_cues
from kgraph.nlp.state import state

_COMPONENT_HEADS = read_cues()["component_heads"]
_TITLED_KEPT_HEAD = "module"  # "the Token-Differentiated Fusion module" is named with its head
_COMPONENT_NAME = rf" (?:an? |the |our )?((?:[\w\-]+,? ){{1,6}}?)({'|'.join(_COMPONENT_HEADS)})\b"
# "we introduce a temporal fusion module", "consists of a memory-guided bridging imputation module"
_COMPONENT = re.compile(r"\b(?:[Ww]e (?:(?:also|further|first|then|additionally) )?"
                        r"(?:propose|introduce|design|develop|devise|present)|introduces|proposes|introducing|"
                        r"proposing|consists? of|comprises|comprising|equipped with|[Ww]ith|via|through)"
                        + _COMPONENT_NAME)
# "(ii) a graph-based dynamic planning strategy expands ...": two or more lower-case words and a part head after "a"
# describe a part of the paper's method wherever they stand
_DESCRIBED_HEADS = read_cues()["described_heads"]
_DESCRIBED_COMPONENT = re.compile(r"\b(?:a|an|A|An) "
                                  r"((?:(?!(?:an?|the|and|or|of|to|for|in|on|with)\b)[a-z0-9][\w\-]*,? ){2,5}?)"
                                  rf"({'|'.join(_DESCRIBED_HEADS)})\b")
# container heads that one plain word before them does not make a name: "a data pipeline", "an optimization
# strategy", "a search algorithm" describe a part; "a dual-prompt mechanism", "a causal decoder" name one
_CONTAINER_HEADS = frozenset(read_cues()["container_heads"])
_PLAIN_WORD = re.compile(r"[a-z]+")
_PART_REACH = 160  # the part patterns start at most this many characters before their head word
_HEAD_TAIL = len(" function")  # "loss" may go on to "loss function"
# "uses a physics solver", "employs an instance-level query mechanism": a part the paper's method uses
_USED_COMPONENT = re.compile(r"\b(?:uses?|using|employs?|employing|adopts?|adopting|utili[sz]es?|utili[sz]ing|"
                             r"leverages?|leveraging|integrates?|integrating|incorporates|incorporating|features|"
                             r"implements?|upon|based on)" + _COMPONENT_NAME)
# "an Expert Agent that applies", "the Energy Encoder implements": a Title-Case name used as a noun phrase; the
# match starts at the space before the name and looks back for the article, so the regex engine tries only spaces
# before a capital rather than every "a" and "t" of the text
_ARTICLE_NAME = re.compile(r" (?=[A-Z])(?:(?<=[aA] )|(?<=[aA]n )|(?<=[tT]he ))"
                           r"([A-Z][\w\-]*[a-z][\w\-]*(?: [A-Z][\w\-]*){1,4})"
                           r"(?<!s)(?=,? (?:to|that|which|[a-z]+s|an?)\b)(?! (?:is|was|has|as)\b)")
_WORD = re.compile(r"[\w\-]+")
# "Multi-Objective Credit Allocation adaptively weights ...": a sentence opening with two to five Title-Case
# words (or a camel-case word and Title-Case ones) before a lower-case word names something (prose is sentence-case)
_TITLE_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
_SENTENCE_NAME = re.compile(rf"\. (?=[A-Z][\w-]* [A-Z][a-z])"
                            rf"((?:[A-Z][a-z]*[A-Z]\w*|{_TITLE_WORD})(?: {_TITLE_WORD}){{1,4}})"
                            r" (?!(?:from|in|of|for|under|and|or|to|on|with|the) [A-Z])(?=[a-z])")
# sentence openers and section labels ("Methods Using the ...", "Conclusion The ...") that start no name
_SENTENCE_OPENERS = frozenset(read_cues()["sentence_openers"])
# adverbs opening a sentence without a comma before a name: "Then Distribution Backtracking distills ..."
_LEADING_ADVERBS = frozenset("then thus hence next here therefore lastly subsequently".split())
# "the Recurrent All-Pairs Field Transforms network": Title-Case words between an article and a head noun
_TITLED_WORD = re.compile(r"[A-Z][\w\-]*[a-z][\w\-]*|[A-Z][A-Z0-9]+(?:-\w+)*")
_TITLED_ARTICLES = frozenset(("the", "a", "an", "our", "The", "A", "An", "Our"))
_DETERMINERS = _TITLED_ARTICLES | {"This", "These", "Its", "Their", "Each", "Such", "Both", "Any", "Every"}
_TITLED_MAX = 6  # words of a titled name before its head
# a one-word name of capitalised words: "Douglas-Peucker", "Pretrain-and-Adapt", not "LLM-as-judge" or "SS-UIE"
_TITLED_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-(?:[a-z]+-)*[A-Z][a-z]+)+")
_LOOSE_END = re.compile(r"-(?:based|driven|like|style|guided|powered|enhanced|assisted)$")  # "an LLM-based method"
# "..., termed FedCAug", "method (FooM)": the short name that follows is its name
_RENAMED = re.compile(r",? (?:\(|termed|called|named|dubbed|[A-Z])")


def component_mentions(text, vague, ends, used=False, described=False):
    """METHOD mentions for the parts a paper introduces ("we introduce a temporal fusion module").

    The words before a component head ("module", "strategy", "mechanism", ...)
    after a proposing verb (``used``: after a verb of use, "uses", "employs",
    "builds upon" ..., for the parts a method uses; ``described``: after "a"
    with two or more words before the head, for the parts described
    anywhere: "(i) a graph-based dynamic planning strategy expands ..."),
    vague leading words (``vague``) trimmed, name the part with its head; a
    name of capitalised words keeps no head ("a Branch Fusion Refinement
    strategy") but "module" ("the Token-Differentiated Fusion module"). A
    vague word after the first is no name ("a simple yet effective module").

    The patterns run only in the stretch before each part head word (``ends``:
    their end offsets, the state's ``part`` anchors), not over the whole text.

    >>> t = "we introduce a novel temporal fusion module and a Branch Fusion Refinement module"
    >>> [t[s:e] for s, e, *_ in component_mentions(t, {"novel"}, [43, 82])]
    ['temporal fusion module']
    """
    pattern = _DESCRIBED_COMPONENT if described else _USED_COMPONENT if used else _COMPONENT
    mentions, last = [], 0
    for end in ends:
        match = pattern.search(text, max(last, end - _PART_REACH), end + _HEAD_TAIL)
        if match is None:
            continue
        last = match.end()
        words = list(_WORD.finditer(text, match.start(1), match.end(1)))
        while words and words[0].group().lower() in vague:
            words.pop(0)
        if not words or any(word.group().lower() in vague or text.startswith(",", word.end()) for word in words):
            continue
        if len(words) == 1 and match.group(2) in _CONTAINER_HEADS and _PLAIN_WORD.fullmatch(words[0].group()):
            continue  # "an optimization strategy", "a neural module": a description, no name
        titled = all(word.group()[0].isupper() for word in words)
        end = words[-1].end() if titled and match.group(2) != _TITLED_KEPT_HEAD else match.end(2)
        mentions.append((words[0].start(), end, "METHOD", None, CUE_CONFIDENCE, "cue"))
    return mentions


def known_technique_ends(text, mentions):
    """``{end: start}`` of the lexicon METHOD names of two or more words among ``mentions`` ("curriculum
    learning", "classifier-free guidance")."""
    return {end: start for start, end, kind, _, _, source in mentions
            if source == "lex" and kind == "METHOD" and " " in text[start:end]}


def without_known_head(text, parts, known):
    """``parts`` with the head word cut off a part whose words before it end in a known technique name of
    two or more words (``known``: see known_technique_ends): "a hybrid curriculum learning strategy" names
    the technique "hybrid curriculum learning", while "a metric fusion strategy" keeps its head.

    >>> t = "a hybrid curriculum learning strategy"
    >>> [t[s:e] for s, e, *_ in without_known_head(t, [(2, 37, "METHOD", None, 0.7, "cue")], {28: 9})]
    ['hybrid curriculum learning']
    """
    cut = []
    for start, end, *rest in parts:
        space = text.rfind(" ", start, end)
        if known.get(space, -1) >= start:
            end = space
        cut.append((start, end, *rest))
    return cut


def article_names(text):
    """Mentions of Title-Case names of two to five words after "a" or "the" in the abstract, followed by what
    they do ("an Expert Agent that applies ...", "the Energy Encoder implements ...", "a Combine Block to fuse").

    >>> t = "Title\\n\\nWe add an Expert Agent that plans, and the Periodicity Encoder fulfills it in the Middle East."
    >>> [t[s:e] for s, e, *_ in article_names(t)]
    ['Expert Agent', 'Periodicity Encoder']
    """
    return [(*match.span(1), "", None, CUE_CONFIDENCE, "cue")
            for match in _ARTICLE_NAME.finditer(text, title_end(text)) if not _inside_word(text, match.start())]


_ARTICLE_LENGTH = {"a": 1, "A": 1, "n": 2, "e": 3}  # by the article's last letter: "a", "an", "the"


def _inside_word(text, space):
    """Whether the article ending at the ``space`` before an article name ends a longer word ("Rota Foo")."""
    return text[space - 1 - _ARTICLE_LENGTH[text[space - 1]]].isalpha()


def sentence_names(text, background_end):
    """Mentions for the Title-Case names opening sentences after the background (which ends at ``background_end``).

    Past the background the abstract speaks of the paper's own work, so these
    name its parts ("OTCA has two components. Credit Allocation weights ..."); an adverb opening the sentence
    is no part of the name ("Then Distribution Backtracking distills ...").

    >>> t = "It has two parts. Credit Allocation adaptively weights steps. The Model works."
    >>> [t[s:e] for s, e, *_ in sentence_names(t, 0)]
    ['Credit Allocation']
    """
    mentions = []
    for match in _SENTENCE_NAME.finditer(text, max(0, background_end - 2)):
        name, start = match.group(1), match.start(1)
        first = name.split(" ", 1)[0]
        if first.lower() in _LEADING_ADVERBS:  # the name is the two or more words after it
            if name.count(" ") < 2:
                continue
            name, start = name[len(first) + 1:], start + len(first) + 1
        if not name.endswith(("ing", "ly", "ed"), 0, name.find(" ")) and not any(
                word.lower() in _SENTENCE_OPENERS for word in name.split(" ")):
            mentions.append((start, match.end(1), "", None, CUE_CONFIDENCE, "cue"))
    return mentions


def titled_names(text, heads):
    """METHOD mentions of Title-Case names between an article and a head noun ("we adopt the Mean Teacher
    approach", "the Recurrent All-Pairs Field Transforms network"), without the head but "module"; a
    one-word name keeps it ("an Identify-Compress-Estimate pipeline": the word alone reads as no noun).

    ``heads``: ``(start, end)`` of the head nouns (the state's ``titled`` anchors). Two or more words,
    or one of capitalised words joined by hyphens ("the Douglas-Peucker algorithm"); not a name standing in
    apposition to another ("WIRE, a Witnessed ... pipeline") or given a short name right after ("...
    method, termed FedCAug"), nor one ending in "-based" ("an LLM-based method").

    >>> t = "We use the Mean Teacher approach, an LLM-based method and the Bi-Mamba architecture."
    >>> [t[s:e] for s, e, *_ in titled_names(t, [(24, 32), (47, 53), (71, 83)])]
    ['Mean Teacher', 'Bi-Mamba architecture']
    """
    mentions = []
    for start, end in heads:
        before = text[text.rfind(" ", 0, start - 1) + 1:start - 1]
        if text[start].isupper() or not before[:1].isupper() or before in _DETERMINERS:
            continue  # the cheap test first: a lower-case head after a capitalised word ("This method" is none)
        first = _titled_start(text, start)
        if first is not None and not _RENAMED.match(text, end):
            kept = text[first:start].count(" ") == 1 or text.startswith(_TITLED_KEPT_HEAD, start)
            mentions.append((first, end if kept else start - 1, "METHOD", None, CUE_CONFIDENCE, "cue"))
    return mentions


def _titled_start(text, start):
    """Where the Title-Case name before the head word at ``start`` begins, or None (see titled_names)."""
    words = text[max(0, start - 100):start - 1].split(" ")
    count = 1
    while count < min(_TITLED_MAX, len(words) - 1) and words[-count - 1] not in _TITLED_ARTICLES:
        count += 1
    name, article = words[-count:], words[-count - 1] if count < len(words) else ""
    if article not in _TITLED_ARTICLES or not all(_TITLED_WORD.fullmatch(word) for word in name):
        return None
    if len(name) == 1 and not _TITLED_COMPOUND.fullmatch(name[0]) or any(_LOOSE_END.search(word) for word in name):
        return None
    first = start - 1 - len(" ".join(name))
    before = first - len(article) - 1  # "WIRE, a Witnessed ... pipeline": an apposition to another name
    return None if text.startswith(", ", before - 2) else first


@Language.factory("kgraph_parts")
def make_part_finder(nlp, name):
    """Pipeline component adding the mentions of parts a paper introduces or uses."""
    return PartFinder(frozenset(read_cues()["modifier_stop"]))


class PartFinder:
    """Append part mentions to the state's ``mentions``; keep the introduced ones' spans in its ``parts``.

    ``vague``: words trimmed from the start of a part and not allowed inside one ("novel", "simple").
    """

    def __init__(self, vague=frozenset()):
        self.vague = vague

    def __call__(self, doc):
        current = state(doc)
        text, mentions = current["text"], current["mentions"]
        named = sentence_names(text, current["background"][1])
        mentions.extend(named)
        ends = [end for _, end in current["anchors"].get("part", ())]
        used = component_mentions(text, self.vague, ends, used=True)
        used_spans = {mention[:2] for mention in used}
        introduced = component_mentions(text, self.vague, ends) + [
            part for part in component_mentions(text, self.vague, ends, described=True) if part[:2] not in used_spans]
        if used or introduced:
            known = known_technique_ends(text, mentions)
            used, introduced = without_known_head(text, used, known), without_known_head(text, introduced, known)
        mentions.extend(used)
        mentions.extend(titled_names(text, current["anchors"].get("titled", ())))
        introduced = article_names(text) + introduced
        mentions.extend(introduced)
        if named or introduced:
            current["parts"] = current.get("parts", []) + [part[:2] for part in named + introduced]
        return doc
