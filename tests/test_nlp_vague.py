"""VagueFilter on hand-made mention groups (mentions are (start, end, type, canonical, confidence, sources))."""

import re

import pytest

from kgraph.nlp.vague import DocFacts, VagueFilter


def _facts(text, long_forms=()):
    return DocFacts(text, ((0, len(text)),), (0, 0), -1, frozenset(long_forms))


def _dropped(text, names, kind, sources, long_forms=(), entity_type=None):
    members = [(text.index(n), text.index(n) + len(n), kind, None, 0.5, set(sources)) for n in names]
    entity = [names[0], entity_type or kind or "METHOD", [], 0.5]
    merged = set().union(*(m[5] for m in members))
    return VagueFilter(("score",), ("supervision",)).dropped(entity, members, merged, _facts(text, long_forms))


@pytest.mark.parametrize("text, name, dropped", [
    ("We compare PointNet and Point Transformer here.", "Transformer", True),
    ("We improve DINO and Barlow Twins here.", "Barlow", True),
    ("We compare PointNet and a Transformer here.", "Transformer", False),
    ("It reaches cross-domain generalization here.", "domain generalization", True),
    ("It uses GAN-based upsampling here.", "GAN", False),
    ("It trains with GRPO-based reinforcement learning here.", "reinforcement learning", False),
    ("It trains with GRPO Reinforcement learning here.", "Reinforcement learning", True),
])
def test_part_of_a_longer_name_or_compound(text, name, dropped):
    assert _dropped(text, [name], "", {"lex"}, entity_type="METHOD") is dropped


def test_vague_technique_head_only_as_a_bare_phrase():
    text = "It learns without explicit supervision."
    assert _dropped(text, ["explicit supervision"], "METHOD", {"phrase", "context"})
    assert not _dropped(text, ["explicit supervision"], "METHOD", {"lex"})


def test_method_phrase_describing_a_name_before_it():
    text = "We propose ProVCA, a video condensation agent that locates frames, and Foo, a masked autoencoder."
    vague = VagueFilter(description_heads=("agent",))
    for phrase, dropped in (("video condensation agent", True), ("masked autoencoder", False)):
        member = (text.index(phrase), text.index(phrase) + len(phrase), "METHOD", None, 0.5, {"phrase", "cue"})
        entity = [phrase, "METHOD", [], 0.5]
        assert vague.dropped(entity, [member], {"phrase", "cue"}, _facts(text)) is dropped


def test_short_untyped_code_and_thing_named_acronym():
    assert _dropped("Videos as MP4 files.", ["MP4"], "", {"versioned"})
    assert not _dropped("We compare Qwen2 here.", ["Qwen2"], "", {"versioned"})
    text = "We read electronic health records (EHR) with greedy block verification (GBV)."
    assert _dropped(text, ["EHR", "electronic health records"], "", {"acr"}, {"electronic health records"})
    assert not _dropped(text, ["GBV", "greedy block verification"], "", {"acr"}, {"greedy block verification"})


@pytest.mark.parametrize("name, dropped", [
    ("sRGB", True), ("NP-hard", True), ("LiDAR-camera", True), ("human-AI", True),
    ("ReLoRA", False), ("ZeRO-Infinity", False), ("Real-ESRGAN", False),
])
def test_camel_shape_that_names_no_method(name, dropped):
    text = f"We study {name} here."
    assert _dropped(text, [name], "", {"camel"}) is dropped
    assert not _dropped(text, [name], "", {"camel", "context"})


def test_plain_word_only_listed_after_a_name():
    text = "It beats GaLore and Response here."
    assert _dropped(text, ["Response"], "", {"list"})
    assert not _dropped(text, ["Response"], "", {"list", "context"})
    assert not _dropped("It beats GaLore and Cyclic-Cosine here.", ["Cyclic-Cosine"], "", {"list"})


def test_name_typed_task_by_nearby_words_needs_a_task_context():
    assert _dropped("Our drone STIG flies here.", ["STIG"], "TASK", {"acr", "context"})
    assert not _dropped("A method for STIG here.", ["STIG"], "TASK", {"acr", "context"})
    assert not _dropped("Our drone STIG flies here.", ["STIG"], "TASK", {"lex"})


@pytest.mark.parametrize("name, dropped", [
    ("semantic understanding", True), ("conditional generation", True), ("cross-modal understanding", True),
    ("video understanding", False), ("text generation", False), ("mathematical reasoning", False),
])
def test_adjective_before_an_ability_head(name, dropped):
    filter_ = VagueFilter(ability_heads=("understanding", "generation"))
    text = f"It improves {name} here."
    start = text.index(name)
    members = [(start, start + len(name), "TASK", None, 0.5, {"lex"})]
    assert filter_.dropped([name, "TASK", [], 0.5], members, {"lex"}, _facts(text)) is dropped


@pytest.mark.parametrize("text, name, dropped", [
    ("It gains in text alignment here.", "text alignment", True),
    ("We study hard sample selection here.", "hard sample selection", True),
    ("Text alignment\n\nIt gains in text alignment here.", "text alignment", False),
    ("We study LLM selection here.", "LLM selection", False),
    ("We study video captioning here.", "video captioning", False),
    ("We see it as a sequence modeling problem.", "sequence modeling", False),
])
def test_lower_case_task_phrase_with_a_loose_head_only_in_the_title(text, name, dropped):
    filter_ = VagueFilter(loose_task_heads=("alignment", "selection", "modeling"))
    found = [m.start() for m in re.finditer(name, text, flags=re.I)]
    members = [(start, start + len(name), "TASK", None, 0.5, {"phrase"}) for start in found]
    facts = DocFacts(text, ((0, len(text)),), (0, 0), text.find("\n"), frozenset())
    assert filter_.dropped([name, "TASK", [], 0.5], members, {"phrase"}, facts) is dropped


def test_name_without_a_letter():
    text = "Models reach only 13.8% here."
    assert _dropped(text, ["13.8"], "DATASET", {"lex"})
    assert not _dropped("Models reach C4 here.", ["C4"], "DATASET", {"lex"})


def test_dataset_starting_a_longer_name():
    assert _dropped("It runs on UC Merced and AID.", ["UC"], "DATASET", {"acronym", "context"})
    assert not _dropped("It runs on UC and AID.", ["UC"], "DATASET", {"acronym", "context"})
    title = "Scaling Laws For Retrieval. We fit scaling laws."
    members = [(0, 12, "TASK", None, 0.5, {"lex"})]
    facts = DocFacts(title, ((0, len(title)),), (0, 0), title.index("."), frozenset())
    assert not VagueFilter().dropped(["Scaling Laws", "TASK", [], 0.5], members, {"lex"}, facts)


@pytest.mark.parametrize("text, dropped", [
    ("It splits into two subtasks: (1) visual forecasting, which helps.", False),
    ("It covers ii) visual forecasting and more.", False),
    ("It isolates two skills: visual forecasting and combat.", False),
    ("It then performs visual forecasting and more.", True),
])
def test_task_phrase_after_an_item_number_or_colon(text, dropped):
    assert _dropped(text, ["visual forecasting"], "TASK", {"phrase"}) is dropped


@pytest.mark.parametrize("text, dropped", [
    ("Little research is addressing subtype recognition yet.", False),
    ("We are studying subtype recognition here.", False),
    ("We are tackling subtype recognition here.", False),
    ("We are improving subtype recognition here.", True),
])
def test_task_phrase_after_a_study_verb_in_any_form(text, dropped):
    assert _dropped(text, ["subtype recognition"], "TASK", {"phrase"}) is dropped


@pytest.mark.parametrize("text, name, dropped", [
    ("Models tuned on PIR-optimized data win.", "PIR-optimized", True),
    ("We develop a LoRA-based strategy.", "LoRA-based", True),
    ("We test Barlow Twins-style training.", "Barlow Twins-style", True),
    ("We compare Qwen2.5-VL-based tools with Mask-RCNN.", "Mask-RCNN", False),
])
def test_name_ending_in_a_compound_suffix_is_an_adjective(text, name, dropped):
    assert _dropped(text, [name], "METHOD", {"camel", "context"}) is dropped


@pytest.mark.parametrize("text, name, dropped", [
    ("We navigate in GNSS-denied settings.", "GNSS-denied", True),
    ("We fetch BM25-retrievable passages.", "BM25-retrievable", True),
    ("We report R-squared and use NV-Embed on OSWorld-Verified.", "R-squared", False),
    ("We report R-squared and use NV-Embed on OSWorld-Verified.", "NV-Embed", False),
    ("We report R-squared and use NV-Embed on OSWorld-Verified.", "OSWorld-Verified", False),
    ("Unlike SSD offloading, our SSD-offloaded training is fast.", "SSD-offloaded", False),
    ("Foo-Curated: a cleaner benchmark. We present Foo-Curated.", "Foo-Curated", False),
])
def test_name_ending_in_a_participle_is_an_adjective_unless_a_form_of_another_name(text, name, dropped):
    assert _dropped(text, [name], "METHOD", {"camel", "context"}) is dropped


@pytest.mark.parametrize("text, name, sources, dropped", [
    ("We build the English dataset.", "English", {"cue", "context"}, True),
    ("We fit a Bayesian model.", "Bayesian", {"list", "context"}, True),
    ("We fit a Gaussian process.", "Gaussian", {"lex"}, False),
    ("We compare Minitron here.", "Minitron", {"list", "context"}, False),
])
def test_one_capitalised_adjective_is_no_entity(text, name, sources, dropped):
    assert _dropped(text, [name], "METHOD", sources) is dropped


@pytest.mark.parametrize("text, name, sources, dropped", [
    ("It runs a Stage-II refinement.", "Stage-II", {"camel"}, True),
    ("It maps Sentinel-2 tiles.", "Sentinel-2", {"versioned"}, True),
    ("We compare Mamba-2 here.", "Mamba-2", {"versioned"}, False),
])
def test_ordinary_word_with_a_number_is_no_entity(text, name, sources, dropped):
    assert _dropped(text, [name], "", sources, entity_type="METHOD") is dropped


@pytest.mark.parametrize("text, dropped", [
    ("Yet learning-based shape synthesis remains hard.", False),
    ("Image-based shape synthesis has emerged.", False),
    (" Image-based shape synthesis has emerged,", False),  # nothing before the compound, whatever ends the text
    ("We introduce graph-based shape synthesis here.", True),
    ("It adds a graph-based shape synthesis module.", True),
    ("It joins pruning, graph-based shape synthesis here.", True),
    ("Yet learning-driven shape synthesis remains hard.", True),
])
def test_task_phrase_done_some_way(text, dropped):
    assert _dropped(text, ["shape synthesis"], "TASK", {"phrase"}) is dropped


@pytest.mark.parametrize("text, name, dropped", [
    ("Treatments: H0 (real), H1 (synthetic), H2 (mixed). Models trained on H2 excel.", "H2", True),
    ("We score six criteria (C1-C6) in four arenas.", "C1-C6", True),
    ("We propose S5, a framework for semi-supervised learning.", "S5", False),
    ("We report F1 and F2 scores on H2 data.", "H2", False),
])
def test_label_of_a_numbered_series(text, name, dropped):
    assert _dropped(text, [name], "DATASET", {"lex"}) is dropped


@pytest.mark.parametrize("text, name, dropped", [
    ("The code is at https://github.com/ControlNet/MATA.", "ControlNet", True),
    ("Data from the platform (www.JD.com), with titles.", "www.JD.com", True),
    ("We build on ControlNet. Code: https://github.com/x/y.", "ControlNet", False),
])
def test_name_seen_only_inside_a_web_address(text, name, dropped):
    assert _dropped(text, [name], "METHOD", {"camel"}) is dropped
