"""Canonical entity keys: one key per real-world entity name.

Keys are insensitive to case, spaces, hyphens, underscores and dots, so
surface variants of one name meet on one node.

>>> entity_key("CIFAR-10") == entity_key("cifar10") == entity_key("Cifar 10")
True
"""

import re

_IGNORED = re.compile(r"[\s\-_.\u2010-\u2015]+")


def entity_key(name):
    """The canonical key of an entity name (casefolded, separators removed)."""
    return _IGNORED.sub("", name).casefold()
