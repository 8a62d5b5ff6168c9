"""Shared fixtures: the sample page built once per test session, and the extractor on a fixture lexicon."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "daily-papers-sample.txt"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory):
    """Path of an embedded store built from the shipped Daily Papers sample."""
    from kgraph.pipeline import build

    db = tmp_path_factory.mktemp("sample") / "kgraph.db"
    build([str(SAMPLE)], str(db))
    return db


@pytest.fixture(scope="session")
def extractor():
    """An Extractor on the small fixture lexicon and stop names of tests/data/extract."""
    from kgraph.extract import Extractor

    data = ROOT / "tests" / "data" / "extract"
    return Extractor(data / "lexicon.tsv", data / "stopnames.txt")
