"""The entity record of a group of mentions (see kgraph.nlp.entities): name, type, aliases and confidence."""

import re

from kgraph.nlp.shapes import untyped_type

PLURAL_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9\-]*[A-Z]s$")  # "MLPs", "WebPRMs"


def _preferred_surface(surfaces, shorts):
    """A defined short form if any, else the first surface that is not a plural acronym."""
    for surface in surfaces:
        if surface in shorts:
            return surface
    for surface in surfaces:
        if not (surface[-1] == "s" and PLURAL_ACRONYM.match(surface)):
            return surface
    return surfaces[0]


def entity_row(members, sources, shorts, text):
    """``[name, type, aliases, confidence]`` for one group of mentions ``members`` (``[start, end, type,
    canonical, confidence, sources]``; ``sources``: the union of their sources, ``shorts``: the defined short
    forms): the first canonical name, else a defined short form or the first surface; the type most voted for
    (a lexicon type counts three times); the other surfaces as aliases, but for the coordination that named a
    sibling by ellipsis (kgraph.nlp.ellipsis)."""
    if len(members) == 1:
        start, end, kind, canonical, confidence, _ = members[0]
        surface = text[start:end]
        name = canonical or surface
        bonus = 0.1 if "acr" in sources else 0
        alias = _alias(surface, name) and "ellipsis" not in sources
        return [name, kind or untyped_type(name), [surface] if alias else [],
                round(min(1.0, confidence + bonus), 3)]
    surfaces, votes = [], {}
    canonical, best = None, 0.0
    for start, end, kind, name, confidence, origin in members:
        surface = text[start:end]
        if surface not in surfaces and "ellipsis" not in origin:
            surfaces.append(surface)
        if canonical is None and name is not None:
            canonical = name
        if kind:
            votes[kind] = votes.get(kind, 0) + (3 if "lex" in origin else 1)
        best = max(best, confidence)
    name = canonical or _preferred_surface(surfaces, shorts)
    kind = max(votes, key=votes.get) if votes else untyped_type(name)
    confidence = min(1.0, best + 0.05 * (len(members) - 1) + (0.1 if "acr" in sources else 0))
    return [name, kind, [s for s in surfaces if _alias(s, name)], round(confidence, 3)]


def _alias(surface, name):
    """Whether ``surface`` is an alias of the entity ``name``: not the name itself nor a short tail of it that
    a slash-joined variant was written as ("100" of "CIFAR-10/100" names "CIFAR-100")."""
    return surface != name and not (len(surface) <= 3 and name.endswith(surface))
