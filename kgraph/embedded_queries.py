"""The named queries answered with SQL on the embedded store.

One function per ``queries/<name>.cypher`` file, registered in
IMPLEMENTATIONS under the same name, taking the same (already converted)
parameters and returning rows in the same column order and row order as the
Cypher. Entity parameters arrive as entity keys. Ties are broken by entity
key (or paper id) so both stores agree row for row. Counting happens before
joining entity names, which keeps popular entities fast. ``limit`` keeps the
first rows (-1, the default for direct callers such as kgraph.compare: all).
"""

METHOD_TYPES = "('METHOD', 'MODEL')"


def methods_on_dataset(store, dataset, limit=-1):
    """Methods/models proposed, used or compared in papers evaluated on ``dataset``."""
    return store.sql(
        "SELECT e.name, e.type, c.papers FROM (SELECT r.entity_key AS key, count(DISTINCT r.paper_id) AS papers "
        "FROM relations d JOIN relations r ON r.paper_id = d.paper_id WHERE d.entity_key = ? "
        "AND d.type = 'EVALUATED_ON' AND r.type IN ('PROPOSES', 'USES', 'COMPARED_WITH') "
        "AND r.entity_key <> d.entity_key GROUP BY r.entity_key) c JOIN entities e ON e.key = c.key "
        f"WHERE e.type IN {METHOD_TYPES} ORDER BY c.papers DESC, c.key LIMIT ?", (dataset, limit))


def _compared(store, key, limit, near, far):
    """Entities at the ``far`` end of derived COMPARED_WITH edges whose ``near`` end is ``key``."""
    return store.sql(
        "SELECT e.name, e.type, count(DISTINCT x.paper_id) AS papers FROM entity_edges x "
        f"JOIN entities e ON e.key = x.{far} WHERE x.{near} = ? "
        "GROUP BY e.key ORDER BY papers DESC, e.key LIMIT ?", (key, limit))


def baselines_of(store, method, limit=-1):
    """Entities ``method`` is compared with (derived edges from it)."""
    return _compared(store, method, limit, near="src_key", far="dst_key")


def compared_against(store, method, limit=-1):
    """Entities compared against ``method`` (derived edges to it)."""
    return _compared(store, method, limit, near="dst_key", far="src_key")


def method_profile(store, method, limit=-1):
    """Datasets, metrics and tasks of the papers proposing or using ``method``."""
    return store.sql(
        "SELECT c.type, e.name, e.type, c.papers FROM (SELECT r.type AS type, r.entity_key AS key, "
        "count(DISTINCT r.paper_id) AS papers FROM relations m JOIN relations r ON r.paper_id = m.paper_id "
        "WHERE m.entity_key = ? AND m.type IN ('PROPOSES', 'USES') "
        "AND r.type IN ('EVALUATED_ON', 'MEASURES', 'ADDRESSES') AND r.entity_key <> m.entity_key "
        "GROUP BY r.type, r.entity_key) c JOIN entities e ON e.key = c.key "
        "ORDER BY c.type, c.papers DESC, c.key LIMIT ?", (method, limit))


def papers_proposing(store, entity, limit=-1):
    """Papers proposing ``entity``, newest first, with evidence."""
    return store.sql(
        "SELECT p.id, p.title, p.date, r.evidence FROM relations r JOIN papers p ON p.id = r.paper_id "
        "WHERE r.entity_key = ? AND r.type = 'PROPOSES' ORDER BY p.date DESC, p.id LIMIT ?", (entity, limit))


def papers_mentioning(store, entity, limit=-1):
    """The ``limit`` newest papers mentioning ``entity``, with the sorted list of their relations to it."""
    return [[paper["id"], paper["title"], paper["date"], paper["relations"]]
            for paper in store.papers_of(entity, limit)]


def top_entities(store, type, limit):  # noqa: A002 - the query parameter is called "type"
    """The ``limit`` entities with most papers, of ``type`` (or ANY)."""
    return store.sql(
        "SELECT name, type, paper_count FROM entities WHERE ? = 'ANY' OR type = ? "
        "ORDER BY paper_count DESC, key LIMIT ?", (type, type, limit))


def co_mentioned(store, entity, limit):
    """The ``limit`` entities sharing most papers with ``entity``."""
    return store.sql(
        "SELECT e.name, e.type, c.papers FROM (SELECT b.entity_key AS key, count(*) AS papers FROM mentions a "
        "JOIN mentions b ON b.paper_id = a.paper_id WHERE a.entity_key = ? AND b.entity_key <> a.entity_key "
        "GROUP BY b.entity_key ORDER BY papers DESC, b.entity_key LIMIT ?) c JOIN entities e ON e.key = c.key "
        "ORDER BY c.papers DESC, c.key", (entity, limit))


IMPLEMENTATIONS = {func.__name__: func for func in (
    methods_on_dataset, baselines_of, compared_against, method_profile,
    papers_proposing, papers_mentioning, top_entities, co_mentioned)}
