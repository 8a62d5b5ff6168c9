#!/usr/bin/env python3
"""Benchmark the Neo4j store on the arXiv corpus: load speed, end to end build, query latency.

Needs a server in NEO4J_URI etc. (e.g. `KGRAPH_NEO4J_HEAP=2g KGRAPH_NEO4J_PAGECACHE=1g
scripts/neo4j start && eval "$(scripts/neo4j env)"`). The database is wiped: use a scratch one.

1. End to end: read, extract (kgraph.pipeline.extract_inputs, --jobs) and write
   (Neo4jStore.add) every abstract, streaming, on an empty database.
2. Query latency: p50/p95 of every named query (run_query: name resolution plus the query),
   --runs runs each, parameters cycling over the top entities of the fitting types. Measured
   right after the load (server still busy, caches cold); `--queries-only` measures it again on
   the loaded graph, as a user's later session would see it.
3. Loaders on the same rows: the rows of the first --subset papers (an embedded store built from
   their extractions) loaded one statement per row in autocommit transactions (session.run per
   row, the tutorial way), then with the batched loader (push_embedded) on an empty database;
   then the batched loader on the whole graph (relationships/s). The per-row loader is measured
   on the subset only and compared per row.
"""
import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kgraph.models import ENTITY_TYPES  # noqa: E402
from kgraph.neo4j_load import statements, to_params  # noqa: E402
from kgraph.neo4j_store import Neo4jStore  # noqa: E402
from kgraph.pipeline import extract_inputs  # noqa: E402
from kgraph.query import list_queries, run_query  # noqa: E402
from kgraph.store import EmbeddedStore  # noqa: E402

CORPUS = "/work/shared/data/arxiv-cs-abstracts.jsonl.gz"
ENTITY_PARAM_TYPES = {"dataset": ("DATASET",), "method": ("METHOD", "MODEL"), "entity": ENTITY_TYPES}


def wipe(store):
    """Delete everything, in chunks (a single DETACH DELETE of a big graph needs a big heap)."""
    with store.driver.session(database=store.settings.database) as session:
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def end_to_end(store, path, jobs, limit):
    wipe(store)
    kept = []

    def feed():
        for item in itertools.islice(extract_inputs([path], jobs=jobs), limit):
            kept.append(item)
            yield item

    began = time.perf_counter()
    stats = store.add(feed())
    elapsed = time.perf_counter() - began
    print(f"end to end (read + extract with jobs={jobs} + resolve + write): {len(kept)} papers in "
          f"{elapsed:.1f} s ({len(kept) / elapsed:.0f} papers/s); {stats.load.nodes_created} nodes, "
          f"{stats.load.relationships_created} relationships created")
    return kept


def write_only(store, extractions):
    wipe(store)
    began = time.perf_counter()
    stats = store.add(extractions)
    elapsed = time.perf_counter() - began
    print(f"write only (Neo4jStore.add of the extractions: resolve + write): {elapsed:.1f} s, "
          f"{stats.load.relationships_created / elapsed:,.0f} relationships/s")


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def query_latency(store, runs):
    print(f"named query latency over {runs} runs each (ms, run_query = resolve + query):")
    top = {}
    for type_ in ENTITY_TYPES:
        top[type_] = [row[0] for row in run_query(store, "top_entities", {"type": type_, "limit": "20"}).rows]
    for info in list_queries():
        choices = []
        for param, (kind, _default) in info.kinds.items():
            if kind == "entity":
                names = [n for t in ENTITY_PARAM_TYPES[param] for n in top[t]]
                choices.append([(param, n) for n in sorted(set(names), key=names.index)])
            elif kind == "type":
                choices.append([(param, t) for t in (*ENTITY_TYPES, "ANY")])
        sets = [dict(c) for c in itertools.product(*choices)] or [{}]
        times, rows = [], 0
        run_query(store, info.name, sets[0])
        for params in itertools.islice(itertools.cycle(sets), runs):
            began = time.perf_counter()
            rows += len(run_query(store, info.name, params).rows)
            times.append((time.perf_counter() - began) * 1000)
        print(f"  {info.name:20s} p50 {statistics.median(times):6.1f}  p95 {percentile(times, 0.95):6.1f}  "
              f"max {max(times):6.1f}  (mean rows {rows / runs:.1f})")


def per_row_load(store, embedded):
    """The tutorial loader: one autocommit statement (session.run) per row."""
    wipe(store)
    rows = 0
    began = time.perf_counter()
    with store.driver.session(database=store.settings.database) as session:
        for table, batch in embedded.export_rows():
            for statement, params in statements(table, to_params(table, batch)):
                for row in params:
                    session.run(statement, rows=[row]).consume()
                    rows += 1
    return rows, time.perf_counter() - began


def batched_load(store, embedded):
    wipe(store)
    began = time.perf_counter()
    stats = store.push_embedded(embedded)
    return stats, time.perf_counter() - began


def loaders(store, extractions, subset):
    with tempfile.TemporaryDirectory() as tmp:
        small, full = Path(tmp, "subset.db"), Path(tmp, "full.db")
        for path, items in ((small, extractions[:subset]), (full, extractions)):
            with EmbeddedStore.open(path, create=True) as embedded:
                embedded.add(items)
        with EmbeddedStore.open(small) as embedded:
            rows, slow = per_row_load(store, embedded)
            stats, fast = batched_load(store, embedded)
        print(f"per-row loader, first {subset} papers: {rows} rows in {slow:.1f} s "
              f"({rows / slow:,.0f} rows/s)")
        print(f"batched loader, same rows: {stats.rows} rows in {fast:.2f} s ({stats.rows / fast:,.0f} rows/s): "
              f"{slow / fast:.0f}x faster")
        with EmbeddedStore.open(full) as embedded:
            stats, elapsed = batched_load(store, embedded)
        print(f"batched loader, whole graph: {stats.rows:,} rows, {stats.nodes_created:,} nodes and "
              f"{stats.relationships_created:,} relationships in {elapsed:.1f} s: "
              f"{stats.rows / elapsed:,.0f} rows/s, {stats.relationships_created / elapsed:,.0f} relationships/s; "
              f"per row {(stats.rows / elapsed) / (rows / slow):.0f}x the per-row loader")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N papers")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--subset", type=int, default=300, help="papers for the per-row loader")
    parser.add_argument("--queries-only", action="store_true",
                        help="only the query latency, on the graph already loaded (a warm server)")
    args = parser.parse_args()
    if not os.environ.get("NEO4J_URI"):
        sys.exit("set NEO4J_URI etc. first: eval \"$(scripts/neo4j env)\"")
    with Neo4jStore.open() as store:
        if args.queries_only:
            query_latency(store, args.runs)
            return
        extractions = end_to_end(store, args.input, args.jobs, args.limit)
        query_latency(store, args.runs)
        write_only(store, extractions)
        loaders(store, extractions, args.subset)


if __name__ == "__main__":
    main()
