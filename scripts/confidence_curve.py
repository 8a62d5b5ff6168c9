"""Precision and recall of the high-precision view (``--min-confidence T``), pooled over gold sets.

Usage: python scripts/confidence_curve.py [--sets sample-gold,arxiv-gold,...] [--thresholds 0,0.4,0.5,0.6,0.7]

Extracts each gold set once (the sample page from ``data/daily-papers-sample.txt``, the arXiv sets
from their own abstracts), keeps at each threshold what
:meth:`kgraph.models.PaperExtraction.confident` keeps, and prints pooled typed P/R/F1 and counts of
entities and relations. The default sets are the thirteen development sets; the unseen ones
(``arxiv-heldout``, ``arxiv-dev-l/m/n``) are left out so that reading this curve tunes nothing on them.
"""

import argparse
from pathlib import Path

from kgraph.evaluate import Counts, load_jsonl, score
from kgraph.pipeline import extract_inputs

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gold"
DEVELOPMENT = ["sample-gold", "arxiv-gold"] + [f"arxiv-dev-{letter}" for letter in "abcdefghijk"]


def extracted(name):
    """The gold records of set ``name`` and kgraph's extractions of the same papers."""
    source = ROOT / "data" / "daily-papers-sample.txt" if name == "sample-gold" else GOLD / f"{name}.jsonl"
    return load_jsonl(GOLD / f"{name}.jsonl"), list(extract_inputs([str(source)]))


def pooled(sets, threshold):
    """Entity and relation Counts summed over ``sets`` (pairs of gold and extractions) at ``threshold``."""
    entities, relations = Counts(), Counts()
    for gold, extractions in sets:
        report = score(gold, [item.confident(threshold).to_json() for item in extractions])
        entities.add(report.entities.tp, report.entities.fp, report.entities.fn)
        relations.add(report.relations.tp, report.relations.fp, report.relations.fn)
    return entities, relations


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(DEVELOPMENT))
    parser.add_argument("--thresholds", default="0,0.4,0.5,0.6,0.7")
    args = parser.parse_args()
    sets = [extracted(name) for name in args.sets.split(",")]
    print("min-confidence | entities P R F1 (TP FP FN) | relations P R F1 (TP FP FN)")
    for threshold in map(float, args.thresholds.split(",")):
        cells = [f"{c.precision:.3f} {c.recall:.3f} {c.f1:.3f} ({c.tp} {c.fp} {c.fn})" for c in pooled(sets, threshold)]
        print(f"{threshold:.2f} | {cells[0]} | {cells[1]}")


if __name__ == "__main__":
    main()
