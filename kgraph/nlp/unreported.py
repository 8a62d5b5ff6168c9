"""No METRIC for a quality word the paper never reports in.

"Existing methods struggle to balance segmentation accuracy and computational efficiency", "enhancing
efficiency, accuracy, and automation": a lower-case quality word in the background, with no relation (no
MEASURES), is no metric; the gold guidelines keep only measures results are reported in or optimised for.
Named measures ("traditional metrics like F1 and ROUGE") stay, and so do costs ("latency", "memory usage",
"training time", ``cost_words`` of ``cues.json``), which a paper that motivates by them usually optimises for.
"""

from kgraph.nlp.resources import read_cues

_COST_WORDS = frozenset(read_cues()["cost_words"])


def drop_unreported_metrics(entities, relations):
    """``entities`` and ``relations`` without lower-case non-cost METRIC entities that no relation targets.

    ``entities`` are ``(name, type, aliases, confidence)``; ``relations`` ``(type, entity_index, ...)``, renumbered.

    >>> drop_unreported_metrics([("accuracy", "METRIC", (), 1.0), ("FooNet", "METHOD", (), 1.0)],
    ...                         [("PROPOSES", 1, 0, 9, 0.8)])
    ([('FooNet', 'METHOD', (), 1.0)], [('PROPOSES', 0, 0, 9, 0.8)])
    """
    dropped = {i for i, entity in enumerate(entities)
               if entity[1] == "METRIC" and entity[0].islower() and entity[0].rsplit(None, 1)[-1] not in _COST_WORDS}
    if dropped:
        dropped -= {relation[1] for relation in relations}
    if not dropped:
        return entities, relations
    new_index, kept = {}, []
    for i, entity in enumerate(entities):
        if i not in dropped:
            new_index[i] = len(kept)
            kept.append(entity)
    return kept, [(kind, new_index[index], *rest) for kind, index, *rest in relations]
