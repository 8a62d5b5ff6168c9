"""Side-by-side comparison of entities (ORKG style), with evidence sentences.

For each entity: name, type, aliases, papers, and the tasks, datasets and
metrics of the papers that propose or use it, plus its baselines (what its
proposing papers compare it with). Then what all share, what only one has,
and every paper where one is compared with another, with the sentence.

>>> c = compare(store, ["GaLore", "Fira"])  # doctest: +SKIP
>>> c.shared["datasets"]  # doctest: +SKIP
['C4']
"""

from dataclasses import dataclass

from .embedded_queries import baselines_of, method_profile
from .errors import QueryError

PROPERTIES = ("tasks", "datasets", "metrics", "baselines")
_PROFILE_RELATIONS = {"ADDRESSES": "tasks", "EVALUATED_ON": "datasets", "MEASURES": "metrics"}


@dataclass
class Comparison:
    """``entities``: one profile dict per entity (in the order asked);
    ``shared``: property -> values all have; ``only``: property -> {entity
    name -> values no other has}; ``evidence``: papers comparing them."""

    entities: list
    shared: dict
    only: dict
    evidence: list

    def to_json(self):
        """A JSON-ready dict of the whole comparison."""
        return {"entities": self.entities, "shared": self.shared, "only": self.only, "evidence": self.evidence}


def profile(store, key):
    """The comparison profile of entity ``key``."""
    entity = store.entity(key)
    values = {prop: [] for prop in PROPERTIES}
    for relation, name, _type, _papers in method_profile(store, key):
        values[_PROFILE_RELATIONS[relation]].append(name)
    values["baselines"] = [name for name, _type, _papers in baselines_of(store, key)]
    papers = [{"id": p["id"], "title": p["title"], "date": p["date"]} for p in store.papers_of(key)]
    return {**entity, "papers": papers, **values}


def compare(store, names):
    """Compare two or more entities named ``names`` (names or aliases).

    Raises QueryError for fewer than two distinct entities and
    UnknownEntityError for an unknown name.
    """
    keys = list(dict.fromkeys(store.resolve_name(name) for name in names))
    if len(keys) < 2:
        raise QueryError(f"compare needs two different entities; {', '.join(names)} are one")
    profiles = [profile(store, key) for key in keys]
    shared, only = {}, {}
    for prop in PROPERTIES:
        sets = [set(p[prop]) for p in profiles]
        shared[prop] = sorted(set.intersection(*sets), key=str.casefold)
        only[prop] = {p["name"]: sorted(s.difference(*(o for o in sets if o is not s)), key=str.casefold)
                      for p, s in zip(profiles, sets)}
    return Comparison(profiles, shared, only, comparison_evidence(store, keys))


def comparison_evidence(store, keys):
    """Papers where one of ``keys`` is compared with another, newest first.

    Both derived edges (a paper proposes one and compares it with another)
    and papers mentioning two of them with a COMPARED_WITH to either count.
    """
    marks = ",".join("?" * len(keys))
    rows = store.sql(
        f"SELECT x.paper_id, x.evidence, x.start_pos, s.name, d.name FROM entity_edges x "
        f"JOIN entities s ON s.key = x.src_key JOIN entities d ON d.key = x.dst_key "
        f"WHERE x.src_key IN ({marks}) AND x.dst_key IN ({marks})", (*keys, *keys))
    rows += store.sql(
        f"SELECT r.paper_id, r.evidence, r.start_pos, NULL, e.name FROM relations r "
        f"JOIN entities e ON e.key = r.entity_key WHERE r.type = 'COMPARED_WITH' AND r.entity_key IN ({marks}) "
        f"AND r.paper_id IN (SELECT paper_id FROM mentions WHERE entity_key IN ({marks}) "
        f"GROUP BY paper_id HAVING count(*) > 1)", (*keys, *keys))
    found = {}
    for paper_id, evidence, start, src, dst in sorted(rows, key=lambda r: r[3] is None):
        item = found.setdefault((paper_id, start), {"paper": paper_id, "evidence": evidence, "compared": []})
        item["compared"] = list(dict.fromkeys(item["compared"] + [n for n in (src, dst) if n]))
    items = list(found.values())
    for item in items:
        paper = store.paper(item["paper"])
        item.update(title=paper["title"], date=paper["date"])
    items.sort(key=lambda i: (i["paper"], i["evidence"]))
    return sorted(items, key=lambda i: i["date"], reverse=True)
