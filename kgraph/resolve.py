"""Canonical entity keys and cross-paper entity resolution.

Keys are insensitive to case, spaces, hyphens, underscores and dots, so
surface variants of one name meet on one node.

>>> entity_key("CIFAR-10") == entity_key("cifar10") == entity_key("Cifar 10")
True

Resolution is pure (no storage): a :class:`Resolver` holds the known
entities and maps every name and alias key to its entity. An incoming
entity joins an existing one when the key of its name, or of one of its
aliases, equals a known name or alias key, so a paper that only says
"Gradient Low-Rank Projection" meets the GaLore of a paper that defined the
acronym. Merges happen only on exact key equality, never through chains of
fuzzy matches, and aliases whose key is shorter than two characters never
merge anything.
"""

import re
from dataclasses import dataclass, field

_IGNORED = re.compile(r"[\s\-_.\u2010-\u2015]+")
MIN_ALIAS_KEY = 2


def entity_key(name):
    """The canonical key of an entity name (casefolded, separators removed)."""
    return _IGNORED.sub("", name).casefold()


def _majority(votes):
    """The most voted item; ties go to the first seen (dicts keep insertion order)."""
    return max(votes, key=votes.get)


@dataclass
class EntityRecord:
    """One resolved, cross-paper entity with the votes that decide its name and type.

    ``forms`` are all surface forms seen (names and aliases, first seen first);
    ``names`` and ``types`` count how often each name and type was given.
    """

    key: str
    forms: list = field(default_factory=list)
    names: dict = field(default_factory=dict)
    types: dict = field(default_factory=dict)
    paper_count: int = 0

    @property
    def name(self):
        """The most frequent name (first seen on ties)."""
        return _majority(self.names)

    @property
    def type(self):
        """The majority type (first seen on ties)."""
        return _majority(self.types)

    @property
    def aliases(self):
        """Every surface form but the name."""
        name = self.name
        return [form for form in self.forms if form != name]

    def votes(self):
        """What must be stored to rebuild this record (see :meth:`from_votes`)."""
        return {"forms": self.forms, "names": self.names, "types": self.types}

    @classmethod
    def from_votes(cls, key, votes, paper_count):
        """The record saved by :meth:`votes`."""
        return cls(key, list(votes["forms"]), dict(votes["names"]), dict(votes["types"]), paper_count)


class Resolver:
    """Maps incoming per-paper entities onto cross-paper :class:`EntityRecord` s.

    >>> from kgraph.models import Entity
    >>> r = Resolver()
    >>> keys = r.resolve_paper([Entity("GaLore", "METHOD", ["Gradient Low-Rank Projection"])])
    >>> r.resolve_paper([Entity("gradient low rank projection", "METHOD")])
    {'gradientlowrankprojection': 'galore'}
    """

    def __init__(self, records=()):
        self.records = {}
        self.index = {}
        for record in records:
            self.records[record.key] = record
            for form in record.forms:
                self.index.setdefault(entity_key(form), record.key)

    def lookup(self, name):
        """The entity key that ``name`` resolves to, or None."""
        return self.index.get(entity_key(name))

    def resolve_paper(self, entities):
        """Resolve one paper's entities; return {surface form key: entity key}.

        Updates name/type votes and surface forms, and counts the paper once
        per entity it mentions. Entities whose name has an empty key are
        ignored. Relation targets of the paper resolve through the returned map.
        """
        local, counted = {}, set()
        for entity in entities:
            record = self._resolve(entity)
            if record is None:
                continue
            if record.key not in counted:
                counted.add(record.key)
                record.paper_count += 1
            for form in [entity.name, *entity.aliases]:
                local.setdefault(entity_key(form), record.key)
        local.pop("", None)
        return local

    def _resolve(self, entity):
        name_key = entity_key(entity.name)
        if not name_key:
            return None
        forms = [(entity.name, name_key)] + [
            (alias, key) for alias, key in ((a, entity_key(a)) for a in entity.aliases) if len(key) >= MIN_ALIAS_KEY
        ]
        found = next((self.index[key] for _, key in forms if key in self.index), None)
        record = self.records.get(found) or self.records.setdefault(name_key, EntityRecord(name_key))
        record.names[entity.name] = record.names.get(entity.name, 0) + 1
        record.types[entity.type] = record.types.get(entity.type, 0) + 1
        for form, key in forms:
            if self.index.setdefault(key, record.key) == record.key and form not in record.forms:
                record.forms.append(form)
        return record
