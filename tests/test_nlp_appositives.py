"""Types from the head noun of an appositive (kgraph.nlp.appositives)."""

import pytest

from kgraph.models import Paper
from kgraph.nlp.appositives import appositive_type, data_appositive_type, describes_name

HEADS = {"benchmark": "DATASET", "model": "MODEL", "framework": "METHOD", "learning": "TASK", "dataset": "DATASET"}


@pytest.mark.parametrize("text, kind", [
    ("SealQA, a new challenge benchmark for search agents", "DATASET"),
    ("Foo, a two-stage rewriting model combining supervised fine-tuning and RL", "MODEL"),  # a participle ends it
    ("Foo, a novel learning framework for agents", "METHOD"),  # the last head noun wins
    ("Foo, the first reinforcement learning (RL) framework for agents", "METHOD"),  # the inner acronym is skipped
    ("Foo, a large-scale benchmark curated from forums and manually checked by experts and more", "DATASET"),
    ("Foo, a simple recipe for agents", ""),  # no head noun
    ("Foo, which is a dataset", ""),  # no appositive
    ("Foo, a novel reinforcement learning paradigm built upon Bar", ""),  # a task head modifying a noun
    ("Foo, a novel structured learning framework guided by rules and more words here", "METHOD"),
    ("Foo, a new continual learning. More", "TASK"),  # a task head ending the phrase
])
def test_appositive_head_noun_types_the_name(text, kind):
    assert appositive_type(text, text.index(","), HEADS) == kind


@pytest.mark.parametrize("text, phrase, described", [
    ("We propose ProVCA, a progressive video condensation agent that locates frames.", "video condensation agent",
     True),
    ("We present Foo (FB), a plug-in reward module.", "plug-in reward module", True),
    ("Stage 1 acts as a selective extraction mechanism, keeping tools.", "selective extraction mechanism", True),
    ("We propose ProVCA, a progressive video condensation agent that locates frames.", "video condensation", False),
    ("Specifically, the framework incorporates a persona-guided retrieval mechanism that models personas.",
     "persona-guided retrieval mechanism", False),  # an adverb opening the sentence names nothing
    ("We use a gated routing mechanism that amplifies tokens.", "gated routing mechanism", False),  # no name
])
def test_phrase_that_is_the_whole_appositive_of_a_name(text, phrase, described):
    start = text.index(phrase)
    assert describes_name(text, start, start + len(phrase)) is described


@pytest.mark.parametrize("text, kind, expected", [
    ("We introduce Foo-1M, a large-scale paired style transfer dataset comprising pairs.", "MODEL", "DATASET"),
    ("We present FooBank, a multilingual database of events.", "METHOD", "DATASET"),
    ("We introduce FooBench, the first benchmark to evaluate agents.", "", "DATASET"),
    ("We propose FooGen, a framework that builds datasets.", "METHOD", "METHOD"),  # the head is "framework"
    ("We release FooLM, a suite of models trained on our benchmark.", "MODEL", "MODEL"),
    ("We use foo pairing, a large-scale dataset and a pipeline.", "METHOD", "METHOD"),  # a lower-case list item
    ("We introduce FooSim, a simulator-constrained diffusion dataset-free model.", "MODEL", "MODEL"),
    ("It generalizes to Foo-Ext, an evaluation set built on unseen sports.", "METHOD", "DATASET"),
    ("We release FooWorld, the first comprehensive driving environment for agents.", "", "DATASET"),
    ("We propose FooNet, a model of the environment dynamics.", "METHOD", "METHOD"),
])
def test_a_name_an_appositive_calls_data_is_a_dataset(text, kind, expected):
    start = text.index("Foo") if "Foo" in text else text.index("foo")
    end = text.index(",")
    assert data_appositive_type(text, start, end, kind) == expected


def test_extractor_types_a_sized_name_its_appositive_calls_a_dataset(packaged_extractor):
    abstract = "We introduce OmniFoo-1M, a large-scale paired style transfer dataset comprising one million pairs."
    result = packaged_extractor.extract(Paper("p1", "A study", abstract))
    assert ("OmniFoo-1M", "DATASET") in {(e.name, e.type) for e in result.entities}
