"""Types from how a sentence uses a phrase (kgraph.nlp.usage_types): a problem area used as a means is a
technique (used_type); a technique named as what a work improves is the problem worked on (improved_type)."""

import pytest

from kgraph.nlp.usage_types import improved_type, used_type


@pytest.mark.parametrize("text, phrase, expected", [
    ("SSL has greatly advanced speech representation learning, but", "speech", "TASK"),
    ("The auxiliary loss improves next-token prediction at scale.", "next-token", "TASK"),
    ("We combine it with an advanced gated attention mechanism.", "gated", "METHOD"),
    ("a hybrid birth model for improved track initialization", "track", "METHOD"),
    ("trained with a next-token prediction objective", "next-token", "METHOD"),
])
def test_improved_type(text, phrase, expected):
    assert improved_type(text, text.index(phrase)) == expected


def test_improved_technique_is_no_method_entity(extractor):
    from kgraph.models import Paper

    result = extractor.extract(Paper("p1", "A study", "We propose FooNet. FooLoss improves curriculum sampling."))
    assert all(e.type != "METHOD" for e in result.entities if e.name == "curriculum sampling")


def test_problem_phrase_used_as_a_means_is_a_method():
    text = "agents trained using curiosity learning beat those for curiosity learning"
    assert used_type(text, text.index("curiosity")) == "METHOD"
    assert used_type(text, text.rindex("curiosity")) == "TASK"


def test_what_a_model_struggles_with_stays_a_task():
    text = "Models struggle with domain generalization; we train them with domain generalization."
    assert used_type(text, text.index("domain")) == "TASK"
    assert used_type(text, text.rindex("domain")) == "METHOD"


def test_problem_phrase_after_a_verb_of_use_is_a_method():
    text = "The system uses speech recognition and integrates a sentence ordering step to support speech recognition."
    assert used_type(text, text.index("speech")) == "METHOD"
    assert used_type(text, text.index("sentence")) == "METHOD"
    assert used_type(text, text.rindex("speech")) == "TASK"
