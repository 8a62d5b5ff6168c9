"""Benchmark: build the embedded store from the arXiv corpus, then time `kgraph query`.

Runs the real CLI in subprocesses, as a user would, and prints:
- wall time and peak memory (RSS summed over the process tree, sampled
  every 50 ms) of `kgraph build --jobs 2` over the corpus;
- the wall time of every named query as a fresh `kgraph query` process
  (interpreter start included), best and worst of 3 runs.

Usage:
  python scripts/bench_build.py [--corpus PATH] [--limit N] [--db PATH]

Targets (issue 2): build of all 74,728 abstracts <= 180 s and <= 4 GB peak;
every `kgraph query` call <= 2 s.
"""

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/data/arxiv-cs-abstracts.jsonl.gz"


def _tree_rss(root_pid):
    """Resident memory in bytes of root_pid and all its descendants."""
    children, rss = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields["PPid"]), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def run_measured(cmd):
    """Run cmd; return (seconds, peak tree RSS in bytes, completed process)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if proc.returncode:
        sys.exit(f"failed: {' '.join(cmd)}\n{err}")
    return seconds, peak[0], out


def limited_corpus(corpus, limit, folder):
    """The first `limit` lines of the corpus as a new .jsonl file (or the corpus itself)."""
    if not limit:
        return corpus
    path = Path(folder) / f"first-{limit}.jsonl"
    with gzip.open(corpus, "rt", encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= limit:
                break
            dst.write(line)
    return path


def query_params(db):
    """A realistic parameter set per named query: the top entity of the needed type."""
    def top(kind):
        out = subprocess.run(["kgraph", "query", "top_entities", "--db", db, "--param", f"type={kind}",
                              "--param", "limit=1", "--json"], capture_output=True, text=True, check=True)
        return json.loads(out.stdout)[0]["entity"]

    names = {kind: top(kind) for kind in ("METHOD", "DATASET")}
    infos = json.loads(subprocess.run(["kgraph", "queries", "--json"], capture_output=True,
                                      text=True, check=True).stdout)
    plans = []
    for info in infos:
        params = []
        for param in info["params"]:
            name = param["name"]
            value = {"type": "METHOD", "limit": "10", "dataset": names["DATASET"]}.get(name, names["METHOD"])
            params += ["--param", f"{name}={value}"]
        plans.append((info["name"], params))
    return plans


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=0, help="only the first N abstracts")
    parser.add_argument("--db", help="store path (default: a temporary file)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or os.path.join(tmp, "bench.db")
        corpus = limited_corpus(args.corpus, args.limit, tmp)
        seconds, peak, out = run_measured(["kgraph", "build", "--quiet", "--jobs", str(args.jobs),
                                           str(corpus), "--db", db, "--json"])
        stats = json.loads(out)
        print(f"build: {stats['papers_total']} papers, {stats['entities_total']} entities, "
              f"{stats['relations_added']} relations in {seconds:.1f} s "
              f"({stats['papers_total'] / seconds:.0f} papers/s), peak RSS {peak / 2**30:.2f} GiB, "
              f"store {os.path.getsize(db) / 2**20:.0f} MiB")
        print("| query | best s | worst s |\n|---|---|---|")
        for name, params in query_params(db):
            times = [run_measured(["kgraph", "query", name, "--db", db, *params])[0] for _ in range(3)]
            print(f"| {name} | {min(times):.2f} | {max(times):.2f} |")


if __name__ == "__main__":
    main()
