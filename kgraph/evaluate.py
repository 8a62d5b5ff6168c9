"""Score `kgraph extract` output against hand-made gold annotations.

Both sides are records in the extract format (``id``, ``title``,
``entities``, ``relations``). Papers are paired by id, or by normalised
title when no id matches, so gold files need not know ingest's ids.
Entities match when any surface form (name or alias) of one has the same
:func:`kgraph.resolve.entity_key` as a surface form of the other
(CIFAR10 = CIFAR-10); matching is one-to-one. Relations match on
(relation type, target), the targets compared the same way.

>>> gold = [{"id": "p1", "title": "T", "entities": [
...     {"name": "CIFAR-10", "type": "DATASET", "aliases": []}], "relations": []}]
>>> pred = [{"id": "p1", "title": "T", "entities": [
...     {"name": "cifar10", "type": "DATASET", "aliases": []}], "relations": []}]
>>> score(gold, pred).entities.f1
1.0
"""

import json
import re
from dataclasses import dataclass, field

from kgraph.errors import InputError
from kgraph.models import ENTITY_TYPES, RELATION_TYPES
from kgraph.resolve import entity_key


@dataclass
class Counts:
    """True positives, false positives and false negatives, with micro P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self):
        """Counts and rounded P/R/F1 as a dict."""
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}

    def add(self, tp, fp, fn):
        self.tp += tp
        self.fp += fp
        self.fn += fn


@dataclass
class PaperDiff:
    """What one paper got wrong (typed matching): misses and false positives."""

    id: str
    title: str
    found: bool
    missed_entities: list = field(default_factory=list)
    spurious_entities: list = field(default_factory=list)
    missed_relations: list = field(default_factory=list)
    spurious_relations: list = field(default_factory=list)


@dataclass
class EvalReport:
    """Micro-averaged scores over all gold papers, plus per-paper differences."""

    gold_papers: int = 0
    matched_papers: int = 0
    entities: Counts = field(default_factory=Counts)
    entities_untyped: Counts = field(default_factory=Counts)
    relations: Counts = field(default_factory=Counts)
    relations_untyped: Counts = field(default_factory=Counts)
    by_entity_type: dict = field(default_factory=lambda: {t: Counts() for t in ENTITY_TYPES})
    by_relation_type: dict = field(default_factory=lambda: {t: Counts() for t in RELATION_TYPES})
    papers: list = field(default_factory=list)

    def to_json(self):
        """Scores overall and per type, and the per-paper differences, as plain data."""
        return {
            "gold_papers": self.gold_papers, "matched_papers": self.matched_papers,
            "entities": self.entities.to_json(), "entities_untyped": self.entities_untyped.to_json(),
            "relations": self.relations.to_json(), "relations_untyped": self.relations_untyped.to_json(),
            "by_entity_type": {t: c.to_json() for t, c in self.by_entity_type.items()},
            "by_relation_type": {t: c.to_json() for t, c in self.by_relation_type.items()},
            "papers": [vars(p) for p in self.papers],
        }


def parse_jsonl(lines, source="<input>"):
    """Parse extract-format JSON lines (blank lines skipped) into dicts.

    Raises InputError naming the line of the first invalid record.
    """
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}:line {number}: invalid JSON ({exc.msg})") from None
        if not isinstance(record, dict) or not ("id" in record or "title" in record):
            raise InputError(f"{source}:line {number}: record needs an 'id' or a 'title'")
        records.append(record)
    return records


def load_jsonl(path):
    """Read an extract-format JSON-lines file (see :func:`parse_jsonl`)."""
    try:
        with open(path, encoding="utf-8") as handle:
            return parse_jsonl(handle, source=str(path))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None


def normalise_title(title):
    """Title key for pairing papers: casefolded, punctuation dropped, spaces collapsed."""
    return " ".join(re.sub(r"[^\w\s]", " ", title or "").casefold().split())


def _keys(entity):
    forms = [entity.get("name", "")] + list(entity.get("aliases") or [])
    return {entity_key(form) for form in forms} - {""}


def _match(gold_items, pred_items, same):
    """Greedy one-to-one matching; returns (matched pairs, unmatched gold, unmatched pred)."""
    free = list(range(len(pred_items)))
    pairs, missed = [], []
    for gold in gold_items:
        hit = next((i for i in free if same(gold, pred_items[i])), None)
        if hit is None:
            missed.append(gold)
        else:
            free.remove(hit)
            pairs.append((gold, pred_items[hit]))
    return pairs, missed, [pred_items[i] for i in free]


def _same(typed):
    """Match test for prepared entities or relations: a shared key (and the same type if typed)."""
    def same(gold, pred):
        return bool(gold["keys"] & pred["keys"]) and (not typed or gold["type"] == pred["type"])
    return same


def _prepare_entities(record):
    return [{"name": e.get("name", ""), "type": e.get("type", ""), "keys": _keys(e)}
            for e in record.get("entities") or []]


def _prepare_relations(record):
    """Relations with the keys of their target entity (target name alone if not listed)."""
    keys_by_name = {}
    for entity in record.get("entities") or []:
        keys_by_name.setdefault(entity.get("name", ""), set()).update(_keys(entity))
    relations = []
    for relation in record.get("relations") or []:
        target = relation.get("target", "")
        keys = keys_by_name.get(target) or ({entity_key(target)} - {""})
        relations.append({"type": relation.get("type", ""), "target": target, "keys": keys})
    return relations


def _distinct_targets(relations):
    seen, targets = set(), []
    for relation in relations:
        if relation["target"] not in seen:
            seen.add(relation["target"])
            targets.append(relation)
    return targets


def _pair_papers(gold_records, predicted_records):
    by_id = {r["id"]: r for r in predicted_records if "id" in r}
    by_title = {normalise_title(r.get("title")): r for r in predicted_records}
    for gold in gold_records:
        pred = by_id.get(gold.get("id")) or by_title.get(normalise_title(gold.get("title")))
        yield gold, pred


def _tally(total, by_type, pairs, missed, spurious):
    """Add typed matches to the total and to per-type counts (hits and misses by gold type, false positives by predicted type)."""
    total.add(len(pairs), len(spurious), len(missed))
    for g, _ in pairs:
        by_type.setdefault(g["type"], Counts()).add(1, 0, 0)
    for g in missed:
        by_type.setdefault(g["type"], Counts()).add(0, 0, 1)
    for p in spurious:
        by_type.setdefault(p["type"], Counts()).add(0, 1, 0)


def _score_entities(report, gold, pred, diff):
    pairs, missed, spurious = _match(gold, pred, _same(typed=True))
    _tally(report.entities, report.by_entity_type, pairs, missed, spurious)
    diff.missed_entities = [f"{e['name']} ({e['type']})" for e in missed]
    diff.spurious_entities = [f"{e['name']} ({e['type']})" for e in spurious]
    pairs, missed, spurious = _match(gold, pred, _same(typed=False))
    report.entities_untyped.add(len(pairs), len(spurious), len(missed))


def _score_relations(report, gold, pred, diff):
    pairs, missed, spurious = _match(gold, pred, _same(typed=True))
    _tally(report.relations, report.by_relation_type, pairs, missed, spurious)
    diff.missed_relations = [f"{r['type']} -> {r['target']}" for r in missed]
    diff.spurious_relations = [f"{r['type']} -> {r['target']}" for r in spurious]
    pairs, missed, spurious = _match(_distinct_targets(gold), _distinct_targets(pred),
                                     _same(typed=False))
    report.relations_untyped.add(len(pairs), len(spurious), len(missed))


def score(gold_records, predicted_records, paired_only=False):
    """Compare predictions with gold; returns an :class:`EvalReport`.

    Only gold papers are scored: a gold paper without a prediction counts
    all its entities and relations as misses (or, with ``paired_only``, is
    left out: a second annotator's sample of the gold papers); predictions
    for papers not in the gold set are ignored.
    """
    predicted_records = list(predicted_records)
    report = EvalReport()
    for gold, pred in _pair_papers(gold_records, predicted_records):
        if paired_only and pred is None:
            continue
        report.gold_papers += 1
        found = pred is not None
        report.matched_papers += found
        pred = pred if found else {}
        diff = PaperDiff(gold.get("id", ""), gold.get("title", ""), found=found)
        _score_entities(report, _prepare_entities(gold), _prepare_entities(pred), diff)
        _score_relations(report, _prepare_relations(gold), _prepare_relations(pred), diff)
        report.papers.append(diff)
    return report


def _row(label, counts):
    return (f"{label:<22}{counts.precision:>7.3f}{counts.recall:>7.3f}{counts.f1:>7.3f}"
            f"{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}")


def _details(papers):
    lines = []
    for paper in papers:
        parts = [("missed entities", paper.missed_entities),
                 ("false entities", paper.spurious_entities),
                 ("missed relations", paper.missed_relations),
                 ("false relations", paper.spurious_relations)]
        if not paper.found or any(items for _, items in parts):
            lines.append("")
            lines.append(f"{paper.title or paper.id}" + ("" if paper.found else "  [NOT PREDICTED]"))
            lines += [f"  {label}: {'; '.join(items)}" for label, items in parts if items]
    return lines


def format_report(report, details=False):
    """The report as a text table; with ``details`` also per-paper misses and false positives."""
    lines = [f"papers: {report.gold_papers} gold, {report.matched_papers} predicted",
             f"{'':<22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}",
             _row("entities (typed)", report.entities),
             _row("entities (untyped)", report.entities_untyped)]
    lines += [_row(f"  {t}", c) for t, c in report.by_entity_type.items()]
    lines += [_row("relations (typed)", report.relations),
              _row("relations (untyped)", report.relations_untyped)]
    lines += [_row(f"  {t}", c) for t, c in report.by_relation_type.items()]
    if details:
        lines += _details(report.papers)
    return "\n".join(lines)
