"""Loading of the packaged NLP data files (lexicon, stop names, cue lists).

Files live in ``kgraph/nlp/data`` and are read through importlib.resources so
they work from an installed package. Every loader also accepts an explicit
path so tests can run on small fixtures.

Several pipeline components read the same packaged file (the lexicon matcher
and the shape finder both want the lexicon; six components want the cues), so
each packaged file is read and parsed once per process and kept. What the
readers return is immutable (tuples, frozensets, read-only mappings), so no
caller can change the kept copy under the others. Explicit paths are read
afresh on every call.
"""

import csv
import functools
import json
from importlib.resources import files
from types import MappingProxyType

from kgraph.errors import InputError
from kgraph.models import ENTITY_TYPES

def data_path(name):
    """The packaged data file ``name`` (a Traversable; may not exist)."""
    return files("kgraph.nlp") / "data" / name


def read_lexicon(path=None):
    """Lexicon rows ``(name, type, aliases)`` from a TSV file, as a tuple.

    The file has a header ``name<TAB>type<TAB>aliases<TAB>source``; aliases
    are ``|``-separated. ``path=None`` reads the packaged ``lexicon.tsv``
    (once per process) and gives ``()`` when it is not there yet.
    """
    return _read(path, "lexicon.tsv", _lexicon_file, (), "lexicon")


def _lexicon_file(source):
    with open(source, encoding="utf-8", newline="") as handle:
        return tuple(parse_lexicon(handle))


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
    """Lower-case vague phrases that are never entities (packaged ``stopnames.txt``, read once, by default)."""
    return _read(path, "stopnames.txt", _stopnames_file, frozenset(), "stop-name")


def _stopnames_file(source):
    with open(source, encoding="utf-8") as handle:
        return frozenset(line.strip().lower() for line in handle if line.strip() and not line.startswith("#"))


def _read(path, name, parse, missing, what):
    """``parse(path)``; without a path, the packaged file ``name`` parsed once per process (``missing`` when it is
    not there yet, as before the lexicon is built). A given path that does not exist is an InputError."""
    if path is None:
        return _packaged(name, parse, missing)
    try:
        return parse(path)
    except FileNotFoundError:
        raise InputError(f"{what} file not found: {path}") from None


@functools.cache
def _packaged(name, parse, missing):
    try:
        return parse(data_path(name))
    except FileNotFoundError:
        return missing


@functools.cache
def read_cues():
    """The packaged cue lists (``cues.json``): head nouns and relation cue patterns.

    Read once per process; JSON objects come back as read-only mappings and
    arrays as tuples.
    """
    with data_path("cues.json").open(encoding="utf-8") as handle:
        return _frozen(json.load(handle))


def _frozen(value):
    """``value`` (parsed JSON) with every dict made a read-only mapping and every list a tuple.

    >>> _frozen({"heads": ["model", "network"]})["heads"]
    ('model', 'network')
    """
    if isinstance(value, dict):
        return MappingProxyType({key: _frozen(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    return value
