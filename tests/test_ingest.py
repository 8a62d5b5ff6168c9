"""Tests of kgraph.ingest: formats, detection, ids, de-duplication, bad input."""

import gzip
import json
from pathlib import Path

import pytest

from kgraph.errors import InputError
from kgraph.ingest import (detect_format, paper_id, parse_atom, parse_csv, parse_daily, parse_json,
                           parse_jsonl, read_papers)
from kgraph.ingest_records import MAX_FIELD_CHARS, MAX_LINE_BYTES, title_key
from kgraph.models import BadRecord, Paper

DATA = Path(__file__).parent / "data" / "ingest"
SAMPLE = Path(__file__).parent.parent / "data" / "daily-papers-sample.txt"
ABSTRACT = "We propose a method. " * 20  # long enough to be a paragraph of a daily page


def read(paths, **kwargs):
    """(papers, bad records) of read_papers."""
    bad = []
    papers = list(read_papers([str(p) for p in paths], on_bad=bad.append, **kwargs))
    return papers, bad


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Paper)], [i for i in items if isinstance(i, BadRecord)])


# ---- ids


@pytest.mark.parametrize("record_id, url, expected", [
    ("http://arxiv.org/abs/2506.24123v2", "", "2506.24123"),
    ("2506.24123v11", "", "2506.24123"),
    ("arXiv:2506.24123", "", "2506.24123"),
    ("1706.0376", "", "1706.0376"),
    ("http://arxiv.org/abs/cs/0112017v1", "", "cs/0112017"),
    ("math.GT/0309136", "", "math.GT/0309136"),
    ("", "https://arxiv.org/pdf/2401.00001v3.pdf", "2401.00001"),
    ("doi:10.1000/xyz", "https://arxiv.org/abs/2401.00001", "doi:10.1000/xyz"),
    (" 42 ", "", "42"),
])
def test_paper_id_prefers_arxiv_id_then_record_id(record_id, url, expected):
    assert paper_id(record_id, url, "Some Title") == expected


def test_paper_id_falls_back_to_normalised_title_hash():
    pid = paper_id("", "https://example.org/paper", "Attention Is All You Need")
    assert pid.startswith("t:") and len(pid) == 18
    assert pid == paper_id(None, "", "attention   is all\nyou NEED!")
    assert pid != paper_id("", "", "Attention Is Not All You Need")
    assert title_key("a b") == "t:" + __import__("hashlib").sha1(b"a b").hexdigest()[:16]


# ---- daily pages


def test_real_daily_sample_gives_all_50_papers():
    papers, bad = read([SAMPLE])
    blocks = SAMPLE.read_text(encoding="utf-8").split("\n\n")
    assert bad == []
    assert len(papers) == 50
    assert [p.title for p in papers] == [b.strip() for b in blocks[6::2]]
    assert papers[0].title == ("Training LLM-Based Agents with Synthetic Self-Reflected "
                               "Trajectories and Partial Masking")
    assert papers[-1].title == "Fast Certified Robust Training with Short Warmup"
    assert papers[1].abstract.startswith("We introduce SealQA, a new challenge benchmark")
    assert all(p.id.startswith("t:") for p in papers)


def test_daily_skips_chrome_and_reports_orphan_paragraphs():
    lines = ["new", "", "Subscribe", "", "Daily Papers", "", "Aug 4", "",
             "First Title", "", ABSTRACT, "", ABSTRACT, "", "short trailer", "",
             "Second Title", "", ABSTRACT[:105], ABSTRACT[105:]]
    papers, bad = split(parse_daily(lines, "page.txt"))
    assert [p.title for p in papers] == ["First Title", "Second Title"]
    assert papers[1].abstract == " ".join(ABSTRACT.split())
    assert [(b.location, b.reason) for b in bad] == [
        ("line 13", "paragraph without a title line before it; skipped")]


def test_daily_keeps_short_abstracts_but_not_chrome_pairs():
    short = "We study tiny abstracts and show that a short paragraph is still a paper."
    lines = ["Get trending papers in your email inbox!", "", "Subscribe", "",
             "A Paper With A Short Abstract", "", short, "", "byAK and the research community", "", "Aug 4"]
    papers, bad = split(parse_daily(lines, "page.txt"))
    assert [(p.title, p.abstract) for p in papers] == [("A Paper With A Short Abstract", short)]
    assert bad == []


# ---- JSON lines and arrays


def test_jsonl_fixture_reads_good_and_reports_bad_lines():
    papers, bad = read([DATA / "papers.jsonl"])
    assert [p.id for p in papers] == ["2503.11731", "2501.00002", "7"]
    first = papers[0]
    assert first.title == "Sensor Simulation via Gaussian Splatting"
    assert first.abstract == "Sensor simulation is pivotal."
    assert (first.authors, first.categories, first.date) == (["Xianming Zeng", "Sicong Du"],
                                                             ["cs.CV", "cs.RO"], "2025-03-18")
    assert first.url == "https://arxiv.org/abs/2503.11731"
    assert papers[1].abstract == "Summary is a synonym of abstract."
    assert papers[1].url == "https://arxiv.org/abs/2501.00002v1"
    assert [(b.location, b.reason.split(":")[0]) for b in bad] == [
        ("line 2", "invalid JSON"), ("line 4", "JSON list is not an object"),
        ("line 6", "missing or empty title"), ("line 7", "missing or empty abstract")]
    assert all(b.path == str(DATA / "papers.jsonl") for b in bad)


def test_jsonl_rejects_huge_fields_and_lines():
    lines = [json.dumps({"title": "Huge", "abstract": "x" * (MAX_FIELD_CHARS + 1)}),
             b"y" * (MAX_LINE_BYTES + 1),
             json.dumps({"title": "Fine", "abstract": "ok"})]
    papers, bad = split(parse_jsonl(lines, "p.jsonl"))
    assert [p.title for p in papers] == ["Fine"]
    assert [b.location for b in bad] == ["line 1", "line 2"]
    assert "abstract longer than" in bad[0].reason and "line longer than" in bad[1].reason


def test_huge_line_in_file_is_skipped_without_losing_the_next(tmp_path):
    path = tmp_path / "big.jsonl"
    good = json.dumps({"title": "After", "abstract": "A."})
    path.write_bytes(b'{"title": "' + b"z" * (MAX_LINE_BYTES + 10) + b'"}\n' + good.encode() + b"\n")
    papers, bad = read([path])
    assert [p.title for p in papers] == ["After"]
    assert [b.location for b in bad] == ["line 1"]


def test_json_array_keeps_elements_before_a_truncation():
    text = '[{"id": "2401.00001", "title": "One", "abstract": "A."},\n 5,\n {"title": "Two", "abs'
    papers, bad = split(parse_json(text, "p.json"))
    assert [p.title for p in papers] == ["One"]
    assert [b.location for b in bad] == ["record 2", "record 3"]
    assert "not an object" in bad[0].reason and "rest of file skipped" in bad[1].reason


def test_json_array_complete_and_not_an_array():
    papers, bad = split(parse_json(b' [ {"title": "T", "abstract": "A"} ] ', "p.json"))
    assert [p.title for p in papers] == ["T"] and bad == []
    assert [b.reason for b in parse_json('{"title": "T"}', "p.json")] == [
        "not a JSON array; use JSON Lines for one object a line"]
    papers, bad = split(parse_json('[{"title": "T", "abstract": "A"}', "p.json"))
    assert [p.title for p in papers] == ["T"]
    assert [b.reason for b in bad] == ["JSON array not closed (truncated file?)"]


# ---- CSV


def test_csv_fixture_with_mixed_case_header_and_multiline_field():
    papers, bad = read([DATA / "papers.csv"])
    assert [p.title for p in papers] == ["First CSV Paper", "Second CSV Paper"]
    assert papers[0].abstract == "An abstract over two lines."
    assert papers[0].authors == ["Ada Lovelace", "Alan Turing"]
    assert papers[0].categories == ["cs.CL", "cs.AI"]
    assert papers[1].authors == ["Grace Hopper", "John Backus"]
    assert papers[1].id.startswith("t:")
    assert [(b.location, b.reason) for b in bad] == [("line 5", "missing or empty title")]


def test_tsv_and_summary_column():
    papers, bad = split(parse_csv(["TITLE\tSummary\n", "T1\tAbstract, with comma.\n"], "p.tsv"))
    assert [(p.title, p.abstract) for p in papers] == [("T1", "Abstract, with comma.")]


def test_csv_without_needed_columns_is_skipped_whole(tmp_path):
    (tmp_path / "x.csv").write_text("name,text\na,b\n")
    (tmp_path / "y.csv").write_text("title,abstract\nT,A\n")
    papers, bad = read([tmp_path / "x.csv", tmp_path / "y.csv"])
    assert [p.title for p in papers] == ["T"]
    assert [b.reason for b in bad] == ["CSV header needs title and abstract columns; file skipped"]


def test_csv_field_over_the_csv_module_limit_is_one_bad_row():
    lines = ["title,abstract\n", "Big," + "x" * 200_000 + "\n", "Small,ok\n"]
    papers, bad = split(parse_csv(lines, "p.csv"))
    assert [p.title for p in papers] == ["Small"]
    assert len(bad) == 1 and bad[0].location == "line 2"


# ---- Atom


def test_atom_fixture():
    papers, bad = read([DATA / "arxiv.atom"])
    assert [p.id for p in papers] == ["2506.24123", "cs/0112018"]
    first = papers[0]
    assert first.title == "Calligrapher: Freestyle Text Image Customization"
    assert first.abstract == ("We introduce Calligrapher, a diffusion-based framework. "
                              "Calligrapher outperforms FLUX on the TextStyle benchmark.")
    assert (first.date, first.authors, first.categories) == ("2025-06-30", ["Yue Ma", "Qifeng Chen"],
                                                             ["cs.CV", "cs.AI"])
    assert first.url == "http://arxiv.org/abs/2506.24123v2"
    assert papers[1].abstract == "Its abstract & more."
    assert [(b.location, b.reason) for b in bad] == [("entry 2", "missing or empty abstract")]


def test_atom_truncated_keeps_entries_before_the_break():
    text = (DATA / "arxiv.atom").read_bytes()
    cut = text[:text.index(b"<entry>", text.index(b"</entry>"))] + b"<entry><id>http://arx"
    papers, bad = split(parse_atom([cut[:100], cut[100:]], "a.xml"))
    assert [p.id for p in papers] == ["2506.24123"]
    assert bad[-1].reason.startswith("XML parse error") and "1 entries before it" in bad[-1].reason
    assert bad[-1].location.startswith("line ")


def test_atom_refuses_entity_declarations_even_split_across_chunks():
    bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><feed>&lol;</feed>'
    for chunks in ([bomb], [bomb[:24], bomb[24:]], [c for c in bomb]):
        items = list(parse_atom(chunks, "bomb.xml"))
        assert len(items) == 1 and "DOCTYPE or ENTITY" in items[0].reason


# ---- detection, gzip, encodings, files


@pytest.mark.parametrize("name, head, expected", [
    ("a.jsonl.gz", b"", "jsonl"), ("a.ndjson", b"", "jsonl"), ("a.CSV", b"", "csv"),
    ("a.tsv", b"", "csv"), ("feed.xml", b"", "atom"), ("a.atom.gz", b"", "atom"),
    ("a.json", b'  [{"title"', "json"), ("a.json", b'{"title": 1}', "jsonl"),
    ("data", b"\xef\xbb\xbf<?xml version", "atom"), ("data.gz", b'{"id": 1}', "jsonl"),
    ("data", b"[", "json"), ("x.txt", b"Id,Title,Abstract\n1,2,3", "csv"),
    ("x.txt", b"new\n\nSubscribe\n", "daily"), ("-", "Title\tSummary\n", "csv"),
])
def test_detect_format(name, head, expected):
    assert detect_format(name, head) == expected


def test_gzip_any_name_and_forced_format(tmp_path):
    lines = [json.dumps({"id": f"2401.0000{i}", "title": f"T{i}", "abstract": "A."}) for i in range(3)]
    path = tmp_path / "papers.data"
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    assert [p.id for p in read([path])[0]] == ["2401.00000", "2401.00001", "2401.00002"]
    papers, bad = read([path], fmt="csv")
    assert papers == [] and "title and abstract columns" in bad[0].reason


def test_truncated_gzip_keeps_records_before(tmp_path):
    lines = [json.dumps({"id": f"2401.{i:05d}", "title": f"T{i}", "abstract": "A." * 50}) for i in range(2000)]
    data = gzip.compress("\n".join(lines).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[:len(data) // 2])
    papers, bad = read([path])
    assert 0 < len(papers) < 2000
    assert [p.title for p in papers] == [f"T{i}" for i in range(len(papers))]
    assert bad[-1].reason == f"truncated gzip stream after {len(papers)} records; the records before it were kept"
    assert all(b.location == "line %d" % (len(papers) + 1) for b in bad[:-1])  # the cut last line at most


def test_non_utf8_lines_are_reported_and_read_as_cp1252(tmp_path):
    path = tmp_path / "cp1252.csv"
    path.write_bytes("title,abstract\nCaf\u00e9 Models,Na\u00efve \u201cbaselines\u201d.\nPlain,ok\n"
                     .encode("cp1252"))
    papers, bad = read([path])
    assert [(p.title, p.abstract) for p in papers] == [("Caf\u00e9 Models", "Na\u00efve \u201cbaselines\u201d."),
                                                       ("Plain", "ok")]
    assert [(b.location, b.reason) for b in bad] == [("line 2", "not UTF-8 (byte 3); read as cp1252")]


def test_undecodable_bytes_are_replaced(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"title": "T\x81", "abstract": "A"}\n')
    papers, bad = read([path])
    assert papers[0].title == "T\ufffd" and "replaced by U+FFFD" in bad[0].reason


def test_dedup_across_files_keeps_first(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "2506.24123v1", "title": "Old", "abstract": "A."}))
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "http://arxiv.org/abs/2506.24123v2", "title": "New", "abstract": "B."}) + "\n"
        + json.dumps({"title": "Only Title", "abstract": "C."}) + "\n"
        + json.dumps({"title": "only title!", "abstract": "D."}))
    papers, bad = read([tmp_path / "a.jsonl", tmp_path / "b.jsonl"])
    assert [(p.id, p.title) for p in papers] == [("2506.24123", "Old"), (title_key("Only Title"), "Only Title")]
    assert bad == []


def test_strict_raises_on_first_bad_record():
    with pytest.raises(InputError, match=r"papers\.jsonl:line 2: invalid JSON"):
        list(read_papers([str(DATA / "papers.jsonl")], strict=True))


def test_unopenable_paths_raise_before_reading(tmp_path):
    read_any = []
    for path in [tmp_path / "missing.jsonl", tmp_path]:
        with pytest.raises(InputError, match="cannot open input"):
            next(read_papers([str(DATA / "papers.jsonl"), str(path)], on_bad=read_any.append))
    assert read_any == []


def test_empty_files_are_reported(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "chrome.txt").write_text("new\n\nSubscribe\n")
    papers, bad = read([tmp_path / "empty.jsonl", tmp_path / "chrome.txt"])
    assert papers == []
    assert [(b.location, b.reason) for b in bad] == [("file", "empty file"),
                                                      ("file", "no papers found (daily format)")]


def test_unknown_format_is_an_input_error():
    with pytest.raises(InputError, match="unknown input format"):
        next(read_papers([str(SAMPLE)], fmt="yaml"))
