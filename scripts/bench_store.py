"""Benchmark the embedded store alone on synthetic extractions shaped like the corpus.

Builds a store from N synthetic PaperExtractions (default 75,000 papers,
~10 entities each drawn from a Zipf-like pool of 150,000 names, ~10
relations each, ~1,200-character abstracts), then prints the build time,
peak RSS, database size, and the wall time of every named query run as a
fresh `kgraph query` process (interpreter start included; best and worst of
3), on the most frequent entity of the right type (the worst case).

Usage:
  python scripts/bench_store.py [--papers N] [--pool N] [--db PATH]

Target: every `kgraph query` call <= 2 s.
"""

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

from kgraph.models import ENTITY_TYPES, RELATION_TYPES, Entity, Paper, PaperExtraction, Relation
from kgraph.query import list_queries
from kgraph.store import EmbeddedStore

WORDS = "low rank sparse adaptive gradient memory efficient neural graph attention robust fast".split()
ENTITY_PARAMS = {"dataset": "DATASET", "method": "METHOD", "entity": "METHOD"}


def name_pool(size, rng):
    """(name, type, aliases) triples; every fifth name has a long-form alias."""
    pool = []
    for i in range(size):
        name = f"{rng.choice(WORDS).title()}{'Net' if i % 3 else '-Bench'}-{i}"
        aliases = [f"{' '.join(rng.sample(WORDS, 3))} {i}"] if i % 5 == 0 else []
        pool.append((name, ENTITY_TYPES[i % len(ENTITY_TYPES)], aliases))
    return pool


def synthetic(papers, pool_size, seed=7):
    """Yield ``papers`` synthetic PaperExtractions (a stream: nothing is kept)."""
    rng = random.Random(seed)
    pool = name_pool(pool_size, rng)
    weights = [1 / (rank + 1) ** 1.05 for rank in range(pool_size)]
    cumulative = [0.0] * pool_size
    total = 0.0
    for i, w in enumerate(weights):
        total += w
        cumulative[i] = total
    for n in range(papers):
        chosen = {pool[i][0]: pool[i] for i in rng.choices(range(pool_size), cum_weights=cumulative, k=10)}
        sentences = [f"Sentence {k} about {name} with {' '.join(rng.choices(WORDS, k=18))}."
                     for k, name in enumerate(chosen)]
        abstract = " ".join(sentences)
        relations, pos = [], 0
        for sentence, (name, _type, _aliases) in zip(sentences, chosen.values()):
            start = abstract.index(sentence, pos)
            pos = start + len(sentence)
            relations.append(Relation(rng.choice(RELATION_TYPES), name, sentence, start, pos, 0.8))
        paper = Paper(f"bench.{n:06d}", f"Synthetic paper {n}", abstract, date=f"20{10 + n % 15}-01-01")
        yield PaperExtraction(paper, [Entity(*item) for item in chosen.values()], relations)


def top_of_type(db, type_):
    with EmbeddedStore.open(db) as store:
        return store.sql("SELECT name FROM entities WHERE type = ? ORDER BY paper_count DESC LIMIT 1", (type_,))[0][0]


def time_query(db, name, params, runs=3):
    """(best, worst) seconds of a fresh `kgraph query` process (errors included)."""
    args = [sys.executable, "-c", "import sys; from kgraph.cli import main; main(sys.argv[1:])",
            "query", name, "--db", db]
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times), max(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=75_000)
    parser.add_argument("--pool", type=int, default=150_000)
    parser.add_argument("--db", default=os.path.join(tempfile.mkdtemp(), "bench.db"))
    args = parser.parse_args()
    if os.path.exists(args.db):
        sys.exit(f"{args.db} exists: pass a new path")
    start = time.perf_counter()
    with EmbeddedStore.open(args.db, create=True) as store:
        stats = store.add(synthetic(args.papers, args.pool))
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"build: {stats.papers_added} papers, {stats.entities_total} entities, {stats.relations_added} relations "
          f"in {elapsed:.1f} s (synthetic generation included); peak RSS {peak:.0f} MB; "
          f"db {os.path.getsize(args.db) / 2**20:.0f} MB ({args.db})")
    start = time.perf_counter()
    with EmbeddedStore.open(args.db, create=True) as store:
        again = store.add(synthetic(args.papers, args.pool))
    print(f"rebuild with the same input: {again.papers_added} added, {again.papers_unchanged} unchanged "
          f"in {time.perf_counter() - start:.1f} s")
    for query in list_queries():
        params = {p: top_of_type(args.db, ENTITY_PARAMS[p]) for p, (kind, _) in query.kinds.items() if kind == "entity"}
        best, worst = time_query(args.db, query.name, params)
        print(f"query {query.name:20} {params}: best {best:.2f} s, worst {worst:.2f} s")
    typo = top_of_type(args.db, "METHOD")[:-1] + "x"
    best, worst = time_query(args.db, "baselines_of", {"method": typo})
    print(f"unknown name {typo!r} (close-match suggestions): best {best:.2f} s, worst {worst:.2f} s")


if __name__ == "__main__":
    main()
