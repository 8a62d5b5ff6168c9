"""Score the extractor against the gold annotations (development runner).

Usage: python scripts/dev_eval.py [--details] [--gold FILE ...] [--papers FILE ...] [--out FILE]

Gold records that carry their ``abstract`` are extracted from it; the others
(the sample page) are looked up by title in ``--papers`` (default: the
sample page shipped in data/). Prints kgraph.evaluate's report.
"""

import argparse
import json
import sys
from pathlib import Path

from kgraph.evaluate import format_report, load_jsonl, normalise_title, score
from kgraph.extract import Extractor
from kgraph.ingest import read_papers
from kgraph.models import Paper

ROOT = Path(__file__).resolve().parent.parent
GOLD = [ROOT / "tests/data/gold/sample-gold.jsonl", ROOT / "tests/data/gold/arxiv-gold.jsonl"]
PAPERS = [ROOT / "data/daily-papers-sample.txt"]


def papers_for(gold, paper_files):
    """One Paper per gold record: from its own abstract, else by title from ``paper_files``."""
    by_title = {normalise_title(p.title): p for p in read_papers([str(f) for f in paper_files])}
    papers = []
    for record in gold:
        if record.get("abstract"):
            papers.append(Paper(record["id"], record["title"], record["abstract"]))
        elif normalise_title(record["title"]) in by_title:
            papers.append(by_title[normalise_title(record["title"])])
    return papers


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", nargs="+", type=Path, default=GOLD)
    parser.add_argument("--papers", nargs="+", type=Path, default=PAPERS)
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--out", type=Path, help="also write the predictions as JSONL here")
    args = parser.parse_args(argv)
    extractor = Extractor()
    for gold_path in args.gold:
        if not gold_path.exists():
            continue
        gold = load_jsonl(str(gold_path))
        predicted = [e.to_json() for e in extractor.extract_many(papers_for(gold, args.papers))]
        if args.out:
            with open(args.out, "a", encoding="utf-8") as handle:
                handle.writelines(json.dumps(p) + "\n" for p in predicted)
        print(f"== {gold_path.name}")
        print(format_report(score(gold, predicted), details=args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
