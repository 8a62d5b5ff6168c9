"""The Neo4j store against a real server: schema, writes, idempotence, push, errors, and parity
of every named query with the embedded store (hand-built fixtures and the sample page)."""
import socket

import pytest
import store_fixtures
from neo4j_helpers import provide_server
from store_fixtures import GALORE_SENT

from kgraph.errors import QueryError, StoreError, UnknownEntityError
from kgraph.models import ENTITY_TYPES
from kgraph.neo4j_store import Neo4jSettings, Neo4jStore
from kgraph.query import ANY_TYPE, list_queries, run_query
from kgraph.store import EmbeddedStore

pytestmark = pytest.mark.neo4j
SAMPLE = store_fixtures.__file__.rsplit("/", 2)[0] + "/data/daily-papers-sample.txt"
LABELS = {"METHOD": "Method", "MODEL": "Model", "DATASET": "Dataset", "METRIC": "Metric", "TASK": "Task"}


@pytest.fixture(scope="session")
def settings():
    for server in provide_server():
        yield Neo4jSettings(server["NEO4J_URI"], server["NEO4J_USERNAME"], server["NEO4J_PASSWORD"])


def wipe(store, schema=False):
    """Delete every node (and, with ``schema``, every constraint and index but the built-in ones)."""
    store.driver.execute_query("MATCH (n) DETACH DELETE n", database_=store.settings.database)
    if schema:
        for kind, plural in (("CONSTRAINT", "CONSTRAINTS"), ("INDEX", "INDEXES")):
            records, _, _ = store.driver.execute_query(f"SHOW {plural} YIELD name, type RETURN name, type")
            for name, type_ in records:
                if type_ != "LOOKUP":
                    store.driver.execute_query(f"DROP {kind} {name} IF EXISTS")
        store._schema_done = False


@pytest.fixture(scope="module")
def store(settings):
    with Neo4jStore.open(settings) as opened:
        wipe(opened, schema=True)
        yield opened
        wipe(opened)


@pytest.fixture(scope="module")
def sample():
    """The sample page's extractions, extracted once."""
    from kgraph.pipeline import extract_inputs

    return list(extract_inputs([SAMPLE]))


def load(store, extractions):
    wipe(store)
    return store.add(extractions)


def values(store, query, **params):
    records, _, _ = store.driver.execute_query(query, params, database_=store.settings.database)
    return [list(r.values()) for r in records]


def test_settings_from_env_and_overrides():
    env = {"NEO4J_URI": "bolt://h:1", "NEO4J_PASSWORD": "pw"}
    assert Neo4jSettings.from_env(env) == Neo4jSettings("bolt://h:1", "neo4j", "pw", "neo4j")
    assert Neo4jSettings.from_env(env, user="u", database=None).user == "u"
    assert not Neo4jSettings.from_env({}).configured()


def test_schema_is_created_on_first_write(store):
    wipe(store, schema=True)
    assert not [n for (n,) in values(store, "SHOW CONSTRAINTS YIELD name RETURN name") if n.startswith("kgraph")]
    load(store, store_fixtures.papers())
    constraints = values(store, "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type "
                                "RETURN labelsOrTypes[0], properties[0], type")
    assert {tuple(row) for row in constraints} >= {
        ("Paper", "id", "UNIQUENESS"), ("Entity", "key", "UNIQUENESS"), ("Alias", "key", "UNIQUENESS")}
    indexes = {(t, tuple(p)) for t, p in values(store, "SHOW INDEXES YIELD labelsOrTypes, properties, type "
                                                     "WHERE labelsOrTypes = ['Entity'] RETURN type, properties")}
    assert {("RANGE", ("name",)), ("TEXT", ("name",)), ("RANGE", ("paper_count",))} <= indexes


def test_entities_carry_their_type_label(store):
    load(store, store_fixtures.papers())
    rows = values(store, "MATCH (e:Entity) RETURN e.name, e.type, labels(e)")
    assert len(rows) == 13
    for name, type_, labels in rows:
        assert sorted(labels) == sorted(["Entity", LABELS[type_]]), name
    assert values(store, "MATCH (e:Model) RETURN e.name") == [["LLaMA"]]


def test_a_changed_majority_type_moves_the_label(store):
    load(store, store_fixtures.papers())
    assert values(store, "MATCH (e:Entity {key: 'lora'}) RETURN labels(e)") == [[["Entity", "Method"]]]
    store.add([store_fixtures._extraction(f"2501.0000{i}", "2025-01-01", "LoRA as a model", [("LoRA", "MODEL")], [])
               for i in range(1, 5)])
    assert values(store, "MATCH (e:Entity {key: 'lora'}) RETURN e.type, labels(e)") == [["MODEL", ["Entity", "Model"]]]


def test_relations_and_derived_edges_carry_evidence(store):
    load(store, store_fixtures.papers())
    [[abstract, evidence, start, end, confidence]] = values(
        store, "MATCH (p:Paper)-[r:PROPOSES]->(:Entity {key: 'galore'}) "
               "RETURN p.abstract, r.evidence, r.start, r.end, r.confidence")
    assert evidence == GALORE_SENT and abstract[start:end] == evidence and confidence == 1.0
    derived = values(store, "MATCH (s:Entity)-[c:COMPARED_WITH]->(d:Entity) "
                            "RETURN s.name, d.name, c.paper, c.derived, c.evidence ORDER BY s.name, d.name")
    assert derived == [["Fira", "GaLore", "2410.01623", True, store_fixtures.FIRA_VS_GALORE],
                       ["Fira", "LoRA", "2410.01623", True, store_fixtures.FIRA_VS_GALORE],
                       ["GaLore", "LoRA", "2403.03507", True, store_fixtures.GALORE_VS_LORA],
                       ["ViT-Adapter", "LoRA", "2301.00002", True, "ViT-Adapter beats LoRA."]]
    assert values(store, "MATCH (:Paper)-[m:MENTIONS]->(:Entity {key: 'adam'}) RETURN count(m)") == [[1]]


def test_papers_list_the_keys_of_the_entities_they_mention(store, tmp_path):
    db = tmp_path / "kgraph.db"
    store_fixtures.build(db)
    query = ("MATCH (p:Paper)-[:MENTIONS]->(e:Entity) WITH p, e ORDER BY e.key "
             "RETURN p.id, p.entity_keys, collect(e.key) ORDER BY p.id")
    load(store, store_fixtures.papers())
    added = values(store, query)
    wipe(store)
    with EmbeddedStore.open(db) as embedded:
        store.push_embedded(embedded)
    assert values(store, query) == added and len(added) == 4
    for paper, listed, mentioned in added:
        assert listed == mentioned, paper


def test_rebuilding_creates_no_node_and_no_relationship(store):
    first = load(store, store_fixtures.papers())
    assert first.papers_added == 4
    assert [[first.load.nodes_created]] == values(store, "MATCH (n) RETURN count(n)")
    assert [[first.load.relationships_created]] == values(store, "MATCH ()-[r]->() RETURN count(r)")
    again = store.add(store_fixtures.papers())
    assert (again.papers_added, again.papers_unchanged) == (0, 4)
    assert (again.load.nodes_created, again.load.relationships_created) == (0, 0)


def test_push_copies_the_embedded_store_and_is_idempotent(store, tmp_path):
    db = tmp_path / "kgraph.db"
    store_fixtures.build(db)
    wipe(store)
    with EmbeddedStore.open(db) as embedded:
        counts = embedded.stats()
        pushed = store.push_embedded(embedded)
        again = store.push_embedded(embedded)
    assert pushed.nodes_created > 0 and (again.nodes_created, again.relationships_created) == (0, 0)
    assert values(store, "MATCH (p:Paper) RETURN count(p)") == [[counts["papers"]]]
    assert values(store, "MATCH (e:Entity) RETURN count(e)") == [[counts["entities"]]]
    typed = values(store, "MATCH (:Paper)-[r]->(:Entity) WHERE type(r) <> 'MENTIONS' RETURN type(r), count(r)")
    assert dict(map(tuple, typed)) == counts["relations_by_type"]
    assert values(store, "MATCH (:Entity)-[c:COMPARED_WITH]->(:Entity) RETURN count(c)") == [[counts["derived_edges"]]]


def test_add_after_push_creates_nothing(store, tmp_path):
    db = tmp_path / "kgraph.db"
    store_fixtures.build(db)
    wipe(store)
    with EmbeddedStore.open(db) as embedded:
        store.push_embedded(embedded)
    again = store.add(store_fixtures.papers())
    assert again.papers_unchanged == 4 and again.load.rows == 0


def _param_sets(info, names):
    """Parameter dicts for ``info``: every entity name for entity params, every type, two limits."""
    sets = [{}]
    for param, (kind, _default) in info.kinds.items():
        choices = {"entity": names, "type": [*ENTITY_TYPES, ANY_TYPE], "int": ["3", "20"]}[kind]
        sets = [{**s, param: value} for s in sets for value in choices]
    return sets


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
@pytest.mark.parametrize("source", ["fixtures", "sample"])
def test_named_query_parity(store, sample, tmp_path, name, source):
    extractions = store_fixtures.papers() if source == "fixtures" else sample
    db = tmp_path / "kgraph.db"
    store_fixtures.build(db, extractions)
    load(store, extractions)
    info = next(q for q in list_queries() if q.name == name)
    with EmbeddedStore.open(db) as embedded:
        names = [row[0] for row in embedded.sql("SELECT name FROM entities ORDER BY key")]
        non_empty = 0
        for params in _param_sets(info, names):
            expected = run_query(embedded, name, params).rows
            assert run_query(store, name, params).rows == expected, params
            non_empty += bool(expected)
    assert non_empty > 0


def test_unknown_name_suggests_like_the_embedded_store(store, tmp_path):
    load(store, store_fixtures.papers())
    store_fixtures.build(tmp_path / "kgraph.db")
    with EmbeddedStore.open(tmp_path / "kgraph.db") as embedded, pytest.raises(UnknownEntityError) as expected:
        embedded.resolve_name("Galor")
    with pytest.raises(UnknownEntityError) as err:
        store.resolve_name("Galor")
    assert str(err.value) == str(expected.value) == "unknown entity 'Galor': did you mean GaLore?"
    assert store.resolve_name("gradient low-rank projection") == "galore"


def test_cypher_reads_with_parameters(store):
    load(store, store_fixtures.papers())
    result = store.cypher("MATCH (e:Dataset) WHERE e.paper_count >= $n RETURN e.name AS name, e ORDER BY name",
                          {"n": 2})
    assert result.columns == ["name", "e"]
    assert [row[0] for row in result.rows] == ["C4", "CIFAR10"]
    assert result.rows[0][1]["labels"] == ["Dataset", "Entity"]
    assert result.rows[1][1]["properties"]["aliases"] == ["CIFAR-10"]


def test_cypher_refuses_writes(store):
    load(store, store_fixtures.papers())
    for query in ("CREATE (:Paper {id: 'x'})", "MATCH (e:Entity) SET e.name = 'x'",
                  "MATCH (n) DETACH DELETE n", "CREATE INDEX x IF NOT EXISTS FOR (n:X) ON (n.y)"):
        with pytest.raises(QueryError, match="^kgraph cypher runs read-only queries; this one writes"):
            store.cypher(query)
    assert values(store, "MATCH (n:Paper) RETURN count(n)") == [[4]]
    assert values(store, "MATCH (e:Entity {name: 'x'}) RETURN count(e)") == [[0]]


def test_cypher_syntax_and_other_errors_are_one_line(store):
    with pytest.raises(QueryError) as err:
        store.cypher("MATCH (n RETURN n")
    assert str(err.value).startswith("Cypher syntax error: Invalid input 'RETURN'") and "\n" not in str(err.value)
    with pytest.raises(QueryError, match="^Neo4j rejected the query: .*Expected parameter"):
        store.cypher("RETURN $missing")


def test_wrong_password(settings):
    with pytest.raises(StoreError) as err:
        Neo4jStore.open(Neo4jSettings(settings.uri, settings.user, "not-the-password"))
    assert str(err.value) == (f"Neo4j refused the credentials for user {settings.user!r}: "
                              "check NEO4J_USERNAME/NEO4J_PASSWORD")


def test_unreachable_server():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    uri = f"bolt://127.0.0.1:{port}"
    with pytest.raises(StoreError) as err:
        Neo4jStore.open(Neo4jSettings(uri, "neo4j", "whatever1"))
    assert str(err.value) == (f"cannot reach Neo4j at {uri}: is the server running? "
                              "(scripts/neo4j start, or set NEO4J_URI)")


def test_unknown_database(settings):
    with pytest.raises(StoreError, match="database 'nosuchdb' does not exist: set NEO4J_DATABASE"):
        Neo4jStore.open(Neo4jSettings(settings.uri, settings.user, settings.password, "nosuchdb"))


def test_missing_or_bad_uri():
    with pytest.raises(StoreError, match="no Neo4j server configured: set NEO4J_URI"):
        Neo4jStore.open(Neo4jSettings(""))
    with pytest.raises(StoreError, match="invalid Neo4j URI 'http://x:7474'"):
        Neo4jStore.open(Neo4jSettings("http://x:7474"))
