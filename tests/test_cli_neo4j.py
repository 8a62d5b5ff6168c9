"""The Neo4j side of the kgraph command against a real server: build, push, query, cypher, errors."""

import json
import socket

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from neo4j_helpers import provide_server

pytestmark = pytest.mark.neo4j

PAPER = {"id": "2401.00001", "title": "LoRA-X: Low-Rank Adapters Revisited",
         "abstract": "We propose LoRA-X, a parameter-efficient fine-tuning method. "
                     "LoRA-X outperforms LoRA on GLUE in terms of accuracy."}


@pytest.fixture(scope="module")
def server():
    for found in provide_server():
        env = {k: found[k] for k in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD")}
        wipe(env)
        yield env
        wipe(env)


def wipe(env):
    import neo4j

    auth = (env["NEO4J_USERNAME"], env["NEO4J_PASSWORD"])
    with neo4j.GraphDatabase.driver(env["NEO4J_URI"], auth=auth) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")


def invoke(env, *args):
    return CliRunner(env=env).invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def papers(tmp_path_factory):
    path = tmp_path_factory.mktemp("neo") / "papers.jsonl"
    path.write_text(json.dumps(PAPER) + "\n", encoding="utf-8")
    return path


def test_build_into_neo4j_then_query_it_and_rebuild_creates_nothing(server, papers):
    first = invoke(server, "build", papers, "--json", "--quiet")
    assert first.exit_code == 0, first.output
    stats = json.loads(first.stdout)
    assert stats["papers_added"] == 1 and stats["load"]["nodes_created"] > 0
    rows = json.loads(invoke(server, "query", "papers_proposing", "-p", "entity=lora-x", "--json").stdout)
    assert [r["title"] for r in rows] == [PAPER["title"]]
    again = json.loads(invoke(server, "build", papers, "--json", "--quiet").stdout)
    assert again["papers_added"] == 0
    assert again["load"]["nodes_created"] == 0 and again["load"]["relationships_created"] == 0


def test_push_copies_the_embedded_store_once(server, papers, tmp_path):
    db = tmp_path / "k.db"
    no_neo4j = {k: "" for k in server}
    assert invoke(no_neo4j, "build", papers, "--db", db, "--quiet").exit_code == 0
    wipe(server)
    first = json.loads(invoke(server, "push", "--db", db, "--json", "--quiet").stdout)
    assert first["nodes_created"] > 0
    again = json.loads(invoke(server, "push", "--db", db, "--json", "--quiet").stdout)
    assert again["nodes_created"] == 0 and again["relationships_created"] == 0
    embedded = json.loads(invoke(server, "query", "top_entities", "--db", db, "--json").stdout)
    remote = json.loads(invoke(server, "query", "top_entities", "--json").stdout)
    assert remote == embedded


def test_cypher_reads_with_parameters_and_refuses_writes(server, papers):
    invoke(server, "build", papers, "--quiet")
    result = invoke(server, "cypher", "MATCH (e:Entity {key: $key}) RETURN e.name AS name", "-p", "key=lorax",
                    "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"name": "LoRA-X"}]
    write = invoke(server, "cypher", "CREATE (n:Hack) RETURN n")
    assert write.exit_code == 2 and "read-only" in write.stderr
    assert len(write.stderr.strip().splitlines()) == 1


def test_cypher_syntax_error_is_one_line(server):
    result = invoke(server, "cypher", "MATCH (n RETURN n")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: Cypher syntax error") and len(result.stderr.strip().splitlines()) == 1


def test_wrong_password_and_unreachable_server_are_one_line(server):
    bad = invoke({**server, "NEO4J_PASSWORD": "not-the-password"}, "query", "top_entities")
    assert bad.exit_code == 2 and "NEO4J_PASSWORD" in bad.stderr
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    down = invoke({**server, "NEO4J_URI": f"bolt://127.0.0.1:{closed}"}, "query", "top_entities")
    assert down.exit_code == 2 and "cannot reach Neo4j" in down.stderr
    assert len(down.stderr.strip().splitlines()) == 1


def test_cypher_without_a_server_says_what_to_set():
    result = CliRunner(env={"NEO4J_URI": ""}).invoke(main, ["cypher", "RETURN 1"])
    assert result.exit_code == 2 and "NEO4J_URI" in result.stderr
