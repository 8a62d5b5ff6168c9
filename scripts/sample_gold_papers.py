"""Pick the abstracts of the gold annotation set, reproducibly.

Why: the gold set (tests/data/gold/arxiv-gold.jsonl) must be an unbiased
sample of the corpus, not papers chosen because the extractor does well on
them. The choice is fixed by a seed so anyone can re-draw the same papers.

Rules: lines 0..9,999 of the corpus are skipped (they serve the speed
benchmarks); a paper qualifies when its categories include cs.LG, cs.CL,
cs.AI or cs.CV; line numbers are shuffled with random.Random(2026) and
walked in that order, taking papers whose abstract has 100-300 words first,
and only if there are too few of those, other qualifying papers in the same
order.

Usage:
    python scripts/sample_gold_papers.py /work/shared/data/arxiv-cs-abstracts.jsonl.gz > picked.jsonl
"""

import argparse
import gzip
import json
import random
import sys

SEED = 2026
SKIP_LINES = 10_000
CATEGORIES = {"cs.LG", "cs.CL", "cs.AI", "cs.CV"}
MIN_WORDS, MAX_WORDS = 100, 300


def eligible(records, skip=SKIP_LINES):
    """(line number, record) pairs past ``skip`` whose categories qualify."""
    return [
        (number, record)
        for number, record in enumerate(records)
        if number >= skip and CATEGORIES & set(record.get("categories", []))
    ]


def sample(records, count, seed=SEED, skip=SKIP_LINES):
    """``count`` records drawn reproducibly, preferring 100-300-word abstracts.

    >>> recs = [{"categories": ["cs.CL"], "abstract": "w " * 150}] * 5
    >>> len(sample(recs, 2, skip=0))
    2
    """
    pool = eligible(records, skip)
    order = list(range(len(pool)))
    random.Random(seed).shuffle(order)
    in_range = [MIN_WORDS <= len(record["abstract"].split()) <= MAX_WORDS for _, record in pool]
    preferred = [i for i in order if in_range[i]]
    others = [i for i in order if not in_range[i]]
    return [pool[i][1] for i in (preferred + others)[:count]]


def read_jsonl_gz(path):
    """All records of a gzipped JSONL file, in line order."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="arxiv-cs-abstracts.jsonl.gz")
    parser.add_argument("-n", "--count", type=int, default=30)
    args = parser.parse_args(argv)
    for record in sample(read_jsonl_gz(args.corpus), args.count):
        picked = {key: record[key] for key in ("id", "title", "abstract")}
        sys.stdout.write(json.dumps(picked, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
