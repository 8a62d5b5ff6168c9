"""From raw input records to Papers: stable ids, field cleaning, limits, decoding.

Shared by the format parsers in :mod:`kgraph.ingest_formats`.
"""

import hashlib
import re

from kgraph.models import BadRecord, Paper

MAX_FIELD_CHARS = 100_000  # a title or abstract longer than this is rejected
MAX_LINE_BYTES = 10 * 2**20  # a longer line is skipped (readers cut it here)

_NEW_ID = r"\d{4}\.\d{4,5}"
_OLD_ID = r"[a-z][a-z\-]*(?:\.[a-z]{2})?/\d{7}"
_ARXIV_ID = rf"(?P<id>{_NEW_ID}|{_OLD_ID})(?:v\d+)?"
_BARE_ID_RE = re.compile(rf"(?:arxiv:)?{_ARXIV_ID}", re.I)
_URL_ID_RE = re.compile(rf"arxiv\.org/(?:abs|pdf)/{_ARXIV_ID}", re.I)
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def arxiv_id(text):
    """The version-less arXiv id that ``text`` is or links to, else ``""``.

    >>> arxiv_id("http://arxiv.org/abs/2506.24123v2"), arxiv_id("arXiv:cs/0112017")
    ('2506.24123', 'cs/0112017')
    """
    text = text.strip()
    match = _BARE_ID_RE.fullmatch(text) or _URL_ID_RE.search(text)
    return match.group("id") if match else ""


def title_key(title):
    """``"t:"`` + 16 hex digits of the SHA-1 of the casefolded title, punctuation dropped.

    >>> title_key("Attention Is All You Need!") == title_key("attention  is all you need")
    True
    """
    text = re.sub(r"[^\w\s]", "", title.casefold())
    text = " ".join(text.split())
    return "t:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def paper_id(record_id, url, title):
    """A stable id: arXiv id of the record id or url, else the record id, else the title key.

    Record ids that are arXiv ids or arXiv URLs lose their version, so
    ``2506.24123v2`` and ``http://arxiv.org/abs/2506.24123`` are one paper.
    Other record ids are kept as written.
    """
    record_id = str(record_id or "").strip()
    return (arxiv_id(record_id) or record_id or arxiv_id(str(url or ""))
            or title_key(title))


def clean(text):
    """Collapse all whitespace (newlines included) to single spaces."""
    return " ".join(text.split())


def make_paper(record, path, location):
    """A Paper from a dict of raw fields, or a BadRecord saying what is wrong.

    Accepts ``summary`` for ``abstract``; ``authors`` and ``categories`` may be
    lists or delimited strings; dates starting with YYYY-MM-DD are cut to it.
    Papers with an arXiv id and no url get the arXiv abstract page as url.
    """
    text = {}
    for name in ("title", "abstract"):
        value = record.get(name) or (record.get("summary") if name == "abstract" else None)
        if value is not None and not isinstance(value, str):
            return BadRecord(path, location, f"{name} is not a string")
        if len(value or "") > MAX_FIELD_CHARS:
            return BadRecord(path, location, f"{name} longer than {MAX_FIELD_CHARS} characters; skipped")
        text[name] = clean(value or "")
        if not text[name]:
            return BadRecord(path, location, f"missing or empty {name}")
    url = _string(record.get("url"))
    pid = paper_id(_string(record.get("id")), url, text["title"])
    if not url and arxiv_id(pid):
        url = f"https://arxiv.org/abs/{pid}"
    date = _string(record.get("date"))
    return Paper(pid, text["title"], text["abstract"], url,
                 date[:10] if _DATE_RE.match(date) else date,
                 _names(record.get("authors")), _names(record.get("categories")))


def _string(value):
    return clean(str(value)) if isinstance(value, (str, int, float)) else ""


def _names(value):
    """A list of names from a list (of strings or {"name": ...}) or a ';'/',' separated string."""
    if isinstance(value, str):
        value = value.split(";" if ";" in value else ",")
    if not isinstance(value, list):
        return []
    names = [_string(v.get("name") if isinstance(v, dict) else v) for v in value]
    return [n for n in names if n]


def decode(line, path, location):
    """(text, BadRecord or None): UTF-8, else cp1252, else UTF-8 with replacement."""
    if isinstance(line, str):
        return line, None
    try:
        return line.decode("utf-8"), None
    except UnicodeDecodeError as err:
        try:
            text, how = line.decode("cp1252"), "read as cp1252"
        except UnicodeDecodeError:
            text, how = line.decode("utf-8", "replace"), "bad bytes replaced by U+FFFD"
        return text, BadRecord(path, location, f"not UTF-8 (byte {err.start}); {how}")


def text_lines(lines, path):
    """Yield (line number, text or None, BadRecord or None); text None means skip the line."""
    for number, line in enumerate(lines, 1):
        location = f"line {number}"
        if len(line) > MAX_LINE_BYTES:
            yield number, None, BadRecord(path, location, f"line longer than {MAX_LINE_BYTES} bytes; skipped")
            continue
        text, bad = decode(line, path, location)
        yield number, text.lstrip("\ufeff") if number == 1 else text, bad
