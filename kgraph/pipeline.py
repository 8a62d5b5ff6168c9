"""Wiring of the stages: ingest -> extract -> store.

The CLI calls these functions; they hold no formatting. ``progress`` is a
callable taking the number of papers just read (the CLI passes a progress
bar's ``update``).
"""

import os

from .errors import InputError
from .ingest import read_papers
from .neo4j_store import Neo4jStore
from .store import EmbeddedStore


class _Feed:
    """Counts papers read and papers skipped as already stored."""

    def __init__(self, papers, skip_ids, progress):
        self.papers, self.skip_ids, self.progress = papers, skip_ids, progress
        self.read = self.skipped = 0

    def __iter__(self):
        for paper in self.papers:
            self.read += 1
            if self.progress:
                self.progress(1)
            if paper.id in self.skip_ids:
                self.skipped += 1
                continue
            yield paper


def _extract(feed, jobs, min_confidence):
    from .extract import Extractor

    for item in Extractor().extract_many(feed, n_process=jobs):
        yield item.confident(min_confidence) if min_confidence else item
    if feed.read == 0:
        raise InputError("no paper could be read from the input")


def extract_inputs(paths, fmt=None, strict=False, on_bad=None, jobs=1, progress=None, min_confidence=0.0):
    """Yield a PaperExtraction for every readable paper of ``paths``.

    With ``min_confidence``, each keeps only the entities of that confidence or more, and the relations to
    them (:meth:`~kgraph.models.PaperExtraction.confident`). Raises InputError when no paper at all could be read.

    >>> for x in extract_inputs(["papers.jsonl"]):  # doctest: +SKIP
    ...     print(x.paper.id, [e.name for e in x.entities])
    """
    feed = _Feed(read_papers(paths, fmt=fmt, strict=strict, on_bad=on_bad), (), progress)
    return _extract(feed, jobs, min_confidence)


def build(paths, db_path, fmt=None, strict=False, on_bad=None, jobs=1, progress=None, min_confidence=0.0):
    """Extract ``paths`` into the embedded store at ``db_path``; return its BuildStats.

    Papers already in the store are skipped before extraction, so building
    again with the same input changes nothing and costs little.
    """
    with EmbeddedStore.open(db_path, create=True) as store:
        papers = read_papers(paths, fmt=fmt, strict=strict, on_bad=on_bad)
        feed = _Feed(papers, store.paper_ids(), progress)
        stats = store.add(_extract(feed, jobs, min_confidence))
        stats.papers_unchanged += feed.skipped
        return stats


def evaluate_inputs(gold_path, input_paths, fmt=None, min_confidence=0.0):
    """Extract ``input_paths`` and score the result against the gold file.

    The gold file is in the ``kgraph extract`` format; it can be its own
    input when its records carry an ``abstract``. ``min_confidence`` scores
    the high-precision view that ``kgraph extract/build --min-confidence`` give.
    """
    from .evaluate import load_jsonl, score

    gold = load_jsonl(gold_path)
    predicted = [item.to_json() for item in extract_inputs(input_paths, fmt, min_confidence=min_confidence)]
    return score(gold, predicted)


def evaluate_predictions(gold_path, predicted_path, paired_only=False):
    """Score a file of ready predictions (``kgraph extract`` format) against the gold file.

    Used to compare another tool's output, or a second annotator's work
    (inter-annotator agreement, with ``paired_only`` when it covers part of
    the gold papers), with the gold file.
    """
    from .evaluate import load_jsonl, score

    return score(load_jsonl(gold_path), load_jsonl(predicted_path), paired_only)


def build_neo4j(paths, settings, fmt=None, strict=False, on_bad=None, jobs=1, progress=None, min_confidence=0.0):
    """Extract ``paths`` into the Neo4j server of ``settings``; return its Neo4jBuildStats."""
    with Neo4jStore.open(settings) as store:
        return store.add(extract_inputs(paths, fmt, strict, on_bad, jobs, progress, min_confidence))


def push(db_path, settings, progress=None):
    """Copy the embedded store at ``db_path`` into Neo4j; return the LoadStats (re-runs create nothing)."""
    with EmbeddedStore.open(db_path) as embedded, Neo4jStore.open(settings) as store:
        return store.push_embedded(embedded, progress)


def open_store(db_path, settings):
    """The store a read command uses: Neo4j when ``settings`` has a URI and no --db was given."""
    if db_path is None and settings.configured():
        return Neo4jStore.open(settings)
    return EmbeddedStore.open(db_path or default_db())


def default_db():
    """The embedded store path: $KGRAPH_DB, else ./kgraph.db."""
    return os.environ.get("KGRAPH_DB") or "kgraph.db"
