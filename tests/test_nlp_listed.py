"""Lower-case process phrases listed with a known technique or task (kgraph.nlp.listed)."""

from kgraph.models import Paper
from kgraph.nlp.listed import listed_phrases

STOP = {"the", "information"}


def _modifier(word):
    return word not in STOP


def _listed(text, known, kind="METHOD", opener="such as", others=()):
    """The listed phrases found after ``opener`` next to the mention ``known`` (``others``: further mentions)."""
    start = text.index(known)
    mentions = [(start, start + len(known), kind, None, 1.0, "lex")]
    mentions += [(text.index(other), text.index(other) + len(other), "", None, 1.0, "lex") for other in others]
    opener_start = text.index(opener)
    opener_end = opener_start + len(opener.split(" ")[0])  # the anchor is the first word: "such" of "such as"
    found = listed_phrases(text, [(opener_start, opener_end)], mentions, _modifier, STOP, 0.45)
    return {text[s:e]: found_kind for s, e, found_kind, *_ in found.mentions}


def test_process_items_of_a_list_of_three_take_the_known_type_without_the_shared_head():
    text = "Prior work uses methods such as regularization, rehearsal, generative replay, and distillation methods."
    assert _listed(text, "generative replay") == {"regularization": "METHOD", "distillation": "METHOD"}


def test_items_of_a_list_with_a_known_task_are_tasks():
    text = "tasks including image captioning, visual grounding, and question answering in the wild"
    assert _listed(text, "image captioning", "TASK", "including") == {
        "visual grounding": "TASK", "question answering": "TASK"}


def test_a_pair_is_no_list():
    assert _listed("It uses experience replay and parameter regularization.", "experience replay", opener="uses") == {}


def test_a_list_without_a_known_technique_or_task_gives_nothing():
    text = "in domains such as finance, weather forecasting, and video generation."
    assert _listed(text, "finance", "") == {}


def test_items_naming_no_process_are_left_out():
    text = "It improves tasks such as object detection, safety, efficiency, and the information flow."
    assert _listed(text, "object detection", "TASK") == {}


def test_a_list_not_closed_by_and_or_or_is_no_list():
    text = ("It applies methods such as generative replay, weight averaging, parameter regularization, resulting in "
            "less drift.")
    assert _listed(text, "generative replay") == {}


def test_items_overlapping_a_mention_are_left_out():
    text = "It applies methods such as generative replay, weight averaging, and parameter regularization here."
    assert _listed(text, "generative replay", others=["averaging", "regularization here"]) == {}


def test_extractor_finds_the_listed_technique(packaged_extractor):
    abstract = ("Prior work mitigates forgetting with techniques such as regularization, rehearsal, generative replay, "
                "and distillation methods. We study a new setting.")
    names = {e.name.lower(): e.type for e in packaged_extractor.extract(Paper("p1", "A study", abstract)).entities}
    assert names.get("distillation") == "METHOD"


def test_extractor_reads_a_list_after_a_colon(packaged_extractor):
    abstract = ("We benchmark several models on three tasks: transliteration, machine translation, and sentiment "
                "analysis.")
    names = {e.name.lower(): e.type for e in packaged_extractor.extract(Paper("p1", "A study", abstract)).entities}
    assert names.get("transliteration") == "TASK"


def test_a_verb_of_composition_lists_parts_without_a_known_item():
    text = ("The decoder combines multi-scale feature injection, semantic query construction, and iterative mask "
            "refinement, adding few parameters.")
    found, parts = listed_phrases(text, [(12, 20)], [], _modifier, STOP, 0.45)
    assert {text[s:e]: kind for s, e, kind, *_ in found} == {
        "multi-scale feature injection": "METHOD", "semantic query construction": "METHOD",
        "iterative mask refinement": "METHOD"}
    assert [text[s:e] for s, e in parts] == [text[s:e] for s, e, *_ in found]


def test_a_composition_list_mostly_of_qualities_gives_nothing():
    text = ("The reward combines answer correctness, action validity, update timing, reasoning quality, and latency "
            "synchronization.")
    assert listed_phrases(text, [(11, 19)], [], _modifier, STOP, 0.45) == ([], [])


def test_extractor_proposes_the_parts_a_composition_verb_lists(packaged_extractor):
    abstract = ("We propose FooSeg. Its decoder combines coarse multi-scale feature injection, semantic query "
                "construction, and iterative mask refinement, adding few parameters.")
    result = packaged_extractor.extract(Paper("p1", "A study", abstract))
    assert ("PROPOSES", "semantic query construction") in {(r.type, r.target.lower()) for r in result.relations}
