"""Pure functions of scripts/mine_ner_terms.py on tiny inline fixtures (no model, no corpus)."""

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def mine():
    spec = importlib.util.spec_from_file_location("mine_ner_terms", ROOT / "scripts" / "mine_ner_terms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("text, expected", [
    ("Knowledge   Distillation", "knowledge distillation"),
    ("Image\ncaptioning", "image captioning"),
    ("ImageNet", "ImageNet"),
    ("MS COCO", "MS COCO"),
    ("Llama 2", "Llama 2"),
    ("Transformer", "transformer"),
])
def test_normalise(mine, text, expected):
    assert mine.normalise(text) == expected


@pytest.mark.parametrize("term", [
    "knowledge distillation", "low-light image enhancement", "out-of-distribution generalization",
    "reward modeling", "demographic parity", "ImageNet", "GPT-4",
])
def test_good_terms_pass(mine, term):
    assert mine.rejection(term, frozenset()) is None


@pytest.mark.parametrize("term, reason", [
    ("the proposed method", "function word at edge"),
    ("attention for", "function word at edge"),
    ("large language models", "vague"),
    ("novel framework", "vague"),
    ("deep learning", "vague"),
    ("LLMs", "vague"),
    ("one two three four five six", "length"),
    ("(x", "punctuation"),
    ("3.5", "no letters"),
    ("rotations", "single modifier-like word"),
    ("model-dependent", "single modifier-like word"),
    ("Self-Evolving", "single modifier-like word"),
    ("Vision-Language-Action", "single modifier-like word"),
    ("AQA", "short acronym"),
    ("FR-IQA", "short acronym"),
    ("DAAs", "short acronym"),
    ("continual learning methods", "generic head"),
    ("self-attention modules", "generic head"),
    ("7B LLM", "generic head"),
])
def test_bad_terms_rejected(mine, term, reason):
    assert mine.rejection(term, frozenset()) == reason


def test_stopnames_rejected_case_insensitively(mine):
    assert mine.rejection("Computer Vision", frozenset({"computer vision"})) == "stopname"


def test_keyphraseness(mine):
    assert mine.keyphraseness(1, 4) == 0.25
    assert mine.keyphraseness(5, 4) == 1.0
    assert mine.keyphraseness(1, 0) == 1.0


@pytest.mark.parametrize("term, votes, expected", [
    ("image captioning", Counter(Task=3, Method=1), "TASK"),
    ("knowledge distillation", Counter(Method=4, Task=1), "METHOD"),
    ("CIFAR-10", Counter(Dataset=2), "DATASET"),
    ("top-1 accuracy", Counter(Method=2), "METRIC"),
    ("word error rate", Counter(Task=2), "METRIC"),
    ("ROUGE-L", Counter(Method=1), "METRIC"),
    ("learning rate", Counter(Method=1), "METHOD"),
    ("Llama-2-7B", Counter(Method=3), "MODEL"),
    ("GPT-4o", Counter(Method=3), "MODEL"),
    ("GPT", Counter(Method=3), "METHOD"),
    ("AlpacaEval 2.0", Counter(Dataset=3), "DATASET"),
    ("cross-entropy loss", Counter(Method=2), "METHOD"),
    ("class activation map", Counter(Method=2), "METHOD"),
    ("mAP", Counter(Method=2), "METRIC"),
])
def test_entity_type(mine, term, votes, expected):
    assert mine.entity_type(term, votes) == expected


def test_entity_type_follows_kgraph_phrase_heads(mine):
    heads = {"learning": "TASK", "assessment": "TASK", "distillation": "METHOD"}
    assert mine.entity_type("continual learning", Counter(Method=9), heads) == "TASK"
    assert mine.entity_type("action quality assessment", Counter(Method=2), heads) == "TASK"
    assert mine.entity_type("knowledge distillation", Counter(Task=3), heads) == "METHOD"
    assert mine.entity_type("word error rate", Counter(Task=3), heads) == "METRIC"


def test_select_terms_thresholds_filters_and_keys(mine):
    def s(count, df, **votes):
        return {"count": count, "df": df, "votes": votes}

    stats = {
        "image captioning": s(10, 8, Task=10),
        "rare task": s(3, 2, Task=3),                 # df below threshold
        "attention": s(5, 5, Method=5),               # keyphraseness 5/50
        "pre-training objective": s(4, 3, Method=4),  # same key as the next, fewer predictions
        "pretraining objective": s(6, 4, Method=6),
        "our method": s(9, 9, Method=9),              # function word
    }
    occurrences = {"image captioning": 12, "rare task": 3, "attention": 50,
                   "pre-training objective": 4, "pretraining objective": 6, "our method": 9}
    rows = mine.select_terms(stats, occurrences, frozenset(), min_df=3, min_kp=0.5)
    assert rows == [("image captioning", "TASK"), ("pretraining objective", "METHOD")]


def test_format_tsv(mine):
    lines = mine.format_tsv([("image captioning", "TASK")])
    assert lines == ["name\ttype\taliases\tsource", "image captioning\tTASK\t\tner-corpus"]
