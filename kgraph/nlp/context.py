"""Entity types from the words around a mention.

* a parameter count after it: "FooVLA (500M)" is a MODEL;
* a value after it: "(QWK) score of 0.90", "an IS of 305.9", "MedR=1", "a PoA bound of 2", "F0.5 gains of +9.9",
  "CC 0.2466" (two decimals at least: "FooGPT 2.0" is a version) name a METRIC, and so does an acronym at a level
  or after a figure, ending its noun phrase: "high ACC and low HTER", "achieving 91.1 PQ, ..." ("higher KL
  budgets", "200,000 PDFs" name no measure);
* the word right after it, or after the bracket holding it: "SealQA benchmark", "Llama-7B model" (a new name
  without a version or family, "the FooNet model", is a METHOD), "(GBCPD++) algorithm", "(mSASHA) dataset", "the
  TEM-8* data set";
* its appositive, also after its bracketed acronym, long form or LaTeX braces: "SealQA, a new challenge
  benchmark for ...", "\\textbf{Foo}, a dataset" (see kgraph.nlp.appositives);
* the words right before it: "the open-source model LLaMA2-7B-Chat", "optimizers such as GaLore", "a 3B
  student LM (termed Foo)", "datasets: MNIST", "a new dataset, coined Foo", "the benchmark (i.e., Foo)",
  "a fine-tuned DenseNet201" (a trained model), "experiments on X" (data), but not a head noun ending a phrase
  that opens the sentence ("On the held-out benchmark, BarNet ...");
* its list neighbours: in "ALFWorld, WebShop, and SciWorld" an untyped name takes the type of a typed
  neighbour (see :func:`spread_list_types`; "On Foo, BarNet reaches ..." is no list; a variant mark may end a
  neighbour: "Foo-19*, Bar-14*, and Baz*", and so may a short bracketed note: "two subsets: Foo (short
  samples) and Bar (long samples)");
* a data name runs on over one capitalised word: "UC Merced", "MAN TruckScenes" (see :func:`join_name_words`);
* for a title prefix, the head noun of the title's first phrase: in "FooNet: A Lightweight Perceptual Quality
  Metric for ..." FooNet is a METRIC (task heads are left out: "Foo: One-Step Action Generation" names a method
  for a task, and in "Foo: Taming Large Language Models for ..." the models are what Foo works on), and "Foo:
  Benchmarking ..." names a DATASET; a title "Foo Technical Report" reports a released MODEL.

Head nouns come from ``cues.json`` (``head_nouns``).
"""

import re

from kgraph.nlp.appositives import appositive_type
from kgraph.nlp.resources import read_cues
from kgraph.nlp.shapes import model_name

_NEXT_WORD = re.compile(r"\*?[ \-]?(data sets?\b|[A-Za-z][\w\-]*)")  # "the Foo benchmark", "the Foo data set"
_LINKERS = frozenset(read_cues()["name_linkers"])  # "benchmarks such as X", "a model (termed X)"
_TRAINED = frozenset(read_cues()["trained_words"])  # "a fine-tuned DenseNet201"
_NEXT_LISTED = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:\(\w\)\s*)?([A-Z][\w\-.]*[\w])(?=[\s,.;:)])")
# "on X" names data ("experiments on X", "trained on X") except after these words
_ON_NOT_DATA = frozenset(read_cues()["on_not_data"])
# "(QWK) score of 0.90", "an IS of 305.9", "MedR=1", "(dNL ~= 14)", "a PoA bound of 2": a name given a value is a metric
_VALUE_NOTE = re.compile(r"\)?(?:(?: scores?| bounds?| gains?)? of [-+]?\$?\d|\s?(?:=|~=|\\approx|≈)\s?[-+]?\d"
                         r"| [-+]?\d*\.\d\d)")
# "consistently high ACC and low HTER", "achieving 91.1 PQ, ...": an acronym at a level or after a figure, ending
# its noun phrase, names a metric
_LEVEL_BEFORE = re.compile(r"\b(?:high|low)(?:er)? $")
_PHRASE_END = re.compile(r"[,.;)]|\s(?:and|or)\s")
_FIGURE_BEFORE = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?\s?%?\s$")  # "achieving 91.1 PQ, ...": a reported figure
_SIZE_NOTE = re.compile(r" \(\d+(?:\.\d+)?[BMK]\b")  # "FooVLA (500M)": a model with its parameter count
_HEAD_END = re.compile(r"\s(?:for|of|with|via|in|on|from|by|to|under)\s")
_LIST_STARTS = (",", " and ", " or ")
# "Foo Technical Report" reports a released model (a subtitle may say otherwise; "... for the X Challenge": a method)
_REPORT = re.compile(r" Technical Report(?![:\w]| for\b)")
_TITLE_PHRASE = re.compile(r":\s+(?:(?:An?|The)\s+)?([^\n:;?!]{1,120}?)(?=\s+(?:for|with|via|in|of|on|to|from|by|"
                           r"towards?|through|under|using|that)\b|[:;?!]|\n|$)")
# a capitalised word right after a data name, before a break: "UC Merced", "OVOBench Realtime", "PANTHER Challenge"
_NAME_WORD = re.compile(r" ([A-Z][\w\-.']*[\w']|[A-Z])(?=[,;:)]|\.(?:\s|$)|\s(?!\d))")
# a sentence opening on a prepositional phrase: "On ModelNet40, FooNet-S ..." lists nothing
_OPENER = re.compile(r"(?:^|[.;]\s|\n)(?:On|In|For|Across|Unlike|Like|Beyond|With|Using|Compared to|Compared with)"
                     r" (?:the )?$")
# a sentence opening on a prepositional phrase before the name: "On the mixed test split, FooNet reaches ..."
_OPENING_PHRASE = re.compile(r"(?:^|[.;]\s|\n)(?:On|In|For|Across|At|Under|Over|From|Among|With) [^.;:,()]*, $")
_BRACKET_REST = re.compile(r"\) ([a-z][\w\-]*)")  # the word after a bracket closing after a name: "(GBCPD++) algorithm"
# a bracket right after a name, before an appositive's comma: "Foo (Foo-aware Representation), a dataset";
# or the end of the bracket or LaTeX braces holding it: "Urban Sparse 4D (U-S4D), a ... benchmark", "\textbf{Foo}, a"
_AFTER_BRACKET = re.compile(r"(?: \([^()]{1,38}\)|\)|\}+)(?=,)")
# list glue between neighbours; a name may carry a variant mark: "the perturbed Foo-19*, Bar-14*, and Baz* sets", or a
# short bracketed note: "Foo (short samples) and Bar (long samples)", "AutoPET-III (1,611 scans) and Deep-PSMA"
_LIST_GLUE = re.compile(r"\*?(?: \([^()]{1,40}\))?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*)(?:\(\w\)\s*)?")


class ContextTyper:
    """Type mentions from nearby head nouns (``head_nouns``: type -> words)."""

    def __init__(self, head_nouns):
        self.heads = {word: kind for kind, words in head_nouns.items() for word in words}

    def head_type(self, phrase):
        """The type named by the head word of ``phrase``, or "".

        The head is the last word before a preposition ("Metric for Image
        Optimization" -> METRIC), else the last word ("Kolmogorov-Arnold
        Network" -> METHOD).
        """
        return self.heads.get(self.head_word(phrase), "")

    @staticmethod
    def head_word(phrase):
        """The lower-case head word of ``phrase`` (see :meth:`head_type`), or ""."""
        words = _HEAD_END.split(phrase, 1)[0].rsplit(None, 1)
        return words[-1].lower() if words else ""

    def type_at(self, text, start, end):
        """The type suggested by the words around ``text[start:end]``, or "".

        >>> typer = ContextTyper({"DATASET": ["benchmark"], "MODEL": ["model"]})
        >>> t = "We introduce SealQA, a new challenge benchmark. The model LLaMA2 is used."
        >>> typer.type_at(t, 13, 19), typer.type_at(t, 58, 64)
        ('DATASET', 'MODEL')
        """
        if text.startswith(" (", end) and _SIZE_NOTE.match(text, end):
            return "MODEL"
        if _VALUE_NOTE.match(text, end) or self._level(text, start, end):
            return "METRIC"
        word = _NEXT_WORD.match(text, end)
        if word is None and text.startswith(") ", end):
            word = self._bracket_head(text, end)
        if word and word.group(1).lower() in self.heads:
            kind = self.heads[word.group(1).lower()]
            if kind == "MODEL" and not model_name(text[start:end]):
                return "METHOD"  # "the KRSVQG model": a new architecture; "the LLaMa-7B model": a trained model
            return kind
        if start == 0 and text.startswith(":", end):
            return self.title_type(text, end)
        if start == 0 and _REPORT.match(text, end):
            return "MODEL"
        bracket = text.startswith((" (", ")", "}"), end) and _AFTER_BRACKET.match(text, end)
        comma = bracket.end() if bracket else end
        if text.startswith(",", comma):
            kind = appositive_type(text, comma, self.heads)
            if kind:
                return kind
        before = text[max(0, start - 40):start]
        return "" if before.endswith(", ") and _OPENING_PHRASE.search(before) else self._type_before(before.split())

    def _bracket_head(self, text, end):
        """The word after the bracket closing at ``end`` (group 1) if it names a technique or data: "(GBCPD++)
        algorithm", "(mSASHA) dataset"; other kinds there name a class ("text-to-image (T2I) models") or a use
        ("(WSI) classification")."""
        word = _BRACKET_REST.match(text, end)
        return word if word and self.heads.get(word.group(1)) in ("METHOD", "DATASET") else None

    @staticmethod
    def _level(text, start, end):
        """Whether the acronym ``text[start:end]`` is named at a level or a figure: "low HTER and", "91.1 PQ,", not
        "higher KL budgets" or "200,000 PDFs,"."""
        return (text[start].isupper() and not text.endswith("s", start, end)
                and _PHRASE_END.match(text, end) is not None
                and (_LEVEL_BEFORE.search(text, max(0, start - 7), start) is not None
                     or _FIGURE_BEFORE.search(text, max(0, start - 12), start) is not None))

    def title_type(self, text, colon):
        """Type of a title prefix ending at ``colon`` from the head noun of the phrase after it, or "".

        >>> ContextTyper({"METRIC": ["metric"]}).title_type("Foo: A Perceptual Metric for Images", 3)
        'METRIC'
        """
        phrase = _TITLE_PHRASE.match(text, colon)
        if not phrase:
            return ""
        words = phrase.group(1).split()
        if words[0] == "Benchmarking":
            return "DATASET"
        kind = self.heads.get(words[-1].lower(), "")
        if kind == "MODEL" and words[0].endswith("ing"):
            return ""  # "Foo: Taming Large Language Models for ...": the models are what Foo works on
        return "" if kind == "TASK" else kind

    def _type_before(self, words):
        """Type from a head noun before the mention, past linkers ("benchmarks such as", "model")."""
        while words and words[-1].lower() in _LINKERS:
            if words.pop() == "as" and words and words[-1] == "such":
                words.pop()
        if words and words[-1].lower() in ("on", "across") and (len(words) < 2 or words[-2].lower() not in _ON_NOT_DATA):
            return "DATASET"
        if words and words[-1].lower() in _TRAINED:
            return "MODEL"
        return self.heads.get(words[-1].rstrip(":,").lower(), "") if words else ""


def spread_list_types(text, mentions):
    """Give untyped mentions the type of a typed list neighbour; ``mentions`` are sorted lists
    ``[start, end, type, ...]`` and are updated in place.

    >>> t = "tasks: ALFWorld, WebShop, and SciWorld"
    >>> ms = [[7, 15, "DATASET"], [17, 24, ""], [30, 38, ""]]
    >>> spread_list_types(t, ms); [m[2] for m in ms]
    ['DATASET', 'DATASET', 'DATASET']
    """
    if all(mention[2] for mention in mentions):
        return
    for order in (range(1, len(mentions)), range(len(mentions) - 2, -1, -1)):
        for i in order:
            mention = mentions[i]
            neighbour = mentions[i - 1] if order.step == 1 else mentions[i + 1]
            if mention[2] or not neighbour[2] or neighbour[2] == "TASK":
                continue
            left, right = (neighbour, mention) if order.step == 1 else (mention, neighbour)
            glue = _LIST_GLUE.fullmatch(text, left[1], right[0])
            if glue and not _opening_phrase(text, glue, left, right):
                mention[2] = neighbour[2]


def _opening_phrase(text, glue, left, right):
    """Whether ``left`` ends a sentence-opening phrase and ``right`` starts the clause after its comma:
    "On ModelNet40, FooNet-S reaches ..." (but "On Foo, Bar, and Baz, ..." is a list)."""
    return (glue.group() == ", " and not text.startswith(_LIST_STARTS, right[1])
            and _OPENER.search(text, max(0, left[0] - 20), left[0]) is not None)


def join_name_words(text, mentions):
    """``mentions`` with each DATASET mention extended over one capitalised word right after it.

    A data name is often two capitalised words of which only the first has a
    name shape ("UC Merced", "MAN TruckScenes", "DeepResearch Bench"). ``mentions``
    are sorted lists ``[start, end, type, canonical, ...]``; an extended one
    loses its lexicon canonical name, and a one-word mention it takes in is
    dropped. A word before a number ("S3DIS Area 5") is left out.

    >>> t = "on UC Merced, MultiHop RAG, AID and Foo Bar."
    >>> ms = [[3, 5, "DATASET", "uc"], [14, 22, "DATASET", None], [23, 26, "METHOD", None],
    ...       [28, 31, "DATASET", None], [36, 39, "", None]]
    >>> [t[m[0]:m[1]] for m in join_name_words(t, ms)]
    ['UC Merced', 'MultiHop RAG', 'AID', 'Foo']
    """
    found = [(mention, word) for mention in mentions if mention[2] == "DATASET" and text.startswith(" ", mention[1])
             and (word := _NAME_WORD.match(text, mention[1]))]
    if not found:
        return mentions
    taken = {mention[0]: mention for mention in mentions}
    dropped = []
    for mention, word in found:
        after = taken.get(word.start(1))
        if after is not None:
            if after[1] != word.end(1):
                continue
            dropped.append(after)
        mention[1], mention[3] = word.end(1), None
    return [mention for mention in mentions if not any(mention is gone for gone in dropped)] if dropped else mentions


def listed_names(text, mentions, confidence):
    """Capitalised words listed right after a mention ("GaLore and Fira", "GaLore, Fira, and Foo").

    A name in a list with a known entity is most likely a sibling entity;
    returns new mentions ``(start, end, "", None, confidence, {"list"})``
    (their type comes from :func:`spread_list_types`).

    >>> t = "optimizers such as GaLore and Fira. The end"
    >>> [t[s:e] for s, e, *_ in listed_names(t, [(19, 25)], 0.5)]
    ['Fira']
    """
    taken = {mention[0] for mention in mentions}
    found = []
    for mention in mentions:
        end = mention[1]
        while (text.startswith(_LIST_STARTS, end) and (match := _NEXT_LISTED.match(text, end))
               and match.start(1) not in taken):
            found.append((match.start(1), match.end(1), "", None, confidence, {"list"}))
            taken.add(match.start(1))
            end = match.end(1)
    return found
