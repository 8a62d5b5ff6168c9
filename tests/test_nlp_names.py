"""Title prefixes and naming cues (kgraph.nlp.names)."""

import pytest

from kgraph.nlp.names import (article_names, component_mentions, cue_name_mentions, task_examples, title_means,
                              title_prefix, title_purpose)


@pytest.mark.parametrize("title, prefix", [
    ("SPAM: Spike-Aware Adam with Momentum Reset", "SPAM"),
    ("Fira: Can We Achieve Full-rank Training of LLMs?", "Fira"),
    ("CO2 Net: Efficient Distributed Training", "CO2 Net"),
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
])
def test_cue_names_are_not_hyphen_adjectives(text, names):
    cue_end = text.index("novel") + len("novel")
    mentions = cue_name_mentions(text, [(cue_end, -text.index("a novel"), "PROPOSES")])
    assert [text[start:end] for start, end, *_ in mentions] == names


@pytest.mark.parametrize("title, purpose", [
    ("A Post-Processing Framework for Group Fairness", "Group Fairness"),
    ("Contrastive Pretraining for Robust Emotion Recognition from Speech", "Emotion Recognition"),
    ("Memory for Long-Running Web Agents", None),
    ("Benchmarks for Training LLMs", None),
    ("A Model for Reasoning", None),
    ("Tools for the people", None),
    ("Real-Time Understanding for Infinite Video Streams", None),
    ("Transfer Learning for Clinical Tasks", None),
    ("Sampling for Diffusion Inverse Problems", "Diffusion Inverse Problems"),
    ("Exploration for Multi-Armed Bandits", "Multi-Armed Bandits"),
])
def test_title_purpose_names_the_problem_after_for(title, purpose):
    span = title_purpose(title + "\n\nWe study it.", {"robust"}, {"agents"})
    assert (title[span[0]:span[1]] if span else None) == purpose


@pytest.mark.parametrize("text, tasks", [
    ("It helps tasks such as image captioning, VQA, and text-to-image generation in the wild.",
     ["image captioning", "VQA", "text-to-image generation"]),
    ("Downstream tasks, including summarization or translation.", ["summarization", "translation"]),
    ("Tasks such as the ones we list.", []),
    ("We use methods such as pruning.", []),
    ("Given subtasks such as segmentation or disease prediction, they typically operate apart.",
     ["segmentation", "disease prediction"]),
    ("Models for tasks such as disaster monitoring and road inspection requires small models.",
     ["disaster monitoring", "road inspection"]),
])
def test_examples_listed_after_tasks_such_as_are_tasks(text, tasks):
    assert [text[start:end] for start, end, kind, *_ in task_examples(text) if kind == "TASK"] == tasks


@pytest.mark.parametrize("title, means", [
    ("Controlling Chat Style via Single-Direction Editing", "Single-Direction Editing"),
    ("Topic Extraction using Graph-Based Labeling for Tweets", "Graph-Based Labeling"),
    ("Learning via large language models", None),
    ("A Study of Pruning", None),
])
def test_title_means_is_the_capitalised_phrase_after_via_or_using(title, means):
    span = title_means(title + "\n\nAbstract text.")
    assert (title[span[0]:span[1]] if span else None) == means


@pytest.mark.parametrize("text, parts", [
    ("Then, we design a hierarchical fusion strategy to fuse text.", ["hierarchical fusion strategy"]),
    ("FooNet is equipped with a novel block-wise masking strategy that drops tokens.", ["block-wise masking strategy"]),
    ("We introduce a Branch Fusion Refinement strategy that merges outputs.", ["Branch Fusion Refinement"]),
    ("We introduce a Token-Differentiated Fusion module that merges outputs.", ["Token-Differentiated Fusion module"]),
    ("by introducing a dedicated Doppler-guided attention mechanism.", ["Doppler-guided attention mechanism"]),
    ("We propose a simple yet effective module.", []),
    ("We propose a new model for parsing.", []),
])
def test_component_mentions_name_the_parts_a_paper_introduces(text, parts, anchors):
    ends = [end for _, end in anchors(text, "part")]
    mentions = component_mentions(text, {"a", "novel", "new", "simple", "effective", "yet", "dedicated"}, ends)
    assert [text[start:end] for start, end, *_ in mentions] == parts
    assert all(kind == "METHOD" for _, _, kind, *_ in mentions)


@pytest.mark.parametrize("text, parts", [
    ("The simulator first uses a hybrid generative simulator to model dynamics.", ["hybrid generative simulator"]),
    ("QueryGaussian employs an instance-level query mechanism to decouple.", ["instance-level query mechanism"]),
    ("AliTok utilizes a causal decoder to order tokens.", ["causal decoder"]),
    ("We use a simple encoder.", []),
    ("We propose a recurrent persistence loop.", []),
])
def test_used_component_mentions_name_the_parts_a_method_uses(text, parts, anchors):
    ends = [end for _, end in anchors(text, "part")]
    mentions = component_mentions(text, {"a", "simple", "novel"}, ends, used=True)
    assert [text[start:end] for start, end, *_ in mentions] == parts


@pytest.mark.parametrize("text, parts", [
    ("(ii) a graph-based dynamic planning strategy expands the map.", ["graph-based dynamic planning strategy"]),
    ("The method consists of a pipeline and a distribution alignment algorithm.", ["distribution alignment algorithm"]),
    ("We add a multi-level gradient-aware loss function to train.", ["multi-level gradient-aware loss function"]),
    ("Training follows a two-stage strategy.", []),
    ("It uses a novel Fusion Refinement module.", []),
])
def test_described_component_mentions_need_two_lower_case_words_before_the_head(text, parts, anchors):
    ends = [end for _, end in anchors(text, "part")]
    mentions = component_mentions(text, {"a", "novel"}, ends, described=True)
    assert [text[start:end] for start, end, *_ in mentions] == parts


@pytest.mark.parametrize("abstract, names", [
    ("We develop two agents: an Expert Agent that applies weights, and a Learner Agent that adapts.",
     ["Expert Agent", "Learner Agent"]),
    ("Finally, a Support-Query Attention Block mitigates shift.", ["Support-Query Attention Block"]),
    ("We further propose a Combine Block to fuse outputs.", ["Combine Block"]),
    ("Data come from the Middle East. The Transformer Model is strong.", []),
    ("We study the Large Language Models that people use.", []),
])
def test_article_names_are_title_case_parts_followed_by_what_they_do(abstract, names):
    text = "A Title With Capitals\n\n" + abstract
    assert [text[start:end] for start, end, *_ in article_names(text)] == names


def test_every_part_head_is_an_anchor_word_of_the_lexicon_matcher():
    from kgraph.nlp import names
    from kgraph.nlp.resources import read_cues

    heads = set(names._COMPONENT_HEADS) | {head.split()[0] for head in names._DESCRIBED_HEADS}
    assert heads <= set(read_cues()["anchors"]["part"])
