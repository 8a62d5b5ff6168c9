"""The kgraph command: help, output formats, bad input and one-line errors."""

import json

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.cli_common import coerce_param, parse_params
from kgraph.errors import QueryError

COMMANDS = ["extract", "build", "queries", "query", "compare", "show", "viz", "eval"]

GOOD = {"id": "2401.00001", "title": "LoRA-X: Low-Rank Adapters Revisited",
        "abstract": "We propose LoRA-X, a parameter-efficient fine-tuning method. "
                    "LoRA-X outperforms LoRA on GLUE in terms of accuracy."}


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def papers(tmp_path):
    path = tmp_path / "papers.jsonl"
    second = dict(GOOD, id="2401.00002", title="Another paper",
                  abstract="Experiments on CIFAR-10 show that Adam is compared to SGD.")
    path.write_text(json.dumps(GOOD) + "\n{not json\n" + json.dumps(second) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output and "kgraph " + command in result.output


def test_extract_prints_one_object_per_paper_and_reports_the_bad_line(papers):
    result = invoke("extract", papers, "--quiet")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["2401.00001", "2401.00002"]
    for item in lines:
        assert set(item) >= {"id", "title", "entities", "relations"}
        names = {e["name"] for e in item["entities"]}
        assert all(r["target"] in names for r in item["relations"])
    assert "line 2" in result.stderr


def test_extract_strict_stops_at_the_bad_line(papers):
    result = invoke("extract", papers, "--strict")
    assert result.exit_code == 2
    assert result.stderr.startswith("error:") and "line 2" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_nothing_readable_is_an_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("{oops\n[1, 2]\n", encoding="utf-8")
    result = invoke("extract", path)
    assert result.exit_code == 2
    assert "error: no paper could be read" in result.stderr


def test_missing_input_file_is_one_line(tmp_path):
    result = invoke("build", tmp_path / "nope.jsonl", "--db", tmp_path / "k.db")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "nope.jsonl" in result.stderr


def test_build_query_show_and_rebuild(papers, tmp_path):
    db = tmp_path / "k.db"
    first = json.loads(invoke("build", papers, "--db", db, "--json", "--quiet").stdout)
    assert first["papers_added"] == 2 and first["papers_total"] == 2
    again = json.loads(invoke("build", papers, "--db", db, "--json", "--quiet").stdout)
    assert again["papers_added"] == 0 and again["papers_unchanged"] == 2
    rows = json.loads(invoke("query", "papers_mentioning", "--param", "entity=lora", "--db", db, "--json").stdout)
    assert "LoRA-X: Low-Rank Adapters Revisited" in [r["title"] for r in rows]
    table = invoke("query", "papers_mentioning", "-p", "entity=LoRA", "--db", db)
    assert table.exit_code == 0 and "LoRA-X" in table.output


def test_query_errors_are_one_line(papers, tmp_path):
    db = tmp_path / "k.db"
    assert invoke("query", "top_entities", "--db", db).exit_code == 2  # no store yet
    invoke("build", papers, "--db", db, "--quiet")
    for args in (["no_such_query"], ["papers_mentioning"], ["papers_mentioning", "-p", "entity"],
                 ["papers_mentioning", "-p", "entity=Nonexistent Thing"]):
        result = invoke("query", *args, "--db", db)
        assert result.exit_code == 2, args
        assert result.stderr.startswith("error:") and len(result.stderr.strip().splitlines()) == 1


def test_unknown_entity_suggests_close_matches(papers, tmp_path):
    db = tmp_path / "k.db"
    invoke("build", papers, "--db", db, "--quiet")
    result = invoke("show", "LoRA-Y", "--db", db)
    assert result.exit_code == 2 and "LoRA-X" in result.stderr


def test_queries_lists_every_named_query_file():
    from importlib.resources import files

    names = {p.name[:-len(".cypher")] for p in files("kgraph.queries").iterdir()
             if p.name.endswith(".cypher") and not p.name.startswith("_")}
    listed = {q["name"] for q in json.loads(invoke("queries", "--json").stdout)}
    assert listed == names and len(names) >= 8


def test_viz_rejects_unknown_types(papers, tmp_path):
    db = tmp_path / "k.db"
    invoke("build", papers, "--db", db, "--quiet")
    result = invoke("viz", "-o", tmp_path / "v.html", "--types", "METHOD,FOO", "--db", db)
    assert result.exit_code == 2 and "FOO" in result.output + result.stderr


def test_eval_scores_a_gold_file_against_extraction(tmp_path):
    gold = dict(GOOD, entities=[{"name": "LoRA", "type": "METHOD", "aliases": []},
                                {"name": "Imaginary-Set", "type": "DATASET", "aliases": []}],
                relations=[])
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = invoke("eval", path, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["gold_papers"] == 1 and report["matched_papers"] == 1
    assert report["entities_untyped"]["fn"] >= 1  # Imaginary-Set is not in the abstract
    text = invoke("eval", path, "--details").stdout
    assert "entities (typed)" in text and "Imaginary-Set" in text


def test_eval_scores_a_second_annotation_without_extracting(tmp_path):
    first = dict(GOOD, entities=[{"name": "LoRA", "type": "METHOD", "aliases": []},
                                 {"name": "GSM8K", "type": "DATASET", "aliases": []}],
                 relations=[{"type": "USES", "target": "LoRA", "evidence": "", "start": -1, "end": -1}])
    second = dict(first, entities=[{"name": "lora", "type": "METHOD", "aliases": []},
                                   {"name": "GSM8K", "type": "TASK", "aliases": []}])
    paths = []
    for name, record in (("first.jsonl", first), ("second.jsonl", second)):
        paths.append(tmp_path / name)
        paths[-1].write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = json.loads(invoke("eval", paths[0], "--predicted", paths[1], "--json").stdout)
    assert (report["entities"]["tp"], report["entities"]["fp"], report["entities"]["fn"]) == (1, 1, 1)
    assert report["entities_untyped"]["tp"] == 2 and report["relations"]["tp"] == 1
    both = invoke("eval", paths[0], "--predicted", paths[1], "--input", paths[0])
    assert both.exit_code == 2
    other = dict(first, id="2401.00002", title="Another paper")
    paths[0].write_text(json.dumps(first) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    partial = json.loads(invoke("eval", paths[0], "--predicted", paths[1], "--json").stdout)
    paired = json.loads(invoke("eval", paths[0], "--predicted", paths[1], "--paired-only", "--json").stdout)
    assert partial["gold_papers"] == 2 and partial["entities"]["fn"] == 3
    assert paired["gold_papers"] == 1 and paired["entities"] == report["entities"]


def test_param_pairs_split_at_the_first_equals_sign_and_cypher_values_parse_as_json():
    assert parse_params(["type=METHOD", "q=a=b"]) == {"type": "METHOD", "q": "a=b"}
    with pytest.raises(QueryError):
        parse_params(["METHOD"])
    assert [coerce_param(v) for v in ("5", "0.5", "true", '["a"]', "GaLore")] == [5, 0.5, True, ["a"], "GaLore"]


LOW = {"id": "2401.00002", "title": "Gated Replay for Continual Learning",
       "abstract": "We propose FooNet, which combines gated memory replay with adaptive token pruning. "
                   "FooNet outperforms EWC on Split CIFAR-100 in terms of accuracy."}


def test_min_confidence_keeps_confident_entities_and_only_the_relations_to_them(tmp_path):
    path = tmp_path / "low.jsonl"
    path.write_text(json.dumps(LOW) + "\n")
    full = json.loads(invoke("extract", "-q", path).stdout)
    kept = json.loads(invoke("extract", "-q", path, "--min-confidence", "0.5").stdout)
    names = [e["name"] for e in kept["entities"]]
    assert names == [e["name"] for e in full["entities"] if e["confidence"] >= 0.5]
    assert len(names) < len(full["entities"])
    assert {r["target"] for r in kept["relations"]} == {r["target"] for r in full["relations"]} & set(names)
    assert invoke("extract", path, "--min-confidence", "2").exit_code == 2


def test_eval_scores_the_high_precision_view(tmp_path):
    gold = dict(LOW, entities=[{"name": n, "type": t} for n, t in [
        ("FooNet", "METHOD"), ("continual learning", "TASK"), ("EWC", "METHOD"), ("CIFAR-100", "DATASET"),
        ("accuracy", "METRIC")]], relations=[{"type": "PROPOSES", "target": "FooNet"}])
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n")
    everything = json.loads(invoke("eval", path, "--json").stdout)["entities"]
    confident = json.loads(invoke("eval", path, "--json", "--min-confidence", "0.5").stdout)["entities"]
    assert everything["fp"] > 0 and confident["fp"] < everything["fp"]
    assert confident["tp"] == everything["tp"]
    assert invoke("eval", path, "--predicted", path, "--min-confidence", "0.5").exit_code == 2


def test_build_with_min_confidence_stores_fewer_entities(tmp_path):
    path = tmp_path / "low.jsonl"
    path.write_text(json.dumps(LOW) + "\n")
    totals = [json.loads(invoke("build", "-q", path, "--db", tmp_path / db, "--json", *extra).stdout)["entities_total"]
              for db, extra in (("all.db", ()), ("confident.db", ("--min-confidence", "0.5")))]
    assert 0 < totals[1] < totals[0]
