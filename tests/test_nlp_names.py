"""Title prefixes and naming cues (kgraph.nlp.names)."""

import pytest

from kgraph.nlp.names import (bracket_list_names, cue_name_mentions, title_means, title_opening, title_prefix,
                              title_purpose)


@pytest.mark.parametrize("title, prefix", [
    ("SPAM: Spike-Aware Adam with Momentum Reset", "SPAM"),
    ("Fira: Can We Achieve Full-rank Training of LLMs?", "Fira"),
    ("CO2 Net: Efficient Distributed Training", "CO2 Net"),
    ("Foo-UI Technical Report: Real-World GUI Agents", "Foo-UI"),
    ("Dissecting Tool-Integrated Reasoning: An Empirical Study", None),
    ("Beyond Bayer: Learning Demosaicing", None),
    ("Counting Still Counts: Revisiting Object Counting", None),
    ("The Silent Judge: Unacknowledged Shortcut Bias", None),
    ("Investigating ReLoRA: Effects on the Learning Dynamics", None),
    ("Beyond Textual CoT: Interleaved Text-Image Chains", None),
])
def test_title_prefix_only_when_it_names_something(title, prefix):
    span = title_prefix(title + "\n\nAbstract text.")
    assert (title[slice(*span)] if span else None) == prefix


@pytest.mark.parametrize("text, names", [
    ("we present a novel Spike-Aware Adam that", ["Spike-Aware Adam"]),
    ("we present a novel Transformer-based approach", []),
    ("we present a novel AudioTrust-the first trust benchmark", ["AudioTrust"]),
    ("we present a novel Avengers--a simple recipe", ["Avengers"]),
    ("we present a novel Label-in-a-Haystack task", ["Label-in-a-Haystack"]),
])
def test_cue_names_are_not_hyphen_adjectives(text, names):
    cue_end = text.index("novel") + len("novel")
    mentions = cue_name_mentions(text, [(cue_end, -text.index("a novel"), "PROPOSES")])
    assert [text[start:end] for start, end, *_ in mentions] == names


@pytest.mark.parametrize("text, names", [
    ("we introduce Dream 7B, the most powerful", ["Dream 7B"]),
    ("we propose the ConstructionSite 10k, featuring", ["ConstructionSite 10k"]),
    ("we propose Qwen 2.5 for", ["Qwen 2.5"]),
    ("we propose Camera Height Robust Monocular 3D Detector (CHARM3R)", ["Camera Height Robust Monocular 3D Detector"]),
    ("we propose Foo 12345x2 now", ["Foo"]),
])
def test_cue_names_never_end_inside_a_number_token(text, names):
    cue_end = text.index(" ", 3)  # after "we propose"
    mentions = cue_name_mentions(text, [(cue_end, 0, "PROPOSES")])
    assert [text[start:end] for start, end, *_ in mentions] == names


@pytest.mark.parametrize("title, purpose", [
    ("A Post-Processing Framework for Group Fairness", "Group Fairness"),
    ("Contrastive Pretraining for Robust Emotion Recognition from Speech", "Emotion Recognition"),
    ("Memory for Long-Running Web Agents", None),
    ("Benchmarks for Training LLMs", None),
    ("A Model for Reasoning", None),
    ("Tools for the people", None),
    ("Real-Time Understanding for Infinite Video Streams", None),
    ("Path-Aligned Hybrid Retrieval for Graphless Data", None),
    ("Sentiment Lexicons for Low-Resource Language", None),
    ("Transfer Learning for Clinical Tasks", None),
    ("Sampling for Diffusion Inverse Problems", "Diffusion Inverse Problems"),
    ("Exploration for Multi-Armed Bandits", "Multi-Armed Bandits"),
])
def test_title_purpose_names_the_problem_after_for(title, purpose):
    span = title_purpose(title + "\n\nWe study it.", {"robust"}, {"agents"})
    assert (title[span[0]:span[1]] if span else None) == purpose


@pytest.mark.parametrize("title, means", [
    ("Controlling Chat Style via Single-Direction Editing", "Single-Direction Editing"),
    ("Topic Extraction using Graph-Based Labeling for Tweets", "Graph-Based Labeling"),
    ("Learning via large language models", None),
    ("A Study of Pruning", None),
    ("Reasoning Any Model via Simple and Effective Merging", None),
    ("Robust Planning via Submodularity", None),
    ("Sparse Retrieval via GRPO", "GRPO"),
])
def test_title_means_is_the_capitalised_phrase_after_via_or_using(title, means):
    span = title_means(title + "\n\nAbstract text.")
    assert (title[span[0]:span[1]] if span else None) == means


@pytest.mark.parametrize("text, names", [
    ("outperforming three baselines (ALRPHFS, GuardAgent, and Point Transformer) by far",
     ["ALRPHFS", "GuardAgent", "Point Transformer"]),
    ("decoding strategies (Top-k, Top-p) truncate", ["Top-k", "Top-p"]),
    ("the Transformer (Vaswani, 2017) and tests (CN=1,000, AD=470)", []),
    ("several levels (CFA-like Levels 1-3, CMT-like Level 2)", []),
    ("the new encoder (ViT, DINO) works", []),
])
def test_bracketed_names_after_a_plural_noun(text, names):
    assert [text[start:end] for start, end, *_ in bracket_list_names(text)] == names


@pytest.mark.parametrize("title, opening", [
    ("Canonical Space Representation for 4D Panoptic Segmentation", ("Canonical Space Representation", "METHOD")),
    ("Weakly Supervised Incremental Segmentation via Semantic Anchors", ("Weakly Supervised Incremental Segmentation",
                                                                         "TASK")),
    ("Training Compact Models with Distillation", None),  # a gerund first: an activity
    ("Towards Faithful Explanation for Vision Models", None),
    ("Sparse Attention Kernels for Long Contexts", None),  # no head or task noun last
    ("Representation for Vision", None),  # one word
])
def test_title_opening_names_the_technique_before_for_or_via(title, opening):
    found = title_opening(title + "\n\nAbstract text.", len(title), {"segmentation": "TASK"})
    assert ((title[found[0]:found[1]], found[2]) if found else None) == opening
