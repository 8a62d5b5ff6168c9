"""Shared fixtures: the sample page built once per test session, the extractor on a fixture lexicon or on the
packaged data, and the anchor words the lexicon matcher records."""

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


@pytest.fixture(scope="session")
def packaged_extractor():
    """An Extractor on the packaged lexicon and stop names, built once (building one takes about 0.6 s)."""
    from kgraph.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def anchors():
    """``anchors(text, kind)``: the places of the packaged ``anchors`` words of ``kind`` in ``text``, as the
    lexicon matcher records them in the state (``[(start, end)]``)."""
    import spacy

    from kgraph.nlp.lexicon import LexiconMatcher
    from kgraph.nlp.resources import read_cues
    from kgraph.nlp.state import TextKeepingTokenizer, state

    nlp = spacy.blank("en")
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    matcher = LexiconMatcher(nlp, [], {}, {}, read_cues()["anchors"])
    return lambda text, kind: state(matcher(nlp(text)))["anchors"].get(kind, [])
