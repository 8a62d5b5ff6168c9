"""``kgraph`` commands that read the graph: queries, query, cypher, compare, show, viz."""

import json

import click

from .cli_common import (coerce_param, db_option, json_option, neo4j_options, neo4j_settings, param_option,
                         parse_params, print_json)
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
    from .neo4j_store import Neo4jStore
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
@click.option("--html", "html", type=click.Path(dir_okay=False),
              help="Also write the comparison as an offline HTML page (table and joint graph).")
@click.option("--depth", default=2, show_default=True, help="Hops of the joint neighbourhood graph in --html.")
def compare(names, db, as_json, markdown, html, depth):
    """Compare entities side by side: papers, tasks, datasets, metrics, baselines, evidence.

    \b
    Example:
      kgraph compare GaLore Fira
      kgraph compare GaLore LoRA --markdown > galore-vs-lora.md
      kgraph compare GaLore Fira --html galore-vs-fira.html
    """
    from .compare import compare as run_compare
    from .pipeline import default_db
    from .render import write_compare_html
    from .report import format_comparison_markdown, format_comparison_text
    from .store import EmbeddedStore

    if len(names) < 2:
        raise click.UsageError("compare needs at least two names")
    with EmbeddedStore.open(db or default_db()) as store:
        result = run_compare(store, list(names))
        graph = store.graph(focus=list(names), depth=depth) if html else None
        built = store.stats().get("build_date", "")
    if html:
        title = "kgraph: " + " vs ".join(e["name"] for e in result.entities)
        path = write_compare_html(result.to_json(), graph, html, title=title, build_date=built)
        click.echo(f"{path}: comparison of {len(result.entities)} entities, {graph.number_of_nodes()} nodes",
                   err=as_json or markdown)
    if as_json:
        print_json(result.to_json())
    elif markdown:
        click.echo(format_comparison_markdown(result))
    elif not html:
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


def _parse_choices(text, allowed, option):
    """A comma-separated option value as a set of upper-case names from ``allowed`` (None if empty)."""
    if not text:
        return None
    chosen = {t.strip().upper() for t in text.split(",") if t.strip()}
    unknown = chosen - set(allowed)
    if unknown:
        raise click.BadParameter(f"unknown type(s) {', '.join(sorted(unknown))}; use {', '.join(allowed)}",
                                 param_hint=option)
    return chosen


@click.command()
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--focus", multiple=True, help="Only the neighbourhood of this entity (repeatable).")
@click.option("--depth", default=2, show_default=True, help="Hops around --focus (paper and entity hops).")
@click.option("--types", "types", help="Comma-separated entity types to keep, e.g. METHOD,DATASET.")
@click.option("--relations", help="Comma-separated relation types to keep, e.g. EVALUATED_ON,COMPARED_WITH.")
@click.option("--min-papers", default=0, type=click.IntRange(min=0), help="Drop entities in fewer papers.")
@click.option("--query", "query_name", metavar="NAME", help="Show the subgraph of a named query's result.")
@param_option
@click.option("--papers/--no-papers", default=True, show_default=True,
              help="Show paper nodes, or project onto entities (method -> dataset/metric/task, weighted).")
@db_option
def viz(output, focus, depth, types, relations, min_papers, query_name, pairs, papers, db):
    """Write an interactive, offline HTML view of the graph (or a part of it).

    \b
    Example:
      kgraph viz -o graph.html
      kgraph viz -o galore.html --focus GaLore --depth 2 --types METHOD,DATASET,METRIC
      kgraph viz -o methods.html --no-papers --min-papers 2 --relations EVALUATED_ON,COMPARED_WITH
      kgraph viz -o baselines.html --query baselines_of --param method=GaLore
    """
    from .graphview import ViewOptions, view_graph
    from .models import ENTITY_TYPES, RELATION_TYPES
    from .pipeline import default_db
    from .render import write_html
    from .store import EmbeddedStore

    if query_name and focus:
        raise click.UsageError("use either --focus or --query, not both")
    options = ViewOptions(focus=list(focus), depth=depth, types=_parse_choices(types, ENTITY_TYPES, "--types"),
                          relations=_parse_choices(relations, RELATION_TYPES, "--relations"),
                          min_papers=min_papers, query=query_name, params=parse_params(pairs), papers=papers)
    with EmbeddedStore.open(db or default_db()) as store:
        graph = view_graph(store, options)
        built = store.stats().get("build_date", "")
    path = write_html(graph, output, title=_view_title(focus, query_name, pairs), build_date=built)
    click.echo(f"{path}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


def _view_title(focus, query_name, pairs):
    if query_name:
        return " ".join(["kgraph:", query_name, *pairs])
    return f"kgraph: {', '.join(focus)}" if focus else "kgraph"


COMMANDS = (list_named_queries, query, cypher, compare, show, viz)
