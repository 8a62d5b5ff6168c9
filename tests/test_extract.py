"""Extractor on spacy.blank("en") with a small fixture lexicon (tests/data/extract)."""

import gc

import pytest

from kgraph.models import Paper
from kgraph.nlp.resources import data_path


def _paper(abstract, title="A study", pid="p1"):
    return Paper(pid, title, abstract)


def _relations(result):
    return {(r.type, r.target) for r in result.relations}


def _entity(result, name):
    return next((e for e in result.entities if e.name == name), None)


def _types(result):
    return {e.name: e.type for e in result.entities}


def test_acronym_definition_merges_long_form_as_alias(extractor):
    result = extractor.extract(_paper(
        "We propose Gradient Low-Rank Projection (GaLore), a memory-efficient training strategy. "
        "GaLore reduces memory."))
    galore = _entity(result, "GaLore")
    assert galore is not None and galore.type == "METHOD"
    assert "Gradient Low-Rank Projection" in galore.aliases
    assert sum(e.name == "GaLore" or "GaLore" in e.aliases for e in result.entities) == 1
    assert ("PROPOSES", "GaLore") in _relations(result)


def test_lexicon_alias_uses_canonical_name(extractor):
    result = extractor.extract(_paper("We fine-tune the model with Low-Rank Adaptation on CIFAR10."))
    lora = _entity(result, "LoRA")
    assert lora is not None and "Low-Rank Adaptation" in lora.aliases
    assert _entity(result, "CIFAR-10").type == "DATASET"


def test_versioned_model_names_are_found_whole(extractor):
    result = extractor.extract(_paper(
        "For the open-source model LLaMA2-7B-Chat, we use Qwen1.5-110B-Chat as the teacher model "
        "and compare with o3-mini."))
    models = _types(result)
    assert models.get("LLaMA2-7B-Chat") == "MODEL"
    assert models.get("Qwen1.5-110B-Chat") == "MODEL"
    assert models.get("o3-mini") == "MODEL"
    assert ("USES", "Qwen1.5-110B-Chat") in _relations(result)
    assert ("COMPARED_WITH", "o3-mini") in _relations(result)


def test_stopnames_are_never_entities(extractor):
    result = extractor.extract(_paper(
        "Large language models (LLMs) are strong. We show that our method beats baselines with LLMs."))
    names = {e.name.lower() for e in result.entities} | {a.lower() for e in result.entities for a in e.aliases}
    assert not names & {"llms", "large language models", "our method", "baselines"}


@pytest.mark.parametrize("sentence, expected", [
    ("We introduce FooNet, a novel architecture for vision.", ("PROPOSES", "FooNet")),
    ("Our approach is built on the Transformer architecture.", ("USES", "Transformer")),
    ("We run experiments on CIFAR-10 and ImageNet.", ("EVALUATED_ON", "ImageNet")),
    ("Our optimizer outperforms Adam by a wide margin.", ("COMPARED_WITH", "Adam")),
    ("We report results in terms of perplexity.", ("MEASURES", "perplexity")),
    ("We study continual learning in this work.", ("ADDRESSES", "continual learning")),
])
def test_each_relation_cue(extractor, sentence, expected):
    assert expected in _relations(extractor.extract(_paper(sentence)))


def test_compared_list_inherits_cue(extractor):
    result = extractor.extract(_paper("In our tests, the new solver surpasses Adam, LoRA and GPT-4 clearly."))
    assert {("COMPARED_WITH", "Adam"), ("COMPARED_WITH", "LoRA"), ("COMPARED_WITH", "GPT-4")} <= _relations(result)


def test_bracketed_baselines_are_compared(extractor):
    result = extractor.extract(_paper("Our guard outperforms three baselines (ALRPHFS, GuardAgent, and Point Transformer) "
                                      "by 10 points."))
    assert {("COMPARED_WITH", "ALRPHFS"), ("COMPARED_WITH", "Point Transformer")} <= _relations(result)


def test_title_case_part_opening_a_sentence_is_proposed(extractor):
    result = extractor.extract(_paper("We propose OTCA, which has two components. Multi-Objective Credit Allocation "
                                      "adaptively weights the rewards."))
    assert ("PROPOSES", "Multi-Objective Credit Allocation") in _relations(result)


def test_title_prefix_is_proposed(extractor):
    result = extractor.extract(_paper("SPAM clips spikes. We use Adam.", title="SPAM: Spike-Aware Adam"))
    assert ("PROPOSES", "SPAM") in _relations(result)
    assert ("USES", "SPAM") not in _relations(result)


def test_evidence_offsets_point_into_the_abstract(extractor):
    abstract = ("  Deep nets forget, e.g. in continual learning (Smith et al. 2020). We propose FooNet. "
                "It reaches 91.5% accuracy on CIFAR-10, higher than Adam.  ")
    result = extractor.extract(_paper(abstract, title="FooNet: better nets"))
    assert result.relations
    for relation in result.relations:
        assert abstract[relation.start:relation.end] == relation.evidence
        assert relation.evidence in ("We propose FooNet.", "It reaches 91.5% accuracy on CIFAR-10, higher than Adam.")


def test_one_relation_per_type_and_target(extractor):
    result = extractor.extract(_paper("We use Adam. We also use Adam again. Adam is used."))
    pairs = [(r.type, r.target) for r in result.relations]
    assert len(pairs) == len(set(pairs))


def test_extract_many_preserves_order(extractor):
    papers = [_paper(f"We evaluate on CIFAR-10 with method M{i}X.", pid=f"p{i}") for i in range(20)]
    assert [r.paper.id for r in extractor.extract_many(papers, batch_size=3)] == [p.id for p in papers]


def test_extract_many_batches_match_single_extractions(extractor):
    papers = [_paper("We propose FooNet, which outperforms Adam on CIFAR-10.", pid="a"),
              _paper("Kolmogorov-Arnold Networks (KAN) use BLEU. We evaluate on ImageNet.", pid="b"),
              _paper("We design a temporal fusion module and compare with GaLore.", pid="c")]
    batched = [r.to_json() for r in extractor.extract_many(papers, batch_size=2)]
    assert batched == [extractor.extract(p).to_json() for p in papers]
    assert ("PROPOSES", "FooNet") in _relations(extractor.extract(papers[0]))


def test_extract_many_with_two_processes(extractor):
    papers = [_paper(f"We propose Net{i}Z. It outperforms Adam on ImageNet.", pid=f"p{i}") for i in range(6)]
    results = list(extractor.extract_many(papers, n_process=2, batch_size=2))
    assert [r.paper.id for r in results] == [p.id for p in papers]
    assert ("PROPOSES", "Net3Z") in _relations(results[3])
    assert [r.to_json() for r in results] == [extractor.extract(p).to_json() for p in papers]


def test_extract_many_pauses_the_garbage_collector_only_within_a_batch(extractor):
    papers = [_paper(f"We propose Net{i}Z on ImageNet.", pid=f"p{i}") for i in range(5)]
    assert gc.isenabled()
    seen = [gc.isenabled() for _ in extractor.extract_many(papers, batch_size=2)]
    assert seen == [True] * 5 and gc.isenabled()
    gc.disable()
    try:
        assert len(list(extractor.extract_many(papers, batch_size=2))) == 5
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.skipif(not data_path("lexicon.tsv").is_file(), reason="packaged lexicon not built yet")
def test_packaged_lexicon_loads(packaged_extractor):
    result = packaged_extractor.extract(_paper("We fine-tune with LoRA and evaluate accuracy on ImageNet."))
    types = _types(result)
    assert types.get("ImageNet") == "DATASET"


def test_background_mentions_get_no_default_relation(extractor):
    result = extractor.extract(_paper(
        "Agents often rely on GPT-4 in prior work. We propose FooNet for planning. FooNet runs on ImageNet."))
    assert _entity(result, "GPT-4") is not None
    assert not any(r.target == "GPT-4" for r in result.relations)
    assert ("EVALUATED_ON", "ImageNet") in _relations(result)


def test_title_only_contribution_has_title_evidence(extractor):
    result = extractor.extract(_paper("We study spikes in training.", title="BarOpt: Stable Training"))
    relation = next(r for r in result.relations if r.target == "BarOpt")
    assert (relation.type, relation.evidence, relation.start, relation.end) == (
        "PROPOSES", "BarOpt: Stable Training", -1, -1)


def test_lower_case_technique_phrases_and_list_types(extractor):
    result = extractor.extract(_paper(
        "We use spike-aware gradient clipping. Experiments run on tasks: ImageNet, FooWorld, and BarShop."))
    assert _entity(result, "spike-aware gradient clipping").type == "METHOD"
    assert _entity(result, "FooWorld").type == "DATASET" and _entity(result, "BarShop").type == "DATASET"


@pytest.mark.parametrize("abstract, methods", [
    ("The answer comes from a multi-agent debate between critics. We apply layer skipping at inference "
     "and train with random cropping and a hierarchical query decomposition.",
     {"multi-agent debate", "layer skipping", "random cropping", "hierarchical query decomposition"}),
    ("Memory falls with low-rank gradient projection. Robustness is tested under adversarial perturbation, "
     "and a committee of verifiers acts as inference-time boosting for reasoning.",
     {"low-rank gradient projection", "adversarial perturbation", "inference-time boosting"}),
    ("Patches are matched with unbalanced optimal transport. An adaptive scheduler assigns budgets, "
     "and sinusoidal encodings mark positions.",
     {"unbalanced optimal transport", "adaptive scheduler", "sinusoidal encodings"}),
    ("We study selective unlearning after training; weights mix by linear interpolation, "
     "and a subsequent unlearning step follows.",
     {"selective unlearning", "linear interpolation"}),
])
def test_technique_head_phrases_are_methods(extractor, abstract, methods):
    """Phrases ending in technique heads ("debate", "projection", "transport", "unlearning", ...)."""
    result = extractor.extract(_paper(abstract))
    assert {name for name, kind in _types(result).items() if kind == "METHOD"} == methods


def test_vague_modifiers_start_no_technique_phrase(extractor):
    result = extractor.extract(_paper(
        "We give a detailed decomposition of the error and a complementary debate between agents."))
    assert not {"detailed decomposition", "complementary debate"} & set(_types(result))


def test_phrase_ending_in_a_lexicon_name_takes_its_type(extractor):
    result = extractor.extract(_paper(
        "We pretrain encoders with supervised contrastive learning for class-incremental continual learning."))
    assert _entity(result, "supervised contrastive learning").type == "METHOD"
    assert _entity(result, "class-incremental continual learning").type == "TASK"


def test_title_prefix_typed_by_the_title_head_noun(extractor):
    metric = extractor.extract(_paper("We study images.", title="FooScore: A Lightweight Perceptual Metric for Images"))
    model = extractor.extract(_paper("We study agents.", title="BarNet: An Open, Efficient Hybrid Model for Agents"))
    task_head = extractor.extract(_paper("We study actions.", title="BazFlow: One-Step Action Generation via Flows"))
    assert _entity(metric, "FooScore").type == "METRIC"
    assert _entity(model, "BarNet").type == "MODEL"
    assert _entity(task_head, "BazFlow").type == "METHOD"


@pytest.mark.skipif(not data_path("lexicon.tsv").is_file(), reason="packaged lexicon not built yet")
def test_packaged_data_bare_metric_words_and_learning_paradigms(packaged_extractor):
    result = packaged_extractor.extract(_paper(
        "We train the policy with reinforcement learning. The error drops while accuracy and the score rise."))
    types = {e.name.lower(): e.type for e in result.entities}
    assert types.get("reinforcement learning") == "METHOD"
    assert types.get("accuracy") == "METRIC"
    assert "error" not in types and "score" not in types


def test_packaged_data_precision_is_a_metric_only_where_reported(packaged_extractor):
    reported = packaged_extractor.extract(_paper(
        "Models are compared by precision, recall and F1, with a precision of 0.99."))
    vague = packaged_extractor.extract(_paper("We combine the precision of rules with the reach of learned parsers."))
    assert _types(reported).get("precision") == "METRIC"
    assert all(e.name.lower() != "precision" for e in vague.entities)


@pytest.mark.skipif(not data_path("lexicon.tsv").is_file(), reason="packaged lexicon not built yet")
def test_packaged_cost_and_rate_phrases_are_metrics_but_not_the_learning_rate(packaged_extractor):
    result = packaged_extractor.extract(_paper(
        "We tune the learning rate and cut the inference cost while the attack success rate drops. "
        "A constant learning rate and problem-adaptive learning rates are compared."))
    types = _types(result)
    assert types.get("inference cost") == "METRIC" and types.get("attack success rate") == "METRIC"
    assert not any("learning rate" in name for name in types)


def test_packaged_data_verbs_start_no_phrase(packaged_extractor):
    result = packaged_extractor.extract(_paper(
        "To develop causal reasoning, models incorporate beam search and exploit behavior cloning."))
    names = {name.lower() for name in _types(result)}
    assert not any(name.split()[0] in ("develop", "incorporate", "exploit") for name in names)
    assert {"beam search", "behavior cloning"} <= names


def test_packaged_data_judging_adjectives_start_no_phrase(packaged_extractor):
    result = packaged_extractor.extract(_paper(
        "Mainstream models show flawed reasoning, while ours keeps identical attention blocks at a prohibitive "
        "computational cost, unlike off-the-shelf diffusion models."))
    names = {name.lower() for name in _types(result)}
    assert not any(name.split()[0] in ("flawed", "identical", "prohibitive", "off-the-shelf") for name in names)
    assert "computational cost" in names


def test_packaged_data_manner_and_praise_words_start_no_phrase(packaged_extractor):
    result = packaged_extractor.extract(_paper(
        "We avoid careful prompt engineering, assume tool use by agents and reach extraordinary accuracy of 99%."))
    names = {name.lower() for name in _types(result)}
    assert not any(name.split()[0] in ("careful", "assume", "extraordinary") for name in names)
    assert "accuracy" in names


def test_packaged_data_no_phrase_before_the_traces_a_technique_leaves(packaged_extractor):
    result = packaged_extractor.extract(_paper(
        "Salient attention heads and concise reasoning traces appear when we apply sparse attention."))
    names = {name.lower() for name in _types(result)}
    assert not {"salient attention", "concise reasoning"} & names
    assert "sparse attention" in names


def test_packaged_data_codes_name_no_technique(packaged_extractor):
    result = packaged_extractor.extract(_paper(
        "The decoder maps latent codes to images using sparse attention; we release the source codes."))
    names = _types(result)
    assert "sparse attention" in names  # the phrase finder ran on this text
    assert not any(name.lower().endswith("codes") for name in names)


def test_packaged_speed_phrases_are_metrics(packaged_extractor):
    result = packaged_extractor.extract(_paper(
        "We report the accuracy and the generation speed of each model on one GPU."))
    assert _types(result).get("generation speed") == "METRIC"


@pytest.mark.skipif(not data_path("lexicon.tsv").is_file(), reason="packaged lexicon not built yet")
def test_packaged_error_phrases_are_metrics_only_with_a_figure(packaged_extractor):
    vague = packaged_extractor.extract(_paper("The labels carry much human error, which hurts the detector."))
    reported = packaged_extractor.extract(_paper(
        "The detector reaches a localization error of 0.12 on the test split."))
    assert "human error" not in {name.lower() for name in _types(vague)}
    assert _types(reported).get("localization error") == "METRIC"


def test_entropy_and_complexity_phrases_are_metrics_only_with_a_figure(packaged_extractor):
    reported = packaged_extractor.extract(_paper(
        "Our sampler lowers the policy entropy to 0.8 nats and keeps the sample complexity at 2.1k episodes."))
    vague = packaged_extractor.extract(_paper(
        "We study the policy entropy of agents and the sample complexity of planning."))
    assert _types(reported).get("policy entropy") == "METRIC" and _types(reported).get("sample complexity") == "METRIC"
    assert not _types(vague)


def test_new_techniques_named_in_a_proposal_sentence_are_proposed(extractor):
    result = extractor.extract(_paper(
        "We propose FooOpt, which adds momentum reset to Adam. Later we run spike clipping with momentum reset."))
    relations = _relations(result)
    assert ("PROPOSES", "momentum reset") in relations and ("USES", "momentum reset") not in relations
    assert ("USES", "Adam") in relations and ("PROPOSES", "Adam") not in relations


def test_training_stages_named_as_a_pair_are_tasks(extractor):
    pair = extractor.extract(_paper("We speed up both pre-training and fine-tuning of encoders."))
    strategy = extractor.extract(_paper("We use a pre-training and fine-tuning strategy for encoders."))
    assert {e.name: e.type for e in pair.entities if e.type == "TASK"} == {"pre-training": "TASK", "fine-tuning": "TASK"}
    assert ("ADDRESSES", "fine-tuning") in _relations(pair)
    assert not any(e.name in ("pre-training", "fine-tuning") for e in strategy.entities)


def test_task_heads_with_modifiers_are_tasks(extractor):
    result = extractor.extract(_paper("We study straggler mitigation and web navigation for robots."))
    assert _entity(result, "straggler mitigation").type == "TASK"
    assert ("ADDRESSES", "web navigation") in _relations(result)


def test_identification_registration_and_hallucination_phrases_are_tasks(extractor):
    result = extractor.extract(_paper(
        "We study writer identification, non-rigid registration and object hallucinations. "
        "Such models generate hallucinations."))
    names = _types(result)
    assert names == {"writer identification": "TASK", "non-rigid registration": "TASK", "object hallucinations": "TASK"}


def test_title_case_task_phrase_takes_three_modifiers_but_no_setting_qualifier(extractor):
    result = extractor.extract(_paper(
        "We retrieve instances.", title="QueryGaussian: Training-Free Open-Vocabulary 3D Instance Retrieval"))
    qualified = extractor.extract(_paper("We retrieve instances.", title="Fast: Training-Free 3D Instance Retrieval"))
    assert _entity(result, "Open-Vocabulary 3D Instance Retrieval").type == "TASK"
    assert _entity(qualified, "3D Instance Retrieval").type == "TASK"
    assert not any("Training-Free" in e.name for e in qualified.entities)


def test_counts_and_ranks_do_not_start_a_task_phrase(extractor):
    result = extractor.extract(_paper("We compare four object detection tasks and a secondary pose estimation task."))
    names = _types(result)
    assert names == {"object detection": "TASK", "pose estimation": "TASK"}


def test_title_case_task_phrase_ending_a_title_part_but_not_after_via(extractor):
    task = extractor.extract(_paper("We detect weak spots.", title="Batting Weakness Detection in Cricket Videos"))
    means = extractor.extract(_paper("We segment images.", title="Segmentation via Set-Level Concept Prediction"))
    assert _types(task) == {"Weakness Detection": "TASK"}
    assert _types(means) == {"Set-Level Concept Prediction": "METHOD"}


def test_title_case_task_phrase_after_for_follows_a_means(extractor):
    result = extractor.extract(_paper("We detect cars.", title="Fusion with Radar and Camera for 3D Vehicle Detection"))
    assert _types(result).get("3D Vehicle Detection") == "TASK"


def test_evaluative_words_come_off_a_title_purpose(extractor):
    result = extractor.extract(_paper("We read scans.", title="A Toolkit for Interactive Dental Image Analysis"))
    names = _types(result)
    assert names.get("Dental Image Analysis") == "TASK" and "Interactive Dental Image Analysis" not in names


def test_standalone_technique_heads_but_not_compound_ends(extractor):
    result = extractor.extract(_paper("We combine rehearsal with checkpointing and skip token-pruning entirely."))
    assert _entity(result, "rehearsal").type == "METHOD" and _entity(result, "checkpointing").type == "METHOD"
    assert _entity(result, "pruning") is None


def test_plural_acronym_of_a_model_class_is_not_an_entity(extractor):
    result = extractor.extract(_paper(
        "Large Foundation Models (LFMs) are brittle. We probe LFMs with FooNet, a minimal computational probe."))
    assert _entity(result, "LFMs") is None and _entity(result, "Large Foundation Models") is None
    assert _entity(result, "FooNet") is not None


def test_plural_of_a_camel_case_acronym_is_the_same_entity(extractor):
    result = extractor.extract(_paper("We propose WebPRM for web agents. Scalar WebPRMs fail on long tasks."))
    names = [e.name for e in result.entities if "WebPRM" in e.name]
    assert names == ["WebPRM"] and _entity(result, "WebPRM").aliases == ["WebPRMs"]


def test_model_family_with_a_size_is_one_name_and_compound_ends_are_not_lexicon_hits(extractor):
    result = extractor.extract(_paper("We train Pythia 410M. Code: github.com/lab/Foo-ImageNet today."))
    assert _entity(result, "Pythia 410M").type == "MODEL" and _entity(result, "Pythia") is None
    assert _entity(result, "ImageNet") is None


def test_new_acronym_defined_as_a_model_is_a_method_and_assessment_is_a_task(extractor):
    result = extractor.extract(_paper(
        "We propose a Visual Question Writing model (VQWM) for image quality assessment."))
    assert _entity(result, "VQWM").type == "METHOD"
    assert _entity(result, "image quality assessment").type == "TASK"


def test_title_case_acronym_long_form_with_a_task_head_is_a_method(extractor):
    result = extractor.extract(_paper(
        "We propose Tool-Integrated Reasoning (TIR) for agents. It suffers from catastrophic forgetting (CF)."))
    assert _entity(result, "TIR").type == "METHOD"
    assert _entity(result, "CF").type == "TASK"


def test_acronym_definition_before_a_singular_data_word_is_a_dataset(extractor):
    result = extractor.extract(_paper(
        "We annotate dialogues from the Cooperative Remote Search Task (CReST) corpus and test on the Wuhan "
        "University (WHU) Building Dataset. Visual Question Answering (VQA) datasets are many."))
    assert _entity(result, "CReST").type == "DATASET"
    assert _entity(result, "WHU").type == "DATASET"
    assert _entity(result, "VQA").type != "DATASET"


def test_learning_paradigm_given_an_acronym_is_a_method(extractor):
    result = extractor.extract(_paper(
        "We combine deep hash learning (DHL) with graphs. It suffers from catastrophic forgetting (CF)."))
    assert _entity(result, "DHL").type == "METHOD"
    assert _entity(result, "CF").type == "TASK"


def test_sentence_initial_on_and_challenge_type_datasets(extractor):
    result = extractor.extract(_paper("On FooSQL-Lite, our method wins. We enter the BarVR-R challenge."))
    assert _entity(result, "FooSQL-Lite").type == "DATASET"
    assert _entity(result, "BarVR-R").type == "DATASET"


def test_task_phrase_needs_a_place_where_tasks_are_named(extractor):
    result = extractor.extract(_paper(
        "We study methods for video captioning. Our captioning model beats prior image captioning results."))
    names = {e.name for e in result.entities}
    assert "video captioning" in names and "image captioning" not in names


def test_task_phrase_after_on_to_or_alone_is_no_task(extractor):
    result = extractor.extract(_paper(
        "Noise leads to weak alignment. Models rely on texture-dominant reasoning or guided generation. "
        "We study methods for video captioning."))
    names = {e.name for e in result.entities}
    assert "video captioning" in names
    assert not names & {"weak alignment", "texture-dominant reasoning", "guided generation"}


def test_vague_modifiers_start_no_task_phrase(extractor):
    result = extractor.extract(_paper(
        "We study weak reasoning, high-level planning and impressive reasoning, and methods for video captioning. "
        "Success of autoregressive modeling and discriminative learning, for example."))
    names = {e.name for e in result.entities}
    assert "video captioning" in names
    assert not names & {"weak reasoning", "high-level planning", "impressive reasoning", "autoregressive modeling",
                        "discriminative learning"}


def test_manner_modifier_is_cut_from_a_lower_case_task_phrase(extractor):
    result = extractor.extract(_paper(
        "We study knowledge-grounded retrieval, proximity-aware risk assessment tasks and methods for video captioning."))
    names = {e.name for e in result.entities}
    assert "risk assessment" in names and "video captioning" in names
    assert not names & {"knowledge-grounded retrieval", "proximity-aware risk assessment"}


def test_judging_modifier_is_cut_from_a_metric_phrase(extractor):
    result = extractor.extract(_paper(
        "Unlike prior work with huge computational costs, our model reaches optimal efficiency and a U-shaped "
        "accuracy curve at low inference latency."))
    names = {e.name for e in result.entities}
    assert "computational costs" in names and "inference latency" in names
    assert not names & {"huge computational costs", "optimal efficiency", "U-shaped accuracy"}


def test_verbs_before_a_head_are_no_modifier(extractor):
    result = extractor.extract(_paper(
        "Reasoning models harness test-time scaling, yet do not compromise training efficiency; we automate "
        "assessment and instill counterfactual reasoning."))
    names = {e.name for e in result.entities}
    assert "training efficiency" in names
    assert not names & {"harness test-time scaling", "compromise training efficiency", "automate assessment",
                        "instill counterfactual reasoning"}


def test_dataset_acronym_of_a_lower_case_domain_is_no_entity(extractor):
    result = extractor.extract(_paper(
        "Hyperspectral image (HSI) clustering is hard. We test on three HSI datasets and on the Lip Reading in the "
        "Wild (LRW) dataset."))
    names = {e.name for e in result.entities}
    assert "LRW" in names and not names & {"HSI", "Hyperspectral image"}


def test_standalone_head_before_a_singular_technique_noun_is_no_mention(extractor):
    result = extractor.extract(_paper("We propose DISCO, a novel regularization strategy with a warmup schedule."))
    assert not {e.name for e in result.entities} & {"regularization", "warmup"}
    result = extractor.extract(_paper("It matches popular regularization methods and dropout."))
    assert "regularization" in {e.name for e in result.entities}


def test_generic_technology_acronyms_are_no_entities(extractor):
    result = extractor.extract(_paper(
        "We parse PDFs and UAV images on the STEM dataset, move the EOS token, and render UV maps in VR with "
        "SIMD code over WiFi, using the ImageNet dataset."))
    names = {e.name for e in result.entities}
    assert "ImageNet" in names
    assert not names & {"PDFs", "UAV", "STEM", "EOS", "UV", "VR", "SIMD", "WiFi"}


def test_words_joined_by_a_double_dash_are_no_modifier(extractor):
    result = extractor.extract(_paper("We compare two models--for motorbike detection on our data."))
    names = {e.name for e in result.entities}
    assert "motorbike detection" in names and "models--for motorbike detection" not in names


def test_task_phrase_named_before_tasks_or_problem(extractor):
    result = extractor.extract(_paper(
        "Models still fail multi-hop question answering tasks. We see it as a sequence modeling problem. "
        "Our pose estimation model is small. It needs better spatial reasoning abilities."))
    names = _types(result)
    assert names.get("multi-hop question answering") == "TASK" and names.get("sequence modeling") == "TASK"
    assert names.get("spatial reasoning") == "TASK"
    assert "pose estimation" not in names


def test_multi_word_names_ending_in_a_dataset_or_metric_head_take_its_type(extractor):
    result = extractor.extract(_paper(
        "We introduce the Open Korean Historical Corpus. We also introduce the Spatial Fusion Network."))
    assert _entity(result, "Open Korean Historical Corpus").type == "DATASET"
    assert _entity(result, "Spatial Fusion Network").type == "METHOD"


def test_evaluative_words_do_not_start_a_phrase(extractor):
    result = extractor.extract(_paper("We lower the average inference cost and show negligible accuracy loss."))
    names = {e.name for e in result.entities}
    assert "inference cost" in names and "average inference cost" not in names
    assert "negligible accuracy loss" not in names


def test_dataset_name_before_a_task_head_stays_a_dataset(extractor):
    result = extractor.extract(_paper("We report results on CIFAR-10 image classification."))
    names = _types(result)
    assert names.get("CIFAR-10") == "DATASET"
    assert not any(name.startswith("CIFAR-10 ") for name in names)


def test_problem_named_after_for_in_the_title_is_an_addressed_task(extractor):
    result = extractor.extract(Paper("p1", "A Post-Processing Framework for Group Fairness",
                                     "We adjust scores after training."))
    assert _entity(result, "Group Fairness").type == "TASK"
    assert ("ADDRESSES", "Group Fairness") in _relations(result)


def test_matching_rewriting_and_adherence_heads_make_terms(extractor):
    result = extractor.extract(_paper("We use conditional flow matching for query rewriting and measure instruction "
                                      "adherence."))
    assert {(e.name, e.type) for e in result.entities} == {
        ("conditional flow matching", "METHOD"), ("query rewriting", "TASK"), ("instruction adherence", "METRIC")}


def test_vague_score_phrase_is_a_metric_only_with_a_figure_in_its_sentence(extractor):
    result = extractor.extract(_paper("A reward model gives a confidence score to each answer. "
                                      "Our method reaches a quality score of 0.91."))
    names = _types(result)
    assert "confidence score" not in names
    assert names.get("quality score") == "METRIC"


def test_error_phrase_is_a_metric_only_with_a_figure_in_its_sentence(extractor):
    result = extractor.extract(_paper("We propose Foo, which corrects the measurement error of cheap sensors. "
                                      "Foo lowers the estimation error to 0.12."))
    names = _types(result)
    assert "measurement error" not in names
    assert names.get("estimation error") == "METRIC"


def test_acronym_defined_as_a_measure_is_a_metric(extractor):
    result = extractor.extract(_paper("We compare checkpoints with a Layer-Drift Agreement measure (LDA) across depths."))
    assert _entity(result, "LDA").type == "METRIC"


def test_metric_phrase_named_only_in_the_background_is_not_an_entity(extractor):
    result = extractor.extract(_paper("Large models incur a high inference cost. We propose Foo, which lowers the "
                                      "memory usage of training."))
    names = _types(result)
    assert "inference cost" not in names
    assert names.get("memory usage") == "METRIC"


def test_metric_word_inside_a_hyphenated_compound_is_not_a_metric(extractor):
    result = extractor.extract(_paper("We give a low-perplexity answer and report the perplexity of our model."))
    assert _entity(result, "perplexity").type == "METRIC"
    result = extractor.extract(_paper("We give a low-perplexity answer with our model."))
    assert _entity(result, "perplexity") is None


def test_method_name_inside_a_longer_capitalised_name_is_not_an_entity(extractor):
    result = extractor.extract(_paper("We compare PointNet, DGCNN and Point Transformer on ScanObjectNN."))
    assert _entity(result, "Transformer") is None
    result = extractor.extract(_paper("We compare PointNet, DGCNN and a Transformer on ScanObjectNN."))
    assert _entity(result, "Transformer").type == "METHOD"
    result = extractor.extract(_paper("It trains Hy3 Preview with Adam."))
    assert _entity(result, "Hy3") is None


def test_technique_phrase_with_a_vague_head_needs_more_than_its_modifier(extractor):
    result = extractor.extract(_paper("Our method learns without explicit supervision and uses gradient clipping."))
    names = _types(result)
    assert "explicit supervision" not in names
    assert names.get("gradient clipping") == "METHOD"


def test_untyped_acronym_of_a_lower_case_thing_name_is_not_an_entity(extractor):
    result = extractor.extract(_paper("We read electronic health records (EHR) with greedy block verification (GBV)."))
    assert _entity(result, "EHR") is None
    assert _entity(result, "GBV").type == "METHOD"


def test_method_name_inside_a_hyphenated_compound_is_not_an_entity_unless_x_based(extractor):
    result = extractor.extract(_paper("It reaches better cross-domain generalization with Adam."))
    assert _entity(result, "domain generalization") is None
    result = extractor.extract(_paper("It pairs Transformer-based encoders with Adam."))
    assert _entity(result, "Transformer").type == "METHOD"


def test_untyped_short_letter_digit_code_is_not_an_entity(extractor):
    result = extractor.extract(_paper("We encode videos as MP4 files and compare Qwen2 with Adam."))
    names = {e.name for e in result.entities}
    assert "MP4" not in names
    assert "Qwen2" in names


def test_verbs_and_adverbs_start_no_technique_phrase(extractor):
    result = extractor.extract(_paper("We further adapt attention probing to the new setting. "
                                      "Pharmacists therefore focus attention on a few drugs."))
    assert {e.name for e in result.entities} == {"attention probing"}


def test_parts_named_after_a_verb_of_use_are_used_not_proposed(extractor):
    result = extractor.extract(_paper("We propose FooSim. FooSim first uses a hybrid generative simulator to move."))
    relations = _relations(result)
    assert ("USES", "hybrid generative simulator") in relations
    assert ("PROPOSES", "hybrid generative simulator") not in relations


def test_process_phrase_after_a_verb_of_use_is_a_used_method(extractor):
    result = extractor.extract(_paper(
        "We propose FooNet. FooNet removes noise through cross-temporal pairing and keeps speed."))
    pairing = _entity(result, "cross-temporal pairing")
    assert pairing is not None and pairing.type == "METHOD"
    assert ("USES", "cross-temporal pairing") in _relations(result)


def test_part_described_after_a_is_proposed(extractor):
    result = extractor.extract(_paper(
        "We propose FooSearch with three parts: (i) a graph-based dynamic planning strategy expands the roadmap."))
    assert ("PROPOSES", "graph-based dynamic planning strategy") in _relations(result)


def test_task_phrase_opening_the_abstract_is_a_task(extractor):
    opening = extractor.extract(_paper("Story rewriting aims to adapt existing narratives. We study it."))
    assert _types(opening).get("Story rewriting") == "TASK"
    inside = extractor.extract(_paper("We note that story rewriting aims to adapt existing narratives."))
    assert "story rewriting" not in {name.lower() for name in _types(inside)}


def test_title_task_phrase_ends_before_a_capitalised_preposition(extractor):
    result = extractor.extract(_paper("We study pain in sheep.", title="Sheep Facial Pain Assessment Under Graph Networks"))
    assert _types(result).get("Sheep Facial Pain Assessment") == "TASK"


def test_part_ending_in_a_known_technique_name_drops_its_head(extractor):
    result = extractor.extract(_paper(
        "We propose FooNet. We adopt a hybrid contrastive learning strategy and design a token fusion strategy."))
    names = {e.name for e in result.entities}
    assert "hybrid contrastive learning" in names and "hybrid contrastive learning strategy" not in names
    assert "token fusion strategy" in names


def test_acronym_of_a_mapping_is_a_task(extractor):
    result = extractor.extract(_paper("We test agents across 18 conditions in photo-to-cartoon (PTC) simulations."))
    assert _entity(result, "PTC").type == "TASK"


def test_untyped_name_with_a_release_number_is_a_model(extractor):
    result = extractor.extract(_paper("We compare Quxo-2.5, Echo-4o and BazGen on our images."))
    assert _types(result) == {"Quxo-2.5": "MODEL", "Echo-4o": "MODEL", "BazGen": "METHOD"}


def test_lower_case_modifier_names_a_kind_of_a_lexicon_technique(extractor):
    result = extractor.extract(_paper(
        "We train a hierarchical transformer with LoRA for single-source domain generalization. Although "
        "domain generalization is hard, the transformer helps."))
    names = {e.name for e in result.entities}
    assert {"hierarchical transformer", "single-source domain generalization"} <= names
    assert not {"Although domain generalization", "the transformer"} & names
    assert not any(name.endswith(" LoRA") for name in names)


def test_plural_word_form_merges_with_its_singular(extractor):
    result = extractor.extract(_paper(
        "We use the vision transformers on images. The vision transformer recovers features. We compare SLNet-S and SLNet."))
    merged = [e for e in result.entities if "vision transformer" in [e.name, *e.aliases]]
    assert len(merged) == 1 and {merged[0].name, *merged[0].aliases} == {"vision transformers", "vision transformer"}
    assert {"SLNet-S", "SLNet"} <= {e.name for e in result.entities}


def test_verb_before_a_lexicon_technique_is_no_modifier(extractor):
    result = extractor.extract(_paper(
        "We propose Zorbnet. Zorbnet extends transformers and trains vision transformers. It deploys transformers."))
    names = {e.name for e in result.entities}
    assert "vision transformers" in names
    assert not {"extends transformers", "trains vision transformers", "deploys transformers"} & names


def test_preposition_is_no_phrase_modifier(extractor):
    result = extractor.extract(_paper("We defend against input perturbation."))
    assert {e.name for e in result.entities} == {"input perturbation"}


def test_acronym_definition_said_to_be_a_task_is_a_task(extractor):
    result = extractor.extract(_paper(
        "Membership Inference Attacks (MIAs) aim to tell whether a sample was seen in training. "
        "We introduce Goal-Conditioned Caption Generation (GCCG), a new task that asks for captions. "
        "Source-Free Domain Adaptation (SFDA) aims to adapt a model without source data. "
        "We also tackle the task of Video Amodal Completion (VAC). "
        "Small Object Detection (SOD) poses significant challenges. Computed tomography (CT) remains challenging. "
        "Concept Erasure Techniques (CETs) aim to remove concepts. We fine-tune it with Low-Rank Adaptation (LoRA)."))
    types = _types(result)
    assert types.get("MIAs") == "TASK" and types.get("GCCG") == "TASK" and types.get("SFDA") == "TASK"
    assert types.get("VAC") == "TASK" and types.get("SOD") == "TASK" and types.get("CT") != "TASK"
    assert types.get("CETs") == "METHOD" and types.get("LoRA") == "METHOD"


def test_acronym_definition_followed_by_a_task_word_names_the_task(extractor):
    result = extractor.extract(_paper(
        "Human-object interaction (HOI) detection aims to find pairs. We study HOI detection on images. "
        "An oriented bounding box (OBB) detection model is used."))
    hoi = _entity(result, "HOI detection")
    assert hoi is not None and hoi.type == "TASK"
    assert all(e.name != "HOI" for e in result.entities)
    assert all(e.name != "OBB detection" for e in result.entities)


def test_defined_acronym_takes_the_lexicon_entry_of_its_long_form(extractor):
    result = extractor.extract(_paper("We train with Sharpness-Aware Minimization (SAM). SAM beats Adam."))
    sam = next(e for e in result.entities if "SAM" in [e.name, *e.aliases])
    assert sam.type == "METHOD" and sam.name.lower() == "sharpness-aware minimization"
    assert _types(extractor.extract(_paper("We segment cells with SAM."))) == {"SAM": "MODEL"}


def test_base_form_verb_or_judging_adjective_is_no_phrase_modifier(extractor):
    """Corpus text gives 'employ contrastive learning', 'pay attention', 'inaccurate query decomposition'."""
    result = extractor.extract(_paper(
        "We employ cross-modal attention to pay attention to frames, avoid inaccurate query decomposition "
        "and maintain factual accuracy."))
    names = {e.name for e in result.entities}
    assert {"cross-modal attention", "query decomposition", "factual accuracy"} <= names
    assert not {"employ cross-modal attention", "pay attention", "inaccurate query decomposition",
                "maintain factual accuracy"} & names


def test_time_before_series_or_steps_is_no_measure(extractor):
    result = extractor.extract(_paper(
        "We forecast raw time series over continuous time steps and cut the training time by 40%."))
    names = {e.name for e in result.entities}
    assert "training time" in names
    assert not {"raw time", "continuous time"} & names


def test_real_is_no_phrase_modifier(extractor):
    """'in real time' names no measure; 'so-called reasoning' no task."""
    result = extractor.extract(_paper("The so-called reasoning runs in real time with low training time."))
    names = {e.name for e in result.entities}
    assert "training time" in names
    assert not {"real time", "so-called reasoning"} & names


def test_one_letter_is_no_name(extractor):
    result = extractor.extract(_paper(
        "We conducted three controlled experiments (A, B, and C) on prompt (P) and answer (A) segments with GPT-4."))
    names = {e.name for e in result.entities}
    assert "GPT-4" in names
    assert not {name for name in names if len(name) == 1}


def test_participle_judging_a_result_is_no_phrase_modifier(extractor):
    """'has gained attention', 'leads to degraded reasoning' name no technique or task."""
    result = extractor.extract(_paper(
        "Agents have gained attention but suffer from degraded reasoning and misaligned knowledge distillation."))
    names = {e.name for e in result.entities}
    assert "knowledge distillation" in names
    assert not {"gained attention", "degraded reasoning", "misaligned knowledge distillation"} & names


def test_technique_noun_after_a_task_phrase_names_no_technique(extractor):
    result = extractor.extract(_paper(
        "We propose FooNet, which combines bias mitigation strategies with curriculum sampling for face recognition."))
    assert _types(result).get("bias mitigation") != "METHOD"
    assert _types(result).get("curriculum sampling") == "METHOD"


def test_judging_or_relating_word_is_no_phrase_modifier(extractor):
    """Corpus text gives 'arbitrary linear codes' (here with a technique head), 'inherent reasoning',
    'excellent fault detection', 'relevant information', 'lack reasoning'; the phrase starts after such a word."""
    result = extractor.extract(_paper(
        "Our codes beat arbitrary linear quantization, keep inherent reasoning and give excellent fault detection. "
        "Prior agents lack reasoning and ignore relevant information, with heavy annotation costs."))
    names = {e.name for e in result.entities}
    assert {"linear quantization", "annotation costs"} <= names
    assert not {"arbitrary linear quantization", "inherent reasoning", "excellent fault detection", "lack reasoning",
                "relevant information", "heavy annotation costs"} & names


def test_acronym_definition_naming_a_thing_is_no_entity(extractor):
    """Corpus text defines vehicles, records and equipment with acronyms; they are no techniques."""
    result = extractor.extract(_paper(
        "Unmanned Aerial Vehicles (UAVs) send Electronic Health Records (EHRs) to each user equipment (UE). "
        "We add Gated Feature Fusion (GFF). GFF helps UAVs and each UE."))
    names = {name for e in result.entities for name in [e.name, *e.aliases]}
    assert "GFF" in names
    assert not {"UAVs", "Unmanned Aerial Vehicles", "EHRs", "UE", "user equipment"} & names
    titled = extractor.extract(_paper("We build Tool-Augmented Drilling Intelligence (TADI) for wells.",
                                      title="TADI: Agents for Drilling"))
    assert "TADI" in {e.name for e in titled.entities}


def test_end_to_end_abbreviation_is_no_entity(extractor):
    """"E2E" abbreviates "end-to-end", a way of building systems, not the E2E dataset of the lexicon."""
    result = extractor.extract(_paper("We benchmark pipeline systems and E2E models based on Whisper."))
    assert "E2E" not in {e.name for e in result.entities}


def test_acronym_of_an_organisation_or_a_regulation_is_no_entity(extractor):
    """A body or a law defined with an acronym is no technique: "American Academy of Sleep Medicine (AASM)"."""
    result = extractor.extract(_paper(
        "We stage sleep by American Academy of Sleep Medicine (AASM) criteria under the General Data Protection "
        "Regulation (GDPR). We add Gated Feature Fusion (GFF) to follow AASM rules."))
    names = {name for e in result.entities for name in [e.name, *e.aliases]}
    assert "GFF" in names
    assert not {"AASM", "GDPR"} & names


def test_acronym_definition_naming_a_modality_language_or_field_is_no_entity(extractor):
    """Imaging modalities, sensors, languages, equations, kinds of systems and graphs defined with acronyms name
    what a paper studies or reads, not a technique; a technique defined beside them stays."""
    result = extractor.extract(_paper(
        "Optical coherence tomography (OCT) and Side Scan Sonar (SSS) scans of Traditional Chinese (TC) notes, "
        "stochastic differential equations (SDEs), Intelligent Transportation Systems (ITS) and medical knowledge "
        "graphs (MKGs) are handled by Gated Feature Fusion (GFF). GFF reads OCT, SSS, TC, SDEs, ITS and MKGs."))
    names = {name for e in result.entities for name in [e.name, *e.aliases]}
    assert "GFF" in names
    assert not {"OCT", "SSS", "TC", "SDEs", "SDE", "ITS", "MKGs", "MKG"} & names


def test_acronym_definition_ending_in_an_adjective_is_no_entity(extractor):
    """"Autoregressive (AR)" and "preference-aligned (PA)" only describe the noun after the acronym; a longer
    long form so ending names a technique."""
    result = extractor.extract(_paper(
        "Autoregressive (AR) decoders and preference-aligned (PA) heads are slow. We add the Gain-Controlled "
        "Iterative (GCI) strategy to AR decoders and PA heads, and GCI is fast."))
    names = {name for e in result.entities for name in [e.name, *e.aliases]}
    assert "GCI" in names
    assert not {"AR", "Autoregressive", "PA", "preference-aligned"} & names


def test_acronym_of_a_noun_compound_before_models_or_cache_is_no_entity(extractor):
    """"Vision-Language-Action (VLA) models" is a kind of model and "Key-Value (KV) cache" a cache; a compound
    with a function word names an architecture ("Mixture-of-Experts (MoE) models")."""
    result = extractor.extract(_paper(
        "Speech-Text-Motion (STM) models keep a Query-Key (QK) cache. We give Mixture-of-Experts (MoE) models "
        "to STM models with a QK cache, and MoE is fast."))
    names = {name for e in result.entities for name in [e.name, *e.aliases]}
    assert "MoE" in names
    assert not {"STM", "Speech-Text-Motion", "QK", "Query-Key"} & names


def test_acronym_definition_naming_questions_a_concept_or_a_service_is_no_entity(extractor):
    """Question sets, microscopy, a zone or hypothesis and a public service defined with acronyms are no
    techniques; a neural ordinary differential equation defined with one is."""
    result = extractor.extract(_paper(
        "We pose open-ended questions (OEQs) on Atomic Force Microscopy (AFM) scans from the National Water "
        "Service (NWS), test the Sparse Coding Hypothesis (SCH) in the zone of stable learning (ZSL), and "
        "use a Graph Neural Ordinary Differential Equation (GNODE). GNODE reads OEQs, AFM, NWS, SCH and ZSL."))
    names = {name for e in result.entities for name in [e.name, *e.aliases]}
    assert "GNODE" in names
    assert not {"OEQs", "OEQ", "AFM", "NWS", "SCH", "ZSL"} & names


def test_acronym_definition_headed_by_a_task_noun_is_a_task(extractor):
    """"multi-view counting (MVC)" and "video super-resolution (VSR)" name tasks that methods solve."""
    result = extractor.extract(_paper(
        "Multi-view counting (MVC) methods and video super-resolution (VSR) methods are slow. "
        "We propose FooNet for MVC and VSR."))
    types = {e.name: e.type for e in result.entities}
    assert types.get("MVC") == "TASK" and types.get("VSR") == "TASK"


def test_acronym_definition_of_an_exam_is_data(extractor):
    """An exam that models are made to pass is a benchmark: "Chemistry's Final Exam (CFE)"."""
    result = extractor.extract(_paper("Models sit Chemistry's Final Exam (CFE). FooNet passes CFE."))
    assert {e.name: e.type for e in result.entities}.get("CFE") == "DATASET"


def test_thing_definition_is_dropped_although_its_letters_are_a_lexicon_name(packaged_extractor):
    """"APS" is a packaged metric name, but "Automated Parking Stations (APS)" defines stations."""
    result = packaged_extractor.extract(_paper(
        "Automated Parking Stations (APS) feed Gated Feature Fusion (GFF). GFF ranks APS."))
    names = {name for e in result.entities for name in [e.name, *e.aliases]}
    assert "GFF" in names
    assert not {"APS", "Automated Parking Stations"} & names


def test_acronym_defined_by_an_adjective_stays_when_it_is_a_lexicon_name(packaged_extractor):
    """"supervised-finetuned (SFT)" spells the packaged "supervised fine-tuning" as an adjective."""
    result = packaged_extractor.extract(_paper("Models are supervised-finetuned (SFT) on chats. SFT helps them."))
    assert "supervised fine-tuning" in {e.name for e in result.entities}


def test_organisations_and_venues_are_no_entities(packaged_extractor):
    """The packaged stop names hold the organisations and venues that corpus text names like systems."""
    result = packaged_extractor.extract(_paper(
        "We compare OpenAI models served by OpenRouter with a NeurIPS entry on YouTube videos using LoRA."))
    names = {e.name for e in result.entities}
    assert "LoRA" in names
    assert not {"OpenAI", "OpenRouter", "NeurIPS", "YouTube"} & names


def test_a_loss_of_some_quality_is_no_loss_function(packaged_extractor):
    """'information loss' and 'accuracy loss' name a drop; 'focal loss' a loss function (packaged stop names)."""
    result = packaged_extractor.extract(_paper(
        "We train with focal loss and avoid information loss, with negligible accuracy loss and performance loss."))
    names = {e.name for e in result.entities}
    assert "focal loss" in names
    assert not {"information loss", "accuracy loss", "performance loss"} & names


def test_information_used_is_no_technique(extractor):
    """'using spatial information' names what is used, no technique; 'using hill climbing' a technique."""
    result = extractor.extract(_paper("We rank plans using spatial information and search them using hill climbing. "
                                      "We merge mentions using coreference resolution."))
    names = {e.name for e in result.entities}
    assert {"hill climbing", "coreference resolution"} <= names
    assert "spatial information" not in names


def test_boosting_is_a_verb(packaged_extractor):
    """'boosting accuracy by 3%' boosts; the technique is named 'gradient boosting' (packaged stop names)."""
    result = packaged_extractor.extract(_paper("Our module works with gradient boosting, boosting accuracy by 3%."))
    names = {e.name.lower() for e in result.entities}
    assert "gradient boosting" in names and "boosting" not in names


def test_languages_interfaces_and_platforms_are_no_entities(packaged_extractor):
    """Packaged stop names: 'SQL', 'GUI', 'AWS' are tools an abstract mentions, no methods, data or tasks."""
    result = packaged_extractor.extract(_paper(
        "Agents act on the GUI and write SQL queries on AWS, and we train them with LoRA on the GUI benchmark."))
    names = {e.name for e in result.entities}
    assert "LoRA" in names
    assert not {"GUI", "SQL", "AWS"} & names


def test_complexity_class_is_no_measure(packaged_extractor):
    """'solvable in polynomial time' states a complexity class; 'training time' is a measure (packaged stop names)."""
    result = packaged_extractor.extract(_paper(
        "The problem is solvable in polynomial time, and our solver cuts the training time by 30%."))
    names = {e.name for e in result.entities}
    assert "training time" in names and "polynomial time" not in names


def test_name_defined_before_its_task_headed_long_form_is_a_method(extractor):
    result = extractor.extract(_paper(
        "We present STAR (Serial Tissue Alignment for Rigid registration), which aligns tissue sections. "
        "We introduce GCCG (Goal-Conditioned Caption Generation), a new task that asks for captions."))
    types = _types(result)
    assert types.get("STAR") == "METHOD" and types.get("GCCG") == "TASK"


def test_subset_or_split_names_data(extractor):
    result = extractor.extract(_paper(
        "Experiments use FooFace-Pose, a subset of faces in profile. We release the BarScenes-N split too. "
        "On the mixed test split, Zorb-SAM reaches the best score."))
    types = _types(result)
    assert types.get("FooFace-Pose") == "DATASET" and types.get("BarScenes-N") == "DATASET"
    assert types.get("Zorb-SAM") != "DATASET"


def test_title_phrase_repeated_in_the_abstract_is_a_task(extractor):
    result = extractor.extract(_paper("Our model ranks fruit by colour. Accurate maturity estimation matters.",
                                      title="FruitProm: A Model of Probabilistic Maturity Estimation"))
    assert _types(result).get("maturity estimation") == "TASK"


def test_packaged_data_vague_adjectives_open_no_phrase(packaged_extractor):
    result = packaged_extractor.extract(_paper(
        "We train two separate reward models. It enables aggressive pruning of tokens. "
        "We identify separate noise initialization as a key factor. We propose a modified DPO loss. "
        "Agents use specialized imitation learning."))
    names = {e.name for e in result.entities}
    assert not names & {"separate reward models", "aggressive pruning", "separate noise initialization",
                        "modified DPO loss", "specialized imitation learning"}


def test_title_case_name_ending_in_a_phrase_head_is_an_entity(extractor):
    result = extractor.extract(_paper(
        "We present FooNet. The encoder is trained with Quasar Ridge Loss to align the features."))
    assert _types(result).get("Quasar Ridge Loss") == "METHOD"


@pytest.mark.skipif(not data_path("lexicon.tsv").is_file(), reason="packaged lexicon not built yet")
def test_packaged_data_f1_and_flops_take_the_words_naming_what_they_measure(packaged_extractor):
    result = packaged_extractor.extract(_paper(
        "Our method raises token-level F1 by 3 points and cuts training FLOPs by half."))
    types = _types(result)
    assert types.get("token-level F1") == "METRIC" and types.get("training FLOPs") == "METRIC"
    assert "F1" not in types and "FLOPs" not in types


@pytest.mark.skipif(not data_path("lexicon.tsv").is_file(), reason="packaged lexicon not built yet")
def test_packaged_data_alongside_and_yielded_start_no_phrase(packaged_extractor):
    result = packaged_extractor.extract(_paper(
        "We report answer accuracy alongside inference latency; the model yielded F1 scores of 0.9."))
    names = {name.lower() for name in _types(result)}
    assert not any(name.split()[0] in ("alongside", "yielded") for name in names)
    assert {"answer accuracy", "inference latency", "f1"} <= names


def test_loose_task_heads_name_tasks_only_in_the_title(extractor):
    paper = Paper(id="p", title="Prompt Alignment for Image Captioning",
                  abstract="We study text alignment, temporal modeling and hard sample selection in image captioning.")
    names = {e.name for e in extractor.extract(paper).entities}
    assert "Prompt Alignment" in names
    assert not names & {"text alignment", "temporal modeling", "hard sample selection"}


def test_method_headed_by_an_activity_is_no_entity(packaged_extractor):
    result = packaged_extractor.extract(_paper("Agents combine tool use and experience replay. We rely on tool use."))
    types = _types(result)
    assert "tool use" not in types and "Tool use" not in types
    assert types.get("experience replay") == "METHOD"
    assert all(r.target != "tool use" for r in result.relations)


def test_method_headed_by_modeling_is_no_entity(packaged_extractor):
    result = packaged_extractor.extract(_paper(
        "We train reward models with reward modeling and long-range temporal modeling via knowledge distillation."))
    types = _types(result)
    assert not [name for name in types if name.lower().endswith("modeling")]
    assert types.get("knowledge distillation") == "METHOD"


def test_method_ending_in_what_is_learned_is_no_entity(packaged_extractor):
    result = packaged_extractor.extract(_paper(
        "This improves joint representation learning and representation learning through contrastive learning."))
    types = _types(result)
    assert not [name for name, kind in types.items() if kind == "METHOD" and name.endswith("representation learning")]
    assert types.get("contrastive learning") == "METHOD"
