"""Parts a paper introduces or uses (kgraph.nlp.parts)."""

import pytest

from kgraph.nlp import parts
from kgraph.nlp.parts import article_names, component_mentions, sentence_names, titled_names
from kgraph.nlp.resources import read_cues


@pytest.mark.parametrize("text, parts", [
    ("Then, we design a hierarchical fusion strategy to fuse text.", ["hierarchical fusion strategy"]),
    ("FooNet is equipped with a novel block-wise masking strategy that drops tokens.", ["block-wise masking strategy"]),
    ("We introduce a Branch Fusion Refinement strategy that merges outputs.", ["Branch Fusion Refinement"]),
    ("We introduce a Token-Differentiated Fusion module that merges outputs.", ["Token-Differentiated Fusion module"]),
    ("by introducing a dedicated Doppler-guided attention mechanism.", ["Doppler-guided attention mechanism"]),
    ("We propose a simple yet effective module.", []),
    ("We propose a new model for parsing.", []),
    ("We introduce an effective optimization strategy and a data pipeline.", []),
    ("We introduce a dual-prompt mechanism to fuse views.", ["dual-prompt mechanism"]),
    ("We design a causal decoder.", ["causal decoder"]),
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
    heads = set(parts._COMPONENT_HEADS) | {head.split()[0] for head in parts._DESCRIBED_HEADS}
    assert heads <= set(read_cues()["anchors"]["part"])


@pytest.mark.parametrize("text, names", [
    ("OTCA has two parts. Multi-Objective Credit Allocation adaptively weights rewards.",
     ["Multi-Objective Credit Allocation"]),
    ("We add parts. MedSci Skills is MIT-licensed.", ["MedSci Skills"]),
    ("Costs are high. Methods Using the corpus, we test. Although Vision Transformers work, they are slow. "
     "Deep Learning from Data works. The Model works.", []),
])
def test_title_case_names_opening_sentences(text, names):
    assert [text[s:e] for s, e, *_ in sentence_names(text, 0)] == names


@pytest.mark.parametrize("text, names", [
    ("Flow comes from the Recurrent All-Pairs Field Transforms network.", ["Recurrent All-Pairs Field Transforms"]),
    ("We add the Anatomy Shaping Extraction module, which captures shape.", ["Anatomy Shaping Extraction module"]),
    ("We propose an Identify-Compress-Estimate pipeline: first ...", ["Identify-Compress-Estimate pipeline"]),
    ("We introduce WIRE, a Witnessed Intra-policy Rule Evaluation pipeline.", []),
    ("We propose a Federated Causal Augmentation method, termed FedCAug.", []),
    ("The LLM-based system and the LLM-as-judge paradigm and the AI Framework.", []),
    ("We adopt the new Mean Teacher approach and the SS-UIE network.", []),
])
def test_titled_names_take_title_case_words_between_an_article_and_a_head(text, names, anchors):
    mentions = titled_names(text, anchors(text, "titled"))
    assert [text[start:end] for start, end, *_ in mentions] == names


def test_a_sentence_name_drops_an_adverb_opening_the_sentence():
    text = "It has two parts. Then Distribution Backtracking distills the teacher. Then Allocation weights steps."
    assert [text[s:e] for s, e, *_ in sentence_names(text, 0)] == ["Distribution Backtracking"]
