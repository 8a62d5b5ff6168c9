"""Name shapes and acronym definitions (kgraph.nlp.shapes)."""

import pytest

from kgraph.nlp.shapes import acronym_pairs, is_adjective, model_shape, shape_kind, shape_mentions, untyped_type


@pytest.mark.parametrize("name, kind", [
    ("GaLore", "camel"), ("SealQA", "camel"), ("ALFWorld", "camel"),
    ("Qwen1.5-110B-Chat", "versioned"), ("GPT-4.1", "versioned"), ("o3-mini", "versioned"), ("Seal-0", "versioned"),
    ("KAN", "acronym"), ("GR-KAN", "acronym"), ("MLPs", "acronym"),
    ("Transformer", ""), ("Spike-Aware", ""), ("GPU", ""), ("fp16", ""), ("4-bit", ""), ("PQC-based", ""),
    ("LLM-driven", ""), ("Open-World", ""), ("Terminal-Bench", "camel"), ("Auto-Arena", "camel"),
    ("BF16", "versioned"), ("INT8", "versioned"),  # number formats name a training or inference precision
])
def test_shape_kind(name, kind):
    assert shape_kind(name) == kind


def test_model_shape_from_family_or_size_suffix():
    assert model_shape("LLaMA2-7B-Chat") and model_shape("DeepSeek-R1-671B") and model_shape("Mistral-7B")
    assert not model_shape("CIFAR-10") and not model_shape("Seal-0")


@pytest.mark.parametrize("name, kind", [
    ("Wan-2.1", "MODEL"), ("Foo-mGPT 2.0", "MODEL"), ("Echo-4o", "MODEL"), ("OpenFoo 1.6", "MODEL"),
    ("FOOVER-PPO-Think", "MODEL"), ("Barlm-Thinking", "MODEL"), ("Think-Foo", "METHOD"),
    ("FooNet", "METHOD"), ("CoNLL-14", "METHOD"), ("Stable Foo 4", "METHOD"), ("FooNet-v2", "METHOD"),
])
def test_untyped_name_ending_in_a_release_number_is_a_model(name, kind):
    assert untyped_type(name) == kind


def test_shape_mentions_keep_versioned_names_whole_and_skip_urls():
    text = "We distill Qwen1.5-110B-Chat into LLaMA2-7B-Chat; code at https://github.com/Org-LAB/FooNet."
    found = {text[s:e]: (kind, source) for s, e, kind, _, _, source in shape_mentions(text)}
    assert found["Qwen1.5-110B-Chat"] == ("MODEL", "versioned")
    assert found["LLaMA2-7B-Chat"] == ("MODEL", "versioned")
    assert "FooNet" not in found and "Org-LAB" not in found


def test_acronym_definitions_both_directions():
    text = ("We build on Gradient Low-Rank Projection (GaLore) and the KAN (Kolmogorov-Arnold Network). "
            "Large language models (LLMs) and results (Table 2) are not pairs.")
    pairs = [(text[a:b], text[c:d]) for a, b, c, d in acronym_pairs(text)]
    assert ("GaLore", "Gradient Low-Rank Projection") in pairs
    assert ("KAN", "Kolmogorov-Arnold Network") in pairs
    assert all(short not in ("LLMs", "Table 2") for short, _ in pairs)


def test_long_form_before_a_latex_nonbreaking_space():
    text = "Partially Relevant Video Retrieval~(PRVR) aims to retrieve videos."
    pairs = [(text[a:b], text[c:d]) for a, b, c, d in acronym_pairs(text)]
    assert pairs == [("PRVR", "Partially Relevant Video Retrieval")]


def test_long_form_crosses_no_bracket_figure_or_latex_markup():
    text = ("Tests go from Fail-to-Pass (F2P) and Pass-to-Pass (P2P); it beats random selection by +7.6% (RMSE) "
            "with \\textbf{H}ierarchical \\textbf{S}parse \\textbf{A}ttention (HSA) and Fr\\'echet Video Distance "
            "(FVD) and \\textbf{Mixture of Personas} (MoP).")
    pairs = [(text[a:b], text[c:d]) for a, b, c, d in acronym_pairs(text)]
    assert pairs == [("FVD", "Fr\\'echet Video Distance"), ("MoP", "Mixture of Personas")]


def test_long_form_does_not_reach_into_the_sentence_before():
    text = "Optimisation deteriorates. Direct Alignment Algorithms (DDAs) are popular."
    assert all(". " not in text[c:d] for _, _, c, d in acronym_pairs(text))


def test_long_form_needs_matching_initials():
    text = "a simple baseline (KAN) is used"
    assert acronym_pairs(text) == []


def test_hyphenated_adjectives_in_any_case_are_not_names():
    assert shape_kind("LLM-Generated") == "" and shape_kind("LLM-based") == ""
    assert is_adjective("SSD-Offloaded") is False and is_adjective("Vision-Guided")


def test_shape_name_stops_at_a_hyphen_glued_function_word():
    text = "We build MotionMillion-the largest set- and Qwen1.5-110B-Chat."
    assert [text[s:e] for s, e, *_ in shape_mentions(text)] == ["MotionMillion", "Qwen1.5-110B-Chat"]


@pytest.mark.parametrize("name", ["FinanceBench", "FHIR-AgentBench", "WebArena-Lite", "SciVidEval", "SealQA", "ALFWorld",
                                  "OralCorpus", "MathData-v2", "Graph200K", "Foo-Edit-14K", "Honey-Data-15M",
                                  "ImageNet-1K", "Foo-Math-460k"])
def test_benchmark_style_names_are_datasets(name):
    text = f"We test on {name} today."
    assert [(text[s:e], kind) for s, e, kind, *_ in shape_mentions(text)] == [(name, "DATASET")]


@pytest.mark.parametrize("name", ["VQA", "GaLore", "EvalNet", "RocksDB", "SetFit"])
def test_other_names_are_not_typed_as_datasets_by_shape(name):
    assert all(kind != "DATASET" for _, _, kind, *_ in shape_mentions(f"We use {name} here."))


@pytest.mark.parametrize("name, kind", [("NetScore", "METRIC"), ("gIoU", "METRIC"), ("BERTScore", "METRIC"),
                                        ("Patho-FID", "METRIC"), ("d-BLEU", "METRIC"), ("BD-Rate", "METRIC"),
                                        ("ScoreNet", ""), ("IoUNet", ""), ("FID-Net", "")])
def test_score_iou_and_known_metric_variants_are_metrics(name, kind):
    text = f"We report {name} here."
    assert [(text[s:e], found) for s, e, found, *_ in shape_mentions(text)] == [(name, kind)]


def test_names_with_a_checkpoint_suffix_are_models_but_adapters_are_not():
    text = "We fine-tune XLM-RoBERTa-base and DeepSeek-Coder with LLaMA-Adapter."
    kinds = {text[s:e]: kind for s, e, kind, *_ in shape_mentions(text)}
    assert kinds == {"XLM-RoBERTa-base": "MODEL", "DeepSeek-Coder": "MODEL", "LLaMA-Adapter": ""}


@pytest.mark.parametrize("word", ["TIR-enabled", "KG-Informed", "GDPR-derived", "non-TIR", "IVR-era", "YOLO-series",
                                  "LLaMA-family"])
def test_adjectives_built_on_names_are_not_names(word):
    assert shape_kind(word) == ""


@pytest.mark.parametrize("name, kind", [("ModernBERT", "MODEL"), ("MiniChat", "MODEL"), ("BioGPT", "MODEL"),
                                        ("SmolLM2", "MODEL"), ("GaLore", ""), ("BERTScore", "METRIC")])
def test_names_ending_in_a_model_kind_are_models(name, kind):
    text = f"We compare {name} here."
    assert [(text[s:e], found) for s, e, found, *_ in shape_mentions(text)] == [(name, kind)]


@pytest.mark.parametrize("word", ["isPartOf", "hasNext", "Belkin2018ReconcilingMM", "A100-80GB", "H100", "T1-weighted"])
def test_code_identifiers_citation_keys_hardware_and_weighted_are_not_names(word):
    assert shape_kind(word) == ""


def test_shape_mentions_keep_a_variant_plus_and_type_by_the_base_name():
    text = "We test on GenEval++ and MosMedData+, compare PointNet++ with DR+sink and a ResNet+ (ours)."
    found = {text[s:e]: kind for s, e, kind, *_ in shape_mentions(text)}
    assert found["GenEval++"] == "DATASET" and found["MosMedData+"] == "DATASET"
    assert "PointNet++" in found and "ResNet+" in found
    assert "DR" in found and not any(name.startswith("DR+") for name in found)


def test_a_size_word_after_a_model_name_names_its_smaller_release():
    text = "We compare GPT-5.4 nano and YOLOv8 Nano with Qwen2-VL, using GPT-4 mini-batches and a FooNet mini model."
    found = {text[s:e]: kind for s, e, kind, *_ in shape_mentions(text)}
    assert found["GPT-5.4 nano"] == "MODEL" and found["YOLOv8 Nano"] == "MODEL"
    assert "GPT-4" in found and "FooNet" in found


def test_no_name_starts_after_a_letter_and_an_apostrophe():
    text = "We fuse Bird's-Eye-View features with 'GaLore' updates."
    found = {text[s:e] for s, e, *_ in shape_mentions(text)}
    assert "s-Eye-View" not in found and "GaLore" in found


def test_hyphenated_title_words_ending_in_a_benchmark_word_are_datasets():
    text = "Experiments on Terminal-Bench and Climate-Eval in Open-World settings"
    found = {text[s:e]: kind for s, e, kind, *_ in shape_mentions(text)}
    assert found == {"Terminal-Bench": "DATASET", "Climate-Eval": "DATASET"}


def test_a_parameter_count_between_hyphens_marks_a_model():
    assert model_shape("Foo-7B-Think") and model_shape("Bar-Nano-9B-v2")
    assert not model_shape("Foo-7-Think")
    assert [m[2] for m in shape_mentions("We compare Foo-7B-Think with it.")] == ["MODEL"]


def test_long_form_starts_at_a_hyphenated_prefix_spelling_the_first_letter():
    text = "Self-supervised learning (SSL) helps. We cast it as meta-reinforcement learning (RL)."
    assert [text[c:d] for a, b, c, d in acronym_pairs(text)] == ["Self-supervised learning", "reinforcement learning"]


@pytest.mark.parametrize("name", ["RLHF-aligned", "LLM-Aided", "ImageNet-trained", "SoccerChat-finetuned",
                                  "GPT-4o-curated", "L2-normalized", "LMC-merged"])
def test_name_with_a_participle_of_training_or_processing_is_an_adjective(name):
    """Corpus text: "an RLHF-aligned model", "DINOv3-extracted features", "GPT-4o-curated data"."""
    assert is_adjective(name) and shape_kind(name) == ""


@pytest.mark.parametrize("name", ["SWE-Bench-Verified", "R-squared", "BERT-base-multilingual-cased"])
def test_names_ending_in_other_participles_stay_names(name):
    assert not is_adjective(name)
