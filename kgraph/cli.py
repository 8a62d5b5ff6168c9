"""The ``kgraph`` command: thin click wrappers over the library.

Each command parses options, calls one public function and formats its
result. KGraphError becomes a one-line ``error:`` message and exit code 2.
This module holds the commands that read input and write stores; the
commands that read the graph are in :mod:`kgraph.cli_query`.
"""

import json

import click

from .cli_common import Group, Reporter, db_option, json_option, neo4j_options, neo4j_settings, print_json
from .cli_query import COMMANDS
from .ingest import FORMATS


def _min_confidence_option(func):
    return click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, metavar="T",
                        help="Keep only entities of confidence >= T (0-1) and the relations to them: "
                             "a higher-precision, lower-recall graph (0.5 is a good start).")(func)


def _input_options(func):
    func = _min_confidence_option(func)
    func = click.option("-j", "--jobs", default=1, show_default=True,
                        help="Worker processes for extraction (2 nearly halves the time of large inputs).")(func)
    func = click.option("--strict", is_flag=True, help="Stop at the first bad record.")(func)
    func = click.option("--format", "fmt", type=click.Choice(FORMATS),
                        help="Input format (default: detected from name and content).")(func)
    func = click.option("-q", "--quiet", is_flag=True, help="No progress bar or warnings summary.")(func)
    return click.argument("inputs", nargs=-1, required=True, type=click.Path(dir_okay=False))(func)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
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


for _command in COMMANDS:
    main.add_command(_command)


@main.command()
@_input_options
def extract(inputs, fmt, strict, quiet, jobs, min_confidence):
    """Print extracted entities and relations, one JSON object per paper.

    \b
    Example:
      kgraph extract data/daily-papers-sample.txt | head -n 1
      kgraph extract papers.jsonl --min-confidence 0.5 > confident.jsonl
    """
    from .pipeline import extract_inputs

    with Reporter(quiet, "extracting") as rep:
        for item in extract_inputs(inputs, fmt, strict, rep.on_bad, jobs, rep.bar.update, min_confidence):
            click.echo(json.dumps(item.to_json(), ensure_ascii=False))


@main.command()
@_input_options
@db_option
@neo4j_options
@json_option
def build(inputs, fmt, strict, quiet, jobs, min_confidence, db, uri, user, password, database, as_json):
    """Extract papers and add them to the graph (re-running adds nothing twice).

    Writes the embedded store (--db), or Neo4j with --neo4j URI (or $NEO4J_URI when no --db is given).

    \b
    Example:
      kgraph build data/daily-papers-sample.txt
      kgraph build --jobs 2 arxiv.jsonl.gz --db arxiv.db
      kgraph build papers.jsonl --neo4j bolt://localhost:7687 --password secret
    """
    from .pipeline import build as build_embedded
    from .pipeline import build_neo4j, default_db

    settings = neo4j_settings(uri, user, password, database)
    with Reporter(quiet, "building") as rep:
        if db is None and settings.configured():
            where = settings.uri
            stats = build_neo4j(inputs, settings, fmt, strict, rep.on_bad, jobs, rep.bar.update, min_confidence)
        else:
            where = db or default_db()
            stats = build_embedded(inputs, where, fmt, strict, rep.on_bad, jobs, rep.bar.update, min_confidence)
    if as_json:
        print_json(_plain(stats))
        return
    click.echo(f"{where}: {stats.papers_added} papers added, {stats.papers_unchanged} already present, "
               f"{stats.entities_added} new entities, {stats.relations_added} new relations "
               f"({stats.papers_total} papers, {stats.entities_total} entities in total)")


def _plain(stats):
    return {k: _plain(v) if hasattr(v, "__dataclass_fields__") else v for k, v in vars(stats).items()}


@main.command()
@db_option
@neo4j_options
@json_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def push(db, uri, user, password, database, as_json, quiet):
    """Copy the embedded store into Neo4j (re-running creates nothing new).

    \b
    Example:
      kgraph push --db kgraph.db --neo4j bolt://localhost:7687 --password secret
    """
    from .pipeline import default_db
    from .pipeline import push as run_push

    settings = neo4j_settings(uri, user, password, database)
    if not settings.configured():
        raise click.UsageError("push needs a Neo4j server: pass --neo4j URI or set NEO4J_URI")
    with Reporter(quiet, "pushing", unit=" rows") as rep:
        stats = run_push(db or default_db(), settings, rep.bar.update)
    if as_json:
        print_json(_plain(stats))
        return
    click.echo(f"{settings.uri}: {stats.rows} rows written, {stats.nodes_created} nodes and "
               f"{stats.relationships_created} relationships created")


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--input", "inputs", multiple=True, type=click.Path(dir_okay=False),
              help="Papers to extract and score (default: the gold file itself).")
@click.option("--predicted", type=click.Path(exists=True, dir_okay=False),
              help="Score these records (`kgraph extract` format: another tool's output or a second "
                   "annotator's) instead of extracting.")
@click.option("--paired-only", is_flag=True,
              help="With --predicted: score only the gold papers the predictions cover.")
@click.option("--details", is_flag=True, help="List misses and false positives per paper.")
@_min_confidence_option
@json_option
def evaluate(gold, inputs, predicted, paired_only, details, min_confidence, as_json):
    """Score extraction against gold annotations in the `kgraph extract` format.

    \b
    Examples:
      kgraph eval my-gold.jsonl --input my-papers.jsonl --details
      kgraph eval my-gold.jsonl --input my-papers.jsonl --min-confidence 0.5
      kgraph eval annotator-1.jsonl --predicted annotator-2.jsonl --paired-only
    """
    from .evaluate import format_report
    from .pipeline import evaluate_inputs, evaluate_predictions

    if predicted and (inputs or min_confidence):
        raise click.UsageError("--predicted scores ready records: it takes no --input or --min-confidence")
    if predicted:
        report = evaluate_predictions(gold, predicted, paired_only)
    else:
        report = evaluate_inputs(gold, list(inputs) or [gold], min_confidence=min_confidence)
    if as_json:
        print_json(report.to_json())
    else:
        click.echo(format_report(report, details=details))
