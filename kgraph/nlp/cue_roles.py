"""Context checks that refine what a relation cue means for one mention.

Cues are the state's ``cues``: sorted ``(end, -start, class)`` tuples
(kgraph.nlp.lexicon), with ``cue_ends`` their ends. A cue's class is the
relation it suggests; the words around it can change that:

* a data head noun right after a proposing cue names built data: "we release
  radar-augmented benchmarks, X", "we propose two benchmarks for a harder
  test of generation: X" propose X (not evaluated on it);
* "the proposed" and "our proposed" propose methods, models and data, not
  metrics or tasks: "the proposed method reaches an accuracy of 90%";
* a using cue makes data used only when it names a source: "trained on X",
  "a corpus derived from X" (but "we evaluate using the X dataset" is an
  evaluation); data a model is trained or learns on is used even without a
  cue or after an evaluation cue: "we train our model on the X datasets",
  "learning a diffusion model from the X dataset", and so is data something
  is based on ("a CARLA-based benchmark");
* a comparing cue followed by an amount compares nothing: "for over ten
  months, FooNet has ...";
* a using cue right after a not-using one is not using either: "without
  fine-tuning, RAG, or human intervention" uses no RAG;
* a cue a few clause-free words before a name reaches it ("we propose a
  Foo Bar model (FBM)"; not "a method that ... (FBM)");
* a sentence about earlier work gives no role at all (prior_work_end);
* a mention in the background is what its sentence is about when it opens the sentence or is a task the
  sentence names as a problem: "greedy updates result in catastrophic forgetting" (background_topic).
"""

import bisect
import re

from kgraph.nlp.resources import read_cues

CUE_CONFIDENCE, DEFAULT_CONFIDENCE = 0.8, 0.5  # of a role a cue gives; of a default role
_MEASURED = frozenset(("METRIC", "TASK"))
_DATA_NOUNS = frozenset(read_cues()["data_nouns"])  # "we release ... benchmarks, X"
# "benchmarks, X", "datasets: the X dataset", "benchmarks for a harder assessment of generation: X"
_NAME_NEXT = re.compile(r"(?:\s+for\s[^.;:()]{0,100}:)?[\s,:]*(?:the\s+)?")
_NEW_PHRASE = re.compile(r", (?:and )?(?:a|an|the) ")  # "..., the AlgoPerf benchmark", "..., and a new loss"
# an amount after a comparing cue is a quantity, not a compared system: "deployed for over ten months"
_AMOUNT = re.compile(r" (?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|a few|several|a decade)\b)")
_BASELINES_USING = re.compile(r" (?:[\w\-]+ ){0,4}?(?:methods|approaches|models|baselines|techniques|works|frameworks"
                              r"|systems|counterparts|ones)(?: that)? $")  # "outperforms existing methods based on X"
_SOURCE_ENDS = (" on", " from")  # "trained on", "derived from"
# data a model learns from, named a few words after the training verb: "we train our model on the X", "learning
# ... from the X dataset", "training data stems from X" (no evaluating word between); not pre-training or
# fine-tuning data, which is mostly what a method is evaluated on ("fine-tuning RoBERTa on GLUE tasks")
_TRAINED_ON = re.compile(r"(?<![\w\-])(?:train(?:s|ed|ing)?|learn(?:s|ed|ing)?|distill(?:s|ed|ing)?|stems)\b"
                         r"(?:\s+(?!evaluat|test|validat|benchmark)[\w\-]+){0,5}?\s+(?:on|from)\s+(?:the\s+)?$")
_SOURCE_BEFORE = (" on ", " from ", " on the ", " from the ")  # cheap tests before _TRAINED_ON
_TRAINING_WORDS = ("train", "learn", "distill", "stems")
# words before a sentence's topic: "The task of X ...", "In X, ...", "Recently, X has ..."
_OPENER = re.compile(r"(?:The (?:task|problem) of|In|(?:Recently|However|Currently|Nowadays|Today|Moreover|"
                     r"Traditionally),) ")
_ONE_TASK = re.compile(r" task\b(?!-)")
# what a problem is named after in a background sentence: a cause or an effort against it ("updates result in X")
_PROBLEM = re.compile(r"\b(?:result(?:s|ed)? in|lead(?:s|ing)? to|led to|suffer(?:s|ing)? from|problem of|"
                      r"vulnerable to|prone to|caus\w+|mitigat\w*|combat\w*|alleviat\w*|overcom\w*|prevent\w*|avoid\w*)"
                      r"(?:\s+[\w\-]+){0,2}\s+$")
# words that end a cue's reach: a clause or a new subject starts ("a method that ...", "to enhance ...")
CLAUSE_WORDS = frozenset("that which where while whereas but we our is are was were to for by because "
                         "when if it its this these they".split())


def refine_cue(text, cues, cue_ends, cue, kind, sent_start, start, end):
    """The cue class for a mention ``text[start:end]`` of type ``kind`` whose nearest cue class is ``cue`` (or None).

    >>> text = "we release new benchmarks, FooSet and more"
    >>> cues = [(10, -3, "PROPOSES"), (25, -15, "EVALUATED_ON")]
    >>> refine_cue(text, cues, [10, 25], "EVALUATED_ON", "DATASET", 0, 27, 33)
    'PROPOSES'
    """
    last = bisect.bisect_right(cue_ends, start) - 1  # the last cue before the mention, -1 for none
    data_cue = cue == "EVALUATED_ON" or cue is None and kind == "DATASET"
    if data_cue and _built_data(text, cues, last, sent_start, start):
        return "PROPOSES"
    if cue == "PROPOSES" and kind in _MEASURED and _cue_text(text, cues, last).endswith("proposed"):
        return None
    if cue == "COMPARED_WITH" and _AMOUNT.match(text, cues[last][0]):
        return None
    if cue == "USES" and _compared_users(text, cues, last, sent_start):
        return "COMPARED_WITH"
    if cue == "USES" and _negated(text, cues, last):
        return "UNUSED"
    if cue == "USES" and kind == "DATASET" and not _cue_text(text, cues, last).endswith(_SOURCE_ENDS):
        cue = None
    if kind == "DATASET" and cue in (None, "EVALUATED_ON") and (text.startswith("-based", end)
                                                               or _trained_on(text, sent_start, start)):
        return "USES"
    return cue


def _compared_users(text, cues, index, sent_start):
    """Whether using cue ``index`` describes the baselines a comparing cue just named ("outperforms state-of-the-art
    methods based on VAEs", "compared to methods employing CNNs"): what they use is what the paper compares with."""
    if index < 1 or cues[index - 1][2] != "COMPARED_WITH" or -cues[index - 1][1] < sent_start:
        return False
    return _BASELINES_USING.match(text, cues[index - 1][0], -cues[index][1]) is not None


def _trained_on(text, sent_start, start):
    """Whether the data at ``start`` is what a model is trained on or learns from (``_TRAINED_ON``); substring
    tests first, as the regex is slow and its words rare."""
    if not text.endswith(_SOURCE_BEFORE, sent_start, start):
        return False
    window = text[max(sent_start, start - 60):start]
    return any(word in window for word in _TRAINING_WORDS) and _TRAINED_ON.search(window) is not None


def used_right_before(text, cues, cue_ends, start):
    """Whether a USES cue ends at most three words before ``start``, with no comma between
    ("integrates an adapted Political Compass Test", "by leveraging DISK")."""
    gap = _use_gap(text, cues, cue_ends, start)
    return gap is not None and "," not in gap and len(gap.split()) <= 3


def used_shortly_before(text, cues, cue_ends, start):
    """Whether the last cue before ``start`` is a USES cue at most seven words before it, with no new noun phrase
    between (", the", ", and a"): "a framework that integrates kinematic motion computation with linguistic
    parsing" uses the parsing, not proposes it; "a module that integrates spatial cues, and a one-pass matching"
    proposes the matching."""
    gap = _use_gap(text, cues, cue_ends, start)
    return gap is not None and len(gap.split()) <= 7 and not _NEW_PHRASE.search(gap)


def compared_acronym(text, gap_start, start, cue):
    """Whether a mention at ``start`` is an acronym in parentheses right after its long form (the previous mention,
    ending at ``gap_start``) whose cue ``cue`` compares: "Comparison with Goal-Oriented Action Planning (GOAP)"."""
    return cue == "COMPARED_WITH" and text[gap_start:start] == " ("


def cue_shortly_before(text, ends, sent_start, start):
    """Whether a cue of sorted ``ends`` lies in the sentence before ``start`` with at most eight words between,
    none of them a clause word ("that", "to", "where")."""
    index = bisect.bisect_right(ends, start) - 1
    if index < 0 or ends[index] < sent_start:
        return False
    tail = text[ends[index]:start].split()
    return len(tail) <= 8 and not any(word.lower() in CLAUSE_WORDS for word in tail)


def background_topic(text, kind, sent_start, start):
    """Whether a background mention of type ``kind`` at ``start`` is what its sentence is about: it opens the
    sentence as its subject or setting ("Off-policy learning in constrained MDPs faces ...", "The task of X
    addresses ...", "In distributed computing, ...", "Recently, X has ..."), or it is a task the sentence names as a
    problem ("greedy updates result in catastrophic forgetting", "combating catastrophic forgetting", "the problem
    of X"). A background sentence about such a topic is mostly about what the paper works on or builds with."""
    return (start == sent_start or _OPENER.fullmatch(text, sent_start, start) is not None
            or kind == "TASK" and _PROBLEM.search(text, max(sent_start, start - 50), start) is not None)


def task_instance(text, kind, end):
    """Whether a mention of type ``kind`` ending at ``end`` is a task named as one task of the paper's experiments
    or model, followed by the singular "task": "raise accuracy to 95% on a 12-way recognition task", "an additional
    length classification task is introduced". Such a task is rarely what the paper addresses."""
    return kind == "TASK" and text.startswith(" task", end) and _ONE_TASK.match(text, end) is not None


def prior_work_end(pattern, text, sent_start, sent_end):
    """The end of the part of a sentence that is about earlier work, ``sent_start`` when there is none.

    ``pattern`` (cues.json ``prior_work``) is matched at the sentence start; its group ``clause`` marks
    openers whose first comma ends the earlier work ("Unlike existing X, we use Y"), otherwise the whole
    sentence is about it ("Existing methods rely on X").

    >>> pattern = re.compile(r"(?P<clause>Unlike)|Existing")
    >>> text = "Unlike Foo, we use Bar."
    >>> prior_work_end(pattern, text, 0, len(text)), prior_work_end(pattern, "We use Bar.", 0, 11)
    (10, 0)
    """
    match = pattern.match(text, sent_start, sent_end)
    if match is None:
        return sent_start
    comma = text.find(",", match.end(), sent_end) if match.group("clause") else -1
    return sent_end if comma < 0 else comma


def _negated(text, cues, index):
    """Whether cue ``index`` directly follows a not-using cue: "without fine-tuning, RAG", "instead of using X"."""
    return index >= 1 and cues[index - 1][2] == "UNUSED" and not text[cues[index - 1][0]:-cues[index][1]].strip()


def _use_gap(text, cues, cue_ends, start):
    """The text between the last cue before ``start`` and ``start`` when that cue is a USES cue, else None."""
    index = bisect.bisect_right(cue_ends, start) - 1
    return text[cue_ends[index]:start] if index >= 0 and cues[index][2] == "USES" else None


def _cue_text(text, cues, index):
    """The lower-cased text of cue ``index``, "" for -1 (no cue)."""
    return text[-cues[index][1]:cues[index][0]].lower() if index >= 0 else ""


def _built_data(text, cues, index, sent_start, start):
    """Whether cue ``index``, the last before ``start``, is a data head noun right after a proposing cue: "we
    release radar-augmented benchmarks, X", "we construct two ... datasets: the X dataset"."""
    if (index < 1 or _cue_text(text, cues, index) not in _DATA_NOUNS
            or not _NAME_NEXT.fullmatch(text, cues[index][0], start)):
        return False
    end, _, kind = cues[index - 1]
    return kind == "PROPOSES" and end >= sent_start and len(text[end:-cues[index][1]].split()) <= 8
