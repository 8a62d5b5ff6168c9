"""Where a phrase starts and what it names (kgraph.nlp.phrase_edges)."""

import pytest

from kgraph.nlp.phrase_edges import (after_dataset, after_judgement, after_manner, names_kind, opens_sentence_subject,
                                    title_task)


def _phrase(cut, text, head, *args):
    head_start = text.rindex(head)
    return text[cut(text, 0, head_start, *args):]


@pytest.mark.parametrize("text, phrase", [
    ("huge computational costs", "computational costs"),
    ("a U-shaped accuracy", "accuracy"),
    ("near-SSM efficiency", "efficiency"),
    ("zero shot accuracy", "zero shot accuracy"),
    ("inference latency", "inference latency"),
    ("at 162G FLOPs", "FLOPs"),
    ("under 30 million FLOPs", "FLOPs"),
    ("by 4-9 F1", "F1"),
    ("5-shot accuracy", "5-shot accuracy"),
])
def test_judging_modifiers_are_cut_from_a_metric_phrase(text, phrase):
    assert _phrase(after_judgement, text, text.split()[-1]) == phrase


def test_manner_and_dataset_modifiers_are_cut():
    assert _phrase(after_manner, "proximity-aware risk assessment", "assessment") == "risk assessment"
    assert _phrase(after_manner, "open-domain question answering", "answering") == "open-domain question answering"
    text = "ModelNet40 shape classification"
    assert _phrase(after_dataset, text, "classification", {10: (0, "DATASET")}) == "shape classification"
    assert _phrase(after_dataset, text, "classification", {10: (0, "METHOD")}) == text


def test_a_technique_noun_after_a_head_word():
    text = "a regularization strategy and regularization methods"
    assert names_kind(text, text.index(" strategy"))
    assert not names_kind(text, text.index(" methods"))


def test_title_task_ends_its_part_of_the_title_before_any_means():
    title = "Weakness Detection in Cricket Videos via Set-Level Concept Prediction"
    end = len(title)
    assert title_task(title, title.index("Detection"), title.index(" in"), end)
    assert not title_task(title, title.index("Prediction"), end + 1, end)  # past the title
    assert not title_task(title, title.index("Prediction"), end, end)  # after "via"
    fusion = "Fusion with Radar and Camera for 3D Object Detection"
    assert title_task(fusion, fusion.index("Detection"), len(fusion), len(fusion))


def test_a_phrase_opening_a_sentence_is_its_subject_before_a_verb_or_preposition():
    assert opens_sentence_subject("Story rewriting aims to", len("Story rewriting"))
    assert opens_sentence_subject("Off-policy learning in MDPs", len("Off-policy learning"))
    assert not opens_sentence_subject("Learning rate schedules", len("Learning"))
