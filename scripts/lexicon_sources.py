"""Readers of the lexicon builder's inputs: lexicon TSV files, stop names, the Papers-with-Code
sota-extractor JSON and result CSVs, and the arXiv abstract corpus (see build_lexicon.py)."""

import collections
import csv
import gzip
import json
from pathlib import Path

HEADER = ("name", "type", "aliases", "source")


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


def corpus_texts(path):
    """Titles and abstracts of the arXiv JSONL corpus."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            yield record["title"] + " " + record["abstract"]
