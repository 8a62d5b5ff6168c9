"""Cleaning of mined names for the lexicon builder (see build_lexicon.py): corpus word evidence and the
rules that turn a Papers-with-Code task, dataset, metric or model name into a lexicon entry or drop it."""

import collections
import re

from kgraph.resolve import entity_key

ORDINARY_MIN = 5  # a word seen this often in lower case in the corpus is ordinary English
CONTEXT_RE = re.compile(r"((?:[\w\-.]+ ){0,3}[\w\-.]+) (?:data ?sets?|benchmarks?|corpus|corpora)\b")
PLAIN_RE = re.compile(r"^[A-Za-z]+(?:[ \-][A-Za-z]+)*$")
WORD_RE = re.compile(r"[A-Za-z][A-Za-z\-]*[A-Za-z]|[A-Za-z]")
PAREN_RE = re.compile(r"\s*\(([^()]*)\)")
ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z0-9\-]{1,9}$")
SAFE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 \-'.+&]*$")
SPLIT_WORDS = {"val", "test", "dev", "train", "valid", "validation", "testing", "training",
               "test-dev", "test-std", "test-standard", "testfinal", "test-challenge",
               "full", "small", "large", "subset", "split", "set"}
GENERIC_SUFFIXES = ("dataset", "benchmark", "database", "corpus", "data set")
METRIC_HEADS = {"accuracy", "error", "score", "rate", "precision", "recall", "distance",
                "similarity", "correlation", "loss", "coefficient", "ratio", "reward",
                "return", "divergence", "likelihood", "f1", "auc", "iou", "ap", "map"}
TASK_WORDS = {"bandits", "games", "recommendations", "transfer", "search", "design", "control", "repair",
              "similarity", "dialog", "dialogue", "problem"}
TASK_HEAD_ENDS = ("tion", "sion", "ing", "sis", "ment", "ence", "ance", "al", "ery")
PREPOSITIONS = {"in", "with", "for", "of", "on", "from", "to", "under", "via", "using", "by"}
DATA_SOURCES = {"arxiv", "wikipedia", "twitter", "reddit", "github", "youtube", "google",
                "amazon", "english", "chinese", "python", "web", "internet"}


def is_titled(word):
    """True for a plain capitalised word ("Object", "Self-Supervised"), not for "ImageNet" or "COCO"."""
    parts = word.split("-")
    return parts[0][:1].isupper() and all(
        part.isdigit() or (part[:1].isupper() and part[1:].islower()) for part in parts if part)


def word_counts(texts):
    """Corpus evidence: (lower-case word counts, Title-case word counts, dataset contexts).

    Word counts are keyed lower-case. Dataset contexts count the last 1-4 words (case kept)
    written right before "dataset", "benchmark" or "corpus" ("the Charades dataset").
    """
    lower, title, context = collections.Counter(), collections.Counter(), collections.Counter()
    for text in texts:
        for word in WORD_RE.findall(text):
            if word.islower():
                lower[word] += 1
            elif is_titled(word):
                title[word.lower()] += 1
        for match in CONTEXT_RE.finditer(text):
            words = match.group(1).split()
            context.update({" ".join(words[i:]) for i in range(len(words))})
    return lower, title, context


def is_ordinary(word, lower):
    """True if `word` is a plain lower-case English word per the corpus counts."""
    if re.fullmatch(r"\d+D", word):
        return True
    plain = word[1:].islower() or word.isupper()
    return word.replace("-", "").isalpha() and plain and lower[word.lower()] >= ORDINARY_MIN


def is_distinctive(name, lower):
    """True if some word of `name` could not be an ordinary English word.

    >>> is_distinctive("Lost and Found", collections.Counter(lost=9, and_=0, found=9))
    False
    """
    return any(not is_ordinary(word, lower) for word in name.split())


def normalize_case(name, lower, title):
    """Lower-case Title-case words unless the corpus only ever writes them capitalised.

    "2D Object Detection" -> "2D object detection"; "Arabic Sentiment Analysis" keeps "Arabic"
    when "arabic" never occurs in lower case. Acronyms and mixed-case words are kept.
    """
    words = []
    for word in name.split():
        proper = title[word.lower()] > 0 and lower[word.lower()] == 0
        words.append(word.lower() if is_titled(word) and not proper else word)
    return " ".join(words)


def split_parentheses(name):
    """Remove parenthesised parts; return (rest, acronyms found inside parentheses)."""
    acronyms = [inner.strip() for inner in PAREN_RE.findall(name) if is_acronym(inner.strip())]
    return " ".join(PAREN_RE.sub(" ", name).split()), acronyms


def is_acronym(word):
    """An acronym such as "VQA" or "MoA": at least two capitals, and no fewer capitals than lower-case letters
    ("Zero-Shot" in "Common Sense Reasoning (Zero-Shot)" names a setting, not the task)."""
    capitals = sum(c.isupper() for c in word)
    return bool(ACRONYM_RE.match(word)) and capitals >= 2 and capitals >= sum(c.islower() for c in word)


def clean_task(raw, lower, title):
    """A PwC task name -> (name, aliases), or None if too generic or malformed."""
    rest, acronyms = split_parentheses(raw.strip().strip('"'))
    words = rest.split()
    if not SAFE_RE.match(rest) or not 2 <= len(words) <= 6 or "-" in words:
        return None
    if any(w.isdigit() or w.lower() in {"task", "classes", "subtask"} for w in words):
        return None
    if not names_problem(words):
        return None
    return normalize_case(rest, lower, title), acronyms


def names_problem(words):
    """True if a PwC "task" names a problem or activity, not a thing or a field: its last word or the word
    before its first preposition is one ("detection", "retrieval", "style transfer", "action recognition
    in videos", "Arabic NER"), or it opens with a gerund ("matching disparate images"). False for
    "world knowledge", "face model", "sentence embeddings", "image to 3D", "computational physics"."""
    lowered = [w.lower() for w in words]
    cut = next((i for i, w in enumerate(lowered) if i and w in PREPOSITIONS), len(words))
    return lowered[0].endswith("ing") or any(names_activity(word) for word in (words[cut - 1], words[-1]))


def names_activity(word):
    """True for an activity or problem noun ("detection", "retrieval", "transfer") or an acronym ("NER")."""
    lowered = word.lower()
    return (word.isalpha() and word.isupper()) or lowered in TASK_WORDS or lowered.endswith(TASK_HEAD_ENDS)


def trim_dataset(raw):
    """Strip parentheses, comma qualifiers and trailing split words from a PwC dataset name."""
    rest, _ = split_parentheses(raw.split(",")[0].strip())
    words = rest.split()
    while len(words) > 1 and words[-1].lower() in SPLIT_WORDS:
        words.pop()
    return " ".join(words)


def needs_context(name):
    """Names that look like plain words ("Penguin", "Indian Driving") or short mixed-case ones ("BnB"),
    not longer camel-case names ("BLiMP", "ShapeNet-Part")."""
    return bool(PLAIN_RE.match(name)) and not name.isupper() and (len(name) <= 4 or all(
        is_titled(word) or word.islower() for word in name.split()))


def clean_dataset(raw, lower, context):
    """A PwC dataset name -> (name, aliases), or None if descriptive, lower-case or ordinary words.

    Plain-word names and short acronyms are kept only if the corpus writes them right before
    "dataset"/"benchmark"/"corpus" (`context` counts those word sequences).
    """
    name = trim_dataset(raw)
    aliases = []
    for suffix in GENERIC_SUFFIXES:
        if name.lower().endswith(" " + suffix):
            aliases.append(name)
            name = name[: -len(suffix) - 1].rstrip()
    words = name.split()
    if not SAFE_RE.match(name) or not 1 <= len(words) <= 4 or len(name) < 3 or "-" in words:
        return None
    if not re.search(r"[A-Za-z]", name):  # a figure such as "13.8" is no name
        return None
    if name.islower() or (name.isalpha() and name.isupper() and len(name) <= 4):
        return None
    if name.lower() in DATA_SOURCES or words[0].lower() in {"a", "the"}:
        return None
    if not is_distinctive(name, lower) or any(w.lower() in METRIC_HEADS for w in words):
        return None
    if needs_context(name) and not context[name]:
        return None
    return name, aliases


def clean_metric(raw, lower, title):
    """A PwC metric name -> (name, aliases), or None unless it reads like a known metric shape."""
    rest, acronyms = split_parentheses(raw.strip())
    rest = rest.rstrip(" %")
    words = rest.split()
    if not words or len(words) > 4 or rest[0].isdigit() or rest.upper() in {"AVG", "ALL", "MEAN"} or len(rest) < 2 or not re.match(r"^[A-Za-z0-9 \-@.]+$", rest):
        return None
    if not any(w.lower() in METRIC_HEADS or re.search(r"[A-Z]{2}|@|\d", w) for w in words):
        return None
    if len(rest) <= 2 and not re.search(r"\d", rest):
        return None
    return normalize_case(rest, lower, title), acronyms


def clean_model(raw, lower, known_keys):
    """A sota-extractor model name -> (name, []) for one-token system names (BiDAF, GenSen), else None.

    Descriptions ("Multi-task BiLSTM + Attn"), short acronyms, hyphenated plain words
    ("Pooling-Invariant") and variants of a known name ("BERT-Large-Cased") are dropped.
    """
    if not re.match(r"^[A-Za-z][A-Za-z0-9\-+]{2,19}$", raw) or not re.search(r"[A-Z].*[A-Z]", raw):
        return None
    if (raw.isupper() and len(raw) <= 4) or not is_distinctive(raw.replace("-", " "), lower):
        return None
    key = entity_key(raw)
    if any(key.startswith(known) for known in known_keys if len(known) >= 3):
        return None
    return raw, []
