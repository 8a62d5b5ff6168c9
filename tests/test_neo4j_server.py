"""scripts/neo4j: provisions a real Neo4j Community server; a Cypher round trip through it.

The server tests start Neo4j through the script (install is cached in .cache/neo4j), or use the
server that NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD point at. Without java or mvn they skip,
except under CI=true, where a server that cannot be provisioned is a failure.
"""
import os
import uuid
from pathlib import Path

import pytest
from neo4j_helpers import parse_env, provide_server, run

pytestmark = pytest.mark.neo4j
CACHE = Path(__file__).resolve().parents[1] / ".cache" / "neo4j"


@pytest.fixture(scope="module")
def server():
    """Connection settings, the driver module, and whether this module started the server."""
    yield from provide_server()


def test_write_then_read_round_trip(server):
    tag = uuid.uuid4().hex
    auth = (server["NEO4J_USERNAME"], server["NEO4J_PASSWORD"])
    with server["driver"].GraphDatabase.driver(server["NEO4J_URI"], auth=auth) as driver:
        driver.execute_query(
            "CREATE (:KgraphProbe {tag: $tag, n: 1})-[:LINKS]->(:KgraphProbe {tag: $tag, n: 2})",
            tag=tag)
        records, _, _ = driver.execute_query(
            "MATCH (a:KgraphProbe {tag: $tag})-[:LINKS]->(b:KgraphProbe {tag: $tag}) "
            "RETURN count(*) AS links, a.n + b.n AS total", tag=tag)
        driver.execute_query("MATCH (p:KgraphProbe {tag: $tag}) DETACH DELETE p", tag=tag)
    assert [(r["links"], r["total"]) for r in records] == [(1, 3)]


def _script_server(server):
    """Skip (one line) when the server under test was not started by scripts/neo4j (a user's own)."""
    if run("status", check=False).returncode != 0:
        pytest.skip("the server under test was not started by scripts/neo4j")


def test_status_and_env_describe_the_running_server(server):
    _script_server(server)
    status = run("status")
    assert "running" in status.stdout and server["NEO4J_URI"] in status.stdout
    assert server["NEO4J_URI"].startswith("bolt://127.0.0.1:")
    assert server["NEO4J_USERNAME"] == "neo4j"
    assert len(server["NEO4J_PASSWORD"]) >= 8


def test_second_install_and_start_are_no_ops(server):
    _script_server(server)
    assert "already installed" in run("install").stdout
    again = run("start")
    assert "already running" in again.stdout
    assert f"NEO4J_URI={server['NEO4J_URI']}" in again.stdout


def test_a_second_home_starts_on_its_own_port_and_stops_cleanly(server, tmp_path):
    """A private server (own home, the installed jars linked in) starts, answers, and stops."""
    _script_server(server)
    installed = os.environ.get("KGRAPH_NEO4J_HOME") or next(CACHE.glob("*/lib")).parent
    (tmp_path / "lib").symlink_to(Path(installed) / "lib")
    env = {"KGRAPH_NEO4J_HOME": str(tmp_path)}
    run("start", env=env)
    settings = parse_env(run("env", env=env).stdout)
    assert settings["NEO4J_URI"] != server["NEO4J_URI"]
    auth = (settings["NEO4J_USERNAME"], settings["NEO4J_PASSWORD"])
    with server["driver"].GraphDatabase.driver(settings["NEO4J_URI"], auth=auth) as driver:
        assert driver.execute_query("RETURN 1 AS one").records[0]["one"] == 1
    run("stop", env=env)
    assert run("status", env=env, check=False).returncode == 3
    gone = run("env", env=env, check=False)
    assert gone.returncode == 1 and "not running" in gone.stderr


def test_start_without_install_says_how_to_install(tmp_path):
    done = run("start", env={"KGRAPH_NEO4J_HOME": str(tmp_path)}, check=False)
    assert done.returncode == 1
    assert "scripts/neo4j install" in done.stderr


def test_start_rejects_a_password_neo4j_would_refuse(tmp_path):
    done = run("start", env={"KGRAPH_NEO4J_HOME": str(tmp_path),
                             "KGRAPH_NEO4J_PASSWORD": "short"}, check=False)
    assert done.returncode == 1
    assert "at least 8 characters" in done.stderr


def test_status_of_an_empty_home_is_not_running(tmp_path):
    done = run("status", env={"KGRAPH_NEO4J_HOME": str(tmp_path)}, check=False)
    assert (done.returncode, done.stdout.strip()) == (3, "Neo4j not running")


def test_unknown_command_prints_usage():
    done = run("restart", check=False)
    assert done.returncode == 2 and "usage: scripts/neo4j" in done.stderr
