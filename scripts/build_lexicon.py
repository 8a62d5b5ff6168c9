"""Build kgraph/nlp/data/lexicon.tsv from the curated core and Papers-with-Code name lists.

Usage: python scripts/build_lexicon.py [--shared ../shared] [--out kgraph/nlp/data/lexicon.tsv]

Sources, in priority order (an earlier source wins a name or alias conflict):
core_lexicon.tsv (hand-curated) > sota-extractor JSON (curated NLP-progress tables)
> PwC task list > PwC metrics > PwC datasets. Mined names are cleaned and checked
against word frequencies of the unlabelled arXiv corpus: a dataset or metric name
made only of ordinary English words ("Total", "Reasoning", "Lost and Found") is dropped,
because the extractor would fire on every abstract that uses those words.
Output is deterministic: rows sorted by entity key, aliases in first-seen order.
"""

import argparse
import collections
import csv
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kgraph.resolve import entity_key  # noqa: E402

DATA = ROOT / "kgraph" / "nlp" / "data"
HEADER = ("name", "type", "aliases", "source")
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


class Lexicon:
    """Entries keyed by entity_key; every name and alias key points at exactly one entry."""

    def __init__(self):
        self.entries = {}
        self.index = {}

    def add(self, name, etype, aliases, source):
        """Add an entry or merge it into the same-typed entry owning its key; else drop it."""
        owner = self.index.get(entity_key(name))
        if owner is None:
            owner = self.entries[entity_key(name)] = {
                "name": name, "type": etype, "aliases": [], "source": source}
            self.index[entity_key(name)] = owner
        elif owner["type"] != etype:
            return False
        for alias in [name, *aliases]:
            key = entity_key(alias)
            if self.index.setdefault(key, owner) is owner and alias != owner["name"] \
                    and alias not in owner["aliases"]:
                owner["aliases"].append(alias)
        return True

    def rows(self):
        """TSV rows sorted by key, for stable diffs."""
        for key in sorted(self.entries):
            entry = self.entries[key]
            yield (entry["name"], entry["type"], "|".join(entry["aliases"]), entry["source"])


def read_tsv(path):
    """Rows of a lexicon TSV (header checked) as (name, type, [aliases], source)."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    if tuple(lines[0].split("\t")) != HEADER:
        raise ValueError(f"{path}: bad header")
    for line in lines[1:]:
        name, etype, aliases, source = line.split("\t")
        yield name, etype, [a for a in aliases.split("|") if a], source


def read_stopnames(path):
    """Lower-case stop names (comment lines starting with # ignored)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def sota_names(tasks_dir):
    """(kind, name) pairs from the sota-extractor JSON files: task, dataset, metric, model."""
    def walk(task):
        yield "task", task["task"]
        for dataset in task.get("datasets", []):
            yield "dataset", dataset["dataset"]
            sota = dataset.get("sota") or {}
            for metric in sota.get("metrics") or []:
                yield "metric", metric
            for row in sota.get("rows") or []:
                yield "model", row.get("model_name", "")
        for sub in task.get("subtasks", []):
            yield from walk(sub)

    for path in sorted(Path(tasks_dir).glob("*.json")):
        for task in json.loads(path.read_text(encoding="utf-8")):
            yield from walk(task)


def pwc_columns(results_dir):
    """Task, dataset and metric name counts (number of task rows listing them) from the detailed CSVs.

    Task names are each row's "Task Name" and its "Subtasks": about 1,100 of them
    ("Portrait Animation", "Text Normalization") are missing from all_tasks.txt.
    """
    tasks, datasets, metrics = collections.Counter(), collections.Counter(), collections.Counter()
    for path in sorted(Path(results_dir).glob("*/*_tasks_detailed.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for col, counter in (("Task Name", tasks), ("Subtasks", tasks), ("Common Datasets (Top 10)", datasets),
                                     ("Benchmarks", datasets), ("SOTA Metrics", metrics)):
                    counter.update({x.strip() for x in row[col].split(";") if x.strip()})
    return tasks, datasets, metrics


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


def mined_entries(shared, evidence, known_keys):
    """(type, cleaned or None, source) candidates from the shared data, in priority order.

    `evidence` is the (lower, title, context) triple of word_counts; `known_keys` are core keys.
    """
    lower, title, context = evidence
    pwc = Path(shared) / "data" / "pwc"
    cleaners = {"task": ("TASK", lambda n: clean_task(n, lower, title)),
                "dataset": ("DATASET", lambda n: clean_dataset(n, lower, context)),
                "metric": ("METRIC", lambda n: clean_metric(n, lower, title)),
                "model": ("METHOD", lambda n: clean_model(n, lower, known_keys))}
    for kind, raw in sota_names(pwc / "sota-extractor" / "data" / "tasks"):
        etype, clean = cleaners[kind]
        yield etype, clean(raw.strip()), "sota"
    tasks, datasets, metrics = pwc_columns(pwc / "results")
    for raw in [*(pwc / "all_tasks.txt").read_text(encoding="utf-8").splitlines(), *sorted(tasks)]:
        yield "TASK", clean_task(raw, lower, title), "pwc-tasks"
    for raw in sorted(metrics):
        if metrics[raw] >= 2:
            yield "METRIC", clean_metric(raw, lower, title), "pwc-metrics"
    for raw in sorted(datasets):
        yield "DATASET", clean_dataset(raw, lower, context), "pwc-datasets"


def corpus_texts(path):
    """Titles and abstracts of the arXiv JSONL corpus."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            yield record["title"] + " " + record["abstract"]


def build(shared, core_path, stop_path):
    """The merged Lexicon plus a Counter of rows per source."""
    stop = read_stopnames(stop_path)
    evidence = word_counts(corpus_texts(Path(shared) / "data" / "arxiv-cs-abstracts.jsonl.gz"))
    lexicon = Lexicon()
    for name, etype, aliases, source in read_tsv(core_path):
        lexicon.add(name, etype, aliases, source)
    for etype, cleaned, source in mined_entries(shared, evidence, set(lexicon.index)):
        if cleaned and cleaned[0].lower() not in stop and len(cleaned[0]) > 2:
            aliases = [a for a in cleaned[1] if a.lower() not in stop]
            lexicon.add(cleaned[0], etype, aliases, source)
    return lexicon


def write_tsv(rows, path):
    """Write HEADER plus rows as UTF-8 TSV."""
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\t".join(HEADER) + "\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--out", default=str(DATA / "lexicon.tsv"))
    args = parser.parse_args(argv)
    rows = list(build(args.shared, DATA / "core_lexicon.tsv", DATA / "stopnames.txt").rows())
    write_tsv(rows, args.out)
    print(f"{len(rows)} entries -> {args.out}")
    for column, label in ((1, "type"), (3, "source")):
        counts = collections.Counter(row[column] for row in rows)
        print(f"per {label}: " + ", ".join(f"{k}={counts[k]}" for k in sorted(counts)))


if __name__ == "__main__":
    main()
