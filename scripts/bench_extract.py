"""Throughput of the Extractor against the bare spaCy tokenizer, same texts, same process.

Usage: python scripts/bench_extract.py [--n 10000] [--corpus PATH]

Prints docs/s of ``spacy.blank("en").pipe`` (tokenizer only) and of
``Extractor.extract_many`` (single process) on the first N papers of the
corpus (title + abstract), and their ratio (the requirement is >= 0.5).
"""

import argparse
import gzip
import json
import time
from itertools import islice

import spacy

from kgraph.extract import Extractor, paper_text
from kgraph.models import Paper

CORPUS = "/work/shared/data/arxiv-cs-abstracts.jsonl.gz"


def load(path, n):
    """The first ``n`` papers of a JSONL(.gz) corpus."""
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [Paper(r["id"], r["title"], r["abstract"]) for r in map(json.loads, islice(handle, n))]


def rate(run, count):
    """Docs per second of ``run()`` over ``count`` docs."""
    began = time.perf_counter()
    run()
    return count / (time.perf_counter() - began)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--corpus", default=CORPUS)
    args = parser.parse_args()
    papers = load(args.corpus, args.n)
    texts = [paper_text(p) for p in papers]
    blank = spacy.blank("en")
    extractor = Extractor()
    tokenizer_rate = rate(lambda: sum(1 for _ in blank.pipe(texts, batch_size=64)), len(texts))
    extractor_rate = rate(lambda: sum(1 for _ in extractor.extract_many(papers)), len(texts))
    print(f"papers: {len(texts)}")
    print(f"tokenizer only: {tokenizer_rate:8.1f} docs/s")
    print(f"extractor:      {extractor_rate:8.1f} docs/s")
    print(f"ratio:          {extractor_rate / tokenizer_rate:8.3f} (required >= 0.5)")


if __name__ == "__main__":
    main()
