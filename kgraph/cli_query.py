"""``kgraph`` commands that read the graph: queries, query, cypher, compare, show, viz."""

import json

import click

from .cli_common import (db_option, json_option, neo4j_options, neo4j_settings, param_option, parse_params,
                         print_json)
from .errors import StoreError


@click.command("queries")
@json_option
def list_named_queries(as_json):
    """List the named queries with their parameters.

    \b
    Example:
      kgraph queries
    """
    from .query import list_queries

    infos = list_queries()
    if as_json:
        print_json([{"name": q.name, "description": q.description, "columns": q.columns,
                     "params": [{"name": n, "description": d} for n, d in q.params],
                     "example": q.example} for q in infos])
        return
    for q in infos:
        params = " ".join(f"--param {n}=..." for n, _ in q.params)
        click.echo(f"{q.name} {params}\n    {q.description}\n    columns: {', '.join(q.columns)}")


@click.command()
@click.argument("name")
@param_option
@db_option
@neo4j_options
@json_option
def query(name, pairs, db, uri, user, password, database, as_json):
    """Run a named query (see `kgraph queries`) on Neo4j when configured, else on the embedded store.

    \b
    Example:
      kgraph query methods_on_dataset --param dataset=ALFWorld
      kgraph query top_entities --param type=DATASET --param limit=5 --json
      NEO4J_URI=bolt://localhost:7687 kgraph query baselines_of -p method=GaLore
    """
    from .pipeline import open_store
    from .query import run_query
    from .report import format_table

    with open_store(db, neo4j_settings(uri, user, password, database)) as store:
        result = run_query(store, name, parse_params(pairs))
    if as_json:
        print_json([dict(zip(result.columns, row)) for row in result.rows])
    else:
        click.echo(format_table(result.columns, result.rows))


@click.command()
@click.argument("text")
@param_option
@neo4j_options
@json_option
def cypher(text, pairs, uri, user, password, database, as_json):
    """Run ad-hoc, read-only Cypher on the Neo4j server (writes are refused).

    Parameter values are read as JSON when they parse (numbers, lists), else as strings.

    \b
    Example:
      kgraph cypher "MATCH (e:Dataset) RETURN e.name AS name, e.paper_count AS papers ORDER BY papers DESC LIMIT 5"
      kgraph cypher "MATCH (e:Entity {key: \\$key}) RETURN e.name, e.aliases" -p key=galore --json
    """
    from .neo4j_store import Neo4jStore, coerce_param
    from .report import format_table

    settings = neo4j_settings(uri, user, password, database)
    if not settings.configured():
        raise StoreError("kgraph cypher needs a Neo4j server: pass --uri or set NEO4J_URI")
    params = {k: coerce_param(v) for k, v in parse_params(pairs).items()}
    with Neo4jStore.open(settings) as store:
        result = store.cypher(text, params)
    if as_json:
        print_json([dict(zip(result.columns, row)) for row in result.rows])
    else:
        click.echo(format_table(result.columns, result.rows))


@click.command()
@click.argument("names", nargs=-1, required=True)
@db_option
@json_option
@click.option("--markdown", is_flag=True, help="Print a Markdown table.")
def compare(names, db, as_json, markdown):
    """Compare entities side by side: papers, tasks, datasets, metrics, baselines, evidence.

    \b
    Example:
      kgraph compare GaLore Fira
      kgraph compare GaLore LoRA --markdown > galore-vs-lora.md
    """
    from .compare import compare as run_compare
    from .pipeline import default_db
    from .report import format_comparison_markdown, format_comparison_text
    from .store import EmbeddedStore

    if len(names) < 2:
        raise click.UsageError("compare needs at least two names")
    with EmbeddedStore.open(db or default_db()) as store:
        result = run_compare(store, list(names))
    if as_json:
        print_json(result.to_json())
    elif markdown:
        click.echo(format_comparison_markdown(result))
    else:
        click.echo(format_comparison_text(result))


@click.command()
@click.argument("name")
@db_option
@json_option
def show(name, db, as_json):
    """Show an entity card: type, aliases, papers and relations with evidence.

    \b
    Example:
      kgraph show GaLore
    """
    from .pipeline import default_db
    from .query import entity_card
    from .report import format_card
    from .store import EmbeddedStore

    with EmbeddedStore.open(db or default_db()) as store:
        card = entity_card(store, name)
    click.echo(json.dumps(card.to_json(), ensure_ascii=False, indent=2) if as_json else format_card(card))


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


@click.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--focus", help="Only the neighbourhood of this entity.")
@click.option("--depth", default=2, show_default=True, help="Hops around --focus (paper and entity hops).")
@click.option("--types", "types", help="Comma-separated entity types to keep, e.g. METHOD,DATASET.")
@db_option
def viz(output, focus, depth, types, db):
    """Write an interactive, offline HTML view of the graph.

    \b
    Example:
      kgraph viz -o graph.html
      kgraph viz -o galore.html --focus GaLore --depth 2 --types METHOD,DATASET,METRIC
    """
    from .pipeline import default_db
    from .render import write_html
    from .store import EmbeddedStore

    type_set = _parse_types(types)
    with EmbeddedStore.open(db or default_db()) as store:
        graph = store.graph(focus=focus, depth=depth, types=type_set)
        built = store.stats().get("build_date", "")
    path = write_html(graph, output, title=f"kgraph: {focus}" if focus else "kgraph", build_date=built)
    click.echo(f"{path}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


COMMANDS = (list_named_queries, query, cypher, compare, show, viz)
