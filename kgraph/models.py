"""Plain dataclasses passed between the pipeline stages.

ingest -> Paper (and BadRecord reports); extract -> PaperExtraction holding
Entity and Relation objects; store consumes PaperExtraction.
"""

from dataclasses import dataclass, field

ENTITY_TYPES = ("METHOD", "MODEL", "DATASET", "METRIC", "TASK")
RELATION_TYPES = ("PROPOSES", "USES", "EVALUATED_ON", "COMPARED_WITH", "MEASURES", "ADDRESSES")


@dataclass
class Paper:
    """One abstract with its metadata; ``id`` is stable across inputs."""

    id: str
    title: str
    abstract: str
    url: str = ""
    date: str = ""
    authors: list = field(default_factory=list)
    categories: list = field(default_factory=list)


@dataclass
class BadRecord:
    """A record that could not be read, with where it was and why.

    >>> str(BadRecord("papers.jsonl", "line 3", "invalid JSON"))
    'papers.jsonl:line 3: invalid JSON'
    """

    path: str
    location: str
    reason: str

    def __str__(self):
        return f"{self.path}:{self.location}: {self.reason}"


@dataclass
class Entity:
    """An entity mentioned in one paper: canonical name, type, surface forms."""

    name: str
    type: str
    aliases: list = field(default_factory=list)
    confidence: float = 1.0


@dataclass
class Relation:
    """A paper-level relation to one of the paper's entities (``target`` is its name).

    ``start``/``end`` are character offsets of the evidence sentence in the
    abstract, so ``paper.abstract[start:end] == evidence``.
    """

    type: str
    target: str
    evidence: str
    start: int
    end: int
    confidence: float = 1.0


@dataclass
class PaperExtraction:
    """What extraction found in one paper."""

    paper: Paper
    entities: list = field(default_factory=list)
    relations: list = field(default_factory=list)

    def confident(self, threshold):
        """This extraction without the entities below ``threshold`` confidence, and without the relations to them.

        The high-precision view of a paper: on the development gold sets, a threshold of 0.5 keeps about
        three quarters of the correct entities and drops about half of the false ones (BENCHMARKS.md).

        >>> x = PaperExtraction(Paper("1", "T", "A."), [Entity("X", "METHOD", [], 0.9), Entity("y", "TASK", [], 0.4)],
        ...                     [Relation("ADDRESSES", "y", "A.", 0, 2, 0.9)])
        >>> [e.name for e in x.confident(0.5).entities], x.confident(0.5).relations
        (['X'], [])
        """
        entities = [entity for entity in self.entities if entity.confidence >= threshold]
        names = {entity.name for entity in entities}
        relations = [relation for relation in self.relations if relation.target in names]
        return PaperExtraction(self.paper, entities, relations)

    def to_json(self):
        """The ``kgraph extract`` output object for this paper."""
        return {
            "id": self.paper.id,
            "title": self.paper.title,
            "entities": [
                {"name": e.name, "type": e.type, "aliases": list(e.aliases), "confidence": round(e.confidence, 3)}
                for e in self.entities
            ],
            "relations": [
                {"type": r.type, "target": r.target, "evidence": r.evidence, "start": r.start,
                 "end": r.end, "confidence": round(r.confidence, 3)}
                for r in self.relations
            ],
        }
