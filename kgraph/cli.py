"""The ``kgraph`` command: thin click wrappers over the library.

Each command parses options, calls one public function and formats its
result. KGraphError becomes a one-line ``error:`` message and exit code 2.
"""

import json
import os
import sys

import click

from .errors import KGraphError, QueryError
from .ingest import FORMATS

DB_HELP = "Graph store file (default: $KGRAPH_DB or ./kgraph.db)."
MAX_WARNINGS = 20


class _Group(click.Group):
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


def _db_option(func):
    return click.option("--db", "db", default=lambda: os.environ.get("KGRAPH_DB", "kgraph.db"),
                        show_default="./kgraph.db", type=click.Path(dir_okay=False), help=DB_HELP)(func)


def _json_option(func):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for machines.")(func)


def _input_options(func):
    func = click.option("--strict", is_flag=True, help="Stop at the first bad record.")(func)
    func = click.option("--format", "fmt", type=click.Choice(FORMATS),
                        help="Input format (default: detected from name and content).")(func)
    func = click.option("-q", "--quiet", is_flag=True, help="No progress bar or warnings summary.")(func)
    return click.argument("inputs", nargs=-1, required=True, type=click.Path(dir_okay=False))(func)


class _Reporter:
    """Bad-record warnings on stderr (the first few, then a count) and a progress bar."""

    def __init__(self, quiet, desc):
        from tqdm import tqdm

        self.quiet, self.bad = quiet, 0
        self.bar = tqdm(desc=desc, unit=" papers", file=sys.stderr, leave=False,
                        disable=quiet or not sys.stderr.isatty())

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


def _print_json(data):
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kgraph")
def main():
    """Turn ML paper abstracts into a knowledge graph you can query, compare and view.

    \b
    Example (the sample page shipped in data/):
      kgraph build data/daily-papers-sample.txt
      kgraph query top_entities --param type=METHOD
      kgraph compare GaLore Fira
      kgraph viz -o graph.html --focus GaLore
    """


@main.command()
@_input_options
@click.option("-j", "--jobs", default=1, show_default=True, help="Worker processes for extraction.")
def extract(inputs, fmt, strict, quiet, jobs):
    """Print extracted entities and relations, one JSON object per paper.

    \b
    Example:
      kgraph extract data/daily-papers-sample.txt | head -n 1
    """
    from .pipeline import extract_inputs

    rep = _Reporter(quiet, "extracting")
    try:
        for item in extract_inputs(inputs, fmt, strict, rep.on_bad, jobs, rep.bar.update):
            click.echo(json.dumps(item.to_json(), ensure_ascii=False))
    finally:
        rep.close()


@main.command()
@_input_options
@_db_option
@_json_option
@click.option("-j", "--jobs", default=1, show_default=True,
              help="Worker processes for extraction (2 halves the time of large builds).")
def build(inputs, fmt, strict, quiet, db, as_json, jobs):
    """Extract papers and add them to the graph store (re-running adds nothing twice).

    \b
    Example:
      kgraph build data/daily-papers-sample.txt
      kgraph build --jobs 2 arxiv.jsonl.gz --db arxiv.db
    """
    from .pipeline import build as run_build

    rep = _Reporter(quiet, "building")
    try:
        stats = run_build(inputs, db, fmt, strict, rep.on_bad, jobs, rep.bar.update)
    finally:
        rep.close()
    if as_json:
        _print_json(vars(stats))
        return
    click.echo(f"{db}: {stats.papers_added} papers added, {stats.papers_unchanged} already present, "
               f"{stats.entities_added} new entities, {stats.relations_added} new relations "
               f"({stats.papers_total} papers, {stats.entities_total} entities in total)")


@main.command("queries")
@_json_option
def list_named_queries(as_json):
    """List the named queries with their parameters.

    \b
    Example:
      kgraph queries
    """
    from .query import list_queries

    infos = list_queries()
    if as_json:
        _print_json([{"name": q.name, "description": q.description, "columns": q.columns,
                      "params": [{"name": n, "description": d} for n, d in q.params],
                      "example": q.example} for q in infos])
        return
    for q in infos:
        params = " ".join(f"--param {n}=..." for n, _ in q.params)
        click.echo(f"{q.name} {params}\n    {q.description}\n    columns: {', '.join(q.columns)}")


def _parse_params(pairs):
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise QueryError(f"bad --param {pair!r}: write it as name=value")
        params[name.strip()] = value
    return params


@main.command()
@click.argument("name")
@click.option("-p", "--param", "pairs", multiple=True, metavar="NAME=VALUE", help="A query parameter (repeatable).")
@_db_option
@_json_option
def query(name, pairs, db, as_json):
    """Run a named query (see `kgraph queries`).

    \b
    Example:
      kgraph query methods_on_dataset --param dataset=ALFWorld
      kgraph query top_entities --param type=DATASET --param limit=5 --json
    """
    from .query import run_query
    from .report import format_table
    from .store import EmbeddedStore

    with EmbeddedStore.open(db) as store:
        result = run_query(store, name, _parse_params(pairs))
    if as_json:
        _print_json([dict(zip(result.columns, row)) for row in result.rows])
    else:
        click.echo(format_table(result.columns, result.rows))


@main.command()
@click.argument("names", nargs=-1, required=True)
@_db_option
@_json_option
@click.option("--markdown", is_flag=True, help="Print a Markdown table.")
def compare(names, db, as_json, markdown):
    """Compare entities side by side: papers, tasks, datasets, metrics, baselines, evidence.

    \b
    Example:
      kgraph compare GaLore Fira
      kgraph compare GaLore LoRA --markdown > galore-vs-lora.md
    """
    from .compare import compare as run_compare
    from .report import format_comparison_markdown, format_comparison_text
    from .store import EmbeddedStore

    if len(names) < 2:
        raise click.UsageError("compare needs at least two names")
    with EmbeddedStore.open(db) as store:
        result = run_compare(store, list(names))
    if as_json:
        _print_json(result.to_json())
    elif markdown:
        click.echo(format_comparison_markdown(result))
    else:
        click.echo(format_comparison_text(result))


@main.command()
@click.argument("name")
@_db_option
@_json_option
def show(name, db, as_json):
    """Show an entity card: type, aliases, papers and relations with evidence.

    \b
    Example:
      kgraph show GaLore
    """
    from .query import entity_card
    from .report import format_card
    from .store import EmbeddedStore

    with EmbeddedStore.open(db) as store:
        card = entity_card(store, name)
    click.echo(json.dumps(card.to_json(), ensure_ascii=False, indent=2) if as_json else format_card(card))


@main.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--focus", help="Only the neighbourhood of this entity.")
@click.option("--depth", default=2, show_default=True, help="Hops around --focus (paper and entity hops).")
@click.option("--types", "types", help="Comma-separated entity types to keep, e.g. METHOD,DATASET.")
@_db_option
def viz(output, focus, depth, types, db):
    """Write an interactive, offline HTML view of the graph.

    \b
    Example:
      kgraph viz -o graph.html
      kgraph viz -o galore.html --focus GaLore --depth 2 --types METHOD,DATASET,METRIC
    """
    from .render import write_html
    from .store import EmbeddedStore

    type_set = _parse_types(types)
    with EmbeddedStore.open(db) as store:
        graph = store.graph(focus=focus, depth=depth, types=type_set)
        built = store.stats().get("build_date", "")
    path = write_html(graph, output, title=f"kgraph: {focus}" if focus else "kgraph", build_date=built)
    click.echo(f"{path}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


def _parse_types(types):
    from .models import ENTITY_TYPES

    if not types:
        return None
    chosen = {t.strip().upper() for t in types.split(",") if t.strip()}
    unknown = chosen - set(ENTITY_TYPES)
    if unknown:
        raise click.BadParameter(f"unknown type(s) {', '.join(sorted(unknown))}; use {', '.join(ENTITY_TYPES)}",
                                 param_hint="--types")
    return chosen


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--input", "inputs", multiple=True, type=click.Path(dir_okay=False),
              help="Papers to extract and score (default: the gold file itself).")
@click.option("--details", is_flag=True, help="List misses and false positives per paper.")
@_json_option
def evaluate(gold, inputs, details, as_json):
    """Score extraction against gold annotations in the `kgraph extract` format.

    \b
    Example:
      kgraph eval my-gold.jsonl --input my-papers.jsonl --details
    """
    from .evaluate import format_report
    from .pipeline import evaluate_inputs

    report = evaluate_inputs(gold, list(inputs) or [gold])
    if as_json:
        _print_json(report.to_json())
    else:
        click.echo(format_report(report, details=details))
