"""Shared fixtures: the sample page built once per test session."""

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
