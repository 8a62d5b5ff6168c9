"""Names found by their shape and by acronym definitions, beyond the lexicon.

Regexes run over the raw doc text (spaCy splits "Qwen1.5-110B-Chat" into
several tokens; character spans keep it whole):

* shape names: CamelCase ("GaLore", "SealQA"), acronyms ("KAN", "GR-KAN"),
  versioned names ("LLaMA2-7B-Chat", "GPT-4.1", "o3-mini", "Seal-0"), with a
  trailing "+" or "++" that names a variant ("MosMedData+", "GenEval++");
* acronym definitions "Long Form (LF)" and "LF (Long Form)", found with the
  Schwartz-Hearst letter alignment; both forms become mentions and the pair
  is recorded in the state's ``acronyms`` as ``(short_start, short_end,
  long_start, long_end)`` so they merge into one entity; a definition whose acronym a task word follows
  ("Human-object interaction (HOI) detection") is instead one TASK mention named "HOI detection"; a long form
  crossing a bracket, a figure or LaTeX markup is none (kgraph.nlp.long_forms);
* an untyped shape name made of a lexicon family and a size or version suffix ("VGG19", "Swin-B") is a MODEL
  (kgraph.nlp.variants).

Mentions are ``(start, end, type, canonical, confidence, source)`` with
``type`` "" when the shape alone does not tell it.
"""

import functools
import json
import re

from spacy.language import Language

from kgraph.nlp.long_forms import crosses_markup
from kgraph.nlp.resources import data_path, read_lexicon
from kgraph.nlp.slashes import slash_mentions
from kgraph.nlp.state import state
from kgraph.nlp.variants import family_stems, variant_of

_PART = r"[A-Za-z0-9]+(?:\.\d+)*"
# a word with an uppercase letter or digit after its first letter, optionally hyphen-joined parts
# a hyphen-joined function word ends the name: "MotionMillion-the largest ..." is a dash, not part of it
_GLUED_WORD = r"(?:the|a|an|and|or|of|to|in|on|for|with|by|from|as|at|is|are|which|that|its)\s"
_SHAPE = re.compile(rf"\b[A-Za-z][a-z]*+(?:[A-Z0-9]|[-.][A-Z0-9])[\w.]*?(?:-(?!{_GLUED_WORD}){_PART})*"
                    rf"(?:\+\+?(?![\w+]))?(?![\w/@]|-(?!{_GLUED_WORD})|\.\w)")  # "PointNet++": a variant mark
_SIZE_WORD = re.compile(r" (?:[Mm]ini|[Nn]ano)\b(?!-)")  # "GPT-5 mini", "YOLOv8 nano": a smaller release of the model
_PAREN = re.compile(r"\(([^()\n]{1,80})\)")
_ACRONYM = re.compile(r"[A-Za-z][\w\-.]*$")
# between a long form and its bracketed acronym: "~" is a LaTeX non-breaking space, "}" and "$" close LaTeX
# markup around the long form ("\\textbf{Mixture of Personas} (MoP)")
_GAP = " \t\n\r~}$"
_HAS_DIGIT = re.compile(r"\d")
_HAS_UPPER = re.compile(r"[A-Z]")
_HAS_LOWER = re.compile(r"[a-z]")
_TWO_UPPER = re.compile(r"[A-Z].*[A-Z]")
_ALL_CAPS = re.compile(r"[A-Z][A-Z\-.]*[A-Z]s?$")
# benchmark-style names: "FinanceBench", "WebArena-Lite", "SciVidEval", "SealQA", "ALFWorld", "OralCorpus", "Graph200K",
# "INA-100k" (a size suffix in thousands, either case); metric names: "NetScore", "gIoU", "Patho-FID", "d-BLEU",
# "BD-Rate" (they win over a model size suffix: "Honey-Data-15M", "ImageNet-1K"; "K" counts examples, not weights)
_DATASET_NAME = re.compile(r"(?:Bench|bench|Arena|Eval|World|Zoo|Gym|(?<=[a-z])QA|Corpus|Data|Set)(?=$|[-\d])")
_DATASET_SIZE = re.compile(r"(?<=[A-Za-z]|-)\d+[Kk]$")
_INNER_SIZE = re.compile(r"-\d+(?:\.\d+)?[BM]-")  # a parameter count inside a name: "Canary-1B-v2"
# a release number or reasoning-mode suffix ending a name: "Wan-2.1", "OpenThaiGPT 1.6", "ChatGPT-4o",
# "Foo-PPO-Think" (not "CoNLL-14", "Stable Video 4")
_RELEASE = re.compile(r"(?: \d+\.\d+|-\d+\.\d+|-\d+o|-Think(?:ing)?)$")
_MODEL_KIND = re.compile(r"(?<=[a-z])(?:BERT|GPT|LM|LLM|Chat)(?:-?v?\d+(?:\.\d+)?)?$")  # "ModernBERT", "MiniChat"
_METRIC_NAME = re.compile(r"(?:Score|IoU)$|(?:^|-)(?:FID|FVD|BLEU|ROUGE|METEOR|PQ|PSNR|SSIM|LPIPS|AUC|AUROC|mAP|F1|"
                          r"WER|CER|Rate|Acc)(?:$|@|-\d+$)")
# code identifiers ("isPartOf"), citation keys ("Belkin2018ReconcilingMM") and hardware ("A100-80GB", "RTX 4090")
_NOT_A_NAME = re.compile(r"(?:is|has|get|set)[A-Z]|[A-Z][a-z]+(?:19|20)\d\d[A-Z]|(?:[AHV]\d{2,3}|RTX|GTX)(?:-\d+GB)?$")
# hyphenated Title-Case words ("Spike-Aware") are no name, unless a benchmark word ends them ("Terminal-Bench")
_TITLE_WORDS = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$(?<!-Bench)(?<!-Arena)(?<!-Eval)")

SHAPE_CONFIDENCE = {"camel": 0.6, "versioned": 0.6, "acronym": 0.35}
ACRONYM_CONFIDENCE = 0.8


def _load_patterns():
    with data_path("patterns.json").open(encoding="utf-8") as handle:
        patterns = json.load(handle)
    families = "|".join(sorted((re.escape(f) for f in patterns["model_families"]), key=len, reverse=True))
    return (re.compile(rf"^(?:{families})[-_ ]?\d"), re.compile(rf"^(?:{families})(?![A-Za-z])", re.IGNORECASE),
            re.compile(patterns["model_suffix"]), frozenset(patterns["generic_acronyms"]),
            re.compile(patterns["adjective_suffix"], re.IGNORECASE), re.compile(patterns["task_compound"]))


_FAMILY, _FAMILY_NAME, _MODEL_SUFFIX, GENERIC_ACRONYMS, _ADJECTIVE, _TASK_COMPOUND = _load_patterns()


def shape_kind(name):
    """Classify a name by shape: "camel", "versioned", "acronym" or "" (not a name shape).

    >>> [shape_kind(n) for n in ("GaLore", "Qwen1.5-110B-Chat", "KAN", "Spike-Aware", "o3-mini")]
    ['camel', 'versioned', 'acronym', '', 'versioned']
    >>> shape_kind("ALFWorld"), shape_kind("Transformer")
    ('camel', '')
    """
    if (not name[:1].isalpha() or name in GENERIC_ACRONYMS or _TITLE_WORDS.match(name) or _ADJECTIVE.search(name)
            or name.startswith(("non-", "Non-")) or _NOT_A_NAME.match(name)):
        return ""
    if _HAS_DIGIT.search(name):
        if name[0].islower() and not _HAS_UPPER.search(name) and not _MODEL_SUFFIX.search(name):
            return ""
        return "versioned"
    if _ALL_CAPS.match(name):
        return "acronym"
    if _TWO_UPPER.search(name) and _HAS_LOWER.search(name):
        return "camel"
    return ""


def is_adjective(name):
    """True for a hyphenated adjective such as "LLM-based" or "LLM-Generated" (never a name).

    >>> is_adjective("LLM-Generated"), is_adjective("Adam-mini")
    (True, False)
    """
    return bool(_ADJECTIVE.search(name))


def model_name(name):
    """True for a name that can be a trained model's: it has a version digit or a known family prefix.

    A new name before "model" without either ("the FooNet model") names an architecture (METHOD).

    >>> model_name("LLaMa"), model_name("Foo-7B"), model_name("Optimus")
    (True, True, False)
    """
    return bool(_HAS_DIGIT.search(name) or _FAMILY_NAME.match(name))


def untyped_type(name):
    """The type of a name that nothing else typed: MODEL when it ends in a release number or a reasoning-mode
    suffix, else METHOD.

    These mark a trained model ("Lumina-Image 2.0", "LLaMa-3.1", "Echo-4o", "Foo-PPO-Think"); other new
    names mostly name techniques.

    >>> untyped_type("Wan-2.1"), untyped_type("FooNet"), untyped_type("CoNLL-14")
    ('MODEL', 'METHOD', 'METHOD')
    """
    return "MODEL" if _RELEASE.search(name) else "METHOD"


def model_shape(name):
    """True when a name looks like a released model checkpoint (family prefix, size suffix or a size between
    hyphens: "Nemotron-Nano-9B-v2", "Base-7B-Think")."""
    return bool(_FAMILY.match(name) or _MODEL_SUFFIX.search(name) or _INNER_SIZE.search(name))


@functools.lru_cache(maxsize=1 << 16)
def _classify(name):
    """``(shape kind, type)`` of a name; cached because names recur across abstracts."""
    kind = shape_kind(name)
    if kind == "versioned" and (_DATASET_SIZE.search(name) or _DATASET_NAME.search(name)):
        return kind, "DATASET"
    if (kind == "versioned" and model_shape(name)) or (kind and _MODEL_SUFFIX.search(name)) or (
            kind in ("camel", "versioned") and _MODEL_KIND.search(name)):
        return kind, "MODEL"
    if kind in ("camel", "versioned") and _METRIC_NAME.search(name):
        return kind, "METRIC"
    return kind, "DATASET" if kind != "acronym" and _DATASET_NAME.search(name) else ""


def shape_mentions(text):
    """Mentions of shape names in ``text`` (words touching "/" or "@", as in URLs, are skipped); a model name
    takes a size word after it ("GPT-5 mini")."""
    mentions = []
    for m in _SHAPE.finditer(text):
        kind, kind_type = _classify(m.group(0).rstrip("+"))  # "GenEval++" is typed as "GenEval"
        start, end = m.span()
        before = text[start - 1] if start else " "
        # no name goes on from the word before it ("vs.GPT") or from a letter and an apostrophe ("Bird's-Eye")
        if not kind or before in "-./@" or (before == "'" and text[start - 2:start - 1].isalpha()):
            continue
        if kind_type == "MODEL":
            size = _SIZE_WORD.match(text, end)
            end = size.end() if size else end
        mentions.append((start, end, kind_type, None, SHAPE_CONFIDENCE[kind], kind))
    return mentions


def acronym_pairs(text):
    """``(short_start, short_end, long_start, long_end)`` of acronym definitions in ``text``.

    >>> t = "the Kolmogorov-Arnold Network (KAN) is"
    >>> [(t[a:b], t[c:d]) for a, b, c, d in acronym_pairs(t)]
    [('KAN', 'Kolmogorov-Arnold Network')]
    """
    pairs = []
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        inner_start = m.start(1) + m.group(1).index(inner[0]) if inner else m.start(1)
        if _ACRONYM.match(inner) and shape_kind(inner) and " " not in inner:
            long_start = _long_form_start(inner, text, m.start())
            if long_start is not None:
                long_end = long_start + len(text[long_start:m.start()].rstrip(_GAP))
                pairs.append((inner_start, inner_start + len(inner), long_start, long_end))
        elif " " in inner:
            window = max(0, m.start() - 40)
            before = text[window:m.start()].rstrip()
            word = before[before.rfind(" ") + 1:]
            if _ACRONYM.match(word) and shape_kind(word) and _long_form_start(word, inner, len(inner)) == 0:
                word_start = window + before.rfind(" ") + 1
                pairs.append((word_start, word_start + len(word), inner_start, inner_start + len(inner)))
    return pairs


def _long_form_start(short, text, end):
    """Start offset of the long form of ``short`` ending before ``end`` (Schwartz-Hearst), or None."""
    letters = [ch.lower() for ch in short.rstrip("s") if ch.isalnum()] if short[-1] == "s" and short[:-1].isupper() \
        else [ch.lower() for ch in short if ch.isalnum()]
    window_words = min(len(letters) + 5, 2 * len(letters))
    offset = max(0, end - 200)
    head = text[offset:end].rstrip(_GAP)
    words = head.rsplit(None, window_words)  # the window's words, after the words before them if any
    if not words or not letters or len("".join(letters)) != len(letters):
        return None  # (a letter lower-cased to two characters, as "İ", aligns with no one character)
    before = len(words[0]) if len(words) > window_words else 0
    base = offset + len(head) - len(head[before:].lstrip())
    candidate = head[base - offset:].lower()
    i = len(candidate) - 1
    for index in range(len(letters) - 1, -1, -1):
        i = candidate.rfind(letters[index], 0, i + 1)
        while index == 0 and i > 0 and candidate[i - 1].isalnum():  # the first letter starts a word
            i = candidate.rfind(letters[0], 0, i)
        if i < 0:
            return None
        i -= 1
    start = base + i + 1
    if text[start - 1:start] == "-" and text[start - 2:start - 1].isalpha():
        word_start = _word_start(text, start - 1)  # "Self-supervised learning (SSL)" starts at "Self", but
        start = word_start if text[word_start].lower() == letters[0] else start  # "meta-reinforcement learning (RL)"
    long_form = text[start:offset + len(head)]
    if long_form.strip() == short or "," in long_form or ";" in long_form or ":" in long_form or ". " in long_form \
            or crosses_markup(short, long_form):
        return None
    return start


def _word_start(text, end):
    """Start of the word ending at ``end``."""
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    return start


@Language.factory("kgraph_shapes", default_config={"lexicon_path": None})
def make_shape_finder(nlp, name, lexicon_path):
    """Pipeline component adding shape-name and acronym-definition mentions (model families from the lexicon at
    ``lexicon_path``, the packaged one when None)."""
    return ShapeFinder(family_stems(read_lexicon(lexicon_path)))


class ShapeFinder:
    """Append shape and acronym mentions to the state's ``mentions``; set its ``acronyms``. An untyped name made
    of a lexicon family in ``stems`` and a size or version suffix is a MODEL (see kgraph.nlp.variants)."""

    def __init__(self, stems=None):
        self.stems = stems or {}

    def __call__(self, doc):
        current = state(doc)
        text, mentions = current["text"], current["mentions"]
        found = shape_mentions(text) + (slash_mentions(text, _classify, SHAPE_CONFIDENCE) if "/" in text else [])
        pairs = acronym_pairs(text) if "(" in text else []
        mentions.extend(self._typed_variants(text, found, pairs))
        compounds = [pair for pair in pairs if pair[2] < pair[0] and _TASK_COMPOUND.match(text, pair[1])]
        if compounds:
            pairs = [pair for pair in pairs if pair not in compounds]
            mentions.extend(task_compound(text, pair) for pair in compounds)
        for short_start, short_end, long_start, long_end in pairs:
            mentions.append((short_start, short_end, "", None, ACRONYM_CONFIDENCE, "acr"))
            mentions.append((long_start, long_end, "", None, ACRONYM_CONFIDENCE, "acr"))
        current["acronyms"] = pairs
        return doc

    def _typed_variants(self, text, found, pairs):
        """``found`` with untyped family checkpoints ("VGG19", "Swin-B") typed MODEL, unless defined as an acronym
        in ``pairs`` (then the name is new); only a name ending in a digit or holding a hyphen can be one."""
        stems = self.stems
        for i, mention in enumerate(found):
            if mention[2] or mention[5] == "acronym":
                continue
            name = text[mention[0]:mention[1]]
            if (name[-1].isdigit() or "-" in name) and variant_of(name, stems) and all(
                    text[pair[0]:pair[1]] != name for pair in pairs):
                found[i] = (mention[0], mention[1], "MODEL", *mention[3:])
        return found


def task_compound(text, pair):
    """A TASK mention of a definition ``pair`` ``(short_start, short_end, long_start, long_end)`` whose acronym
    a task word follows: it spans the long form to the task word and is named with the acronym.

    >>> t = "Human-object interaction (HOI) detection aims to find pairs."
    >>> start, end, kind, name, *_ = task_compound(t, (26, 29, 0, 24)); t[start:end], kind, name
    ('Human-object interaction (HOI) detection', 'TASK', 'HOI detection')
    """
    short_start, short_end, long_start, _ = pair
    word = _TASK_COMPOUND.match(text, short_end)
    return (long_start, word.end(), "TASK", f"{text[short_start:short_end]} {word.group(1)}", ACRONYM_CONFIDENCE,
            "task")
