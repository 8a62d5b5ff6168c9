"""Checkpoints of known architectures: a lexicon name with a size suffix is a trained MODEL.

"Swin-B", "VGG19", "EfficientNet-B0", "DenseNet-121", "BGE-M3" are released
checkpoints of families the lexicon knows ("Swin", "VGG", ...), though the
lexicon types most families as techniques (METHOD). A version suffix makes a
model only of a model family ("DINO-v3"): on a technique it names a new version
of the technique ("MoCo-v3", "EfficientNetV2", "SSL-V3"), and so does a bare
generation number ("Mamba-2").
"""

import re

# a size: hyphenated letter, letter and digit or number ("-B", "-M3", "-121"), glued number ("VGG19") or glued
# letter and digit after a lower-case letter ("EfficientNetB0"); "V" with a digit is a version ("SSL-V3")
_SIZE = re.compile(r"^(.+?)(?:-(?:[A-UW-Z]\d?|\d{2,4})|(?<=[A-Za-z])\d{2,4}|(?<=[a-z])[A-UW-Z]\d)$")
_VERSION = re.compile(r"^(.+?)-?[vV]\d+(?:\.\d+)?$")
_FAMILY_TYPES = frozenset(("MODEL", "METHOD"))


def family_stems(rows):
    """``{name: type}`` of the lexicon names and aliases of MODEL and METHOD rows ``(name, type, aliases)`` that can
    start a checkpoint name: one word with a capital ("VGG", "DenseNet", "Swin").

    >>> family_stems([("DenseNet", "METHOD", ("DenseNets",)), ("dropout", "METHOD", ()), ("ImageNet", "DATASET", ())])
    {'DenseNet': 'METHOD', 'DenseNets': 'METHOD'}
    """
    return {surface: kind for name, kind, aliases in rows if kind in _FAMILY_TYPES
            for surface in (name, *aliases) if " " not in surface and not surface.islower()}


def variant_of(name, stems):
    """Whether ``name`` is a family name of ``stems`` (see :func:`family_stems`) with a size suffix, or a model
    family name with a version suffix.

    >>> stems = {"VGG": "METHOD", "EfficientNet": "METHOD", "BGE": "MODEL", "DINO": "MODEL", "MoCo": "METHOD"}
    >>> [variant_of(n, stems) for n in ("VGG19", "EfficientNet-B0", "BGE-M3", "DINO-v3")]
    [True, True, True, True]
    >>> [variant_of(n, stems) for n in ("VGG-2", "VGGT", "FooNet-B", "MoCo-v3", "EfficientNetV2")]
    [False, False, False, False, False]
    """
    size = _SIZE.match(name)
    if size is not None and size.group(1) in stems:
        return True
    version = _VERSION.match(name)
    return version is not None and stems.get(version.group(1)) == "MODEL"
