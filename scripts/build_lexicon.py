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
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]
from kgraph.resolve import entity_key  # noqa: E402
from lexicon_cleaning import clean_dataset, clean_metric, clean_model, clean_task, word_counts  # noqa: E402
from lexicon_sources import HEADER, corpus_texts, pwc_columns, read_stopnames, read_tsv, sota_names  # noqa: E402

DATA = ROOT / "kgraph" / "nlp" / "data"


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
