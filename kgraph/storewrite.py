"""Writing PaperExtractions into the embedded store's tables, batch by batch.

Split from :mod:`kgraph.store` to keep both short; the Neo4j loader reuses
:func:`paper_rows` and :func:`entity_rows` so both stores get the same rows. Each batch of papers is
resolved against the in-memory :class:`~kgraph.resolve.Resolver`, turned into
rows and written in one transaction, so the file only ever holds whole papers.
"""

import json
from itertools import islice

from .errors import StoreError
from .models import ENTITY_TYPES, RELATION_TYPES
from .resolve import entity_key

_INSERTS = {
    "papers": "INSERT INTO papers VALUES (?, ?, ?, ?, ?, ?, ?)",
    "mentions": "INSERT OR IGNORE INTO mentions VALUES (?, ?)",
    "relations": "INSERT OR IGNORE INTO relations VALUES (?, ?, ?, ?, ?, ?, ?)",
    "edges": "INSERT OR IGNORE INTO entity_edges VALUES (?, ?, 'COMPARED_WITH', ?, ?, ?, ?)",
    "entities": "INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?, ?, ?)",
    "alias_keys": "INSERT OR IGNORE INTO alias_keys VALUES (?, ?)",
}

# The rows of every table in the shapes of _INSERTS, for copying a store (Neo4j push).
# PAPER_EXPORTS select the rows of the papers with ids in [?, ?] (a range of the paper id order).
EXPORTS = {
    "papers": "SELECT id, title, abstract, url, date, authors, categories FROM papers",
    "entities": "SELECT key, name, type, aliases, paper_count, votes FROM entities",
    "alias_keys": "SELECT alias_key, entity_key FROM alias_keys",
    "mentions": "SELECT paper_id, entity_key FROM mentions",
    "relations": "SELECT paper_id, entity_key, type, evidence, start_pos, end_pos, confidence FROM relations",
    "edges": "SELECT src_key, dst_key, paper_id, evidence, start_pos, end_pos FROM entity_edges",
}
PAPER_EXPORTS = {table: f"{EXPORTS[table]} WHERE {column} BETWEEN ? AND ?" for table, column in
                 (("mentions", "paper_id"), ("relations", "paper_id"), ("edges", "paper_id"))}


def paper_batches(conn, batch_size, skip_ids):
    """Yield {table: rows} of papers, mentions, relations and edges, ``batch_size`` papers at a time.

    Papers come in id order; those in ``skip_ids`` are left out with all their rows.
    """
    cursor = conn.execute(EXPORTS["papers"] + " ORDER BY id")
    while papers := cursor.fetchmany(batch_size):
        bounds = (papers[0][0], papers[-1][0])
        batch = {"papers": [row for row in papers if row[0] not in skip_ids]}
        for table, query in PAPER_EXPORTS.items():
            column = 0 if table != "edges" else 2
            batch[table] = [row for row in conn.execute(query, bounds) if row[column] not in skip_ids]
        if batch["papers"]:
            yield batch


def write_batches(conn, resolver, known_ids, extractions, stats, progress, batch_size):
    """Resolve and write ``extractions`` in transactions of ``batch_size`` papers.

    ``known_ids`` (a set, updated) holds the stored paper ids: those papers are
    skipped and counted in ``stats.papers_unchanged``. On an error the open
    batch is rolled back and the exception propagates; ``resolver`` then no
    longer matches the file and must be discarded.
    """
    extractions = iter(extractions)
    while batch := list(islice(extractions, batch_size)):
        entity_count = len(resolver.records)
        rows = new_paper_rows(batch, resolver, known_ids, stats, _INSERTS)
        with conn:
            counts = {table: conn.executemany(sql, rows[table]).rowcount for table, sql in _INSERTS.items()}
        stats.papers_added += counts["papers"]
        stats.relations_added += counts["relations"]
        stats.entities_added += len(resolver.records) - entity_count
        if progress:
            progress(len(batch))


def new_paper_rows(batch, resolver, known_ids, stats, tables):
    """{table: rows} for the papers of ``batch`` not in ``known_ids`` (a set, updated), resolved.

    Papers already known are counted in ``stats.papers_unchanged``. Both
    stores write from these rows, so they resolve and store alike.
    """
    rows, dirty = {table: [] for table in tables}, set()
    for item in batch:
        if item.paper.id in known_ids:
            stats.papers_unchanged += 1
            continue
        known_ids.add(item.paper.id)
        dirty.update(paper_rows(item, resolver, rows))
    rows["entities"], rows["alias_keys"] = entity_rows(resolver, dirty)
    return rows


def _check(item):
    where = f"paper {item.paper.id}"
    for entity in item.entities:
        if entity.type not in ENTITY_TYPES:
            raise StoreError(f"{where}: entity {entity.name!r} has unknown type {entity.type!r}")
    for relation in item.relations:
        if relation.type not in RELATION_TYPES:
            raise StoreError(f"{where}: unknown relation type {relation.type!r}")


def paper_rows(item, resolver, rows):
    """Append the rows of one paper to ``rows``; return the entity keys it touches."""
    _check(item)
    paper = item.paper
    rows["papers"].append((paper.id, paper.title, paper.abstract, paper.url, paper.date,
                           json.dumps(paper.authors, ensure_ascii=False),
                           json.dumps(paper.categories, ensure_ascii=False)))
    local = resolver.resolve_paper(item.entities)
    keys = set(local.values())
    rows["mentions"].extend((paper.id, key) for key in keys)
    proposed, compared = [], []
    for rel in item.relations:
        key = local.get(entity_key(rel.target))
        if key is None:
            raise StoreError(f"paper {paper.id}: relation target {rel.target!r} is not one of its entities")
        rows["relations"].append((paper.id, key, rel.type, rel.evidence, rel.start, rel.end, rel.confidence))
        if rel.type == "PROPOSES":
            proposed.append(key)
        elif rel.type == "COMPARED_WITH":
            compared.append((key, rel))
    rows["edges"].extend((src, dst, paper.id, rel.evidence, rel.start, rel.end)
                         for src in proposed for dst, rel in compared if src != dst)
    return keys


def entity_rows(resolver, keys):
    """Entity rows (with votes) and alias-key rows for the records under ``keys``."""
    entities, aliases = [], []
    for key in sorted(keys):
        record = resolver.records[key]
        entities.append((key, record.name, record.type, json.dumps(record.aliases, ensure_ascii=False),
                         record.paper_count, json.dumps(record.votes(), ensure_ascii=False)))
        aliases.extend((form_key, key) for form_key in {entity_key(form) for form in record.forms})
    return entities, aliases
