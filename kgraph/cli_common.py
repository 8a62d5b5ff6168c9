"""Shared pieces of the ``kgraph`` commands: options, error handling, output helpers."""

import json
import sys

import click

from .errors import KGraphError, QueryError

MAX_WARNINGS = 20


class Group(click.Group):
    """Turns library errors into one line on stderr and exit code 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGraphError as err:
            click.echo(f"error: {err}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("error: interrupted", err=True)
            sys.exit(130)


def db_option(func):
    """--db PATH; None when not given, so a configured Neo4j server can be used instead."""
    return click.option("--db", "db", type=click.Path(dir_okay=False),
                        help="Embedded graph store file (default: $KGRAPH_DB or ./kgraph.db).")(func)


def json_option(func):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for machines.")(func)


def neo4j_options(func):
    """--uri/--neo4j, --user, --password, --database, backed by Neo4j's NEO4J_* variables."""
    func = click.option("--database", help="Neo4j database (default: $NEO4J_DATABASE or neo4j).")(func)
    func = click.option("--password", help="Neo4j password (default: $NEO4J_PASSWORD).")(func)
    func = click.option("--user", help="Neo4j user (default: $NEO4J_USERNAME or neo4j).")(func)
    return click.option("--uri", "--neo4j", "uri", metavar="URI",
                        help="Neo4j server, e.g. bolt://localhost:7687 (default: $NEO4J_URI).")(func)


def neo4j_settings(uri, user, password, database):
    from .neo4j_store import Neo4jSettings

    return Neo4jSettings.from_env(uri=uri, user=user, password=password, database=database)


def param_option(func):
    return click.option("-p", "--param", "pairs", multiple=True, metavar="NAME=VALUE",
                        help="A query parameter (repeatable).")(func)


def parse_params(pairs):
    """``["k=v", ...]`` -> ``{"k": "v"}``; a pair without '=' is a QueryError."""
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"bad --param {pair!r}: write it as name=value")
        params[name.strip()] = value
    return params


def coerce_param(text):
    """A ``--param`` value for ad-hoc Cypher: JSON when it parses (5, 0.5, true, ["a"]), else the string."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def print_json(data):
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


class Reporter:
    """Bad-record warnings on stderr (the first few, then a count) and a progress bar; a context manager."""

    def __init__(self, quiet, desc, unit=" papers"):
        from tqdm import tqdm

        self.quiet, self.bad = quiet, 0
        self.bar = tqdm(desc=desc, unit=unit, file=sys.stderr, leave=False,
                        disable=quiet or not sys.stderr.isatty())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def on_bad(self, record):
        self.bad += 1
        if self.bad <= MAX_WARNINGS:
            self.bar.write(f"warning: {record}", file=sys.stderr)

    def close(self):
        self.bar.close()
        if self.bad > MAX_WARNINGS:
            click.echo(f"warning: {self.bad - MAX_WARNINGS} more bad records not shown", err=True)
        if self.bad and not self.quiet:
            click.echo(f"{self.bad} bad record(s) skipped", err=True)
