"""Benchmark the HTML view on a synthetic graph (default 5,000 nodes, 15,000 edges).

Prints the HTML generation time (render_html, layout included) and the
time-to-interactive in headless Chromium: the page's own ``kgraphView.readyAt``
(ms from navigation start until the graph is drawn and takes input), for the
default page (which starts from the top START_LIMIT nodes) and for a page that
shows every node at once. Targets: both under 5 s.

Usage:
  python scripts/bench_view.py [--nodes N] [--edges M] [--runs R] [--keep DIR]

Needs /usr/bin/chromium, /usr/bin/chromedriver and selenium for the browser part.
"""

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

from kgraph.models import ENTITY_TYPES, RELATION_TYPES
from kgraph.render import render_html

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WORDS = "low rank sparse adaptive gradient memory efficient neural graph attention robust fast".split()


def synthetic_graph(nodes, edges, seed=7):
    """A kgraph-schema graph: a quarter papers, the rest entities; Zipf-like entity popularity."""
    rng = random.Random(seed)
    papers = nodes // 4
    entities = nodes - papers
    graph = nx.MultiDiGraph()
    for i in range(papers):
        title = " ".join(rng.choices(WORDS, k=8)).capitalize()
        graph.add_node(f"paper:{i}", kind="Paper", id=str(i), title=title, url=f"https://arxiv.org/abs/{i}",
                       date=f"2024-{1 + i % 12:02d}-01", abstract=title * 10)
    weights = [1 / (k + 1) for k in range(entities)]
    for k in range(entities):
        name = f"{rng.choice(WORDS)}-{k}"
        graph.add_node(f"entity:e{k}", kind="Entity", key=f"e{k}", name=name, type=ENTITY_TYPES[k % 5],
                       aliases=[name.upper()], paper_count=1 + int(50 * weights[k]))
    targets = rng.choices(range(entities), weights=weights, k=edges)
    for j, k in enumerate(targets):
        rel = RELATION_TYPES[j % len(RELATION_TYPES)]
        pid = str(j % papers if j < papers else rng.randrange(papers))
        graph.add_edge(f"paper:{pid}", f"entity:e{k}", key=f"{rel}:{j}", type=rel, paper=pid,
                       evidence=f"Sentence {j} about {rel.lower()}.")
    return graph


def time_render(graph, runs, **kwargs):
    best, html = None, ""
    for _ in range(runs):
        start = time.perf_counter()
        html = render_html(graph, title="bench", **kwargs)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, html


def time_to_interactive(paths, runs):
    """{path: [readyAt ms per run]} in one headless Chromium."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,900"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        results = {}
        for path in paths:
            results[path] = []
            for _ in range(runs):
                driver.get("about:blank")
                driver.get(path.as_uri())
                WebDriverWait(driver, 120, poll_frequency=0.05).until(
                    lambda d: d.execute_script("return document.body.dataset.ready") == "1")
                results[path].append(driver.execute_script(
                    "return [kgraphView.readyAt, kgraphView.counts()]"))
        return results
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=15000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="Write the pages here instead of a temporary folder.")
    args = parser.parse_args()
    graph = synthetic_graph(args.nodes, args.edges)
    print(f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kgraph-bench-view-"))
    folder.mkdir(parents=True, exist_ok=True)
    pages = {}
    for label, kwargs in (("default", {}), ("all nodes", {"start_limit": args.nodes})):
        seconds, html = time_render(graph, args.runs, **kwargs)
        path = folder / f"bench-{label.replace(' ', '-')}.html"
        path.write_text(html, encoding="utf-8")
        pages[path] = label
        print(f"HTML generation ({label}): {seconds:.2f} s (best of {args.runs}), {len(html) / 1e6:.1f} MB")
    for path, runs in time_to_interactive(list(pages), args.runs).items():
        times = [ms for ms, _ in runs]
        shown = runs[0][1]
        print(f"time to interactive ({pages[path]}, {shown[0]} nodes / {shown[1]} edges shown): "
              f"best {min(times) / 1000:.2f} s, worst {max(times) / 1000:.2f} s over {len(times)} loads")


if __name__ == "__main__":
    main()
