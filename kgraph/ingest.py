"""Read paper abstracts from files: the ``ingest`` stage of kgraph.

Formats (``fmt``): ``daily`` (a Hugging Face Daily Papers page saved as
text), ``jsonl`` (one JSON object a line), ``json`` (one JSON array of such
objects), ``csv`` (or TSV) and ``atom`` (arXiv API feed). The format is taken
from the extension, else sniffed from the head of the content; ``.gz`` files
(detected by their magic bytes) are decompressed on the fly. Files are read
as a stream, line by line, except ``json`` arrays, which are read whole
(use JSON Lines for big corpora).

Example: ``for paper in read_papers(["page.txt", "more.jsonl.gz"], on_bad=print): ...``
"""

import contextlib
import gzip
import os
import re
import sys
import zlib

from kgraph.errors import InputError
from kgraph.ingest_formats import parse_atom, parse_csv, parse_daily, parse_json, parse_jsonl
from kgraph.ingest_records import MAX_LINE_BYTES, paper_id
from kgraph.models import BadRecord, Paper

__all__ = ["FORMATS", "read_papers", "detect_format", "paper_id", "parse_daily", "parse_jsonl",
           "parse_json", "parse_csv", "parse_atom"]

FORMATS = ("daily", "jsonl", "json", "csv", "atom")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "csv",
               ".xml": "atom", ".atom": "atom"}
_CHUNK = 1 << 16


def read_papers(paths, fmt=None, strict=False, on_bad=None):
    """Stream the Papers of all ``paths`` in order, each paper id once (the first wins).

    ``fmt`` forces one format for all files (see :data:`FORMATS`); ``"-"``
    reads standard input. Every unreadable record is passed to
    ``on_bad(BadRecord)`` and skipped; with ``strict=True`` the first one
    raises :class:`InputError` instead. A path that cannot be opened raises
    :class:`InputError`.
    """
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r}; use one of {', '.join(FORMATS)}")
    paths = [os.fspath(p) for p in ([paths] if isinstance(paths, (str, os.PathLike)) else paths)]
    for path in paths:  # fail before reading anything if one path cannot be opened
        with _open(path):
            pass
    seen = set()
    for path in paths:
        for item in _read_file(path, fmt):
            if isinstance(item, BadRecord):
                if strict:
                    raise InputError(str(item))
                if on_bad is not None:
                    on_bad(item)
            elif item.id not in seen:
                seen.add(item.id)
                yield item


def detect_format(path, head):
    """The format of a file from its name (``.gz`` ignored), else from its first bytes.

    >>> detect_format("papers.jsonl.gz", b""), detect_format("page.txt", b"<?xml ...")
    ('jsonl', 'atom')
    """
    name = re.sub(r"\.gz$", "", str(path).lower())
    start = (head.decode("utf-8", "replace") if isinstance(head, bytes) else head).lstrip("\ufeff \t\r\n")
    extension = os.path.splitext(name)[1]
    if extension in _EXTENSIONS:
        return _EXTENSIONS[extension]
    if start.startswith("["):
        return "json"
    if start.startswith("{") or extension == ".json":
        return "jsonl"
    if start.startswith("<"):
        return "atom"
    header = start.partition("\n")[0].casefold()
    if "title" in header and re.search(r"abstract|summary", header) and re.search(r"[,\t]", header):
        return "csv"
    return "daily"


def _read_file(path, fmt):
    """Papers and BadRecords of one file, including read errors and empty files."""
    guard, papers, records = _Guard(), 0, 0
    with _open(path) as stream:
        head = guard.head(stream)
        fmt = fmt or detect_format(path, head)
        for item in _parse(fmt, stream, guard, path):
            papers += isinstance(item, Paper)
            records += 1
            yield item
    if guard.error is not None:
        what = "truncated gzip stream" if isinstance(guard.error, EOFError) else f"read error ({guard.error})"
        yield BadRecord(path, "end of file", f"{what} after {papers} records; the records before it were kept")
    elif records == 0:
        yield BadRecord(path, "file", "empty file" if not head.strip() else f"no papers found ({fmt} format)")


def _parse(fmt, stream, guard, path):
    if fmt == "atom":
        return parse_atom(guard.wrap(iter(lambda: stream.read(_CHUNK), b"")), path)
    if fmt == "json":
        return parse_json(b"".join(guard.wrap(iter(lambda: stream.read(_CHUNK), b""))), path)
    parse = {"daily": parse_daily, "jsonl": parse_jsonl, "csv": parse_csv}[fmt]
    return parse(guard.wrap(_lines(stream)), path)


@contextlib.contextmanager
def _open(path):
    """The file's content as a binary stream with ``peek``, gunzipped if it is gzip data."""
    if path == "-":
        stream = contextlib.nullcontext(sys.stdin.buffer)
    else:
        try:
            stream = open(path, "rb")
        except OSError as err:
            raise InputError(f"cannot open input {path}: {err.strerror or err}") from None
    with stream as raw:
        if raw.peek(2)[:2] != b"\x1f\x8b":
            yield raw
            return
        with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
            yield unzipped


def _lines(stream):
    """Binary lines; a line over MAX_LINE_BYTES is cut there (the parsers report it)."""
    while line := stream.readline(MAX_LINE_BYTES + 1):
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
        yield line


class _Guard:
    """Wraps a reading iterator so that a read error ends it and is kept in ``error``."""

    def __init__(self):
        self.error = None

    def wrap(self, iterator):
        """Yield from ``iterator`` until it ends or fails (truncated or corrupt gzip, I/O error)."""
        try:
            yield from iterator
        except (EOFError, OSError, zlib.error) as err:
            self.error = err

    def head(self, stream):
        """The first bytes of ``stream``, not consumed (``b""`` if reading fails)."""
        return b"".join(self.wrap(map(stream.peek, [_CHUNK])))
