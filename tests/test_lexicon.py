"""Checks of the shipped lexicon files and of the lexicon builder (scripts/build_lexicon.py and the
readers and cleaning helpers it uses, scripts/lexicon_sources.py and scripts/lexicon_cleaning.py)."""

import collections
import importlib.util
from pathlib import Path

import pytest

from kgraph.models import ENTITY_TYPES
from kgraph.resolve import entity_key

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kgraph" / "nlp" / "data"


def _load_script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_script("build_lexicon")
cleaning = _load_script("lexicon_cleaning")
sources = _load_script("lexicon_sources")


@pytest.fixture(scope="module")
def lexicon():
    return list(sources.read_tsv(DATA / "lexicon.tsv"))


@pytest.fixture(scope="module")
def stopnames():
    return sources.read_stopnames(DATA / "stopnames.txt")


@pytest.mark.parametrize("path", ["lexicon.tsv", "core_lexicon.tsv"])
def test_file_shape(path):
    lines = (DATA / path).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name\ttype\taliases\tsource"
    for line in lines[1:]:
        name, etype, aliases, source = line.split("\t")
        assert name == name.strip() and name and source
        assert etype in ENTITY_TYPES
        assert "" not in aliases.split("|") or aliases == ""


def test_names_have_unique_keys(lexicon):
    keys = collections.Counter(entity_key(name) for name, *_ in lexicon)
    assert [k for k, n in keys.items() if n > 1] == []


def test_no_key_shared_by_entries_of_different_types(lexicon):
    owner = {}
    for name, etype, aliases, _ in lexicon:
        for surface in [name, *aliases]:
            seen = owner.setdefault(entity_key(surface), (name, etype))
            assert seen[1] == etype, (surface, seen, name)


def test_rows_sorted_by_key(lexicon):
    keys = [entity_key(name) for name, *_ in lexicon]
    assert keys == sorted(keys)


def test_no_stopname_is_an_entry(lexicon, stopnames):
    for name, _, aliases, _ in lexicon:
        assert name.lower() not in stopnames
        assert not {a.lower() for a in aliases} & stopnames, name


def test_no_tiny_names(lexicon):
    short = [n for n, *_ in lexicon if len(n) <= 2 and not any(c.isdigit() for c in n)]
    assert short == []


@pytest.mark.parametrize("name,etype", [
    ("Adam", "METHOD"), ("AdamW", "METHOD"), ("LoRA", "METHOD"), ("GaLore", "METHOD"),
    ("Transformer", "METHOD"), ("experience replay", "METHOD"), ("DPO", "METHOD"),
    ("GPT-4", "MODEL"), ("GPT-4o", "MODEL"), ("o3-mini", "MODEL"), ("DeepSeek-R1", "MODEL"),
    ("BERT", "MODEL"), ("Claude 3.5 Sonnet", "MODEL"),
    ("CIFAR-10", "DATASET"), ("ALFWorld", "DATASET"), ("MMLU", "DATASET"), ("GSM8K", "DATASET"),
    ("perplexity", "METRIC"), ("MFU", "METRIC"), ("pass@1", "METRIC"), ("win rate", "METRIC"),
    ("continual learning", "TASK"), ("object detection", "TASK"), ("machine translation", "TASK"),
    ("catastrophic forgetting", "TASK"), ("double descent", "TASK"), ("GPT", "MODEL"),
    ("domain adaptation", "TASK"), ("domain generalization", "TASK"),  # problem settings, like continual learning
])
def test_core_entries_present_with_type(lexicon, name, etype):
    types = {entity_key(n): t for n, t, *_ in lexicon}
    assert types.get(entity_key(name)) == etype


def test_aliases_resolve_to_their_entry(lexicon):
    by_alias = {entity_key(a): n for n, _, aliases, _ in lexicon for a in aliases}
    assert by_alias[entity_key("Gradient Low-Rank Projection")] == "GaLore"
    assert by_alias[entity_key("direct preference optimization")] == "DPO"


def test_vague_words_are_stopnames(stopnames):
    for phrase in ("our method", "llms", "large language models", "deep learning", "baselines",
                   "model", "dataset", "benchmark", "framework", "approach", "performance",
                   "state-of-the-art"):
        assert phrase in stopnames


def test_file_size_reasonable():
    assert (DATA / "lexicon.tsv").stat().st_size < 3_000_000


# --- cleaning helpers -------------------------------------------------------------------

TEXTS = ["We report the total score. Total reasoning is hard; reasoning helps reasoning, total total total total.",
         "Results on the Charades dataset, the Hyper-Kvasir dataset and the Penguin photos. Arabic text, Arabic only.",
         "object object object object object detection detection detection detection detection",
         "lost lost lost lost lost found found found found found and and and and and"]


@pytest.fixture(scope="module")
def evidence():
    return cleaning.word_counts(TEXTS)


def test_word_counts_split_case_and_collect_context(evidence):
    lower, title, context = evidence
    assert lower["total"] == 5 and title["total"] == 1
    assert context["Charades"] == 1 and context["the Charades"] == 1
    assert context["Penguin"] == 0


def test_ordinary_words_are_not_distinctive(evidence):
    lower = evidence[0]
    assert not cleaning.is_distinctive("Lost and Found", lower)
    assert not cleaning.is_distinctive("TOTAL", lower)
    assert cleaning.is_distinctive("Hyper-Kvasir", lower)
    assert cleaning.is_distinctive("20 Newsgroups", lower)


def test_normalize_case_keeps_acronyms_and_proper_nouns(evidence):
    lower, title, _ = evidence
    assert cleaning.normalize_case("2D Object Detection", lower, title) == "2D object detection"
    assert cleaning.normalize_case("Self-Supervised RGB-D Detection", lower, title) == \
        "self-supervised RGB-D detection"
    assert cleaning.normalize_case("Arabic Object Detection", lower, title) == "Arabic object detection"


def test_clean_task(evidence):
    lower, title, _ = evidence
    assert cleaning.clean_task('"Visual Question Answering (VQA)"', lower, title) == \
        ("visual question answering", ["VQA"])
    assert cleaning.clean_task('"Segmentation"', lower, title) is None
    assert cleaning.clean_task('"1 Image, 2*2 Stitching"', lower, title) is None
    assert cleaning.clean_task('"2D Semantic Segmentation task 1 (8 classes)"', lower, title) is None


def test_parenthesised_setting_is_no_acronym():
    assert cleaning.split_parentheses("Common Sense Reasoning (Zero-Shot)") == ("Common Sense Reasoning", [])
    assert cleaning.split_parentheses("Mechanism of Action (MoA) Prediction") == ("Mechanism of Action Prediction", ["MoA"])


@pytest.mark.parametrize("name, data", [("Point Clouds", True), ("Whole Slide Images", True), ("Knowledge Graphs", True),
                                        ("Multi-Armed Bandits", False), ("Action Recognition In Videos", False),
                                        ("Text Classification", False), ("Atari Games", False),
                                        ("World Knowledge", True), ("Sentence Embeddings", True), ("Image to 3D", True),
                                        ("Text to Audio Retrieval", False), ("Style Transfer", False),
                                        ("Matching Disparate Images", False), ("Zero-shot multi-speaker TTS", False)])
def test_pwc_tasks_that_name_data_are_dropped(evidence, name, data):
    lower, title, _ = evidence
    assert (cleaning.clean_task(name, lower, title) is None) == data


def test_clean_dataset(evidence):
    lower, _, context = evidence
    assert cleaning.clean_dataset("BDD100K val", lower, context) == ("BDD100K", [])
    assert cleaning.clean_dataset("MS-COCO test-dev (Full)", lower, context) == ("MS-COCO", [])
    assert cleaning.clean_dataset("CIFAR-100, 40% Symmetric Noise", lower, context) == ("CIFAR-100", [])
    assert cleaning.clean_dataset("Hyper-Kvasir Dataset", lower, context) == \
        ("Hyper-Kvasir", ["Hyper-Kvasir Dataset"])
    assert cleaning.clean_dataset("Charades", lower, context) == ("Charades", [])
    assert cleaning.clean_dataset("Penguin", lower, context) is None
    assert cleaning.clean_dataset("Total", lower, context) is None
    assert cleaning.clean_dataset("seeds", lower, context) is None
    assert cleaning.clean_dataset("CAR", lower, context) is None


def test_camel_case_dataset_names_need_no_dataset_context(evidence):
    lower, _, context = evidence
    assert cleaning.clean_dataset("BLiMP", lower, context) == ("BLiMP", [])
    assert cleaning.clean_dataset("ShapeNet-Part", lower, context) == ("ShapeNet-Part", [])
    assert cleaning.clean_dataset("BnB", lower, context) is None
    assert cleaning.clean_dataset("Indian Driving", lower, context) is None


def test_ordinary_compounds_and_figures_are_no_dataset_names():
    lower, _, context = cleaning.word_counts(["real-world data, real-world tasks, real-world use, real-world cases, "
                                           "real-world images. Real-world dataset, Office-Home dataset."])
    assert not cleaning.is_distinctive("Real-world", lower)
    assert cleaning.clean_dataset("Real-world", lower, context) is None
    assert cleaning.clean_dataset("Office-Home", lower, context) == ("Office-Home", [])
    assert cleaning.clean_dataset("13.8", lower, context) is None


def test_clean_metric(evidence):
    lower, title, _ = evidence
    assert cleaning.clean_metric("Top-1 Accuracy (%)", lower, title) == ("top-1 accuracy", [])
    assert cleaning.clean_metric("mAP@0.5", lower, title) == ("mAP@0.5", [])
    assert cleaning.clean_metric("Overall", lower, title) is None
    assert cleaning.clean_metric("0..5sec", lower, title) is None


def test_clean_model_keeps_system_names_only(evidence):
    lower = evidence[0]
    assert cleaning.clean_model("BiDAF", lower, set()) == ("BiDAF", [])
    assert cleaning.clean_model("Multi-task BiLSTM + Attn", lower, set()) is None
    assert cleaning.clean_model("BERT-Large-Cased", lower, {"bert"}) is None


def test_lexicon_merges_same_type_and_rejects_type_conflicts():
    lex = build.Lexicon()
    assert lex.add("DPO", "METHOD", ["direct preference optimization"], "core")
    assert lex.add("Direct Preference Optimization", "METHOD", ["DPO-v1"], "sota")
    assert not lex.add("DPO", "DATASET", [], "pwc-datasets")
    assert lex.add("GQA", "DATASET", ["grouped query attention"], "core")
    assert not lex.add("grouped-query attention", "METHOD", [], "sota")
    rows = list(lex.rows())
    assert ("DPO", "METHOD", "direct preference optimization|Direct Preference Optimization|DPO-v1", "core") in rows
    assert len(rows) == 2


def test_pwc_columns_read_task_names_and_subtasks(tmp_path):
    area = tmp_path / "cv"
    area.mkdir()
    (area / "cv_tasks_detailed.csv").write_text(
        "Task Name,Dataset Count,Common Datasets (Top 10),Benchmarks,SOTA Metrics,Subtasks\n"
        "Image Fusion,2,MFFW; Lytro,Lytro,SSIM; PSNR,Multi-Focus Image Fusion; Infrared Image Fusion\n"
        "Portrait Animation,0,N/A,N/A,SSIM,\n", encoding="utf-8")
    tasks, datasets, metrics = sources.pwc_columns(tmp_path)
    assert set(tasks) == {"Image Fusion", "Multi-Focus Image Fusion", "Infrared Image Fusion", "Portrait Animation"}
    assert datasets["Lytro"] == 2 and metrics["SSIM"] == 2
