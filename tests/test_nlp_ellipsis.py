"""Coordinated ellipsis with dangling hyphens (kgraph.nlp.ellipsis and the entity merger)."""

import pytest

from kgraph.extract import Extractor
from kgraph.models import Paper
from kgraph.nlp.ellipsis import ellipsis_names


def _names(text, mention):
    start = text.index(mention)
    return [name for _, _, name in ellipsis_names(text, start, start + len(mention))]


@pytest.mark.parametrize("text, mention, names", [
    ("We address class-, task-, and domain-incremental learning.", "domain-incremental learning",
     ["class-incremental learning", "task-incremental learning"]),
    ("It helps both pre- and post-training.", "post-training", ["pre-training"]),
    ("for open- or closed-source models", "closed-source models", ["open-source models"]),
    ("for point-cloud- and silhouette-conditioned generation", "silhouette-conditioned generation",
     ["point-cloud-conditioned generation"]),
    # no dangling hyphen: a list of two things as often as a shared head
    ("It shows promise for mathematical and code reasoning.", "code reasoning", []),
    ("We use semantic chunking and knowledge-graph retrieval.", "knowledge-graph retrieval", []),
    # the mention's first word has no hyphen to share
    ("We study pre- and training dynamics.", "training dynamics", []),
])
def test_ellipsis_names(text, mention, names):
    assert _names(text, mention) == names


def test_extractor_expands_dangling_hyphens_into_typed_entities():
    paper = Paper(id="1", title="Incremental learning",
                  abstract="We evaluate our method on class-, task-, and domain-incremental learning benchmarks.")
    entities = {e.name: e for e in Extractor().extract(paper).entities}
    assert entities["class-incremental learning"].type == entities["domain-incremental learning"].type == "TASK"
    assert entities["task-incremental learning"].aliases == []
