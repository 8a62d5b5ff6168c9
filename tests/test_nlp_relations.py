"""Relation roles (kgraph.nlp.relations) through the extractor on a small fixture lexicon."""

from kgraph.models import Paper


def _relations(extractor, title, abstract):
    """Relations of one paper, keyed by (type, target)."""
    result = extractor.extract(Paper("p1", title, abstract))
    return {(r.type, r.target): r for r in result.relations}


def test_task_named_in_the_title_is_addressed_even_if_the_abstract_only_motivates_it(extractor):
    abstract = "Continual learning is hard. Models forget old data quickly."
    relations = _relations(extractor, "Better Replay for Continual Learning", abstract)
    found = relations[("ADDRESSES", "continual learning")]
    assert (found.start, found.end) == (0, len("Continual learning is hard."))


def test_title_task_not_in_the_abstract_has_title_evidence(extractor):
    relations = _relations(extractor, "Tricks for continual learning", "We study replay buffers of several sizes.")
    found = relations[("ADDRESSES", "continual learning")]
    assert (found.start, found.end, found.evidence) == (-1, -1, "Tricks for continual learning")


def test_method_named_only_in_the_title_gets_no_default_role(extractor):
    relations = _relations(extractor, "Notes on Adam", "Optimizers matter. We study their warm-up.")
    assert not any(target == "Adam" for _, target in relations)


def test_dataset_after_a_using_cue_is_evaluated_on_not_used(extractor):
    relations = _relations(extractor, "A study", "We evaluate our method using the CIFAR-10 dataset.")
    assert ("EVALUATED_ON", "CIFAR-10") in relations
    assert ("USES", "CIFAR-10") not in relations


def test_data_a_model_is_trained_on_is_used_and_data_it_is_tested_on_evaluated(extractor):
    relations = _relations(extractor, "A study", (
        "We propose a segmentation method. We train our model on the FooScan dataset and evaluate it on the "
        "BarScan dataset. Training data stems from QuxCorpus, a parallel corpus."))
    assert {r for r in relations if r[1] in ("FooScan", "BarScan", "QuxCorpus")} == {
        ("USES", "FooScan"), ("EVALUATED_ON", "BarScan"), ("USES", "QuxCorpus")}


def test_data_a_new_benchmark_is_based_on_is_used(extractor):
    relations = _relations(extractor, "A study", "We propose Foo-Bench, an ImageNet-based benchmark for robust recognition.")
    assert ("USES", "ImageNet") in relations and ("EVALUATED_ON", "ImageNet") not in relations


def test_data_the_paper_introduces_after_an_and_or_in_its_appositive_is_proposed(extractor):
    relations = _relations(extractor, "A study", (
        "We define the task and release the first FooEdit dataset, comprising 14K examples. Our model leads on "
        "BarQA, a benchmark we introduce for question answering. Results are also given on QuxBench, the first "
        "benchmark of its kind. We propose two benchmarks for a harder test of generation: FooGenBench, which is long."))
    assert {r for r in relations if r[1] in ("FooEdit", "BarQA", "QuxBench", "FooGenBench")} == {
        ("PROPOSES", "FooEdit"), ("PROPOSES", "BarQA"), ("PROPOSES", "QuxBench"), ("PROPOSES", "FooGenBench")}
    assert ("EVALUATED_ON", "FooEdit") not in relations and ("EVALUATED_ON", "BarQA") not in relations


def test_a_metric_after_a_new_state_of_the_art_is_measured_not_proposed(extractor):
    relations = _relations(extractor, "Lines for Panoptic Maps", (
        "Experiments show that our method establishes a new state-of-the-art, achieving 91.1 PQ, with Stuff-PQ "
        "improved by 9.6 points."))
    assert ("MEASURES", "PQ") in relations and ("PROPOSES", "PQ") not in relations
    assert ("MEASURES", "Stuff-PQ") in relations


def test_names_built_on_a_proposed_name_are_proposed(extractor):
    abstract = "We propose FooNet, a new network. FooNet-7B outperforms LoRA, and FooNet-Lite is small."
    relations = _relations(extractor, "A study", abstract)
    assert {("PROPOSES", "FooNet"), ("PROPOSES", "FooNet-7B")} <= set(relations)
    assert ("COMPARED_WITH", "LoRA") in relations


def test_name_before_baseline_is_compared_with(extractor):
    relations = _relations(extractor, "A study", "We train FooNet. FooNet is twice as fast as an Adam baseline.")
    assert ("COMPARED_WITH", "Adam") in relations


def test_defined_parts_of_a_proposal_are_proposed_but_defined_background_methods_are_used(extractor):
    abstract = ("We propose FooNet for video tasks. FooNet consists of a Frequency-domain Feature Interaction (FFI) "
                "module. Features are pooled with Long Short-Term Memory (LSTM) networks.")
    relations = _relations(extractor, "A title", abstract)
    assert ("PROPOSES", "FFI") in relations and ("USES", "FFI") not in relations
    assert ("USES", "LSTM") in relations and ("PROPOSES", "LSTM") not in relations


def test_defined_method_right_after_a_using_cue_in_a_proposal_sentence_is_used(extractor):
    abstract = ("We propose a novel framework that integrates an adapted Political Compass Test (PCT) with a "
                "Multi-level Framing Analysis (MFA) module.")
    relations = _relations(extractor, "A title", abstract)
    assert ("USES", "PCT") in relations and ("PROPOSES", "PCT") not in relations
    assert ("PROPOSES", "MFA") in relations


def test_new_name_marked_pre_trained_or_based_on_in_a_proposal_sentence_is_used(extractor):
    abstract = ("We propose FooNet, a method that adapts features of a pre-trained Neural Scene Field (NSF) model to "
                "new views. We propose BarNet, a framework for video coding with Unequal Error Protection (UEP)-based "
                "rate control. We propose a Frequency Interaction Network (FIN) for segmentation.")
    relations = _relations(extractor, "A title", abstract)
    assert ("USES", "NSF") in relations and ("PROPOSES", "NSF") not in relations
    assert ("USES", "UEP") in relations and ("PROPOSES", "UEP") not in relations
    assert ("PROPOSES", "FIN") in relations


def test_examples_of_a_compared_mention_are_compared_too(extractor):
    abstract = "We present FooNet. It is on par with strong Transformers such as BarGen-2 and BazGen-3 at low cost."
    relations = _relations(extractor, "A title", abstract)
    assert {("COMPARED_WITH", "Transformer"), ("COMPARED_WITH", "BarGen-2"), ("COMPARED_WITH", "BazGen-3")} <= set(
        relations)
    assert ("USES", "BarGen-2") not in relations


def test_data_named_right_after_a_built_benchmark_is_proposed_but_data_a_benchmark_uses_is_not(extractor):
    abstract = ("To support evaluation, we release radar-augmented benchmarks, FooSet-R and BarSet-R, with noise. "
                "We introduce BazSet-F, a large-scale benchmark curated from ImageNet and more.")
    relations = _relations(extractor, "A title", abstract)
    assert {("PROPOSES", "FooSet-R"), ("PROPOSES", "BarSet-R")} <= set(relations)
    assert ("EVALUATED_ON", "FooSet-R") not in relations
    assert ("PROPOSES", "ImageNet") not in relations


def test_data_listed_with_their_head_noun_and_the_share_the_built_data_role(extractor):
    abstract = ("To evaluate our model, we construct two question generation datasets: the FooSet-300 dataset "
                "and the BarSet-300 dataset, with human answers.")
    relations = _relations(extractor, "A title", abstract)
    assert {("PROPOSES", "FooSet-300"), ("PROPOSES", "BarSet-300")} <= set(relations)
    assert ("EVALUATED_ON", "BarSet-300") not in relations


def test_name_in_parentheses_right_after_a_proposing_cue_is_proposed_but_not_after_a_clause(extractor):
    abstract = ("Prior work is weak. We propose a Cross-Scale Fusion model (CSFNet) for image segmentation. "
                "We design FooNet that extends the gated recurrent unit (GRU) blocks.")
    relations = _relations(extractor, "A title", abstract)
    assert ("PROPOSES", "CSFNet") in relations
    assert ("USES", "CSFNet") not in relations
    assert ("USES", "GRU") in relations


def test_background_task_or_method_sharing_a_modifier_with_the_title_gets_its_default_role(extractor):
    abstract = "Models still struggle with continual learning. We propose FooNet, a small network."
    assert ("ADDRESSES", "continual learning") in _relations(extractor, "Continual Adaptation of FooNets", abstract)
    assert ("ADDRESSES", "continual learning") not in _relations(extractor, "A Study of FooNets", abstract)
    abstract = "Many systems rely on experience replay. We propose FooNet, a small network."
    assert ("USES", "experience replay") in _relations(extractor, "Experience Matters for FooNets", abstract)
    assert ("USES", "experience replay") not in _relations(extractor, "A Study of FooNets", abstract)


def test_background_task_or_method_opening_its_sentence_gets_its_default_role(extractor):
    abstract = ("Continual learning remains a hard problem. In contrastive learning, labels are not needed. "
                "Recently, Adam has become popular. "
                "Models such as FooNets rely on experience replay. We propose BarNet, a small network.")
    relations = _relations(extractor, "A Study of Networks", abstract)
    assert {("ADDRESSES", "continual learning"), ("USES", "contrastive learning"), ("USES", "Adam")} <= set(relations)
    assert ("USES", "experience replay") not in relations


def test_comparing_phrases_give_compared_with(extractor):
    abstract = ("We propose FooNet. FooNet compares favorably with GPT-4 on parsing. "
                "Comparative experiments with Pythia show its speed.")
    relations = _relations(extractor, "A title", abstract)
    assert {("COMPARED_WITH", "GPT-4"), ("COMPARED_WITH", "Pythia")} <= set(relations)
    assert ("USES", "GPT-4") not in relations


def test_name_after_our_proposed_is_proposed_but_a_metric_after_it_is_measured(extractor):
    abstract = "We show that our proposed method, FooNet, works. The proposed method reaches an accuracy of 90%."
    relations = _relations(extractor, "A title", abstract)
    assert ("PROPOSES", "FooNet") in relations and ("USES", "FooNet") not in relations
    assert ("MEASURES", "accuracy") in relations and ("PROPOSES", "accuracy") not in relations


def test_data_a_corpus_is_derived_from_or_a_model_is_trained_on_is_used(extractor):
    abstract = ("We present FooFreq, a frequency dataset derived from the ImageNet corpus. "
                "A detector pretrained on the CIFAR-10 dataset finds objects.")
    relations = _relations(extractor, "A title", abstract)
    assert {("USES", "ImageNet"), ("USES", "CIFAR-10")} <= set(relations)
    assert ("EVALUATED_ON", "ImageNet") not in relations


def test_known_method_a_proposal_is_based_on_is_used(extractor):
    relations = _relations(extractor, "A title", "We propose a novel Transformer-based approach to parsing.")
    assert ("USES", "Transformer") in relations and ("PROPOSES", "Transformer") not in relations


def test_known_method_named_as_the_kind_of_a_new_model_is_used(extractor):
    relations = _relations(extractor, "A title", "We propose FooNet, a novel Transformer model for parsing.")
    assert ("USES", "Transformer") in relations and ("PROPOSES", "Transformer") not in relations
    assert ("PROPOSES", "FooNet") in relations


def test_released_models_listed_after_a_proposing_cue_are_used(extractor):
    abstract = "This study presents a systematic analysis of biases in three models: Qwen-7B, Mistral-Nemo and Yi-34B."
    relations = _relations(extractor, "A title", abstract)
    assert {target for kind, target in relations if kind == "USES"} == {"Qwen-7B", "Mistral-Nemo", "Yi-34B"}
    assert not any(kind == "PROPOSES" for kind, _ in relations)


def test_examples_after_a_long_comparison_phrase_are_compared(extractor):
    abstract = "We train FooNet. It outperforms larger general-purpose open-weight and proprietary LLMs (e.g., GPT-4)."
    assert ("COMPARED_WITH", "GPT-4") in _relations(extractor, "A title", abstract)


def test_technique_after_via_in_the_title_is_proposed_unless_known(extractor):
    relations = _relations(extractor, "Style Control via Single-Direction Editing", "We steer the chat style of models.")
    assert ("PROPOSES", "Single-Direction Editing") in relations
    relations = _relations(extractor, "Better Retrieval via Contrastive Learning", "We retrieve passages better.")
    assert ("USES", "contrastive learning") in relations


def test_new_parts_named_after_with_are_proposed_but_known_ones_used(extractor):
    abstract = ("We present FooNet. FooNet is equipped with a block-wise masking strategy. "
                "It is trained with a standard Adam optimizer.")
    relations = _relations(extractor, "FooNet for Parsing", abstract)
    assert ("PROPOSES", "block-wise masking strategy") in relations
    assert ("USES", "block-wise masking strategy") not in relations
    assert ("USES", "Adam") in relations


def test_mentions_placed_in_earlier_work_get_no_role_there(extractor):
    abstract = ("We propose FooNet. Unlike methods built on LoRA, FooNet is trained with Adam. "
                "Existing methods are evaluated on CIFAR-10.")
    result = extractor.extract(Paper("p1", "A study", abstract))
    targets = {r.target for r in result.relations}
    assert {"LoRA", "CIFAR-10"} <= {e.name for e in result.entities}
    assert "LoRA" not in targets and "CIFAR-10" not in targets
    assert ("USES", "Adam") in {(r.type, r.target) for r in result.relations}


def test_techniques_a_paper_does_without_are_not_used_there(extractor):
    abstract = "We propose FooNet. FooNet reaches high accuracy without LoRA or Adam. We train FooNet with Adam."
    relations = _relations(extractor, "A study", abstract)
    assert not any(target == "LoRA" for _, target in relations)
    assert ("MEASURES", "accuracy") in relations
    assert relations[("USES", "Adam")].evidence == "We train FooNet with Adam."


def test_list_items_after_a_name_with_a_plural_head_inherit_its_cue(extractor):
    relations = _relations(extractor, "A study", "We propose FooNet. FooNet outperforms LoRA variants, Adam and GPT-4.")
    assert {("COMPARED_WITH", "LoRA"), ("COMPARED_WITH", "Adam"), ("COMPARED_WITH", "GPT-4")} <= set(relations)
    assert ("USES", "Adam") not in relations


def test_a_while_clause_about_existing_methods_gives_no_role_but_the_main_clause_does(extractor):
    abstract = "We propose FooNet. While existing methods are built on LoRA, FooNet is trained with Adam."
    relations = _relations(extractor, "A study", abstract)
    assert not any(target == "LoRA" for _, target in relations)
    assert ("USES", "Adam") in relations


def test_parts_the_proposed_system_constructs_are_proposed(extractor):
    abstract = ("We propose FooNet for retrieval. FooNet constructs a Query Routing Graph (QRG) that links documents. "
                "FooNet integrates a dual routing mechanism.")
    relations = _relations(extractor, "FooNet: Fast Graphs for Retrieval", abstract)
    assert ("PROPOSES", "QRG") in relations and ("USES", "QRG") not in relations
    assert ("PROPOSES", "dual routing mechanism") in relations


def test_parts_of_another_system_or_of_a_framework_that_integrates_them_stay_used(extractor):
    title = "FooNet: Fast Graphs for Retrieval"
    other = _relations(extractor, title, "We propose FooNet for retrieval. BarNet integrates a dual routing mechanism.")
    framework = _relations(extractor, title, "We propose FooNet. The framework integrates a dual routing mechanism.")
    assert ("USES", "dual routing mechanism") in other and ("USES", "dual routing mechanism") in framework


def test_new_method_a_few_words_after_a_using_cue_in_a_proposal_sentence_is_used(extractor):
    relations = _relations(extractor, "A title", (
        "We introduce FooPipe, an annotation pipeline that integrates kinematic motion computation with linguistic "
        "parsing. We also introduce BarPipe, a pipeline that combines motion smoothing with syntactic parsing."))
    assert {("USES", "linguistic parsing"), ("USES", "syntactic parsing")} <= set(relations)
    assert ("PROPOSES", "linguistic parsing") not in relations
    assert ("PROPOSES", "annotation parsing") in _relations(
        extractor, "A title", "We introduce FooPipe, an annotation pipeline with annotation parsing.")
    assert ("PROPOSES", "one-pass deterministic matching") in _relations(extractor, "A title", (
        "We design FooNet, a module that integrates appearance and pairwise spatial cues, and a one-pass "
        "deterministic matching."))


def test_comparable_results_and_modified_or_abbreviated_list_items_are_compared(extractor):
    abstract = ("We propose FooNet. FooNet achieves results comparable to GPT-4. It is evaluated against "
                "architectures such as SegNet and the traditional U-Net. Comparison with Behavior Trees (BT) and "
                "Goal-Oriented Action Planning (GOAP) shows its speed.")
    relations = _relations(extractor, "A title", abstract)
    assert {("COMPARED_WITH", name) for name in ("GPT-4", "U-Net", "GOAP")} <= set(relations)
    assert not any(kind == "USES" for kind, _ in relations)


def test_techniques_listed_after_a_negated_using_cue_are_not_used(extractor):
    abstract = "We present FooNet, a memory kernel that learns without fine-tuning, experience replay, or human help."
    assert not any(target == "experience replay" for _, target in _relations(extractor, "A title", abstract))


def test_a_compared_name_is_not_proposed_by_default_but_a_quantity_after_over_compares_nothing(extractor):
    abstract = ("We introduce FooNet, a small network that replaces BarNet's blocks with gated units. FooNet reduces "
                "the parameter count relative to BarNet.")
    relations = _relations(extractor, "A title", abstract)
    assert ("COMPARED_WITH", "BarNet") in relations and ("PROPOSES", "BarNet") not in relations
    abstract = "We present the Foo Detection System (FDS). Deployed for over ten months, FDS has sustained detection."
    relations = _relations(extractor, "A title", abstract)
    assert ("PROPOSES", "FDS") in relations and ("COMPARED_WITH", "FDS") not in relations


def test_a_task_named_as_one_task_of_the_experiments_is_not_addressed(extractor):
    abstract = "We propose FooNet. FooNet reaches 95% on a continual learning task."
    assert ("ADDRESSES", "continual learning") not in _relations(extractor, "A Study of FooNets", abstract)
    abstract = "We propose FooNet. FooNet improves continual learning tasks."
    assert ("ADDRESSES", "continual learning") in _relations(extractor, "A Study of FooNets", abstract)


def test_a_name_the_paper_coins_is_proposed(extractor):
    relations = _relations(extractor, "A Study", "Agents search poorly. We term this paradigm FooSearch.")
    assert ("PROPOSES", "FooSearch") in relations
    relations = _relations(extractor, "A Study", "We study drift. Gradients align with what we call BarFlow.")
    assert ("PROPOSES", "BarFlow") in relations


def test_a_name_the_background_uses_is_not_proposed_but_a_title_prefix_is(extractor):
    abstract = "Experience replay is widely used. We propose experience replay with FooNets."
    relations = _relations(extractor, "A Study of Replay", abstract)
    assert ("USES", "experience replay") in relations and ("PROPOSES", "experience replay") not in relations
    relations = _relations(extractor, "FooNet: Fast Replay", "FooNet is a network. We propose FooNet.")
    assert ("PROPOSES", "FooNet") in relations


def test_namely_proposes_only_after_a_proposing_cue(extractor):
    relations = _relations(extractor, "A study", (
        "We propose two techniques, namely FooMix and BarDrop. We pre-train a model on data from two benchmark "
        "suites, namely the QuxBench dataset and the ZedBench dataset."))
    assert ("PROPOSES", "FooMix") in relations and ("PROPOSES", "BarDrop") in relations
    assert {r for r in relations if r[1] in ("QuxBench", "ZedBench")} == {
        ("EVALUATED_ON", "QuxBench"), ("EVALUATED_ON", "ZedBench")}


def test_defined_parts_with_a_lower_case_part_noun_or_named_as_ideas_are_proposed(extractor):
    abstract = ("We propose FooNet for video tasks. The framework comprises two modules: the Cross Frame Fusion module "
                "(CFFM) and the Token Gate Unit (TGU). The model rests on two ideas: Sparse Anchor Pooling (SAP) and "
                "Dense Query Mixing (DQM).")
    relations = _relations(extractor, "A title", abstract)
    assert {r for r in relations if r[1] in ("CFFM", "TGU", "SAP", "DQM")} == {
        ("PROPOSES", "CFFM"), ("PROPOSES", "TGU"), ("PROPOSES", "SAP"), ("PROPOSES", "DQM")}


def test_background_task_named_as_a_problem_is_addressed_but_a_merely_mentioned_one_is_not(extractor):
    named = _relations(extractor, "A Study of Networks", (
        "Neural networks are trained greedily, and greedy updates often lead to continual learning failures. "
        "We propose BarNet, a small network."))
    mentioned = _relations(extractor, "A Study of Networks", (
        "Neural networks are popular tools for continual learning today. We propose BarNet, a small network."))
    assert ("ADDRESSES", "continual learning") in named
    assert not any(target == "continual learning" for _, target in mentioned)


def test_known_method_the_title_names_as_a_tool_is_used_but_a_title_topic_is_not(extractor):
    tool = _relations(extractor, "Better Recognition with Contrastive Learning", "We study label noise in videos.")
    based = _relations(extractor, "A LoRA-based Recipe for Fast Tuning", "We study label noise in videos.")
    topic = _relations(extractor, "Notes on Contrastive Learning", "We study label noise in videos.")
    assert ("USES", "contrastive learning") in tool and ("USES", "LoRA") in based
    assert not any(target == "contrastive learning" for _, target in topic)


def test_data_listed_after_a_colon_following_proposed_data_is_proposed_too(extractor):
    relations = _relations(extractor, "A Study", (
        "We present FooData, a parallel dataset that consists of two subsets: BarTrain, which holds a million "
        "pairs, and QuxEval-1K, a curated test set. We evaluate our method on BarBench."))
    assert {r for r in relations if r[1] in ("BarTrain", "QuxEval-1K", "BarBench")} == {
        ("PROPOSES", "BarTrain"), ("PROPOSES", "QuxEval-1K"), ("EVALUATED_ON", "BarBench")}
    relations = _relations(extractor, "A Study", (
        "We study two questions: we release FooData, a corpus, and we report results of BarNet with BarBench."))
    assert ("EVALUATED_ON", "BarBench") in relations and ("PROPOSES", "BarBench") not in relations


def test_new_method_opening_the_title_before_for_is_proposed_but_a_known_one_is_not(extractor):
    abstract = "Video retrieval is slow. We study frame features at scale."
    new = _relations(extractor, "Sparse Anchor Distillation for Video Retrieval", abstract)
    known = _relations(extractor, "Contrastive Learning for Video Retrieval", abstract)
    assert ("PROPOSES", "Sparse Anchor Distillation") in new
    assert not any(target == "contrastive learning" for _, target in known)


def test_lower_case_metric_no_relation_measures_is_dropped_but_named_and_cost_measures_stay(packaged_extractor):
    abstract = ("Existing detectors struggle to balance accuracy and latency, and metrics such as BLEU miss errors. "
                "We propose FooNet, a light detector.")
    result = packaged_extractor.extract(Paper("p1", "FooNet", abstract))
    names = {e.name for e in result.entities}
    assert "accuracy" not in names
    assert {"latency", "BLEU"} <= names
    assert all(r.target in names for r in result.relations)


def test_name_after_comparable_results_to_is_compared_with(extractor):
    relations = _relations(extractor, "A study", "We train FooNet. FooNet delivers comparable results to Adam while "
                                                 "being faster.")
    assert ("COMPARED_WITH", "Adam") in relations
    assert ("USES", "Adam") not in relations


def test_what_the_compared_baselines_use_is_compared_with(extractor):
    abstract = ("We train FooNet. FooNet outperforms state-of-the-art methods based on LoRA. "
                "FooNet is trained with methods based on Adam.")
    relations = _relations(extractor, "A study", abstract)
    assert ("COMPARED_WITH", "LoRA") in relations
    assert ("USES", "LoRA") not in relations
    assert ("USES", "Adam") in relations


def test_new_name_the_paper_calls_its_own_method_is_proposed(extractor):
    abstract = ("We study long videos. Our FooMix method splits frames. Our Adam method is tuned. "
                "Our BarNet approach is also used: we compare using BarNet.")
    relations = _relations(extractor, "A study", abstract)
    assert ("PROPOSES", "FooMix") in relations
    assert ("PROPOSES", "Adam") not in relations
    assert ("PROPOSES", "BarNet") not in relations


def test_technique_the_paper_is_orthogonal_to_gets_no_role(extractor):
    relations = _relations(extractor, "A study", "We train FooNet. FooNet is orthogonal to LoRA and can be combined "
                                                 "with it.")
    assert ("USES", "LoRA") not in relations


def test_method_in_an_in_contrast_to_clause_gets_no_role(extractor):
    abstract = ("We train FooNet. In contrast to existing methods which rely on LoRA, FooNet uses Adam.")
    relations = _relations(extractor, "A study", abstract)
    assert ("USES", "LoRA") not in relations
    assert ("USES", "Adam") in relations
