"""Coordinated ellipsis with dangling hyphens (kgraph.nlp.ellipsis and the entity merger)."""

import pytest

from kgraph.extract import Extractor
from kgraph.models import Paper
from kgraph.nlp.ellipsis import ellipsis_mentions, ellipsis_names, lexicon_keys, plain_names


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


@pytest.mark.parametrize("text, mention, names", [
    ("It shows promise for mathematical and code reasoning.", "code reasoning", ["mathematical reasoning"]),
    ("Results on image and video editing.", "video editing", ["image editing"]),
    ("tasks such as blending and continuous editing.", "continuous editing", []),  # a process noun
    ("for scalable and adaptive memory retrieval.", "adaptive memory retrieval", []),  # no head of ``heads``
])
def test_plain_names(text, mention, names):
    start = text.index(mention)
    found = plain_names(text, start, start + len(mention), {"reasoning", "editing"})
    assert [name for _, _, name in found] == names


def test_plain_sibling_must_be_a_lexicon_name():
    text = "We propose latent and attention regularization for image and video editing."
    typed = [[text.index("attention"), text.index(" for image"), "METHOD", None, 0.5, {"phrase"}],
             [text.index("video"), len(text) - 1, "TASK", None, 0.5, {"phrase"}]]
    found = ellipsis_mentions(text, typed, heads={"regularization", "editing"}, known=lexicon_keys(
        [("image editing", "TASK", ())]))
    assert [mention[3] for mention in found] == ["image editing"]
