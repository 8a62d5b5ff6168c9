"""Throughput of the Extractor against the bare spaCy tokenizer, same texts, same process.

Usage: python scripts/bench_extract.py [--n 10000] [--corpus PATH]

Prints docs/s of ``spacy.blank("en").pipe`` (tokenizer only) and of
``Extractor.extract_many`` (single process) on the first N papers of the
corpus (title + abstract), and their ratio (the requirement is >= 0.5).
The two runs alternate over chunks of the papers so that load from other
processes on the machine affects both alike; besides the overall ratio it
prints the median of the per-chunk ratios, which a burst of load elsewhere
moves less.
"""

import argparse
import gzip
import json
import statistics
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


def timed(run):
    """Seconds taken by ``run()``."""
    began = time.perf_counter()
    run()
    return time.perf_counter() - began


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--corpus", default=CORPUS)
    parser.add_argument("--chunk", type=int, default=1000, help="papers per alternating run")
    args = parser.parse_args()
    papers = load(args.corpus, args.n)
    blank = spacy.blank("en")
    extractor = Extractor()
    tokenizer_time = extractor_time = 0.0
    chunk_ratios = []
    for first in range(0, len(papers), args.chunk):
        chunk = papers[first:first + args.chunk]
        texts = [paper_text(p) for p in chunk]
        tokenizer_chunk = timed(lambda: sum(1 for _ in blank.pipe(texts, batch_size=64)))
        extractor_chunk = timed(lambda: sum(1 for _ in extractor.extract_many(chunk)))
        tokenizer_time += tokenizer_chunk
        extractor_time += extractor_chunk
        chunk_ratios.append(tokenizer_chunk / extractor_chunk)
    tokenizer_rate, extractor_rate = len(papers) / tokenizer_time, len(papers) / extractor_time
    print(f"papers: {len(papers)}")
    print(f"tokenizer only: {tokenizer_rate:8.1f} docs/s")
    print(f"extractor:      {extractor_rate:8.1f} docs/s")
    print(f"ratio:          {extractor_rate / tokenizer_rate:8.3f} (required >= 0.5)")
    print(f"median chunk ratio: {statistics.median(chunk_ratios):.3f}")


if __name__ == "__main__":
    main()
