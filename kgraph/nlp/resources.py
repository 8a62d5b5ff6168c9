"""Loading of the packaged NLP data files (lexicon, stop names, cue lists).

Files live in ``kgraph/nlp/data`` and are read through importlib.resources so
they work from an installed package. Every loader also accepts an explicit
path so tests can run on small fixtures.
"""

import csv
import json
from importlib.resources import files

from kgraph.errors import InputError
from kgraph.models import ENTITY_TYPES

def data_path(name):
    """The packaged data file ``name`` (a Traversable; may not exist)."""
    return files("kgraph.nlp") / "data" / name


def read_lexicon(path=None):
    """Lexicon rows ``(name, type, aliases)`` from a TSV file.

    The file has a header ``name<TAB>type<TAB>aliases<TAB>source``; aliases
    are ``|``-separated. ``path=None`` reads the packaged ``lexicon.tsv``
    and gives ``[]`` when it is not there yet.
    """
    source = data_path("lexicon.tsv") if path is None else path
    try:
        with open(source, encoding="utf-8", newline="") as handle:
            return parse_lexicon(handle)
    except FileNotFoundError:
        if path is None:
            return []
        raise InputError(f"lexicon file not found: {path}") from None


def parse_lexicon(lines):
    """Parse lexicon TSV lines (header first) into ``(name, type, aliases)`` rows.

    >>> parse_lexicon(["name\\ttype\\taliases\\tsource", "LoRA\\tMETHOD\\tLow-Rank Adaptation\\tpwc"])
    [('LoRA', 'METHOD', ('Low-Rank Adaptation',))]
    """
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for number, fields in enumerate(reader):
        if number == 0 or len(fields) < 2 or not fields[0].strip():
            continue
        kind = fields[1].strip().upper()
        if kind not in ENTITY_TYPES:
            continue
        aliases = fields[2].split("|") if len(fields) > 2 else []
        rows.append((fields[0].strip(), kind, tuple(a.strip() for a in aliases if a.strip())))
    return rows


def read_stopnames(path=None):
    """Lower-case vague phrases that are never entities (packaged ``stopnames.txt`` by default)."""
    source = data_path("stopnames.txt") if path is None else path
    try:
        with open(source, encoding="utf-8") as handle:
            return frozenset(line.strip().lower() for line in handle if line.strip() and not line.startswith("#"))
    except FileNotFoundError:
        if path is None:
            return frozenset()
        raise InputError(f"stop-name file not found: {path}") from None


def read_cues():
    """The packaged cue lists (``cues.json``): head nouns and relation cue patterns."""
    with data_path("cues.json").open(encoding="utf-8") as handle:
        return json.load(handle)
