"""Pure parsers for the input formats of ``kgraph ingest``.

Each parser takes an iterable of lines (``str`` or undecoded ``bytes``; Atom
takes chunks, JSON arrays the whole text) and a path used only in reports,
and yields :class:`Paper` objects and :class:`BadRecord` reports in input
order. No file is opened here, so every format is testable on literals;
:mod:`kgraph.ingest` adds files, gzip, format detection and de-duplication.

>>> [p.title for p in parse_jsonl(['{"title": "T", "abstract": "A"}'], "x")]
['T']
"""

import csv
import itertools
import json
import re
import xml.etree.ElementTree as ET

from kgraph.ingest_records import decode, make_paper, text_lines
from kgraph.models import BadRecord

TITLE_MAX_CHARS = 250  # daily pages: a title is one line shorter than this,
ABSTRACT_MIN_WORDS = 12  # followed by a longer paragraph of at least this many words
ABSTRACT_MIN_CHARS = 250  # that is this long or ends a sentence

_CSV_COLUMNS = {"title": "title", "abstract": "abstract", "summary": "abstract", "id": "id",
                "url": "url", "link": "url", "date": "date", "published": "date",
                "authors": "authors", "author": "authors", "categories": "categories",
                "category": "categories"}
_DECLARATION_RE = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.I)


def parse_daily(lines, path):
    """Papers from a Hugging Face "Daily Papers" page saved as text.

    A paper is a single short line (the title), a blank line, then a
    paragraph (the abstract): longer than the title, at least
    ABSTRACT_MIN_WORDS words, and either ABSTRACT_MIN_CHARS long or ending a
    sentence, so short abstracts are kept. Short blocks not followed by such
    a paragraph are page chrome ("Subscribe", "Aug 4", ...) and are skipped
    silently; a paragraph without a title line before it is reported.
    """
    title = None
    for item in _blocks(lines, path):
        if isinstance(item, BadRecord):
            yield item
            continue
        start, block = item
        text = " ".join(block)
        if title and _is_abstract(text, title[1]):
            yield make_paper({"title": title[1], "abstract": text}, path, f"line {title[0]}")
            title = None
        elif len(block) == 1 and len(text) < TITLE_MAX_CHARS:
            title = (start, text)
        else:
            title = None
            yield BadRecord(path, f"line {start}", "paragraph without a title line before it; skipped")


def _is_abstract(text, title):
    """Whether a paragraph after a title line reads as that title's abstract."""
    long_enough = len(text) >= ABSTRACT_MIN_CHARS or text.endswith((".", "!", "?"))
    return len(text) > len(title) and len(text.split()) >= ABSTRACT_MIN_WORDS and long_enough


def _blocks(lines, path):
    """BadRecords and (first line number, stripped lines) of each run of non-blank lines."""
    block, start = [], 0
    for number, text, bad in text_lines(lines, path):
        if bad:
            yield bad
        if text and text.strip():
            start = start if block else number
            block.append(text.strip())
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


def parse_jsonl(lines, path):
    """Papers from JSON Lines: one object a line, blank lines ignored."""
    for number, text, bad in text_lines(lines, path):
        if bad:
            yield bad
        if text is None or not text.strip():
            continue
        location = f"line {number}"
        try:
            record = json.loads(text)
        except json.JSONDecodeError as err:
            yield BadRecord(path, location, f"invalid JSON: {err.msg} at column {err.colno}")
            continue
        yield _from_json(record, path, location)


def parse_json(text, path):
    """Papers from one JSON array of objects (the whole text, ``str`` or ``bytes``).

    Elements are decoded one at a time, so a broken or truncated element
    loses only itself and what follows; the elements before it are kept.
    """
    text, bad = decode(text, path, "file")
    if bad:
        yield bad
    text = text.lstrip("\ufeff")
    decoder, gap = json.JSONDecoder(), re.compile(r"\s*,?\s*")
    pos = len(text) - len(text.lstrip())
    if text[pos:pos + 1] != "[":
        yield BadRecord(path, "file", "not a JSON array; use JSON Lines for one object a line")
        return
    pos, number = pos + 1, 0
    while (pos := gap.match(text, pos).end()) < len(text) and text[pos] != "]":
        number += 1
        try:
            record, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as err:
            yield BadRecord(path, f"record {number}", f"invalid JSON at line {err.lineno} column "
                                                      f"{err.colno}: {err.msg}; rest of file skipped")
            return
        yield _from_json(record, path, f"record {number}")
    if pos >= len(text):
        yield BadRecord(path, "end of file", "JSON array not closed (truncated file?)")


def _from_json(record, path, location):
    if isinstance(record, dict):
        return make_paper(record, path, location)
    return BadRecord(path, location, f"JSON {type(record).__name__} is not an object")


def parse_csv(lines, path):
    """Papers from CSV (or TSV, if the header has more tabs than commas).

    Header names are matched case-insensitively: title, abstract (or
    summary), and optionally id, url, date, authors, categories. A header
    without title and abstract columns is reported once and the file skipped.
    """
    source = _DecodedLines(lines, path)
    texts = iter(source)
    header = next(texts, "")
    reader = csv.reader(itertools.chain([header], texts),
                        delimiter="\t" if header.count("\t") > header.count(",") else ",")
    columns = [_CSV_COLUMNS.get(name.strip().casefold()) for name in next(reader, [])]
    yield from source.take_bad()
    if "title" not in columns or "abstract" not in columns:
        yield BadRecord(path, "line 1", "CSV header needs title and abstract columns; file skipped")
        return
    while (row := _next_row(reader)) is not None:
        yield from source.take_bad()
        if isinstance(row, csv.Error):
            yield BadRecord(path, f"line {source.line}", f"unreadable CSV row ({row}); skipped")
        elif any(field.strip() for field in row):
            record = {name: value for name, value in zip(columns, row) if name}
            yield make_paper(record, path, f"line {source.line}")
    yield from source.take_bad()


class _DecodedLines:
    """Decoded text lines for the csv module; keeps decoding reports and the line number."""

    def __init__(self, lines, path):
        self.lines, self.path, self.line, self.bad = lines, path, 0, []

    def __iter__(self):
        for self.line, text, bad in text_lines(self.lines, self.path):
            if bad:
                self.bad.append(bad)
            if text is not None:
                yield text

    def take_bad(self):
        """The reports gathered since the last call."""
        bad, self.bad = self.bad, []
        return bad


def _next_row(reader):
    """The next CSV row, the csv.Error reading it, or None at the end."""
    try:
        return next(reader, None)
    except csv.Error as err:
        return err


def parse_atom(chunks, path):
    """Papers from an arXiv API Atom feed, given as ``str`` or ``bytes`` chunks.

    Reads ``<entry>`` elements incrementally (ElementTree's pull parser, the
    engine of ``iterparse``) and frees each after use. Documents declaring a
    DOCTYPE or ENTITY are refused (entity expansion attacks). On a parse
    error, the entries before it are kept and the error position reported.
    """
    number = 0
    try:
        for event, elem in _pull(ET.XMLPullParser(("start", "end")), chunks):
            if event == "end" and elem.tag.rpartition("}")[2] == "entry":
                number += 1
                yield make_paper(_entry_record(elem), path, f"entry {number}")
                elem.clear()
    except ET.ParseError as err:
        yield BadRecord(path, f"line {err.position[0]}",
                        f"XML parse error ({err}); the {number} entries before it were kept")
    except _Refused as err:
        yield BadRecord(path, "file", str(err))


class _Refused(Exception):
    """An XML document that is not parsed at all."""


def _pull(parser, chunks):
    """(event, element) pairs from feeding ``chunks``; refuses DOCTYPE/ENTITY before the root."""
    prolog = ""
    for chunk in chunks:
        if prolog is not None:
            prolog = prolog[-16:] + (chunk.decode("latin-1") if isinstance(chunk, bytes) else chunk)
            if _DECLARATION_RE.search(prolog):
                raise _Refused("XML with DOCTYPE or ENTITY declarations is refused "
                               "(entity expansion risk); file skipped")
        parser.feed(chunk)
        for event in parser.read_events():
            prolog = None
            yield event
    parser.close()
    yield from parser.read_events()


def _entry_record(entry):
    """The raw fields of one Atom ``<entry>``, in the namespace of the entry."""
    ns = entry.tag[:entry.tag.index("}") + 1] if "}" in entry.tag else ""
    links = [link.get("href", "") for link in entry.iter(ns + "link")
             if link.get("rel", "alternate") == "alternate"]
    return {"id": entry.findtext(ns + "id"), "title": entry.findtext(ns + "title"),
            "abstract": entry.findtext(ns + "summary"), "url": links[0] if links else "",
            "date": entry.findtext(ns + "published"),
            "authors": [author.findtext(ns + "name") for author in entry.iter(ns + "author")],
            "categories": [cat.get("term") for cat in entry.iter(ns + "category")]}
