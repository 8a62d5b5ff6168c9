"""Provisioning a real Neo4j server for the tests (shared by the Neo4j test modules).

A server given by NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD is used as it is; otherwise
scripts/neo4j installs (cached in .cache/neo4j) and starts one. Without java or mvn the tests
skip with a one-line reason, except under CI=true, where that is a failure.
"""
import os
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "neo4j"
IN_CI = os.environ.get("CI") == "true"
KEYS = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD")


def run(*args, env=None, check=True):
    """Run scripts/neo4j with args; fail the test with its output when check and it fails."""
    done = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, **(env or {})})
    if check and done.returncode != 0:
        pytest.fail(f"scripts/neo4j {' '.join(args)} exited {done.returncode}:\n"
                    f"{done.stdout}\n{done.stderr}")
    return done


def skip_or_fail(reason):
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: the Neo4j server tests must run)")
    pytest.skip(reason)


def parse_env(text):
    """Evaluate the `export ...` line of `scripts/neo4j env` in bash, as users do; read it back."""
    echo = " ".join(f'"${key}"' for key in KEYS)
    done = subprocess.run(["bash", "-c", f'eval "$1"; printf "%s\\n" {echo}', "-", text],
                          capture_output=True, text=True, env={}, check=True)
    return dict(zip(KEYS, done.stdout.splitlines()))


def import_driver():
    try:
        import neo4j
    except ImportError:
        skip_or_fail("Python package neo4j (the driver) not installed")
    return neo4j


def provide_server():
    """Generator for a fixture: yields {NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, driver, ours}.

    ``ours`` is true when this call started the server; it is then stopped afterwards. A server
    given by NEO4J_URI, or one already running from scripts/neo4j, is left running.
    """
    driver = import_driver()
    if os.environ.get("NEO4J_URI"):
        given = {key: os.environ.get(key, "") for key in KEYS}
        yield {**given, "NEO4J_USERNAME": given["NEO4J_USERNAME"] or "neo4j",
               "driver": driver, "ours": False}
        return
    missing = [tool for tool in ("java", "mvn") if not shutil.which(tool)]
    if missing:
        skip_or_fail(f"{' and '.join(missing)} not found: cannot provision Neo4j")
    already_running = run("status", check=False).returncode == 0
    run("install")
    run("start")
    settings = parse_env(run("env").stdout)
    yield {**settings, "driver": driver, "ours": not already_running}
    if not already_running:
        run("stop", check=False)
