"""Names introduced by wording rather than shape: title prefixes and naming cues.

* A title "SPAM: Spike-Aware Adam ..." names the paper's contribution in its
  prefix; the prefix becomes a mention with source "title" (a PROPOSES hint).
* "a novel algorithm named "Ghost Batch Normalization"", "we propose
  Adaptive RR": capitalised words right after a naming or proposing verb
  become mentions with source "cue".
* "A Post-Processing Framework for Group Fairness": the two to four words
  after "for" in the title name the problem the paper works on, a TASK
  mention with source "purpose"; vague leading words ("Robust", "Improved")
  come off, and phrases naming systems ("for LLM Agents"), data or settings
  (a plural head: "for Clinical Tasks") or starting with a verb ("for
  Training LLMs") are left out. The examples listed after
  "tasks such as" are TASK mentions with the same source, and the
  capitalised phrase after "via" or "using" in a title ("Style Control via
  Single-Direction Editing") a METHOD mention.
* The parts a paper introduces are mentions with source "cue", their spans
  kept in the state's ``parts`` (relations makes them proposed): a phrase
  ending in a component head after a proposing verb ("we design a
  hierarchical fusion strategy", METHOD), or after "a" with two or more
  lower-case words before the head ("(i) a graph-based dynamic planning
  strategy expands ..."), unless a verb of use comes before it ("uses a
  hybrid generative simulator": a used METHOD), and a Title-Case name after an
  article followed by what it does ("an Expert Agent that applies ..."); a
  part ending in a lexicon technique drops its head ("a hybrid curriculum
  learning strategy" names "hybrid curriculum learning").

The doc text is ``title + "\\n\\n" + abstract`` (see kgraph.extract).
"""

import re

from spacy.language import Language

from kgraph.nlp.resources import read_cues
from kgraph.nlp.shapes import is_adjective, shape_kind
from kgraph.nlp.state import state

TITLE_SEPARATOR = "\n\n"
CUE_CONFIDENCE = 0.7
TITLE_CONFIDENCE = 0.75
PURPOSE_CONFIDENCE = 0.45

# a plural head names data or a setting, not a problem: "for Clinical Tasks", "for Infinite Video Streams"
# (but "for Diffusion Inverse Problems", "for Multi-Armed Bandits")
_PLURAL_DATA = re.compile(r"(?<![sui])(?<!ic)(?<!problem)(?<!bandit)s$")
_SYSTEM_WORDS = frozenset(("agents", "agent", "llms", "vlms", "mllms", "lms", "vlas", "ensembles", "systems"))
_TITLE_OPENERS = frozenset("beyond towards toward rethinking revisiting when why how what does do can is are "
                           "on the a an".split())
_TITLE_PREFIX = re.compile(r"^([A-Z][\w\-.+]*(?: [A-Z0-9][\w\-.+]*){0,2}):\s")
_PURPOSE_STOP = r"(?:with|via|using|in|on|from|by|through|under|and)\b"
_PURPOSE_WORD = r"[A-Za-z0-9][\w\-']*"
_TITLE_PURPOSE = re.compile(rf"\b[Ff]or ({_PURPOSE_WORD}(?: (?!{_PURPOSE_STOP}|of\b|to\b){_PURPOSE_WORD}){{0,4}})"
                            rf"(?= {_PURPOSE_STOP}|[:;,?!]|$)")
_TITLE_MEANS = re.compile(rf"\b(?:via|using) ({_PURPOSE_WORD}(?: (?!{_PURPOSE_STOP}|of\b|to\b|for\b)"
                          rf"{_PURPOSE_WORD}){{0,4}})(?= {_PURPOSE_STOP}| for\b| to\b|[:;,?!]|$)")
_CAP_NAME = re.compile(r"\s+(?:the\s+)?[\"“']?([A-Z][\w\-.]*\w(?:\s+(?:[A-Z][\w\-]*|\d+(?:\.\d+)?))*)")
_TASK_EXAMPLES = re.compile(r"tasks?,? (?:such as|including|like|e\.g\.,?) ([^.;:()]{1,160})")
_EXAMPLE_SPLIT = re.compile(r",? (?:and|or) |, ")
_EXAMPLE_WORD = re.compile(r"[A-Za-z0-9][\w\-']*$")
_COMPONENT_HEADS = ("strategy", "module", "mechanism", "estimator", "head", "objective", "reward", "scheme", "encoder",
                    "decoder", "classifier", "simulator", "loop")
_TITLED_KEPT_HEAD = "module"  # "the Token-Differentiated Fusion module" is named with its head
_COMPONENT_NAME = rf" (?:an? |the |our )?((?:[\w\-]+,? ){{1,6}}?)({'|'.join(_COMPONENT_HEADS)})\b"
# "we introduce a temporal fusion module", "consists of a memory-guided bridging imputation module"
_COMPONENT = re.compile(r"\b(?:[Ww]e (?:(?:also|further|first|then|additionally) )?"
                        r"(?:propose|introduce|design|develop|devise|present)|introduces|proposes|introducing|"
                        r"proposing|consists? of|comprises|comprising|equipped with|[Ww]ith|via|through)"
                        + _COMPONENT_NAME)
# "(ii) a graph-based dynamic planning strategy expands ...": two or more lower-case words and a part head after "a"
# describe a part of the paper's method wherever they stand
_DESCRIBED_HEADS = ("strategy", "module", "mechanism", "estimator", "scheme", "encoder", "decoder", "classifier",
                    "simulator", "loop", "algorithm", "pipeline", "loss function", "loss", "agent")
_DESCRIBED_COMPONENT = re.compile(r"\b(?:a|an|A|An) "
                                  r"((?:(?!(?:an?|the|and|or|of|to|for|in|on|with)\b)[a-z0-9][\w\-]*,? ){2,5}?)"
                                  rf"({'|'.join(_DESCRIBED_HEADS)})\b")
_PART_REACH = 160  # the part patterns start at most this many characters before their head word
_HEAD_TAIL = len(" function")  # "loss" may go on to "loss function"
# "uses a physics solver", "employs an instance-level query mechanism": a part the paper's method uses
_USED_COMPONENT = re.compile(r"\b(?:uses?|using|employs?|employing|adopts?|adopting|utili[sz]es?|utili[sz]ing|"
                             r"leverages?|leveraging|integrates?|integrating|incorporates|incorporating|features|"
                             r"implements?|upon|based on)" + _COMPONENT_NAME)
# "an Expert Agent that applies", "the Energy Encoder implements": a Title-Case name used as a noun phrase
_ARTICLE_NAME = re.compile(r"(?:a|an|the|A|An|The) ([A-Z][\w\-]*[a-z][\w\-]*(?: [A-Z][\w\-]*){1,4})"
                           r"(?<!s)(?=,? (?:to|that|which|[a-z]+s|an?)\b)(?! (?:is|was|has|as)\b)")
_WORD = re.compile(r"[\w\-]+")
# the words ending a listed example: prepositions, pronouns and verbs ("... and infrastructure inspection requires")
_EXAMPLE_STOP = frozenset("with via using in on from by through under that which where for to of is are as at when "
                          "while across without into the a an their its our they it we this these those there "
                          "has have remains requires poses involves demands relies can may will should".split())


def title_end(text):
    """Where the title ends in a doc text (its whole length when there is no abstract)."""
    end = text.find(TITLE_SEPARATOR)
    return len(text) if end < 0 else end


def title_prefix(text):
    """``(start, end)`` of the name before a colon at the start of the title, or None.

    >>> title_prefix("SPAM: Spike-Aware Adam with Momentum Reset")
    (0, 4)
    >>> title_prefix("Train longer, generalize better: closing the gap") is None
    True
    """
    match = _TITLE_PREFIX.match(text, 0, title_end(text))
    if not match or not _names_something(match.group(1)):
        return None
    return match.span(1)


def _names_something(prefix):
    """A title prefix names a contribution when it starts with no gerund or title opener ("Fira", not
    "Dissecting", "Investigating ReLoRA" or "Beyond Textual CoT") and one word has a name shape ("CO2",
    "GaLore") or it is one word."""
    words = prefix.split()
    if words[0].endswith("ing") or words[0].lower() in _TITLE_OPENERS:
        return False
    return len(words) == 1 or any(shape_kind(word) for word in words)


def cue_name_mentions(text, cues):
    """Mentions ``(start, end, "", None, confidence, "cue")`` of capitalised names right after PROPOSES cues.

    ``cues`` are ``(end, -start, cue_class)`` as found by kgraph.nlp.lexicon.

    >>> t = 'we present a novel algorithm named "Ghost Batch Normalization" which'
    >>> [t[s:e] for s, e, *_ in cue_name_mentions(t, [(34, -29, "PROPOSES")])]
    ['Ghost Batch Normalization']
    """
    mentions = []
    for end, _, kind in cues:
        match = _CAP_NAME.match(text, end) if kind == "PROPOSES" else None
        if match and not is_adjective(match.group(1)):
            start = match.start(1)
            name = match.group(1).rstrip(".")
            mentions.append((start, start + len(name), "", None, CUE_CONFIDENCE, "cue"))
    return mentions


def title_purpose(text, vague, system_heads):
    """``(start, end)`` of the problem named after "for" in the title of ``text``, or None.

    ``vague`` words are trimmed from its start; a phrase ending in one of
    ``system_heads`` ("Models", "Agents") or in another plural noun (data or a
    setting: "for Infinite Video Streams") or starting with a verb form is none.

    >>> title_purpose("CAFP: A Post-Processing Framework for Robust Group Fairness", {"robust"}, {"agents"})
    (45, 59)
    >>> title_purpose("Memory for LLM Agents", set(), {"agents"}) is None
    True
    >>> title_purpose("Real-Time Understanding for Infinite Video Streams", set(), set()) is None
    True
    """
    match = _TITLE_PURPOSE.search(text, 0, title_end(text))
    if not match:
        return None
    start, words = match.start(1), match.group(1).split(" ")
    while words and words[0].lower() in vague:
        start += len(words.pop(0)) + 1
    if (len(words) < 2 or words[-1].lower() in system_heads or words[0].endswith("ing")
            or not words[0][0].isupper() or _PLURAL_DATA.search(words[-1].lower())):
        return None
    return start, match.end(1)


def title_means(text):
    """``(start, end)`` of the technique a title names after "via" or "using", or None.

    >>> text = "Style Control via Single-Direction Editing\\n\\nWe steer chat style."
    >>> span = title_means(text); text[span[0]:span[1]]
    'Single-Direction Editing'
    """
    match = _TITLE_MEANS.search(text, 0, title_end(text))
    return match.span(1) if match and match.group(1)[0].isupper() else None


def task_examples(text):
    """TASK mentions for the examples listed after "tasks such as" ("tasks such as captioning and VQA").

    >>> t = "tasks such as image captioning, VQA, and text-to-image generation in the wild"
    >>> [t[s:e] for s, e, *_ in task_examples(t)]
    ['image captioning', 'VQA', 'text-to-image generation']
    """
    mentions = []
    for match in _TASK_EXAMPLES.finditer(text):
        position = match.start(1)
        for item in _EXAMPLE_SPLIT.split(match.group(1)):
            start = text.find(item, position)
            position = start + len(item)
            words = item.split(" ")
            kept = next((i for i, word in enumerate(words) if word.lower() in _EXAMPLE_STOP), len(words))
            if not (0 < kept <= 4 and _EXAMPLE_WORD.match(words[0])):
                break
            end = start + len(" ".join(words[:kept]))
            mentions.append((start, end, "TASK", None, PURPOSE_CONFIDENCE, "purpose"))
            if kept < len(words):  # the list ends inside this item: "generation in the wild"
                break
    return mentions


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
            for match in _ARTICLE_NAME.finditer(text, title_end(text)) if not text[match.start() - 1].isalpha()]


@Language.factory("kgraph_names")
def make_name_cues(nlp, name):
    """Pipeline component adding title-prefix, naming-cue and title-purpose mentions."""
    cues = read_cues()
    system_heads = {word for kind in ("MODEL", "METHOD") for word in cues["head_nouns"][kind]}
    return NameCues(frozenset(cues["modifier_stop"]), frozenset(system_heads | _SYSTEM_WORDS))


class NameCues:
    """Append title-prefix, naming-cue and title-purpose mentions to the state's ``mentions``."""

    def __init__(self, vague=frozenset(), system_heads=frozenset()):
        self.vague = vague
        self.system_heads = system_heads

    def __call__(self, doc):
        current = state(doc)
        text, mentions = current["text"], current["mentions"]
        prefix = title_prefix(text)
        if prefix:
            mentions.append((prefix[0], prefix[1], "", None, TITLE_CONFIDENCE, "title"))
        mentions.extend(cue_name_mentions(text, current["cues"]))
        purpose = title_purpose(text, self.vague, self.system_heads)
        if purpose:
            mentions.append((*purpose, "TASK", None, PURPOSE_CONFIDENCE, "purpose"))
        means = title_means(text)
        if means:
            mentions.append((*means, "METHOD", None, PURPOSE_CONFIDENCE, "purpose"))
        mentions.extend(task_examples(text))
        ends = [end for _, end in current["anchors"].get("part", ())]
        used = component_mentions(text, self.vague, ends, used=True)
        used_spans = {mention[:2] for mention in used}
        introduced = component_mentions(text, self.vague, ends) + [
            part for part in component_mentions(text, self.vague, ends, described=True) if part[:2] not in used_spans]
        if used or introduced:
            known = known_technique_ends(text, mentions)
            used, introduced = without_known_head(text, used, known), without_known_head(text, introduced, known)
        mentions.extend(used)
        parts = article_names(text) + introduced
        if parts:
            mentions.extend(parts)
            current["parts"] = [part[:2] for part in parts]
        return doc
